# Labels shared by the app and the command line that came after the first translation
# round; and, below, the app's own screens.


## Rights cards

rights-applies-whatever-status = ສິດນີ້ໃຊ້ໄດ້ ບໍ່ວ່າສະຖານະການເຂົ້າເມືອງຂອງທ່ານຈະເປັນແນວໃດ.
rights-if-refused-heading = ຖ້າທ່ານຖືກປະຕິເສດ
rights-sources-heading = ແຫຼ່ງອ້າງອີງ
# Variables:
#   $need (String) - the name of the need asked about, like "Health"
rights-none-for-need = ຍັງບໍ່ມີຂໍ້ມູນສິດສຳລັບເລື່ອງ “{ $need }”.

## App frame, on every screen

app-name = Ponte
app-skip-link = ຂ້າມໄປຫາເນື້ອຫາ
app-language-label = ພາສາ
app-about = ກ່ຽວກັບ
app-back = ກັບຄືນ
app-privacy-line = ສິ່ງທີ່ທ່ານຄົ້ນຫາ ບໍ່ອອກໄປຈາກເຄື່ອງນີ້.
# Said to screen readers after switching language.
# Variables:
#   $language (String) - the name of the language now shown, like "العربية"
app-language-changed = ປ່ຽນພາສາແລ້ວ: { $language }

## Errors

error-input = ໃຊ້ອັນນີ້ບໍ່ໄດ້. ກວດເບິ່ງສິ່ງທີ່ທ່ານພິມ ແລ້ວລອງໃໝ່.
error-internal = ມີບາງຢ່າງຜິດພາດຢູ່ໃນ Ponte. ລອງໃໝ່. ຖ້າຍັງເປັນຢູ່, ໃຫ້ປິດ Ponte ແລ້ວເປີດໃໝ່.

## Quick exit (a button on every screen, and Shift pressed 3 times)

exit-button = ອອກດ່ວນ
exit-hint = ເຊື່ອງ Ponte ທັນທີ ແລະ ລຶບການຄົ້ນຫານີ້. ທ່ານຍັງສາມາດກົດ Shift 3 ເທື່ອໄດ້.
exit-press-two = Shift: ກົດອີກ 2 ເທື່ອເພື່ອອອກ.
exit-press-one = Shift: ກົດອີກ 1 ເທື່ອເພື່ອອອກ.
exit-expired = ຍົກເລີກການອອກດ່ວນດ້ວຍແປ້ນພິມແລ້ວ.
# The only words on the blank page shown after a quick exit: keep them neutral, with
# nothing about Ponte, migration or help.
exit-neutral-continue = ສືບຕໍ່

## Start: choosing a need

start-title = ທ່ານຕ້ອງການຄວາມຊ່ວຍເຫຼືອເລື່ອງຫຍັງ?
start-intro = ເລືອກອັນໜຶ່ງ. ແລ້ວເລືອກບ່ອນ.
start-more-needs = ຄວາມຊ່ວຍເຫຼືອປະເພດອື່ນ
start-specific-heading = ເລື່ອງທີ່ສະເພາະກວ່ານີ້
# Variables:
#   $place (String) - the place chosen earlier, like "Lisboa, Portugal"
start-place-kept = ກຳລັງຄົ້ນຫາໃກ້ { $place }.

## Where: choosing a place

where-title = ຢູ່ໃສ?
where-back = ກັບໄປເລືອກເລື່ອງ
# Variables:
#   $need (String) - the need chosen, like "Health"
where-looking-for = ກຳລັງຊອກ: { $need }
where-type-heading = ພິມຊື່ສະຖານທີ່
where-place-label = ເມືອງ ຫຼື ນະຄອນ
where-place-hint = ພິມຊື່ສະຖານທີ່ເປັນພາສາ ຫຼື ຕົວອັກສອນໃດກໍໄດ້.
where-suggestions-label = ສະຖານທີ່
# Variables:
#   $count (Number) - how many places match what was typed
where-suggestions-count =
    { $count ->
       *[other] ພົບ { $count } ບ່ອນ
    }
