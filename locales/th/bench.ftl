# `ponte synth` and `ponte bench`: synthetic directories and benchmarks.
# "Synthetic" means invented data for tests, never real services. "p50/p95/p99" are
# percentiles of the time a query took; "baseline" is a simple full scan measured in the
# same run. PostGIS and SpatiaLite are product names: keep them.

# Variables:
#   $count (Number) - services written
#   $rural (Number) - how many of them are in the countryside
#   $file (String) - the file written
#   $seconds (String) - how long it took, like "1.5"
bench-synth-written = เขียนบริการสังเคราะห์ { $count } รายการ (อยู่ในชนบท { $rural } รายการ) ลงใน { $file } ใช้เวลา { $seconds } วินาที ข้อมูลนี้แต่งขึ้น: ห้ามเผยแพร่เป็นสมุดรายชื่อ
# Variables:
#   $value (String) - the option value that is not understood
bench-bad-option = ใช้ “{ $value }” ไม่ได้: ขนาดคือจำนวนบริการคั่นด้วยจุลภาค (1000,10000) และ --iterations คือ small, quick, normal หรือตัวเลข
# Variables:
#   $peer (String) - PostGIS or SpatiaLite
bench-peer-missing = { $peer } ไม่ได้ติดตั้งหรือไม่ตอบสนอง: คอลัมน์ของมันจะแสดงเช่นนั้น วิธีติดตั้งอยู่ใน README.md
# Variables:
#   $count (Number) - services in this round
bench-size-start = กำลังวัดบริการสังเคราะห์ { $count } รายการ…
# Variables:
#   $count (Number) - services
#   $build (String) - seconds the directory build took (0.0 when it was reused)
#   $mb (String) - directory size in megabytes
bench-size-title = บริการ { $count } รายการ (สร้างสมุดรายชื่อใน { $build } วินาที, { $mb } MB)
bench-col-scenario = สถานการณ์
bench-col-p50 = p50 ms
bench-col-p95 = p95 ms
bench-col-p99 = p99 ms
bench-col-baseline = สแกนทั้งหมด p50 ms
bench-col-ratio = Ponte / สแกนทั้งหมด
bench-col-postgis = PostGIS p50 ms
bench-col-spatialite = SpatiaLite p50 ms
# Variables:
#   $times (String) - how many times faster, like "250"
bench-ratio-times-faster = 1/{ $times }
bench-peer-not-installed = ไม่ได้ติดตั้ง
bench-peer-failed = ล้มเหลว
# Variables:
#   $checked (Number) - queries compared
#   $mismatches (Number) - queries where the search and the full scan disagreed
bench-correctness = ความถูกต้อง: เทียบ { $checked } คำค้นกับการสแกนทั้งหมด ไม่ตรงกัน { $mismatches } รายการ
bench-correct = ทุกการค้นหาที่ตรวจพบบริการเดียวกับการสแกนทั้งหมด
bench-incorrect = ล้มเหลว: การค้นหาบางรายการพบบริการต่างจากการสแกนทั้งหมด (ดูด้านบน)

## Scenarios

bench-scenario-nearest-need = ใกล้ที่สุด 10 แห่ง, หนึ่งความต้องการ
bench-scenario-nearest-filtered = ใกล้ที่สุด 10 แห่ง, ความต้องการ + ภาษา + เปิดอยู่ + ปกป้องข้อมูล
bench-scenario-within-radius = ภายใน 5 กม., หนึ่งความต้องการ
bench-scenario-rural-widening = ชนบท, ขยายการค้นหา
bench-scenario-text-legal-aid = ข้อความ “legal aid”
bench-scenario-text-prefix = คำขึ้นต้น “shel”
bench-scenario-text-arabic = ข้อความอักษรอาหรับ
bench-scenario-text-near = ข้อความ “legal aid” ใกล้สถานที่
bench-scenario-gazetteer-typing = ชื่อสถานที่ ทีละตัวอักษร
bench-scenario-build-bundle = สร้างชุดข้อมูล
bench-scenario-verify-bundle = ตรวจสอบชุดข้อมูล
bench-scenario-install-bundle = ติดตั้งชุดข้อมูล
bench-scenario-search-process = `ponte search` ทั้งกระบวนการ
