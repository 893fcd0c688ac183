# Problems in directory spreadsheets (the template in data/README.md), shown by
# `ponte validate`, `ponte directory build` and `ponte import csv`, and placing rows on the
# map. Read by NGO volunteers: say what is wrong and what to do.
# Note for Arabic: column names and values from the template (name, lat, lon, locality,
# needs, geo_precision, geonames_id, yes/no/unknown...) stay in Latin letters, in «».

## Reading the file

# Variables:
#   $reason (String) - what the operating system said
src-cannot-read = تعذّرت قراءة الملف: { $reason }
src-empty-file = الملف فارغ: يجب أن يكون صفّه الأول صفّ العناوين، وفيه أسماء الأعمدة.
src-header-not-utf8 = صفّ العناوين ليس بترميز UTF-8 صالح. احفظ الملف بصيغة CSV (UTF-8).
# Variables:
#   $column (String) - a required column's name
src-missing-column = لا يوجد في صفّ العناوين عمود «{ $column }». انظر data/README.md لمعرفة الأعمدة.
# Variables:
#   $column (String) - a column name
#   $first (String) - the number of the first column with that name
#   $second (String) - the number of the second one
src-duplicate-column = العمود «{ $column }» موجود مرتين (العمودان { $first } و{ $second }).
# Variables:
#   $lang (String) - the language code after the colon
#   $column (String) - the whole column name, like "name:xx"
src-unknown-column-language = «{ $lang }» في العمود «{ $column }» ليس رمز لغة معروفًا.
# Variables:
#   $cells (String) - cells in the row
#   $columns (String) - columns in the header
src-cell-count = عدد الخلايا في هذا الصف { $cells }، لكن عدد الأعمدة في صفّ العناوين { $columns }: هل هناك فاصلة ناقصة أو زائدة، أو علامة اقتباس لم تُغلق؟
# Variables:
#   $reason (String) - what the CSV reader said
src-bad-csv = الملف ليس CSV صالحًا في هذا الموضع: { $reason }
# Variables:
#   $bytes (String) - the size of the cell
#   $limit (String) - the largest size allowed
src-too-long = حجم هذه الخلية { $bytes } بايت؛ والحد الأقصى { $limit }.
# Variables:
#   $offset (String) - how many bytes of the cell are valid
src-bad-utf8 = هذه الخلية ليست بترميز UTF-8 صالح (بعد البايت { $offset }). احفظ الملف بصيغة CSV (UTF-8).

## One row

# Variables:
#   $id (String) - the repeated id
#   $where (String) - where it was first used, like "pt.csv:12"
src-duplicate-id = المعرّف «{ $id }» مستخدم من قبل في { $where }. يحتاج كل صف إلى معرّف خاص به.
# Variables:
#   $column (String) - the column's name
src-required = «{ $column }» مطلوب.
# Variables:
#   $column (String) - the column's name, like "description"
src-translation-without-original = «{ $column }» فارغ، لكن له ترجمات: املأ «{ $column }» بلغة الصف نفسه.
# Variables:
#   $id (String) - the id as written
src-bad-id = المعرّف «{ $id }» لا يجوز أن يحتوي إلا على حروف لاتينية صغيرة (a-z) وأرقام و«.» و«_» و«-» (100 حرف على الأكثر).
# Variables:
#   $value (String) - the value as written
src-bad-kind = «{ $value }» ليست إحدى هذه القيم: place، phone-line، emergency.
# Variables:
#   $value (String) - the value as written
src-bad-answer = «{ $value }» ليست إحدى هذه القيم: yes، no، unknown.
# Variables:
#   $code (String) - the code as written
src-bad-language = «{ $code }» ليس رمز لغة معروفًا (ISO 639-1 مثل «pt»، أو ISO 639-3 مثل «kea»).
# Variables:
#   $code (String) - the code as written
#   $known (String) - the codes that exist, comma-separated
src-bad-need = «{ $code }» ليس رمز حاجة. الرموز هي: { $known }
src-needs-required = «needs» مطلوب: رمز حاجة واحد على الأقل.
# Variables:
#   $code (String) - the code as written
#   $known (String) - the codes that exist, comma-separated
src-bad-group = «{ $code }» ليس فئة من الفئات المخدومة. الفئات هي: { $known }
# Variables:
#   $value (String) - the value as written
src-bad-country = «{ $value }» ليس رمز بلد من حرفين مثل PT.
# Variables:
#   $value (String) - the value as written
src-bad-geonames-id = «{ $value }» ليس معرّف GeoNames (عددًا صحيحًا). ابحث عنه بالأمر: ponte places "Town, PT" --json
# Variables:
#   $value (String) - the value as written
src-bad-timezone = «{ $value }» ليست منطقة زمنية. استخدم اسمًا من IANA مثل Europe/Lisbon، أو اترك الخانة فارغة.
# Variables:
#   $hours (String) - the opening hours as written
#   $position (String) - the character where reading stopped, counted from 1
src-bad-hours = تعذّرت قراءة ساعات العمل «{ $hours }» ابتداءً من الحرف { $position }. يُحفظ النص ويُعرض كما كُتب، وحالة «مفتوح الآن» غير معروفة. استخدم صيغة OpenStreetMap، مثل Mo-Fr 09:00-17:00.
# Variables:
#   $value (String) - the value as written
src-bad-date = «{ $value }» ليس تاريخًا بصيغة مثل 2024-03-19.
# Variables:
#   $value (String) - the date as written
src-future-date = التاريخ { $value } في المستقبل.
# Variables:
#   $value (String) - the value as written
src-bad-uncertainty = «{ $value }» ليس مسافة بالأمتار (عددًا، 0 أو أكثر).
# Variables:
#   $value (String) - the value as written
src-bad-precision = «{ $value }» ليست إحدى هذه القيم: exact، address، city، postal-code.
src-unplaceable = يحتاج المكان إلى lat و lon، أو على الأقل إلى بلدة في «locality»، حتى يمكن إيجاده على الخريطة.
src-exact-without-coordinates = قيمة geo_precision هي «exact»، لكن lat و lon فارغان.
src-half-coordinates = اكتب lat و lon كليهما، أو اتركهما فارغين كليهما.
src-null-island = النقطة 0,0 في المحيط الأطلسي: هي قيمة مؤقتة، وليست موقعًا.
# Variables:
#   $value (String) - the latitude as written
src-bad-latitude = خط العرض { $value } ليس بين -90 و90.
# Variables:
#   $value (String) - the longitude as written
src-bad-longitude = خط الطول { $value } ليس بين -180 و180.
# Variables:
#   $value (String) - the value as written
src-not-degrees = «{ $value }» ليس عددًا عشريًا من الدرجات، مثل 38.7249.
# Variables:
#   $number (String) - the number as written
src-bad-phone = «{ $number }» ليس رقم هاتف: استخدم الأرقام والمسافات وعلامة + في البداية، وضع الملاحظات بين قوسين بعد الرقم.

