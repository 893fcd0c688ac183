# Problems in directory spreadsheets (the template in data/README.md), shown by
# `ponte validate`, `ponte directory build` and `ponte import csv`, and placing rows on the
# map. Read by NGO volunteers: say what is wrong and what to do.

## Reading the file

# Variables:
#   $reason (String) - what the operating system said
src-cannot-read = फाइल पढ्न सकिएन: { $reason }
src-empty-file = फाइल खाली छ: यसको पहिलो पङ्क्ति (row) हेडर हुनुपर्छ, जसमा स्तम्भ (column) का नाम हुन्छन्।
src-header-not-utf8 = हेडर मान्य UTF-8 होइन। फाइललाई CSV (UTF-8) मा सेभ गर्नुहोस्।
# Variables:
#   $column (String) - a required column's name
src-missing-column = हेडरमा “{ $column }” स्तम्भ छैन। स्तम्भहरूका लागि data/README.md हेर्नुहोस्।
# Variables:
#   $column (String) - a column name
#   $first (String) - the number of the first column with that name
#   $second (String) - the number of the second one
src-duplicate-column = “{ $column }” स्तम्भ दुई पटक आएको छ (स्तम्भ { $first } र { $second })।
# Variables:
#   $lang (String) - the language code after the colon
#   $column (String) - the whole column name, like "name:xx"
src-unknown-column-language = “{ $column }” स्तम्भमा भएको “{ $lang }” चिनिएको भाषा कोड होइन।
# Variables:
#   $cells (String) - cells in the row
#   $columns (String) - columns in the header
src-cell-count = यो पङ्क्तिमा { $cells } कोठा (cell) छन्, तर हेडरमा { $columns } स्तम्भ छन्: कतै अल्पविराम (comma) छुटेको वा बढी भएको, वा उद्धरण चिह्न (quote) बन्द नभएको हो कि?
# Variables:
#   $reason (String) - what the CSV reader said
src-bad-csv = यहाँ फाइल मान्य CSV छैन: { $reason }
# Variables:
#   $bytes (String) - the size of the cell
#   $limit (String) - the largest size allowed
src-too-long = यो कोठामा { $bytes } बाइट छ; सीमा { $limit } हो।
# Variables:
#   $offset (String) - how many bytes of the cell are valid
src-bad-utf8 = यो कोठा मान्य UTF-8 होइन (बाइट { $offset } पछि)। फाइललाई CSV (UTF-8) मा सेभ गर्नुहोस्।

## One row

# Variables:
#   $id (String) - the repeated id
#   $where (String) - where it was first used, like "pt.csv:12"
src-duplicate-id = “{ $id }” id { $where } मा पहिले नै प्रयोग भएको छ। हरेक पङ्क्तिलाई आफ्नै id चाहिन्छ।
# Variables:
#   $column (String) - the column's name
src-required = “{ $column }” भर्नैपर्छ।
# Variables:
#   $column (String) - the column's name, like "description"
src-translation-without-original = “{ $column }” खाली छ तर यसको अनुवाद छ: “{ $column }” लाई पङ्क्तिकै आफ्नो भाषामा भर्नुहोस्।
# Variables:
#   $id (String) - the id as written
src-bad-id = “{ $id }” id मा सानो अक्षर (lower-case), अङ्क, “.”, “_” र “-” मात्र हुन सक्छन् (बढीमा 100 अक्षर)।
# Variables:
#   $value (String) - the value as written
src-bad-kind = “{ $value }” यीमध्ये कुनै होइन: place, phone-line, emergency।
# Variables:
#   $value (String) - the value as written
src-bad-answer = “{ $value }” यीमध्ये कुनै होइन: yes, no, unknown।
# Variables:
#   $code (String) - the code as written
src-bad-language = “{ $code }” चिनिएको भाषा कोड होइन (“pt” जस्तो ISO 639-1, वा “kea” जस्तो ISO 639-3)।
# Variables:
#   $code (String) - the code as written
#   $known (String) - the codes that exist, comma-separated
src-bad-need = “{ $code }” सहायताको किसिम (need) को कोड होइन। कोडहरू यी हुन्: { $known }
src-needs-required = “needs” भर्नैपर्छ: कम्तीमा एउटा need कोड।
# Variables:
#   $code (String) - the code as written
#   $known (String) - the codes that exist, comma-separated
src-bad-group = “{ $code }” समूह (group) होइन। समूहहरू यी हुन्: { $known }
# Variables:
#   $value (String) - the value as written
src-bad-country = “{ $value }” PT जस्तो दुई अक्षरको देश कोड होइन।
# Variables:
#   $value (String) - the value as written
src-bad-geonames-id = “{ $value }” GeoNames id (पूर्ण सङ्ख्या) होइन। यसरी खोज्नुहोस्: ponte places "Town, PT" --json
# Variables:
#   $value (String) - the value as written
src-bad-timezone = “{ $value }” समय क्षेत्र (time zone) होइन। Europe/Lisbon जस्तो IANA नाम प्रयोग गर्नुहोस्, वा खाली छोड्नुहोस्।
# Variables:
#   $hours (String) - the opening hours as written
#   $position (String) - the character where reading stopped, counted from 1
src-bad-hours = खुल्ने समय “{ $hours }” अक्षर { $position } देखि पढ्न सकिएन। पाठ जस्तो लेखिएको छ त्यस्तै राखिन्छ र देखाइन्छ, र “अहिले खुला” थाहा हुँदैन। Mo-Fr 09:00-17:00 जस्तो OpenStreetMap को ढाँचा प्रयोग गर्नुहोस्।
# Variables:
#   $value (String) - the value as written
src-bad-date = “{ $value }” 2024-03-19 जस्तो मिति होइन।
# Variables:
#   $value (String) - the date as written
src-future-date = { $value } भविष्यको मिति हो।
# Variables:
#   $value (String) - the value as written
src-bad-uncertainty = “{ $value }” मिटरमा दूरी (0 वा त्योभन्दा बढीको सङ्ख्या) होइन।
# Variables:
#   $value (String) - the value as written
src-bad-precision = “{ $value }” यीमध्ये कुनै होइन: exact, address, city, postal-code।
src-unplaceable = नक्सामा भेटिन ठाउँलाई lat र lon, वा कम्तीमा “locality” मा सहरको नाम चाहिन्छ।
src-exact-without-coordinates = geo_precision “exact” छ तर lat र lon खाली छन्।
src-half-coordinates = lat र lon दुवै दिनुहोस्, वा कुनै पनि नदिनुहोस्।
src-null-island = 0,0 एट्लान्टिक महासागरमा पर्छ: यो खाली ठाउँ भर्ने नक्कली मान हो, ठेगाना होइन।
# Variables:
#   $value (String) - the latitude as written
src-bad-latitude = अक्षांश (latitude) { $value } -90 र 90 को बीचमा छैन।
# Variables:
#   $value (String) - the longitude as written
src-bad-longitude = देशान्तर (longitude) { $value } -180 र 180 को बीचमा छैन।
# Variables:
#   $value (String) - the value as written
src-not-degrees = “{ $value }” 38.7249 जस्तो दशमलव डिग्री सङ्ख्या होइन।
# Variables:
#   $number (String) - the number as written
src-bad-phone = “{ $number }” फोन नम्बर होइन: अङ्क, खाली ठाउँ र सुरुमा + प्रयोग गर्नुहोस्, र टिप्पणी नम्बरपछि कोष्ठकमा लेख्नुहोस्।

