# `ponte synth` and `ponte bench`: synthetic directories and benchmarks.
# "Synthetic" means invented data for tests, never real services. "p50/p95/p99" are
# percentiles of the time a query took; "baseline" is a simple full scan measured in the
# same run. PostGIS and SpatiaLite are product names: keep them.

# Variables:
#   $count (Number) - services written
#   $rural (Number) - how many of them are in the countryside
#   $file (String) - the file written
#   $seconds (String) - how long it took, like "1.5"
bench-synth-written = { $count }টি কৃত্রিম সেবা ({ $rural }টি গ্রামাঞ্চলে) { $file }-এ { $seconds } সেকেন্ডে লেখা হয়েছে। এগুলো বানানো: কখনও এগুলোকে নির্দেশিকা হিসেবে প্রকাশ করবেন না।
# Variables:
#   $value (String) - the option value that is not understood
bench-bad-option = “{ $value }” ব্যবহার করা যাচ্ছে না: আকার হলো কমা দিয়ে আলাদা করা সেবার সংখ্যা (1000,10000), আর --iterations হলো small, quick, normal বা একটি সংখ্যা।
# Variables:
#   $peer (String) - PostGIS or SpatiaLite
bench-peer-missing = { $peer } ইনস্টল করা নেই বা সাড়া দিচ্ছে না: এর কলামে তা লেখা থাকবে। কীভাবে ইনস্টল করবেন তা README.md-তে আছে।
# Variables:
#   $count (Number) - services in this round
bench-size-start = { $count }টি কৃত্রিম সেবা মাপা হচ্ছে…
# Variables:
#   $count (Number) - services
#   $build (String) - seconds the directory build took (0.0 when it was reused)
#   $mb (String) - directory size in megabytes
bench-size-title = { $count }টি সেবা (নির্দেশিকা { $build } সেকেন্ডে তৈরি, { $mb } MB)
bench-col-scenario = পরিস্থিতি
bench-col-p50 = p50 ms
bench-col-p95 = p95 ms
bench-col-p99 = p99 ms
bench-col-baseline = পূর্ণ অনুসন্ধান p50 ms
bench-col-ratio = Ponte / পূর্ণ অনুসন্ধান
bench-col-postgis = PostGIS p50 ms
bench-col-spatialite = SpatiaLite p50 ms
# Variables:
#   $times (String) - how many times faster, like "250"
bench-ratio-times-faster = 1/{ $times }
bench-peer-not-installed = ইনস্টল করা নেই
bench-peer-failed = ব্যর্থ
# Variables:
#   $checked (Number) - queries compared
#   $mismatches (Number) - queries where the search and the full scan disagreed
bench-correctness = সঠিকতা: { $checked }টি অনুসন্ধান পূর্ণ অনুসন্ধানের সাথে তুলনা করা হয়েছে, { $mismatches }টিতে অমিল।
bench-correct = যাচাই করা প্রতিটি অনুসন্ধান পূর্ণ অনুসন্ধানের মতো একই সেবা পেয়েছে।
bench-incorrect = ব্যর্থ: কিছু অনুসন্ধান পূর্ণ অনুসন্ধানের চেয়ে ভিন্ন সেবা পেয়েছে (উপরে দেখুন)।

## Scenarios

bench-scenario-nearest-need = নিকটতম ১০, একটি প্রয়োজন
bench-scenario-nearest-filtered = নিকটতম ১০, প্রয়োজন + ভাষা + এখন খোলা + তথ্য সুরক্ষা
bench-scenario-within-radius = ৫ কিমির মধ্যে, একটি প্রয়োজন
bench-scenario-rural-widening = গ্রামাঞ্চল, অনুসন্ধান প্রসারিত
bench-scenario-text-legal-aid = লেখা “legal aid”
bench-scenario-text-prefix = লেখার শুরু “shel”
bench-scenario-text-arabic = আরবি লিপিতে লেখা
bench-scenario-text-near = কোনো স্থানের কাছে লেখা “legal aid”
bench-scenario-gazetteer-typing = স্থানের নাম, অক্ষরে অক্ষরে
bench-scenario-build-bundle = বান্ডেল তৈরি
bench-scenario-verify-bundle = বান্ডেল যাচাই
bench-scenario-install-bundle = বান্ডেল ইনস্টল
bench-scenario-search-process = `ponte search`, পুরো প্রক্রিয়া
