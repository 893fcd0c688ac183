# Labels shared by the app and the command line that came after the first translation
# round; and, below, the app's own screens.

## Rights cards

rights-applies-whatever-status = Это действует при любом миграционном статусе.
rights-if-refused-heading = Если вам отказали
rights-sources-heading = Источники
# Variables:
#   $need (String) - the name of the need asked about, like "Health"
rights-none-for-need = Для «{ $need }» пока нет карточки о правах.

## App frame, on every screen

app-name = Ponte
app-skip-link = Перейти к содержимому
app-language-label = Язык
app-about = О программе
app-back = Назад
app-privacy-line = Всё, что вы ищете, остаётся на этом устройстве.
# Said to screen readers after switching language.
# Variables:
#   $language (String) - the name of the language now shown, like "العربية"
app-language-changed = Язык изменён: { $language }

## Errors

error-input = Это не получилось использовать. Проверьте, что вы ввели, и попробуйте ещё раз.
error-internal = Внутри Ponte что-то пошло не так. Попробуйте ещё раз. Если это повторяется, закройте Ponte и откройте снова.

## Quick exit (a button on every screen, and Shift pressed 3 times)

exit-button = Быстро выйти
exit-hint = Сразу скрывает Ponte и стирает этот поиск. Можно также нажать Shift 3 раза.
exit-press-two = Shift: нажмите ещё 2 раза, чтобы выйти.
exit-press-one = Shift: нажмите ещё 1 раз, чтобы выйти.
exit-expired = Быстрый выход с клавиатуры отменён.
# The only words on the blank page shown after a quick exit: keep them neutral, with
# nothing about Ponte, migration or help.
exit-neutral-continue = Продолжить

## Start: choosing a need

start-title = С чем вам нужна помощь?
start-intro = Выберите одно. Потом выберите где.
start-more-needs = Другие виды помощи
start-specific-heading = Что-то более точное
# Variables:
#   $place (String) - the place chosen earlier, like "Lisboa, Portugal"
start-place-kept = Ищем поблизости: { $place }.

## Where: choosing a place

where-title = Где?
where-back = К видам помощи
# Variables:
#   $need (String) - the need chosen, like "Health"
where-looking-for = Ищем: { $need }
where-type-heading = Введите место
where-place-label = Город или посёлок
where-place-hint = Введите место на любом языке и любым алфавитом.
where-suggestions-label = Места
# Variables:
#   $count (Number) - how many places match what was typed
where-suggestions-count = { $count ->
    [one] Найдено { $count } место
    [few] Найдено { $count } места
    [many] Найдено { $count } мест
   *[other] Найдено { $count } места
}
# Variables:
#   $query (String) - what the person typed
where-no-place = Места «{ $query }» не найдено. Попробуйте другое написание или название по-английски или на местном языке.
# Variables:
#   $place (String) - a place name, like "Lisboa"
#   $country (String) - its country, like "Portugal"
where-place-label-full = { $place }, { $country }
# Variables:
#   $place (String) - the place chosen earlier, like "Lisboa, Portugal"
where-current = Сейчас: { $place }.
where-keep-place = Оставить это место
where-pick-heading = На карте
where-pick-button = Выбрать на карте
where-pick-hint = Нажмите на карту. С клавиатуры двигайте карту стрелками, потом выберите её центр.
where-map-label = Карта для выбора места
where-pick-centre = Выбрать центр карты
where-pick-looking = Ищем ближайший населённый пункт…
# Variables:
#   $place (String) - the nearest town, like "Lisboa, Portugal"
#   $distance (String) - how far the point is from it, like "3 km"
where-picked-near = Рядом: { $place } ({ $distance })
where-picked-point = Выбранная вами точка
where-pick-confirm = Искать здесь
where-device-heading = Местоположение устройства
where-device-unavailable = На этом компьютере не используется: чтобы его найти, нужно спросить онлайн-службу, и она узнает, где вы. Лучше введите место или выберите его на карте.
where-device-button = Моё местоположение
where-device-private = Ваше местоположение используется только на этом устройстве. Оно никуда не отправляется и не сохраняется.
where-device-finding = Ищем ваше местоположение…
where-device-failed = Не удалось найти ваше местоположение. Введите место или выберите его на карте.
where-device-here = Ваше местоположение
where-private = Места, которые вы вводите или выбираете, не покидают это устройство.

## Results

