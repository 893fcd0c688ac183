# Labels shared by the app and the command line that came after the first translation
# round; and, below, the app's own screens.

## Rights cards

rights-applies-whatever-status = Це діє за будь-якого міграційного статусу.
rights-if-refused-heading = Якщо вам відмовили
rights-sources-heading = Джерела
# Variables:
#   $need (String) - the name of the need asked about, like "Health"
rights-none-for-need = Для «{ $need }» поки немає картки про права.

## App frame, on every screen

app-name = Ponte
app-skip-link = Перейти до вмісту
app-language-label = Мова
app-about = Про програму
app-back = Назад
app-privacy-line = Усе, що ви шукаєте, залишається на цьому пристрої.
# Said to screen readers after switching language.
# Variables:
#   $language (String) - the name of the language now shown, like "العربية"
app-language-changed = Мову змінено: { $language }

## Errors

error-input = Це не вдалося використати. Перевірте, що ви ввели, і спробуйте ще раз.
error-internal = Усередині Ponte щось пішло не так. Спробуйте ще раз. Якщо це повторюється, закрийте Ponte і відкрийте знову.

## Quick exit (a button on every screen, and Shift pressed 3 times)

exit-button = Швидко вийти
exit-hint = Одразу приховує Ponte і стирає цей пошук. Можна також натиснути Shift 3 рази.
exit-press-two = Shift: натисніть ще 2 рази, щоб вийти.
exit-press-one = Shift: натисніть ще 1 раз, щоб вийти.
exit-expired = Швидкий вихід із клавіатури скасовано.
# The only words on the blank page shown after a quick exit: keep them neutral, with
# nothing about Ponte, migration or help.
exit-neutral-continue = Продовжити

## Start: choosing a need

start-title = З чим вам потрібна допомога?
start-intro = Виберіть одне. Потім виберіть де.
start-more-needs = Інші види допомоги
start-specific-heading = Щось конкретніше
# Variables:
#   $place (String) - the place chosen earlier, like "Lisboa, Portugal"
start-place-kept = Шукаємо поблизу: { $place }.

## Where: choosing a place

where-title = Де?
where-back = До видів допомоги
# Variables:
#   $need (String) - the need chosen, like "Health"
where-looking-for = Шукаємо: { $need }
where-type-heading = Введіть місце
where-place-label = Місто чи селище
where-place-hint = Введіть місце будь-якою мовою та будь-яким алфавітом.
where-suggestions-label = Місця
# Variables:
#   $count (Number) - how many places match what was typed
where-suggestions-count = { $count ->
    [one] Знайдено { $count } місце
    [few] Знайдено { $count } місця
    [many] Знайдено { $count } місць
   *[other] Знайдено { $count } місця
}
# Variables:
#   $query (String) - what the person typed
where-no-place = Місця «{ $query }» не знайдено. Спробуйте інше написання або назву англійською чи місцевою мовою.
# Variables:
#   $place (String) - a place name, like "Lisboa"
#   $country (String) - its country, like "Portugal"
where-place-label-full = { $place }, { $country }
# Variables:
#   $place (String) - the place chosen earlier, like "Lisboa, Portugal"
where-current = Зараз: { $place }.
where-keep-place = Залишити це місце
where-pick-heading = На карті
where-pick-button = Вибрати на карті
where-pick-hint = Натисніть на карту. З клавіатури рухайте карту стрілками, потім виберіть її центр.
where-map-label = Карта для вибору місця
where-pick-centre = Вибрати центр карти
where-pick-looking = Шукаємо найближчий населений пункт…
# Variables:
#   $place (String) - the nearest town, like "Lisboa, Portugal"
#   $distance (String) - how far the point is from it, like "3 km"
where-picked-near = Поруч: { $place } ({ $distance })
where-picked-point = Вибрана вами точка
where-pick-confirm = Шукати тут
where-device-heading = Місцезнаходження пристрою
where-device-unavailable = На цьому комп’ютері не використовується: щоб його знайти, треба звернутися до онлайн-служби, і вона дізнається, де ви. Краще введіть місце або виберіть його на карті.
where-device-button = Моє місцезнаходження
where-device-private = Ваше місцезнаходження використовується лише на цьому пристрої. Воно нікуди не надсилається і не зберігається.
where-device-finding = Шукаємо ваше місцезнаходження…
where-device-failed = Не вдалося знайти ваше місцезнаходження. Введіть місце або виберіть його на карті.
where-device-here = Ваше місцезнаходження
where-private = Місця, які ви вводите чи вибираєте, не залишають цей пристрій.

## Results

