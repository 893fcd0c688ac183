# Strings shared by the app and the command line.

## Needs (the taxonomy in data/README.md). Short: they label big tiles.

need-one-stop-shop = شبّاك موحّد
need-health = الصحة
need-health-emergency = الرعاية الطارئة
need-health-primary = طبيب
need-health-mental = الصحة النفسية
need-health-sexual-reproductive = الصحة الجنسية والإنجابية
need-education = التعليم
need-education-school-enrolment = مدرسة للأطفال
need-education-language-classes = دروس اللغة
need-education-vocational = التدريب المهني
need-housing = السكن
need-housing-shelter = مأوى لهذه الليلة
need-housing-tenancy-advice = نصائح عن الإيجار
need-legal-aid = مساعدة قانونية
need-legal-aid-immigration = الهجرة واللجوء
need-legal-aid-regularisation = أوراق الإقامة
need-legal-aid-labour = مساعدة قانونية في العمل
need-work = العمل
need-work-recruitment = إيجاد عمل بأمان
need-work-wage-claims = الأجور غير المدفوعة
need-social-protection = الدعم الاجتماعي
need-violence-support = الدعم في حالات العنف
need-violence-support-trafficking = الاتجار بالبشر والعمل القسري
need-child-protection = الأطفال
need-documents = الوثائق
need-interpretation = الترجمة الشفوية
need-food = الطعام والحاجات الأساسية
need-money = المال
need-money-remittances = إرسال المال إلى الأهل
need-money-banking = حساب مصرفي
need-return = العودة إلى الوطن
need-complaints = الشكاوى
need-complaints-labour-inspection = تفتيش العمل
need-complaints-human-rights = هيئة حقوق الإنسان
need-information = معلومات ونصائح

## Who a service is for

serves-all = الجميع
serves-women = النساء
serves-children = الأطفال
serves-unaccompanied-minors = الأطفال غير المصحوبين
serves-survivors-of-violence = الناجون من العنف
serves-workers = العمال
serves-families = العائلات
serves-lgbtiq = مجتمع الميم (LGBTIQ)

## Distances and directions

# Variables:
#   $meters (Number) - distance in metres, under 1000
distance-meters = { NUMBER($meters, maximumFractionDigits: 0) } م
# Variables:
#   $kilometers (Number) - distance in kilometres
distance-kilometers = { NUMBER($kilometers, maximumFractionDigits: 1) } كم
# For places known only approximately (a town's centre), when the person is within the
# town's reach.
# Variables:
#   $distance (String) - the town's reach, like "5 km"
distance-within-about = في حدود { $distance } تقريبًا
# Variables:
#   $distance (String) - a formatted distance, like "14 km"
distance-about = حوالي { $distance }
compass-n = الشمال
compass-ne = الشمال الشرقي
compass-e = الشرق
compass-se = الجنوب الشرقي
compass-s = الجنوب
compass-sw = الجنوب الغربي
compass-w = الغرب
compass-nw = الشمال الغربي
# Variables:
#   $distance (String) - a formatted distance, like "2.3 km"
#   $direction (String) - a compass direction, like "north-east"
distance-direction = { $distance } باتجاه { $direction }

## Opening status, always in the service's own time

status-open = مفتوح الآن
status-closed = مغلق الآن
status-unknown = ساعات العمل غير معروفة
# Variables:
#   $time (String) - closing time, like "17:00"
status-open-until = مفتوح حتى { $time }
# Variables:
#   $time (String) - closing time, like "17:00"
status-closes-soon = يُغلق قريبًا ({ $time })
# Variables:
#   $time (String) - opening time today, like "09:00"
status-opens-at = يفتح الساعة { $time }
# Variables:
#   $day (String) - a weekday name, like "Monday"
#   $time (String) - opening time, like "09:00"
status-opens-on = يفتح يوم { $day } الساعة { $time }
status-hours-unreadable = ساعات العمل كما كُتبت (تعذّرت قراءتها)
# Variables:
#   $zone (String) - an IANA time zone, like "Europe/Lisbon"
status-time-zone = الأوقات بالتوقيت المحلي ({ $zone })

weekday-1 = الاثنين
weekday-2 = الثلاثاء
weekday-3 = الأربعاء
weekday-4 = الخميس
weekday-5 = الجمعة
weekday-6 = السبت
weekday-7 = الأحد
hours-closed-all-day = مغلق
hours-today = اليوم

## Badges on results

badge-free = مجاني
badge-no-documents = لا يطلب وثائق
badge-no-status = لا يسأل عن وضع الهجرة
badge-firewall = لا يشارك البيانات مع سلطات الهجرة
badge-shares-with-immigration = قد يشارك البيانات مع سلطات الهجرة
badge-one-stop-shop = شبّاك موحّد
badge-walk-in = بدون موعد
badge-appointment = بموعد مسبق
badge-approximate = موقع تقريبي
badge-phone-line = خط هاتفي
badge-emergency = رقم طوارئ

## Answers to yes/no questions about a service

answer-yes = نعم
answer-no = لا
answer-unknown = غير معروف

## Labels on a service's page

field-what = ما يقدّمونه
field-needs = المساعدة في
field-serves = لمن
field-languages = اللغات المستخدمة
field-asks-status = يسأل عن وضع الهجرة
field-asks-documents = يطلب وثائق
field-shares-with-immigration = يشارك البيانات مع سلطات الهجرة
field-free = مجاني
field-appointment = يلزم موعد مسبق
field-walk-in = يمكن الحضور بدون موعد
field-what-to-bring = ما يجب إحضاره
field-organization = الجهة المسؤولة
field-address = العنوان
field-phone = الهاتف
field-email = البريد الإلكتروني
field-website = الموقع الإلكتروني
field-hours = ساعات العمل
field-location = المكان
field-source = المصدر
field-source-note = عن المصدر
field-verified = آخر تأكيد
field-id = المرجع

precision-exact = مكان دقيق
precision-address = حُدّد المكان من عنوان الشارع
# Variables:
#   $town (String) - the town whose centre is shown
precision-city = تقريبي: يظهر في وسط { $town }. تحقّق من العنوان.
precision-postal-code = تقريبي: يظهر في وسط منطقة الرمز البريدي

## How old a record is

# Variables:
#   $months (Number) - whole months since the record was last confirmed
verified-months-ago = { $months ->
    [0] هذا الشهر
    [one] منذ شهر
    [two] منذ شهرين
    [few] منذ { $months } أشهر
    [many] منذ { $months } شهرًا
   *[other] منذ { $months } شهر
}
# Variables:
#   $years (Number) - whole years since the record was last confirmed
verified-years-ago = { $years ->
    [zero] منذ أقل من سنة
    [one] منذ سنة
    [two] منذ سنتين
    [few] منذ { $years } سنوات
    [many] منذ { $years } سنة
   *[other] منذ { $years } سنة
}
# Variables:
#   $when (String) - how long ago, like "3 years ago"
verified-old-warning = آخر تأكيد: { $when }. ربما تغيّرت المعلومات: تحقّق منها قبل أن تذهب.

## Languages of the interface

# Variables:
#   $requested (String) - the language code asked for
#   $used (String) - the name of the language shown instead
lang-fallback = لا توجد ترجمة لـ«{ $requested }». اللغة المعروضة: { $used }.
# Variables:
#   $language (String) - the name of this language
lang-draft-notice = هذه الترجمة ({ $language }) مسوّدة لم يراجعها بعدُ متحدّث أصلي باللغة. حيث ينقص النص، ستراه بالإنجليزية.
