# Strings shared by the app and the command line.

## Needs (the taxonomy in data/README.md). Short: they label big tiles.

need-one-stop-shop = Всё в одном месте
need-health = Здоровье
need-health-emergency = Неотложная помощь
need-health-primary = Врач
need-health-mental = Психическое здоровье
need-health-sexual-reproductive = Сексуальное и репродуктивное здоровье
need-education = Образование
need-education-school-enrolment = Школа для детей
need-education-language-classes = Курсы языка
need-education-vocational = Обучение профессии
need-housing = Жильё
need-housing-shelter = Ночлег на сегодня
need-housing-tenancy-advice = Советы по аренде
need-legal-aid = Юридическая помощь
need-legal-aid-immigration = Иммиграция и убежище
need-legal-aid-regularisation = Документы на проживание
need-legal-aid-labour = Юридическая помощь по работе
need-work = Работа
need-work-recruitment = Безопасный поиск работы
need-work-wage-claims = Невыплаченная зарплата
need-social-protection = Социальная поддержка
need-violence-support = Помощь при насилии
need-violence-support-trafficking = Торговля людьми и принудительный труд
need-child-protection = Дети
need-documents = Документы
need-interpretation = Устный перевод
need-food = Еда и самое нужное
need-money = Деньги
need-money-remittances = Денежные переводы домой
need-money-banking = Банковский счёт
need-return = Возвращение домой
need-complaints = Жалобы
need-complaints-labour-inspection = Трудовая инспекция
need-complaints-human-rights = Орган по правам человека
need-information = Информация и советы

## Who a service is for

serves-all = Все
serves-women = Женщины
serves-children = Дети
serves-unaccompanied-minors = Дети без взрослых
serves-survivors-of-violence = Пострадавшие от насилия
serves-workers = Работники
serves-families = Семьи
serves-lgbtiq = ЛГБТИК-люди

## Distances and directions

# Variables:
#   $meters (Number) - distance in metres, under 1000
distance-meters = { NUMBER($meters, maximumFractionDigits: 0) } м
# Variables:
#   $kilometers (Number) - distance in kilometres
distance-kilometers = { NUMBER($kilometers, maximumFractionDigits: 1) } км
# For places known only approximately (a town's centre), when the person is within the
# town's reach.
# Variables:
#   $distance (String) - the town's reach, like "5 km"
distance-within-about = в пределах примерно { $distance }
# Variables:
#   $distance (String) - a formatted distance, like "14 km"
distance-about = примерно { $distance }
compass-n = север
compass-ne = северо-восток
compass-e = восток
compass-se = юго-восток
compass-s = юг
compass-sw = юго-запад
compass-w = запад
compass-nw = северо-запад
# Variables:
#   $distance (String) - a formatted distance, like "2.3 km"
#   $direction (String) - a compass direction, like "north-east"
distance-direction = { $distance } на { $direction }

## Opening status, always in the service's own time

status-open = Сейчас открыто
status-closed = Сейчас закрыто
status-unknown = Часы работы неизвестны
# Variables:
#   $time (String) - closing time, like "17:00"
status-open-until = Открыто до { $time }
# Variables:
#   $time (String) - closing time, like "17:00"
status-closes-soon = Скоро закроется ({ $time })
# Variables:
#   $time (String) - opening time today, like "09:00"
status-opens-at = Откроется в { $time }
# Variables:
#   $day (String) - a weekday name, like "Monday"
#   $time (String) - opening time, like "09:00"
status-opens-on = Откроется: { $day }, { $time }
status-hours-unreadable = Часы работы как в источнике (не удалось разобрать)
# Variables:
#   $zone (String) - an IANA time zone, like "Europe/Lisbon"
status-time-zone = Время местное ({ $zone })

weekday-1 = понедельник
weekday-2 = вторник
weekday-3 = среда
weekday-4 = четверг
weekday-5 = пятница
weekday-6 = суббота
weekday-7 = воскресенье
hours-closed-all-day = Закрыто
hours-today = Сегодня

## Badges on results

badge-free = Бесплатно
badge-no-documents = Документы не нужны
badge-no-status = Не спрашивают о статусе
badge-firewall = Не передают данные миграционным властям
badge-shares-with-immigration = Может передать данные миграционным властям
badge-one-stop-shop = Всё в одном месте
badge-walk-in = Без записи
badge-appointment = Нужна запись
badge-approximate = Место примерное
badge-phone-line = Телефон помощи
badge-emergency = Экстренный номер

## Answers to yes/no questions about a service

answer-yes = Да
answer-no = Нет
answer-unknown = Неизвестно

## Labels on a service's page

field-what = Что предлагают
field-needs = С чем помогают
field-serves = Для кого
field-languages = Языки общения
field-asks-status = Спрашивают о миграционном статусе
field-asks-documents = Просят документы
field-shares-with-immigration = Передают данные миграционным властям
field-free = Бесплатно
field-appointment = Нужна запись
field-walk-in = Можно прийти без записи
field-what-to-bring = Что взять с собой
field-organization = Кто ведёт
field-address = Адрес
field-phone = Телефон
field-email = Эл. почта
field-website = Сайт
field-hours = Часы работы
field-location = Место
field-source = Источник
field-source-note = Об источнике
field-verified = Последняя проверка
field-id = Код

precision-exact = Точное место
precision-address = Место найдено по адресу
# Variables:
#   $town (String) - the town whose centre is shown
precision-city = Примерно: показано в центре населённого пункта { $town }. Проверьте адрес.
precision-postal-code = Примерно: показано в центре района почтового индекса

## How old a record is

# Variables:
#   $months (Number) - whole months since the record was last confirmed
verified-months-ago = { $months ->
    [0] в этом месяце
    [one] { $months } месяц назад
    [few] { $months } месяца назад
    [many] { $months } месяцев назад
   *[other] { $months } месяца назад
}
# Variables:
#   $years (Number) - whole years since the record was last confirmed
verified-years-ago = { $years ->
    [one] { $years } год назад
    [few] { $years } года назад
    [many] { $years } лет назад
   *[other] { $years } года назад
}
# Variables:
#   $when (String) - how long ago, like "3 years ago"
verified-old-warning = Последняя проверка: { $when }. Данные могли измениться: проверьте, прежде чем идти.

## Languages of the interface

# Variables:
#   $requested (String) - the language code asked for
#   $used (String) - the name of the language shown instead
lang-fallback = Нет перевода для «{ $requested }»; показываем: { $used }.
# Variables:
#   $language (String) - the name of this language
lang-draft-notice = Этот перевод ({ $language }) — черновик, который ещё не проверил носитель языка. Где текста нет, вы увидите английский.
