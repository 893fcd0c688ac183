# Strings shared by the app and the command line.

## Needs (the taxonomy in data/README.md). Short: they label big tiles.

need-one-stop-shop = ศูนย์บริการครบวงจร
need-health = สุขภาพ
need-health-emergency = รักษาฉุกเฉิน
need-health-primary = หาหมอ
need-health-mental = สุขภาพจิต
need-health-sexual-reproductive = สุขภาพทางเพศและการเจริญพันธุ์
need-education = การศึกษา
need-education-school-enrolment = โรงเรียนสำหรับเด็ก
need-education-language-classes = เรียนภาษา
need-education-vocational = ฝึกอาชีพ
need-housing = ที่อยู่อาศัย
need-housing-shelter = ที่พักคืนนี้
need-housing-tenancy-advice = คำแนะนำเรื่องเช่าบ้าน
need-legal-aid = ช่วยเหลือทางกฎหมาย
need-legal-aid-immigration = การเข้าเมืองและการลี้ภัย
need-legal-aid-regularisation = เอกสารอนุญาตให้อยู่
need-legal-aid-labour = ช่วยเหลือทางกฎหมายเรื่องงาน
need-work = งาน
need-work-recruitment = หางานอย่างปลอดภัย
need-work-wage-claims = ค่าจ้างค้างจ่าย
need-social-protection = ความช่วยเหลือทางสังคม
need-violence-support = ช่วยเหลือเรื่องความรุนแรง
need-violence-support-trafficking = การค้ามนุษย์และการบังคับใช้แรงงาน
need-child-protection = เด็ก
need-documents = เอกสาร
need-interpretation = ล่าม
need-food = อาหารและของใช้จำเป็น
need-money = การเงิน
need-money-remittances = ส่งเงินกลับบ้าน
need-money-banking = บัญชีธนาคาร
need-return = กลับบ้านเกิด
need-complaints = ร้องเรียน
need-complaints-labour-inspection = ตรวจแรงงาน
need-complaints-human-rights = หน่วยงานสิทธิมนุษยชน
need-information = ข้อมูลและคำแนะนำ

## Who a service is for

serves-all = ทุกคน
serves-women = ผู้หญิง
serves-children = เด็ก
serves-unaccompanied-minors = เด็กที่มาโดยไม่มีผู้ปกครอง
serves-survivors-of-violence = ผู้ที่ถูกกระทำความรุนแรง
serves-workers = คนทำงาน
serves-families = ครอบครัว
serves-lgbtiq = คน LGBTIQ

## Distances and directions

# Variables:
#   $meters (Number) - distance in metres, under 1000
distance-meters = { NUMBER($meters, maximumFractionDigits: 0) } ม.
# Variables:
#   $kilometers (Number) - distance in kilometres
distance-kilometers = { NUMBER($kilometers, maximumFractionDigits: 1) } กม.
# For places known only approximately (a town's centre), when the person is within the
# town's reach.
# Variables:
#   $distance (String) - the town's reach, like "5 km"
distance-within-about = ภายในประมาณ { $distance }
# Variables:
#   $distance (String) - a formatted distance, like "14 km"
distance-about = ประมาณ { $distance }
compass-n = ทิศเหนือ
compass-ne = ทิศตะวันออกเฉียงเหนือ
compass-e = ทิศตะวันออก
compass-se = ทิศตะวันออกเฉียงใต้
compass-s = ทิศใต้
compass-sw = ทิศตะวันตกเฉียงใต้
compass-w = ทิศตะวันตก
compass-nw = ทิศตะวันตกเฉียงเหนือ
# Variables:
#   $distance (String) - a formatted distance, like "2.3 km"
#   $direction (String) - a compass direction, like "north-east"
distance-direction = { $distance } ไปทาง{ $direction }

## Opening status, always in the service's own time

status-open = ตอนนี้เปิด
status-closed = ตอนนี้ปิด
status-unknown = ไม่ทราบเวลาเปิด-ปิด
# Variables:
#   $time (String) - closing time, like "17:00"
status-open-until = เปิดถึง { $time }
# Variables:
#   $time (String) - closing time, like "17:00"
status-closes-soon = ใกล้ปิดแล้ว ({ $time })
# Variables:
#   $time (String) - opening time today, like "09:00"
status-opens-at = เปิดเวลา { $time }
# Variables:
#   $day (String) - a weekday name, like "Monday"
#   $time (String) - opening time, like "09:00"
status-opens-on = เปิด{ $day } เวลา { $time }
status-hours-unreadable = เวลาตามที่เขียนไว้ (อ่านไม่ได้)
# Variables:
#   $zone (String) - an IANA time zone, like "Europe/Lisbon"
status-time-zone = เป็นเวลาท้องถิ่น ({ $zone })