# Variables:
#   $query (String) - what the person typed
where-no-place = ບໍ່ມີສະຖານທີ່ຊື່ “{ $query }”. ລອງສະກົດແບບອື່ນ, ຫຼື ໃຊ້ຊື່ພາສາອັງກິດ ຫຼື ຊື່ໃນພາສາທ້ອງຖິ່ນ.
# Variables:
#   $place (String) - a place name, like "Lisboa"
#   $country (String) - its country, like "Portugal"
where-place-label-full = { $place }, { $country }
# Variables:
#   $place (String) - the place chosen earlier, like "Lisboa, Portugal"
where-current = ດຽວນີ້: { $place }.
where-keep-place = ໃຊ້ບ່ອນນີ້ຕໍ່
where-pick-heading = ເທິງແຜນທີ່
where-pick-button = ເລືອກເທິງແຜນທີ່
where-pick-hint = ແຕະ ຫຼື ຄລິກແຜນທີ່. ຖ້າໃຊ້ແປ້ນພິມ, ໃຫ້ເລື່ອນແຜນທີ່ດ້ວຍປຸ່ມລູກສອນ ແລ້ວໃຊ້ຈຸດກາງ.
where-map-label = ແຜນທີ່ສຳລັບເລືອກສະຖານທີ່
where-pick-centre = ໃຊ້ຈຸດກາງຂອງແຜນທີ່
where-pick-looking = ກຳລັງຊອກຫາເມືອງທີ່ໃກ້ທີ່ສຸດ…
# Variables:
#   $place (String) - the nearest town, like "Lisboa, Portugal"
#   $distance (String) - how far the point is from it, like "3 km"
where-picked-near = ໃກ້ { $place } ({ $distance })
where-picked-point = ຈຸດທີ່ທ່ານເລືອກ
where-pick-confirm = ຄົ້ນຫາຢູ່ນີ້
where-device-heading = ທີ່ຕັ້ງຂອງເຄື່ອງທ່ານ
where-device-unavailable = ບໍ່ໃຊ້ໃນຄອມພິວເຕີນີ້: ການຊອກຫາທີ່ຕັ້ງຈະຕ້ອງຖາມບໍລິການອອນລາຍ, ແລ້ວບໍລິການນັ້ນຈະຮູ້ວ່າທ່ານຢູ່ໃສ. ໃຫ້ພິມຊື່ສະຖານທີ່ ຫຼື ເລືອກເທິງແຜນທີ່ແທນ.
where-device-button = ໃຊ້ທີ່ຕັ້ງຂອງຂ້ອຍ
where-device-private = ທີ່ຕັ້ງຂອງທ່ານໃຊ້ຢູ່ໃນເຄື່ອງນີ້ເທົ່ານັ້ນ. ບໍ່ມີການສົ່ງ ຫຼື ບັນທຶກໄວ້ເລີຍ.
where-device-finding = ກຳລັງຊອກຫາທີ່ຕັ້ງຂອງທ່ານ…
where-device-failed = ຊອກບໍ່ພົບທີ່ຕັ້ງຂອງທ່ານ. ໃຫ້ພິມຊື່ສະຖານທີ່ ຫຼື ເລືອກເທິງແຜນທີ່.
where-device-here = ທີ່ຕັ້ງຂອງທ່ານ
where-private = ສະຖານທີ່ທີ່ທ່ານພິມ ຫຼື ເລືອກ ຈະບໍ່ອອກໄປຈາກເຄື່ອງນີ້ເລີຍ.

## Results

