# `ponte synth` and `ponte bench`: synthetic directories and benchmarks.
# "Synthetic" means invented data for tests, never real services. "p50/p95/p99" are
# percentiles of the time a query took; "baseline" is a simple full scan measured in the
# same run. PostGIS and SpatiaLite are product names: keep them.

# Variables:
#   $count (Number) - services written
#   $rural (Number) - how many of them are in the countryside
#   $file (String) - the file written
#   $seconds (String) - how long it took, like "1.5"
bench-synth-written = { $count } layanan sintetis ({ $rural } di pedesaan) ditulis ke { $file } dalam { $seconds } detik. Semuanya rekaan: jangan pernah menerbitkannya sebagai direktori.
# Variables:
#   $value (String) - the option value that is not understood
bench-bad-option = Tidak dapat memakai “{ $value }”: ukuran adalah jumlah layanan dipisahkan koma (1000,10000), dan --iterations adalah small, quick, normal, atau angka.
# Variables:
#   $peer (String) - PostGIS or SpatiaLite
bench-peer-missing = { $peer } tidak terpasang atau tidak merespons: kolomnya akan menyebutkan itu. README.md menjelaskan cara memasangnya.
# Variables:
#   $count (Number) - services in this round
bench-size-start = Mengukur { $count } layanan sintetis…
# Variables:
#   $count (Number) - services
#   $build (String) - seconds the directory build took (0.0 when it was reused)
#   $mb (String) - directory size in megabytes
bench-size-title = { $count } layanan (direktori dibuat dalam { $build } detik, { $mb } MB)
bench-col-scenario = Skenario
bench-col-p50 = p50 ms
bench-col-p95 = p95 ms
bench-col-p99 = p99 ms
bench-col-baseline = Pindai penuh p50 ms
bench-col-ratio = Ponte / pindai penuh
bench-col-postgis = PostGIS p50 ms
bench-col-spatialite = SpatiaLite p50 ms
# Variables:
#   $times (String) - how many times faster, like "250"
bench-ratio-times-faster = 1/{ $times }
bench-peer-not-installed = tidak terpasang
bench-peer-failed = gagal
# Variables:
#   $checked (Number) - queries compared
#   $mismatches (Number) - queries where the search and the full scan disagreed
bench-correctness = Ketepatan: { $checked } pencarian dibandingkan dengan pindai penuh, { $mismatches } berbeda.
bench-correct = Setiap pencarian yang diperiksa menemukan layanan yang sama dengan pindai penuh.
bench-incorrect = GAGAL: beberapa pencarian menemukan layanan yang berbeda dari pindai penuh (lihat di atas).

## Scenarios

bench-scenario-nearest-need = 10 terdekat, satu kebutuhan
bench-scenario-nearest-filtered = 10 terdekat, kebutuhan + bahasa + buka sekarang + perlindungan data
bench-scenario-within-radius = Dalam 5 km, satu kebutuhan
bench-scenario-rural-widening = Pedesaan, pencarian diperluas
bench-scenario-text-legal-aid = Teks “legal aid”
bench-scenario-text-prefix = Awalan teks “shel”
bench-scenario-text-arabic = Teks beraksara Arab
bench-scenario-text-near = Teks “legal aid” dekat suatu tempat
bench-scenario-gazetteer-typing = Nama tempat, huruf demi huruf
bench-scenario-build-bundle = Membuat bundel
bench-scenario-verify-bundle = Memverifikasi bundel
bench-scenario-install-bundle = Memasang bundel
bench-scenario-search-process = `ponte search`, seluruh proses
