# NGO data in and out: HSDS and spreadsheet import, export and validation
# (`ponte import`, `ponte export`, `ponte validate`). Read by NGO volunteers: plain words,
# and always what to do.

## Problems in the files themselves (nothing is imported while one stands)

# Variables:
#   $table (String) - the HSDS table, like "location"
#   $field (String) - the field, like "latitude"
#   $expected (String) - what the field must hold, like "a number"
#   $value (String) - the value found
data-bad-type = { $table }.{ $field } باید { $expected } باشد، اما مقدارش { $value } است.
# Variables:
#   $table (String) - the HSDS table, like "service"
data-missing-id = این { $table } شناسه (id) ندارد. هر service، location، organization و service_at_location به یک شناسه نیاز دارد.
data-bad-utf8 = این متن UTF-8 معتبر نیست. فایل را با کدگذاری UTF-8 ذخیره کنید (در برنامه صفحه‌گسترده: «CSV UTF-8»).
# Variables:
#   $reason (String) - what the JSON reader said
data-bad-json = این JSON معتبر نیست: { $reason }.
# Variables:
#   $table (String) - the file or table name
data-unknown-table = { $table } جدولی از HSDS نیست که Ponte آن را بشناسد؛ خوانده نشد.
data-no-records = در این فایل هیچ رکورد HSDS پیدا نشد.
data-unknown-object = Ponte نمی‌تواند بفهمد این چه نوع شیء HSDS است (service، organization، location یا service_at_location).
# Variables:
#   $bytes (String) - the size of the value
#   $limit (String) - the largest size allowed
data-too-long = طول این مقدار { $bytes } بایت است؛ حد مجاز { $limit } است. مقداری به این طولی یعنی فایل خراب است، نه اطلاعات یک مرکز.
# Variables:
#   $cells (String) - cells in the row
#   $columns (String) - columns in the header
data-cell-count = این ردیف { $cells } خانه دارد اما سطر عنوان { $columns } ستون دارد: شاید یک ویرگول جا افتاده یا اضافه است، یا یک گیومه بسته نشده است؟
# Variables:
#   $reason (String) - what the CSV reader said
data-bad-csv = فایل در این قسمت CSV معتبر نیست: { $reason }.
# Variables:
#   $table (String) - the HSDS table
#   $value (String) - the id
data-duplicate-row = ردیف دیگری از { $table } همین شناسه «{ $value }» را دارد. هر ردیف باید شناسه خودش را داشته باشد.
# Variables:
#   $table (String) - the table of the row
#   $field (String) - the link field, like "location_id"
#   $target (String) - the table it points to
#   $value (String) - the id it names
data-unknown-reference = { $table }.{ $field } به { $target } «{ $value }» اشاره می‌کند، که در داده‌ها نیست. بدون آن نمی‌توان از این ردیف استفاده کرد: آن { $target } را اضافه کنید یا شناسه را درست کنید.
# Variables:
#   $table (String) - the table of the row
#   $field (String) - the link field
#   $target (String) - the table it points to
#   $value (String) - the id it names
data-dangling-reference = { $table }.{ $field } به { $target } «{ $value }» اشاره می‌کند، که در داده‌ها نیست. این مقدار همان‌طور که نوشته شده نگه داشته شد.

## Mapping HSDS to Ponte

# Variables:
#   $need (String) - the need code given, like "health.mental"
#   $keyword (String) - the word that matched, like "counselling"
#   $text (String) - the name it was found in
data-needs-from-name = هیچ اصطلاحی از طبقه‌بندی (taxonomy) نمی‌گوید این مرکز چه خدمتی می‌دهد، پس نوع کمک { $need } از کلمه «{ $keyword }» در «{ $text }» گرفته شد. آن را بررسی کنید.
# Variables:
#   $value (String) - the language as written
data-unknown-language-name = «{ $value }» زبانی نیست که Ponte بشناسد؛ در داده‌های HSDS نگه داشته شد، اما در فهرست زبان‌هایی که صحبت می‌کنند نمی‌آید.
# Variables:
#   $lat (String) - the latitude given
#   $lon (String) - the longitude given
data-impossible-coordinates = مختصات { $lat }, { $lon } جایی روی کره زمین نیست. از آن‌ها استفاده نشد (اگر بشود، جای رکورد از روی آدرسش تعیین می‌شود) و همان‌طور که نوشته شده نگه داشته شدند.
# Variables:
#   $value (String) - the phone number as written
data-unreadable-phone = «{ $value }» شماره تلفنی نیست که Ponte بتواند با آن تماس بگیرد؛ در داده‌های HSDS نگه داشته شد، اما نشان داده نمی‌شود.
# Variables:
#   $reason (String) - which part of the schedule, like "byweekno"
data-schedules-not-hours = برنامه‌های زمانی از { $reason } استفاده می‌کنند، که Ponte نمی‌تواند آن را به ساعت کار تبدیل کند؛ همان‌طور که نوشته شده‌اند نگه داشته شدند و «اکنون باز است» معلوم نیست.
data-no-services = در این داده‌ها هیچ service (مرکز خدمات) نیست، پس چیزی برای وارد کردن نیست (سازمان‌ها و مکان‌ها به تنهایی مرکز خدمات حساب نمی‌شوند).
# Variables:
#   $lang (String) - the language code assumed
data-assumed-language = HSDS نمی‌گوید متن‌ها به چه زبانی هستند؛ Ponte فرض کرد «{ $lang }» است. اگر درست نیست، دوباره با --text-lang وارد کنید.
# Variables:
#   $value (String) - the Ponte id
#   $other (String) - where the first record with this id is
data-duplicate-id = دو رکورد یک شناسه Ponte یکسان، «{ $value }»، می‌گیرند (رکورد دیگر در { $other } است). از --id-prefix استفاده کنید یا شناسه‌ها را درست کنید.

