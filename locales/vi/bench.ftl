# `ponte synth` and `ponte bench`: synthetic directories and benchmarks.
# "Synthetic" means invented data for tests, never real services. "p50/p95/p99" are
# percentiles of the time a query took; "baseline" is a simple full scan measured in the
# same run. PostGIS and SpatiaLite are product names: keep them.

# Variables:
#   $count (Number) - services written
#   $rural (Number) - how many of them are in the countryside
#   $file (String) - the file written
#   $seconds (String) - how long it took, like "1.5"
bench-synth-written = Đã ghi { $count } dịch vụ tổng hợp ({ $rural } ở nông thôn) vào { $file } trong { $seconds } giây. Chúng là dữ liệu bịa: đừng bao giờ công bố chúng như một danh bạ.
# Variables:
#   $value (String) - the option value that is not understood
bench-bad-option = Không dùng được “{ $value }”: kích thước là số dịch vụ cách nhau bằng dấu phẩy (1000,10000), và --iterations là small, quick, normal hoặc một số.
# Variables:
#   $peer (String) - PostGIS or SpatiaLite
bench-peer-missing = { $peer } chưa được cài hoặc không phản hồi: cột của nó sẽ ghi như vậy. README.md hướng dẫn cách cài.
# Variables:
#   $count (Number) - services in this round
bench-size-start = Đang đo { $count } dịch vụ tổng hợp…
# Variables:
#   $count (Number) - services
#   $build (String) - seconds the directory build took (0.0 when it was reused)
#   $mb (String) - directory size in megabytes
bench-size-title = { $count } dịch vụ (danh bạ tạo trong { $build } giây, { $mb } MB)
bench-col-scenario = Kịch bản
bench-col-p50 = p50 ms
bench-col-p95 = p95 ms
bench-col-p99 = p99 ms
bench-col-baseline = Quét toàn bộ p50 ms
bench-col-ratio = Ponte / quét toàn bộ
bench-col-postgis = PostGIS p50 ms
bench-col-spatialite = SpatiaLite p50 ms
# Variables:
#   $times (String) - how many times faster, like "250"
bench-ratio-times-faster = 1/{ $times }
bench-peer-not-installed = chưa cài
bench-peer-failed = thất bại
# Variables:
#   $checked (Number) - queries compared
#   $mismatches (Number) - queries where the search and the full scan disagreed
bench-correctness = Độ chính xác: đã so { $checked } truy vấn với quét toàn bộ, { $mismatches } không khớp.
bench-correct = Mọi tìm kiếm đã kiểm tra đều tìm thấy cùng dịch vụ như quét toàn bộ.
bench-incorrect = THẤT BẠI: một số tìm kiếm tìm thấy dịch vụ khác với quét toàn bộ (xem ở trên).

## Scenarios

bench-scenario-nearest-need = 10 gần nhất, một nhu cầu
bench-scenario-nearest-filtered = 10 gần nhất, nhu cầu + ngôn ngữ + đang mở + bảo vệ dữ liệu
bench-scenario-within-radius = Trong vòng 5 km, một nhu cầu
bench-scenario-rural-widening = Nông thôn, mở rộng tìm kiếm
bench-scenario-text-legal-aid = Văn bản “legal aid”
bench-scenario-text-prefix = Tiền tố văn bản “shel”
bench-scenario-text-arabic = Văn bản chữ Ả Rập
bench-scenario-text-near = Văn bản “legal aid” gần một nơi
bench-scenario-gazetteer-typing = Tên địa danh, từng chữ cái
bench-scenario-build-bundle = Tạo gói
bench-scenario-verify-bundle = Kiểm tra gói
bench-scenario-install-bundle = Cài gói
bench-scenario-search-process = `ponte search`, toàn bộ tiến trình
