# The `ponte` command line.

## ponte search

# Variables:
#   $place (String) - the place searched near, like "Lisbon"
#   $country (String) - its country, like "Portugal"
#   $point (String) - its coordinates, like "38.72509,-9.14980"
cli-search-near = { $place }, { $country } नजिक ({ $point })
# Variables:
#   $point (String) - coordinates, like "16.71000,98.57000"
cli-search-near-point = { $point } नजिक
# Variables:
#   $others (String) - other places with the same name, comma-separated
cli-search-also = यही नामका अरू ठाउँ: { $others }। देशको कोड थप्नुहोस् ("Cartagena, CO") वा निर्देशाङ्क (coordinates) दिनुहोस्।
cli-search-none = निर्देशिकामा यी फिल्टरसँग मिल्ने कुनै सेवा छैन, कुनै पनि दूरीमा।
# Variables:
#   $radius (String) - the radius asked for, like "5 km"
#   $distance (String) - distance of the nearest result, like "37 km"
cli-search-widened = { $radius } भित्र केही भेटिएन। मिल्ने सबैभन्दा नजिकका सेवाहरू अझ टाढा छन्, { $distance } देखि सुरु हुन्छन्।
# Variables:
#   $distance (String) - distance of the nearest result, like "120 km"
cli-search-far = मिल्ने सबैभन्दा नजिकको सेवा { $distance } टाढा छ।
# Variables:
#   $count (Number) - number of results shown
cli-search-count = { $count ->
    [one] { $count } सेवा
   *[other] { $count } वटा सेवा
}
# Variables:
#   $country (String) - country name, like "Portugal"
cli-search-phone-lines = { $country } का फोन लाइन र आपतकालीन नम्बरहरू
cli-col-distance = दूरी
cli-col-name = नाम
cli-col-open = अहिले
cli-col-languages = भाषा
cli-col-verified = पुष्टि
cli-col-id = सन्दर्भ
cli-col-notes = टिप्पणी
cli-hint-show = विवरण: ponte show <सन्दर्भ>

## Errors (exit code 2: something in the command needs fixing)

# Variables:
#   $query (String) - what the person typed
cli-place-not-found = अफलाइन ठाउँ-सूची (gazetteer) मा “{ $query }” नामको ठाउँ छैन। अर्को हिज्जे, अङ्ग्रेजी वा त्यहीँको भाषामा नाम, वा 38.72,-9.14 जस्ता निर्देशाङ्क प्रयोग गरेर हेर्नुहोस्।
# Variables:
#   $reason (String) - what is wrong with the coordinates
cli-bad-coordinates = ती निर्देशाङ्क पृथ्वीमा पर्दैनन्: { $reason }। दशमलव डिग्रीमा अक्षांश,देशान्तर (latitude,longitude) लेख्नुहोस्, जस्तै 38.72,-9.14।
# Variables:
#   $reason (String) - what is wrong
cli-bad-filter = { $reason }
# Variables:
#   $id (String) - the reference asked for
cli-show-not-found = प्रयोगमा रहेको निर्देशिकामा “{ $id }” सन्दर्भ भएको कुनै सेवा छैन। सन्दर्भ हेर्न पहिले खोज्नुहोस्।
cli-bad-radius = दायरा (radius) किलोमिटरमा धनात्मक सङ्ख्या हुनुपर्छ, जस्तै 5 वा 2.5।
cli-bad-limit = सीमा (limit) 1 देखि 1000 सम्मको पूर्ण सङ्ख्या हुनुपर्छ।

## ponte places

# Variables:
#   $query (String) - what the person typed
cli-places-none = “{ $query }” सँग मिल्ने कुनै ठाउँ छैन।
cli-places-credit = ठाउँका नाम: GeoNames (geonames.org), CC BY 4.0।
cli-col-place = ठाउँ
cli-col-country = देश
cli-col-population = जनसङ्ख्या
cli-col-coordinates = निर्देशाङ्क
cli-col-matched = मिलेको

## ponte show

cli-show-check-before = जानुअघि जाँच गर्नुहोस्।
cli-show-directory = निर्देशिका