results-back = К выбору места
# Variables:
#   $need (String) - what is searched for, like "Health"
#   $place (String) - where, like "Lisboa, Portugal"
results-title = { $need } — { $place }
results-change-need = Другая помощь
results-change-place = Другое место
results-filters = Ещё фильтры
# Variables:
#   $count (Number) - how many filters are switched on
results-filters-on = ({ $count } вкл.)
results-filter-only = Показывать только
results-filter-open-now = Открыто сейчас
results-filter-free = Бесплатно
results-filter-no-documents = Документы не нужны
results-filter-firewall = Не передают данные миграционным властям
results-filter-kind = Вид помощи
# Variables:
#   $need (String) - the need chosen, like "Health"
results-filter-kind-all = Всё: { $need }
results-filter-language = Язык сотрудников
results-filter-language-any = Любой язык
results-filter-serves = Для кого
results-filter-serves-any = Для всех
results-filter-radius = Не дальше
results-filter-radius-any = Любое расстояние
results-filter-words = Слова для поиска
results-filters-clear = Сбросить фильтры
results-searching = Ищем…
# Variables:
#   $count (Number) - number of services shown
results-count = { $count ->
    [one] { $count } служба, сначала ближайшие
    [few] { $count } службы, сначала ближайшие
    [many] { $count } служб, сначала ближайшие
   *[other] { $count } службы, сначала ближайшие
}
results-none = В справочнике нет подходящих служб ни на каком расстоянии.
# Variables:
#   $radius (String) - the distance chosen, like "5 km"
#   $distance (String) - distance of the nearest result, like "37 km"
results-widened = В пределах { $radius } ничего нет. Вот службы дальше, начиная с { $distance }.
# Variables:
#   $distance (String) - distance of the nearest result, like "120 km"
results-far = Поблизости ничего нет: ближайшая служба в { $distance } отсюда.
results-list-heading = Службы, сначала ближайшие
results-map-toggle = Карта
results-map-label = Карта результатов. В списке та же информация.
results-badges-label = Об этом месте
# Variables:
#   $count (Number) - how many more languages are spoken there
results-languages-more = и ещё { $count }
results-show-more = Показать ещё
# A short warning on a result whose record is old.
# Variables:
#   $when (String) - how long ago, like "3 years ago"
results-verified-old = Последняя проверка: { $when }
# Variables:
#   $country (String) - country name, like "Portugal"
results-phone-lines = Телефоны помощи и экстренные номера: { $country }
results-phone-lines-any = Телефоны помощи и экстренные номера

## Rights cards in the app

rights-heading = Ваши права

## A service’s page

service-back = К результатам
service-loading = Загрузка…
# Variables:
#   $organization (String) - who runs the service
service-run-by = Кто ведёт: { $organization }
service-call = Позвонить
service-directions = Маршрут
service-directions-hint = Кнопка «Маршрут» открывает это место в приложении карт на этом устройстве, если оно есть.
service-before-you-go = Перед тем как идти
service-help-and-for = С чем помогают и кому
service-contact = Контакты
service-no-contact = Телефон, эл. почта и сайт неизвестны.
# Variables:
#   $title (String) - the directory’s title
service-directory = Справочник: { $title }
# Variables:
#   $id (String) - the service’s reference code
service-reference = Код: { $id }
# Variables:
#   $from (String) - opening time, like "09:00"
#   $to (String) - closing time, like "17:00"
hours-period = { $from }–{ $to }
hours-period-unknown = (может меняться)
service-wrong-button = Здесь что-то не так
service-wrong-which = Что именно?
service-wrong-field-any = Другое или не знаю
service-wrong-field-name = Название
service-wrong-note = Что не так?
service-wrong-private = Сохраняется только на этом устройстве. Ничего не отправляется.
service-wrong-save = Сохранить
service-wrong-empty = Сначала напишите, что не так.
service-wrong-saved = Сохранено на этом устройстве. Спасибо.

## The map

map-label = Карта
map-zoom-in = Приблизить
map-zoom-out = Отдалить

## About

about-back = Назад
about-title = О Ponte
about-intro = Ponte помогает найти службы рядом с вами и рассказывает о ваших правах на вашем языке. Работает без интернета.
about-privacy-heading = Ваши данные
about-privacy-search = Что и где вы ищете, остаётся на этом устройстве. Ponte никуда не отправляет ничего о вас.
about-privacy-location = Ponte никогда не спрашивает онлайн-службы, где вы находитесь.
about-privacy-stored = Ponte хранит только ваш язык, настройки экрана и сохранённые вами исправления. Историю поиска Ponte не хранит.
about-privacy-exit = Кнопка «Быстро выйти» сразу скрывает Ponte и стирает поиск. Можно также нажать Shift 3 раза.
about-directory-heading = Справочник
about-directory-title = Название
about-directory-description = Описание
about-directory-services = Службы
about-directory-publisher = Издатель
about-directory-built = Дата создания
about-directory-bundle = Выпуск
about-directory-built-in = встроенный
# Variables:
#   $sequence (Number) - the update number of the directory
about-directory-sequence = обновление { $sequence }

