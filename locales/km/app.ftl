# Labels shared by the app and the command line that came after the first translation
# round; and, below, the app's own screens.


## Rights cards

rights-applies-whatever-status = សិទ្ធិនេះអនុវត្តចំពោះអ្នក មិនថាស្ថានភាពចំណាកស្រុករបស់អ្នកយ៉ាងណាក៏ដោយ។
rights-if-refused-heading = បើអ្នកត្រូវបានបដិសេធ
rights-sources-heading = ប្រភព
# Variables:
#   $need (String) - the name of the need asked about, like "Health"
rights-none-for-need = មិនទាន់មានព័ត៌មានអំពីសិទ្ធិសម្រាប់ “{ $need }” នៅឡើយទេ។

## App frame, on every screen

app-name = Ponte
app-skip-link = រំលងទៅខ្លឹមសារ
app-language-label = ភាសា
app-about = អំពី
app-back = ថយក្រោយ
app-privacy-line = អ្វីដែលអ្នកស្វែងរក មិនចេញពីឧបករណ៍នេះទេ។
# Said to screen readers after switching language.
# Variables:
#   $language (String) - the name of the language now shown, like "العربية"
app-language-changed = បានប្តូរភាសា៖ { $language }

## Errors

error-input = មិនអាចប្រើវាបានទេ។ សូមពិនិត្យអ្វីដែលអ្នកបានវាយ ហើយសាកល្បងម្តងទៀត។
error-internal = មានបញ្ហាអ្វីមួយនៅខាងក្នុង Ponte។ សូមសាកល្បងម្តងទៀត។ បើវានៅតែកើតឡើង សូមបិទ Ponte ហើយបើកវាម្តងទៀត។

## Quick exit (a button on every screen, and Shift pressed 3 times)

exit-button = ចេញរហ័ស
exit-hint = លាក់ Ponte ភ្លាមៗ ហើយសម្អាតការស្វែងរកនេះ។ អ្នកក៏អាចចុច Shift 3 ដងបានដែរ។
exit-press-two = Shift៖ ចុច 2 ដងទៀតដើម្បីចេញ។
exit-press-one = Shift៖ ចុច 1 ដងទៀតដើម្បីចេញ។
exit-expired = ការចេញរហ័សដោយក្តារចុចត្រូវបានបោះបង់។
# The only words on the blank page shown after a quick exit: keep them neutral, with
# nothing about Ponte, migration or help.
exit-neutral-continue = បន្ត

## Start: choosing a need

start-title = តើអ្នកត្រូវការជំនួយអ្វី?
start-intro = ជ្រើសរើសមួយ។ បន្ទាប់មកជ្រើសរើសទីកន្លែង។
start-more-needs = ជំនួយប្រភេទផ្សេងទៀត
start-specific-heading = អ្វីដែលជាក់លាក់ជាងនេះ
# Variables:
#   $place (String) - the place chosen earlier, like "Lisboa, Portugal"
start-place-kept = កំពុងស្វែងរកនៅជិត { $place }។

## Where: choosing a place

where-title = នៅឯណា?
where-back = ត្រឡប់ទៅជ្រើសជំនួយ
# Variables:
#   $need (String) - the need chosen, like "Health"
where-looking-for = កំពុងរក៖ { $need }
where-type-heading = វាយឈ្មោះទីកន្លែង
where-place-label = ក្រុង ឬទីប្រជុំជន
where-place-hint = វាយឈ្មោះទីកន្លែងជាភាសា ឬអក្សរណាក៏បាន។
where-suggestions-label = ទីកន្លែង
# Variables:
#   $count (Number) - how many places match what was typed
where-suggestions-count =
    { $count ->
       *[other] រកឃើញ { $count } កន្លែង
    }
