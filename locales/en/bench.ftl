# `ponte synth` and `ponte bench`: synthetic directories and benchmarks.
# "Synthetic" means invented data for tests, never real services. "p50/p95/p99" are
# percentiles of the time a query took; "baseline" is a simple full scan measured in the
# same run. PostGIS and SpatiaLite are product names: keep them.

# Variables:
#   $count (Number) - services written
#   $rural (Number) - how many of them are in the countryside
#   $file (String) - the file written
#   $seconds (String) - how long it took, like "1.5"
bench-synth-written = Wrote { $count } synthetic services ({ $rural } in the countryside) to { $file } in { $seconds } s. They are invented: never publish them as a directory.
# Variables:
#   $value (String) - the option value that is not understood
bench-bad-option = Can't use “{ $value }”: sizes are numbers of services separated by commas (1000,10000), and --iterations is small, quick, normal or a number.
# Variables:
#   $peer (String) - PostGIS or SpatiaLite
bench-peer-missing = { $peer } is not installed or not reachable: its column will say so. README.md says how to install it.
# Variables:
#   $count (Number) - services in this round
bench-size-start = Measuring { $count } synthetic services…
# Variables:
#   $count (Number) - services
#   $build (String) - seconds the directory build took (0.0 when it was reused)
#   $mb (String) - directory size in megabytes
bench-size-title = { $count } services (directory built in { $build } s, { $mb } MB)
bench-col-scenario = Scenario
bench-col-p50 = p50 ms
bench-col-p95 = p95 ms
bench-col-p99 = p99 ms
bench-col-baseline = Full scan p50 ms
bench-col-ratio = Ponte / full scan
bench-col-postgis = PostGIS p50 ms
bench-col-spatialite = SpatiaLite p50 ms
# Variables:
#   $times (String) - how many times faster, like "250"
bench-ratio-times-faster = 1/{ $times }
bench-peer-not-installed = not installed
bench-peer-failed = failed
# Variables:
#   $checked (Number) - queries compared
#   $mismatches (Number) - queries where the search and the full scan disagreed
bench-correctness = Correctness: { $checked } queries compared with the full scan, { $mismatches } disagreed.
bench-correct = Every checked search found the same services as the full scan.
bench-incorrect = FAILED: some searches found other services than the full scan (see above).

## Scenarios

bench-scenario-nearest-need = Nearest 10, one need
bench-scenario-nearest-filtered = Nearest 10, need + language + open now + firewall
bench-scenario-within-radius = Within 5 km, one need
bench-scenario-rural-widening = Countryside, widening
bench-scenario-text-legal-aid = Text “legal aid”
bench-scenario-text-prefix = Text prefix “shel”
bench-scenario-text-arabic = Text in Arabic script
bench-scenario-text-near = Text “legal aid” near a place
bench-scenario-gazetteer-typing = Place names, letter by letter
bench-scenario-build-bundle = Bundle build
bench-scenario-verify-bundle = Bundle verify
bench-scenario-install-bundle = Bundle install
bench-scenario-search-process = `ponte search`, whole process
