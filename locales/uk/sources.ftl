# Problems in directory spreadsheets (the template in data/README.md), shown by
# `ponte validate`, `ponte directory build` and `ponte import csv`, and placing rows on the
# map. Read by NGO volunteers: say what is wrong and what to do.

## Reading the file

# Variables:
#   $reason (String) - what the operating system said
src-cannot-read = Не вдається прочитати файл: { $reason }
src-empty-file = Файл порожній: перший рядок має бути заголовком із назвами стовпців.
src-header-not-utf8 = Заголовок не в кодуванні UTF-8. Збережіть файл як CSV (UTF-8).
# Variables:
#   $column (String) - a required column's name
src-missing-column = У заголовку немає стовпця «{ $column }». Перелік стовпців — у data/README.md.
# Variables:
#   $column (String) - a column name
#   $first (String) - the number of the first column with that name
#   $second (String) - the number of the second one
src-duplicate-column = Стовпець «{ $column }» трапляється двічі (стовпці { $first } і { $second }).
# Variables:
#   $lang (String) - the language code after the colon
#   $column (String) - the whole column name, like "name:xx"
src-unknown-column-language = «{ $lang }» у назві стовпця «{ $column }» — невідомий код мови.
# Variables:
#   $cells (String) - cells in the row
#   $columns (String) - columns in the header
src-cell-count = У цьому рядку клітинок: { $cells }, а в заголовку стовпців: { $columns }. Можливо, пропущено або зайва кома чи не закрито лапки?
# Variables:
#   $reason (String) - what the CSV reader said
src-bad-csv = У цьому місці файл не є правильним CSV: { $reason }
# Variables:
#   $bytes (String) - the size of the cell
#   $limit (String) - the largest size allowed
src-too-long = Розмір цієї клітинки в байтах: { $bytes }; межа: { $limit }.
# Variables:
#   $offset (String) - how many bytes of the cell are valid
src-bad-utf8 = Ця клітинка не в кодуванні UTF-8 (помилка після байта { $offset }). Збережіть файл як CSV (UTF-8).

## One row

# Variables:
#   $id (String) - the repeated id
#   $where (String) - where it was first used, like "pt.csv:12"
src-duplicate-id = Id «{ $id }» уже використано в { $where }. Кожен рядок повинен мати свій id.
# Variables:
#   $column (String) - the column's name
src-required = Поле «{ $column }» обов’язкове.
# Variables:
#   $column (String) - the column's name, like "description"
src-translation-without-original = Поле «{ $column }» порожнє, але має переклади: заповніть «{ $column }» мовою самого рядка.
# Variables:
#   $id (String) - the id as written
src-bad-id = В id «{ $id }» можуть бути лише малі латинські літери, цифри, «.», «_» і «-» (не більше 100 символів).
# Variables:
#   $value (String) - the value as written
src-bad-kind = «{ $value }» — не одне зі значень: place, phone-line, emergency.
# Variables:
#   $value (String) - the value as written
src-bad-answer = «{ $value }» — не одне зі значень: yes, no, unknown.
# Variables:
#   $code (String) - the code as written
src-bad-language = «{ $code }» — невідомий код мови (ISO 639-1, наприклад «pt», або ISO 639-3, наприклад «kea»).
# Variables:
#   $code (String) - the code as written
#   $known (String) - the codes that exist, comma-separated
src-bad-need = «{ $code }» — не код потреби. Коди: { $known }
src-needs-required = Поле «needs» обов’язкове: потрібен хоча б один код потреби.
# Variables:
#   $code (String) - the code as written
#   $known (String) - the codes that exist, comma-separated
src-bad-group = «{ $code }» — не група. Групи: { $known }
# Variables:
#   $value (String) - the value as written
src-bad-country = «{ $value }» — не дволітерний код країни, наприклад PT.
# Variables:
#   $value (String) - the value as written
src-bad-geonames-id = «{ $value }» — не id GeoNames (це має бути ціле число). Знайдіть його так: ponte places "Місто, PT" --json
# Variables:
#   $value (String) - the value as written
src-bad-timezone = «{ $value }» — не часовий пояс. Укажіть назву IANA, наприклад Europe/Lisbon, або залиште поле порожнім.
# Variables:
#   $hours (String) - the opening hours as written
#   $position (String) - the character where reading stopped, counted from 1
src-bad-hours = Не вдається прочитати години роботи «{ $hours }» починаючи із символу { $position }. Текст збережено й показано так, як його написано, а «Відчинено зараз» невідомо. Використовуйте синтаксис OpenStreetMap, наприклад Mo-Fr 09:00-17:00.
# Variables:
#   $value (String) - the value as written
src-bad-date = «{ $value }» — не дата у вигляді 2024-03-19.
# Variables:
#   $value (String) - the date as written
src-future-date = { $value } — це дата в майбутньому.
# Variables:
#   $value (String) - the value as written
src-bad-uncertainty = «{ $value }» — не відстань у метрах (число, 0 або більше).
# Variables:
#   $value (String) - the value as written
src-bad-precision = «{ $value }» — не одне зі значень: exact, address, city, postal-code.
src-unplaceable = Щоб знайти місце на карті, потрібні lat і lon або хоча б населений пункт у «locality».
src-exact-without-coordinates = У geo_precision вказано «exact», але lat і lon порожні.
src-half-coordinates = Укажіть і lat, і lon — або жодного з них.
src-null-island = 0,0 — це точка в Атлантичному океані: заглушка, а не місце.
# Variables:
#   $value (String) - the latitude as written
src-bad-latitude = Широта { $value } не лежить між -90 і 90.
# Variables:
#   $value (String) - the longitude as written
src-bad-longitude = Довгота { $value } не лежить між -180 і 180.
# Variables:
#   $value (String) - the value as written
src-not-degrees = «{ $value }» — не десяткове число градусів, наприклад 38.7249.
# Variables:
#   $number (String) - the number as written
src-bad-phone = «{ $number }» — не номер телефону: використовуйте цифри, пробіли і + на початку, а примітки пишіть у дужках після номера.