results-back = ກັບໄປເລືອກບ່ອນ
# Variables:
#   $need (String) - what is searched for, like "Health"
#   $place (String) - where, like "Lisboa, Portugal"
results-title = { $need } ໃກ້ { $place }
results-change-need = ປ່ຽນເລື່ອງ
results-change-place = ປ່ຽນບ່ອນ
results-filters = ຕົວກັ່ນຕອງເພີ່ມເຕີມ
# Variables:
#   $count (Number) - how many filters are switched on
results-filters-on = (ເປີດ { $count })
results-filter-only = ສະແດງສະເພາະ
results-filter-open-now = ດຽວນີ້ເປີດ
results-filter-free = ບໍ່ເສຍຄ່າ
results-filter-no-documents = ບໍ່ຂໍເອກະສານ
results-filter-firewall = ບໍ່ສົ່ງຂໍ້ມູນໃຫ້ກວດຄົນເຂົ້າເມືອງ
results-filter-kind = ປະເພດຄວາມຊ່ວຍເຫຼືອ
# Variables:
#   $need (String) - the need chosen, like "Health"
results-filter-kind-all = ທັງໝົດ: { $need }
results-filter-language = ພະນັກງານເວົ້າພາສາ
results-filter-language-any = ພາສາໃດກໍໄດ້
results-filter-serves = ສຳລັບ
results-filter-serves-any = ທຸກຄົນ
results-filter-radius = ພາຍໃນ
results-filter-radius-any = ໄກປານໃດກໍໄດ້
results-filter-words = ຄຳທີ່ຈະຊອກ
results-filters-clear = ລຶບຕົວກັ່ນຕອງ
results-searching = ກຳລັງຄົ້ນຫາ…
# Variables:
#   $count (Number) - number of services shown
results-count =
    { $count ->
       *[other] { $count } ບໍລິການ, ໃກ້ສຸດກ່ອນ
    }
results-none = ບໍ່ມີບໍລິການໃນລາຍຊື່ທີ່ກົງກັນ ບໍ່ວ່າຈະໄກປານໃດກໍຕາມ.
# Variables:
#   $radius (String) - the distance chosen, like "5 km"
#   $distance (String) - distance of the nearest result, like "37 km"
results-widened = ບໍ່ພົບຫຍັງພາຍໃນ { $radius }. ບໍລິການເຫຼົ່ານີ້ຢູ່ໄກກວ່ານັ້ນ ເລີ່ມແຕ່ { $distance }.
# Variables:
#   $distance (String) - distance of the nearest result, like "120 km"
results-far = ບໍ່ມີຫຍັງຢູ່ໃກ້: ບ່ອນທີ່ໃກ້ທີ່ສຸດຢູ່ຫ່າງອອກໄປ { $distance }.
results-list-heading = ບໍລິການ, ໃກ້ສຸດກ່ອນ
results-map-toggle = ແຜນທີ່
results-map-label = ແຜນທີ່ຂອງຜົນການຄົ້ນຫາ. ລາຍການມີຂໍ້ມູນດຽວກັນ.
results-badges-label = ກ່ຽວກັບບ່ອນນີ້
# Variables:
#   $count (Number) - how many more languages are spoken there
results-languages-more = ແລະ ອີກ { $count } ພາສາ
results-show-more = ສະແດງເພີ່ມ
# A short warning on a result whose record is old.
# Variables:
#   $when (String) - how long ago, like "3 years ago"
results-verified-old = ຢືນຢັນຄັ້ງສຸດທ້າຍ { $when }
# Variables:
#   $country (String) - country name, like "Portugal"
results-phone-lines = ສາຍດ່ວນ ແລະ ເບີໂທສຸກເສີນໃນ{ $country }
results-phone-lines-any = ສາຍດ່ວນ ແລະ ເບີໂທສຸກເສີນ

## Rights cards in the app

rights-heading = ສິດຂອງທ່ານ

## A service’s page

