# The `ponte` command line.

## ponte search

# Variables:
#   $place (String) - the place searched near, like "Lisbon"
#   $country (String) - its country, like "Portugal"
#   $point (String) - its coordinates, like "38.72509,-9.14980"
cli-search-near = نزدیک { $place }، { $country } ({ $point })
# Variables:
#   $point (String) - coordinates, like "16.71000,98.57000"
cli-search-near-point = نزدیک { $point }
# Variables:
#   $others (String) - other places with the same name, comma-separated
cli-search-also = جاهای دیگر با همین نام: { $others }. کد کشور را اضافه کنید («Cartagena, CO») یا مختصات بدهید.
cli-search-none = هیچ مرکزی در این فهرست با این فیلترها جور نیست، در هیچ فاصله‌ای.
# Variables:
#   $radius (String) - the radius asked for, like "5 km"
#   $distance (String) - distance of the nearest result, like "37 km"
cli-search-widened = در شعاع { $radius } چیزی نیست. نزدیک‌ترین مراکز مناسب دورتر هستند و از { $distance } شروع می‌شوند.
# Variables:
#   $distance (String) - distance of the nearest result, like "120 km"
cli-search-far = نزدیک‌ترین مرکز مناسب در فاصله { $distance } است.
# Variables:
#   $count (Number) - number of results shown
cli-search-count = { $count ->
    [one] { $count } مرکز
   *[other] { $count } مرکز
}
# Variables:
#   $country (String) - country name, like "Portugal"
cli-search-phone-lines = خطوط تلفن و شماره‌های اضطراری برای { $country }
cli-col-distance = فاصله
cli-col-name = نام
cli-col-open = اکنون
cli-col-languages = زبان‌ها
cli-col-verified = تأیید
cli-col-id = کد مرجع
cli-col-notes = یادداشت‌ها
cli-hint-show = جزئیات: ponte show <کد-مرجع>

## Errors (exit code 2: something in the command needs fixing)

# Variables:
#   $query (String) - what the person typed
cli-place-not-found = جایی به نام «{ $query }» در فهرست آفلاین مکان‌ها نیست. املای دیگری را امتحان کنید، یا نام انگلیسی یا نام محلی آن را، یا مختصاتی مثل 38.72,-9.14.
# Variables:
#   $reason (String) - what is wrong with the coordinates
cli-bad-coordinates = این مختصات روی کره زمین نیست: { $reason }. عرض جغرافیایی,طول جغرافیایی را با درجه اعشاری بنویسید، مثل 38.72,-9.14.
# Variables:
#   $reason (String) - what is wrong
cli-bad-filter = { $reason }
# Variables:
#   $id (String) - the reference asked for
cli-show-not-found = در فهرستی که استفاده می‌شود، مرکزی با کد مرجع «{ $id }» نیست. اول جستجو کنید تا کدهای مرجع را ببینید.
cli-bad-radius = شعاع باید یک عدد مثبت به کیلومتر باشد، مثل 5 یا 2.5.
cli-bad-limit = حد باید یک عدد صحیح از 1 تا 1000 باشد.

## ponte places

# Variables:
#   $query (String) - what the person typed
cli-places-none = هیچ مکانی با «{ $query }» جور نیست.
cli-places-credit = نام مکان‌ها: GeoNames (geonames.org)، CC BY 4.0.
cli-col-place = مکان
cli-col-country = کشور
cli-col-population = جمعیت
cli-col-coordinates = مختصات
cli-col-matched = مطابقت

## ponte show

cli-show-check-before = پیش از رفتن بررسی کنید.
cli-show-directory = فهرست