# Variables:
#   $query (String) - what the person typed
where-no-place = គ្មានកន្លែងឈ្មោះ “{ $query }” ទេ។ សាកល្បងប្រកបម្យ៉ាងទៀត ឬឈ្មោះជាភាសាអង់គ្លេស ឬជាភាសាក្នុងស្រុករបស់វា។
# Variables:
#   $place (String) - a place name, like "Lisboa"
#   $country (String) - its country, like "Portugal"
where-place-label-full = { $place }, { $country }
# Variables:
#   $place (String) - the place chosen earlier, like "Lisboa, Portugal"
where-current = ឥឡូវ៖ { $place }។
where-keep-place = រក្សាកន្លែងនេះ
where-pick-heading = នៅលើផែនទី
where-pick-button = ជ្រើសនៅលើផែនទី
where-pick-hint = ប៉ះ ឬចុចលើផែនទី។ បើប្រើក្តារចុច សូមរំកិលផែនទីដោយគ្រាប់ចុចព្រួញ រួចប្រើចំណុចកណ្តាល។
where-map-label = ផែនទីសម្រាប់ជ្រើសទីកន្លែង
where-pick-centre = ប្រើចំណុចកណ្តាលផែនទី
where-pick-looking = កំពុងរកទីប្រជុំជនដែលនៅជិតបំផុត…
# Variables:
#   $place (String) - the nearest town, like "Lisboa, Portugal"
#   $distance (String) - how far the point is from it, like "3 km"
where-picked-near = នៅជិត { $place } ({ $distance })
where-picked-point = ចំណុចដែលអ្នកបានជ្រើស
where-pick-confirm = ស្វែងរកនៅទីនេះ
where-device-heading = ទីតាំងឧបករណ៍របស់អ្នក
where-device-unavailable = មិនប្រើនៅលើកុំព្យូទ័រនេះទេ៖ ការរកទីតាំងនឹងត្រូវសួរសេវាអនឡាញ ហើយសេវានោះនឹងដឹងថាអ្នកនៅឯណា។ សូមវាយឈ្មោះទីកន្លែង ឬជ្រើសវានៅលើផែនទីជំនួសវិញ។
where-device-button = ប្រើទីតាំងរបស់ខ្ញុំ
where-device-private = ទីតាំងរបស់អ្នកត្រូវបានប្រើតែនៅលើឧបករណ៍នេះប៉ុណ្ណោះ។ វាមិនដែលត្រូវបានផ្ញើ ឬរក្សាទុកឡើយ។
where-device-finding = កំពុងរកទីតាំងរបស់អ្នក…
where-device-failed = រកមិនឃើញទីតាំងរបស់អ្នកទេ។ សូមវាយឈ្មោះទីកន្លែង ឬជ្រើសវានៅលើផែនទី។
where-device-here = ទីតាំងរបស់អ្នក
where-private = ទីកន្លែងដែលអ្នកវាយ ឬជ្រើស មិនដែលចេញពីឧបករណ៍នេះទេ។

## Results

results-back = ត្រឡប់ទៅទីកន្លែង
# Variables:
#   $need (String) - what is searched for, like "Health"
#   $place (String) - where, like "Lisboa, Portugal"
results-title = { $need } នៅជិត { $place }
results-change-need = ប្តូរជំនួយ
results-change-place = ប្តូរទីកន្លែង
results-filters = តម្រងបន្ថែម
# Variables:
#   $count (Number) - how many filters are switched on
results-filters-on = (បើក { $count })
results-filter-only = បង្ហាញតែ
results-filter-open-now = បើកឥឡូវនេះ
results-filter-free = ឥតគិតថ្លៃ
results-filter-no-documents = មិនសុំឯកសារ
results-filter-firewall = មិនចែករំលែកទិន្នន័យជាមួយអន្តោប្រវេសន៍
results-filter-kind = ប្រភេទជំនួយ
# Variables:
#   $need (String) - the need chosen, like "Health"
results-filter-kind-all = ទាំងអស់៖ { $need }
results-filter-language = បុគ្គលិកនិយាយភាសា
results-filter-language-any = ភាសាណាក៏បាន
results-filter-serves = សម្រាប់
results-filter-serves-any = គ្រប់គ្នា
results-filter-radius = ក្នុងចម្ងាយ
results-filter-radius-any = ចម្ងាយណាក៏បាន
results-filter-words = ពាក្យដែលត្រូវរក
results-filters-clear = សម្អាតតម្រង
results-searching = កំពុងស្វែងរក…
# Variables:
#   $count (Number) - number of services shown
results-count =
    { $count ->
       *[other] សេវា { $count } ជិតបំផុតមុន
    }
