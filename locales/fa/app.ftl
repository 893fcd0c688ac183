# Labels shared by the app and the command line that came after the first translation
# round; and, below, the app's own screens.

## Rights cards

rights-applies-whatever-status = این، با هر وضعیت مهاجرتی که دارید، شامل شما می‌شود.
rights-if-refused-heading = اگر شما را نپذیرفتند
rights-sources-heading = منابع
# Variables:
#   $need (String) - the name of the need asked about, like "Health"
rights-none-for-need = هنوز برای «{ $need }» کارت حقوق نداریم.

## App frame, on every screen

app-name = Ponte
app-skip-link = رفتن به محتوا
app-language-label = زبان
app-about = درباره
app-back = بازگشت
app-privacy-line = هر چه جستجو می‌کنید، از این دستگاه بیرون نمی‌رود.
# Said to screen readers after switching language.
# Variables:
#   $language (String) - the name of the language now shown, like "العربية"
app-language-changed = زبان عوض شد: { $language }

## Errors

error-input = نشد از این استفاده کرد. آنچه را نوشتید بررسی کنید و دوباره امتحان کنید.
error-internal = مشکلی درون Ponte پیش آمد. دوباره امتحان کنید. اگر باز هم پیش آمد، Ponte را ببندید و دوباره باز کنید.

## Quick exit (a button on every screen, and Shift pressed 3 times)

exit-button = خروج سریع
exit-hint = Ponte را فوراً پنهان می‌کند و این جستجو را پاک می‌کند. می‌توانید ۳ بار کلید Shift را هم بزنید.
exit-press-two = Shift: برای خروج ۲ بار دیگر بزنید.
exit-press-one = Shift: برای خروج ۱ بار دیگر بزنید.
exit-expired = خروج سریع با صفحه‌کلید لغو شد.
# The only words on the blank page shown after a quick exit: keep them neutral, with
# nothing about Ponte, migration or help.
exit-neutral-continue = ادامه

## Start: choosing a need

start-title = برای چه چیزی کمک لازم دارید؟
start-intro = یکی را انتخاب کنید. بعد جا را انتخاب کنید.
start-more-needs = انواع دیگر کمک
start-specific-heading = چیزی دقیق‌تر
# Variables:
#   $place (String) - the place chosen earlier, like "Lisboa, Portugal"
start-place-kept = جستجو در نزدیکی { $place }.

## Where: choosing a place

where-title = کجا؟
where-back = بازگشت به نوع کمک
# Variables:
#   $need (String) - the need chosen, like "Health"
where-looking-for = در جستجوی: { $need }
where-type-heading = نام جا را بنویسید
where-place-label = شهر یا شهرک
where-place-hint = نام جا را به هر زبان یا خطی بنویسید.
where-suggestions-label = مکان‌ها
# Variables:
#   $count (Number) - how many places match what was typed
where-suggestions-count = { $count ->
    [one] { $count } مکان پیدا شد
   *[other] { $count } مکان پیدا شد
}
# Variables:
#   $query (String) - what the person typed
where-no-place = جایی به نام «{ $query }» پیدا نشد. املای دیگری را امتحان کنید، یا نام انگلیسی یا نام محلی آن را.
# Variables:
#   $place (String) - a place name, like "Lisboa"
#   $country (String) - its country, like "Portugal"
where-place-label-full = { $place }، { $country }
# Variables:
#   $place (String) - the place chosen earlier, like "Lisboa, Portugal"
where-current = اکنون: { $place }.
where-keep-place = همین مکان بماند
where-pick-heading = روی نقشه
where-pick-button = انتخاب روی نقشه
where-pick-hint = روی نقشه بزنید یا کلیک کنید. با صفحه‌کلید، نقشه را با کلیدهای جهت‌نما جابه‌جا کنید، بعد مرکز آن را انتخاب کنید.
where-map-label = نقشه برای انتخاب مکان
where-pick-centre = استفاده از مرکز نقشه
where-pick-looking = در حال پیدا کردن نزدیک‌ترین شهر…
# Variables:
#   $place (String) - the nearest town, like "Lisboa, Portugal"
#   $distance (String) - how far the point is from it, like "3 km"
where-picked-near = نزدیک { $place } ({ $distance })
where-picked-point = نقطه‌ای که انتخاب کردید
where-pick-confirm = جستجو در اینجا
where-device-heading = مکان دستگاه شما
where-device-unavailable = در این دستگاه استفاده نمی‌شود: برای پیدا کردن آن باید از یک سرویس آنلاین پرسید، و آن سرویس بعد می‌داند شما کجا هستید. به جای آن، نام جا را بنویسید یا آن را روی نقشه انتخاب کنید.
where-device-button = استفاده از مکان من
where-device-private = مکان شما فقط در همین دستگاه استفاده می‌شود. هرگز فرستاده یا ذخیره نمی‌شود.
where-device-finding = در حال پیدا کردن مکان شما…
where-device-failed = مکان شما پیدا نشد. نام جا را بنویسید یا آن را روی نقشه انتخاب کنید.
where-device-here = مکان شما
where-private = جاهایی که می‌نویسید یا انتخاب می‌کنید، هرگز از این دستگاه بیرون نمی‌روند.

