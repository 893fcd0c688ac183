# Strings shared by the app and the command line.

## Needs (the taxonomy in data/README.md). Short: they label big tiles.

need-one-stop-shop = همه خدمات در یک جا
need-health = سلامت
need-health-emergency = کمک فوری پزشکی
need-health-primary = دکتر
need-health-mental = سلامت روان
need-health-sexual-reproductive = سلامت جنسی و باروری
need-education = آموزش
need-education-school-enrolment = مدرسه برای کودکان
need-education-language-classes = کلاس زبان
need-education-vocational = آموزش حرفه‌ای
need-housing = مسکن
need-housing-shelter = سرپناه برای امشب
need-housing-tenancy-advice = مشاوره اجاره خانه
need-legal-aid = کمک حقوقی
need-legal-aid-immigration = مهاجرت و پناهندگی
need-legal-aid-regularisation = مدارک اقامت
need-legal-aid-labour = کمک حقوقی در کار
need-work = کار
need-work-recruitment = پیدا کردن کار به شکل امن
need-work-wage-claims = مزد پرداخت‌نشده
need-social-protection = حمایت اجتماعی
need-violence-support = کمک در برابر خشونت
need-violence-support-trafficking = قاچاق انسان و کار اجباری
need-child-protection = کودکان
need-documents = مدارک
need-interpretation = ترجمه شفاهی
need-food = غذا و مایحتاج
need-money = پول
need-money-remittances = فرستادن پول به وطن
need-money-banking = حساب بانکی
need-return = بازگشت به وطن
need-complaints = شکایت
need-complaints-labour-inspection = بازرسی کار
need-complaints-human-rights = نهاد حقوق بشر
need-information = اطلاعات و مشاوره

## Who a service is for

serves-all = همه
serves-women = زنان
serves-children = کودکان
serves-unaccompanied-minors = کودکان بدون همراه
serves-survivors-of-violence = آسیب‌دیدگان خشونت
serves-workers = کارگران
serves-families = خانواده‌ها
serves-lgbtiq = افراد LGBTIQ

## Distances and directions

# Variables:
#   $meters (Number) - distance in metres, under 1000
distance-meters = { NUMBER($meters, maximumFractionDigits: 0) } متر
# Variables:
#   $kilometers (Number) - distance in kilometres
distance-kilometers = { NUMBER($kilometers, maximumFractionDigits: 1) } کیلومتر
# For places known only approximately (a town's centre), when the person is within the
# town's reach.
# Variables:
#   $distance (String) - the town's reach, like "5 km"
distance-within-about = در فاصله حدود { $distance }
# Variables:
#   $distance (String) - a formatted distance, like "14 km"
distance-about = حدود { $distance }
compass-n = شمال
compass-ne = شمال‌شرق
compass-e = شرق
compass-se = جنوب‌شرق
compass-s = جنوب
compass-sw = جنوب‌غرب
compass-w = غرب
compass-nw = شمال‌غرب
# Variables:
#   $distance (String) - a formatted distance, like "2.3 km"
#   $direction (String) - a compass direction, like "north-east"
distance-direction = { $distance } به سمت { $direction }

## Opening status, always in the service's own time

status-open = اکنون باز است
status-closed = اکنون بسته است
status-unknown = ساعت کار معلوم نیست
# Variables:
#   $time (String) - closing time, like "17:00"
status-open-until = باز تا { $time }
# Variables:
#   $time (String) - closing time, like "17:00"
status-closes-soon = به‌زودی بسته می‌شود ({ $time })
# Variables:
#   $time (String) - opening time today, like "09:00"
status-opens-at = ساعت { $time } باز می‌شود
# Variables:
#   $day (String) - a weekday name, like "Monday"
#   $time (String) - opening time, like "09:00"
status-opens-on = { $day } ساعت { $time } باز می‌شود
status-hours-unreadable = ساعت کار همان‌طور که نوشته شده (خوانده نشد)
# Variables:
#   $zone (String) - an IANA time zone, like "Europe/Lisbon"
status-time-zone = ساعت‌ها به وقت محلی است ({ $zone })

weekday-1 = دوشنبه
weekday-2 = سه‌شنبه
weekday-3 = چهارشنبه
weekday-4 = پنجشنبه
weekday-5 = جمعه
weekday-6 = شنبه
weekday-7 = یکشنبه
hours-closed-all-day = بسته
hours-today = امروز

## Badges on results

badge-free = رایگان
badge-no-documents = مدرک نمی‌خواهند
badge-no-status = درباره وضعیت اقامت نمی‌پرسند
badge-firewall = اطلاعات را به اداره مهاجرت نمی‌دهند
badge-shares-with-immigration = شاید اطلاعات را به اداره مهاجرت بدهند
badge-one-stop-shop = همه خدمات در یک جا
badge-walk-in = بدون وقت قبلی
badge-appointment = وقت قبلی لازم است
badge-approximate = مکان تقریبی
badge-phone-line = خط تلفن
badge-emergency = شماره اضطراری

## Answers to yes/no questions about a service

answer-yes = بله
answer-no = نه
answer-unknown = معلوم نیست

## Labels on a service's page

field-what = چه خدماتی می‌دهند
field-needs = کمک در زمینه
field-serves = برای چه کسانی
field-languages = زبان‌هایی که صحبت می‌کنند
field-asks-status = درباره وضعیت مهاجرتی می‌پرسند
field-asks-documents = مدرک می‌خواهند
field-shares-with-immigration = اطلاعات را به مقامات مهاجرت می‌دهند
field-free = رایگان
field-appointment = وقت قبلی لازم است
field-walk-in = بدون وقت قبلی می‌توانید بروید
field-what-to-bring = چه چیزهایی همراه ببرید
field-organization = اداره‌کننده
field-address = آدرس
field-phone = تلفن
field-email = ایمیل
field-website = وب‌سایت
field-hours = ساعت کار
field-location = مکان
field-source = منبع
field-source-note = درباره منبع
field-verified = آخرین تأیید
field-id = کد مرجع

precision-exact = مکان دقیق
precision-address = مکان از روی آدرس پیدا شده است
# Variables:
#   $town (String) - the town whose centre is shown
precision-city = تقریبی: در مرکز { $town } نشان داده شده است. آدرس را بررسی کنید.
precision-postal-code = تقریبی: در مرکز منطقه کد پستی نشان داده شده است

## How old a record is

# Variables:
#   $months (Number) - whole months since the record was last confirmed
verified-months-ago = { $months ->
    [0] همین ماه
    [one] { $months } ماه پیش
   *[other] { $months } ماه پیش
}
# Variables:
#   $years (Number) - whole years since the record was last confirmed
verified-years-ago = { $years ->
    [one] { $years } سال پیش
   *[other] { $years } سال پیش
}
# Variables:
#   $when (String) - how long ago, like "3 years ago"
verified-old-warning = آخرین تأیید: { $when }. ممکن است اطلاعات تغییر کرده باشد: پیش از رفتن بررسی کنید.

## Languages of the interface

# Variables:
#   $requested (String) - the language code asked for
#   $used (String) - the name of the language shown instead
lang-fallback = برای «{ $requested }» ترجمه‌ای نیست؛ متن به زبان { $used } نشان داده می‌شود.
# Variables:
#   $language (String) - the name of this language
lang-draft-notice = این ترجمه به زبان { $language } پیش‌نویس است و هنوز کسی که زبان مادری‌اش این زبان است آن را بررسی نکرده است. هر جا متنی نباشد، انگلیسی می‌بینید.
