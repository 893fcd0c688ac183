# Problems in directory spreadsheets (the template in data/README.md), shown by
# `ponte validate`, `ponte directory build` and `ponte import csv`, and placing rows on the
# map. Read by NGO volunteers: say what is wrong and what to do.

## Reading the file

# Variables:
#   $reason (String) - what the operating system said
src-cannot-read = Hindi mabasa ang file: { $reason }
src-empty-file = Walang laman ang file: ang unang row nito ay dapat ang header, na may mga pangalan ng column.
src-header-not-utf8 = Hindi valid na UTF-8 ang header. I-save ang file bilang CSV (UTF-8).
# Variables:
#   $column (String) - a required column's name
src-missing-column = Walang column na “{ $column }” ang header. Tingnan ang data/README.md para sa mga column.
# Variables:
#   $column (String) - a column name
#   $first (String) - the number of the first column with that name
#   $second (String) - the number of the second one
src-duplicate-column = Dalawang beses lumalabas ang column na “{ $column }” (mga column { $first } at { $second }).
# Variables:
#   $lang (String) - the language code after the colon
#   $column (String) - the whole column name, like "name:xx"
src-unknown-column-language = Ang “{ $lang }” sa column na “{ $column }” ay hindi kilalang language code.
# Variables:
#   $cells (String) - cells in the row
#   $columns (String) - columns in the header
src-cell-count = May { $cells } cell ang row na ito pero may { $columns } column ang header: may kulang o sobrang kuwit, o panipi na hindi naisara?
# Variables:
#   $reason (String) - what the CSV reader said
src-bad-csv = Hindi valid na CSV ang file sa bahaging ito: { $reason }
# Variables:
#   $bytes (String) - the size of the cell
#   $limit (String) - the largest size allowed
src-too-long = May { $bytes } byte ang cell na ito; ang limit ay { $limit }.
# Variables:
#   $offset (String) - how many bytes of the cell are valid
src-bad-utf8 = Hindi valid na UTF-8 ang cell na ito (pagkatapos ng byte { $offset }). I-save ang file bilang CSV (UTF-8).

## One row

# Variables:
#   $id (String) - the repeated id
#   $where (String) - where it was first used, like "pt.csv:12"
src-duplicate-id = Nagamit na ang id na “{ $id }” sa { $where }. Kailangan ng bawat row ang sarili nitong id.
# Variables:
#   $column (String) - the column's name
src-required = Kailangan ang “{ $column }”.
# Variables:
#   $column (String) - the column's name, like "description"
src-translation-without-original = Walang laman ang “{ $column }” pero may mga salin ito: punan ang “{ $column }” sa sariling wika ng row.
# Variables:
#   $id (String) - the id as written
src-bad-id = Ang id na “{ $id }” ay puwede lang magkaroon ng maliliit na titik, numero, “.”, “_” at “-” (hanggang 100 character).
# Variables:
#   $value (String) - the value as written
src-bad-kind = Ang “{ $value }” ay wala sa mga ito: place, phone-line, emergency.
# Variables:
#   $value (String) - the value as written
src-bad-answer = Ang “{ $value }” ay wala sa mga ito: yes, no, unknown.
# Variables:
#   $code (String) - the code as written
src-bad-language = Ang “{ $code }” ay hindi kilalang language code (ISO 639-1 gaya ng “pt”, o ISO 639-3 gaya ng “kea”).
# Variables:
#   $code (String) - the code as written
#   $known (String) - the codes that exist, comma-separated
src-bad-need = Ang “{ $code }” ay hindi need code. Ang mga code ay: { $known }
src-needs-required = Kailangan ang “needs”: kahit isang need code.
# Variables:
#   $code (String) - the code as written
#   $known (String) - the codes that exist, comma-separated
src-bad-group = Ang “{ $code }” ay hindi group. Ang mga group ay: { $known }
# Variables:
#   $value (String) - the value as written
src-bad-country = Ang “{ $value }” ay hindi country code na may dalawang titik, gaya ng PT.
# Variables:
#   $value (String) - the value as written
src-bad-geonames-id = Ang “{ $value }” ay hindi GeoNames id (isang buong numero). Hanapin ito gamit ang: ponte places "Town, PT" --json
# Variables:
#   $value (String) - the value as written
src-bad-timezone = Ang “{ $value }” ay hindi time zone. Gumamit ng IANA name gaya ng Europe/Lisbon, o iwanan itong walang laman.
# Variables:
#   $hours (String) - the opening hours as written
#   $position (String) - the character where reading stopped, counted from 1
src-bad-hours = Hindi mabasa ang oras ng pagbubukas na “{ $hours }” mula sa character { $position }. Itinatago at ipinapakita ang teksto ayon sa pagkakasulat, at hindi alam kung “bukas ngayon”. Gamitin ang syntax ng OpenStreetMap, gaya ng Mo-Fr 09:00-17:00.
# Variables:
#   $value (String) - the value as written
src-bad-date = Ang “{ $value }” ay hindi petsa gaya ng 2024-03-19.
# Variables:
#   $value (String) - the date as written
src-future-date = Nasa hinaharap ang { $value }.
# Variables:
#   $value (String) - the value as written
src-bad-uncertainty = Ang “{ $value }” ay hindi distansiya sa metro (isang numero, 0 o higit pa).
# Variables:
#   $value (String) - the value as written
src-bad-precision = Ang “{ $value }” ay wala sa mga ito: exact, address, city, postal-code.
src-unplaceable = Kailangan ng isang lugar ang lat at lon, o kahit isang bayan sa “locality”, para makita ito sa mapa.
src-exact-without-coordinates = “exact” ang geo_precision pero walang laman ang lat at lon.
src-half-coordinates = Ibigay ang lat at lon pareho, o huwag ibigay ang dalawa.
src-null-island = Ang 0,0 ay nasa Karagatang Atlantiko: pansamantalang pamalit ito, hindi lokasyon.
# Variables:
#   $value (String) - the latitude as written
src-bad-latitude = Ang latitude na { $value } ay wala sa pagitan ng -90 at 90.
# Variables:
#   $value (String) - the longitude as written
src-bad-longitude = Ang longitude na { $value } ay wala sa pagitan ng -180 at 180.
# Variables:
#   $value (String) - the value as written
src-not-degrees = Ang “{ $value }” ay hindi decimal na bilang ng degrees, gaya ng 38.7249.
# Variables:
#   $number (String) - the number as written
src-bad-phone = Ang “{ $number }” ay hindi numero ng telepono: gumamit ng mga digit, espasyo at + sa unahan, at ilagay ang mga tala sa panaklong pagkatapos ng numero.

