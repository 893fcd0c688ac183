# NGO data in and out: HSDS and spreadsheet import, export and validation
# (`ponte import`, `ponte export`, `ponte validate`). Read by NGO volunteers: plain words,
# and always what to do.


## Problems in the files themselves (nothing is imported while one stands)

# Variables:
#   $table (String) - the HSDS table, like "location"
#   $field (String) - the field, like "latitude"
#   $expected (String) - what the field must hold, like "a number"
#   $value (String) - the value found
data-bad-type = { $table }.{ $field } ຕ້ອງເປັນ { $expected }, ແຕ່ມັນແມ່ນ { $value }.
# Variables:
#   $table (String) - the HSDS table, like "service"
data-missing-id = { $table } ນີ້ບໍ່ມີ id. ທຸກ service, location, organization ແລະ service_at_location ຕ້ອງມີ id.
data-bad-utf8 = ຂໍ້ຄວາມນີ້ບໍ່ແມ່ນ UTF-8 ທີ່ຖືກຕ້ອງ. ໃຫ້ບັນທຶກໄຟລ໌ເປັນ UTF-8 (ໃນໂປຣແກຣມຕາຕະລາງ ໃຫ້ເລືອກ “CSV UTF-8”).
# Variables:
#   $reason (String) - what the JSON reader said
data-bad-json = ນີ້ບໍ່ແມ່ນ JSON ທີ່ຖືກຕ້ອງ: { $reason }.
# Variables:
#   $table (String) - the file or table name
data-unknown-table = { $table } ບໍ່ແມ່ນຕາຕະລາງ HSDS ທີ່ Ponte ຮູ້ຈັກ; ມັນບໍ່ໄດ້ຖືກອ່ານ.
data-no-records = ບໍ່ພົບລາຍການ HSDS ໃນໄຟລ໌ນີ້.
data-unknown-object = Ponte ບອກບໍ່ໄດ້ວ່ານີ້ແມ່ນຂໍ້ມູນ HSDS ປະເພດໃດ (service, organization, location ຫຼື service_at_location).
# Variables:
#   $bytes (String) - the size of the value
#   $limit (String) - the largest size allowed
data-too-long = ຄ່ານີ້ຍາວ { $bytes } ໄບ; ຂີດຈຳກັດແມ່ນ { $limit }. ຄ່າທີ່ຍາວຂະໜາດນີ້ສະແດງວ່າໄຟລ໌ເສຍ, ບໍ່ແມ່ນຂໍ້ມູນຂອງບໍລິການ.
# Variables:
#   $cells (String) - cells in the row
#   $columns (String) - columns in the header
data-cell-count = ແຖວນີ້ມີ { $cells } ຫ້ອງ ແຕ່ແຖວຫົວຕາຕະລາງມີ { $columns } ຖັນ: ອາດຂາດ ຫຼື ເກີນເຄື່ອງໝາຍຈຸດ (,), ຫຼື ມີເຄື່ອງໝາຍວົງຢືມ (") ທີ່ບໍ່ໄດ້ປິດບໍ?
# Variables:
#   $reason (String) - what the CSV reader said
data-bad-csv = ໄຟລ໌ບໍ່ແມ່ນ CSV ທີ່ຖືກຕ້ອງຢູ່ບ່ອນນີ້: { $reason }.
# Variables:
#   $table (String) - the HSDS table
#   $value (String) - the id
data-duplicate-row = ມີແຖວ { $table } ອື່ນທີ່ໃຊ້ id “{ $value }” ແລ້ວ. ແຕ່ລະແຖວຕ້ອງມີ id ຂອງຕົນເອງ.
# Variables:
#   $table (String) - the table of the row
#   $field (String) - the link field, like "location_id"
#   $target (String) - the table it points to
#   $value (String) - the id it names
data-unknown-reference = { $table }.{ $field } ອ້າງເຖິງ { $target } “{ $value }”, ເຊິ່ງບໍ່ມີໃນຂໍ້ມູນ. ຖ້າບໍ່ມີມັນ ແຖວນີ້ໃຊ້ບໍ່ໄດ້: ໃຫ້ເພີ່ມ { $target } ນັ້ນ ຫຼື ແກ້ id ໃຫ້ຖືກ.
# Variables:
#   $table (String) - the table of the row
#   $field (String) - the link field
#   $target (String) - the table it points to
#   $value (String) - the id it names
data-dangling-reference = { $table }.{ $field } ອ້າງເຖິງ { $target } “{ $value }”, ເຊິ່ງບໍ່ມີໃນຂໍ້ມູນ. ຄ່ານີ້ຖືກເກັບໄວ້ຕາມທີ່ຂຽນ.

## Mapping HSDS to Ponte

# Variables:
#   $need (String) - the need code given, like "health.mental"
#   $keyword (String) - the word that matched, like "counselling"
#   $text (String) - the name it was found in
data-needs-from-name = ບໍ່ມີຄຳໃນ taxonomy ທີ່ບອກວ່າບໍລິການນີ້ໃຫ້ຫຍັງ, ສະນັ້ນປະເພດຄວາມຊ່ວຍເຫຼືອ { $need } ຈຶ່ງເອົາມາຈາກຄຳວ່າ “{ $keyword }” ໃນ “{ $text }”. ກະລຸນາກວດເບິ່ງ.
# Variables:
#   $value (String) - the language as written
data-unknown-language-name = “{ $value }” ບໍ່ແມ່ນພາສາທີ່ Ponte ຮູ້ຈັກ; ມັນຍັງຖືກເກັບໄວ້ໃນຂໍ້ມູນ HSDS ແຕ່ບໍ່ໄດ້ສະແດງເປັນພາສາທີ່ເວົ້າໄດ້.
# Variables:
#   $lat (String) - the latitude given
#   $lon (String) - the longitude given
data-impossible-coordinates = ພິກັດ { $lat }, { $lon } ບໍ່ແມ່ນບ່ອນໃດເທິງໂລກ. ມັນບໍ່ໄດ້ຖືກໃຊ້ (ຖ້າເປັນໄປໄດ້ ຈະລະບຸທີ່ຕັ້ງຈາກທີ່ຢູ່ແທນ) ແລະ ຖືກເກັບໄວ້ຕາມທີ່ຂຽນ.
# Variables:
#   $value (String) - the phone number as written
data-unreadable-phone = “{ $value }” ບໍ່ແມ່ນເບີໂທທີ່ Ponte ໂທໄດ້; ມັນຍັງຖືກເກັບໄວ້ໃນຂໍ້ມູນ HSDS ແຕ່ບໍ່ໄດ້ສະແດງ.
# Variables:
#   $reason (String) - which part of the schedule, like "byweekno"
data-schedules-not-hours = ຕາຕະລາງເວລາ (schedule) ໃຊ້ { $reason }, ເຊິ່ງ Ponte ປ່ຽນເປັນເວລາເປີດ-ປິດບໍ່ໄດ້; ມັນຖືກເກັບໄວ້ຕາມທີ່ຂຽນ ແລະ ຈະບໍ່ຮູ້ວ່າ “ດຽວນີ້ເປີດ” ຫຼື ບໍ່.
data-no-services = ບໍ່ມີ service ໃນຂໍ້ມູນນີ້, ສະນັ້ນບໍ່ມີຫຍັງຈະນຳເຂົ້າ (organization ແລະ location ຢ່າງດຽວ ບໍ່ແມ່ນຈຸດໃຫ້ບໍລິການ).
# Variables:
#   $lang (String) - the language code assumed
data-assumed-language = HSDS ບໍ່ໄດ້ບອກວ່າຂໍ້ຄວາມເປັນພາສາຫຍັງ; Ponte ຖືວ່າເປັນ “{ $lang }”. ຖ້າບໍ່ຖືກ, ໃຫ້ນຳເຂົ້າໃໝ່ດ້ວຍ --text-lang.
# Variables:
#   $value (String) - the Ponte id
#   $other (String) - where the first record with this id is
data-duplicate-id = ມີສອງລາຍການທີ່ຈະໄດ້ id ຂອງ Ponte ເປັນ “{ $value }” (ອີກລາຍການຢູ່ທີ່ { $other }). ໃຊ້ --id-prefix ຫຼື ແກ້ id.

## ponte validate: what to fix before publishing

data-unplaced = ບ່ອນນີ້ບໍ່ມີພິກັດ ແລະ ບໍ່ມີເມືອງທີ່ Ponte ຊອກພົບ, ສະນັ້ນຈຶ່ງສະແດງເທິງແຜນທີ່ບໍ່ໄດ້. ໃຫ້ເພີ່ມ lat ແລະ lon, ຫຼື ເມືອງ (locality).
# Variables:
#   $value (String) - the phone number
#   $country (String) - the record's country code, like "PT"
data-phone-unreadable = ອ່ານ “{ $value }” ເປັນເບີໂທໃນ { $country } ບໍ່ໄດ້. ໃຫ້ຂຽນພ້ອມລະຫັດປະເທດ ເຊັ່ນ +351 21 000 0000.
# Variables:
#   $value (String) - the phone number
#   $country (String) - the record's country code
data-phone-not-valid = “{ $value }” ເບິ່ງບໍ່ຄືເບີທີ່ໃຊ້ຢູ່ໃນ { $country } (ຄວາມຍາວ ຫຼື ລະຫັດນຳໜ້າຜິດບໍ?). ກະລຸນາກວດເບິ່ງ.
# Variables:
#   $date (String) - the verified_at date
#   $months (String) - the staleness threshold in months
data-stale = ຢືນຢັນຄັ້ງສຸດທ້າຍເມື່ອ { $date }, ເກີນ { $months } ເດືອນແລ້ວ. ກວດເບິ່ງວ່າຍັງຖືກຕ້ອງຢູ່ ແລ້ວອັບເດດ verified_at.
# Variables:
#   $value (String) - the source as written
data-source-not-public = ແຫຼ່ງຂໍ້ມູນ “{ $value }” ເປັນໄຟລ໌ໃນຄອມພິວເຕີ, ເຊິ່ງຜູ້ອ່ານເປີດບໍ່ໄດ້. ໃຫ້ໃສ່ທີ່ຢູ່ເວັບ ຫຼື ຊື່ເອກະສານ (ສຳລັບ HSDS: ນຳເຂົ້າດ້ວຍ --source).
# Variables:
#   $other (String) - the id of the other record
#   $metres (String) - the distance between them in metres
data-likely-duplicate = ຊື່ດຽວກັບ { $other }, ຫ່າງກັນ { $metres } ແມັດ: ເປັນບ່ອນດຽວກັນທີ່ປ້ອນສອງເທື່ອບໍ?

## ponte import / export / validate: summaries

# Variables:
#   $services (Number) - records read
#   $errors (Number) - errors found
#   $warnings (Number) - warnings found
data-summary =
    { $services ->
       *[other] { $services } ລາຍການ
    }, { $errors ->
       *[other] ຂໍ້ຜິດພາດ { $errors } ຂໍ້
    }, { $warnings ->
       *[other] ຄຳເຕືອນ { $warnings } ຂໍ້
    }.
# Variables:
#   $source (Number) - places with coordinates from the source
#   $city (Number) - places put at their town's centre
#   $postal (Number) - places put at their postal code's centre
#   $unplaced (Number) - places not placed
data-placement = ສະຖານທີ່: ມີພິກັດຈາກແຫຼ່ງຂໍ້ມູນ { $source } ບ່ອນ, ຢູ່ໃຈກາງເມືອງ { $city } ບ່ອນ, ຢູ່ໃຈກາງເຂດລະຫັດໄປສະນີ { $postal } ບ່ອນ, ຍັງບໍ່ໄດ້ລະບຸທີ່ຕັ້ງ { $unplaced } ບ່ອນ.
# Variables:
#   $count (Number) - places placed by town that gave a postal code
data-postal-not-used =
    { $count ->
       *[other] { $count } ບ່ອນໃຫ້ລະຫັດໄປສະນີທີ່ບໍ່ໄດ້ໃຊ້: Ponte ຍັງບໍ່ມີຂໍ້ມູນລະຫັດໄປສະນີແບບອອບລາຍ, ສະນັ້ນຈຶ່ງວາງໄວ້ຢູ່ໃຈກາງເມືອງຂອງແຕ່ລະບ່ອນ.
    }
# Variables:
#   $id (String) - the record's id
#   $reason (String) - why it was not placed
data-unplaced-item = ຍັງບໍ່ໄດ້ລະບຸທີ່ຕັ້ງ: { $id }: { $reason }
data-fix-errors = ແກ້ຂໍ້ຜິດພາດຂ້າງເທິງ: ຍັງບໍ່ມີຫຍັງຖືກຂຽນ.
# Variables:
#   $path (String) - the file or folder written
data-written = ຂຽນແລ້ວ: { $path }
# Variables:
#   $count (Number) - records exported
#   $path (String) - where
data-exported =
    { $count ->
       *[other] ສົ່ງອອກ { $count } ລາຍການໄປທີ່ { $path } ແລ້ວ.
    }
# Variables:
#   $done (Number) - records done
#   $total (Number) - records in all
data-progress = { $done } ຈາກ { $total }…
data-example-row = ນີ້ແມ່ນແຖວຕົວຢ່າງຂອງແບບຟອມ: ລຶບອອກກ່ອນເຜີຍແຜ່.
# Variables:
#   $count (Number) - records without a point
data-geojson-left-out =
    { $count ->
       *[other] { $count } ລາຍການບໍ່ມີຈຸດພິກັດ (ສາຍດ່ວນ, ຫຼື ບ່ອນທີ່ຍັງບໍ່ຢູ່ເທິງແຜນທີ່) ແລະ ບໍ່ຢູ່ໃນ GeoJSON.
    }

## ponte import / export: bad options

# Variables:
#   $value (String) - what was given
data-bad-text-lang = --text-lang “{ $value }” ບໍ່ແມ່ນລະຫັດພາສາ (ISO 639-1 ຫຼື 639-3, ເຊັ່ນ pt ຫຼື kea).
# Variables:
#   $value (String) - what was given
data-bad-verified-at = --verified-at “{ $value }” ບໍ່ແມ່ນວັນທີແບບ 2024-03-19.
# Variables:
#   $path (String) - the source given
data-looks-like-hsds = { $path } ເບິ່ງຄືເປັນ HSDS: ໃຫ້ໃຊ້ `ponte import hsds`.
# Variables:
#   $path (String) - the source given
data-not-hsds = { $path } ບໍ່ແມ່ນ HSDS (ໄຟລ໌ .json, ຫຼື ໂຟນເດີທີ່ມີແພັກເກັດ HSDS CSV): ສຳລັບແບບຟອມ ໃຫ້ໃຊ້ `ponte import csv`.
