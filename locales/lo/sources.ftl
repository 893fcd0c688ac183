# Problems in directory spreadsheets (the template in data/README.md), shown by
# `ponte validate`, `ponte directory build` and `ponte import csv`, and placing rows on the
# map. Read by NGO volunteers: say what is wrong and what to do.

## Reading the file

# Variables:
#   $reason (String) - what the operating system said
src-cannot-read = ອ່ານໄຟລ໌ບໍ່ໄດ້: { $reason }
src-empty-file = ໄຟລ໌ຫວ່າງເປົ່າ: ແຖວທຳອິດຕ້ອງເປັນແຖວຫົວຕາຕະລາງ ທີ່ມີຊື່ຖັນ.
src-header-not-utf8 = ແຖວຫົວຕາຕະລາງບໍ່ແມ່ນ UTF-8 ທີ່ຖືກຕ້ອງ. ໃຫ້ບັນທຶກໄຟລ໌ເປັນ CSV (UTF-8).
# Variables:
#   $column (String) - a required column's name
src-missing-column = ແຖວຫົວຕາຕະລາງບໍ່ມີຖັນ “{ $column }”. ເບິ່ງລາຍຊື່ຖັນໃນ data/README.md.
# Variables:
#   $column (String) - a column name
#   $first (String) - the number of the first column with that name
#   $second (String) - the number of the second one
src-duplicate-column = ຖັນ “{ $column }” ມີສອງເທື່ອ (ຖັນທີ { $first } ແລະ { $second }).
# Variables:
#   $lang (String) - the language code after the colon
#   $column (String) - the whole column name, like "name:xx"
src-unknown-column-language = “{ $lang }” ໃນຖັນ “{ $column }” ບໍ່ແມ່ນລະຫັດພາສາທີ່ຮູ້ຈັກ.
# Variables:
#   $cells (String) - cells in the row
#   $columns (String) - columns in the header
src-cell-count = ແຖວນີ້ມີ { $cells } ຫ້ອງ ແຕ່ແຖວຫົວຕາຕະລາງມີ { $columns } ຖັນ: ອາດຂາດ ຫຼື ເກີນເຄື່ອງໝາຍຈຸດ, ຫຼື ມີເຄື່ອງໝາຍວົງຢືມທີ່ບໍ່ໄດ້ປິດບໍ?
# Variables:
#   $reason (String) - what the CSV reader said
src-bad-csv = ໄຟລ໌ບໍ່ແມ່ນ CSV ທີ່ຖືກຕ້ອງຢູ່ບ່ອນນີ້: { $reason }
# Variables:
#   $bytes (String) - the size of the cell
#   $limit (String) - the largest size allowed
src-too-long = ຫ້ອງນີ້ມີ { $bytes } ໄບ; ຂີດຈຳກັດແມ່ນ { $limit }.
# Variables:
#   $offset (String) - how many bytes of the cell are valid
src-bad-utf8 = ຫ້ອງນີ້ບໍ່ແມ່ນ UTF-8 ທີ່ຖືກຕ້ອງ (ຫຼັງໄບທີ { $offset }). ໃຫ້ບັນທຶກໄຟລ໌ເປັນ CSV (UTF-8).

## One row

