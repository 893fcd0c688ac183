# Problems in directory spreadsheets (the template in data/README.md), shown by
# `ponte validate`, `ponte directory build` and `ponte import csv`, and placing rows on the
# map. Read by NGO volunteers: say what is wrong and what to do.

## Reading the file

# Variables:
#   $reason (String) - what the operating system said
src-cannot-read = Не удаётся прочитать файл: { $reason }
src-empty-file = Файл пуст: первая строка должна быть заголовком с названиями столбцов.
src-header-not-utf8 = Заголовок не в кодировке UTF-8. Сохраните файл как CSV (UTF-8).
# Variables:
#   $column (String) - a required column's name
src-missing-column = В заголовке нет столбца «{ $column }». Список столбцов — в data/README.md.
# Variables:
#   $column (String) - a column name
#   $first (String) - the number of the first column with that name
#   $second (String) - the number of the second one
src-duplicate-column = Столбец «{ $column }» встречается дважды (столбцы { $first } и { $second }).
# Variables:
#   $lang (String) - the language code after the colon
#   $column (String) - the whole column name, like "name:xx"
src-unknown-column-language = «{ $lang }» в названии столбца «{ $column }» — неизвестный код языка.
# Variables:
#   $cells (String) - cells in the row
#   $columns (String) - columns in the header
src-cell-count = В этой строке ячеек: { $cells }, а в заголовке столбцов: { $columns }. Может быть, пропущена или лишняя запятая или не закрыта кавычка?
# Variables:
#   $reason (String) - what the CSV reader said
src-bad-csv = В этом месте файл не является правильным CSV: { $reason }
# Variables:
#   $bytes (String) - the size of the cell
#   $limit (String) - the largest size allowed
src-too-long = Размер этой ячейки в байтах: { $bytes }; предел: { $limit }.
# Variables:
#   $offset (String) - how many bytes of the cell are valid
src-bad-utf8 = Эта ячейка не в кодировке UTF-8 (ошибка после байта { $offset }). Сохраните файл как CSV (UTF-8).

## One row

# Variables:
#   $id (String) - the repeated id
#   $where (String) - where it was first used, like "pt.csv:12"
src-duplicate-id = Id «{ $id }» уже использован в { $where }. У каждой строки должен быть свой id.
# Variables:
#   $column (String) - the column's name
src-required = Поле «{ $column }» обязательно.
# Variables:
#   $column (String) - the column's name, like "description"
src-translation-without-original = Поле «{ $column }» пустое, но у него есть переводы: заполните «{ $column }» на языке самой строки.
# Variables:
#   $id (String) - the id as written
src-bad-id = В id «{ $id }» могут быть только строчные латинские буквы, цифры, «.», «_» и «-» (не больше 100 символов).
# Variables:
#   $value (String) - the value as written
src-bad-kind = «{ $value }» — не одно из значений: place, phone-line, emergency.
# Variables:
#   $value (String) - the value as written
src-bad-answer = «{ $value }» — не одно из значений: yes, no, unknown.
# Variables:
#   $code (String) - the code as written
src-bad-language = «{ $code }» — неизвестный код языка (ISO 639-1, например «pt», или ISO 639-3, например «kea»).
# Variables:
#   $code (String) - the code as written
#   $known (String) - the codes that exist, comma-separated
src-bad-need = «{ $code }» — не код потребности. Коды: { $known }
src-needs-required = Поле «needs» обязательно: нужен хотя бы один код потребности.
# Variables:
#   $code (String) - the code as written
#   $known (String) - the codes that exist, comma-separated
src-bad-group = «{ $code }» — не группа. Группы: { $known }
# Variables:
#   $value (String) - the value as written
src-bad-country = «{ $value }» — не двухбуквенный код страны, например PT.
# Variables:
#   $value (String) - the value as written
src-bad-geonames-id = «{ $value }» — не id GeoNames (это должно быть целое число). Найдите его так: ponte places "Город, PT" --json
# Variables:
#   $value (String) - the value as written
src-bad-timezone = «{ $value }» — не часовой пояс. Укажите название IANA, например Europe/Lisbon, или оставьте поле пустым.
# Variables:
#   $hours (String) - the opening hours as written
#   $position (String) - the character where reading stopped, counted from 1
src-bad-hours = Не удаётся прочитать часы работы «{ $hours }» начиная с символа { $position }. Текст сохранён и показывается как написан, а «Открыто сейчас» неизвестно. Используйте синтаксис OpenStreetMap, например Mo-Fr 09:00-17:00.
# Variables:
#   $value (String) - the value as written
src-bad-date = «{ $value }» — не дата в виде 2024-03-19.
# Variables:
#   $value (String) - the date as written
src-future-date = { $value } — это дата в будущем.
# Variables:
#   $value (String) - the value as written
src-bad-uncertainty = «{ $value }» — не расстояние в метрах (число, 0 или больше).
# Variables:
#   $value (String) - the value as written
src-bad-precision = «{ $value }» — не одно из значений: exact, address, city, postal-code.
src-unplaceable = Чтобы найти место на карте, нужны lat и lon или хотя бы населённый пункт в «locality».
src-exact-without-coordinates = В geo_precision указано «exact», но lat и lon пустые.
src-half-coordinates = Укажите и lat, и lon — или ни то, ни другое.
src-null-island = 0,0 — это точка в Атлантическом океане: заглушка, а не место.
# Variables:
#   $value (String) - the latitude as written
src-bad-latitude = Широта { $value } не находится между -90 и 90.
# Variables:
#   $value (String) - the longitude as written
src-bad-longitude = Долгота { $value } не находится между -180 и 180.
# Variables:
#   $value (String) - the value as written
src-not-degrees = «{ $value }» — не десятичное число градусов, например 38.7249.
# Variables:
#   $number (String) - the number as written
src-bad-phone = «{ $number }» — не номер телефона: используйте цифры, пробелы и + в начале, а примечания пишите в скобках после номера.