results-none = គ្មានសេវាណាក្នុងបញ្ជីដែលត្រូវគ្នាទេ មិនថានៅចម្ងាយប៉ុន្មានឡើយ។
# Variables:
#   $radius (String) - the distance chosen, like "5 km"
#   $distance (String) - distance of the nearest result, like "37 km"
results-widened = រកមិនឃើញអ្វីក្នុងរង្វង់ { $radius } ទេ។ សេវាទាំងនេះនៅឆ្ងាយជាង ចាប់ពី { $distance }។
# Variables:
#   $distance (String) - distance of the nearest result, like "120 km"
results-far = គ្មានអ្វីនៅជិតទេ៖ កន្លែងជិតបំផុតនៅចម្ងាយ { $distance }។
results-list-heading = សេវា ជិតបំផុតមុន
results-map-toggle = ផែនទី
results-map-label = ផែនទីនៃលទ្ធផល។ បញ្ជីមានព័ត៌មានដូចគ្នា។
results-badges-label = អំពីកន្លែងនេះ
# Variables:
#   $count (Number) - how many more languages are spoken there
results-languages-more = និង { $count } ទៀត
results-show-more = បង្ហាញបន្ថែម
# A short warning on a result whose record is old.
# Variables:
#   $when (String) - how long ago, like "3 years ago"
results-verified-old = បញ្ជាក់ចុងក្រោយ { $when }
# Variables:
#   $country (String) - country name, like "Portugal"
results-phone-lines = ខ្សែទូរស័ព្ទជំនួយ និងលេខសង្គ្រោះបន្ទាន់នៅ { $country }
results-phone-lines-any = ខ្សែទូរស័ព្ទជំនួយ និងលេខសង្គ្រោះបន្ទាន់

## Rights cards in the app

rights-heading = សិទ្ធិរបស់អ្នក

## A service’s page

service-back = ត្រឡប់ទៅលទ្ធផល
service-loading = កំពុងផ្ទុក…
# Variables:
#   $organization (String) - who runs the service
service-run-by = ដំណើរការដោយ { $organization }
service-call = ហៅ
service-directions = ផ្លូវទៅ
service-directions-hint = “ផ្លូវទៅ” បើកកន្លែងនេះក្នុងកម្មវិធីផែនទីនៅលើឧបករណ៍នេះ បើមាន។
service-before-you-go = មុនពេលទៅ
service-help-and-for = ជួយលើអ្វី និងសម្រាប់នរណា
service-contact = ទំនាក់ទំនង
service-no-contact = មិនដឹងលេខទូរស័ព្ទ អ៊ីមែល ឬគេហទំព័រទេ។
# Variables:
#   $title (String) - the directory’s title
service-directory = ពី៖ { $title }
# Variables:
#   $id (String) - the service’s reference code
service-reference = លេខយោង៖ { $id }
# Variables:
#   $from (String) - opening time, like "09:00"
#   $to (String) - closing time, like "17:00"
hours-period = { $from }–{ $to }
hours-period-unknown = (អាចប្រែប្រួល)
service-wrong-button = មានអ្វីមួយខុសនៅទីនេះ
service-wrong-which = ផ្នែកណា?
service-wrong-field-any = អ្វីផ្សេងទៀត ឬមិនប្រាកដ
service-wrong-field-name = ឈ្មោះ
service-wrong-note = តើអ្វីខុស?
service-wrong-private = រក្សាទុកតែនៅលើឧបករណ៍នេះប៉ុណ្ណោះ។ គ្មានអ្វីត្រូវបានផ្ញើទេ។
service-wrong-save = រក្សាទុក
service-wrong-empty = សូមសរសេរអ្វីដែលខុសជាមុនសិន។
service-wrong-saved = បានរក្សាទុកនៅលើឧបករណ៍នេះ។ សូមអរគុណ។

## The map

map-label = ផែនទី
map-zoom-in = ពង្រីក
map-zoom-out = បង្រួម

## About

