# NGO data in and out: HSDS and spreadsheet import, export and validation
# (`ponte import`, `ponte export`, `ponte validate`). Read by NGO volunteers: plain words,
# and always what to do.

## Problems in the files themselves (nothing is imported while one stands)

# Variables:
#   $table (String) - the HSDS table, like "location"
#   $field (String) - the field, like "latitude"
#   $expected (String) - what the field must hold, like "a number"
#   $value (String) - the value found
data-bad-type = У полі { $table }.{ $field } має бути: { $expected }, а зараз там: { $value }.
# Variables:
#   $table (String) - the HSDS table, like "service"
data-missing-id = У цього запису { $table } немає id. Id потрібен кожному запису service, location, organization і service_at_location.
data-bad-utf8 = Цей текст не в кодуванні UTF-8. Збережіть файл в UTF-8 (у програмі таблиць: «CSV UTF-8»).
# Variables:
#   $reason (String) - what the JSON reader said
data-bad-json = Це неправильний JSON: { $reason }.
# Variables:
#   $table (String) - the file or table name
data-unknown-table = { $table } — не таблиця HSDS, яку знає Ponte; її не прочитано.
data-no-records = У цьому файлі немає записів HSDS.
data-unknown-object = Ponte не може зрозуміти, що це за об’єкт HSDS (service, organization, location чи service_at_location).
# Variables:
#   $bytes (String) - the size of the value
#   $limit (String) - the largest size allowed
data-too-long = Довжина цього значення в байтах: { $bytes }; межа: { $limit }. Таке довге значення — ознака пошкодженого файлу, а не дані служби.
# Variables:
#   $cells (String) - cells in the row
#   $columns (String) - columns in the header
data-cell-count = У цьому рядку клітинок: { $cells }, а в заголовку стовпців: { $columns }. Можливо, пропущено або зайва кома чи не закрито лапки?
# Variables:
#   $reason (String) - what the CSV reader said
data-bad-csv = У цьому місці файл не є правильним CSV: { $reason }.
# Variables:
#   $table (String) - the HSDS table
#   $value (String) - the id
data-duplicate-row = Інший рядок { $table } уже має id «{ $value }». Кожен рядок повинен мати свій id.
# Variables:
#   $table (String) - the table of the row
#   $field (String) - the link field, like "location_id"
#   $target (String) - the table it points to
#   $value (String) - the id it names
data-unknown-reference = { $table }.{ $field } посилається на { $target } «{ $value }», але такого запису немає в даних. Без нього цей рядок не можна використати: додайте { $target } або виправте id.
# Variables:
#   $table (String) - the table of the row
#   $field (String) - the link field
#   $target (String) - the table it points to
#   $value (String) - the id it names
data-dangling-reference = { $table }.{ $field } посилається на { $target } «{ $value }», але такого запису немає в даних. Значення збережено як є.

## Mapping HSDS to Ponte

# Variables:
#   $need (String) - the need code given, like "health.mental"
#   $keyword (String) - the word that matched, like "counselling"
#   $text (String) - the name it was found in
data-needs-from-name = Жоден термін таксономії не каже, що пропонує ця служба, тому вид допомоги { $need } взято зі слова «{ $keyword }» у «{ $text }». Перевірте це.
# Variables:
#   $value (String) - the language as written
data-unknown-language-name = «{ $value }» — мова, яку Ponte не розпізнає; її збережено в даних HSDS, але не показано серед мов спілкування.
# Variables:
#   $lat (String) - the latitude given
#   $lon (String) - the longitude given
data-impossible-coordinates = Координати { $lat }, { $lon } не вказують на місце на Землі. Їх не використано (запис розміщено за адресою, якщо це можливо) і збережено як є.
# Variables:
#   $value (String) - the phone number as written
data-unreadable-phone = «{ $value }» — не номер телефону, на який Ponte може зателефонувати; його збережено в даних HSDS, але не показано.
# Variables:
#   $reason (String) - which part of the schedule, like "byweekno"
data-schedules-not-hours = У розкладах використано { $reason }, а Ponte не може перетворити це на години роботи; розклади збережено як є, а «відчинено зараз» невідомо.
data-no-services = У цих даних немає служб, тому імпортувати нічого (самі організації та місця — це ще не пункти обслуговування).
# Variables:
#   $lang (String) - the language code assumed
data-assumed-language = HSDS не вказує, якою мовою тексти; Ponte вважає, що мовою «{ $lang }». Якщо це не так, імпортуйте знову з --text-lang.
# Variables:
#   $value (String) - the Ponte id
#   $other (String) - where the first record with this id is
data-duplicate-id = Два записи отримали б той самий id Ponte «{ $value }» (інший запис: { $other }). Використайте --id-prefix або виправте id.

## ponte validate: what to fix before publishing

