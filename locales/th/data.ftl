# NGO data in and out: HSDS and spreadsheet import, export and validation
# (`ponte import`, `ponte export`, `ponte validate`). Read by NGO volunteers: plain words,
# and always what to do.


## Problems in the files themselves (nothing is imported while one stands)

# Variables:
#   $table (String) - the HSDS table, like "location"
#   $field (String) - the field, like "latitude"
#   $expected (String) - what the field must hold, like "a number"
#   $value (String) - the value found
data-bad-type = { $table }.{ $field } ต้องเป็น { $expected } แต่ค่าที่พบคือ { $value }
# Variables:
#   $table (String) - the HSDS table, like "service"
data-missing-id = { $table } นี้ไม่มี id ทุก service, location, organization และ service_at_location ต้องมี id
data-bad-utf8 = ข้อความนี้ไม่ใช่ UTF-8 ที่ถูกต้อง ให้บันทึกไฟล์เป็น UTF-8 (ในโปรแกรมตารางคำนวณ เลือก “CSV UTF-8”)
# Variables:
#   $reason (String) - what the JSON reader said
data-bad-json = นี่ไม่ใช่ JSON ที่ถูกต้อง: { $reason }
# Variables:
#   $table (String) - the file or table name
data-unknown-table = { $table } ไม่ใช่ตาราง HSDS ที่ Ponte รู้จัก จึงไม่ได้อ่าน
data-no-records = ไม่พบรายการ HSDS ในไฟล์นี้
data-unknown-object = Ponte บอกไม่ได้ว่านี่เป็นข้อมูล HSDS ชนิดใด (service, organization, location หรือ service_at_location)
# Variables:
#   $bytes (String) - the size of the value
#   $limit (String) - the largest size allowed
data-too-long = ค่านี้ยาว { $bytes } ไบต์ แต่จำกัดไว้ที่ { $limit } ค่าที่ยาวขนาดนี้แสดงว่าไฟล์เสีย ไม่ใช่ข้อมูลของบริการ
# Variables:
#   $cells (String) - cells in the row
#   $columns (String) - columns in the header
data-cell-count = แถวนี้มี { $cells } ช่อง แต่แถวหัวตารางมี { $columns } คอลัมน์ อาจมีจุลภาค (,) ขาดหรือเกิน หรือมีเครื่องหมายอัญประกาศ (") ที่ไม่ได้ปิด
# Variables:
#   $reason (String) - what the CSV reader said
data-bad-csv = ไฟล์ไม่ใช่ CSV ที่ถูกต้องตรงนี้: { $reason }
# Variables:
#   $table (String) - the HSDS table
#   $value (String) - the id
data-duplicate-row = มีแถว { $table } อีกแถวที่ใช้ id “{ $value }” อยู่แล้ว แต่ละแถวต้องมี id ของตัวเอง
# Variables:
#   $table (String) - the table of the row
#   $field (String) - the link field, like "location_id"
#   $target (String) - the table it points to
#   $value (String) - the id it names
data-unknown-reference = { $table }.{ $field } อ้างถึง { $target } “{ $value }” ซึ่งไม่มีอยู่ในข้อมูล ถ้าไม่มีรายการนั้น แถวนี้จะใช้ไม่ได้ ให้เพิ่ม { $target } นั้น หรือแก้ id ให้ถูก
# Variables:
#   $table (String) - the table of the row
#   $field (String) - the link field
#   $target (String) - the table it points to
#   $value (String) - the id it names
data-dangling-reference = { $table }.{ $field } อ้างถึง { $target } “{ $value }” ซึ่งไม่มีอยู่ในข้อมูล ค่านี้เก็บไว้ตามที่เขียน

## Mapping HSDS to Ponte

# Variables:
#   $need (String) - the need code given, like "health.mental"
#   $keyword (String) - the word that matched, like "counselling"
#   $text (String) - the name it was found in
data-needs-from-name = ไม่มีคำในอนุกรมวิธาน (taxonomy) ที่บอกว่าบริการนี้ให้อะไร จึงกำหนดหมวดความช่วยเหลือ { $need } จากคำว่า “{ $keyword }” ใน “{ $text }” โปรดตรวจสอบ
# Variables:
#   $value (String) - the language as written
data-unknown-language-name = “{ $value }” ไม่ใช่ภาษาที่ Ponte รู้จัก ค่านี้ยังเก็บไว้ในข้อมูล HSDS แต่จะไม่แสดงเป็นภาษาที่พูดได้
# Variables:
#   $lat (String) - the latitude given
#   $lon (String) - the longitude given
data-impossible-coordinates = พิกัด { $lat }, { $lon } ไม่ใช่ตำแหน่งบนโลก จึงไม่ได้ใช้ (ถ้าทำได้ จะระบุตำแหน่งจากที่อยู่แทน) และเก็บไว้ตามที่เขียน
# Variables:
#   $value (String) - the phone number as written
data-unreadable-phone = “{ $value }” ไม่ใช่เบอร์โทรที่ Ponte โทรออกได้ ค่านี้ยังเก็บไว้ในข้อมูล HSDS แต่ไม่แสดง
# Variables:
#   $reason (String) - which part of the schedule, like "byweekno"
data-schedules-not-hours = ตารางเวลา (schedule) ใช้ { $reason } ซึ่ง Ponte แปลงเป็นเวลาเปิด-ปิดไม่ได้ จึงเก็บไว้ตามที่เขียน และจะไม่รู้ว่า “ตอนนี้เปิด” หรือไม่
data-no-services = ไม่มี service ในข้อมูลนี้ จึงไม่มีอะไรให้นำเข้า (organization และ location อย่างเดียวไม่นับเป็นจุดให้บริการ)
# Variables:
#   $lang (String) - the language code assumed
data-assumed-language = HSDS ไม่ได้บอกว่าข้อความเป็นภาษาอะไร Ponte จึงถือว่าเป็น “{ $lang }” ถ้าไม่ถูก ให้นำเข้าใหม่โดยใช้ --text-lang
# Variables:
#   $value (String) - the Ponte id
#   $other (String) - where the first record with this id is
data-duplicate-id = มีสองรายการที่จะได้ id ของ Ponte เป็น “{ $value }” (อีกรายการอยู่ที่ { $other }) ให้ใช้ --id-prefix หรือแก้ id

## ponte validate: what to fix before publishing

data-unplaced = สถานที่นี้ไม่มีพิกัด และไม่มีชื่อเมืองที่ Ponte หาเจอ จึงแสดงบนแผนที่ไม่ได้ ให้เพิ่ม lat และ lon หรือชื่อเมือง (locality)
# Variables:
#   $value (String) - the phone number
#   $country (String) - the record's country code, like "PT"
data-phone-unreadable = อ่าน “{ $value }” เป็นเบอร์โทรใน { $country } ไม่ได้ ให้เขียนพร้อมรหัสประเทศ เช่น +351 21 000 0000
# Variables:
#   $value (String) - the phone number
#   $country (String) - the record's country code
data-phone-not-valid = “{ $value }” ดูไม่เหมือนเบอร์ที่ใช้งานจริงใน { $country } (ความยาวหรือรหัสนำหน้าผิดหรือไม่) โปรดตรวจสอบ
# Variables:
#   $date (String) - the verified_at date
#   $months (String) - the staleness threshold in months
data-stale = ยืนยันล่าสุดเมื่อ { $date } ซึ่งนานกว่า { $months } เดือนแล้ว ตรวจสอบว่ายังถูกต้องอยู่ แล้วอัปเดต verified_at
# Variables:
#   $value (String) - the source as written
data-source-not-public = แหล่งข้อมูล “{ $value }” เป็นไฟล์ในคอมพิวเตอร์ ซึ่งผู้อ่านเปิดไม่ได้ ให้ใส่ที่อยู่เว็บหรือชื่อเอกสาร (สำหรับ HSDS: นำเข้าด้วย --source)
# Variables:
#   $other (String) - the id of the other record
#   $metres (String) - the distance between them in metres
data-likely-duplicate = ชื่อเดียวกับ { $other } ห่างกัน { $metres } ม. เป็นสถานที่เดียวกันที่ใส่ซ้ำสองครั้งหรือไม่

## ponte import / export / validate: summaries

# Variables:
#   $services (Number) - records read
#   $errors (Number) - errors found
#   $warnings (Number) - warnings found
data-summary =
    { $services ->
       *[other] { $services } รายการ
    }, { $errors ->
       *[other] ข้อผิดพลาด { $errors } รายการ
    }, { $warnings ->
       *[other] คำเตือน { $warnings } รายการ
    }
# Variables:
#   $source (Number) - places with coordinates from the source
#   $city (Number) - places put at their town's centre
#   $postal (Number) - places put at their postal code's centre
#   $unplaced (Number) - places not placed
data-placement = สถานที่: มีพิกัดจากแหล่งข้อมูล { $source } แห่ง, อยู่ที่ใจกลางเมือง { $city } แห่ง, อยู่ที่ใจกลางพื้นที่รหัสไปรษณีย์ { $postal } แห่ง, ยังไม่ได้ระบุตำแหน่ง { $unplaced } แห่ง
# Variables:
#   $count (Number) - places placed by town that gave a postal code
data-postal-not-used =
    { $count ->
       *[other] { $count } แห่งให้รหัสไปรษณีย์ที่ไม่ได้ใช้ เพราะ Ponte ยังไม่มีข้อมูลรหัสไปรษณีย์แบบออฟไลน์ จึงวางไว้ที่ใจกลางเมืองของแต่ละแห่ง
    }
# Variables:
#   $id (String) - the record's id
#   $reason (String) - why it was not placed
data-unplaced-item = ยังไม่ได้ระบุตำแหน่ง: { $id }: { $reason }
data-fix-errors = แก้ข้อผิดพลาดข้างบนก่อน ยังไม่ได้เขียนไฟล์ใด ๆ
# Variables:
#   $path (String) - the file or folder written
data-written = เขียนแล้ว: { $path }
# Variables:
#   $count (Number) - records exported
#   $path (String) - where
data-exported =
    { $count ->
       *[other] ส่งออก { $count } รายการไปที่ { $path } แล้ว
    }
# Variables:
#   $done (Number) - records done
#   $total (Number) - records in all
data-progress = { $done } จาก { $total }…
data-example-row = นี่คือแถวตัวอย่างของแม่แบบ ลบออกก่อนเผยแพร่
# Variables:
#   $count (Number) - records without a point
data-geojson-left-out =
    { $count ->
       *[other] { $count } รายการไม่มีจุดพิกัด (สายด่วน หรือสถานที่ที่ยังไม่อยู่บนแผนที่) จึงไม่อยู่ใน GeoJSON
    }

## ponte import / export: bad options

# Variables:
#   $value (String) - what was given
data-bad-text-lang = --text-lang “{ $value }” ไม่ใช่รหัสภาษา (ISO 639-1 หรือ 639-3 เช่น pt หรือ kea)
# Variables:
#   $value (String) - what was given
data-bad-verified-at = --verified-at “{ $value }” ไม่ใช่วันที่ในรูปแบบ 2024-03-19
# Variables:
#   $path (String) - the source given
data-looks-like-hsds = { $path } ดูเหมือนเป็น HSDS ให้ใช้ `ponte import hsds`
# Variables:
#   $path (String) - the source given
data-not-hsds = { $path } ไม่ใช่ HSDS (ไฟล์ .json หรือโฟลเดอร์ที่มีแพ็กเกจ HSDS CSV) ถ้าใช้แม่แบบ ให้ใช้ `ponte import csv`