about-back = ថយក្រោយ
about-title = អំពី Ponte
about-intro = Ponte ជួយអ្នករកសេវានៅជិតអ្នក ហើយប្រាប់អ្នកពីសិទ្ធិរបស់អ្នក ជាភាសារបស់អ្នក។ វាដំណើរការដោយគ្មានអ៊ីនធឺណិត។
about-privacy-heading = ឯកជនភាពរបស់អ្នក
about-privacy-search = អ្វីដែលអ្នកស្វែងរក និងកន្លែងដែលអ្នកស្វែងរក នៅតែលើឧបករណ៍នេះ។ Ponte មិនផ្ញើអ្វីអំពីអ្នកទៅកន្លែងណាទេ។
about-privacy-location = Ponte មិនដែលសួរសេវាអនឡាញថាអ្នកនៅឯណាទេ។
about-privacy-stored = Ponte រក្សាទុកតែភាសារបស់អ្នក ជម្រើសការបង្ហាញរបស់អ្នក និងការកែតម្រូវដែលអ្នករក្សាទុក។ វាមិនរក្សាប្រវត្តិស្វែងរកទេ។
about-privacy-exit = ប៊ូតុង “ចេញរហ័ស” លាក់ Ponte ភ្លាមៗ ហើយសម្អាតការស្វែងរក។ អ្នកក៏អាចចុច Shift 3 ដងបានដែរ។
about-directory-heading = បញ្ជីសេវា
about-directory-title = ឈ្មោះ
about-directory-description = អំពីបញ្ជីនេះ
about-directory-services = សេវា
about-directory-publisher = បោះពុម្ពផ្សាយដោយ
about-directory-built = ធ្វើនៅ
about-directory-bundle = កំណែ
about-directory-built-in = ភ្ជាប់មកជាមួយកម្មវិធី
# Variables:
#   $sequence (Number) - the update number of the directory
about-directory-sequence = បច្ចុប្បន្នភាពលើកទី { $sequence }

## Updating the directory (About page). A "directory file" (.ponte) is a signed file from an
## organisation that keeps the directory current; a "channel" is the web address where it
## publishes them.

about-update-heading = ធ្វើបច្ចុប្បន្នភាពបញ្ជីសេវា
about-update-intro = Ponte ពិនិត្យថាឯកសារបញ្ជីសេវានីមួយៗត្រូវបានចុះហត្ថលេខាដោយអង្គការដែលវាទុកចិត្ត ហើយថ្មីជាងឯកសារដែលអ្នកមាន។ បើមានអ្វីខុស គ្មានអ្វីផ្លាស់ប្តូរទេ។
about-update-file = ដំឡើងពីឯកសារ
about-update-file-hint = ឯកសារ .ponte ពី USB ឬពីសារ។
about-update-channel = អាសយដ្ឋានឆានែល
about-update-channel-hint = អាសយដ្ឋានគេហទំព័រដែលអង្គការរបស់អ្នកបានផ្តល់ឱ្យ។ Ponte ទាញយកតែឯកសាររបស់វា ហើយមិនផ្ញើអ្វីអំពីអ្នកទេ៖ មិនផ្ញើទីកន្លែង ការស្វែងរក ឬភាសារបស់អ្នកទេ។
about-update-check = ពិនិត្យរកបច្ចុប្បន្នភាព
about-update-working = កំពុងពិនិត្យ…
# Variables:
#   $title (String) - the directory's title
#   $publisher (String) - who published it
#   $sequence (Number) - its update number
#   $count (Number) - services in it
app-update-installed = បានដំឡើង “{ $title }” ពី { $publisher } បច្ចុប្បន្នភាពលើកទី { $sequence }៖ { $count ->
       *[other] សេវា { $count }។
    }
