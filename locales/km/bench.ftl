# `ponte synth` and `ponte bench`: synthetic directories and benchmarks.
# "Synthetic" means invented data for tests, never real services. "p50/p95/p99" are
# percentiles of the time a query took; "baseline" is a simple full scan measured in the
# same run. PostGIS and SpatiaLite are product names: keep them.

# Variables:
#   $count (Number) - services written
#   $rural (Number) - how many of them are in the countryside
#   $file (String) - the file written
#   $seconds (String) - how long it took, like "1.5"
bench-synth-written = បានសរសេរសេវាសំយោគ { $count } ({ $rural } នៅជនបទ) ទៅ { $file } ក្នុងរយៈពេល { $seconds } វិនាទី។ ទាំងនេះជាការប្រឌិត៖ កុំផ្សព្វផ្សាយវាជាបញ្ជីឈ្មោះឡើយ។
# Variables:
#   $value (String) - the option value that is not understood
bench-bad-option = មិនអាចប្រើ “{ $value }” បានទេ៖ ទំហំគឺជាចំនួនសេវាបំបែកដោយក្បៀស (1000,10000) ហើយ --iterations គឺ small, quick, normal ឬលេខ។
# Variables:
#   $peer (String) - PostGIS or SpatiaLite
bench-peer-missing = { $peer } មិនបានដំឡើង ឬមិនឆ្លើយតប៖ ជួរឈររបស់វានឹងបង្ហាញដូច្នេះ។ របៀបដំឡើងមាននៅក្នុង README.md។
# Variables:
#   $count (Number) - services in this round
bench-size-start = កំពុងវាស់សេវាសំយោគ { $count }…
# Variables:
#   $count (Number) - services
#   $build (String) - seconds the directory build took (0.0 when it was reused)
#   $mb (String) - directory size in megabytes
bench-size-title = សេវា { $count } (បញ្ជីឈ្មោះបង្កើតក្នុង { $build } វិនាទី, { $mb } MB)
bench-col-scenario = សេណារីយ៉ូ
bench-col-p50 = p50 ms
bench-col-p95 = p95 ms
bench-col-p99 = p99 ms
bench-col-baseline = ស្កេនទាំងស្រុង p50 ms
bench-col-ratio = Ponte / ស្កេនទាំងស្រុង
bench-col-postgis = PostGIS p50 ms
bench-col-spatialite = SpatiaLite p50 ms
# Variables:
#   $times (String) - how many times faster, like "250"
bench-ratio-times-faster = 1/{ $times }
bench-peer-not-installed = មិនបានដំឡើង
bench-peer-failed = បរាជ័យ
# Variables:
#   $checked (Number) - queries compared
#   $mismatches (Number) - queries where the search and the full scan disagreed
bench-correctness = ភាពត្រឹមត្រូវ៖ បានប្រៀបធៀបការស្វែងរក { $checked } ជាមួយការស្កេនទាំងស្រុង, { $mismatches } មិនត្រូវគ្នា។
bench-correct = រាល់ការស្វែងរកដែលបានពិនិត្យបានរកឃើញសេវាដូចគ្នានឹងការស្កេនទាំងស្រុង។
bench-incorrect = បរាជ័យ៖ ការស្វែងរកខ្លះបានរកឃើញសេវាខុសពីការស្កេនទាំងស្រុង (មើលខាងលើ)។

## Scenarios

bench-scenario-nearest-need = ជិតបំផុត 10, តម្រូវការមួយ
bench-scenario-nearest-filtered = ជិតបំផុត 10, តម្រូវការ + ភាសា + បើកឥឡូវ + ការពារទិន្នន័យ
bench-scenario-within-radius = ក្នុងចម្ងាយ 5 គ.ម., តម្រូវការមួយ
bench-scenario-rural-widening = ជនបទ, ពង្រីកការស្វែងរក
bench-scenario-text-legal-aid = អត្ថបទ “legal aid”
bench-scenario-text-prefix = បុព្វបទអត្ថបទ “shel”
bench-scenario-text-arabic = អត្ថបទជាអក្សរអារ៉ាប់
bench-scenario-text-near = អត្ថបទ “legal aid” ក្បែរទីកន្លែង
bench-scenario-gazetteer-typing = ឈ្មោះទីកន្លែង ម្ដងមួយអក្សរ
bench-scenario-build-bundle = បង្កើតកញ្ចប់
bench-scenario-verify-bundle = ផ្ទៀងផ្ទាត់កញ្ចប់
bench-scenario-install-bundle = ដំឡើងកញ្ចប់
bench-scenario-search-process = `ponte search` ដំណើរការទាំងមូល
