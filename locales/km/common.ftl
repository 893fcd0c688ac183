# Strings shared by the app and the command line.

## Needs (the taxonomy in data/README.md). Short: they label big tiles.

need-one-stop-shop = សេវាច្រកចេញចូលតែមួយ
need-health = សុខភាព
need-health-emergency = ការព្យាបាលបន្ទាន់
need-health-primary = គ្រូពេទ្យ
need-health-mental = សុខភាពផ្លូវចិត្ត
need-health-sexual-reproductive = សុខភាពផ្លូវភេទ និងសុខភាពបន្តពូជ
need-education = ការអប់រំ
need-education-school-enrolment = សាលារៀនសម្រាប់កុមារ
need-education-language-classes = ថ្នាក់រៀនភាសា
need-education-vocational = វគ្គបណ្តុះបណ្តាលជំនាញ
need-housing = លំនៅដ្ឋាន
need-housing-shelter = កន្លែងស្នាក់នៅយប់នេះ
need-housing-tenancy-advice = ដំបូន្មានអំពីការជួលផ្ទះ
need-legal-aid = ជំនួយផ្លូវច្បាប់
need-legal-aid-immigration = អន្តោប្រវេសន៍ និងការសុំសិទ្ធិជ្រកកោន
need-legal-aid-regularisation = ឯកសារស្នាក់នៅ
need-legal-aid-labour = ជំនួយផ្លូវច្បាប់ផ្នែកការងារ
need-work = ការងារ
need-work-recruitment = រកការងារដោយសុវត្ថិភាព
need-work-wage-claims = ប្រាក់ឈ្នួលមិនទាន់បើក
need-social-protection = ជំនួយសង្គម
need-violence-support = ជំនួយពេលរងអំពើហិង្សា
need-violence-support-trafficking = ការជួញដូរមនុស្ស និងពលកម្មដោយបង្ខំ
need-child-protection = កុមារ
need-documents = ឯកសារ
need-interpretation = អ្នកបកប្រែផ្ទាល់មាត់
need-food = អាហារ និងរបស់ចាំបាច់
need-money = លុយកាក់
need-money-remittances = ផ្ញើប្រាក់ទៅផ្ទះ
need-money-banking = គណនីធនាគារ
need-return = ត្រឡប់ទៅស្រុកវិញ
need-complaints = ពាក្យបណ្តឹង
need-complaints-labour-inspection = អធិការកិច្ចការងារ
need-complaints-human-rights = ស្ថាប័នសិទ្ធិមនុស្ស
need-information = ព័ត៌មាន និងដំបូន្មាន

## Who a service is for

serves-all = គ្រប់គ្នា
serves-women = ស្ត្រី
serves-children = កុមារ
serves-unaccompanied-minors = កុមារដែលមកតែម្នាក់ឯង
serves-survivors-of-violence = ជនរងគ្រោះដោយអំពើហិង្សា
serves-workers = ពលករ
serves-families = គ្រួសារ
serves-lgbtiq = មនុស្ស LGBTIQ

## Distances and directions

# Variables:
#   $meters (Number) - distance in metres, under 1000
distance-meters = { NUMBER($meters, maximumFractionDigits: 0) } ម៉ែត្រ
# Variables:
#   $kilometers (Number) - distance in kilometres
distance-kilometers = { NUMBER($kilometers, maximumFractionDigits: 1) } គ.ម.
# For places known only approximately (a town's centre), when the person is within the
# town's reach.
# Variables:
#   $distance (String) - the town's reach, like "5 km"
distance-within-about = ក្នុងរង្វង់ប្រហែល { $distance }
# Variables:
#   $distance (String) - a formatted distance, like "14 km"
distance-about = ប្រហែល { $distance }
compass-n = ខាងជើង
compass-ne = ខាងជើងឆៀងខាងកើត
compass-e = ខាងកើត
compass-se = ខាងត្បូងឆៀងខាងកើត
compass-s = ខាងត្បូង
compass-sw = ខាងត្បូងឆៀងខាងលិច
compass-w = ខាងលិច
compass-nw = ខាងជើងឆៀងខាងលិច
# Variables:
#   $distance (String) - a formatted distance, like "2.3 km"
#   $direction (String) - a compass direction, like "north-east"
distance-direction = { $distance } ទៅ{ $direction }

## Opening status, always in the service's own time

status-open = បើកឥឡូវនេះ
status-closed = បិទឥឡូវនេះ
status-unknown = មិនដឹងម៉ោងបើក
# Variables:
#   $time (String) - closing time, like "17:00"
status-open-until = បើករហូតដល់ម៉ោង { $time }
# Variables:
#   $time (String) - closing time, like "17:00"
status-closes-soon = ជិតបិទហើយ ({ $time })
# Variables:
#   $time (String) - opening time today, like "09:00"
status-opens-at = បើកម៉ោង { $time }
# Variables:
#   $day (String) - a weekday name, like "Monday"
#   $time (String) - opening time, like "09:00"
status-opens-on = បើក{ $day } ម៉ោង { $time }
status-hours-unreadable = ម៉ោងតាមដែលបានសរសេរ (អានមិនបាន)
# Variables:
#   $zone (String) - an IANA time zone, like "Europe/Lisbon"
status-time-zone = ម៉ោងជាម៉ោងក្នុងតំបន់ ({ $zone })