## ponte validate: what to fix before publishing

data-unplaced = این مکان نه مختصات دارد و نه شهری که Ponte بتواند پیدا کند، پس نمی‌توان آن را روی نقشه نشان داد. lat و lon، یا شهر (locality) را اضافه کنید.
# Variables:
#   $value (String) - the phone number
#   $country (String) - the record's country code, like "PT"
data-phone-unreadable = «{ $value }» را نمی‌توان به عنوان شماره تلفن در { $country } خواند. آن را با کد کشور بنویسید، مثل +351 21 000 0000.
# Variables:
#   $value (String) - the phone number
#   $country (String) - the record's country code
data-phone-not-valid = «{ $value }» شبیه شماره‌ای نیست که در { $country } استفاده شود (طول یا پیش‌شماره اشتباه است؟). آن را بررسی کنید.
# Variables:
#   $date (String) - the verified_at date
#   $months (String) - the staleness threshold in months
data-stale = آخرین تأیید در { $date }، بیش از { $months } ماه پیش. بررسی کنید که هنوز درست است و verified_at را به‌روز کنید.
# Variables:
#   $value (String) - the source as written
data-source-not-public = منبع «{ $value }» فایلی روی یک کامپیوتر است که خوانندگان نمی‌توانند آن را باز کنند. یک آدرس وب یا نام یک سند بدهید (برای HSDS: با --source وارد کنید).
# Variables:
#   $other (String) - the id of the other record
#   $metres (String) - the distance between them in metres
data-likely-duplicate = همان نام { $other }، در فاصله { $metres } متری: یک مکان دو بار وارد شده است؟

## ponte import / export / validate: summaries

# Variables:
#   $services (Number) - records read
#   $errors (Number) - errors found
#   $warnings (Number) - warnings found
data-summary = { $services ->
    [one] { $services } رکورد
   *[other] { $services } رکورد
}، { $errors ->
    [one] { $errors } خطا
   *[other] { $errors } خطا
}، { $warnings ->
    [one] { $warnings } هشدار
   *[other] { $warnings } هشدار
}.
# Variables:
#   $source (Number) - places with coordinates from the source
#   $city (Number) - places put at their town's centre
#   $postal (Number) - places put at their postal code's centre
#   $unplaced (Number) - places not placed
data-placement = مکان‌ها: { $source } با مختصات از منبع، { $city } در مرکز شهرشان، { $postal } در مرکز منطقه کد پستی‌شان، { $unplaced } بدون جا روی نقشه.
# Variables:
#   $count (Number) - places placed by town that gave a postal code
data-postal-not-used = { $count ->
    [one] { $count } مکان کد پستی داده است که استفاده نشد: Ponte هنوز داده آفلاین کد پستی ندارد، پس در مرکز شهرش قرار داده شد.
   *[other] { $count } مکان کد پستی داده‌اند که استفاده نشد: Ponte هنوز داده آفلاین کد پستی ندارد، پس در مرکز شهرشان قرار داده شدند.
}
# Variables:
#   $id (String) - the record's id
#   $reason (String) - why it was not placed
data-unplaced-item = بدون جا روی نقشه: { $id }: { $reason }
data-fix-errors = خطاهای بالا را درست کنید: چیزی نوشته نشد.
# Variables:
#   $path (String) - the file or folder written
data-written = نوشته شد: { $path }
# Variables:
#   $count (Number) - records exported
#   $path (String) - where
data-exported = { $count ->
    [one] { $count } رکورد به { $path } صادر شد.
   *[other] { $count } رکورد به { $path } صادر شد.
}
# Variables:
#   $done (Number) - records done
#   $total (Number) - records in all
data-progress = { $done } از { $total }…
data-example-row = این ردیف نمونه قالب است: پیش از انتشار آن را پاک کنید.
# Variables:
#   $count (Number) - records without a point
data-geojson-left-out = { $count ->
    [one] { $count } رکورد نقطه‌ای روی نقشه ندارد (یک خط تلفن، یا مکانی که هنوز روی نقشه نیست) و در GeoJSON نیامده است.
   *[other] { $count } رکورد نقطه‌ای روی نقشه ندارند (خطوط تلفن، یا مکان‌هایی که هنوز روی نقشه نیستند) و در GeoJSON نیامده‌اند.
}

## ponte import / export: bad options

# Variables:
#   $value (String) - what was given
data-bad-text-lang = --text-lang «{ $value }» کد زبان نیست (ISO 639-1 یا 639-3، مثل pt یا kea).
# Variables:
#   $value (String) - what was given
data-bad-verified-at = --verified-at «{ $value }» تاریخی مثل 2024-03-19 نیست.
# Variables:
#   $path (String) - the source given
data-looks-like-hsds = { $path } شبیه HSDS است: از `ponte import hsds` استفاده کنید.
# Variables:
#   $path (String) - the source given
data-not-hsds = { $path } از نوع HSDS نیست (یک فایل .json، یا پوشه‌ای با یک بسته CSV از HSDS): برای قالب از `ponte import csv` استفاده کنید.
