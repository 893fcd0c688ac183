# Labels shared by the app and the command line that came after the first translation
# round; and, below, the app's own screens.
# Style: Modern Standard Arabic, plain words, second person (as in common.ftl and rights.ftl).

## Rights cards

rights-applies-whatever-status = ينطبق هذا أيًّا كان وضعك من حيث الهجرة.
rights-if-refused-heading = إذا رُفض طلبك
rights-sources-heading = المصادر
# Variables:
#   $need (String) - the name of the need asked about, like "Health"
rights-none-for-need = لا توجد بعدُ معلومات عن حقوقك في «{ $need }».

## App frame, on every screen

app-name = Ponte
app-skip-link = انتقل إلى المحتوى
app-language-label = اللغة
app-about = حول
app-back = رجوع
app-privacy-line = لا يخرج شيء مما تبحث عنه من هذا الجهاز.
# Said to screen readers after switching language.
# Variables:
#   $language (String) - the name of the language now shown, like "العربية"
app-language-changed = تغيّرت اللغة: { $language }

## Errors

error-input = تعذّر استخدام ذلك. تحقّق مما كتبته وحاول مرة أخرى.
error-internal = حدث خطأ داخل Ponte. حاول مرة أخرى. إذا تكرّر ذلك، فأغلق Ponte ثم افتحه من جديد.

## Quick exit (a button on every screen, and Shift pressed 3 times)

exit-button = خروج سريع
exit-hint = يُخفي Ponte فورًا ويمحو هذا البحث. يمكنك أيضًا الضغط على Shift ثلاث مرات.
exit-press-two = اضغط Shift مرتين أخريين للخروج.
exit-press-one = اضغط Shift مرة أخرى للخروج.
exit-expired = أُلغي الخروج السريع بلوحة المفاتيح.
# The only words on the blank page shown after a quick exit: keep them neutral, with
# nothing about Ponte, migration or help.
exit-neutral-continue = متابعة

## Start: choosing a need

start-title = ما المساعدة التي تحتاجها؟
start-intro = اختر واحدة. ثم اختر المكان.
start-more-needs = أنواع أخرى من المساعدة
start-specific-heading = مساعدة أكثر تحديدًا
# Variables:
#   $place (String) - the place chosen earlier, like "Lisboa, Portugal"
start-place-kept = البحث قرب { $place }.

## Where: choosing a place

where-title = أين؟
where-back = العودة إلى نوع المساعدة
# Variables:
#   $need (String) - the need chosen, like "Health"
where-looking-for = تبحث عن: { $need }
where-type-heading = اكتب اسم مكان
where-place-label = المدينة أو البلدة
where-place-hint = اكتب اسم المكان بأي لغة وبأي حروف.
where-suggestions-label = الأماكن
# Variables:
#   $count (Number) - how many places match what was typed
where-suggestions-count = { $count ->
    [zero] لم يُعثر على أي مكان
    [one] تم العثور على مكان واحد
    [two] تم العثور على مكانين
    [few] تم العثور على { $count } أماكن
    [many] تم العثور على { $count } مكانًا
   *[other] تم العثور على { $count } مكان
}
# Variables:
#   $query (String) - what the person typed
where-no-place = لا يوجد مكان باسم «{ $query }». جرّب كتابة أخرى للاسم، أو الاسم بالإنجليزية أو بلغة المكان نفسه.
# Variables:
#   $place (String) - a place name, like "Lisboa"
#   $country (String) - its country, like "Portugal"
where-place-label-full = { $place }، { $country }
# Variables:
#   $place (String) - the place chosen earlier, like "Lisboa, Portugal"
where-current = الآن: { $place }.
where-keep-place = أبقِ هذا المكان
where-pick-heading = على الخريطة
where-pick-button = اختر على الخريطة
where-pick-hint = المس الخريطة أو انقر عليها. بلوحة المفاتيح، حرّك الخريطة بمفاتيح الأسهم، ثم استخدم المركز.
where-map-label = خريطة لاختيار مكان
where-pick-centre = استخدم مركز الخريطة
where-pick-looking = جارٍ البحث عن أقرب بلدة…
# Variables:
#   $place (String) - the nearest town, like "Lisboa, Portugal"
#   $distance (String) - how far the point is from it, like "3 km"
where-picked-near = قرب { $place } ({ $distance })
where-picked-point = النقطة التي اخترتها
where-pick-confirm = ابحث هنا
where-device-heading = موقع جهازك
where-device-unavailable = لا يُستخدم على هذا الحاسوب: لمعرفته يجب سؤال خدمة على الإنترنت، وستعرف هذه الخدمة عندئذٍ أين أنت. اكتب اسم مكان أو اختره على الخريطة بدلًا من ذلك.
where-device-button = استخدم موقعي
where-device-private = يُستخدم موقعك على هذا الجهاز فقط. لا يُرسَل ولا يُحفَظ أبدًا.
where-device-finding = جارٍ تحديد موقعك…
where-device-failed = تعذّر تحديد موقعك. اكتب اسم مكان أو اختره على الخريطة.
where-device-here = موقعك
where-private = الأماكن التي تكتبها أو تختارها لا تخرج أبدًا من هذا الجهاز.

