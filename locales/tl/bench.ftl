# `ponte synth` and `ponte bench`: synthetic directories and benchmarks.
# "Synthetic" means invented data for tests, never real services. "p50/p95/p99" are
# percentiles of the time a query took; "baseline" is a simple full scan measured in the
# same run. PostGIS and SpatiaLite are product names: keep them.

# Variables:
#   $count (Number) - services written
#   $rural (Number) - how many of them are in the countryside
#   $file (String) - the file written
#   $seconds (String) - how long it took, like "1.5"
bench-synth-written = Naisulat ang { $count } synthetic na serbisyo ({ $rural } sa kanayunan) sa { $file } sa loob ng { $seconds } s. Gawa-gawa lamang ang mga ito: huwag kailanman ilathala bilang direktoryo.
# Variables:
#   $value (String) - the option value that is not understood
bench-bad-option = Hindi magamit ang “{ $value }”: ang mga laki ay bilang ng serbisyo na pinaghihiwalay ng kuwit (1000,10000), at ang --iterations ay small, quick, normal o isang numero.
# Variables:
#   $peer (String) - PostGIS or SpatiaLite
bench-peer-missing = Hindi naka-install o hindi tumutugon ang { $peer }: iyon ang sasabihin ng kolum nito. Nasa README.md kung paano ito i-install.
# Variables:
#   $count (Number) - services in this round
bench-size-start = Sinusukat ang { $count } synthetic na serbisyo…
# Variables:
#   $count (Number) - services
#   $build (String) - seconds the directory build took (0.0 when it was reused)
#   $mb (String) - directory size in megabytes
bench-size-title = { $count } serbisyo (nabuo ang direktoryo sa { $build } s, { $mb } MB)
bench-col-scenario = Sitwasyon
bench-col-p50 = p50 ms
bench-col-p95 = p95 ms
bench-col-p99 = p99 ms
bench-col-baseline = Buong pag-scan p50 ms
bench-col-ratio = Ponte / buong pag-scan
bench-col-postgis = PostGIS p50 ms
bench-col-spatialite = SpatiaLite p50 ms
# Variables:
#   $times (String) - how many times faster, like "250"
bench-ratio-times-faster = 1/{ $times }
bench-peer-not-installed = hindi naka-install
bench-peer-failed = nabigo
# Variables:
#   $checked (Number) - queries compared
#   $mismatches (Number) - queries where the search and the full scan disagreed
bench-correctness = Katumpakan: { $checked } paghahanap ang inihambing sa buong pag-scan, { $mismatches } ang hindi tugma.
bench-correct = Bawat sinuring paghahanap ay nakakita ng parehong mga serbisyo tulad ng buong pag-scan.
bench-incorrect = NABIGO: may mga paghahanap na nakakita ng ibang serbisyo kaysa sa buong pag-scan (tingnan sa itaas).

## Scenarios

bench-scenario-nearest-need = Pinakamalapit na 10, isang pangangailangan
bench-scenario-nearest-filtered = Pinakamalapit na 10, pangangailangan + wika + bukas ngayon + proteksyon ng datos
bench-scenario-within-radius = Sa loob ng 5 km, isang pangangailangan
bench-scenario-rural-widening = Kanayunan, pinalalawak ang paghahanap
bench-scenario-text-legal-aid = Teksto “legal aid”
bench-scenario-text-prefix = Unlapi ng teksto “shel”
bench-scenario-text-arabic = Teksto sa sulat-Arabe
bench-scenario-text-near = Teksto “legal aid” malapit sa isang lugar
bench-scenario-gazetteer-typing = Mga pangalan ng lugar, titik por titik
bench-scenario-build-bundle = Pagbuo ng bundle
bench-scenario-verify-bundle = Pag-verify ng bundle
bench-scenario-install-bundle = Pag-install ng bundle
bench-scenario-search-process = `ponte search`, buong proseso