# Variables:
#   $id (String) - the repeated id
#   $where (String) - where it was first used, like "pt.csv:12"
src-duplicate-id = id “{ $id }” ຖືກໃຊ້ແລ້ວຢູ່ທີ່ { $where }. ແຕ່ລະແຖວຕ້ອງມີ id ຂອງຕົນເອງ.
# Variables:
#   $column (String) - the column's name
src-required = ຕ້ອງໃສ່ “{ $column }”.
# Variables:
#   $column (String) - the column's name, like "description"
src-translation-without-original = “{ $column }” ຫວ່າງຢູ່ ແຕ່ມີຄຳແປ: ໃຫ້ໃສ່ “{ $column }” ເປັນພາສາຂອງແຖວນັ້ນເອງ.
# Variables:
#   $id (String) - the id as written
src-bad-id = id “{ $id }” ໃຊ້ໄດ້ສະເພາະຕົວອັກສອນນ້ອຍ, ຕົວເລກ, “.”, “_” ແລະ “-” (ບໍ່ເກີນ 100 ຕົວອັກສອນ).
# Variables:
#   $value (String) - the value as written
src-bad-kind = “{ $value }” ບໍ່ແມ່ນອັນໃດອັນໜຶ່ງໃນ: place, phone-line, emergency.
# Variables:
#   $value (String) - the value as written
src-bad-answer = “{ $value }” ບໍ່ແມ່ນອັນໃດອັນໜຶ່ງໃນ: yes, no, unknown.
# Variables:
#   $code (String) - the code as written
src-bad-language = “{ $code }” ບໍ່ແມ່ນລະຫັດພາສາທີ່ຮູ້ຈັກ (ISO 639-1 ເຊັ່ນ “pt”, ຫຼື ISO 639-3 ເຊັ່ນ “kea”).
# Variables:
#   $code (String) - the code as written
#   $known (String) - the codes that exist, comma-separated
src-bad-need = “{ $code }” ບໍ່ແມ່ນລະຫັດປະເພດຄວາມຊ່ວຍເຫຼືອ (need). ລະຫັດທີ່ມີແມ່ນ: { $known }
src-needs-required = ຕ້ອງໃສ່ “needs”: ຢ່າງໜ້ອຍໜຶ່ງລະຫັດປະເພດຄວາມຊ່ວຍເຫຼືອ.
# Variables:
#   $code (String) - the code as written
#   $known (String) - the codes that exist, comma-separated
src-bad-group = “{ $code }” ບໍ່ແມ່ນກຸ່ມ. ກຸ່ມທີ່ມີແມ່ນ: { $known }
# Variables:
#   $value (String) - the value as written
src-bad-country = “{ $value }” ບໍ່ແມ່ນລະຫັດປະເທດສອງຕົວອັກສອນ ເຊັ່ນ PT.
# Variables:
#   $value (String) - the value as written
src-bad-geonames-id = “{ $value }” ບໍ່ແມ່ນ GeoNames id (ຕ້ອງເປັນຈຳນວນເຕັມ). ຊອກຫາໄດ້ດ້ວຍ: ponte places "Town, PT" --json
# Variables:
#   $value (String) - the value as written
src-bad-timezone = “{ $value }” ບໍ່ແມ່ນເຂດເວລາ. ໃຫ້ໃຊ້ຊື່ IANA ເຊັ່ນ Europe/Lisbon, ຫຼື ປ່ອຍຫວ່າງໄວ້.
# Variables:
#   $hours (String) - the opening hours as written
#   $position (String) - the character where reading stopped, counted from 1
src-bad-hours = ອ່ານເວລາເປີດ-ປິດ “{ $hours }” ບໍ່ໄດ້ຕັ້ງແຕ່ຕົວອັກສອນທີ { $position }. ຂໍ້ຄວາມຈະຖືກເກັບໄວ້ ແລະ ສະແດງຕາມທີ່ຂຽນ, ແລະ ຈະບໍ່ຮູ້ວ່າ “ດຽວນີ້ເປີດ” ຫຼື ບໍ່. ໃຫ້ໃຊ້ຮູບແບບຂອງ OpenStreetMap ເຊັ່ນ Mo-Fr 09:00-17:00.
# Variables:
#   $value (String) - the value as written
src-bad-date = “{ $value }” ບໍ່ແມ່ນວັນທີແບບ 2024-03-19.
# Variables:
#   $value (String) - the date as written
src-future-date = { $value } ເປັນວັນທີໃນອະນາຄົດ.
# Variables:
#   $value (String) - the value as written
src-bad-uncertainty = “{ $value }” ບໍ່ແມ່ນໄລຍະທາງເປັນແມັດ (ຕົວເລກຕັ້ງແຕ່ 0 ຂຶ້ນໄປ).
# Variables:
#   $value (String) - the value as written
src-bad-precision = “{ $value }” ບໍ່ແມ່ນອັນໃດອັນໜຶ່ງໃນ: exact, address, city, postal-code.
src-unplaceable = ສະຖານທີ່ຕ້ອງມີ lat ແລະ lon, ຫຼື ຢ່າງໜ້ອຍມີຊື່ເມືອງໃນ “locality”, ຈຶ່ງຈະຊອກພົບເທິງແຜນທີ່.
src-exact-without-coordinates = geo_precision ແມ່ນ “exact” ແຕ່ lat ແລະ lon ຫວ່າງຢູ່.
src-half-coordinates = ໃສ່ທັງ lat ແລະ lon, ຫຼື ບໍ່ໃສ່ທັງສອງ.
src-null-island = 0,0 ຢູ່ໃນມະຫາສະໝຸດແອັດແລນຕິກ: ເປັນຄ່າທີ່ໃສ່ແທນໄວ້ຊົ່ວຄາວ, ບໍ່ແມ່ນທີ່ຕັ້ງແທ້.
# Variables:
#   $value (String) - the latitude as written
src-bad-latitude = ເສັ້ນຂະໜານ (latitude) { $value } ບໍ່ຢູ່ລະຫວ່າງ -90 ແລະ 90.
# Variables:
#   $value (String) - the longitude as written
src-bad-longitude = ເສັ້ນແວງ (longitude) { $value } ບໍ່ຢູ່ລະຫວ່າງ -180 ແລະ 180.
# Variables:
#   $value (String) - the value as written
src-not-degrees = “{ $value }” ບໍ່ແມ່ນອົງສາແບບທົດສະນິຍົມ ເຊັ່ນ 38.7249.
# Variables:
#   $number (String) - the number as written
src-bad-phone = “{ $number }” ບໍ່ແມ່ນເບີໂທ: ໃຊ້ຕົວເລກ, ຍະຫວ່າງ ແລະ ເຄື່ອງໝາຍ + ຂ້າງໜ້າ, ແລະ ໃສ່ໝາຍເຫດໃນວົງເລັບຫຼັງເບີ.