weekday-1 = วันจันทร์
weekday-2 = วันอังคาร
weekday-3 = วันพุธ
weekday-4 = วันพฤหัสบดี
weekday-5 = วันศุกร์
weekday-6 = วันเสาร์
weekday-7 = วันอาทิตย์
hours-closed-all-day = ปิด
hours-today = วันนี้

## Badges on results

badge-free = ฟรี
badge-no-documents = ไม่ขอเอกสาร
badge-no-status = ไม่ถามเรื่องสถานะ
badge-firewall = ไม่ส่งข้อมูลให้ตรวจคนเข้าเมือง
badge-shares-with-immigration = อาจส่งข้อมูลให้ตรวจคนเข้าเมือง
badge-one-stop-shop = ศูนย์บริการครบวงจร
badge-walk-in = ไปได้เลยไม่ต้องนัด
badge-appointment = ต้องนัดก่อน
badge-approximate = ตำแหน่งโดยประมาณ
badge-phone-line = สายด่วน
badge-emergency = เบอร์ฉุกเฉิน

## Answers to yes/no questions about a service

answer-yes = ใช่
answer-no = ไม่ใช่
answer-unknown = ไม่ทราบ

## Labels on a service's page

field-what = บริการที่มี
field-needs = ช่วยเรื่อง
field-serves = สำหรับ
field-languages = ภาษาที่พูดได้
field-asks-status = ถามสถานะการเข้าเมือง
field-asks-documents = ขอเอกสาร
field-shares-with-immigration = ส่งข้อมูลให้เจ้าหน้าที่ตรวจคนเข้าเมือง
field-free = ไม่เสียค่าใช้จ่าย
field-appointment = ต้องนัดก่อน
field-walk-in = ไปได้โดยไม่ต้องนัด
field-what-to-bring = สิ่งที่ต้องนำไป
field-organization = ดำเนินการโดย
field-address = ที่อยู่
field-phone = โทรศัพท์
field-email = อีเมล
field-website = เว็บไซต์
field-hours = เวลาเปิด-ปิด
field-location = ตำแหน่ง
field-source = แหล่งข้อมูล
field-source-note = เกี่ยวกับแหล่งข้อมูล
field-verified = ยืนยันล่าสุด
field-id = รหัสอ้างอิง

precision-exact = ตำแหน่งที่แน่นอน
precision-address = ระบุตำแหน่งจากที่อยู่
# Variables:
#   $town (String) - the town whose centre is shown
precision-city = โดยประมาณ: แสดงไว้ที่ใจกลางของ { $town } โปรดตรวจสอบที่อยู่
precision-postal-code = โดยประมาณ: แสดงไว้ที่ใจกลางของพื้นที่รหัสไปรษณีย์

## How old a record is

# Variables:
#   $months (Number) - whole months since the record was last confirmed
verified-months-ago = { $months ->
    [0] เดือนนี้
   *[other] { $months } เดือนที่แล้ว
}
# Variables:
#   $years (Number) - whole years since the record was last confirmed
verified-years-ago = { $years ->
   *[other] { $years } ปีที่แล้ว
}
# Variables:
#   $when (String) - how long ago, like "3 years ago"
verified-old-warning = ยืนยันล่าสุดเมื่อ { $when } ข้อมูลอาจเปลี่ยนไปแล้ว โปรดตรวจสอบก่อนไป

## Languages of the interface

# Variables:
#   $requested (String) - the language code asked for
#   $used (String) - the name of the language shown instead
lang-fallback = ไม่มีคำแปลสำหรับ “{ $requested }” จึงแสดงเป็น { $used } แทน
# Variables:
#   $language (String) - the name of this language
lang-draft-notice = คำแปลภาษา{ $language }นี้เป็นฉบับร่างที่เจ้าของภาษายังไม่ได้ตรวจ ส่วนที่ยังไม่มีคำแปลจะแสดงเป็นภาษาอังกฤษ