## Placing rows on the map

# Variables:
#   $value (String) - the code as written
place-bad-country = “{ $value }” ISO 3166-1 देश कोड होइन।
# Variables:
#   $id (String) - the GeoNames id
#   $name (String) - the place it names
#   $found (String) - that place's country
#   $country (String) - the row's country
place-geonames-other-country = GeoNames id { $id } { $found } को { $name } हो, { $country } को होइन।
# Variables:
#   $id (String) - the GeoNames id
place-geonames-unknown = GeoNames id { $id } अफलाइन ठाउँ-सूची (gazetteer) मा छैन (पूर्वनिर्धारित निर्देशिकाका देशहरूमा 1,000 वा बढी जनसङ्ख्याका सहर, अरू ठाउँमा 5,000 वा बढी)। यसको सट्टा lat र lon दिनुहोस्।
# Variables:
#   $town (String) - the town as written
#   $country (String) - the row's country code
place-town-not-found = “{ $town }” सहर { $country } को अफलाइन ठाउँ-सूची (gazetteer) मा छैन। lat र lon, वा सहरको geonames_id थप्नुहोस् (यसरी खोज्नुहोस्: ponte places "{ $town }, { $country }" --json)।
# Variables:
#   $count (String) - how many towns have the name
#   $country (String) - the row's country code
#   $town (String) - the town as written
#   $list (String) - the towns, with their geonames_id, coordinates and population
place-ambiguous-town = { $country } मा “{ $town }” नामका { $count } सहर छन्: { $list }। पङ्क्ति गलत सहरमा नपरोस् भनेर सही geonames_id (वा lat र lon) थप्नुहोस्।
# Variables:
#   $km (String) - the distance in kilometres
#   $place (String) - the nearest town to the coordinates
#   $found (String) - that town's country code
#   $country (String) - the row's country code
place-outside-country = यी निर्देशाङ्क { $place } ({ $found }) बाट { $km } km टाढा छन्, तर देश { $country } हो: lat र lon साटिएका छन्, कि देश गलत छ?

## Labels in reports

diag-error = त्रुटि
diag-warning = चेतावनी
# Variables:
#   $count (Number) - how many errors
diag-nothing-changed = { $count ->
    [one] स्रोतमा { $count } त्रुटि छ: केही पनि बनाइएन वा बदलिएन।
   *[other] स्रोतमा { $count } वटा त्रुटि छन्: केही पनि बनाइएन वा बदलिएन।
}

## ponte directory build and ponte directory info

# Variables:
#   $file (String) - the database written
#   $count (Number) - services in it
#   $placed (Number) - how many were placed at their town's centre
dir-built = { $file }: { $count ->
    [one] { $count } सेवा
   *[other] { $count } वटा सेवा
} ({ $placed } वटा आफ्नो सहरको बीचमा राखिए)
# Variables:
#   $bundle (String) - the directory's bundle id
#   $sequence (String) - its sequence number
dir-info-bundle = बन्डल: { $bundle } (क्रम नम्बर { $sequence })
# Variables:
#   $count (Number) - services in the directory
dir-info-services = सेवाहरू: { $count }
# Variables:
#   $path (String) - the database file
dir-info-file = फाइल: { $path }
# Variables:
#   $path (String) - the data folder
dir-info-data-dir = डेटा फोल्डर: { $path }

## Command-line options that need fixing

# Variables:
#   $value (String) - the time as written
cli-bad-time = “{ $value }” 2026-11-23T10:00:00Z जस्तो समय होइन।
