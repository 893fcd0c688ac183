# `ponte synth` and `ponte bench`: synthetic directories and benchmarks.
# "Synthetic" means invented data for tests, never real services. "p50/p95/p99" are
# percentiles of the time a query took; "baseline" is a simple full scan measured in the
# same run. PostGIS and SpatiaLite are product names: keep them.

# Variables:
#   $count (Number) - services written
#   $rural (Number) - how many of them are in the countryside
#   $file (String) - the file written
#   $seconds (String) - how long it took, like "1.5"
bench-synth-written = { $count } خدمت ساختگی ({ $rural } در روستا) در { $file } در { $seconds } ثانیه نوشته شد. این‌ها ساختگی‌اند: هرگز آن‌ها را به‌عنوان راهنما منتشر نکنید.
# Variables:
#   $value (String) - the option value that is not understood
bench-bad-option = نمی‌توان از «{ $value }» استفاده کرد: اندازه‌ها تعداد خدمات‌اند که با ویرگول جدا می‌شوند (1000,10000) و --iterations یکی از small، quick، normal یا یک عدد است.
# Variables:
#   $peer (String) - PostGIS or SpatiaLite
bench-peer-missing = { $peer } نصب نیست یا پاسخ نمی‌دهد: ستون آن همین را نشان می‌دهد. README.md روش نصب را می‌گوید.
# Variables:
#   $count (Number) - services in this round
bench-size-start = در حال اندازه‌گیری { $count } خدمت ساختگی…
# Variables:
#   $count (Number) - services
#   $build (String) - seconds the directory build took (0.0 when it was reused)
#   $mb (String) - directory size in megabytes
bench-size-title = { $count } خدمت (راهنما در { $build } ثانیه ساخته شد، { $mb } مگابایت)
bench-col-scenario = سناریو
bench-col-p50 = p50 ms
bench-col-p95 = p95 ms
bench-col-p99 = p99 ms
bench-col-baseline = پیمایش کامل p50 ms
bench-col-ratio = Ponte / پیمایش کامل
bench-col-postgis = PostGIS p50 ms
bench-col-spatialite = SpatiaLite p50 ms
# Variables:
#   $times (String) - how many times faster, like "250"
bench-ratio-times-faster = 1/{ $times }
bench-peer-not-installed = نصب نیست
bench-peer-failed = ناموفق
# Variables:
#   $checked (Number) - queries compared
#   $mismatches (Number) - queries where the search and the full scan disagreed
bench-correctness = درستی: { $checked } جست‌وجو با پیمایش کامل مقایسه شد، { $mismatches } مورد ناهمخوان بود.
bench-correct = هر جست‌وجوی بررسی‌شده همان خدماتی را یافت که پیمایش کامل یافت.
bench-incorrect = ناموفق: برخی جست‌وجوها خدماتی غیر از پیمایش کامل یافتند (بالا را ببینید).

## Scenarios

bench-scenario-nearest-need = ۱۰ نزدیک‌ترین، یک نیاز
bench-scenario-nearest-filtered = ۱۰ نزدیک‌ترین، نیاز + زبان + اکنون باز + حفاظت داده
bench-scenario-within-radius = تا ۵ کیلومتر، یک نیاز
bench-scenario-rural-widening = روستا، با گسترش جست‌وجو
bench-scenario-text-legal-aid = متن «legal aid»
bench-scenario-text-prefix = پیشوند متن «shel»
bench-scenario-text-arabic = متن به خط عربی
bench-scenario-text-near = متن «legal aid» نزدیک یک مکان
bench-scenario-gazetteer-typing = نام مکان‌ها، حرف به حرف
bench-scenario-build-bundle = ساخت بسته
bench-scenario-verify-bundle = بررسی بسته
bench-scenario-install-bundle = نصب بسته
bench-scenario-search-process = `ponte search`، کل فرایند
