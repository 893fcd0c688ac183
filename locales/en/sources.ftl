# Problems in directory spreadsheets (the template in data/README.md), shown by
# `ponte validate`, `ponte directory build` and `ponte import csv`, and placing rows on the
# map. Read by NGO volunteers: say what is wrong and what to do.

## Reading the file

# Variables:
#   $reason (String) - what the operating system said
src-cannot-read = Cannot read the file: { $reason }
src-empty-file = The file is empty: its first row must be the header, with the column names.
src-header-not-utf8 = The header is not valid UTF-8. Save the file as CSV (UTF-8).
# Variables:
#   $column (String) - a required column's name
src-missing-column = The header has no “{ $column }” column. See data/README.md for the columns.
# Variables:
#   $column (String) - a column name
#   $first (String) - the number of the first column with that name
#   $second (String) - the number of the second one
src-duplicate-column = The column “{ $column }” appears twice (columns { $first } and { $second }).
# Variables:
#   $lang (String) - the language code after the colon
#   $column (String) - the whole column name, like "name:xx"
src-unknown-column-language = “{ $lang }” in the column “{ $column }” is not a known language code.
# Variables:
#   $cells (String) - cells in the row
#   $columns (String) - columns in the header
src-cell-count = This row has { $cells } cells but the header has { $columns } columns: a missing or extra comma, or a quote that is not closed?
# Variables:
#   $reason (String) - what the CSV reader said
src-bad-csv = The file is not valid CSV here: { $reason }
# Variables:
#   $bytes (String) - the size of the cell
#   $limit (String) - the largest size allowed
src-too-long = This cell holds { $bytes } bytes; the limit is { $limit }.
# Variables:
#   $offset (String) - how many bytes of the cell are valid
src-bad-utf8 = This cell is not valid UTF-8 (after byte { $offset }). Save the file as CSV (UTF-8).

## One row

# Variables:
#   $id (String) - the repeated id
#   $where (String) - where it was first used, like "pt.csv:12"
src-duplicate-id = The id “{ $id }” is already used at { $where }. Every row needs its own id.
# Variables:
#   $column (String) - the column's name
src-required = “{ $column }” is required.
# Variables:
#   $column (String) - the column's name, like "description"
src-translation-without-original = “{ $column }” is empty but has translations: fill in “{ $column }” in the row's own language.
# Variables:
#   $id (String) - the id as written
src-bad-id = The id “{ $id }” may only hold lower-case letters, digits, “.”, “_” and “-” (at most 100 characters).
# Variables:
#   $value (String) - the value as written
src-bad-kind = “{ $value }” is not one of: place, phone-line, emergency.
# Variables:
#   $value (String) - the value as written
src-bad-answer = “{ $value }” is not one of: yes, no, unknown.
# Variables:
#   $code (String) - the code as written
src-bad-language = “{ $code }” is not a known language code (ISO 639-1 like “pt”, or ISO 639-3 like “kea”).
# Variables:
#   $code (String) - the code as written
#   $known (String) - the codes that exist, comma-separated
src-bad-need = “{ $code }” is not a need code. The codes are: { $known }
src-needs-required = “needs” is required: at least one need code.
# Variables:
#   $code (String) - the code as written
#   $known (String) - the codes that exist, comma-separated
src-bad-group = “{ $code }” is not a group. The groups are: { $known }
# Variables:
#   $value (String) - the value as written
src-bad-country = “{ $value }” is not a two-letter country code like PT.
# Variables:
#   $value (String) - the value as written
src-bad-geonames-id = “{ $value }” is not a GeoNames id (a whole number). Find it with: ponte places "Town, PT" --json
# Variables:
#   $value (String) - the value as written
src-bad-timezone = “{ $value }” is not a time zone. Use an IANA name like Europe/Lisbon, or leave it empty.
# Variables:
#   $hours (String) - the opening hours as written
#   $position (String) - the character where reading stopped, counted from 1
src-bad-hours = Cannot read the opening hours “{ $hours }” from character { $position }. The text is kept and shown as written, and “open now” is unknown. Use the OpenStreetMap syntax, like Mo-Fr 09:00-17:00.
# Variables:
#   $value (String) - the value as written
src-bad-date = “{ $value }” is not a date like 2024-03-19.
# Variables:
#   $value (String) - the date as written
src-future-date = { $value } is in the future.
# Variables:
#   $value (String) - the value as written
src-bad-uncertainty = “{ $value }” is not a distance in metres (a number, 0 or more).
# Variables:
#   $value (String) - the value as written
src-bad-precision = “{ $value }” is not one of: exact, address, city, postal-code.
src-unplaceable = A place needs lat and lon, or at least a town in “locality”, to be found on the map.
src-exact-without-coordinates = geo_precision is “exact” but lat and lon are empty.
src-half-coordinates = Give both lat and lon, or neither.
src-null-island = 0,0 is in the Atlantic Ocean: a placeholder, not a location.
# Variables:
#   $value (String) - the latitude as written
src-bad-latitude = The latitude { $value } is not between -90 and 90.
# Variables:
#   $value (String) - the longitude as written
src-bad-longitude = The longitude { $value } is not between -180 and 180.
# Variables:
#   $value (String) - the value as written
src-not-degrees = “{ $value }” is not a decimal number of degrees, like 38.7249.
# Variables:
#   $number (String) - the number as written
src-bad-phone = “{ $number }” is not a phone number: use digits, spaces and a leading +, and put notes in brackets after the number.

