# Problems in directory spreadsheets (the template in data/README.md), shown by
# `ponte validate`, `ponte directory build` and `ponte import csv`, and placing rows on the
# map. Read by NGO volunteers: say what is wrong and what to do.

## Reading the file

# Variables:
#   $reason (String) - what the operating system said
src-cannot-read = មិនអាចអានឯកសារបានទេ៖ { $reason }
src-empty-file = ឯកសារទទេ៖ ជួរដេកទីមួយត្រូវតែជាជួរក្បាល ដែលមានឈ្មោះជួរឈរ។
src-header-not-utf8 = ជួរក្បាលមិនមែនជា UTF-8 ត្រឹមត្រូវទេ។ សូមរក្សាទុកឯកសារជា CSV (UTF-8)។
# Variables:
#   $column (String) - a required column's name
src-missing-column = ជួរក្បាលគ្មានជួរឈរ “{ $column }” ទេ។ សូមមើល data/README.md សម្រាប់ជួរឈរ។
# Variables:
#   $column (String) - a column name
#   $first (String) - the number of the first column with that name
#   $second (String) - the number of the second one
src-duplicate-column = ជួរឈរ “{ $column }” លេចឡើងពីរដង (ជួរឈរទី { $first } និង { $second })។
# Variables:
#   $lang (String) - the language code after the colon
#   $column (String) - the whole column name, like "name:xx"
src-unknown-column-language = “{ $lang }” ក្នុងជួរឈរ “{ $column }” មិនមែនជាលេខកូដភាសាដែលស្គាល់ទេ។
# Variables:
#   $cells (String) - cells in the row
#   $columns (String) - columns in the header
src-cell-count = ជួរដេកនេះមាន { $cells } ក្រឡា ប៉ុន្តែជួរក្បាលមាន { $columns } ជួរឈរ៖ តើខ្វះ ឬលើសសញ្ញាក្បៀស ឬមានសញ្ញាសម្រង់ដែលមិនបានបិទឬទេ?
# Variables:
#   $reason (String) - what the CSV reader said
src-bad-csv = ឯកសារមិនមែនជា CSV ត្រឹមត្រូវនៅត្រង់នេះទេ៖ { $reason }
# Variables:
#   $bytes (String) - the size of the cell
#   $limit (String) - the largest size allowed
src-too-long = ក្រឡានេះមាន { $bytes } បៃ។ ដែនកំណត់គឺ { $limit }។
# Variables:
#   $offset (String) - how many bytes of the cell are valid
src-bad-utf8 = ក្រឡានេះមិនមែនជា UTF-8 ត្រឹមត្រូវទេ (បន្ទាប់ពីបៃទី { $offset })។ សូមរក្សាទុកឯកសារជា CSV (UTF-8)។

## One row

