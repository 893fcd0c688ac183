# NGO data in and out: HSDS and spreadsheet import, export and validation
# (`ponte import`, `ponte export`, `ponte validate`). Read by NGO volunteers: plain words,
# and always what to do.

## Problems in the files themselves (nothing is imported while one stands)

# Variables:
#   $table (String) - the HSDS table, like "location"
#   $field (String) - the field, like "latitude"
#   $expected (String) - what the field must hold, like "a number"
#   $value (String) - the value found
data-bad-type = В поле { $table }.{ $field } должно быть: { $expected }, а сейчас там: { $value }.
# Variables:
#   $table (String) - the HSDS table, like "service"
data-missing-id = У этой записи { $table } нет id. Id нужен каждой записи service, location, organization и service_at_location.
data-bad-utf8 = Этот текст не в кодировке UTF-8. Сохраните файл в UTF-8 (в программе таблиц: «CSV UTF-8»).
# Variables:
#   $reason (String) - what the JSON reader said
data-bad-json = Это неправильный JSON: { $reason }.
# Variables:
#   $table (String) - the file or table name
data-unknown-table = { $table } — не таблица HSDS, которую знает Ponte; она не прочитана.
data-no-records = В этом файле нет записей HSDS.
data-unknown-object = Ponte не может понять, какой это объект HSDS (service, organization, location или service_at_location).
# Variables:
#   $bytes (String) - the size of the value
#   $limit (String) - the largest size allowed
data-too-long = Длина этого значения в байтах: { $bytes }; предел: { $limit }. Такое длинное значение — признак повреждённого файла, а не данные службы.
# Variables:
#   $cells (String) - cells in the row
#   $columns (String) - columns in the header
data-cell-count = В этой строке ячеек: { $cells }, а в заголовке столбцов: { $columns }. Может быть, пропущена или лишняя запятая или не закрыта кавычка?
# Variables:
#   $reason (String) - what the CSV reader said
data-bad-csv = В этом месте файл не является правильным CSV: { $reason }.
# Variables:
#   $table (String) - the HSDS table
#   $value (String) - the id
data-duplicate-row = У другой строки { $table } уже есть id «{ $value }». У каждой строки должен быть свой id.
# Variables:
#   $table (String) - the table of the row
#   $field (String) - the link field, like "location_id"
#   $target (String) - the table it points to
#   $value (String) - the id it names
data-unknown-reference = { $table }.{ $field } ссылается на { $target } «{ $value }», но такой записи нет в данных. Без неё эту строку нельзя использовать: добавьте { $target } или исправьте id.
# Variables:
#   $table (String) - the table of the row
#   $field (String) - the link field
#   $target (String) - the table it points to
#   $value (String) - the id it names
data-dangling-reference = { $table }.{ $field } ссылается на { $target } «{ $value }», но такой записи нет в данных. Значение сохранено как есть.

## Mapping HSDS to Ponte

# Variables:
#   $need (String) - the need code given, like "health.mental"
#   $keyword (String) - the word that matched, like "counselling"
#   $text (String) - the name it was found in
data-needs-from-name = Ни один термин таксономии не говорит, что предлагает эта служба, поэтому вид помощи { $need } взят из слова «{ $keyword }» в «{ $text }». Проверьте это.
# Variables:
#   $value (String) - the language as written
data-unknown-language-name = «{ $value }» — язык, который Ponte не распознаёт; он сохранён в данных HSDS, но не показан среди языков общения.
# Variables:
#   $lat (String) - the latitude given
#   $lon (String) - the longitude given
data-impossible-coordinates = Координаты { $lat }, { $lon } не указывают на место на Земле. Они не использованы (запись размещена по адресу, если это возможно) и сохранены как есть.
# Variables:
#   $value (String) - the phone number as written
data-unreadable-phone = «{ $value }» — не номер телефона, по которому Ponte может позвонить; он сохранён в данных HSDS, но не показан.
# Variables:
#   $reason (String) - which part of the schedule, like "byweekno"
data-schedules-not-hours = В расписаниях используется { $reason }, а Ponte не может превратить это в часы работы; расписания сохранены как есть, а «открыто сейчас» неизвестно.
data-no-services = В этих данных нет служб, поэтому импортировать нечего (одни организации и места — это ещё не пункты обслуживания).
# Variables:
#   $lang (String) - the language code assumed
data-assumed-language = HSDS не говорит, на каком языке тексты; Ponte считает, что на «{ $lang }». Если это не так, импортируйте снова с --text-lang.
# Variables:
#   $value (String) - the Ponte id
#   $other (String) - where the first record with this id is
data-duplicate-id = Две записи получили бы один и тот же id Ponte «{ $value }» (другая запись: { $other }). Используйте --id-prefix или исправьте id.

## ponte validate: what to fix before publishing