## Results

results-back = العودة إلى المكان
# Variables:
#   $need (String) - what is searched for, like "Health"
#   $place (String) - where, like "Lisboa, Portugal"
results-title = { $need } قرب { $place }
results-change-need = مساعدة أخرى
results-change-place = مكان آخر
results-filters = مرشّحات أخرى
# Variables:
#   $count (Number) - how many filters are switched on
results-filters-on = { $count ->
    [zero] (لا شيء مفعّل)
    [one] (واحد مفعّل)
    [two] (اثنان مفعّلان)
    [few] ({ $count } مفعّلة)
    [many] ({ $count } مفعّلًا)
   *[other] ({ $count } مفعّل)
}
results-filter-only = اعرض فقط
results-filter-open-now = مفتوح الآن
results-filter-free = مجاني
results-filter-no-documents = لا يطلب وثائق
results-filter-firewall = لا يشارك البيانات مع سلطات الهجرة
results-filter-kind = نوع المساعدة
# Variables:
#   $need (String) - the need chosen, like "Health"
results-filter-kind-all = الكل: { $need }
results-filter-language = لغة الموظفين
results-filter-language-any = أي لغة
results-filter-serves = لمن
results-filter-serves-any = الجميع
results-filter-radius = في حدود
results-filter-radius-any = أي مسافة
results-filter-words = كلمات للبحث عنها
results-filters-clear = امسح المرشّحات
results-searching = جارٍ البحث…
# Variables:
#   $count (Number) - number of services shown
results-count = { $count ->
    [zero] لا توجد خدمات
    [one] خدمة واحدة، الأقرب أولًا
    [two] خدمتان، الأقرب أولًا
    [few] { $count } خدمات، الأقرب أولًا
    [many] { $count } خدمة، الأقرب أولًا
   *[other] { $count } خدمة، الأقرب أولًا
}
results-none = لا توجد في الدليل أي خدمة مطابقة، على أي مسافة.
# Variables:
#   $radius (String) - the distance chosen, like "5 km"
#   $distance (String) - distance of the nearest result, like "37 km"
results-widened = لا شيء ضمن { $radius }. هذه الخدمات أبعد، ابتداءً من { $distance }.
# Variables:
#   $distance (String) - distance of the nearest result, like "120 km"
results-far = لا شيء قريب: الأقرب يبعد { $distance }.
results-list-heading = الخدمات، الأقرب أولًا
results-map-toggle = الخريطة
results-map-label = خريطة النتائج. في القائمة المعلومات نفسها.
results-badges-label = عن هذا المكان
# Variables:
#   $count (Number) - how many more languages are spoken there
results-languages-more = { $count ->
    [zero] ولا لغة أخرى
    [one] ولغة أخرى
    [two] ولغتان أخريان
    [few] و{ $count } لغات أخرى
    [many] و{ $count } لغة أخرى
   *[other] و{ $count } لغة أخرى
}
results-show-more = اعرض المزيد
# A short warning on a result whose record is old.
# Variables:
#   $when (String) - how long ago, like "3 years ago"
results-verified-old = آخر تأكيد { $when }
# Variables:
#   $country (String) - country name, like "Portugal"
results-phone-lines = الخطوط الهاتفية وأرقام الطوارئ في { $country }
results-phone-lines-any = الخطوط الهاتفية وأرقام الطوارئ