# Variables:
#   $id (String) - the repeated id
#   $where (String) - where it was first used, like "pt.csv:12"
src-duplicate-id = id “{ $id }” ត្រូវបានប្រើរួចហើយនៅ { $where }។ ជួរដេកនីមួយៗត្រូវការ id ផ្ទាល់ខ្លួន។
# Variables:
#   $column (String) - the column's name
src-required = “{ $column }” ត្រូវតែបំពេញ។
# Variables:
#   $column (String) - the column's name, like "description"
src-translation-without-original = “{ $column }” ទទេ ប៉ុន្តែមានការបកប្រែ៖ សូមបំពេញ “{ $column }” ជាភាសារបស់ជួរដេកនោះផ្ទាល់។
# Variables:
#   $id (String) - the id as written
src-bad-id = id “{ $id }” អាចមានតែអក្សរតូច លេខ “.” “_” និង “-” ប៉ុណ្ណោះ (យ៉ាងច្រើន 100 តួអក្សរ)។
# Variables:
#   $value (String) - the value as written
src-bad-kind = “{ $value }” មិនមែនជាមួយក្នុងចំណោម៖ place, phone-line, emergency ទេ។
# Variables:
#   $value (String) - the value as written
src-bad-answer = “{ $value }” មិនមែនជាមួយក្នុងចំណោម៖ yes, no, unknown ទេ។
# Variables:
#   $code (String) - the code as written
src-bad-language = “{ $code }” មិនមែនជាលេខកូដភាសាដែលស្គាល់ទេ (ISO 639-1 ដូចជា “pt” ឬ ISO 639-3 ដូចជា “kea”)។
# Variables:
#   $code (String) - the code as written
#   $known (String) - the codes that exist, comma-separated
src-bad-need = “{ $code }” មិនមែនជាលេខកូដប្រភេទជំនួយ (need) ទេ។ លេខកូដមាន៖ { $known }
src-needs-required = “needs” ត្រូវតែបំពេញ៖ យ៉ាងហោចណាស់លេខកូដប្រភេទជំនួយមួយ។
# Variables:
#   $code (String) - the code as written
#   $known (String) - the codes that exist, comma-separated
src-bad-group = “{ $code }” មិនមែនជាក្រុមទេ។ ក្រុមមាន៖ { $known }
# Variables:
#   $value (String) - the value as written
src-bad-country = “{ $value }” មិនមែនជាលេខកូដប្រទេសពីរអក្សរ ដូចជា PT ទេ។
# Variables:
#   $value (String) - the value as written
src-bad-geonames-id = “{ $value }” មិនមែនជា GeoNames id (ចំនួនគត់) ទេ។ រកវាដោយប្រើ៖ ponte places "Town, PT" --json
# Variables:
#   $value (String) - the value as written
src-bad-timezone = “{ $value }” មិនមែនជាតំបន់ម៉ោងទេ។ សូមប្រើឈ្មោះ IANA ដូចជា Europe/Lisbon ឬទុកឱ្យទទេ។
# Variables:
#   $hours (String) - the opening hours as written
#   $position (String) - the character where reading stopped, counted from 1
src-bad-hours = មិនអាចអានម៉ោងបើក “{ $hours }” ចាប់ពីតួអក្សរទី { $position } បានទេ។ អត្ថបទត្រូវបានរក្សាទុក និងបង្ហាញដូចដែលបានសរសេរ ហើយមិនអាចដឹងថា “បើកឥឡូវនេះ” ឬអត់ទេ។ សូមប្រើទម្រង់ OpenStreetMap ដូចជា Mo-Fr 09:00-17:00។
# Variables:
#   $value (String) - the value as written
src-bad-date = “{ $value }” មិនមែនជាកាលបរិច្ឆេទដូចជា 2024-03-19 ទេ។
# Variables:
#   $value (String) - the date as written
src-future-date = { $value } ស្ថិតនៅពេលអនាគត។
# Variables:
#   $value (String) - the value as written
src-bad-uncertainty = “{ $value }” មិនមែនជាចម្ងាយគិតជាម៉ែត្រ (លេខ 0 ឬច្រើនជាងនេះ) ទេ។
# Variables:
#   $value (String) - the value as written
src-bad-precision = “{ $value }” មិនមែនជាមួយក្នុងចំណោម៖ exact, address, city, postal-code ទេ។
src-unplaceable = កន្លែងមួយត្រូវការ lat និង lon ឬយ៉ាងហោចណាស់ទីប្រជុំជនមួយនៅក្នុង “locality” ដើម្បីអាចរកឃើញលើផែនទី។
src-exact-without-coordinates = geo_precision គឺ “exact” ប៉ុន្តែ lat និង lon ទទេ។
src-half-coordinates = សូមផ្តល់ទាំង lat និង lon ឬមិនផ្តល់ទាំងពីរ។
src-null-island = 0,0 ស្ថិតនៅក្នុងមហាសមុទ្រអាត្លង់ទិក៖ វាជាតម្លៃដាក់ជំនួសបណ្តោះអាសន្ន មិនមែនជាទីតាំងទេ។
# Variables:
#   $value (String) - the latitude as written
src-bad-latitude = រយៈទទឹង { $value } មិនស្ថិតនៅចន្លោះ -90 និង 90 ទេ។
# Variables:
#   $value (String) - the longitude as written
src-bad-longitude = រយៈបណ្តោយ { $value } មិនស្ថិតនៅចន្លោះ -180 និង 180 ទេ។
# Variables:
#   $value (String) - the value as written
src-not-degrees = “{ $value }” មិនមែនជាលេខដឺក្រេទសភាគ ដូចជា 38.7249 ទេ។
# Variables:
#   $number (String) - the number as written
src-bad-phone = “{ $number }” មិនមែនជាលេខទូរស័ព្ទទេ៖ សូមប្រើលេខ ដកឃ្លា និងសញ្ញា + នៅខាងមុខ ហើយដាក់កំណត់ចំណាំក្នុងវង់ក្រចកបន្ទាប់ពីលេខ។