service-back = ກັບໄປຫາຜົນການຄົ້ນຫາ
service-loading = ກຳລັງໂຫຼດ…
# Variables:
#   $organization (String) - who runs the service
service-run-by = ດຳເນີນການໂດຍ { $organization }
service-call = ໂທ
service-directions = ເສັ້ນທາງ
service-directions-hint = “ເສັ້ນທາງ” ຈະເປີດບ່ອນນີ້ໃນແອັບແຜນທີ່ເທິງເຄື່ອງນີ້, ຖ້າມີ.
service-before-you-go = ກ່ອນໄປ
service-help-and-for = ຊ່ວຍເລື່ອງຫຍັງ ແລະ ສຳລັບໃຜ
service-contact = ຕິດຕໍ່
service-no-contact = ບໍ່ຮູ້ເບີໂທ, ອີເມວ ຫຼື ເວັບໄຊ.
# Variables:
#   $title (String) - the directory’s title
service-directory = ຈາກ: { $title }
# Variables:
#   $id (String) - the service’s reference code
service-reference = ເລກອ້າງອີງ: { $id }
# Variables:
#   $from (String) - opening time, like "09:00"
#   $to (String) - closing time, like "17:00"
hours-period = { $from }–{ $to }
hours-period-unknown = (ອາດປ່ຽນແປງ)
service-wrong-button = ມີບາງຢ່າງຢູ່ນີ້ຜິດ
service-wrong-which = ສ່ວນໃດ?
service-wrong-field-any = ອັນອື່ນ ຫຼື ບໍ່ແນ່ໃຈ
service-wrong-field-name = ຊື່
service-wrong-note = ຜິດຫຍັງ?
service-wrong-private = ບັນທຶກໄວ້ໃນເຄື່ອງນີ້ເທົ່ານັ້ນ. ບໍ່ມີຫຍັງຖືກສົ່ງໄປ.
service-wrong-save = ບັນທຶກ
service-wrong-empty = ຂຽນກ່ອນວ່າຜິດຫຍັງ.
service-wrong-saved = ບັນທຶກໄວ້ໃນເຄື່ອງນີ້ແລ້ວ. ຂອບໃຈ.

## The map

map-label = ແຜນທີ່
map-zoom-in = ຊູມເຂົ້າ
map-zoom-out = ຊູມອອກ

## About

about-back = ກັບຄືນ
about-title = ກ່ຽວກັບ Ponte
about-intro = Ponte ຊ່ວຍທ່ານຊອກຫາບໍລິການໃກ້ທ່ານ ແລະ ບອກສິດຂອງທ່ານ ເປັນພາສາຂອງທ່ານ. ມັນໃຊ້ໄດ້ໂດຍບໍ່ຕ້ອງມີອິນເຕີເນັດ.
about-privacy-heading = ຄວາມເປັນສ່ວນຕົວຂອງທ່ານ
about-privacy-search = ສິ່ງທີ່ທ່ານຄົ້ນຫາ ແລະ ບ່ອນທີ່ທ່ານຄົ້ນຫາ ຈະຢູ່ໃນເຄື່ອງນີ້. Ponte ບໍ່ສົ່ງຫຍັງກ່ຽວກັບທ່ານໄປບ່ອນໃດເລີຍ.
about-privacy-location = Ponte ບໍ່ເຄີຍຖາມບໍລິການອອນລາຍວ່າທ່ານຢູ່ໃສ.
about-privacy-stored = Ponte ເກັບໄວ້ພຽງແຕ່ພາສາຂອງທ່ານ, ການຕັ້ງຄ່າການສະແດງຜົນ ແລະ ການແກ້ໄຂທີ່ທ່ານບັນທຶກ. ມັນບໍ່ເກັບປະຫວັດການຄົ້ນຫາ.
about-privacy-exit = ປຸ່ມ “ອອກດ່ວນ” ຈະເຊື່ອງ Ponte ທັນທີ ແລະ ລຶບການຄົ້ນຫາ. ທ່ານຍັງສາມາດກົດ Shift 3 ເທື່ອໄດ້.
about-directory-heading = ລາຍຊື່ບໍລິການ
about-directory-title = ຊື່
about-directory-description = ລາຍລະອຽດ
about-directory-services = ບໍລິການ
about-directory-publisher = ເຜີຍແຜ່ໂດຍ
about-directory-built = ສ້າງເມື່ອ
about-directory-bundle = ສະບັບ
about-directory-built-in = ມາພ້ອມກັບແອັບ
# Variables:
#   $sequence (Number) - the update number of the directory
about-directory-sequence = ອັບເດດຄັ້ງທີ { $sequence }