## Updating the directory (About page). A "directory file" (.ponte) is a signed file from an
## organisation that keeps the directory current; a "channel" is the web address where it
## publishes them.

about-update-heading = Обновить справочник
about-update-intro = Ponte проверяет, что каждый файл справочника подписан организацией, которой он доверяет, и что он новее вашего. Если что-то не так, ничего не меняется.
about-update-file = Установить из файла
about-update-file-hint = Файл .ponte с USB-флешки или из сообщения.
about-update-channel = Адрес канала
about-update-channel-hint = Веб-адрес, который вам дала ваша организация. Ponte только скачивает с него файлы и ничего не отправляет о вас: ни где вы, ни что вы ищете, ни ваш язык.
about-update-check = Проверить обновления
about-update-working = Проверяем…
# Variables:
#   $title (String) - the directory's title
#   $publisher (String) - who published it
#   $sequence (Number) - its update number
#   $count (Number) - services in it
app-update-installed = Установлен справочник «{ $title }» от { $publisher }, обновление { $sequence }: { $count ->
        [one] { $count } служба.
        [few] { $count } службы.
       *[other] { $count } служб.
    }
# Variables:
#   $sequence (Number) - the update number installed
app-update-up-to-date = У вас самый новый справочник (обновление { $sequence }).
# Variables:
#   $limit (Number) - the largest size accepted, in megabytes
app-update-file-too-large = Этот файл слишком большой для справочника (больше { $limit } МБ). Ничего не изменено.
start-directory-expired = Срок действия этого справочника истёк. Он ещё работает, но некоторые сведения могут быть устаревшими. Обновите его на странице «О программе».
about-display-heading = Экран
about-text-size = Размер текста
about-text-size-normal = Обычный
about-text-size-large = Крупный
about-text-size-larger = Ещё крупнее
about-contrast = Контраст
about-contrast-normal = Обычный
about-contrast-more = Повышенный
about-display-system = Ponte также учитывает настройки размера текста, контраста и цветов на вашем устройстве.
about-languages-heading = Языки
# Variables:
#   $language (String) - the name of the language shown now
about-languages-current = Сейчас показано на языке: { $language }. Язык можно сменить вверху любого экрана.
about-locale-name = Язык
about-locale-status = Статус
about-locale-review = Кто проверил
about-status-source = Исходный текст
about-status-reviewed = Проверен носителем языка
about-status-complete = Полный, ещё не проверен
about-status-draft = Черновик: часть текста на английском
about-status-pseudo = Для тестирования
about-testing = Тестирование
about-testing-intro = Выдуманные языки. Они показывают, справляется ли макет с более длинным текстом и с письмом справа налево.
about-use-locale = Включить
about-corrections-heading = Ваши исправления
about-corrections-intro = Ошибки, которые вы отметили через «Здесь что-то не так». Они остаются на этом устройстве.
about-corrections-none = Ничего не сохранено.
about-correction-delete = Удалить
about-correction-deleted = Исправление удалено.
about-credits-heading = Благодарности
about-credit-places = Названия мест: GeoNames (geonames.org), лицензия CC BY 4.0.
about-credit-map = Карта: Natural Earth (naturalearthdata.com), общественное достояние, через пакет world-atlas (лицензия ISC).
about-credit-leaflet = Показ карты: Leaflet (лицензия BSD 2-Clause).
about-credit-icons = Значки: Lucide (лицензия ISC; некоторые значки из Feather, лицензия MIT).
about-credit-fluent = Переводы: Project Fluent, @fluent/bundle (лицензия Apache 2.0).
about-credit-fonts = Шрифты: Noto Sans для всех письменностей языков приложения (SIL Open Font License 1.1), через Fontsource.
# Variables:
#   $version (String) - the app’s version, like "0.1.0"
about-version = Ponte, версия { $version }

## Handing off to a phone or map app, where this device has none

# Variables:
#   $number (String) - the phone number, like "+351218106100"
handoff-tel = С этого устройства нельзя позвонить. Позвоните по номеру { $number } с телефона.
# Variables:
#   $coordinates (String) - latitude and longitude, like "38.724927, -9.134284"
handoff-geo = Здесь нет приложения карт. Найдите { $coordinates } в любом приложении карт.
