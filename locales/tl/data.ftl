# NGO data in and out: HSDS and spreadsheet import, export and validation
# (`ponte import`, `ponte export`, `ponte validate`). Read by NGO volunteers: plain words,
# and always what to do.

## Problems in the files themselves (nothing is imported while one stands)

# Variables:
#   $table (String) - the HSDS table, like "location"
#   $field (String) - the field, like "latitude"
#   $expected (String) - what the field must hold, like "a number"
#   $value (String) - the value found
data-bad-type = Ang { $table }.{ $field } ay dapat { $expected }, pero { $value } ang laman nito.
# Variables:
#   $table (String) - the HSDS table, like "service"
data-missing-id = Walang id ang { $table } na ito. Kailangan ng id ng bawat service, location, organization at service_at_location.
data-bad-utf8 = Hindi valid na UTF-8 ang tekstong ito. I-save ang file bilang UTF-8 (sa spreadsheet: “CSV UTF-8”).
# Variables:
#   $reason (String) - what the JSON reader said
data-bad-json = Hindi ito valid na JSON: { $reason }.
# Variables:
#   $table (String) - the file or table name
data-unknown-table = Ang { $table } ay hindi HSDS table na kilala ng Ponte; hindi ito binasa.
data-no-records = Walang nahanap na HSDS record sa file na ito.
data-unknown-object = Hindi matukoy ng Ponte kung anong uri ng HSDS object ito (service, organization, location o service_at_location).
# Variables:
#   $bytes (String) - the size of the value
#   $limit (String) - the largest size allowed
data-too-long = { $bytes } byte ang haba ng value na ito; ang limit ay { $limit }. Ang ganito kahabang value ay tanda ng sirang file, hindi datos ng isang serbisyo.
# Variables:
#   $cells (String) - cells in the row
#   $columns (String) - columns in the header
data-cell-count = May { $cells } cell ang row na ito pero may { $columns } column ang header: may kulang o sobrang kuwit, o may quote na hindi naisara?
# Variables:
#   $reason (String) - what the CSV reader said
data-bad-csv = Hindi valid na CSV ang file sa bahaging ito: { $reason }.
# Variables:
#   $table (String) - the HSDS table
#   $value (String) - the id
data-duplicate-row = May ibang { $table } row na may id na “{ $value }”. Kailangan ng bawat row ng sarili nitong id.
# Variables:
#   $table (String) - the table of the row
#   $field (String) - the link field, like "location_id"
#   $target (String) - the table it points to
#   $value (String) - the id it names
data-unknown-reference = Binabanggit ng { $table }.{ $field } ang { $target } na “{ $value }”, na wala sa datos. Kung wala ito, hindi magagamit ang row na ito: idagdag ang { $target } o itama ang id.
# Variables:
#   $table (String) - the table of the row
#   $field (String) - the link field
#   $target (String) - the table it points to
#   $value (String) - the id it names
data-dangling-reference = Binabanggit ng { $table }.{ $field } ang { $target } na “{ $value }”, na wala sa datos. Itinago ang value ayon sa pagkakasulat.

## Mapping HSDS to Ponte

# Variables:
#   $need (String) - the need code given, like "health.mental"
#   $keyword (String) - the word that matched, like "counselling"
#   $text (String) - the name it was found in
data-needs-from-name = Walang taxonomy term na nagsasabi kung ano ang iniaalok ng serbisyong ito, kaya kinuha ang uri ng tulong na { $need } mula sa salitang “{ $keyword }” sa “{ $text }”. Tingnan ito.
# Variables:
#   $value (String) - the language as written
data-unknown-language-name = Ang “{ $value }” ay hindi wikang kilala ng Ponte; itinago ito sa HSDS data pero hindi nakalista bilang wikang ginagamit.
# Variables:
#   $lat (String) - the latitude given
#   $lon (String) - the longitude given
data-impossible-coordinates = Ang coordinates na { $lat }, { $lon } ay hindi lugar sa mundo. Hindi ginamit ang mga ito (inilalagay ang record batay sa address nito kung posible) at itinago ayon sa pagkakasulat.
# Variables:
#   $value (String) - the phone number as written
data-unreadable-phone = Ang “{ $value }” ay hindi numero ng telepono na matatawagan ng Ponte; itinago ito sa HSDS data pero hindi ipinapakita.
# Variables:
#   $reason (String) - which part of the schedule, like "byweekno"
data-schedules-not-hours = Gumagamit ang mga schedule ng { $reason }, na hindi magawang oras ng pagbubukas ng Ponte; itinago ang mga ito ayon sa pagkakasulat at hindi alam kung “bukas ngayon”.
data-no-services = Walang serbisyo (service) sa datos na ito, kaya walang ii-import (hindi service point ang mga organization at location lang).
# Variables:
#   $lang (String) - the language code assumed
data-assumed-language = Hindi sinasabi ng HSDS kung anong wika ang mga teksto; inakala ng Ponte na “{ $lang }” ito. Kung mali, mag-import ulit gamit ang --text-lang.
# Variables:
#   $value (String) - the Ponte id
#   $other (String) - where the first record with this id is
data-duplicate-id = Dalawang record ang magkakaroon ng parehong Ponte id na “{ $value }” (nasa { $other } ang isa pa). Gamitin ang --id-prefix o itama ang mga id.