results-back = До вибору місця
# Variables:
#   $need (String) - what is searched for, like "Health"
#   $place (String) - where, like "Lisboa, Portugal"
results-title = { $need } — { $place }
results-change-need = Інша допомога
results-change-place = Інше місце
results-filters = Більше фільтрів
# Variables:
#   $count (Number) - how many filters are switched on
results-filters-on = ({ $count } увімк.)
results-filter-only = Показувати лише
results-filter-open-now = Відчинено зараз
results-filter-free = Безкоштовно
results-filter-no-documents = Документи не потрібні
results-filter-firewall = Не передають дані міграційним органам
results-filter-kind = Вид допомоги
# Variables:
#   $need (String) - the need chosen, like "Health"
results-filter-kind-all = Усе: { $need }
results-filter-language = Мова працівників
results-filter-language-any = Будь-яка мова
results-filter-serves = Для кого
results-filter-serves-any = Для всіх
results-filter-radius = Не далі ніж
results-filter-radius-any = Будь-яка відстань
results-filter-words = Слова для пошуку
results-filters-clear = Скинути фільтри
results-searching = Шукаємо…
# Variables:
#   $count (Number) - number of services shown
results-count = { $count ->
    [one] { $count } служба, спершу найближчі
    [few] { $count } служби, спершу найближчі
    [many] { $count } служб, спершу найближчі
   *[other] { $count } служби, спершу найближчі
}
results-none = У довіднику немає відповідних служб на жодній відстані.
# Variables:
#   $radius (String) - the distance chosen, like "5 km"
#   $distance (String) - distance of the nearest result, like "37 km"
results-widened = У межах { $radius } нічого немає. Ось служби далі, починаючи з { $distance }.
# Variables:
#   $distance (String) - distance of the nearest result, like "120 km"
results-far = Поблизу нічого немає: найближча служба за { $distance } звідси.
results-list-heading = Служби, спершу найближчі
results-map-toggle = Карта
results-map-label = Карта результатів. У списку та сама інформація.
results-badges-label = Про це місце
# Variables:
#   $count (Number) - how many more languages are spoken there
results-languages-more = і ще { $count }
results-show-more = Показати ще
# A short warning on a result whose record is old.
# Variables:
#   $when (String) - how long ago, like "3 years ago"
results-verified-old = Остання перевірка: { $when }
# Variables:
#   $country (String) - country name, like "Portugal"
results-phone-lines = Телефони допомоги та екстрені номери: { $country }
results-phone-lines-any = Телефони допомоги та екстрені номери

## Rights cards in the app

rights-heading = Ваші права

## A service’s page

service-back = До результатів
service-loading = Завантаження…
# Variables:
#   $organization (String) - who runs the service
service-run-by = Хто керує: { $organization }
service-call = Зателефонувати
service-directions = Маршрут
service-directions-hint = Кнопка «Маршрут» відкриває це місце в застосунку карт на цьому пристрої, якщо він є.
service-before-you-go = Перш ніж іти
service-help-and-for = З чим допомагають і кому
service-contact = Контакти
service-no-contact = Телефон, ел. пошта й сайт невідомі.
# Variables:
#   $title (String) - the directory’s title
service-directory = Довідник: { $title }
# Variables:
#   $id (String) - the service’s reference code
service-reference = Код: { $id }
# Variables:
#   $from (String) - opening time, like "09:00"
#   $to (String) - closing time, like "17:00"
hours-period = { $from }–{ $to }
hours-period-unknown = (може змінюватися)
service-wrong-button = Тут щось не так
service-wrong-which = Що саме?
service-wrong-field-any = Інше або не знаю
service-wrong-field-name = Назва
service-wrong-note = Що не так?
service-wrong-private = Зберігається лише на цьому пристрої. Нічого не надсилається.
service-wrong-save = Зберегти
service-wrong-empty = Спершу напишіть, що не так.
service-wrong-saved = Збережено на цьому пристрої. Дякуємо.

## The map

map-label = Карта
map-zoom-in = Наблизити
map-zoom-out = Віддалити

## About

about-back = Назад
about-title = Про Ponte
about-intro = Ponte допомагає знайти служби поруч із вами й розповідає про ваші права вашою мовою. Працює без інтернету.
about-privacy-heading = Ваші дані
about-privacy-search = Що й де ви шукаєте, залишається на цьому пристрої. Ponte нікуди не надсилає нічого про вас.
about-privacy-location = Ponte ніколи не питає онлайн-служби, де ви перебуваєте.
about-privacy-stored = Ponte зберігає лише вашу мову, налаштування екрана та збережені вами виправлення. Історію пошуку Ponte не зберігає.
about-privacy-exit = Кнопка «Швидко вийти» одразу приховує Ponte і стирає пошук. Можна також натиснути Shift 3 рази.
about-directory-heading = Довідник
about-directory-title = Назва
about-directory-description = Опис
about-directory-services = Служби
about-directory-publisher = Видавець
about-directory-built = Дата створення
about-directory-bundle = Випуск
about-directory-built-in = вбудований
# Variables:
#   $sequence (Number) - the update number of the directory
about-directory-sequence = оновлення { $sequence }