# Variables:
#   $sequence (Number) - the update number installed
app-update-up-to-date = អ្នកមានបញ្ជីសេវាថ្មីបំផុតហើយ (បច្ចុប្បន្នភាពលើកទី { $sequence })។
# Variables:
#   $limit (Number) - the largest size accepted, in megabytes
app-update-file-too-large = ឯកសារនេះធំពេកសម្រាប់បញ្ជីសេវា (លើសពី { $limit } MB)។ គ្មានអ្វីត្រូវបានផ្លាស់ប្តូរទេ។
start-directory-expired = បញ្ជីសេវានេះហួសកាលបរិច្ឆេទផុតកំណត់ហើយ។ វានៅតែដំណើរការ ប៉ុន្តែព័ត៌មានខ្លះប្រហែលជាហួសសម័យ។ សូមធ្វើបច្ចុប្បន្នភាពវានៅទំព័រ “អំពី”។
about-display-heading = ការបង្ហាញ
about-text-size = ទំហំអក្សរ
about-text-size-normal = ធម្មតា
about-text-size-large = ធំ
about-text-size-larger = ធំជាង
about-contrast = ភាពផ្ទុយពណ៌
about-contrast-normal = ធម្មតា
about-contrast-more = ផ្ទុយពណ៌ខ្លាំងជាង
about-display-system = Ponte ក៏ធ្វើតាមការកំណត់ទំហំអក្សរ ភាពផ្ទុយពណ៌ និងពណ៌ នៃឧបករណ៍របស់អ្នកដែរ។
about-languages-heading = ភាសា
# Variables:
#   $language (String) - the name of the language shown now
about-languages-current = ឥឡូវបង្ហាញជា៖ { $language }។ អ្នកអាចប្តូរវានៅខាងលើនៃគ្រប់អេក្រង់។
about-locale-name = ភាសា
about-locale-status = ស្ថានភាព
about-locale-review = អ្នកពិនិត្យ
about-status-source = អត្ថបទដើម
about-status-reviewed = បានពិនិត្យដោយអ្នកនិយាយភាសាកំណើត
about-status-complete = ពេញលេញ មិនទាន់ពិនិត្យ
about-status-draft = សេចក្តីព្រាង៖ អត្ថបទខ្លះជាភាសាអង់គ្លេស
about-status-pseudo = សម្រាប់សាកល្បង
about-testing = ការសាកល្បង
about-testing-intro = ភាសាប្រឌិត ដែលបង្ហាញថាប្លង់អាចទ្រាំនឹងអត្ថបទវែងជាង និងការសរសេរពីស្តាំទៅឆ្វេងបានឬទេ។
about-use-locale = ប្រើ
about-corrections-heading = ការកែតម្រូវរបស់អ្នក
about-corrections-intro = កំហុសដែលអ្នកបានកត់ត្រាដោយ “មានអ្វីមួយខុសនៅទីនេះ”។ វានៅតែលើឧបករណ៍នេះ។
about-corrections-none = មិនទាន់មានរក្សាទុកទេ។
about-correction-delete = លុប
about-correction-deleted = បានលុបការកែតម្រូវ។
about-credits-heading = ការទទួលស្គាល់
about-credit-places = ឈ្មោះទីកន្លែង៖ GeoNames (geonames.org) អាជ្ញាប័ណ្ណ CC BY 4.0។
about-credit-map = ផែនទី៖ Natural Earth (naturalearthdata.com) សាធារណសម្បត្តិ តាមរយៈកញ្ចប់ world-atlas (អាជ្ញាប័ណ្ណ ISC)។
about-credit-leaflet = ការបង្ហាញផែនទី៖ Leaflet (អាជ្ញាប័ណ្ណ BSD 2-Clause)។
about-credit-icons = រូបតំណាង៖ Lucide (អាជ្ញាប័ណ្ណ ISC រូបតំណាងខ្លះពី Feather អាជ្ញាប័ណ្ណ MIT)។
about-credit-fluent = ការបកប្រែ៖ Project Fluent, @fluent/bundle (អាជ្ញាប័ណ្ណ Apache 2.0)។
about-credit-fonts = ពុម្ពអក្សរ៖ Noto Sans សម្រាប់គ្រប់អក្សរនៃភាសារបស់កម្មវិធី (អាជ្ញាប័ណ្ណ SIL Open Font License 1.1) តាមរយៈ Fontsource។
# Variables:
#   $version (String) - the app’s version, like "0.1.0"
about-version = Ponte កំណែ { $version }

## Handing off to a phone or map app, where this device has none

# Variables:
#   $number (String) - the phone number, like "+351218106100"
handoff-tel = ឧបករណ៍នេះមិនអាចហៅទូរស័ព្ទបានទេ។ សូមហៅ { $number } ពីទូរស័ព្ទ។
# Variables:
#   $coordinates (String) - latitude and longitude, like "38.724927, -9.134284"
handoff-geo = គ្មានកម្មវិធីផែនទីសម្រាប់បើកនៅទីនេះទេ។ ក្នុងកម្មវិធីផែនទីណាមួយ សូមស្វែងរក { $coordinates }។