data-unplaced = У этого места нет координат и нет населённого пункта, который Ponte смог бы найти, поэтому его нельзя показать на карте. Добавьте lat и lon или населённый пункт (locality).
# Variables:
#   $value (String) - the phone number
#   $country (String) - the record's country code, like "PT"
data-phone-unreadable = «{ $value }» не читается как номер телефона в стране { $country }. Запишите его с кодом страны, например +351 21 000 0000.
# Variables:
#   $value (String) - the phone number
#   $country (String) - the record's country code
data-phone-not-valid = «{ $value }» не похож на действующий номер в стране { $country } (неверная длина или префикс?). Проверьте его.
# Variables:
#   $date (String) - the verified_at date
#   $months (String) - the staleness threshold in months
data-stale = Последняя проверка: { $date }, больше { $months } мес. назад. Проверьте, что всё ещё верно, и обновите verified_at.
# Variables:
#   $value (String) - the source as written
data-source-not-public = Источник «{ $value }» — это файл на компьютере, читатели не смогут его открыть. Укажите веб-адрес или название документа (для HSDS: импортируйте с --source).
# Variables:
#   $other (String) - the id of the other record
#   $metres (String) - the distance between them in metres
data-likely-duplicate = То же название, что у { $other }, на расстоянии { $metres } м: одно и то же место введено дважды?

## ponte import / export / validate: summaries

# Variables:
#   $services (Number) - records read
#   $errors (Number) - errors found
#   $warnings (Number) - warnings found
data-summary = { $services ->
    [one] { $services } запись
    [few] { $services } записи
    [many] { $services } записей
   *[other] { $services } записи
}, { $errors ->
    [one] { $errors } ошибка
    [few] { $errors } ошибки
    [many] { $errors } ошибок
   *[other] { $errors } ошибки
}, { $warnings ->
    [one] { $warnings } предупреждение
    [few] { $warnings } предупреждения
    [many] { $warnings } предупреждений
   *[other] { $warnings } предупреждения
}.
# Variables:
#   $source (Number) - places with coordinates from the source
#   $city (Number) - places put at their town's centre
#   $postal (Number) - places put at their postal code's centre
#   $unplaced (Number) - places not placed
data-placement = Места: с координатами из источника — { $source }, в центре своего населённого пункта — { $city }, в центре района своего почтового индекса — { $postal }, не размещены — { $unplaced }.
# Variables:
#   $count (Number) - places placed by town that gave a postal code
data-postal-not-used = { $count ->
    [one] У { $count } места указан почтовый индекс, который не использован: у Ponte пока нет офлайн-данных почтовых индексов, поэтому место размещено в центре своего населённого пункта.
   *[other] У { $count } мест указан почтовый индекс, который не использован: у Ponte пока нет офлайн-данных почтовых индексов, поэтому они размещены в центре своих населённых пунктов.
}
# Variables:
#   $id (String) - the record's id
#   $reason (String) - why it was not placed
data-unplaced-item = не размещено: { $id }: { $reason }
data-fix-errors = Исправьте ошибки выше: ничего не записано.
# Variables:
#   $path (String) - the file or folder written
data-written = Записано: { $path }
# Variables:
#   $count (Number) - records exported
#   $path (String) - where
data-exported = { $count ->
    [one] Экспортирована { $count } запись в { $path }.
    [few] Экспортированы { $count } записи в { $path }.
    [many] Экспортировано { $count } записей в { $path }.
   *[other] Экспортировано { $count } записи в { $path }.
}
# Variables:
#   $done (Number) - records done
#   $total (Number) - records in all
data-progress = { $done } из { $total }…
data-example-row = Это строка-пример из шаблона: удалите её перед публикацией.
# Variables:
#   $count (Number) - records without a point
data-geojson-left-out = { $count ->
    [one] { $count } запись без точки на карте (телефон помощи или место, которого ещё нет на карте) не попала в GeoJSON.
    [few] { $count } записи без точки на карте (телефоны помощи или места, которых ещё нет на карте) не попали в GeoJSON.
    [many] { $count } записей без точки на карте (телефоны помощи или места, которых ещё нет на карте) не попали в GeoJSON.
   *[other] { $count } записи без точки на карте (телефоны помощи или места, которых ещё нет на карте) не попали в GeoJSON.
}

## ponte import / export: bad options

# Variables:
#   $value (String) - what was given
data-bad-text-lang = --text-lang «{ $value }» — это не код языка (ISO 639-1 или 639-3, например pt или kea).
# Variables:
#   $value (String) - what was given
data-bad-verified-at = --verified-at «{ $value }» — это не дата вида 2024-03-19.
# Variables:
#   $path (String) - the source given
data-looks-like-hsds = { $path } похоже на HSDS: используйте `ponte import hsds`.
# Variables:
#   $path (String) - the source given
data-not-hsds = { $path } — не HSDS (файл .json или папка с пакетом HSDS в формате CSV): для шаблона используйте `ponte import csv`.
