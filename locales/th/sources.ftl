# Problems in directory spreadsheets (the template in data/README.md), shown by
# `ponte validate`, `ponte directory build` and `ponte import csv`, and placing rows on the
# map. Read by NGO volunteers: say what is wrong and what to do.

## Reading the file

# Variables:
#   $reason (String) - what the operating system said
src-cannot-read = อ่านไฟล์ไม่ได้: { $reason }
src-empty-file = ไฟล์ว่างเปล่า แถวแรกต้องเป็นแถวหัวตารางที่มีชื่อคอลัมน์
src-header-not-utf8 = แถวหัวตารางไม่ใช่ UTF-8 ที่ถูกต้อง ให้บันทึกไฟล์เป็น CSV (UTF-8)
# Variables:
#   $column (String) - a required column's name
src-missing-column = แถวหัวตารางไม่มีคอลัมน์ “{ $column }” ดูรายชื่อคอลัมน์ได้ใน data/README.md
# Variables:
#   $column (String) - a column name
#   $first (String) - the number of the first column with that name
#   $second (String) - the number of the second one
src-duplicate-column = คอลัมน์ “{ $column }” มีสองครั้ง (คอลัมน์ที่ { $first } และ { $second })
# Variables:
#   $lang (String) - the language code after the colon
#   $column (String) - the whole column name, like "name:xx"
src-unknown-column-language = “{ $lang }” ในคอลัมน์ “{ $column }” ไม่ใช่รหัสภาษาที่รู้จัก
# Variables:
#   $cells (String) - cells in the row
#   $columns (String) - columns in the header
src-cell-count = แถวนี้มี { $cells } ช่อง แต่แถวหัวตารางมี { $columns } คอลัมน์ อาจมีจุลภาค (,) ขาดหรือเกิน หรือมีเครื่องหมายอัญประกาศที่ไม่ได้ปิด
# Variables:
#   $reason (String) - what the CSV reader said
src-bad-csv = ไฟล์ไม่ใช่ CSV ที่ถูกต้องตรงนี้: { $reason }
# Variables:
#   $bytes (String) - the size of the cell
#   $limit (String) - the largest size allowed
src-too-long = ช่องนี้มี { $bytes } ไบต์ แต่จำกัดไว้ที่ { $limit }
# Variables:
#   $offset (String) - how many bytes of the cell are valid
src-bad-utf8 = ช่องนี้ไม่ใช่ UTF-8 ที่ถูกต้อง (หลังไบต์ที่ { $offset }) ให้บันทึกไฟล์เป็น CSV (UTF-8)

## One row

# Variables:
#   $id (String) - the repeated id
#   $where (String) - where it was first used, like "pt.csv:12"
src-duplicate-id = id “{ $id }” ถูกใช้แล้วที่ { $where } แต่ละแถวต้องมี id ของตัวเอง
# Variables:
#   $column (String) - the column's name
src-required = ต้องกรอก “{ $column }”
# Variables:
#   $column (String) - the column's name, like "description"
src-translation-without-original = “{ $column }” ว่างอยู่ แต่มีคำแปล ให้กรอก “{ $column }” เป็นภาษาของแถวนั้นเอง
# Variables:
#   $id (String) - the id as written
src-bad-id = id “{ $id }” ใช้ได้เฉพาะอักษรตัวพิมพ์เล็ก ตัวเลข “.” “_” และ “-” (ไม่เกิน 100 ตัวอักษร)
# Variables:
#   $value (String) - the value as written
src-bad-kind = “{ $value }” ไม่ใช่ค่าใดค่าหนึ่งใน: place, phone-line, emergency
# Variables:
#   $value (String) - the value as written
src-bad-answer = “{ $value }” ไม่ใช่ค่าใดค่าหนึ่งใน: yes, no, unknown
# Variables:
#   $code (String) - the code as written
src-bad-language = “{ $code }” ไม่ใช่รหัสภาษาที่รู้จัก (ISO 639-1 เช่น “pt” หรือ ISO 639-3 เช่น “kea”)
# Variables:
#   $code (String) - the code as written
#   $known (String) - the codes that exist, comma-separated
src-bad-need = “{ $code }” ไม่ใช่รหัสหมวดความช่วยเหลือ (need) รหัสที่มีคือ: { $known }
src-needs-required = ต้องกรอก “needs” อย่างน้อยหนึ่งรหัสหมวดความช่วยเหลือ
# Variables:
#   $code (String) - the code as written
#   $known (String) - the codes that exist, comma-separated
src-bad-group = “{ $code }” ไม่ใช่กลุ่ม กลุ่มที่มีคือ: { $known }
# Variables:
#   $value (String) - the value as written
src-bad-country = “{ $value }” ไม่ใช่รหัสประเทศสองตัวอักษร เช่น PT
# Variables:
#   $value (String) - the value as written
src-bad-geonames-id = “{ $value }” ไม่ใช่ GeoNames id (ต้องเป็นจำนวนเต็ม) หาได้ด้วย: ponte places "Town, PT" --json
# Variables:
#   $value (String) - the value as written
src-bad-timezone = “{ $value }” ไม่ใช่เขตเวลา ให้ใช้ชื่อ IANA เช่น Europe/Lisbon หรือเว้นว่างไว้
# Variables:
#   $hours (String) - the opening hours as written
#   $position (String) - the character where reading stopped, counted from 1
src-bad-hours = อ่านเวลาเปิด-ปิด “{ $hours }” ไม่ได้ตั้งแต่ตัวอักษรที่ { $position } ข้อความจะเก็บไว้และแสดงตามที่เขียน แต่จะไม่รู้ว่า “ตอนนี้เปิด” หรือไม่ ให้ใช้รูปแบบของ OpenStreetMap เช่น Mo-Fr 09:00-17:00
# Variables:
#   $value (String) - the value as written
src-bad-date = “{ $value }” ไม่ใช่วันที่ในรูปแบบ 2024-03-19
# Variables:
#   $value (String) - the date as written
src-future-date = { $value } เป็นวันในอนาคต
# Variables:
#   $value (String) - the value as written
src-bad-uncertainty = “{ $value }” ไม่ใช่ระยะทางเป็นเมตร (ตัวเลขตั้งแต่ 0 ขึ้นไป)
# Variables:
#   $value (String) - the value as written
src-bad-precision = “{ $value }” ไม่ใช่ค่าใดค่าหนึ่งใน: exact, address, city, postal-code
src-unplaceable = สถานที่ต้องมี lat และ lon หรืออย่างน้อยต้องมีชื่อเมืองใน “locality” จึงจะหาเจอบนแผนที่
src-exact-without-coordinates = geo_precision เป็น “exact” แต่ lat และ lon ว่างอยู่
src-half-coordinates = ใส่ทั้ง lat และ lon หรือไม่ใส่ทั้งคู่
src-null-island = 0,0 อยู่ในมหาสมุทรแอตแลนติก เป็นค่าที่ใส่ไว้แทนชั่วคราว ไม่ใช่ตำแหน่งจริง
# Variables:
#   $value (String) - the latitude as written
src-bad-latitude = ละติจูด { $value } ไม่อยู่ระหว่าง -90 ถึง 90
# Variables:
#   $value (String) - the longitude as written
src-bad-longitude = ลองจิจูด { $value } ไม่อยู่ระหว่าง -180 ถึง 180
# Variables:
#   $value (String) - the value as written
src-not-degrees = “{ $value }” ไม่ใช่องศาแบบทศนิยม เช่น 38.7249
# Variables:
#   $number (String) - the number as written
src-bad-phone = “{ $number }” ไม่ใช่เบอร์โทร ใช้ตัวเลข ช่องว่าง และเครื่องหมาย + ข้างหน้า และใส่หมายเหตุในวงเล็บหลังเบอร์