## Placing rows on the map

# Variables:
#   $value (String) - the code as written
place-bad-country = “{ $value }” ບໍ່ແມ່ນລະຫັດປະເທດ ISO 3166-1.
# Variables:
#   $id (String) - the GeoNames id
#   $name (String) - the place it names
#   $found (String) - that place's country
#   $country (String) - the row's country
place-geonames-other-country = GeoNames id { $id } ແມ່ນ { $name } ໃນ { $found }, ບໍ່ແມ່ນໃນ { $country }.
# Variables:
#   $id (String) - the GeoNames id
place-geonames-unknown = GeoNames id { $id } ບໍ່ຢູ່ໃນຖານຂໍ້ມູນຊື່ສະຖານທີ່ແບບອອບລາຍ (ເມືອງທີ່ມີປະຊາກອນ 1,000 ຄົນຂຶ້ນໄປ ໃນປະເທດຂອງລາຍຊື່ບໍລິການເລີ່ມຕົ້ນ, 5,000 ຄົນຂຶ້ນໄປ ໃນບ່ອນອື່ນ). ໃຫ້ໃສ່ lat ແລະ lon ແທນ.
# Variables:
#   $town (String) - the town as written
#   $country (String) - the row's country code
place-town-not-found = ບໍ່ມີເມືອງ “{ $town }” ໃນຖານຂໍ້ມູນຊື່ສະຖານທີ່ແບບອອບລາຍສຳລັບ { $country }. ໃຫ້ເພີ່ມ lat ແລະ lon, ຫຼື geonames_id ຂອງເມືອງ (ລອງ: ponte places "{ $town }, { $country }" --json).
# Variables:
#   $count (String) - how many towns have the name
#   $country (String) - the row's country code
#   $town (String) - the town as written
#   $list (String) - the towns, with their geonames_id, coordinates and population
place-ambiguous-town = ມີ { $count } ເມືອງໃນ { $country } ທີ່ຊື່ “{ $town }”: { $list }. ໃຫ້ເພີ່ມ geonames_id ທີ່ຖືກຕ້ອງ (ຫຼື lat ແລະ lon) ເພື່ອບໍ່ໃຫ້ແຖວນີ້ໄປຢູ່ຜິດເມືອງ.
# Variables:
#   $km (String) - the distance in kilometres
#   $place (String) - the nearest town to the coordinates
#   $found (String) - that town's country code
#   $country (String) - the row's country code
place-outside-country = ພິກັດຢູ່ຫ່າງຈາກ { $place } ({ $found }) { $km } ກມ., ແຕ່ປະເທດແມ່ນ { $country }: lat ແລະ lon ສະລັບກັນບໍ, ຫຼື ປະເທດຜິດ?

## Labels in reports

diag-error = ຂໍ້ຜິດພາດ
diag-warning = ຄຳເຕືອນ
# Variables:
#   $count (Number) - how many errors
diag-nothing-changed = { $count ->
   *[other] ມີຂໍ້ຜິດພາດ { $count } ຂໍ້ໃນແຫຼ່ງຂໍ້ມູນ: ບໍ່ໄດ້ສ້າງ ຫຼື ປ່ຽນແປງຫຍັງເລີຍ.
}

## ponte directory build and ponte directory info

# Variables:
#   $file (String) - the database written
#   $count (Number) - services in it
#   $placed (Number) - how many were placed at their town's centre
dir-built = { $file }: { $count ->
   *[other] { $count } ບໍລິການ
} (ວາງໄວ້ຢູ່ໃຈກາງເມືອງ { $placed } ບ່ອນ)
# Variables:
#   $bundle (String) - the directory's bundle id
#   $sequence (String) - its sequence number
dir-info-bundle = ຊຸດຂໍ້ມູນ: { $bundle } (ລຳດັບທີ { $sequence })
# Variables:
#   $count (Number) - services in the directory
dir-info-services = ບໍລິການ: { $count }
# Variables:
#   $path (String) - the database file
dir-info-file = ໄຟລ໌: { $path }
# Variables:
#   $path (String) - the data folder
dir-info-data-dir = ໂຟນເດີຂໍ້ມູນ: { $path }

## Command-line options that need fixing

# Variables:
#   $value (String) - the time as written
cli-bad-time = “{ $value }” ບໍ່ແມ່ນເວລາແບບ 2026-11-23T10:00:00Z.
