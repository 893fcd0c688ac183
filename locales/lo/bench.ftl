# `ponte synth` and `ponte bench`: synthetic directories and benchmarks.
# "Synthetic" means invented data for tests, never real services. "p50/p95/p99" are
# percentiles of the time a query took; "baseline" is a simple full scan measured in the
# same run. PostGIS and SpatiaLite are product names: keep them.

# Variables:
#   $count (Number) - services written
#   $rural (Number) - how many of them are in the countryside
#   $file (String) - the file written
#   $seconds (String) - how long it took, like "1.5"
bench-synth-written = ຂຽນບໍລິການສັງເຄາະ { $count } ລາຍການ (ຢູ່ຊົນນະບົດ { $rural } ລາຍການ) ໃສ່ { $file } ໃຊ້ເວລາ { $seconds } ວິນາທີ. ຂໍ້ມູນນີ້ແຕ່ງຂຶ້ນ: ຢ່າເຜີຍແຜ່ເປັນປຶ້ມລາຍຊື່.
# Variables:
#   $value (String) - the option value that is not understood
bench-bad-option = ໃຊ້ “{ $value }” ບໍ່ໄດ້: ຂະໜາດແມ່ນຈຳນວນບໍລິການຂັ້ນດ້ວຍຈຸດ (1000,10000), ແລະ --iterations ແມ່ນ small, quick, normal ຫຼື ຕົວເລກ.
# Variables:
#   $peer (String) - PostGIS or SpatiaLite
bench-peer-missing = { $peer } ບໍ່ໄດ້ຕິດຕັ້ງ ຫຼື ບໍ່ຕອບສະໜອງ: ຖັນຂອງມັນຈະບອກແນວນັ້ນ. ວິທີຕິດຕັ້ງຢູ່ໃນ README.md.
# Variables:
#   $count (Number) - services in this round
bench-size-start = ກຳລັງວັດບໍລິການສັງເຄາະ { $count } ລາຍການ…
# Variables:
#   $count (Number) - services
#   $build (String) - seconds the directory build took (0.0 when it was reused)
#   $mb (String) - directory size in megabytes
bench-size-title = ບໍລິການ { $count } ລາຍການ (ສ້າງປຶ້ມລາຍຊື່ໃນ { $build } ວິນາທີ, { $mb } MB)
bench-col-scenario = ສະຖານະການ
bench-col-p50 = p50 ms
bench-col-p95 = p95 ms
bench-col-p99 = p99 ms
bench-col-baseline = ສະແກນທັງໝົດ p50 ms
bench-col-ratio = Ponte / ສະແກນທັງໝົດ
bench-col-postgis = PostGIS p50 ms
bench-col-spatialite = SpatiaLite p50 ms
# Variables:
#   $times (String) - how many times faster, like "250"
bench-ratio-times-faster = 1/{ $times }
bench-peer-not-installed = ບໍ່ໄດ້ຕິດຕັ້ງ
bench-peer-failed = ລົ້ມເຫຼວ
# Variables:
#   $checked (Number) - queries compared
#   $mismatches (Number) - queries where the search and the full scan disagreed
bench-correctness = ຄວາມຖືກຕ້ອງ: ທຽບ { $checked } ການຄົ້ນຫາກັບການສະແກນທັງໝົດ, ບໍ່ກົງກັນ { $mismatches }.
bench-correct = ທຸກການຄົ້ນຫາທີ່ກວດພົບບໍລິການດຽວກັນກັບການສະແກນທັງໝົດ.
bench-incorrect = ລົ້ມເຫຼວ: ບາງການຄົ້ນຫາພົບບໍລິການຕ່າງຈາກການສະແກນທັງໝົດ (ເບິ່ງຂ້າງເທິງ).

## Scenarios

bench-scenario-nearest-need = ໃກ້ທີ່ສຸດ 10 ແຫ່ງ, ໜຶ່ງຄວາມຕ້ອງການ
bench-scenario-nearest-filtered = ໃກ້ທີ່ສຸດ 10 ແຫ່ງ, ຄວາມຕ້ອງການ + ພາສາ + ເປີດຢູ່ + ປົກປ້ອງຂໍ້ມູນ
bench-scenario-within-radius = ພາຍໃນ 5 ກມ., ໜຶ່ງຄວາມຕ້ອງການ
bench-scenario-rural-widening = ຊົນນະບົດ, ຂະຫຍາຍການຄົ້ນຫາ
bench-scenario-text-legal-aid = ຂໍ້ຄວາມ “legal aid”
bench-scenario-text-prefix = ຄຳເລີ່ມຕົ້ນ “shel”
bench-scenario-text-arabic = ຂໍ້ຄວາມອັກສອນອາຣັບ
bench-scenario-text-near = ຂໍ້ຄວາມ “legal aid” ໃກ້ສະຖານທີ່
bench-scenario-gazetteer-typing = ຊື່ສະຖານທີ່, ເທື່ອລະຕົວອັກສອນ
bench-scenario-build-bundle = ສ້າງຊຸດຂໍ້ມູນ
bench-scenario-verify-bundle = ກວດສອບຊຸດຂໍ້ມູນ
bench-scenario-install-bundle = ຕິດຕັ້ງຊຸດຂໍ້ມູນ
bench-scenario-search-process = `ponte search`, ທັງຂະບວນການ
