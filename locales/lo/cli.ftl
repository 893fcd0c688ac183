# The `ponte` command line.

## ponte search

# Variables:
#   $place (String) - the place searched near, like "Lisbon"
#   $country (String) - its country, like "Portugal"
#   $point (String) - its coordinates, like "38.72509,-9.14980"
cli-search-near = ໃກ້ { $place }, { $country } ({ $point })
# Variables:
#   $point (String) - coordinates, like "16.71000,98.57000"
cli-search-near-point = ໃກ້ { $point }
# Variables:
#   $others (String) - other places with the same name, comma-separated
cli-search-also = ສະຖານທີ່ອື່ນທີ່ມີຊື່ນີ້: { $others }. ໃສ່ລະຫັດປະເທດ ("Cartagena, CO") ຫຼື ໃສ່ພິກັດ.
cli-search-none = ບໍ່ມີບໍລິການໃນລາຍຊື່ທີ່ກົງກັບຕົວກັ່ນຕອງເຫຼົ່ານີ້ ບໍ່ວ່າຈະໄກປານໃດກໍຕາມ.
# Variables:
#   $radius (String) - the radius asked for, like "5 km"
#   $distance (String) - distance of the nearest result, like "37 km"
cli-search-widened = ບໍ່ພົບຫຍັງພາຍໃນ { $radius }. ບໍລິການທີ່ກົງກັນທີ່ໃກ້ທີ່ສຸດຢູ່ໄກກວ່ານັ້ນ ເລີ່ມແຕ່ { $distance }.
# Variables:
#   $distance (String) - distance of the nearest result, like "120 km"
cli-search-far = ບໍລິການທີ່ກົງກັນທີ່ໃກ້ທີ່ສຸດຢູ່ຫ່າງອອກໄປ { $distance }.
# Variables:
#   $count (Number) - number of results shown
cli-search-count = { $count ->
   *[other] { $count } ບໍລິການ
}
# Variables:
#   $country (String) - country name, like "Portugal"
cli-search-phone-lines = ສາຍດ່ວນ ແລະ ເບີໂທສຸກເສີນຂອງ { $country }
cli-col-distance = ໄລຍະທາງ
cli-col-name = ຊື່
cli-col-open = ດຽວນີ້
cli-col-languages = ພາສາ
cli-col-verified = ຢືນຢັນ
cli-col-id = ເລກອ້າງອີງ
cli-col-notes = ໝາຍເຫດ
cli-hint-show = ລາຍລະອຽດ: ponte show <ເລກອ້າງອີງ>

## Errors (exit code 2: something in the command needs fixing)

# Variables:
#   $query (String) - what the person typed
cli-place-not-found = ບໍ່ພົບສະຖານທີ່ຊື່ “{ $query }” ໃນຖານຂໍ້ມູນຊື່ສະຖານທີ່ແບບອອບລາຍ. ລອງສະກົດແບບອື່ນ, ໃຊ້ຊື່ພາສາອັງກິດ ຫຼື ຊື່ໃນພາສາທ້ອງຖິ່ນ, ຫຼື ໃຊ້ພິກັດ ເຊັ່ນ 38.72,-9.14.
# Variables:
#   $reason (String) - what is wrong with the coordinates
cli-bad-coordinates = ພິກັດນີ້ບໍ່ຢູ່ເທິງໂລກ: { $reason }. ໃຊ້ ເສັ້ນຂະໜານ,ເສັ້ນແວງ ເປັນອົງສາທົດສະນິຍົມ ເຊັ່ນ 38.72,-9.14.
# Variables:
#   $reason (String) - what is wrong
cli-bad-filter = { $reason }
# Variables:
#   $id (String) - the reference asked for
cli-show-not-found = ບໍ່ມີບໍລິການທີ່ມີເລກອ້າງອີງ “{ $id }” ໃນລາຍຊື່ທີ່ກຳລັງໃຊ້. ຄົ້ນຫາກ່ອນເພື່ອເບິ່ງເລກອ້າງອີງ.
cli-bad-radius = ລັດສະໝີຕ້ອງເປັນຈຳນວນກິໂລແມັດທີ່ຫຼາຍກວ່າສູນ ເຊັ່ນ 5 ຫຼື 2.5.
cli-bad-limit = ຈຳນວນສູງສຸດຕ້ອງເປັນຈຳນວນຖ້ວນແຕ່ 1 ຫາ 1000.

## ponte places

# Variables:
#   $query (String) - what the person typed
cli-places-none = ບໍ່ມີສະຖານທີ່ທີ່ກົງກັບ “{ $query }”.
cli-places-credit = ຊື່ສະຖານທີ່: GeoNames (geonames.org), CC BY 4.0
cli-col-place = ສະຖານທີ່
cli-col-country = ປະເທດ
cli-col-population = ປະຊາກອນ
cli-col-coordinates = ພິກັດ
cli-col-matched = ກົງກັບ

## ponte show

cli-show-check-before = ກວດເບິ່ງກ່ອນໄປ.
cli-show-directory = ລາຍຊື່ບໍລິການ
