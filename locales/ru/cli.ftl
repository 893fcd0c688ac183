# The `ponte` command line.

## ponte search

# Variables:
#   $place (String) - the place searched near, like "Lisbon"
#   $country (String) - its country, like "Portugal"
#   $point (String) - its coordinates, like "38.72509,-9.14980"
cli-search-near = Поблизости: { $place }, { $country } ({ $point })
# Variables:
#   $point (String) - coordinates, like "16.71000,98.57000"
cli-search-near-point = Поблизости: { $point }
# Variables:
#   $others (String) - other places with the same name, comma-separated
cli-search-also = Другие места с таким названием: { $others }. Добавьте код страны («Cartagena, CO») или укажите координаты.
cli-search-none = В справочнике нет ни одной службы, подходящей под эти фильтры, ни на каком расстоянии.
# Variables:
#   $radius (String) - the radius asked for, like "5 km"
#   $distance (String) - distance of the nearest result, like "37 km"
cli-search-widened = В радиусе { $radius } ничего нет. Ближайшие подходящие службы дальше, начиная с { $distance }.
# Variables:
#   $distance (String) - distance of the nearest result, like "120 km"
cli-search-far = Ближайшая подходящая служба находится в { $distance } отсюда.
# Variables:
#   $count (Number) - number of results shown
cli-search-count = { $count ->
    [one] { $count } служба
    [few] { $count } службы
    [many] { $count } служб
   *[other] { $count } службы
}
# Variables:
#   $country (String) - country name, like "Portugal"
cli-search-phone-lines = Телефоны помощи и экстренные номера: { $country }
cli-col-distance = Расстояние
cli-col-name = Название
cli-col-open = Сейчас
cli-col-languages = Языки
cli-col-verified = Проверено
cli-col-id = Код
cli-col-notes = Примечания
cli-hint-show = Подробнее: ponte show <код>

## Errors (exit code 2: something in the command needs fixing)

# Variables:
#   $query (String) - what the person typed
cli-place-not-found = В офлайн-справочнике мест нет места «{ $query }». Попробуйте другое написание, название по-английски или на местном языке либо координаты, например 38.72,-9.14.
# Variables:
#   $reason (String) - what is wrong with the coordinates
cli-bad-coordinates = Таких координат на земном шаре нет: { $reason }. Укажите широту,долготу в десятичных градусах, например 38.72,-9.14.
# Variables:
#   $reason (String) - what is wrong
cli-bad-filter = { $reason }
# Variables:
#   $id (String) - the reference asked for
cli-show-not-found = В используемом справочнике нет службы с кодом «{ $id }». Сначала выполните поиск, чтобы увидеть коды.
cli-bad-radius = Радиус должен быть положительным числом километров, например 5 или 2.5.
cli-bad-limit = Лимит должен быть целым числом от 1 до 1000.

## ponte places

# Variables:
#   $query (String) - what the person typed
cli-places-none = Нет мест, подходящих под «{ $query }».
cli-places-credit = Названия мест: GeoNames (geonames.org), CC BY 4.0.
cli-col-place = Место
cli-col-country = Страна
cli-col-population = Население
cli-col-coordinates = Координаты
cli-col-matched = Совпадение

## ponte show

cli-show-check-before = Проверьте, прежде чем идти.
cli-show-directory = Справочник