## ponte validate: what to fix before publishing

data-unplaced = Walang coordinates ang lugar na ito at walang bayang mahanap ang Ponte, kaya hindi ito maipakita sa mapa. Idagdag ang lat at lon, o ang bayan (locality).
# Variables:
#   $value (String) - the phone number
#   $country (String) - the record's country code, like "PT"
data-phone-unreadable = Hindi mabasa ang “{ $value }” bilang numero ng telepono sa { $country }. Isulat ito kasama ang country code, gaya ng +351 21 000 0000.
# Variables:
#   $value (String) - the phone number
#   $country (String) - the record's country code
data-phone-not-valid = Mukhang hindi ginagamit na numero sa { $country } ang “{ $value }” (maling haba o prefix?). Tingnan ito.
# Variables:
#   $date (String) - the verified_at date
#   $months (String) - the staleness threshold in months
data-stale = Huling kinumpirma noong { $date }, mahigit { $months } buwan na ang nakalipas. Tingnan kung tama pa ito at i-update ang verified_at.
# Variables:
#   $value (String) - the source as written
data-source-not-public = Ang source na “{ $value }” ay file sa isang computer, na hindi mabubuksan ng mga mambabasa. Magbigay ng web address o pangalan ng dokumento (para sa HSDS: mag-import gamit ang --source).
# Variables:
#   $other (String) - the id of the other record
#   $metres (String) - the distance between them in metres
data-likely-duplicate = Kapareho ng pangalan ng { $other }, { $metres } m ang layo: dalawang beses bang naipasok ang iisang lugar?

## ponte import / export / validate: summaries

# Variables:
#   $services (Number) - records read
#   $errors (Number) - errors found
#   $warnings (Number) - warnings found
data-summary = { $services ->
    [one] { $services } record
   *[other] { $services } record
}, { $errors ->
    [one] { $errors } error
   *[other] { $errors } error
}, { $warnings ->
    [one] { $warnings } babala
   *[other] { $warnings } babala
}.
# Variables:
#   $source (Number) - places with coordinates from the source
#   $city (Number) - places put at their town's centre
#   $postal (Number) - places put at their postal code's centre
#   $unplaced (Number) - places not placed
data-placement = Mga lugar: { $source } may coordinates mula sa source, { $city } nasa gitna ng kanilang bayan, { $postal } nasa gitna ng lugar ng kanilang postal code, { $unplaced } hindi nailagay.
# Variables:
#   $count (Number) - places placed by town that gave a postal code
data-postal-not-used = { $count ->
    [one] { $count } lugar ang nagbigay ng postal code na hindi nagamit: wala pang offline na datos ng postal code ang Ponte, kaya inilagay sa gitna ng bayan.
   *[other] { $count } lugar ang nagbigay ng postal code na hindi nagamit: wala pang offline na datos ng postal code ang Ponte, kaya inilagay sa gitna ng bayan.
}
# Variables:
#   $id (String) - the record's id
#   $reason (String) - why it was not placed
data-unplaced-item = hindi nailagay: { $id }: { $reason }
data-fix-errors = Ayusin ang mga error sa itaas: walang naisulat.
# Variables:
#   $path (String) - the file or folder written
data-written = Naisulat: { $path }
# Variables:
#   $count (Number) - records exported
#   $path (String) - where
data-exported = { $count ->
    [one] Na-export ang { $count } record sa { $path }.
   *[other] Na-export ang { $count } record sa { $path }.
}
# Variables:
#   $done (Number) - records done
#   $total (Number) - records in all
data-progress = { $done } sa { $total }…
data-example-row = Ito ang halimbawang row ng template: burahin ito bago mag-publish.
# Variables:
#   $count (Number) - records without a point
data-geojson-left-out = { $count ->
    [one] { $count } record ang walang point sa mapa (linya ng telepono, o lugar na wala pa sa mapa) kaya wala sa GeoJSON.
   *[other] { $count } record ang walang point sa mapa (linya ng telepono, o lugar na wala pa sa mapa) kaya wala sa GeoJSON.
}

## ponte import / export: bad options

# Variables:
#   $value (String) - what was given
data-bad-text-lang = Ang --text-lang “{ $value }” ay hindi language code (ISO 639-1 o 639-3, gaya ng pt o kea).
# Variables:
#   $value (String) - what was given
data-bad-verified-at = Ang --verified-at “{ $value }” ay hindi petsa na gaya ng 2024-03-19.
# Variables:
#   $path (String) - the source given
data-looks-like-hsds = Mukhang HSDS ang { $path }: gamitin ang `ponte import hsds`.
# Variables:
#   $path (String) - the source given
data-not-hsds = Hindi HSDS ang { $path } (isang .json file, o folder na may HSDS CSV package): gamitin ang `ponte import csv` para sa template.