## Placing rows on the map

# Variables:
#   $value (String) - the code as written
place-bad-country = “{ $value }” is not an ISO 3166-1 country code.
# Variables:
#   $id (String) - the GeoNames id
#   $name (String) - the place it names
#   $found (String) - that place's country
#   $country (String) - the row's country
place-geonames-other-country = GeoNames id { $id } is { $name } in { $found }, not in { $country }.
# Variables:
#   $id (String) - the GeoNames id
place-geonames-unknown = GeoNames id { $id } is not in the offline gazetteer (towns of 1,000 people or more in the default directory's countries, 5,000 or more elsewhere). Give lat and lon instead.
# Variables:
#   $town (String) - the town as written
#   $country (String) - the row's country code
place-town-not-found = The town “{ $town }” is not in the offline gazetteer for { $country }. Add lat and lon, or the town's geonames_id (try: ponte places "{ $town }, { $country }" --json).
# Variables:
#   $count (String) - how many towns have the name
#   $country (String) - the row's country code
#   $town (String) - the town as written
#   $list (String) - the towns, with their geonames_id, coordinates and population
place-ambiguous-town = { $count } towns in { $country } are called “{ $town }”: { $list }. Add the right geonames_id (or lat and lon) so the row isn't placed in the wrong one.
# Variables:
#   $km (String) - the distance in kilometres
#   $place (String) - the nearest town to the coordinates
#   $found (String) - that town's country code
#   $country (String) - the row's country code
place-outside-country = The coordinates are { $km } km from { $place } ({ $found }), but the country is { $country }: are lat and lon swapped, or is the country wrong?

## Labels in reports

diag-error = error
diag-warning = warning
# Variables:
#   $count (Number) - how many errors
diag-nothing-changed = { $count ->
    [one] 1 error in the sources: nothing was built or changed.
   *[other] { $count } errors in the sources: nothing was built or changed.
}

## ponte directory build and ponte directory info

# Variables:
#   $file (String) - the database written
#   $count (Number) - services in it
#   $placed (Number) - how many were placed at their town's centre
dir-built = { $file }: { $count ->
    [one] 1 service
   *[other] { $count } services
} ({ $placed } placed at their town's centre)
# Variables:
#   $bundle (String) - the directory's bundle id
#   $sequence (String) - its sequence number
dir-info-bundle = Bundle: { $bundle } (sequence { $sequence })
# Variables:
#   $count (Number) - services in the directory
dir-info-services = Services: { $count }
# Variables:
#   $path (String) - the database file
dir-info-file = File: { $path }
# Variables:
#   $path (String) - the data folder
dir-info-data-dir = Data folder: { $path }

## Command-line options that need fixing

# Variables:
#   $value (String) - the time as written
cli-bad-time = “{ $value }” is not a time like 2026-11-23T10:00:00Z.