## Updating the directory (About page). A "directory file" (.ponte) is a signed file from an
## organisation that keeps the directory current; a "channel" is the web address where it
## publishes them.

about-update-heading = ອັບເດດລາຍຊື່ບໍລິການ
about-update-intro = Ponte ກວດວ່າທຸກໄຟລ໌ລາຍຊື່ບໍລິການຖືກເຊັນໂດຍອົງການທີ່ມັນເຊື່ອຖື ແລະ ໃໝ່ກວ່າອັນທີ່ທ່ານມີ. ຖ້າມີຫຍັງຜິດ, ຈະບໍ່ມີຫຍັງປ່ຽນແປງ.
about-update-file = ຕິດຕັ້ງຈາກໄຟລ໌
about-update-file-hint = ໄຟລ໌ .ponte ຈາກ USB ຫຼື ຈາກຂໍ້ຄວາມ.
about-update-channel = ທີ່ຢູ່ຊ່ອງທາງອັບເດດ
about-update-channel-hint = ທີ່ຢູ່ເວັບທີ່ອົງການຂອງທ່ານໃຫ້ມາ. Ponte ດາວໂຫຼດສະເພາະໄຟລ໌ຈາກບ່ອນນັ້ນ ແລະ ບໍ່ສົ່ງຫຍັງກ່ຽວກັບທ່ານ: ບໍ່ສົ່ງສະຖານທີ່, ການຄົ້ນຫາ ຫຼື ພາສາຂອງທ່ານ.
about-update-check = ກວດຫາອັບເດດ
about-update-working = ກຳລັງກວດ…
# Variables:
#   $title (String) - the directory's title
#   $publisher (String) - who published it
#   $sequence (Number) - its update number
#   $count (Number) - services in it
app-update-installed = ຕິດຕັ້ງ “{ $title }” ຈາກ { $publisher }, ອັບເດດຄັ້ງທີ { $sequence } ແລ້ວ: { $count ->
       *[other] { $count } ບໍລິການ.
    }