## Results

results-back = بازگشت به مکان
# Variables:
#   $need (String) - what is searched for, like "Health"
#   $place (String) - where, like "Lisboa, Portugal"
results-title = { $need } نزدیک { $place }
results-change-need = تغییر نوع کمک
results-change-place = تغییر مکان
results-filters = فیلترهای بیشتر
# Variables:
#   $count (Number) - how many filters are switched on
results-filters-on = ({ $count } فعال)
results-filter-only = فقط نشان بده
results-filter-open-now = اکنون باز
results-filter-free = رایگان
results-filter-no-documents = مدرک نمی‌خواهند
results-filter-firewall = اطلاعات را به اداره مهاجرت نمی‌دهند
results-filter-kind = نوع کمک
# Variables:
#   $need (String) - the need chosen, like "Health"
results-filter-kind-all = همه: { $need }
results-filter-language = زبان کارکنان
results-filter-language-any = هر زبانی
results-filter-serves = برای
results-filter-serves-any = همه
results-filter-radius = در فاصله
results-filter-radius-any = هر فاصله‌ای
results-filter-words = کلمه‌های جستجو
results-filters-clear = پاک کردن فیلترها
results-searching = در حال جستجو…
# Variables:
#   $count (Number) - number of services shown
results-count = { $count ->
    [one] { $count } مرکز، نزدیک‌ترین اول
   *[other] { $count } مرکز، نزدیک‌ترین اول
}
results-none = هیچ مرکزی در این فهرست جور نیست، در هیچ فاصله‌ای.
# Variables:
#   $radius (String) - the distance chosen, like "5 km"
#   $distance (String) - distance of the nearest result, like "37 km"
results-widened = در شعاع { $radius } چیزی نیست. این‌ها دورترند و از { $distance } شروع می‌شوند.
# Variables:
#   $distance (String) - distance of the nearest result, like "120 km"
results-far = نزدیک شما چیزی نیست: نزدیک‌ترین مرکز در فاصله { $distance } است.
results-list-heading = مراکز، نزدیک‌ترین اول
results-map-toggle = نقشه
results-map-label = نقشه نتیجه‌ها. فهرست همین اطلاعات را دارد.
results-badges-label = درباره این مکان
# Variables:
#   $count (Number) - how many more languages are spoken there
results-languages-more = و { $count } زبان دیگر
results-show-more = نمایش بیشتر
# A short warning on a result whose record is old.
# Variables:
#   $when (String) - how long ago, like "3 years ago"
results-verified-old = آخرین تأیید: { $when }
# Variables:
#   $country (String) - country name, like "Portugal"
results-phone-lines = خطوط تلفن و شماره‌های اضطراری در { $country }
results-phone-lines-any = خطوط تلفن و شماره‌های اضطراری

## Rights cards in the app

rights-heading = حقوق شما

## A service’s page

