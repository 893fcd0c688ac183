# NGO data in and out: HSDS and spreadsheet import, export and validation
# (`ponte import`, `ponte export`, `ponte validate`). Read by NGO volunteers: plain words,
# and always what to do.


## Problems in the files themselves (nothing is imported while one stands)

# Variables:
#   $table (String) - the HSDS table, like "location"
#   $field (String) - the field, like "latitude"
#   $expected (String) - what the field must hold, like "a number"
#   $value (String) - the value found
data-bad-type = { $table }.{ $field } ត្រូវតែជា { $expected } ប៉ុន្តែវាជា { $value }។
# Variables:
#   $table (String) - the HSDS table, like "service"
data-missing-id = { $table } នេះគ្មាន id ទេ។ service, location, organization និង service_at_location នីមួយៗត្រូវការ id មួយ។
data-bad-utf8 = អត្ថបទនេះមិនមែនជា UTF-8 ត្រឹមត្រូវទេ។ សូមរក្សាទុកឯកសារជា UTF-8 (ក្នុងកម្មវិធីតារាង សូមជ្រើស “CSV UTF-8”)។
# Variables:
#   $reason (String) - what the JSON reader said
data-bad-json = នេះមិនមែនជា JSON ត្រឹមត្រូវទេ៖ { $reason }។
# Variables:
#   $table (String) - the file or table name
data-unknown-table = { $table } មិនមែនជាតារាង HSDS ដែល Ponte ស្គាល់ទេ។ វាមិនត្រូវបានអានទេ។
data-no-records = រកមិនឃើញកំណត់ត្រា HSDS ក្នុងឯកសារនេះទេ។
data-unknown-object = Ponte មិនអាចដឹងថានេះជាវត្ថុ HSDS ប្រភេទណាទេ (service, organization, location ឬ service_at_location)។
# Variables:
#   $bytes (String) - the size of the value
#   $limit (String) - the largest size allowed
data-too-long = តម្លៃនេះវែង { $bytes } បៃ។ ដែនកំណត់គឺ { $limit }។ តម្លៃវែងបែបនេះមានន័យថាឯកសារខូច មិនមែនជាទិន្នន័យរបស់សេវាទេ។
# Variables:
#   $cells (String) - cells in the row
#   $columns (String) - columns in the header
data-cell-count = ជួរដេកនេះមាន { $cells } ក្រឡា ប៉ុន្តែជួរក្បាលមាន { $columns } ជួរឈរ៖ តើខ្វះ ឬលើសសញ្ញាក្បៀស (,) ឬមានសញ្ញាសម្រង់ (") ដែលមិនបានបិទឬទេ?
# Variables:
#   $reason (String) - what the CSV reader said
data-bad-csv = ឯកសារមិនមែនជា CSV ត្រឹមត្រូវនៅត្រង់នេះទេ៖ { $reason }។
# Variables:
#   $table (String) - the HSDS table
#   $value (String) - the id
data-duplicate-row = ជួរដេក { $table } មួយទៀតមាន id “{ $value }” រួចហើយ។ ជួរដេកនីមួយៗត្រូវការ id ផ្ទាល់ខ្លួន។
# Variables:
#   $table (String) - the table of the row
#   $field (String) - the link field, like "location_id"
#   $target (String) - the table it points to
#   $value (String) - the id it names
data-unknown-reference = { $table }.{ $field } សំដៅទៅ { $target } “{ $value }” ដែលមិនមានក្នុងទិន្នន័យ។ បើគ្មានវា ជួរដេកនេះមិនអាចប្រើបានទេ៖ សូមបន្ថែម { $target } នោះ ឬកែ id ឱ្យត្រូវ។
# Variables:
#   $table (String) - the table of the row
#   $field (String) - the link field
#   $target (String) - the table it points to
#   $value (String) - the id it names
data-dangling-reference = { $table }.{ $field } សំដៅទៅ { $target } “{ $value }” ដែលមិនមានក្នុងទិន្នន័យ។ តម្លៃនេះត្រូវបានរក្សាទុកដូចដែលបានសរសេរ។

## Mapping HSDS to Ponte

# Variables:
#   $need (String) - the need code given, like "health.mental"
#   $keyword (String) - the word that matched, like "counselling"
#   $text (String) - the name it was found in
data-needs-from-name = គ្មានពាក្យ taxonomy ណាប្រាប់ថាសេវានេះផ្តល់អ្វីទេ ដូច្នេះប្រភេទជំនួយ { $need } ត្រូវបានយកពីពាក្យ “{ $keyword }” ក្នុង “{ $text }”។ សូមពិនិត្យវា។
# Variables:
#   $value (String) - the language as written
data-unknown-language-name = “{ $value }” មិនមែនជាភាសាដែល Ponte ស្គាល់ទេ។ វាត្រូវបានរក្សាទុកក្នុងទិន្នន័យ HSDS ប៉ុន្តែមិនត្រូវបានបង្ហាញជាភាសាដែលនិយាយទេ។
# Variables:
#   $lat (String) - the latitude given
#   $lon (String) - the longitude given
data-impossible-coordinates = កូអរដោនេ { $lat }, { $lon } មិនមែនជាទីកន្លែងលើផែនដីទេ។ វាមិនត្រូវបានប្រើទេ (បើអាច កំណត់ត្រានឹងត្រូវដាក់តាមអាសយដ្ឋានរបស់វា) ហើយត្រូវបានរក្សាទុកដូចដែលបានសរសេរ។
# Variables:
#   $value (String) - the phone number as written
data-unreadable-phone = “{ $value }” មិនមែនជាលេខទូរស័ព្ទដែល Ponte អាចហៅបានទេ។ វាត្រូវបានរក្សាទុកក្នុងទិន្នន័យ HSDS ប៉ុន្តែមិនត្រូវបានបង្ហាញទេ។
# Variables:
#   $reason (String) - which part of the schedule, like "byweekno"
data-schedules-not-hours = កាលវិភាគ (schedule) ប្រើ { $reason } ដែល Ponte មិនអាចបម្លែងជាម៉ោងបើកបានទេ។ វាត្រូវបានរក្សាទុកដូចដែលបានសរសេរ ហើយមិនអាចដឹងថា “បើកឥឡូវនេះ” ឬអត់ទេ។
data-no-services = គ្មាន service ក្នុងទិន្នន័យនេះទេ ដូច្នេះគ្មានអ្វីត្រូវនាំចូលទេ (organization និង location តែឯង មិនមែនជាចំណុចផ្តល់សេវាទេ)។
# Variables:
#   $lang (String) - the language code assumed
data-assumed-language = HSDS មិនប្រាប់ថាអត្ថបទជាភាសាអ្វីទេ។ Ponte សន្មតថាជា “{ $lang }”។ បើខុស សូមនាំចូលម្តងទៀតជាមួយ --text-lang។
# Variables:
#   $value (String) - the Ponte id
#   $other (String) - where the first record with this id is
data-duplicate-id = កំណត់ត្រាពីរនឹងទទួលបាន id Ponte “{ $value }” ដូចគ្នា (មួយទៀតនៅ { $other })។ សូមប្រើ --id-prefix ឬកែ id។

## ponte validate: what to fix before publishing

data-unplaced = កន្លែងនេះគ្មានកូអរដោនេ និងគ្មានទីប្រជុំជនដែល Ponte អាចរកឃើញ ដូច្នេះវាមិនអាចបង្ហាញលើផែនទីបានទេ។ សូមបន្ថែម lat និង lon ឬទីប្រជុំជន (locality)។
# Variables:
#   $value (String) - the phone number
#   $country (String) - the record's country code, like "PT"
data-phone-unreadable = “{ $value }” មិនអាចអានជាលេខទូរស័ព្ទនៅ { $country } បានទេ។ សូមសរសេរវាជាមួយលេខកូដប្រទេស ដូចជា +351 21 000 0000។
# Variables:
#   $value (String) - the phone number
#   $country (String) - the record's country code
data-phone-not-valid = “{ $value }” មិនដូចជាលេខដែលកំពុងប្រើនៅ { $country } ទេ (ប្រវែង ឬលេខខាងមុខខុសឬ?)។ សូមពិនិត្យវា។
# Variables:
#   $date (String) - the verified_at date
#   $months (String) - the staleness threshold in months
data-stale = បញ្ជាក់ចុងក្រោយនៅ { $date } លើសពី { $months } ខែមុន។ សូមពិនិត្យថាវានៅតែត្រឹមត្រូវ ហើយធ្វើបច្ចុប្បន្នភាព verified_at។
# Variables:
#   $value (String) - the source as written
data-source-not-public = ប្រភព “{ $value }” ជាឯកសារនៅលើកុំព្យូទ័រ ដែលអ្នកអានមិនអាចបើកបានទេ។ សូមផ្តល់អាសយដ្ឋានគេហទំព័រ ឬឈ្មោះឯកសារ (សម្រាប់ HSDS៖ នាំចូលជាមួយ --source)។
# Variables:
#   $other (String) - the id of the other record
#   $metres (String) - the distance between them in metres
data-likely-duplicate = ឈ្មោះដូច { $other } នៅចម្ងាយ { $metres } ម៉ែត្រ៖ តើកន្លែងតែមួយត្រូវបានបញ្ចូលពីរដងឬ?

## ponte import / export / validate: summaries

# Variables:
#   $services (Number) - records read
#   $errors (Number) - errors found
#   $warnings (Number) - warnings found
data-summary =
    { $services ->
       *[other] កំណត់ត្រា { $services }
    }, { $errors ->
       *[other] កំហុស { $errors }
    }, { $warnings ->
       *[other] ការព្រមាន { $warnings }
    }។
# Variables:
#   $source (Number) - places with coordinates from the source
#   $city (Number) - places put at their town's centre
#   $postal (Number) - places put at their postal code's centre
#   $unplaced (Number) - places not placed
data-placement = ទីកន្លែង៖ { $source } មានកូអរដោនេពីប្រភព, { $city } នៅកណ្តាលទីប្រជុំជនរបស់វា, { $postal } នៅកណ្តាលតំបន់លេខកូដប្រៃសណីយ៍របស់វា, { $unplaced } មិនទាន់បានដាក់ទីតាំង។
# Variables:
#   $count (Number) - places placed by town that gave a postal code
data-postal-not-used =
    { $count ->
       *[other] កន្លែង { $count } បានផ្តល់លេខកូដប្រៃសណីយ៍ដែលមិនត្រូវបានប្រើ៖ Ponte មិនទាន់មានទិន្នន័យលេខកូដប្រៃសណីយ៍ក្រៅបណ្តាញទេ ដូច្នេះវាត្រូវបានដាក់នៅកណ្តាលទីប្រជុំជនរបស់វា។
    }
# Variables:
#   $id (String) - the record's id
#   $reason (String) - why it was not placed
data-unplaced-item = មិនទាន់បានដាក់ទីតាំង៖ { $id }៖ { $reason }
data-fix-errors = សូមកែកំហុសខាងលើ៖ គ្មានអ្វីត្រូវបានសរសេរទេ។
# Variables:
#   $path (String) - the file or folder written
data-written = បានសរសេរ៖ { $path }
# Variables:
#   $count (Number) - records exported
#   $path (String) - where
data-exported =
    { $count ->
       *[other] បាននាំចេញកំណត់ត្រា { $count } ទៅ { $path }។
    }
# Variables:
#   $done (Number) - records done
#   $total (Number) - records in all
data-progress = { $done } ក្នុងចំណោម { $total }…
data-example-row = នេះជាជួរដេកឧទាហរណ៍របស់គំរូ៖ សូមលុបវាមុនពេលបោះពុម្ពផ្សាយ។
# Variables:
#   $count (Number) - records without a point
data-geojson-left-out =
    { $count ->
       *[other] កំណត់ត្រា { $count } គ្មានចំណុចទីតាំង (ខ្សែទូរស័ព្ទជំនួយ ឬកន្លែងដែលមិនទាន់មាននៅលើផែនទី) ហើយមិនមាននៅក្នុង GeoJSON ទេ។
    }

## ponte import / export: bad options

# Variables:
#   $value (String) - what was given
data-bad-text-lang = --text-lang “{ $value }” មិនមែនជាលេខកូដភាសាទេ (ISO 639-1 ឬ 639-3 ដូចជា pt ឬ kea)។
# Variables:
#   $value (String) - what was given
data-bad-verified-at = --verified-at “{ $value }” មិនមែនជាកាលបរិច្ឆេទដូចជា 2024-03-19 ទេ។
# Variables:
#   $path (String) - the source given
data-looks-like-hsds = { $path } មើលទៅដូចជា HSDS៖ សូមប្រើ `ponte import hsds`។
# Variables:
#   $path (String) - the source given
data-not-hsds = { $path } មិនមែនជា HSDS ទេ (ឯកសារ .json ឬថតដែលមានកញ្ចប់ HSDS CSV)៖ សម្រាប់គំរូ សូមប្រើ `ponte import csv`។
