# Problems in directory spreadsheets (the template in data/README.md), shown by
# `ponte validate`, `ponte directory build` and `ponte import csv`, and placing rows on the
# map. Read by NGO volunteers: say what is wrong and what to do.
# Note for Persian/Dari: column names and values from the template (name, lat, lon, locality,
# needs, geo_precision, geonames_id, yes/no/unknown...) stay in Latin letters, in «».

## Reading the file

# Variables:
#   $reason (String) - what the operating system said
src-cannot-read = فایل خوانده نمی‌شود: { $reason }
src-empty-file = فایل خالی است: ردیف اول آن باید سطر عنوان باشد، با نام ستون‌ها.
src-header-not-utf8 = سطر عنوان UTF-8 معتبر نیست. فایل را به صورت CSV (UTF-8) ذخیره کنید.
# Variables:
#   $column (String) - a required column's name
src-missing-column = سطر عنوان ستون «{ $column }» را ندارد. برای دیدن ستون‌ها data/README.md را ببینید.
# Variables:
#   $column (String) - a column name
#   $first (String) - the number of the first column with that name
#   $second (String) - the number of the second one
src-duplicate-column = ستون «{ $column }» دو بار آمده است (ستون‌های { $first } و { $second }).
# Variables:
#   $lang (String) - the language code after the colon
#   $column (String) - the whole column name, like "name:xx"
src-unknown-column-language = «{ $lang }» در ستون «{ $column }» کد زبان شناخته‌شده‌ای نیست.
# Variables:
#   $cells (String) - cells in the row
#   $columns (String) - columns in the header
src-cell-count = این ردیف { $cells } خانه دارد اما سطر عنوان { $columns } ستون دارد: شاید یک ویرگول جا افتاده یا اضافه است، یا یک گیومه بسته نشده است؟
# Variables:
#   $reason (String) - what the CSV reader said
src-bad-csv = فایل در این قسمت CSV معتبر نیست: { $reason }
# Variables:
#   $bytes (String) - the size of the cell
#   $limit (String) - the largest size allowed
src-too-long = این خانه { $bytes } بایت دارد؛ حد مجاز { $limit } است.
# Variables:
#   $offset (String) - how many bytes of the cell are valid
src-bad-utf8 = این خانه UTF-8 معتبر نیست (بعد از بایت { $offset }). فایل را به صورت CSV (UTF-8) ذخیره کنید.

## One row

# Variables:
#   $id (String) - the repeated id
#   $where (String) - where it was first used, like "pt.csv:12"
src-duplicate-id = شناسه «{ $id }» قبلاً در { $where } استفاده شده است. هر ردیف باید شناسه خودش را داشته باشد.
# Variables:
#   $column (String) - the column's name
src-required = «{ $column }» لازم است.
# Variables:
#   $column (String) - the column's name, like "description"
src-translation-without-original = «{ $column }» خالی است اما ترجمه دارد: «{ $column }» را به زبان خود این ردیف پر کنید.
# Variables:
#   $id (String) - the id as written
src-bad-id = شناسه «{ $id }» فقط می‌تواند حروف کوچک لاتین (a-z)، رقم، «.»، «_» و «-» داشته باشد (حداکثر 100 نویسه).
# Variables:
#   $value (String) - the value as written
src-bad-kind = «{ $value }» یکی از این‌ها نیست: place، phone-line، emergency.
# Variables:
#   $value (String) - the value as written
src-bad-answer = «{ $value }» یکی از این‌ها نیست: yes، no، unknown.
# Variables:
#   $code (String) - the code as written
src-bad-language = «{ $code }» کد زبان شناخته‌شده‌ای نیست (ISO 639-1 مثل «pt»، یا ISO 639-3 مثل «kea»).
# Variables:
#   $code (String) - the code as written
#   $known (String) - the codes that exist, comma-separated
src-bad-need = «{ $code }» کد نوع کمک نیست. کدها این‌ها هستند: { $known }
src-needs-required = «needs» لازم است: دست‌کم یک کد نوع کمک.
# Variables:
#   $code (String) - the code as written
#   $known (String) - the codes that exist, comma-separated
src-bad-group = «{ $code }» یک گروه نیست. گروه‌ها این‌ها هستند: { $known }
# Variables:
#   $value (String) - the value as written
src-bad-country = «{ $value }» کد دوحرفی کشور، مثل PT، نیست.
# Variables:
#   $value (String) - the value as written
src-bad-geonames-id = «{ $value }» شناسه GeoNames (یک عدد صحیح) نیست. آن را با این فرمان پیدا کنید: ponte places "Town, PT" --json
# Variables:
#   $value (String) - the value as written
src-bad-timezone = «{ $value }» منطقه زمانی نیست. از یک نام IANA مثل Europe/Lisbon استفاده کنید، یا آن را خالی بگذارید.
# Variables:
#   $hours (String) - the opening hours as written
#   $position (String) - the character where reading stopped, counted from 1
src-bad-hours = ساعت‌های کاری «{ $hours }» از نویسه { $position } به بعد خوانده نمی‌شود. متن نگه داشته می‌شود و همان‌طور که نوشته شده نشان داده می‌شود، و «اکنون باز» نامعلوم است. از قالب نوشتاری OpenStreetMap استفاده کنید، مثل Mo-Fr 09:00-17:00.
# Variables:
#   $value (String) - the value as written
src-bad-date = «{ $value }» تاریخی مثل 2024-03-19 نیست.
# Variables:
#   $value (String) - the date as written
src-future-date = { $value } در آینده است.
# Variables:
#   $value (String) - the value as written
src-bad-uncertainty = «{ $value }» فاصله‌ای به متر نیست (یک عدد، 0 یا بیشتر).
# Variables:
#   $value (String) - the value as written
src-bad-precision = «{ $value }» یکی از این‌ها نیست: exact، address، city، postal-code.
src-unplaceable = یک مکان برای پیدا شدن روی نقشه به lat و lon نیاز دارد، یا دست‌کم به نام یک شهر در «locality».
src-exact-without-coordinates = geo_precision برابر «exact» است اما lat و lon خالی هستند.
src-half-coordinates = هم lat و هم lon را بنویسید، یا هیچ‌کدام را.
src-null-island = 0,0 در اقیانوس اطلس است: یک مقدار موقت است، نه یک مکان واقعی.
# Variables:
#   $value (String) - the latitude as written
src-bad-latitude = عرض جغرافیایی { $value } بین -90 و 90 نیست.
# Variables:
#   $value (String) - the longitude as written
src-bad-longitude = طول جغرافیایی { $value } بین -180 و 180 نیست.
# Variables:
#   $value (String) - the value as written
src-not-degrees = «{ $value }» یک عدد اعشاری به درجه، مثل 38.7249، نیست.
# Variables:
#   $number (String) - the number as written
src-bad-phone = «{ $number }» شماره تلفن نیست: از رقم، فاصله و یک + در اول استفاده کنید، و یادداشت‌ها را بعد از شماره داخل پرانتز بگذارید.

