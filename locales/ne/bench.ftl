# `ponte synth` and `ponte bench`: synthetic directories and benchmarks.
# "Synthetic" means invented data for tests, never real services. "p50/p95/p99" are
# percentiles of the time a query took; "baseline" is a simple full scan measured in the
# same run. PostGIS and SpatiaLite are product names: keep them.

# Variables:
#   $count (Number) - services written
#   $rural (Number) - how many of them are in the countryside
#   $file (String) - the file written
#   $seconds (String) - how long it took, like "1.5"
bench-synth-written = { $count } कृत्रिम सेवाहरू ({ $rural } ग्रामीण क्षेत्रमा) { $file } मा { $seconds } सेकेन्डमा लेखिए। यी काल्पनिक हुन्: यिनलाई कहिल्यै निर्देशिकाका रूपमा प्रकाशित नगर्नुहोस्।
# Variables:
#   $value (String) - the option value that is not understood
bench-bad-option = “{ $value }” प्रयोग गर्न सकिँदैन: आकारहरू अल्पविरामले छुट्याइएका सेवाहरूको संख्या हुन् (1000,10000), र --iterations small, quick, normal वा कुनै संख्या हो।
# Variables:
#   $peer (String) - PostGIS or SpatiaLite
bench-peer-missing = { $peer } स्थापना गरिएको छैन वा जवाफ दिँदैन: यसको स्तम्भले त्यही भन्नेछ। स्थापना गर्ने तरिका README.md मा छ।
# Variables:
#   $count (Number) - services in this round
bench-size-start = { $count } कृत्रिम सेवाहरू मापन गर्दै…
# Variables:
#   $count (Number) - services
#   $build (String) - seconds the directory build took (0.0 when it was reused)
#   $mb (String) - directory size in megabytes
bench-size-title = { $count } सेवाहरू (निर्देशिका { $build } सेकेन्डमा बनाइयो, { $mb } MB)
bench-col-scenario = परिदृश्य
bench-col-p50 = p50 ms
bench-col-p95 = p95 ms
bench-col-p99 = p99 ms
bench-col-baseline = पूर्ण जाँच p50 ms
bench-col-ratio = Ponte / पूर्ण जाँच
bench-col-postgis = PostGIS p50 ms
bench-col-spatialite = SpatiaLite p50 ms
# Variables:
#   $times (String) - how many times faster, like "250"
bench-ratio-times-faster = 1/{ $times }
bench-peer-not-installed = स्थापना गरिएको छैन
bench-peer-failed = असफल
# Variables:
#   $checked (Number) - queries compared
#   $mismatches (Number) - queries where the search and the full scan disagreed
bench-correctness = शुद्धता: { $checked } खोजहरू पूर्ण जाँचसँग तुलना गरिए, { $mismatches } मा भिन्नता भेटियो।
bench-correct = जाँच गरिएका हरेक खोजले पूर्ण जाँचले भेटेकै सेवाहरू भेट्यो।
bench-incorrect = असफल: केही खोजहरूले पूर्ण जाँचभन्दा फरक सेवाहरू भेटे (माथि हेर्नुहोस्)।

## Scenarios

bench-scenario-nearest-need = नजिकका १०, एउटा आवश्यकता
bench-scenario-nearest-filtered = नजिकका १०, आवश्यकता + भाषा + अहिले खुला + डेटा सुरक्षा
bench-scenario-within-radius = ५ किमीभित्र, एउटा आवश्यकता
bench-scenario-rural-widening = ग्रामीण क्षेत्र, खोज फराकिलो गर्दै
bench-scenario-text-legal-aid = पाठ “legal aid”
bench-scenario-text-prefix = पाठ उपसर्ग “shel”
bench-scenario-text-arabic = अरबी लिपिमा पाठ
bench-scenario-text-near = कुनै ठाउँ नजिक पाठ “legal aid”
bench-scenario-gazetteer-typing = ठाउँका नामहरू, अक्षर अक्षर गरी
bench-scenario-build-bundle = बन्डल बनाउने
bench-scenario-verify-bundle = बन्डल जाँच
bench-scenario-install-bundle = बन्डल स्थापना
bench-scenario-search-process = `ponte search`, पूरा प्रक्रिया
