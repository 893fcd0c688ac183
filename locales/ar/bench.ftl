# `ponte synth` and `ponte bench`: synthetic directories and benchmarks.
# "Synthetic" means invented data for tests, never real services. "p50/p95/p99" are
# percentiles of the time a query took; "baseline" is a simple full scan measured in the
# same run. PostGIS and SpatiaLite are product names: keep them.

# Variables:
#   $count (Number) - services written
#   $rural (Number) - how many of them are in the countryside
#   $file (String) - the file written
#   $seconds (String) - how long it took, like "1.5"
bench-synth-written = كُتبت { $count } خدمة اصطناعية ({ $rural } منها في الريف) في { $file } خلال { $seconds } ث. إنها مختلَقة: لا تنشرها أبدًا كدليل.
# Variables:
#   $value (String) - the option value that is not understood
bench-bad-option = لا يمكن استخدام “{ $value }”: الأحجام أعداد خدمات تفصل بينها فواصل (1000,10000)، وقيمة --iterations هي small أو quick أو normal أو رقم.
# Variables:
#   $peer (String) - PostGIS or SpatiaLite
bench-peer-missing = { $peer } غير مثبَّت أو لا يستجيب: سيذكر عموده ذلك. يشرح README.md طريقة تثبيته.
# Variables:
#   $count (Number) - services in this round
bench-size-start = جارٍ قياس { $count } خدمة اصطناعية…
# Variables:
#   $count (Number) - services
#   $build (String) - seconds the directory build took (0.0 when it was reused)
#   $mb (String) - directory size in megabytes
bench-size-title = { $count } خدمة (بُني الدليل في { $build } ث، { $mb } ميغابايت)
bench-col-scenario = السيناريو
bench-col-p50 = p50 ms
bench-col-p95 = p95 ms
bench-col-p99 = p99 ms
bench-col-baseline = المسح الكامل p50 ms
bench-col-ratio = Ponte / المسح الكامل
bench-col-postgis = PostGIS p50 ms
bench-col-spatialite = SpatiaLite p50 ms
# Variables:
#   $times (String) - how many times faster, like "250"
bench-ratio-times-faster = 1/{ $times }
bench-peer-not-installed = غير مثبَّت
bench-peer-failed = فشل
# Variables:
#   $checked (Number) - queries compared
#   $mismatches (Number) - queries where the search and the full scan disagreed
bench-correctness = الصحة: قورن { $checked } استعلامًا بالمسح الكامل، واختلف { $mismatches }.
bench-correct = وجد كل بحث تم التحقق منه الخدمات نفسها التي وجدها المسح الكامل.
bench-incorrect = فشل: وجدت بعض عمليات البحث خدمات غير التي وجدها المسح الكامل (انظر أعلاه).

## Scenarios

bench-scenario-nearest-need = أقرب 10، حاجة واحدة
bench-scenario-nearest-filtered = أقرب 10، حاجة + لغة + مفتوح الآن + حماية البيانات
bench-scenario-within-radius = ضمن 5 كم، حاجة واحدة
bench-scenario-rural-widening = الريف، مع توسيع البحث
bench-scenario-text-legal-aid = النص “legal aid”
bench-scenario-text-prefix = بادئة النص “shel”
bench-scenario-text-arabic = نص بالخط العربي
bench-scenario-text-near = النص “legal aid” قرب مكان
bench-scenario-gazetteer-typing = أسماء الأماكن، حرفًا حرفًا
bench-scenario-build-bundle = بناء الحزمة
bench-scenario-verify-bundle = التحقق من الحزمة
bench-scenario-install-bundle = تثبيت الحزمة
bench-scenario-search-process = `ponte search`، العملية كاملة