## Rights cards in the app

rights-heading = حقوقك

## A service’s page

service-back = العودة إلى النتائج
service-loading = جارٍ التحميل…
# Variables:
#   $organization (String) - who runs the service
service-run-by = الجهة المسؤولة: { $organization }
service-call = اتصل
service-directions = الاتجاهات
service-directions-hint = زر «الاتجاهات» يفتح هذا المكان في تطبيق خرائط على هذا الجهاز، إن وُجد.
service-before-you-go = قبل أن تذهب
service-help-and-for = نوع المساعدة، ولمن
service-contact = التواصل
service-no-contact = لا يُعرف رقم هاتف ولا بريد إلكتروني ولا موقع إلكتروني.
# Variables:
#   $title (String) - the directory’s title
service-directory = الدليل: { $title }
# Variables:
#   $id (String) - the service’s reference code
service-reference = المرجع: { $id }
# Variables:
#   $from (String) - opening time, like "09:00"
#   $to (String) - closing time, like "17:00"
hours-period = { $from }–{ $to }
hours-period-unknown = (قد تتغيّر)
service-wrong-button = يوجد خطأ هنا
service-wrong-which = أي جزء؟
service-wrong-field-any = شيء آخر، أو لست متأكدًا
service-wrong-field-name = الاسم
service-wrong-note = ما الخطأ؟
service-wrong-private = يُحفَظ على هذا الجهاز فقط. لا يُرسَل أي شيء.
service-wrong-save = احفظ
service-wrong-empty = اكتب أولًا ما الخطأ.
service-wrong-saved = حُفظ على هذا الجهاز. شكرًا لك.

## The map

map-label = الخريطة
map-zoom-in = تكبير
map-zoom-out = تصغير

## About

about-back = رجوع
about-title = حول Ponte
about-intro = يساعدك Ponte على إيجاد الخدمات القريبة منك، ويعرّفك بحقوقك، بلغتك. يعمل بدون إنترنت.
about-privacy-heading = خصوصيتك
about-privacy-search = ما تبحث عنه، وأين تبحث، يبقى على هذا الجهاز. لا يرسل Ponte أي شيء عنك إلى أي مكان.
about-privacy-location = لا يسأل Ponte أبدًا أي خدمة على الإنترنت عن مكانك.
about-privacy-stored = لا يحفظ Ponte إلا لغتك وخيارات العرض والتصحيحات التي تحفظها. ولا يحفظ أي سجلّ للبحث.
about-privacy-exit = الخروج السريع يُخفي Ponte فورًا ويمحو البحث. يمكنك أيضًا الضغط على Shift ثلاث مرات.
about-directory-heading = الدليل
about-directory-title = الاسم
about-directory-description = الوصف
about-directory-services = الخدمات
about-directory-publisher = الناشر
about-directory-built = تاريخ الإعداد
about-directory-bundle = الطبعة
about-directory-built-in = مدمجة في التطبيق
# Variables:
#   $sequence (Number) - the update number of the directory
about-directory-sequence = التحديث { $sequence }

## Updating the directory (About page). A "directory file" (.ponte) is a signed file from an
## organisation that keeps the directory current; a "channel" is the web address where it
## publishes them.

about-update-heading = تحديث الدليل
about-update-intro = يتحقّق Ponte من أن كل ملف دليل موقَّع من منظمة يثق بها، ومن أنه أحدث من الدليل الذي عندك. إذا كان فيه أي خطأ، فلا يتغيّر شيء.
about-update-file = التثبيت من ملف
# Note: a left-to-right mark (U+200E) stands before “.ponte” so that the dot stays on its left in right-to-left text.
about-update-file-hint = ملف ‎.ponte من ذاكرة USB أو من رسالة.
about-update-channel = عنوان القناة
about-update-channel-hint = عنوان الويب الذي أعطتك إياه منظمتك. لا ينزّل Ponte إلا ملفاتها، ولا يرسل أي شيء عنك: لا مكانك، ولا ما تبحث عنه، ولا لغتك.
about-update-check = البحث عن تحديثات
about-update-working = جارٍ التحقق…
# Variables:
#   $title (String) - the directory's title
#   $publisher (String) - who published it
#   $sequence (Number) - its update number
#   $count (Number) - services in it
app-update-installed = ثُبّت «{ $title }» من { $publisher }، التحديث { $sequence }: { $count ->
        [zero] لا خدمات.
        [one] خدمة واحدة.
        [two] خدمتان.
        [few] { $count } خدمات.
        [many] { $count } خدمة.
       *[other] { $count } خدمة.
    }