## Placing rows on the map

# Variables:
#   $value (String) - the code as written
place-bad-country = «{ $value }» — не код страны ISO 3166-1.
# Variables:
#   $id (String) - the GeoNames id
#   $name (String) - the place it names
#   $found (String) - that place's country
#   $country (String) - the row's country
place-geonames-other-country = Id GeoNames { $id } — это { $name } в стране { $found }, а не { $country }.
# Variables:
#   $id (String) - the GeoNames id
place-geonames-unknown = Id GeoNames { $id } нет в офлайн-справочнике мест (населённые пункты с населением от 1000 человек в странах стандартного справочника, от 5000 — в остальных). Укажите вместо этого lat и lon.
# Variables:
#   $town (String) - the town as written
#   $country (String) - the row's country code
place-town-not-found = Населённого пункта «{ $town }» нет в офлайн-справочнике мест для { $country }. Добавьте lat и lon или geonames_id этого места (попробуйте: ponte places "{ $town }, { $country }" --json).
# Variables:
#   $count (String) - how many towns have the name
#   $country (String) - the row's country code
#   $town (String) - the town as written
#   $list (String) - the towns, with their geonames_id, coordinates and population
place-ambiguous-town = Населённых пунктов с названием «{ $town }» в { $country }: { $count } ({ $list }). Добавьте нужный geonames_id (или lat и lon), чтобы строка не оказалась не в том месте.
# Variables:
#   $km (String) - the distance in kilometres
#   $place (String) - the nearest town to the coordinates
#   $found (String) - that town's country code
#   $country (String) - the row's country code
place-outside-country = Координаты находятся в { $km } км от { $place } ({ $found }), но страна указана { $country }: может быть, lat и lon перепутаны местами или неверна страна?

## Labels in reports

diag-error = ошибка
diag-warning = предупреждение
# Variables:
#   $count (Number) - how many errors
diag-nothing-changed = { $count ->
    [one] { $count } ошибка в исходных данных: ничего не собрано и не изменено.
    [few] { $count } ошибки в исходных данных: ничего не собрано и не изменено.
   *[other] { $count } ошибок в исходных данных: ничего не собрано и не изменено.
}

## ponte directory build and ponte directory info

# Variables:
#   $file (String) - the database written
#   $count (Number) - services in it
#   $placed (Number) - how many were placed at their town's centre
dir-built = { $file }: { $count ->
    [one] { $count } служба
    [few] { $count } службы
   *[other] { $count } служб
} (в центре своего населённого пункта размещено: { $placed })
# Variables:
#   $bundle (String) - the directory's bundle id
#   $sequence (String) - its sequence number
dir-info-bundle = Пакет: { $bundle } (порядковый номер { $sequence })
# Variables:
#   $count (Number) - services in the directory
dir-info-services = Службы: { $count }
# Variables:
#   $path (String) - the database file
dir-info-file = Файл: { $path }
# Variables:
#   $path (String) - the data folder
dir-info-data-dir = Папка данных: { $path }

## Command-line options that need fixing

# Variables:
#   $value (String) - the time as written
cli-bad-time = «{ $value }» — не время в виде 2026-11-23T10:00:00Z.
