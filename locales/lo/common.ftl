# Strings shared by the app and the command line.

## Needs (the taxonomy in data/README.md). Short: they label big tiles.

need-one-stop-shop = ສູນບໍລິການຈຸດດຽວ
need-health = ສຸຂະພາບ
need-health-emergency = ປິ່ນປົວສຸກເສີນ
need-health-primary = ໝໍ
need-health-mental = ສຸຂະພາບຈິດ
need-health-sexual-reproductive = ສຸຂະພາບທາງເພດ ແລະ ການຈະເລີນພັນ
need-education = ການສຶກສາ
need-education-school-enrolment = ໂຮງຮຽນສຳລັບເດັກ
need-education-language-classes = ຮຽນພາສາ
need-education-vocational = ຝຶກອາຊີບ
need-housing = ທີ່ຢູ່ອາໄສ
need-housing-shelter = ບ່ອນພັກຄືນນີ້
need-housing-tenancy-advice = ຄຳແນະນຳເລື່ອງເຊົ່າເຮືອນ
need-legal-aid = ຊ່ວຍເຫຼືອທາງກົດໝາຍ
need-legal-aid-immigration = ການເຂົ້າເມືອງ ແລະ ການລີ້ໄພ
need-legal-aid-regularisation = ເອກະສານອະນຸຍາດໃຫ້ຢູ່
need-legal-aid-labour = ຊ່ວຍເຫຼືອທາງກົດໝາຍເລື່ອງວຽກ
need-work = ວຽກ
need-work-recruitment = ຊອກວຽກຢ່າງປອດໄພ
need-work-wage-claims = ຄ່າແຮງທີ່ຍັງບໍ່ໄດ້ຮັບ
need-social-protection = ການຊ່ວຍເຫຼືອທາງສັງຄົມ
need-violence-support = ຊ່ວຍເຫຼືອເລື່ອງຄວາມຮຸນແຮງ
need-violence-support-trafficking = ການຄ້າມະນຸດ ແລະ ການບັງຄັບອອກແຮງງານ
need-child-protection = ເດັກນ້ອຍ
need-documents = ເອກະສານ
need-interpretation = ນາຍພາສາ
need-food = ອາຫານ ແລະ ເຄື່ອງໃຊ້ຈຳເປັນ
need-money = ເງິນ
need-money-remittances = ສົ່ງເງິນກັບບ້ານ
need-money-banking = ບັນຊີທະນາຄານ
need-return = ກັບບ້ານເກີດ
need-complaints = ຮ້ອງທຸກ
need-complaints-labour-inspection = ກວດກາແຮງງານ
need-complaints-human-rights = ອົງການສິດທິມະນຸດ
need-information = ຂໍ້ມູນ ແລະ ຄຳແນະນຳ

## Who a service is for

serves-all = ທຸກຄົນ
serves-women = ແມ່ຍິງ
serves-children = ເດັກນ້ອຍ
serves-unaccompanied-minors = ເດັກທີ່ມາໂດຍບໍ່ມີຜູ້ປົກຄອງ
serves-survivors-of-violence = ຜູ້ຖືກກະທຳຄວາມຮຸນແຮງ
serves-workers = ຜູ້ອອກແຮງງານ
serves-families = ຄອບຄົວ
serves-lgbtiq = ຄົນ LGBTIQ

## Distances and directions

# Variables:
#   $meters (Number) - distance in metres, under 1000
distance-meters = { NUMBER($meters, maximumFractionDigits: 0) } ແມັດ
# Variables:
#   $kilometers (Number) - distance in kilometres
distance-kilometers = { NUMBER($kilometers, maximumFractionDigits: 1) } ກມ
# For places known only approximately (a town's centre), when the person is within the
# town's reach.
# Variables:
#   $distance (String) - the town's reach, like "5 km"
distance-within-about = ພາຍໃນປະມານ { $distance }
# Variables:
#   $distance (String) - a formatted distance, like "14 km"
distance-about = ປະມານ { $distance }
compass-n = ທິດເໜືອ
compass-ne = ທິດຕາເວັນອອກສ່ຽງເໜືອ
compass-e = ທິດຕາເວັນອອກ
compass-se = ທິດຕາເວັນອອກສ່ຽງໃຕ້
compass-s = ທິດໃຕ້
compass-sw = ທິດຕາເວັນຕົກສ່ຽງໃຕ້
compass-w = ທິດຕາເວັນຕົກ
compass-nw = ທິດຕາເວັນຕົກສ່ຽງເໜືອ
# Variables:
#   $distance (String) - a formatted distance, like "2.3 km"
#   $direction (String) - a compass direction, like "north-east"
distance-direction = { $distance } ໄປທາງ{ $direction }

## Opening status, always in the service's own time

status-open = ດຽວນີ້ເປີດ
status-closed = ດຽວນີ້ປິດ
status-unknown = ບໍ່ຮູ້ເວລາເປີດ-ປິດ
# Variables:
#   $time (String) - closing time, like "17:00"
status-open-until = ເປີດຮອດ { $time }
# Variables:
#   $time (String) - closing time, like "17:00"
status-closes-soon = ໃກ້ຈະປິດແລ້ວ ({ $time })
# Variables:
#   $time (String) - opening time today, like "09:00"
status-opens-at = ເປີດເວລາ { $time }
# Variables:
#   $day (String) - a weekday name, like "Monday"
#   $time (String) - opening time, like "09:00"
status-opens-on = ເປີດ{ $day } ເວລາ { $time }
status-hours-unreadable = ເວລາຕາມທີ່ຂຽນໄວ້ (ອ່ານບໍ່ໄດ້)
# Variables:
#   $zone (String) - an IANA time zone, like "Europe/Lisbon"
status-time-zone = ເປັນເວລາທ້ອງຖິ່ນ ({ $zone })