# Variables:
#   $sequence (Number) - the update number installed
app-update-up-to-date = عندك أحدث دليل (التحديث { $sequence }).
# Variables:
#   $limit (Number) - the largest size accepted, in megabytes
app-update-file-too-large = هذا الملف أكبر من أن يكون دليلًا (أكثر من { $limit } ميغابايت). لم يتغيّر شيء.
start-directory-expired = انتهى تاريخ صلاحية هذا الدليل. ما زال يعمل، لكن قد تكون بعض المعلومات قديمة. حدّثه من صفحة «حول».
about-display-heading = العرض
about-text-size = حجم النص
about-text-size-normal = عادي
about-text-size-large = كبير
about-text-size-larger = أكبر
about-contrast = التباين
about-contrast-normal = عادي
about-contrast-more = تباين أعلى
about-display-system = يتبع Ponte أيضًا إعدادات جهازك لحجم النص والتباين والألوان.
about-languages-heading = اللغات
# Variables:
#   $language (String) - the name of the language shown now
about-languages-current = اللغة المعروضة الآن: { $language }. يمكنك تغييرها في أعلى كل شاشة.
about-locale-name = اللغة
about-locale-status = الحالة
about-locale-review = من راجعها
about-status-source = النص الأصلي
about-status-reviewed = راجعها متحدّث أصلي
about-status-complete = كاملة، لم تُراجَع بعد
about-status-draft = مسوّدة: بعض النص بالإنجليزية
about-status-pseudo = للاختبار
about-testing = الاختبار
about-testing-intro = لغات مُختلَقة تُظهر هل يتحمّل التصميم النصوص الأطول والكتابة من اليمين إلى اليسار.
about-use-locale = استخدم
about-corrections-heading = تصحيحاتك
about-corrections-intro = أخطاء سجّلتها عبر «يوجد خطأ هنا». تبقى على هذا الجهاز.
about-corrections-none = لم يُحفَظ أي تصحيح.
about-correction-delete = احذف
about-correction-deleted = حُذف التصحيح.
about-credits-heading = شكر وتقدير
about-credit-places = أسماء الأماكن: GeoNames (geonames.org)، بترخيص CC BY 4.0.
about-credit-map = الخريطة: Natural Earth (naturalearthdata.com)، ملكية عامة، عبر حزمة world-atlas (ترخيص ISC).
about-credit-leaflet = عرض الخريطة: Leaflet (ترخيص BSD 2-Clause).
about-credit-icons = الأيقونات: Lucide (ترخيص ISC؛ بعض الأيقونات من Feather، ترخيص MIT).
about-credit-fluent = الترجمات: Project Fluent، @fluent/bundle (ترخيص Apache 2.0).
about-credit-fonts = الخطوط: Noto Sans لكل أنظمة الكتابة في لغات التطبيق (ترخيص SIL Open Font License 1.1)، عبر Fontsource.
# Variables:
#   $version (String) - the app’s version, like "0.1.0"
about-version = Ponte، الإصدار { $version }

## Handing off to a phone or map app, where this device has none

# Variables:
#   $number (String) - the phone number, like "+351218106100"
handoff-tel = لا يستطيع هذا الجهاز إجراء مكالمات. اتصل بالرقم { $number } من هاتف.
# Variables:
#   $coordinates (String) - latitude and longitude, like "38.724927, -9.134284"
handoff-geo = لا يوجد هنا تطبيق خرائط. ابحث عن { $coordinates } في أي تطبيق خرائط.
