# Problems in directory spreadsheets (the template in data/README.md), shown by
# `ponte validate`, `ponte directory build` and `ponte import csv`, and placing rows on the
# map. Read by NGO volunteers: say what is wrong and what to do.

## Reading the file

# Variables:
#   $reason (String) - what the operating system said
src-cannot-read = फ़ाइल पढ़ी नहीं जा सकी: { $reason }
src-empty-file = फ़ाइल ख़ाली है: इसकी पहली पंक्ति (row) हेडर होनी चाहिए, जिसमें कॉलम के नाम हों।
src-header-not-utf8 = हेडर सही UTF-8 नहीं है। फ़ाइल को CSV (UTF-8) के रूप में सेव करें।
# Variables:
#   $column (String) - a required column's name
src-missing-column = हेडर में “{ $column }” कॉलम नहीं है। कॉलम के लिए data/README.md देखें।
# Variables:
#   $column (String) - a column name
#   $first (String) - the number of the first column with that name
#   $second (String) - the number of the second one
src-duplicate-column = “{ $column }” कॉलम दो बार आया है (कॉलम { $first } और { $second })।
# Variables:
#   $lang (String) - the language code after the colon
#   $column (String) - the whole column name, like "name:xx"
src-unknown-column-language = “{ $column }” कॉलम में “{ $lang }” कोई जाना-पहचाना भाषा कोड नहीं है।
# Variables:
#   $cells (String) - cells in the row
#   $columns (String) - columns in the header
src-cell-count = इस पंक्ति में { $cells } सेल हैं, लेकिन हेडर में { $columns } कॉलम हैं: कहीं कोई कॉमा छूट गया या ज़्यादा है, या कोई उद्धरण चिह्न (quote) बंद नहीं हुआ?
# Variables:
#   $reason (String) - what the CSV reader said
src-bad-csv = यहाँ फ़ाइल सही CSV नहीं है: { $reason }
# Variables:
#   $bytes (String) - the size of the cell
#   $limit (String) - the largest size allowed
src-too-long = इस सेल में { $bytes } बाइट हैं; सीमा { $limit } है।
# Variables:
#   $offset (String) - how many bytes of the cell are valid
src-bad-utf8 = यह सेल सही UTF-8 नहीं है (बाइट { $offset } के बाद)। फ़ाइल को CSV (UTF-8) के रूप में सेव करें।

## One row

# Variables:
#   $id (String) - the repeated id
#   $where (String) - where it was first used, like "pt.csv:12"
src-duplicate-id = id “{ $id }” पहले से { $where } पर इस्तेमाल हुई है। हर पंक्ति की अपनी id होनी चाहिए।
# Variables:
#   $column (String) - the column's name
src-required = “{ $column }” भरना ज़रूरी है।
# Variables:
#   $column (String) - the column's name, like "description"
src-translation-without-original = “{ $column }” ख़ाली है लेकिन उसके अनुवाद हैं: “{ $column }” को पंक्ति की अपनी भाषा में भरें।
# Variables:
#   $id (String) - the id as written
src-bad-id = id “{ $id }” में सिर्फ़ छोटे अक्षर (lower-case), अंक, “.”, “_” और “-” हो सकते हैं (ज़्यादा से ज़्यादा 100 अक्षर)।
# Variables:
#   $value (String) - the value as written
src-bad-kind = “{ $value }” इनमें से कोई नहीं है: place, phone-line, emergency।
# Variables:
#   $value (String) - the value as written
src-bad-answer = “{ $value }” इनमें से कोई नहीं है: yes, no, unknown।
# Variables:
#   $code (String) - the code as written
src-bad-language = “{ $code }” कोई जाना-पहचाना भाषा कोड नहीं है (ISO 639-1 जैसे “pt”, या ISO 639-3 जैसे “kea”)।
# Variables:
#   $code (String) - the code as written
#   $known (String) - the codes that exist, comma-separated
src-bad-need = “{ $code }” मदद के प्रकार (need) का कोड नहीं है। कोड ये हैं: { $known }
src-needs-required = “needs” भरना ज़रूरी है: कम से कम एक need कोड।
# Variables:
#   $code (String) - the code as written
#   $known (String) - the codes that exist, comma-separated
src-bad-group = “{ $code }” कोई समूह (group) नहीं है। समूह ये हैं: { $known }
# Variables:
#   $value (String) - the value as written
src-bad-country = “{ $value }” PT जैसा दो अक्षरों का देश कोड नहीं है।
# Variables:
#   $value (String) - the value as written
src-bad-geonames-id = “{ $value }” GeoNames id (एक पूर्ण संख्या) नहीं है। इसे ऐसे ढूँढें: ponte places "Town, PT" --json
# Variables:
#   $value (String) - the value as written
src-bad-timezone = “{ $value }” कोई टाइम ज़ोन नहीं है। Europe/Lisbon जैसा IANA नाम इस्तेमाल करें, या इसे ख़ाली छोड़ दें।
# Variables:
#   $hours (String) - the opening hours as written
#   $position (String) - the character where reading stopped, counted from 1
src-bad-hours = खुलने का समय “{ $hours }” अक्षर { $position } से आगे पढ़ा नहीं जा सका। टेक्स्ट जैसा लिखा है वैसा ही रखा और दिखाया जाता है, और “अभी खुला है” पता नहीं होगा। OpenStreetMap का तरीक़ा इस्तेमाल करें, जैसे Mo-Fr 09:00-17:00।
# Variables:
#   $value (String) - the value as written
src-bad-date = “{ $value }” 2024-03-19 जैसी तारीख़ नहीं है।
# Variables:
#   $value (String) - the date as written
src-future-date = { $value } भविष्य में है।
# Variables:
#   $value (String) - the value as written
src-bad-uncertainty = “{ $value }” मीटर में दूरी (0 या उससे ज़्यादा की संख्या) नहीं है।
# Variables:
#   $value (String) - the value as written
src-bad-precision = “{ $value }” इनमें से कोई नहीं है: exact, address, city, postal-code।
src-unplaceable = नक़्शे पर मिलने के लिए किसी जगह को lat और lon चाहिए, या कम से कम “locality” में शहर का नाम।
src-exact-without-coordinates = geo_precision “exact” है लेकिन lat और lon ख़ाली हैं।
src-half-coordinates = lat और lon दोनों दें, या दोनों में से कोई नहीं।
src-null-island = 0,0 अटलांटिक महासागर में है: यह सिर्फ़ जगह भरने वाला मान है, कोई स्थान नहीं।
# Variables:
#   $value (String) - the latitude as written
src-bad-latitude = अक्षांश (latitude) { $value } -90 और 90 के बीच नहीं है।
# Variables:
#   $value (String) - the longitude as written
src-bad-longitude = देशांतर (longitude) { $value } -180 और 180 के बीच नहीं है।
# Variables:
#   $value (String) - the value as written
src-not-degrees = “{ $value }” डिग्री में दशमलव संख्या नहीं है, जैसे 38.7249।
# Variables:
#   $number (String) - the number as written
src-bad-phone = “{ $number }” फ़ोन नंबर नहीं है: अंक, स्पेस और शुरू में + इस्तेमाल करें, और नोट नंबर के बाद कोष्ठक में लिखें।