weekday-1 = ថ្ងៃច័ន្ទ
weekday-2 = ថ្ងៃអង្គារ
weekday-3 = ថ្ងៃពុធ
weekday-4 = ថ្ងៃព្រហស្បតិ៍
weekday-5 = ថ្ងៃសុក្រ
weekday-6 = ថ្ងៃសៅរ៍
weekday-7 = ថ្ងៃអាទិត្យ
hours-closed-all-day = បិទ
hours-today = ថ្ងៃនេះ

## Badges on results

badge-free = ឥតគិតថ្លៃ
badge-no-documents = មិនសុំឯកសារ
badge-no-status = មិនសួរពីស្ថានភាព
badge-firewall = មិនចែករំលែកទិន្នន័យជាមួយអន្តោប្រវេសន៍
badge-shares-with-immigration = អាចចែករំលែកទិន្នន័យជាមួយអន្តោប្រវេសន៍
badge-one-stop-shop = សេវាច្រកចេញចូលតែមួយ
badge-walk-in = មកបានដោយមិនបាច់ណាត់
badge-appointment = ត្រូវណាត់ជួបជាមុន
badge-approximate = ទីតាំងប្រហាក់ប្រហែល
badge-phone-line = ខ្សែទូរស័ព្ទជំនួយ
badge-emergency = លេខសង្គ្រោះបន្ទាន់

## Answers to yes/no questions about a service

answer-yes = មែន
answer-no = មិនមែន
answer-unknown = មិនដឹង

## Labels on a service's page

field-what = សេវាដែលផ្តល់
field-needs = ជួយលើ
field-serves = សម្រាប់
field-languages = ភាសាដែលនិយាយ
field-asks-status = សួរពីស្ថានភាពចំណាកស្រុក
field-asks-documents = សុំឯកសារ
field-shares-with-immigration = ចែករំលែកទិន្នន័យជាមួយអាជ្ញាធរអន្តោប្រវេសន៍
field-free = ឥតគិតថ្លៃ
field-appointment = ត្រូវណាត់ជួបជាមុន
field-walk-in = អាចមកដោយមិនបាច់ណាត់
field-what-to-bring = អ្វីដែលត្រូវយកមក
field-organization = ដំណើរការដោយ
field-address = អាសយដ្ឋាន
field-phone = ទូរស័ព្ទ
field-email = អ៊ីមែល
field-website = គេហទំព័រ
field-hours = ម៉ោងបើក
field-location = ទីតាំង
field-source = ប្រភព
field-source-note = អំពីប្រភព
field-verified = បញ្ជាក់ចុងក្រោយ
field-id = លេខយោង

precision-exact = ទីតាំងពិតប្រាកដ
precision-address = កំណត់ទីតាំងតាមអាសយដ្ឋាន
# Variables:
#   $town (String) - the town whose centre is shown
precision-city = ប្រហាក់ប្រហែល៖ បង្ហាញនៅកណ្តាល { $town }។ សូមពិនិត្យអាសយដ្ឋាន។
precision-postal-code = ប្រហាក់ប្រហែល៖ បង្ហាញនៅកណ្តាលតំបន់លេខកូដប្រៃសណីយ៍

## How old a record is

# Variables:
#   $months (Number) - whole months since the record was last confirmed
verified-months-ago = { $months ->
    [0] ខែនេះ
   *[other] { $months } ខែមុន
}
# Variables:
#   $years (Number) - whole years since the record was last confirmed
verified-years-ago = { $years ->
   *[other] { $years } ឆ្នាំមុន
}
# Variables:
#   $when (String) - how long ago, like "3 years ago"
verified-old-warning = បញ្ជាក់ចុងក្រោយ { $when }។ ព័ត៌មានអាចបានផ្លាស់ប្តូរ៖ សូមពិនិត្យមុនពេលទៅ។

## Languages of the interface

# Variables:
#   $requested (String) - the language code asked for
#   $used (String) - the name of the language shown instead
lang-fallback = គ្មានការបកប្រែសម្រាប់ “{ $requested }” ទេ។ កំពុងបង្ហាញជា { $used }។
# Variables:
#   $language (String) - the name of this language
lang-draft-notice = ការបកប្រែជាភាសា{ $language }នេះ ជាសេចក្តីព្រាងដែលអ្នកនិយាយភាសានេះពីកំណើត មិនទាន់បានពិនិត្យនៅឡើយ។ កន្លែងណាដែលខ្វះអត្ថបទ អ្នកនឹងឃើញភាសាអង់គ្លេស។
