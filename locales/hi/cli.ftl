# The `ponte` command line.

## ponte search

# Variables:
#   $place (String) - the place searched near, like "Lisbon"
#   $country (String) - its country, like "Portugal"
#   $point (String) - its coordinates, like "38.72509,-9.14980"
cli-search-near = { $place }, { $country } के पास ({ $point })
# Variables:
#   $point (String) - coordinates, like "16.71000,98.57000"
cli-search-near-point = { $point } के पास
# Variables:
#   $others (String) - other places with the same name, comma-separated
cli-search-also = इस नाम की दूसरी जगहें: { $others }। देश का कोड जोड़ें ("Cartagena, CO") या निर्देशांक (coordinates) दें।
cli-search-none = डायरेक्टरी में कोई सेवा इन फ़िल्टरों से मेल नहीं खाती, किसी भी दूरी पर।
# Variables:
#   $radius (String) - the radius asked for, like "5 km"
#   $distance (String) - distance of the nearest result, like "37 km"
cli-search-widened = { $radius } के अंदर कुछ नहीं मिला। मेल खाने वाली सबसे नज़दीकी सेवाएँ और दूर हैं, { $distance } से शुरू।
# Variables:
#   $distance (String) - distance of the nearest result, like "120 km"
cli-search-far = मेल खाने वाली सबसे नज़दीकी सेवा { $distance } दूर है।
# Variables:
#   $count (Number) - number of results shown
cli-search-count = { $count ->
    [one] { $count } सेवा
   *[other] { $count } सेवाएँ
}
# Variables:
#   $country (String) - country name, like "Portugal"
cli-search-phone-lines = { $country } के फ़ोन लाइन और इमरजेंसी नंबर
cli-col-distance = दूरी
cli-col-name = नाम
cli-col-open = अभी
cli-col-languages = भाषाएँ
cli-col-verified = पुष्टि
cli-col-id = संदर्भ
cli-col-notes = टिप्पणी
cli-hint-show = विवरण: ponte show <संदर्भ>

## Errors (exit code 2: something in the command needs fixing)

# Variables:
#   $query (String) - what the person typed
cli-place-not-found = ऑफ़लाइन जगहों की सूची (gazetteer) में “{ $query }” नाम की कोई जगह नहीं है। दूसरी स्पेलिंग, अंग्रेज़ी में या वहाँ की अपनी भाषा में नाम, या 38.72,-9.14 जैसे निर्देशांक आज़माएँ।
# Variables:
#   $reason (String) - what is wrong with the coordinates
cli-bad-coordinates = ये निर्देशांक पृथ्वी पर नहीं हैं: { $reason }। दशमलव डिग्री में अक्षांश,देशांतर (latitude,longitude) लिखें, जैसे 38.72,-9.14।
# Variables:
#   $reason (String) - what is wrong
cli-bad-filter = { $reason }
# Variables:
#   $id (String) - the reference asked for
cli-show-not-found = इस्तेमाल हो रही डायरेक्टरी में “{ $id }” संदर्भ वाली कोई सेवा नहीं है। संदर्भ देखने के लिए पहले खोजें।
cli-bad-radius = दायरा (radius) किलोमीटर में एक धनात्मक संख्या होनी चाहिए, जैसे 5 या 2.5।
cli-bad-limit = सीमा (limit) 1 से 1000 तक की पूरी संख्या होनी चाहिए।

## ponte places

# Variables:
#   $query (String) - what the person typed
cli-places-none = “{ $query }” से मेल खाती कोई जगह नहीं है।
cli-places-credit = जगहों के नाम: GeoNames (geonames.org), CC BY 4.0।
cli-col-place = जगह
cli-col-country = देश
cli-col-population = आबादी
cli-col-coordinates = निर्देशांक
cli-col-matched = मेल खाया

## ponte show

cli-show-check-before = जाने से पहले जाँच लें।
cli-show-directory = डायरेक्टरी
