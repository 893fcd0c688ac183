# The `ponte` command line.

## ponte search

# Variables:
#   $place (String) - the place searched near, like "Lisbon"
#   $country (String) - its country, like "Portugal"
#   $point (String) - its coordinates, like "38.72509,-9.14980"
cli-search-near = Поблизу: { $place }, { $country } ({ $point })
# Variables:
#   $point (String) - coordinates, like "16.71000,98.57000"
cli-search-near-point = Поблизу: { $point }
# Variables:
#   $others (String) - other places with the same name, comma-separated
cli-search-also = Інші місця з такою назвою: { $others }. Додайте код країни («Cartagena, CO») або вкажіть координати.
cli-search-none = У довіднику немає жодної служби, що відповідає цим фільтрам, на будь-якій відстані.
# Variables:
#   $radius (String) - the radius asked for, like "5 km"
#   $distance (String) - distance of the nearest result, like "37 km"
cli-search-widened = У радіусі { $radius } нічого немає. Найближчі відповідні служби далі, починаючи з { $distance }.
# Variables:
#   $distance (String) - distance of the nearest result, like "120 km"
cli-search-far = Найближча відповідна служба розташована за { $distance } звідси.
# Variables:
#   $count (Number) - number of results shown
cli-search-count = { $count ->
    [one] { $count } служба
    [few] { $count } служби
    [many] { $count } служб
   *[other] { $count } служби
}
# Variables:
#   $country (String) - country name, like "Portugal"
cli-search-phone-lines = Телефони допомоги та екстрені номери: { $country }
cli-col-distance = Відстань
cli-col-name = Назва
cli-col-open = Зараз
cli-col-languages = Мови
cli-col-verified = Перевірено
cli-col-id = Код
cli-col-notes = Примітки
cli-hint-show = Докладніше: ponte show <код>

## Errors (exit code 2: something in the command needs fixing)

# Variables:
#   $query (String) - what the person typed
cli-place-not-found = В офлайн-довіднику місць немає місця «{ $query }». Спробуйте інше написання, назву англійською або місцевою мовою чи координати, наприклад 38.72,-9.14.
# Variables:
#   $reason (String) - what is wrong with the coordinates
cli-bad-coordinates = Таких координат на земній кулі немає: { $reason }. Вкажіть широту,довготу в десяткових градусах, наприклад 38.72,-9.14.
# Variables:
#   $reason (String) - what is wrong
cli-bad-filter = { $reason }
# Variables:
#   $id (String) - the reference asked for
cli-show-not-found = У довіднику, що використовується, немає служби з кодом «{ $id }». Спершу виконайте пошук, щоб побачити коди.
cli-bad-radius = Радіус має бути додатним числом кілометрів, наприклад 5 або 2.5.
cli-bad-limit = Ліміт має бути цілим числом від 1 до 1000.

## ponte places

# Variables:
#   $query (String) - what the person typed
cli-places-none = Немає місць, що відповідають «{ $query }».
cli-places-credit = Назви місць: GeoNames (geonames.org), CC BY 4.0.
cli-col-place = Місце
cli-col-country = Країна
cli-col-population = Населення
cli-col-coordinates = Координати
cli-col-matched = Збіг

## ponte show

cli-show-check-before = Перевірте, перш ніж іти.
cli-show-directory = Довідник
