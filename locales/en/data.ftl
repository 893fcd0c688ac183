# NGO data in and out: HSDS and spreadsheet import, export and validation
# (`ponte import`, `ponte export`, `ponte validate`). Read by NGO volunteers: plain words,
# and always what to do.

## Problems in the files themselves (nothing is imported while one stands)

# Variables:
#   $table (String) - the HSDS table, like "location"
#   $field (String) - the field, like "latitude"
#   $expected (String) - what the field must hold, like "a number"
#   $value (String) - the value found
data-bad-type = { $table }.{ $field } must be { $expected }, but it is { $value }.
# Variables:
#   $table (String) - the HSDS table, like "service"
data-missing-id = This { $table } has no id. Every service, location, organization and service_at_location needs one.
data-bad-utf8 = This text is not valid UTF-8. Save the file as UTF-8 (in a spreadsheet: “CSV UTF-8”).
# Variables:
#   $reason (String) - what the JSON reader said
data-bad-json = This is not valid JSON: { $reason }.
# Variables:
#   $table (String) - the file or table name
data-unknown-table = { $table } is not an HSDS table Ponte knows; it was not read.
data-no-records = No HSDS records found in this file.
data-unknown-object = Ponte cannot tell which kind of HSDS object this is (service, organization, location or service_at_location).
# Variables:
#   $bytes (String) - the size of the value
#   $limit (String) - the largest size allowed
data-too-long = This value is { $bytes } bytes long; the limit is { $limit }. A value this long is a broken file, not a service's data.
# Variables:
#   $cells (String) - cells in the row
#   $columns (String) - columns in the header
data-cell-count = This row has { $cells } cells but the header has { $columns } columns: a missing or extra comma, or a quote that is not closed?
# Variables:
#   $reason (String) - what the CSV reader said
data-bad-csv = The file is not valid CSV here: { $reason }.
# Variables:
#   $table (String) - the HSDS table
#   $value (String) - the id
data-duplicate-row = Another { $table } row already has the id “{ $value }”. Each row needs its own id.
# Variables:
#   $table (String) - the table of the row
#   $field (String) - the link field, like "location_id"
#   $target (String) - the table it points to
#   $value (String) - the id it names
data-unknown-reference = { $table }.{ $field } names { $target } “{ $value }”, which is not in the data. Without it this row cannot be used: add the { $target } or correct the id.
# Variables:
#   $table (String) - the table of the row
#   $field (String) - the link field
#   $target (String) - the table it points to
#   $value (String) - the id it names
data-dangling-reference = { $table }.{ $field } names { $target } “{ $value }”, which is not in the data. The value is kept as written.

## Mapping HSDS to Ponte

# Variables:
#   $need (String) - the need code given, like "health.mental"
#   $keyword (String) - the word that matched, like "counselling"
#   $text (String) - the name it was found in
data-needs-from-name = No taxonomy term says what this service offers, so the need { $need } was taken from the word “{ $keyword }” in “{ $text }”. Check it.
# Variables:
#   $value (String) - the language as written
data-unknown-language-name = “{ $value }” is not a language Ponte recognises; it is kept in the HSDS data but not listed as spoken.
# Variables:
#   $lat (String) - the latitude given
#   $lon (String) - the longitude given
data-impossible-coordinates = The coordinates { $lat }, { $lon } are not a place on Earth. They were not used (the record is placed from its address if possible) and are kept as written.
# Variables:
#   $value (String) - the phone number as written
data-unreadable-phone = “{ $value }” is not a phone number Ponte can dial; it is kept in the HSDS data but not shown.
# Variables:
#   $reason (String) - which part of the schedule, like "byweekno"
data-schedules-not-hours = The schedules use { $reason }, which Ponte cannot turn into opening hours; they are kept as written and “open now” is unknown.
data-no-services = No services in this data, so nothing to import (organizations and locations alone are not service points).
# Variables:
#   $lang (String) - the language code assumed
data-assumed-language = HSDS does not say which language the texts are in; Ponte assumed “{ $lang }”. If that is wrong, import again with --text-lang.
# Variables:
#   $value (String) - the Ponte id
#   $other (String) - where the first record with this id is
data-duplicate-id = Two records would get the Ponte id “{ $value }” (the other is at { $other }). Use --id-prefix or fix the ids.