## Placing rows on the map

# Variables:
#   $value (String) - the code as written
place-bad-country = «{ $value }» کد کشور ISO 3166-1 نیست.
# Variables:
#   $id (String) - the GeoNames id
#   $name (String) - the place it names
#   $found (String) - that place's country
#   $country (String) - the row's country
place-geonames-other-country = شناسه GeoNames { $id } مربوط به { $name } در { $found } است، نه در { $country }.
# Variables:
#   $id (String) - the GeoNames id
place-geonames-unknown = شناسه GeoNames { $id } در فهرست آفلاین مکان‌ها نیست (شهرهای دارای 1000 نفر جمعیت یا بیشتر در کشورهای فهرست پیش‌فرض، و 5000 نفر یا بیشتر در جاهای دیگر). به جای آن lat و lon را بنویسید.
# Variables:
#   $town (String) - the town as written
#   $country (String) - the row's country code
place-town-not-found = شهر «{ $town }» در فهرست آفلاین مکان‌ها برای { $country } نیست. lat و lon را اضافه کنید، یا geonames_id شهر را (امتحان کنید: ponte places "{ $town }, { $country }" --json).
# Variables:
#   $count (String) - how many towns have the name
#   $country (String) - the row's country code
#   $town (String) - the town as written
#   $list (String) - the towns, with their geonames_id, coordinates and population
place-ambiguous-town = در { $country }، { $count } شهر به نام «{ $town }» هست: { $list }. geonames_id درست (یا lat و lon) را اضافه کنید تا ردیف در شهر اشتباه قرار نگیرد.
# Variables:
#   $km (String) - the distance in kilometres
#   $place (String) - the nearest town to the coordinates
#   $found (String) - that town's country code
#   $country (String) - the row's country code
place-outside-country = این مختصات { $km } کیلومتر با { $place } ({ $found }) فاصله دارد، اما کشور { $country } است: آیا جای lat و lon عوض شده، یا کشور اشتباه است؟

## Labels in reports

diag-error = خطا
diag-warning = هشدار
# Variables:
#   $count (Number) - how many errors
diag-nothing-changed = { $count ->
    [one] { $count } خطا در منابع: هیچ چیز ساخته یا تغییر داده نشد.
   *[other] { $count } خطا در منابع: هیچ چیز ساخته یا تغییر داده نشد.
}

## ponte directory build and ponte directory info

# Variables:
#   $file (String) - the database written
#   $count (Number) - services in it
#   $placed (Number) - how many were placed at their town's centre
dir-built = { $file }: { $count ->
    [one] { $count } مرکز
   *[other] { $count } مرکز
} ({ $placed } مورد در وسط شهرشان قرار داده شد)
# Variables:
#   $bundle (String) - the directory's bundle id
#   $sequence (String) - its sequence number
dir-info-bundle = بسته: { $bundle } (شماره ترتیب { $sequence })
# Variables:
#   $count (Number) - services in the directory
dir-info-services = مراکز: { $count }
# Variables:
#   $path (String) - the database file
dir-info-file = فایل: { $path }
# Variables:
#   $path (String) - the data folder
dir-info-data-dir = پوشه داده‌ها: { $path }

## Command-line options that need fixing

# Variables:
#   $value (String) - the time as written
cli-bad-time = «{ $value }» زمانی مثل 2026-11-23T10:00:00Z نیست.