## Placing rows on the map

# Variables:
#   $value (String) - the code as written
place-bad-country = “{ $value }” ไม่ใช่รหัสประเทศ ISO 3166-1
# Variables:
#   $id (String) - the GeoNames id
#   $name (String) - the place it names
#   $found (String) - that place's country
#   $country (String) - the row's country
place-geonames-other-country = GeoNames id { $id } คือ { $name } ใน { $found } ไม่ใช่ใน { $country }
# Variables:
#   $id (String) - the GeoNames id
place-geonames-unknown = GeoNames id { $id } ไม่อยู่ในฐานข้อมูลชื่อสถานที่แบบออฟไลน์ (มีเมืองที่มีประชากร 1,000 คนขึ้นไปในประเทศของรายชื่อบริการเริ่มต้น และ 5,000 คนขึ้นไปในประเทศอื่น) ให้ใส่ lat และ lon แทน
# Variables:
#   $town (String) - the town as written
#   $country (String) - the row's country code
place-town-not-found = ไม่มีเมือง “{ $town }” ในฐานข้อมูลชื่อสถานที่แบบออฟไลน์ของ { $country } ให้เพิ่ม lat และ lon หรือ geonames_id ของเมือง (ลอง: ponte places "{ $town }, { $country }" --json)
# Variables:
#   $count (String) - how many towns have the name
#   $country (String) - the row's country code
#   $town (String) - the town as written
#   $list (String) - the towns, with their geonames_id, coordinates and population
place-ambiguous-town = ใน { $country } มี { $count } เมืองที่ชื่อ “{ $town }”: { $list } ให้เพิ่ม geonames_id ที่ถูกต้อง (หรือ lat และ lon) เพื่อไม่ให้แถวนี้ไปอยู่ผิดเมือง
# Variables:
#   $km (String) - the distance in kilometres
#   $place (String) - the nearest town to the coordinates
#   $found (String) - that town's country code
#   $country (String) - the row's country code
place-outside-country = พิกัดนี้ห่างจาก { $place } ({ $found }) { $km } กม. แต่ประเทศคือ { $country } สลับ lat กับ lon หรือเปล่า หรือประเทศผิด

## Labels in reports

diag-error = ข้อผิดพลาด
diag-warning = คำเตือน
# Variables:
#   $count (Number) - how many errors
diag-nothing-changed = { $count ->
   *[other] มีข้อผิดพลาด { $count } รายการในแหล่งข้อมูล ไม่ได้สร้างหรือเปลี่ยนแปลงอะไรเลย
}

## ponte directory build and ponte directory info

# Variables:
#   $file (String) - the database written
#   $count (Number) - services in it
#   $placed (Number) - how many were placed at their town's centre
dir-built = { $file }: { $count ->
   *[other] { $count } บริการ
} (วางไว้ที่ใจกลางเมือง { $placed } แห่ง)
# Variables:
#   $bundle (String) - the directory's bundle id
#   $sequence (String) - its sequence number
dir-info-bundle = ชุดข้อมูล: { $bundle } (ลำดับที่ { $sequence })
# Variables:
#   $count (Number) - services in the directory
dir-info-services = บริการ: { $count }
# Variables:
#   $path (String) - the database file
dir-info-file = ไฟล์: { $path }
# Variables:
#   $path (String) - the data folder
dir-info-data-dir = โฟลเดอร์ข้อมูล: { $path }

## Command-line options that need fixing

# Variables:
#   $value (String) - the time as written
cli-bad-time = “{ $value }” ไม่ใช่เวลาในรูปแบบ 2026-11-23T10:00:00Z