## Placing rows on the map

# Variables:
#   $value (String) - the code as written
place-bad-country = «{ $value }» — не код країни ISO 3166-1.
# Variables:
#   $id (String) - the GeoNames id
#   $name (String) - the place it names
#   $found (String) - that place's country
#   $country (String) - the row's country
place-geonames-other-country = Id GeoNames { $id } — це { $name } у країні { $found }, а не { $country }.
# Variables:
#   $id (String) - the GeoNames id
place-geonames-unknown = Id GeoNames { $id } немає в офлайн-довіднику місць (населені пункти з населенням від 1000 осіб у країнах стандартного довідника, від 5000 — в інших). Натомість укажіть lat і lon.
# Variables:
#   $town (String) - the town as written
#   $country (String) - the row's country code
place-town-not-found = Населеного пункту «{ $town }» немає в офлайн-довіднику місць для { $country }. Додайте lat і lon або geonames_id цього місця (спробуйте: ponte places "{ $town }, { $country }" --json).
# Variables:
#   $count (String) - how many towns have the name
#   $country (String) - the row's country code
#   $town (String) - the town as written
#   $list (String) - the towns, with their geonames_id, coordinates and population
place-ambiguous-town = Населених пунктів із назвою «{ $town }» у { $country }: { $count } ({ $list }). Додайте потрібний geonames_id (або lat і lon), щоб рядок не опинився не в тому місці.
# Variables:
#   $km (String) - the distance in kilometres
#   $place (String) - the nearest town to the coordinates
#   $found (String) - that town's country code
#   $country (String) - the row's country code
place-outside-country = Координати розташовані за { $km } км від { $place } ({ $found }), але вказано країну { $country }: можливо, lat і lon переплутано місцями або країна неправильна?

## Labels in reports

diag-error = помилка
diag-warning = попередження
# Variables:
#   $count (Number) - how many errors
diag-nothing-changed = { $count ->
    [one] { $count } помилка у вихідних даних: нічого не зібрано й не змінено.
    [few] { $count } помилки у вихідних даних: нічого не зібрано й не змінено.
   *[other] { $count } помилок у вихідних даних: нічого не зібрано й не змінено.
}

## ponte directory build and ponte directory info

# Variables:
#   $file (String) - the database written
#   $count (Number) - services in it
#   $placed (Number) - how many were placed at their town's centre
dir-built = { $file }: { $count ->
    [one] { $count } служба
    [few] { $count } служби
   *[other] { $count } служб
} (розміщено в центрі свого населеного пункту: { $placed })
# Variables:
#   $bundle (String) - the directory's bundle id
#   $sequence (String) - its sequence number
dir-info-bundle = Пакет: { $bundle } (порядковий номер { $sequence })
# Variables:
#   $count (Number) - services in the directory
dir-info-services = Служби: { $count }
# Variables:
#   $path (String) - the database file
dir-info-file = Файл: { $path }
# Variables:
#   $path (String) - the data folder
dir-info-data-dir = Тека даних: { $path }

## Command-line options that need fixing

# Variables:
#   $value (String) - the time as written
cli-bad-time = «{ $value }» — не час у вигляді 2026-11-23T10:00:00Z.