## Placing rows on the map

# Variables:
#   $value (String) - the code as written
place-bad-country = Ang “{ $value }” ay hindi ISO 3166-1 country code.
# Variables:
#   $id (String) - the GeoNames id
#   $name (String) - the place it names
#   $found (String) - that place's country
#   $country (String) - the row's country
place-geonames-other-country = Ang GeoNames id { $id } ay { $name } sa { $found }, hindi sa { $country }.
# Variables:
#   $id (String) - the GeoNames id
place-geonames-unknown = Wala ang GeoNames id { $id } sa offline na listahan ng mga lugar (mga bayang may 1,000 tao o higit pa sa mga bansa ng default na direktoryo, 5,000 o higit pa sa ibang lugar). Ibigay na lang ang lat at lon.
# Variables:
#   $town (String) - the town as written
#   $country (String) - the row's country code
place-town-not-found = Wala ang bayang “{ $town }” sa offline na listahan ng mga lugar para sa { $country }. Idagdag ang lat at lon, o ang geonames_id ng bayan (subukan: ponte places "{ $town }, { $country }" --json).
# Variables:
#   $count (String) - how many towns have the name
#   $country (String) - the row's country code
#   $town (String) - the town as written
#   $list (String) - the towns, with their geonames_id, coordinates and population
place-ambiguous-town = { $count } bayan sa { $country } ang may pangalang “{ $town }”: { $list }. Idagdag ang tamang geonames_id (o lat at lon) para hindi mailagay ang row sa maling bayan.
# Variables:
#   $km (String) - the distance in kilometres
#   $place (String) - the nearest town to the coordinates
#   $found (String) - that town's country code
#   $country (String) - the row's country code
place-outside-country = { $km } km ang layo ng coordinates mula sa { $place } ({ $found }), pero ang bansa ay { $country }: nagkapalit ba ang lat at lon, o mali ang bansa?

## Labels in reports

diag-error = error
diag-warning = babala
# Variables:
#   $count (Number) - how many errors
diag-nothing-changed = { $count ->
    [one] { $count } error sa mga source: walang binuo o binago.
   *[other] { $count } error sa mga source: walang binuo o binago.
}

## ponte directory build and ponte directory info

# Variables:
#   $file (String) - the database written
#   $count (Number) - services in it
#   $placed (Number) - how many were placed at their town's centre
dir-built = { $file }: { $count ->
    [one] { $count } serbisyo
   *[other] { $count } serbisyo
} ({ $placed } ang inilagay sa gitna ng kanilang bayan)
# Variables:
#   $bundle (String) - the directory's bundle id
#   $sequence (String) - its sequence number
dir-info-bundle = Bundle: { $bundle } (sequence { $sequence })
# Variables:
#   $count (Number) - services in the directory
dir-info-services = Mga serbisyo: { $count }
# Variables:
#   $path (String) - the database file
dir-info-file = File: { $path }
# Variables:
#   $path (String) - the data folder
dir-info-data-dir = Folder ng data: { $path }

## Command-line options that need fixing

# Variables:
#   $value (String) - the time as written
cli-bad-time = Ang “{ $value }” ay hindi oras gaya ng 2026-11-23T10:00:00Z.