## Placing rows on the map

# Variables:
#   $value (String) - the code as written
place-bad-country = «{ $value }» ليس رمز بلد وفق ISO 3166-1.
# Variables:
#   $id (String) - the GeoNames id
#   $name (String) - the place it names
#   $found (String) - that place's country
#   $country (String) - the row's country
place-geonames-other-country = معرّف GeoNames { $id } هو { $name } في { $found }، لا في { $country }.
# Variables:
#   $id (String) - the GeoNames id
place-geonames-unknown = معرّف GeoNames { $id } غير موجود في دليل الأماكن المتاح بدون إنترنت (فيه البلدات التي يسكنها 1000 شخص أو أكثر في بلدان الدليل الافتراضي، و5000 أو أكثر في غيرها). اكتب lat و lon بدلًا منه.
# Variables:
#   $town (String) - the town as written
#   $country (String) - the row's country code
place-town-not-found = البلدة «{ $town }» غير موجودة في دليل الأماكن المتاح بدون إنترنت للبلد { $country }. أضف lat و lon، أو geonames_id الخاص بالبلدة (جرّب: ponte places "{ $town }, { $country }" --json).
# Variables:
#   $count (String) - how many towns have the name
#   $country (String) - the row's country code
#   $town (String) - the town as written
#   $list (String) - the towns, with their geonames_id, coordinates and population
place-ambiguous-town = في { $country } عدة بلدات اسمها «{ $town }» (عددها { $count }): { $list }. أضف geonames_id الصحيح (أو lat و lon) حتى لا يوضع الصف في البلدة الخطأ.
# Variables:
#   $km (String) - the distance in kilometres
#   $place (String) - the nearest town to the coordinates
#   $found (String) - that town's country code
#   $country (String) - the row's country code
place-outside-country = الإحداثيات على بعد { $km } كم من { $place } ({ $found })، لكن البلد { $country }: هل lat و lon مقلوبان، أم أن البلد خطأ؟

## Labels in reports

diag-error = خطأ
diag-warning = تحذير
# Variables:
#   $count (Number) - how many errors
diag-nothing-changed = { $count ->
    [one] خطأ واحد في المصادر: لم يُبنَ شيء ولم يتغيّر شيء.
    [two] خطآن في المصادر: لم يُبنَ شيء ولم يتغيّر شيء.
    [few] { $count } أخطاء في المصادر: لم يُبنَ شيء ولم يتغيّر شيء.
    [many] { $count } خطأً في المصادر: لم يُبنَ شيء ولم يتغيّر شيء.
   *[other] { $count } خطأ في المصادر: لم يُبنَ شيء ولم يتغيّر شيء.
}

## ponte directory build and ponte directory info

# Variables:
#   $file (String) - the database written
#   $count (Number) - services in it
#   $placed (Number) - how many were placed at their town's centre
dir-built = { $file }: { $count ->
    [zero] لا خدمات
    [one] خدمة واحدة
    [two] خدمتان
    [few] { $count } خدمات
    [many] { $count } خدمة
   *[other] { $count } خدمة
} (وُضع منها { $placed } في وسط بلدتها)
# Variables:
#   $bundle (String) - the directory's bundle id
#   $sequence (String) - its sequence number
dir-info-bundle = الحزمة: { $bundle } (الرقم التسلسلي { $sequence })
# Variables:
#   $count (Number) - services in the directory
dir-info-services = الخدمات: { $count }
# Variables:
#   $path (String) - the database file
dir-info-file = الملف: { $path }
# Variables:
#   $path (String) - the data folder
dir-info-data-dir = مجلد البيانات: { $path }

## Command-line options that need fixing

# Variables:
#   $value (String) - the time as written
cli-bad-time = «{ $value }» ليس وقتًا بصيغة مثل 2026-11-23T10:00:00Z.
