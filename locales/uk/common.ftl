# Strings shared by the app and the command line.

## Needs (the taxonomy in data/README.md). Short: they label big tiles.

need-one-stop-shop = Усе в одному місці
need-health = Здоров’я
need-health-emergency = Невідкладна допомога
need-health-primary = Лікар
need-health-mental = Психічне здоров’я
need-health-sexual-reproductive = Сексуальне й репродуктивне здоров’я
need-education = Освіта
need-education-school-enrolment = Школа для дітей
need-education-language-classes = Курси мови
need-education-vocational = Навчання професії
need-housing = Житло
need-housing-shelter = Ночівля сьогодні
need-housing-tenancy-advice = Поради щодо оренди
need-legal-aid = Правова допомога
need-legal-aid-immigration = Імміграція та притулок
need-legal-aid-regularisation = Документи на проживання
need-legal-aid-labour = Правова допомога щодо роботи
need-work = Робота
need-work-recruitment = Безпечний пошук роботи
need-work-wage-claims = Невиплачена зарплата
need-social-protection = Соціальна підтримка
need-violence-support = Допомога при насильстві
need-violence-support-trafficking = Торгівля людьми та примусова праця
need-child-protection = Діти
need-documents = Документи
need-interpretation = Усний переклад
need-food = Їжа та найнеобхідніше
need-money = Гроші
need-money-remittances = Грошові перекази додому
need-money-banking = Банківський рахунок
need-return = Повернення додому
need-complaints = Скарги
need-complaints-labour-inspection = Інспекція праці
need-complaints-human-rights = Орган з прав людини
need-information = Інформація та поради

## Who a service is for

serves-all = Усі
serves-women = Жінки
serves-children = Діти
serves-unaccompanied-minors = Діти без дорослих
serves-survivors-of-violence = Постраждалі від насильства
serves-workers = Працівники
serves-families = Сім’ї
serves-lgbtiq = ЛГБТІК-люди

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
distance-within-about = у межах приблизно { $distance }
# Variables:
#   $distance (String) - a formatted distance, like "14 km"
distance-about = приблизно { $distance }
compass-n = північ
compass-ne = північний схід
compass-e = схід
compass-se = південний схід
compass-s = південь
compass-sw = південний захід
compass-w = захід
compass-nw = північний захід
# Variables:
#   $distance (String) - a formatted distance, like "2.3 km"
#   $direction (String) - a compass direction, like "north-east"
distance-direction = { $distance } на { $direction }

## Opening status, always in the service's own time

status-open = Зараз відчинено
status-closed = Зараз зачинено
status-unknown = Години роботи невідомі
# Variables:
#   $time (String) - closing time, like "17:00"
status-open-until = Відчинено до { $time }
# Variables:
#   $time (String) - closing time, like "17:00"
status-closes-soon = Скоро зачиняється ({ $time })
# Variables:
#   $time (String) - opening time today, like "09:00"
status-opens-at = Відчиниться о { $time }
# Variables:
#   $day (String) - a weekday name, like "Monday"
#   $time (String) - opening time, like "09:00"
status-opens-on = Відчиниться: { $day }, { $time }
status-hours-unreadable = Години роботи як у джерелі (не вдалося розібрати)
# Variables:
#   $zone (String) - an IANA time zone, like "Europe/Lisbon"
status-time-zone = Час місцевий ({ $zone })

weekday-1 = понеділок
weekday-2 = вівторок
weekday-3 = середа
weekday-4 = четвер
weekday-5 = п’ятниця
weekday-6 = субота
weekday-7 = неділя
hours-closed-all-day = Зачинено
hours-today = Сьогодні

## Badges on results

badge-free = Безкоштовно
badge-no-documents = Документи не потрібні
badge-no-status = Не питають про статус
badge-firewall = Не передають дані міграційним органам
badge-shares-with-immigration = Може передати дані міграційним органам
badge-one-stop-shop = Усе в одному місці
badge-walk-in = Без запису
badge-appointment = Потрібен запис
badge-approximate = Місце приблизне
badge-phone-line = Телефон допомоги
badge-emergency = Екстрений номер

## Answers to yes/no questions about a service

answer-yes = Так
answer-no = Ні
answer-unknown = Невідомо

## Labels on a service's page

field-what = Що пропонують
field-needs = З чим допомагають
field-serves = Для кого
field-languages = Мови спілкування
field-asks-status = Питають про міграційний статус
field-asks-documents = Просять документи
field-shares-with-immigration = Передають дані міграційним органам
field-free = Безкоштовно
field-appointment = Потрібен запис
field-walk-in = Можна прийти без запису
field-what-to-bring = Що взяти з собою
field-organization = Хто керує
field-address = Адреса
field-phone = Телефон
field-email = Ел. пошта
field-website = Вебсайт
field-hours = Години роботи
field-location = Місце
field-source = Джерело
field-source-note = Про джерело
field-verified = Остання перевірка
field-id = Код

precision-exact = Точне місце
precision-address = Місце знайдено за адресою
# Variables:
#   $town (String) - the town whose centre is shown
precision-city = Приблизно: показано в центрі населеного пункту { $town }. Перевірте адресу.
precision-postal-code = Приблизно: показано в центрі району поштового індексу

## How old a record is

# Variables:
#   $months (Number) - whole months since the record was last confirmed
verified-months-ago = { $months ->
    [0] цього місяця
    [one] { $months } місяць тому
    [few] { $months } місяці тому
    [many] { $months } місяців тому
   *[other] { $months } місяця тому
}
# Variables:
#   $years (Number) - whole years since the record was last confirmed
verified-years-ago = { $years ->
    [one] { $years } рік тому
    [few] { $years } роки тому
    [many] { $years } років тому
   *[other] { $years } року тому
}
# Variables:
#   $when (String) - how long ago, like "3 years ago"
verified-old-warning = Остання перевірка: { $when }. Дані могли змінитися: перевірте, перш ніж іти.

## Languages of the interface

# Variables:
#   $requested (String) - the language code asked for
#   $used (String) - the name of the language shown instead
lang-fallback = Немає перекладу для «{ $requested }»; показуємо: { $used }.
# Variables:
#   $language (String) - the name of this language
lang-draft-notice = Цей переклад ({ $language }) — чернетка, яку ще не перевірив носій мови. Де тексту немає, ви побачите англійський.
