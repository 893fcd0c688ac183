# The `ponte` command line.

## ponte search

# Variables:
#   $place (String) - the place searched near, like "Lisbon"
#   $country (String) - its country, like "Portugal"
#   $point (String) - its coordinates, like "38.72509,-9.14980"
cli-search-near = ใกล้ { $place }, { $country } ({ $point })
# Variables:
#   $point (String) - coordinates, like "16.71000,98.57000"
cli-search-near-point = ใกล้ { $point }
# Variables:
#   $others (String) - other places with the same name, comma-separated
cli-search-also = สถานที่อื่นที่มีชื่อนี้: { $others } ใส่รหัสประเทศ ("Cartagena, CO") หรือระบุพิกัด
cli-search-none = ไม่มีบริการในรายชื่อที่ตรงกับตัวกรองเหล่านี้ ไม่ว่าจะไกลแค่ไหน
# Variables:
#   $radius (String) - the radius asked for, like "5 km"
#   $distance (String) - distance of the nearest result, like "37 km"
cli-search-widened = ไม่พบภายใน { $radius } บริการที่ตรงกันที่ใกล้ที่สุดอยู่ไกลออกไป เริ่มที่ { $distance }
# Variables:
#   $distance (String) - distance of the nearest result, like "120 km"
cli-search-far = บริการที่ตรงกันที่ใกล้ที่สุดอยู่ห่างออกไป { $distance }
# Variables:
#   $count (Number) - number of results shown
cli-search-count = { $count ->
   *[other] { $count } บริการ
}
# Variables:
#   $country (String) - country name, like "Portugal"
cli-search-phone-lines = สายด่วนและเบอร์ฉุกเฉินของ { $country }
cli-col-distance = ระยะทาง
cli-col-name = ชื่อ
cli-col-open = ตอนนี้
cli-col-languages = ภาษา
cli-col-verified = ยืนยัน
cli-col-id = รหัสอ้างอิง
cli-col-notes = หมายเหตุ
cli-hint-show = ดูรายละเอียด: ponte show <รหัสอ้างอิง>

## Errors (exit code 2: something in the command needs fixing)

# Variables:
#   $query (String) - what the person typed
cli-place-not-found = ไม่พบสถานที่ชื่อ “{ $query }” ในฐานข้อมูลชื่อสถานที่แบบออฟไลน์ ลองสะกดแบบอื่น ใช้ชื่อภาษาอังกฤษหรือชื่อในภาษาของท้องถิ่นนั้น หรือใช้พิกัด เช่น 38.72,-9.14
# Variables:
#   $reason (String) - what is wrong with the coordinates
cli-bad-coordinates = พิกัดนี้ไม่อยู่บนโลก: { $reason } ใช้ละติจูด,ลองจิจูด เป็นองศาแบบทศนิยม เช่น 38.72,-9.14
# Variables:
#   $reason (String) - what is wrong
cli-bad-filter = { $reason }
# Variables:
#   $id (String) - the reference asked for
cli-show-not-found = ไม่มีบริการรหัสอ้างอิง “{ $id }” ในรายชื่อที่ใช้อยู่ ค้นหาก่อนเพื่อดูรหัสอ้างอิง
cli-bad-radius = รัศมีต้องเป็นจำนวนกิโลเมตรที่มากกว่าศูนย์ เช่น 5 หรือ 2.5
cli-bad-limit = จำนวนสูงสุดต้องเป็นจำนวนเต็มตั้งแต่ 1 ถึง 1000

## ponte places

# Variables:
#   $query (String) - what the person typed
cli-places-none = ไม่มีสถานที่ที่ตรงกับ “{ $query }”
cli-places-credit = ชื่อสถานที่: GeoNames (geonames.org), CC BY 4.0
cli-col-place = สถานที่
cli-col-country = ประเทศ
cli-col-population = ประชากร
cli-col-coordinates = พิกัด
cli-col-matched = ตรงกับ

## ponte show

cli-show-check-before = ตรวจสอบก่อนไป
cli-show-directory = รายชื่อบริการ
