# `ponte synth` and `ponte bench`: synthetic directories and benchmarks.
# "Synthetic" means invented data for tests, never real services. "p50/p95/p99" are
# percentiles of the time a query took; "baseline" is a simple full scan measured in the
# same run. PostGIS and SpatiaLite are product names: keep them.

# Variables:
#   $count (Number) - services written
#   $rural (Number) - how many of them are in the countryside
#   $file (String) - the file written
#   $seconds (String) - how long it took, like "1.5"
bench-synth-written = { $count } कृत्रिम सेवाएँ ({ $rural } ग्रामीण क्षेत्र में) { $file } में { $seconds } सेकंड में लिखी गईं। ये गढ़ी हुई हैं: इन्हें कभी निर्देशिका के रूप में प्रकाशित न करें।
# Variables:
#   $value (String) - the option value that is not understood
bench-bad-option = “{ $value }” का उपयोग नहीं हो सकता: आकार अल्पविराम से अलग सेवाओं की संख्याएँ हैं (1000,10000), और --iterations small, quick, normal या कोई संख्या है।
# Variables:
#   $peer (String) - PostGIS or SpatiaLite
bench-peer-missing = { $peer } स्थापित नहीं है या जवाब नहीं दे रहा: उसका कॉलम यही बताएगा। इसे स्थापित करने का तरीका README.md में है।
# Variables:
#   $count (Number) - services in this round
bench-size-start = { $count } कृत्रिम सेवाओं को माप रहे हैं…
# Variables:
#   $count (Number) - services
#   $build (String) - seconds the directory build took (0.0 when it was reused)
#   $mb (String) - directory size in megabytes
bench-size-title = { $count } सेवाएँ (निर्देशिका { $build } सेकंड में बनी, { $mb } MB)
bench-col-scenario = परिदृश्य
bench-col-p50 = p50 ms
bench-col-p95 = p95 ms
bench-col-p99 = p99 ms
bench-col-baseline = पूरी जाँच p50 ms
bench-col-ratio = Ponte / पूरी जाँच
bench-col-postgis = PostGIS p50 ms
bench-col-spatialite = SpatiaLite p50 ms
# Variables:
#   $times (String) - how many times faster, like "250"
bench-ratio-times-faster = 1/{ $times }
bench-peer-not-installed = स्थापित नहीं
bench-peer-failed = विफल
# Variables:
#   $checked (Number) - queries compared
#   $mismatches (Number) - queries where the search and the full scan disagreed
bench-correctness = सटीकता: { $checked } खोजों की पूरी जाँच से तुलना हुई, { $mismatches } में अंतर मिला।
bench-correct = जाँची गई हर खोज ने वही सेवाएँ पाईं जो पूरी जाँच ने पाईं।
bench-incorrect = विफल: कुछ खोजों ने पूरी जाँच से अलग सेवाएँ पाईं (ऊपर देखें)।

## Scenarios

bench-scenario-nearest-need = निकटतम 10, एक ज़रूरत
bench-scenario-nearest-filtered = निकटतम 10, ज़रूरत + भाषा + अभी खुला + डेटा सुरक्षा
bench-scenario-within-radius = 5 किमी के भीतर, एक ज़रूरत
bench-scenario-rural-widening = ग्रामीण क्षेत्र, खोज का विस्तार
bench-scenario-text-legal-aid = पाठ “legal aid”
bench-scenario-text-prefix = पाठ उपसर्ग “shel”
bench-scenario-text-arabic = अरबी लिपि में पाठ
bench-scenario-text-near = किसी स्थान के पास पाठ “legal aid”
bench-scenario-gazetteer-typing = स्थानों के नाम, अक्षर दर अक्षर
bench-scenario-build-bundle = बंडल बनाना
bench-scenario-verify-bundle = बंडल सत्यापन
bench-scenario-install-bundle = बंडल स्थापना
bench-scenario-search-process = `ponte search`, पूरी प्रक्रिया