## Updating the directory (About page). A "directory file" (.ponte) is a signed file from an
## organisation that keeps the directory current; a "channel" is the web address where it
## publishes them.

about-update-heading = Оновити довідник
about-update-intro = Ponte перевіряє, що кожен файл довідника підписала організація, якій він довіряє, і що він новіший за ваш. Якщо щось не так, нічого не змінюється.
about-update-file = Встановити з файлу
about-update-file-hint = Файл .ponte з USB-флешки або з повідомлення.
about-update-channel = Адреса каналу
about-update-channel-hint = Вебадреса, яку вам дала ваша організація. Ponte лише завантажує з неї файли й нічого не надсилає про вас: ні де ви, ні що ви шукаєте, ні вашу мову.
about-update-check = Перевірити оновлення
about-update-working = Перевіряємо…
# Variables:
#   $title (String) - the directory's title
#   $publisher (String) - who published it
#   $sequence (Number) - its update number
#   $count (Number) - services in it
app-update-installed = Встановлено «{ $title }» від { $publisher }, оновлення { $sequence }: { $count ->
        [one] { $count } служба.
        [few] { $count } служби.
       *[other] { $count } служб.
    }
# Variables:
#   $sequence (Number) - the update number installed
app-update-up-to-date = У вас найновіший довідник (оновлення { $sequence }).
# Variables:
#   $limit (Number) - the largest size accepted, in megabytes
app-update-file-too-large = Цей файл завеликий для довідника (понад { $limit } МБ). Нічого не змінено.
start-directory-expired = Строк дії цього довідника минув. Він ще працює, але деякі відомості можуть бути застарілими. Оновіть його на сторінці «Про програму».
about-display-heading = Екран
about-text-size = Розмір тексту
about-text-size-normal = Звичайний
about-text-size-large = Великий
about-text-size-larger = Ще більший
about-contrast = Контраст
about-contrast-normal = Звичайний
about-contrast-more = Підвищений
about-display-system = Ponte також враховує налаштування розміру тексту, контрасту й кольорів на вашому пристрої.
about-languages-heading = Мови
# Variables:
#   $language (String) - the name of the language shown now
about-languages-current = Зараз показано мовою: { $language }. Мову можна змінити вгорі будь-якого екрана.
about-locale-name = Мова
about-locale-status = Статус
about-locale-review = Хто перевірив
about-status-source = Вихідний текст
about-status-reviewed = Перевірено носієм мови
about-status-complete = Повний, ще не перевірений
about-status-draft = Чернетка: частина тексту англійською
about-status-pseudo = Для тестування
about-testing = Тестування
about-testing-intro = Вигадані мови. Вони показують, чи справляється макет із довшим текстом і з письмом справа наліво.
about-use-locale = Увімкнути
about-corrections-heading = Ваші виправлення
about-corrections-intro = Помилки, які ви позначили через «Тут щось не так». Вони залишаються на цьому пристрої.
about-corrections-none = Нічого не збережено.
about-correction-delete = Видалити
about-correction-deleted = Виправлення видалено.
about-credits-heading = Подяки
about-credit-places = Назви місць: GeoNames (geonames.org), ліцензія CC BY 4.0.
about-credit-map = Карта: Natural Earth (naturalearthdata.com), суспільне надбання, через пакет world-atlas (ліцензія ISC).
about-credit-leaflet = Показ карти: Leaflet (ліцензія BSD 2-Clause).
about-credit-icons = Значки: Lucide (ліцензія ISC; деякі значки з Feather, ліцензія MIT).
about-credit-fluent = Переклади: Project Fluent, @fluent/bundle (ліцензія Apache 2.0).
about-credit-fonts = Шрифти: Noto Sans для всіх писемностей мов застосунку (SIL Open Font License 1.1), через Fontsource.
# Variables:
#   $version (String) - the app’s version, like "0.1.0"
about-version = Ponte, версія { $version }

## Handing off to a phone or map app, where this device has none

# Variables:
#   $number (String) - the phone number, like "+351218106100"
handoff-tel = З цього пристрою не можна зателефонувати. Зателефонуйте на номер { $number } з телефона.
# Variables:
#   $coordinates (String) - latitude and longitude, like "38.724927, -9.134284"
handoff-geo = Тут немає застосунку карт. Знайдіть { $coordinates } у будь-якому застосунку карт.