service-back = بازگشت به نتیجه‌ها
service-loading = در حال بارگذاری…
# Variables:
#   $organization (String) - who runs the service
service-run-by = اداره‌کننده: { $organization }
service-call = تماس
service-directions = مسیریابی
service-directions-hint = «مسیریابی» این مکان را در برنامه نقشه این دستگاه باز می‌کند، اگر چنین برنامه‌ای باشد.
service-before-you-go = پیش از رفتن
service-help-and-for = کمک در چه زمینه‌ای و برای چه کسانی
service-contact = راه‌های تماس
service-no-contact = تلفن، ایمیل یا وب‌سایتی معلوم نیست.
# Variables:
#   $title (String) - the directory’s title
service-directory = فهرست: { $title }
# Variables:
#   $id (String) - the service’s reference code
service-reference = کد مرجع: { $id }
# Variables:
#   $from (String) - opening time, like "09:00"
#   $to (String) - closing time, like "17:00"
hours-period = { $from }–{ $to }
hours-period-unknown = (ممکن است فرق کند)
service-wrong-button = چیزی اینجا اشتباه است
service-wrong-which = کدام بخش؟
service-wrong-field-any = چیز دیگر، یا مطمئن نیستم
service-wrong-field-name = نام
service-wrong-note = چه چیزی اشتباه است؟
service-wrong-private = فقط در همین دستگاه ذخیره می‌شود. چیزی فرستاده نمی‌شود.
service-wrong-save = ذخیره
service-wrong-empty = اول بنویسید چه چیزی اشتباه است.
service-wrong-saved = در این دستگاه ذخیره شد. متشکریم.

## The map

map-label = نقشه
map-zoom-in = بزرگ‌نمایی
map-zoom-out = کوچک‌نمایی

## About

about-back = بازگشت
about-title = درباره Ponte
about-intro = Ponte به شما کمک می‌کند مراکز خدمات نزدیک خود را پیدا کنید و حقوقتان را به زبان خودتان به شما می‌گوید. بدون اینترنت کار می‌کند.
about-privacy-heading = حریم خصوصی شما
about-privacy-search = آنچه جستجو می‌کنید، و جایی که در آن جستجو می‌کنید، در همین دستگاه می‌ماند. Ponte هیچ چیزی درباره شما به هیچ جا نمی‌فرستد.
about-privacy-location = Ponte هرگز از یک سرویس آنلاین نمی‌پرسد که شما کجا هستید.
about-privacy-stored = Ponte فقط زبان شما، تنظیمات نمایش و اصلاحیه‌هایی را که ذخیره می‌کنید نگه می‌دارد. هیچ سابقه جستجویی نگه نمی‌دارد.
about-privacy-exit = دکمه «خروج سریع» Ponte را فوراً پنهان می‌کند و جستجو را پاک می‌کند. می‌توانید ۳ بار کلید Shift را هم بزنید.
about-directory-heading = فهرست
about-directory-title = نام
about-directory-description = درباره آن
about-directory-services = مراکز
about-directory-publisher = ناشر
about-directory-built = تاریخ ساخت
about-directory-bundle = نسخه
about-directory-built-in = همراه برنامه
# Variables:
#   $sequence (Number) - the update number of the directory
about-directory-sequence = به‌روزرسانی { $sequence }

## Updating the directory (About page). A "directory file" (.ponte) is a signed file from an
## organisation that keeps the directory current; a "channel" is the web address where it
## publishes them.

about-update-heading = به‌روزرسانی فهرست
about-update-intro = Ponte بررسی می‌کند که هر فایل فهرست را سازمانی امضا کرده باشد که Ponte به آن اعتماد دارد، و از فهرستی که دارید جدیدتر باشد. اگر مشکلی باشد، هیچ چیز تغییر نمی‌کند.
about-update-file = نصب از فایل
# Note: a left-to-right mark (U+200E) stands before “.ponte” so that the dot stays on its left in right-to-left text.
about-update-file-hint = یک فایل ‎.ponte از فلش USB یا از یک پیام.
about-update-channel = نشانی کانال
about-update-channel-hint = نشانی وبی که سازمان شما به شما داده است. Ponte فقط فایل‌های آن را دانلود می‌کند و هیچ چیزی درباره شما نمی‌فرستد: نه مکان شما، نه جستجوهایتان، نه زبانتان.
about-update-check = بررسی به‌روزرسانی
about-update-working = در حال بررسی…
# Variables:
#   $title (String) - the directory's title
#   $publisher (String) - who published it
#   $sequence (Number) - its update number
#   $count (Number) - services in it
app-update-installed = «{ $title }» از { $publisher } نصب شد، به‌روزرسانی { $sequence }: { $count ->
        [one] { $count } مرکز.
       *[other] { $count } مرکز.
    }