## Placing rows on the map

# Variables:
#   $value (String) - the code as written
place-bad-country = “{ $value }” ISO 3166-1 देश कोड नहीं है।
# Variables:
#   $id (String) - the GeoNames id
#   $name (String) - the place it names
#   $found (String) - that place's country
#   $country (String) - the row's country
place-geonames-other-country = GeoNames id { $id } { $found } में { $name } है, { $country } में नहीं।
# Variables:
#   $id (String) - the GeoNames id
place-geonames-unknown = GeoNames id { $id } ऑफ़लाइन जगहों की सूची (gazetteer) में नहीं है (डिफ़ॉल्ट डायरेक्टरी के देशों में 1,000 या ज़्यादा आबादी वाले शहर, बाक़ी जगहों पर 5,000 या ज़्यादा)। इसकी जगह lat और lon दें।
# Variables:
#   $town (String) - the town as written
#   $country (String) - the row's country code
place-town-not-found = शहर “{ $town }” { $country } की ऑफ़लाइन जगहों की सूची (gazetteer) में नहीं है। lat और lon जोड़ें, या शहर की geonames_id (आज़माएँ: ponte places "{ $town }, { $country }" --json)।
# Variables:
#   $count (String) - how many towns have the name
#   $country (String) - the row's country code
#   $town (String) - the town as written
#   $list (String) - the towns, with their geonames_id, coordinates and population
place-ambiguous-town = { $country } में { $count } शहरों का नाम “{ $town }” है: { $list }। सही geonames_id (या lat और lon) जोड़ें ताकि पंक्ति ग़लत शहर में न रखी जाए।
# Variables:
#   $km (String) - the distance in kilometres
#   $place (String) - the nearest town to the coordinates
#   $found (String) - that town's country code
#   $country (String) - the row's country code
place-outside-country = निर्देशांक { $place } ({ $found }) से { $km } km दूर हैं, लेकिन देश { $country } है: क्या lat और lon आपस में बदल गए हैं, या देश ग़लत है?

## Labels in reports

diag-error = ग़लती
diag-warning = चेतावनी
# Variables:
#   $count (Number) - how many errors
diag-nothing-changed = { $count ->
    [one] स्रोतों में { $count } ग़लती: कुछ भी बनाया या बदला नहीं गया।
   *[other] स्रोतों में { $count } ग़लतियाँ: कुछ भी बनाया या बदला नहीं गया।
}

## ponte directory build and ponte directory info

# Variables:
#   $file (String) - the database written
#   $count (Number) - services in it
#   $placed (Number) - how many were placed at their town's centre
dir-built = { $file }: { $count ->
    [one] { $count } सेवा
   *[other] { $count } सेवाएँ
} ({ $placed } अपने शहर के केंद्र पर रखी गईं)
# Variables:
#   $bundle (String) - the directory's bundle id
#   $sequence (String) - its sequence number
dir-info-bundle = बंडल: { $bundle } (क्रम संख्या { $sequence })
# Variables:
#   $count (Number) - services in the directory
dir-info-services = सेवाएँ: { $count }
# Variables:
#   $path (String) - the database file
dir-info-file = फ़ाइल: { $path }
# Variables:
#   $path (String) - the data folder
dir-info-data-dir = डेटा फ़ोल्डर: { $path }

## Command-line options that need fixing

# Variables:
#   $value (String) - the time as written
cli-bad-time = “{ $value }” 2026-11-23T10:00:00Z जैसा समय नहीं है।