## ponte validate: what to fix before publishing

data-unplaced = This place has no coordinates and no town Ponte could find, so it cannot be shown on the map. Add lat and lon, or the town (locality).
# Variables:
#   $value (String) - the phone number
#   $country (String) - the record's country code, like "PT"
data-phone-unreadable = “{ $value }” cannot be read as a phone number in { $country }. Write it with the country code, like +351 21 000 0000.
# Variables:
#   $value (String) - the phone number
#   $country (String) - the record's country code
data-phone-not-valid = “{ $value }” does not look like a number in use in { $country } (wrong length or prefix?). Check it.
# Variables:
#   $date (String) - the verified_at date
#   $months (String) - the staleness threshold in months
data-stale = Last confirmed on { $date }, more than { $months } months ago. Check that it is still right and update verified_at.
# Variables:
#   $value (String) - the source as written
data-source-not-public = The source “{ $value }” is a file on a computer, which readers cannot open. Give a web address or a document name (for HSDS: import with --source).
# Variables:
#   $other (String) - the id of the other record
#   $metres (String) - the distance between them in metres
data-likely-duplicate = Same name as { $other }, { $metres } m away: the same place entered twice?

## ponte import / export / validate: summaries

# Variables:
#   $services (Number) - records read
#   $errors (Number) - errors found
#   $warnings (Number) - warnings found
data-summary = { $services ->
    [one] 1 record
   *[other] { $services } records
}, { $errors ->
    [one] 1 error
   *[other] { $errors } errors
}, { $warnings ->
    [one] 1 warning
   *[other] { $warnings } warnings
}.
# Variables:
#   $source (Number) - places with coordinates from the source
#   $city (Number) - places put at their town's centre
#   $postal (Number) - places put at their postal code's centre
#   $unplaced (Number) - places not placed
data-placement = Places: { $source } with coordinates from the source, { $city } at their town's centre, { $postal } at their postal code's centre, { $unplaced } not placed.
# Variables:
#   $count (Number) - places placed by town that gave a postal code
data-postal-not-used = { $count ->
    [one] 1 place gave a postal code that was not used: Ponte has no offline postal-code data yet, so it was placed at its town's centre.
   *[other] { $count } places gave a postal code that was not used: Ponte has no offline postal-code data yet, so they were placed at their town's centre.
}
# Variables:
#   $id (String) - the record's id
#   $reason (String) - why it was not placed
data-unplaced-item = not placed: { $id }: { $reason }
data-fix-errors = Fix the errors above: nothing was written.
# Variables:
#   $path (String) - the file or folder written
data-written = Written: { $path }
# Variables:
#   $count (Number) - records exported
#   $path (String) - where
data-exported = { $count ->
    [one] Exported 1 record to { $path }.
   *[other] Exported { $count } records to { $path }.
}
# Variables:
#   $done (Number) - records done
#   $total (Number) - records in all
data-progress = { $done } of { $total }…
data-example-row = This is the template's example row: delete it before you publish.
# Variables:
#   $count (Number) - records without a point
data-geojson-left-out = { $count ->
    [one] 1 record has no point (a phone line, or a place not yet on the map) and is not in the GeoJSON.
   *[other] { $count } records have no point (phone lines, or places not yet on the map) and are not in the GeoJSON.
}

## ponte import / export: bad options

# Variables:
#   $value (String) - what was given
data-bad-text-lang = --text-lang “{ $value }” is not a language code (ISO 639-1 or 639-3, like pt or kea).
# Variables:
#   $value (String) - what was given
data-bad-verified-at = --verified-at “{ $value }” is not a date like 2024-03-19.
# Variables:
#   $path (String) - the source given
data-looks-like-hsds = { $path } looks like HSDS: use `ponte import hsds`.
# Variables:
#   $path (String) - the source given
data-not-hsds = { $path } is not HSDS (a .json file, or a folder with an HSDS CSV package): use `ponte import csv` for the template.