data-unplaced = У цього місця немає координат і немає населеного пункту, який Ponte міг би знайти, тому його не можна показати на карті. Додайте lat і lon або населений пункт (locality).
# Variables:
#   $value (String) - the phone number
#   $country (String) - the record's country code, like "PT"
data-phone-unreadable = «{ $value }» не читається як номер телефону в країні { $country }. Запишіть його з кодом країни, наприклад +351 21 000 0000.
# Variables:
#   $value (String) - the phone number
#   $country (String) - the record's country code
data-phone-not-valid = «{ $value }» не схожий на чинний номер у країні { $country } (неправильна довжина чи префікс?). Перевірте його.
# Variables:
#   $date (String) - the verified_at date
#   $months (String) - the staleness threshold in months
data-stale = Остання перевірка: { $date }, понад { $months } міс. тому. Перевірте, чи все ще правильно, і оновіть verified_at.
# Variables:
#   $value (String) - the source as written
data-source-not-public = Джерело «{ $value }» — це файл на комп’ютері, читачі не зможуть його відкрити. Вкажіть вебадресу або назву документа (для HSDS: імпортуйте з --source).
# Variables:
#   $other (String) - the id of the other record
#   $metres (String) - the distance between them in metres
data-likely-duplicate = Та сама назва, що в { $other }, на відстані { $metres } м: те саме місце введено двічі?

## ponte import / export / validate: summaries

# Variables:
#   $services (Number) - records read
#   $errors (Number) - errors found
#   $warnings (Number) - warnings found
data-summary = { $services ->
    [one] { $services } запис
    [few] { $services } записи
    [many] { $services } записів
   *[other] { $services } запису
}, { $errors ->
    [one] { $errors } помилка
    [few] { $errors } помилки
    [many] { $errors } помилок
   *[other] { $errors } помилки
}, { $warnings ->
    [one] { $warnings } попередження
    [few] { $warnings } попередження
    [many] { $warnings } попереджень
   *[other] { $warnings } попередження
}.
# Variables:
#   $source (Number) - places with coordinates from the source
#   $city (Number) - places put at their town's centre
#   $postal (Number) - places put at their postal code's centre
#   $unplaced (Number) - places not placed
data-placement = Місця: з координатами з джерела — { $source }, у центрі свого населеного пункту — { $city }, у центрі району свого поштового індексу — { $postal }, не розміщені — { $unplaced }.
# Variables:
#   $count (Number) - places placed by town that gave a postal code
data-postal-not-used = { $count ->
    [one] У { $count } місця вказано поштовий індекс, який не використано: у Ponte ще немає офлайн-даних поштових індексів, тому місце розміщено в центрі його населеного пункту.
   *[other] У { $count } місць вказано поштовий індекс, який не використано: у Ponte ще немає офлайн-даних поштових індексів, тому їх розміщено в центрі їхніх населених пунктів.
}
# Variables:
#   $id (String) - the record's id
#   $reason (String) - why it was not placed
data-unplaced-item = не розміщено: { $id }: { $reason }
data-fix-errors = Виправте помилки вище: нічого не записано.
# Variables:
#   $path (String) - the file or folder written
data-written = Записано: { $path }
# Variables:
#   $count (Number) - records exported
#   $path (String) - where
data-exported = { $count ->
    [one] Експортовано { $count } запис до { $path }.
    [few] Експортовано { $count } записи до { $path }.
    [many] Експортовано { $count } записів до { $path }.
   *[other] Експортовано { $count } запису до { $path }.
}
# Variables:
#   $done (Number) - records done
#   $total (Number) - records in all
data-progress = { $done } з { $total }…
data-example-row = Це рядок-приклад із шаблону: видаліть його перед публікацією.
# Variables:
#   $count (Number) - records without a point
data-geojson-left-out = { $count ->
    [one] { $count } запис без точки на карті (телефон допомоги або місце, якого ще немає на карті) не потрапив до GeoJSON.
    [few] { $count } записи без точки на карті (телефони допомоги або місця, яких ще немає на карті) не потрапили до GeoJSON.
    [many] { $count } записів без точки на карті (телефони допомоги або місця, яких ще немає на карті) не потрапили до GeoJSON.
   *[other] { $count } запису без точки на карті (телефони допомоги або місця, яких ще немає на карті) не потрапили до GeoJSON.
}

## ponte import / export: bad options

# Variables:
#   $value (String) - what was given
data-bad-text-lang = --text-lang «{ $value }» — це не код мови (ISO 639-1 або 639-3, наприклад pt чи kea).
# Variables:
#   $value (String) - what was given
data-bad-verified-at = --verified-at «{ $value }» — це не дата на зразок 2024-03-19.
# Variables:
#   $path (String) - the source given
data-looks-like-hsds = { $path } схоже на HSDS: використайте `ponte import hsds`.
# Variables:
#   $path (String) - the source given
data-not-hsds = { $path } — не HSDS (файл .json або папка з пакетом HSDS у форматі CSV): для шаблону використайте `ponte import csv`.