weekday-1 = ວັນຈັນ
weekday-2 = ວັນອັງຄານ
weekday-3 = ວັນພຸດ
weekday-4 = ວັນພະຫັດ
weekday-5 = ວັນສຸກ
weekday-6 = ວັນເສົາ
weekday-7 = ວັນອາທິດ
hours-closed-all-day = ປິດ
hours-today = ມື້ນີ້

## Badges on results

badge-free = ບໍ່ເສຍຄ່າ
badge-no-documents = ບໍ່ຂໍເອກະສານ
badge-no-status = ບໍ່ຖາມເລື່ອງສະຖານະ
badge-firewall = ບໍ່ສົ່ງຂໍ້ມູນໃຫ້ກວດຄົນເຂົ້າເມືອງ
badge-shares-with-immigration = ອາດສົ່ງຂໍ້ມູນໃຫ້ກວດຄົນເຂົ້າເມືອງ
badge-one-stop-shop = ສູນບໍລິການຈຸດດຽວ
badge-walk-in = ໄປໄດ້ເລີຍບໍ່ຕ້ອງນັດ
badge-appointment = ຕ້ອງນັດກ່ອນ
badge-approximate = ທີ່ຕັ້ງໂດຍປະມານ
badge-phone-line = ສາຍດ່ວນ
badge-emergency = ເບີໂທສຸກເສີນ

## Answers to yes/no questions about a service

answer-yes = ແມ່ນ
answer-no = ບໍ່ແມ່ນ
answer-unknown = ບໍ່ຮູ້

## Labels on a service's page

field-what = ບໍລິການທີ່ມີ
field-needs = ຊ່ວຍເລື່ອງ
field-serves = ສຳລັບ
field-languages = ພາສາທີ່ເວົ້າໄດ້
field-asks-status = ຖາມສະຖານະການເຂົ້າເມືອງ
field-asks-documents = ຂໍເອກະສານ
field-shares-with-immigration = ສົ່ງຂໍ້ມູນໃຫ້ເຈົ້າໜ້າທີ່ກວດຄົນເຂົ້າເມືອງ
field-free = ບໍ່ເສຍຄ່າ
field-appointment = ຕ້ອງນັດກ່ອນ
field-walk-in = ມາໄດ້ໂດຍບໍ່ຕ້ອງນັດ
field-what-to-bring = ສິ່ງທີ່ຕ້ອງເອົາໄປ
field-organization = ດຳເນີນການໂດຍ
field-address = ທີ່ຢູ່
field-phone = ໂທລະສັບ
field-email = ອີເມວ
field-website = ເວັບໄຊ
field-hours = ເວລາເປີດ-ປິດ
field-location = ທີ່ຕັ້ງ
field-source = ແຫຼ່ງຂໍ້ມູນ
field-source-note = ກ່ຽວກັບແຫຼ່ງຂໍ້ມູນ
field-verified = ຢືນຢັນຄັ້ງສຸດທ້າຍ
field-id = ເລກອ້າງອີງ

precision-exact = ທີ່ຕັ້ງທີ່ແນ່ນອນ
precision-address = ຊອກທີ່ຕັ້ງຈາກທີ່ຢູ່
# Variables:
#   $town (String) - the town whose centre is shown
precision-city = ໂດຍປະມານ: ສະແດງຢູ່ໃຈກາງຂອງ { $town }. ກະລຸນາກວດເບິ່ງທີ່ຢູ່.
precision-postal-code = ໂດຍປະມານ: ສະແດງຢູ່ໃຈກາງຂອງເຂດລະຫັດໄປສະນີ

## How old a record is

# Variables:
#   $months (Number) - whole months since the record was last confirmed
verified-months-ago = { $months ->
    [0] ເດືອນນີ້
   *[other] { $months } ເດືອນກ່ອນ
}
# Variables:
#   $years (Number) - whole years since the record was last confirmed
verified-years-ago = { $years ->
   *[other] { $years } ປີກ່ອນ
}
# Variables:
#   $when (String) - how long ago, like "3 years ago"
verified-old-warning = ຢືນຢັນຄັ້ງສຸດທ້າຍ { $when }. ຂໍ້ມູນອາດປ່ຽນແປງແລ້ວ: ກະລຸນາກວດເບິ່ງກ່ອນໄປ.

## Languages of the interface

# Variables:
#   $requested (String) - the language code asked for
#   $used (String) - the name of the language shown instead
lang-fallback = ບໍ່ມີການແປສຳລັບ “{ $requested }”; ກຳລັງສະແດງເປັນ { $used }.
# Variables:
#   $language (String) - the name of this language
lang-draft-notice = ການແປພາສາ{ $language }ນີ້ ເປັນສະບັບຮ່າງທີ່ເຈົ້າຂອງພາສາຍັງບໍ່ທັນໄດ້ກວດ. ບ່ອນທີ່ຍັງບໍ່ມີຄຳແປ ທ່ານຈະເຫັນເປັນພາສາອັງກິດ.