# Variables:
#   $sequence (Number) - the update number installed
app-update-up-to-date = ທ່ານມີລາຍຊື່ບໍລິການໃໝ່ທີ່ສຸດແລ້ວ (ອັບເດດຄັ້ງທີ { $sequence }).
# Variables:
#   $limit (Number) - the largest size accepted, in megabytes
app-update-file-too-large = ໄຟລ໌ນີ້ໃຫຍ່ເກີນໄປສຳລັບລາຍຊື່ບໍລິການ (ເກີນ { $limit } MB). ບໍ່ມີຫຍັງປ່ຽນແປງ.
start-directory-expired = ລາຍຊື່ບໍລິການນີ້ເລີຍວັນໝົດອາຍຸແລ້ວ. ຍັງໃຊ້ໄດ້, ແຕ່ບາງຂໍ້ມູນອາດບໍ່ທັນສະໄໝ. ອັບເດດໄດ້ຢູ່ໜ້າ “ກ່ຽວກັບ”.
about-display-heading = ການສະແດງຜົນ
about-text-size = ຂະໜາດຕົວອັກສອນ
about-text-size-normal = ປົກກະຕິ
about-text-size-large = ໃຫຍ່
about-text-size-larger = ໃຫຍ່ຂຶ້ນອີກ
about-contrast = ຄວາມຕ່າງຂອງສີ
about-contrast-normal = ປົກກະຕິ
about-contrast-more = ເພີ່ມຄວາມຕ່າງຂອງສີ
about-display-system = Ponte ຍັງເຮັດຕາມການຕັ້ງຄ່າຂະໜາດຕົວອັກສອນ, ຄວາມຕ່າງຂອງສີ ແລະ ສີ ໃນເຄື່ອງຂອງທ່ານນຳ.
about-languages-heading = ພາສາ
# Variables:
#   $language (String) - the name of the language shown now
about-languages-current = ດຽວນີ້ສະແດງເປັນ: { $language }. ທ່ານປ່ຽນໄດ້ຢູ່ເທິງສຸດຂອງທຸກໜ້າ.
about-locale-name = ພາສາ
about-locale-status = ສະຖານະ
about-locale-review = ຜູ້ກວດ
about-status-source = ຕົ້ນສະບັບ
about-status-reviewed = ເຈົ້າຂອງພາສາກວດແລ້ວ
about-status-complete = ຄົບແລ້ວ, ຍັງບໍ່ໄດ້ກວດ
about-status-draft = ສະບັບຮ່າງ: ບາງສ່ວນເປັນພາສາອັງກິດ
about-status-pseudo = ສຳລັບທົດສອບ
about-testing = ທົດສອບ
about-testing-intro = ພາສາສົມມຸດ ທີ່ໃຊ້ເບິ່ງວ່າໜ້າຈໍຮອງຮັບຂໍ້ຄວາມທີ່ຍາວກວ່າ ແລະ ການຂຽນຈາກຂວາໄປຊ້າຍໄດ້ບໍ່.
about-use-locale = ໃຊ້
about-corrections-heading = ການແກ້ໄຂຂອງທ່ານ
about-corrections-intro = ຂໍ້ຜິດພາດທີ່ທ່ານບັນທຶກໄວ້ດ້ວຍ “ມີບາງຢ່າງຢູ່ນີ້ຜິດ”. ມັນຢູ່ໃນເຄື່ອງນີ້ເທົ່ານັ້ນ.
about-corrections-none = ຍັງບໍ່ມີທີ່ບັນທຶກໄວ້.
about-correction-delete = ລຶບ
about-correction-deleted = ລຶບການແກ້ໄຂແລ້ວ.
about-credits-heading = ຂໍຂອບໃຈ
about-credit-places = ຊື່ສະຖານທີ່: GeoNames (geonames.org), ໃບອະນຸຍາດ CC BY 4.0.
about-credit-map = ແຜນທີ່: Natural Earth (naturalearthdata.com), ສາທາລະນະສົມບັດ, ຜ່ານແພັກເກັດ world-atlas (ໃບອະນຸຍາດ ISC).
about-credit-leaflet = ການສະແດງແຜນທີ່: Leaflet (ໃບອະນຸຍາດ BSD 2-Clause).
about-credit-icons = ໄອຄອນ: Lucide (ໃບອະນຸຍາດ ISC; ບາງໄອຄອນມາຈາກ Feather, ໃບອະນຸຍາດ MIT).
about-credit-fluent = ການແປ: Project Fluent, @fluent/bundle (ໃບອະນຸຍາດ Apache 2.0).
about-credit-fonts = ຟອນ: Noto Sans ສຳລັບທຸກອັກສອນຂອງພາສາໃນແອັບ (SIL Open Font License 1.1), ຜ່ານ Fontsource.
# Variables:
#   $version (String) - the app’s version, like "0.1.0"
about-version = Ponte ເວີຊັນ { $version }

## Handing off to a phone or map app, where this device has none

# Variables:
#   $number (String) - the phone number, like "+351218106100"
handoff-tel = ເຄື່ອງນີ້ໂທອອກບໍ່ໄດ້. ໃຫ້ໂທຫາ { $number } ຈາກໂທລະສັບ.
# Variables:
#   $coordinates (String) - latitude and longitude, like "38.724927, -9.134284"
handoff-geo = ບໍ່ມີແອັບແຜນທີ່ໃຫ້ເປີດຢູ່ນີ້. ໃນແອັບແຜນທີ່ໃດກໍໄດ້, ໃຫ້ຄົ້ນຫາ { $coordinates }.