## Placing rows on the map

# Variables:
#   $value (String) - the code as written
place-bad-country = “{ $value }” មិនមែនជាលេខកូដប្រទេស ISO 3166-1 ទេ។
# Variables:
#   $id (String) - the GeoNames id
#   $name (String) - the place it names
#   $found (String) - that place's country
#   $country (String) - the row's country
place-geonames-other-country = GeoNames id { $id } គឺ { $name } នៅ { $found } មិនមែននៅ { $country } ទេ។
# Variables:
#   $id (String) - the GeoNames id
place-geonames-unknown = GeoNames id { $id } មិនមាននៅក្នុងបញ្ជីឈ្មោះទីកន្លែងក្រៅបណ្តាញ (gazetteer) ទេ (ទីប្រជុំជនដែលមានប្រជាជន 1,000 នាក់ឡើងទៅ នៅក្នុងប្រទេសនៃបញ្ជីសេវាលំនាំដើម និង 5,000 នាក់ឡើងទៅ នៅកន្លែងផ្សេង)។ សូមផ្តល់ lat និង lon ជំនួសវិញ។
# Variables:
#   $town (String) - the town as written
#   $country (String) - the row's country code
place-town-not-found = ទីប្រជុំជន “{ $town }” មិនមាននៅក្នុងបញ្ជីឈ្មោះទីកន្លែងក្រៅបណ្តាញសម្រាប់ { $country } ទេ។ សូមបន្ថែម lat និង lon ឬ geonames_id របស់ទីប្រជុំជន (សាកល្បង៖ ponte places "{ $town }, { $country }" --json)។
# Variables:
#   $count (String) - how many towns have the name
#   $country (String) - the row's country code
#   $town (String) - the town as written
#   $list (String) - the towns, with their geonames_id, coordinates and population
place-ambiguous-town = មានទីប្រជុំជន { $count } នៅ { $country } ដែលមានឈ្មោះ “{ $town }”៖ { $list }។ សូមបន្ថែម geonames_id ត្រឹមត្រូវ (ឬ lat និង lon) ដើម្បីកុំឱ្យជួរដេកត្រូវបានដាក់នៅទីប្រជុំជនខុស។
# Variables:
#   $km (String) - the distance in kilometres
#   $place (String) - the nearest town to the coordinates
#   $found (String) - that town's country code
#   $country (String) - the row's country code
place-outside-country = កូអរដោនេនៅចម្ងាយ { $km } គ.ម. ពី { $place } ({ $found }) ប៉ុន្តែប្រទេសគឺ { $country }៖ តើ lat និង lon ត្រូវបានប្តូរគ្នា ឬប្រទេសខុស?

## Labels in reports

diag-error = កំហុស
diag-warning = ការព្រមាន
# Variables:
#   $count (Number) - how many errors
diag-nothing-changed = { $count ->
   *[other] មានកំហុស { $count } ក្នុងប្រភព៖ គ្មានអ្វីត្រូវបានបង្កើត ឬផ្លាស់ប្តូរទេ។
}

## ponte directory build and ponte directory info

# Variables:
#   $file (String) - the database written
#   $count (Number) - services in it
#   $placed (Number) - how many were placed at their town's centre
dir-built = { $file }៖ { $count ->
   *[other] សេវា { $count }
} ({ $placed } ត្រូវបានដាក់នៅកណ្តាលទីប្រជុំជនរបស់វា)
# Variables:
#   $bundle (String) - the directory's bundle id
#   $sequence (String) - its sequence number
dir-info-bundle = កញ្ចប់៖ { $bundle } (លេខលំដាប់ { $sequence })
# Variables:
#   $count (Number) - services in the directory
dir-info-services = សេវា៖ { $count }
# Variables:
#   $path (String) - the database file
dir-info-file = ឯកសារ៖ { $path }
# Variables:
#   $path (String) - the data folder
dir-info-data-dir = ថតទិន្នន័យ៖ { $path }

## Command-line options that need fixing

# Variables:
#   $value (String) - the time as written
cli-bad-time = “{ $value }” មិនមែនជាពេលវេលាដូចជា 2026-11-23T10:00:00Z ទេ។