# Variables:
#   $sequence (Number) - the update number installed
app-update-up-to-date = جدیدترین فهرست را دارید (به‌روزرسانی { $sequence }).
# Variables:
#   $limit (Number) - the largest size accepted, in megabytes
app-update-file-too-large = این فایل برای یک فهرست بیش از حد بزرگ است (بیشتر از { $limit } مگابایت). هیچ چیز تغییر نکرد.
start-directory-expired = تاریخ اعتبار این فهرست گذشته است. هنوز کار می‌کند، اما ممکن است بعضی اطلاعات آن قدیمی باشد. آن را از صفحه «درباره» به‌روز کنید.
about-display-heading = نمایش
about-text-size = اندازه متن
about-text-size-normal = معمولی
about-text-size-large = بزرگ
about-text-size-larger = بزرگ‌تر
about-contrast = کنتراست
about-contrast-normal = معمولی
about-contrast-more = کنتراست بیشتر
about-display-system = Ponte از تنظیمات اندازه متن، کنتراست و رنگ دستگاه شما هم پیروی می‌کند.
about-languages-heading = زبان‌ها
# Variables:
#   $language (String) - the name of the language shown now
about-languages-current = اکنون به این زبان نشان داده می‌شود: { $language }. می‌توانید آن را بالای هر صفحه عوض کنید.
about-locale-name = زبان
about-locale-status = وضعیت
about-locale-review = چه کسی بررسی کرده
about-status-source = متن اصلی
about-status-reviewed = بررسی‌شده توسط اهل زبان
about-status-complete = کامل، هنوز بررسی نشده
about-status-draft = پیش‌نویس: بخشی از متن انگلیسی است
about-status-pseudo = برای آزمایش
about-testing = آزمایش
about-testing-intro = زبان‌های ساختگی که نشان می‌دهند آیا صفحه با متن طولانی‌تر و با نوشتن از راست به چپ درست کار می‌کند یا نه.
about-use-locale = استفاده
about-corrections-heading = اصلاحیه‌های شما
about-corrections-intro = اشتباه‌هایی که با «چیزی اینجا اشتباه است» یادداشت کردید. در همین دستگاه می‌مانند.
about-corrections-none = چیزی ذخیره نشده است.
about-correction-delete = حذف
about-correction-deleted = اصلاحیه حذف شد.
about-credits-heading = سپاسگزاری
about-credit-places = نام مکان‌ها: GeoNames (geonames.org)، با مجوز CC BY 4.0.
about-credit-map = نقشه: Natural Earth (naturalearthdata.com)، مالکیت عمومی، از طریق بسته world-atlas (مجوز ISC).
about-credit-leaflet = نمایش نقشه: Leaflet (مجوز BSD 2-Clause).
about-credit-icons = آیکون‌ها: Lucide (مجوز ISC؛ بعضی آیکون‌ها از Feather، مجوز MIT).
about-credit-fluent = ترجمه‌ها: Project Fluent، @fluent/bundle (مجوز Apache 2.0).
about-credit-fonts = قلم‌ها: Noto Sans برای همه خط‌های زبان‌های برنامه (مجوز SIL Open Font License 1.1)، از طریق Fontsource.
# Variables:
#   $version (String) - the app’s version, like "0.1.0"
about-version = Ponte نسخه { $version }

## Handing off to a phone or map app, where this device has none

# Variables:
#   $number (String) - the phone number, like "+351218106100"
handoff-tel = این دستگاه نمی‌تواند تماس بگیرد. از یک تلفن به { $number } زنگ بزنید.
# Variables:
#   $coordinates (String) - latitude and longitude, like "38.724927, -9.134284"
handoff-geo = اینجا برنامه نقشه‌ای برای باز کردن نیست. در هر برنامه نقشه‌ای { $coordinates } را جستجو کنید.
