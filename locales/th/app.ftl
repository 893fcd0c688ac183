# Labels shared by the app and the command line that came after the first translation
# round; and, below, the app's own screens.


## Rights cards

rights-applies-whatever-status = สิทธินี้ใช้ได้ ไม่ว่าสถานะการเข้าเมืองของคุณจะเป็นอย่างไร
rights-if-refused-heading = ถ้าคุณถูกปฏิเสธ
rights-sources-heading = แหล่งอ้างอิง
# Variables:
#   $need (String) - the name of the need asked about, like "Health"
rights-none-for-need = ยังไม่มีข้อมูลสิทธิสำหรับเรื่อง “{ $need }”

## App frame, on every screen

app-name = Ponte
app-skip-link = ข้ามไปที่เนื้อหา
app-language-label = ภาษา
app-about = เกี่ยวกับ
app-back = กลับ
app-privacy-line = สิ่งที่คุณค้นหาจะไม่ออกไปจากเครื่องนี้
# Said to screen readers after switching language.
# Variables:
#   $language (String) - the name of the language now shown, like "العربية"
app-language-changed = เปลี่ยนภาษาแล้ว: { $language }

## Errors

error-input = ใช้ข้อมูลนี้ไม่ได้ ตรวจสอบสิ่งที่คุณพิมพ์แล้วลองอีกครั้ง
error-internal = เกิดข้อผิดพลาดภายใน Ponte ลองอีกครั้ง ถ้ายังเป็นอยู่ ให้ปิด Ponte แล้วเปิดใหม่

## Quick exit (a button on every screen, and Shift pressed 3 times)

exit-button = ออกด่วน
exit-hint = ซ่อน Ponte ทันทีและล้างการค้นหานี้ คุณกด Shift 3 ครั้งก็ได้
exit-press-two = Shift: กดอีก 2 ครั้งเพื่อออก
exit-press-one = Shift: กดอีก 1 ครั้งเพื่อออก
exit-expired = ยกเลิกการออกด่วนด้วยแป้นพิมพ์แล้ว
# The only words on the blank page shown after a quick exit: keep them neutral, with
# nothing about Ponte, migration or help.
exit-neutral-continue = ดำเนินการต่อ

## Start: choosing a need

start-title = คุณต้องการความช่วยเหลือเรื่องอะไร
start-intro = เลือกหนึ่งอย่าง แล้วเลือกสถานที่
start-more-needs = ความช่วยเหลือแบบอื่น
start-specific-heading = เรื่องที่เจาะจงกว่านี้
# Variables:
#   $place (String) - the place chosen earlier, like "Lisboa, Portugal"
start-place-kept = ค้นหาใกล้ { $place }

## Where: choosing a place

where-title = ที่ไหน
where-back = กลับไปเลือกเรื่อง
# Variables:
#   $need (String) - the need chosen, like "Health"
where-looking-for = กำลังหา: { $need }
where-type-heading = พิมพ์ชื่อสถานที่
where-place-label = เมืองหรืออำเภอ
where-place-hint = พิมพ์ชื่อสถานที่เป็นภาษาหรือตัวอักษรใดก็ได้
where-suggestions-label = สถานที่
# Variables:
#   $count (Number) - how many places match what was typed
where-suggestions-count =
    { $count ->
       *[other] พบ { $count } แห่ง
    }
# Variables:
#   $query (String) - what the person typed
where-no-place = ไม่พบสถานที่ชื่อ “{ $query }” ลองสะกดแบบอื่น หรือใช้ชื่อภาษาอังกฤษหรือชื่อในภาษาท้องถิ่น
# Variables:
#   $place (String) - a place name, like "Lisboa"
#   $country (String) - its country, like "Portugal"
where-place-label-full = { $place }, { $country }
# Variables:
#   $place (String) - the place chosen earlier, like "Lisboa, Portugal"
where-current = ตอนนี้: { $place }
where-keep-place = ใช้สถานที่นี้ต่อ
where-pick-heading = บนแผนที่
where-pick-button = เลือกบนแผนที่
where-pick-hint = แตะหรือคลิกที่แผนที่ ถ้าใช้แป้นพิมพ์ ให้เลื่อนแผนที่ด้วยปุ่มลูกศร แล้วใช้จุดกึ่งกลาง
where-map-label = แผนที่สำหรับเลือกสถานที่
where-pick-centre = ใช้จุดกึ่งกลางแผนที่
where-pick-looking = กำลังหาเมืองที่ใกล้ที่สุด…
# Variables:
#   $place (String) - the nearest town, like "Lisboa, Portugal"
#   $distance (String) - how far the point is from it, like "3 km"
where-picked-near = ใกล้ { $place } ({ $distance })
where-picked-point = จุดที่คุณเลือก
where-pick-confirm = ค้นหาที่นี่
where-device-heading = ตำแหน่งของเครื่องคุณ
where-device-unavailable = ไม่ใช้ในคอมพิวเตอร์เครื่องนี้ เพราะการหาตำแหน่งต้องถามบริการออนไลน์ แล้วบริการนั้นจะรู้ว่าคุณอยู่ที่ไหน ให้พิมพ์ชื่อสถานที่หรือเลือกบนแผนที่แทน
where-device-button = ใช้ตำแหน่งของฉัน
where-device-private = ตำแหน่งของคุณใช้บนเครื่องนี้เท่านั้น ไม่มีการส่งหรือบันทึกไว้เลย
where-device-finding = กำลังหาตำแหน่งของคุณ…
where-device-failed = หาตำแหน่งของคุณไม่ได้ พิมพ์ชื่อสถานที่หรือเลือกบนแผนที่
where-device-here = ตำแหน่งของคุณ
where-private = สถานที่ที่คุณพิมพ์หรือเลือกจะไม่ออกไปจากเครื่องนี้

## Results

results-back = กลับไปเลือกสถานที่
# Variables:
#   $need (String) - what is searched for, like "Health"
#   $place (String) - where, like "Lisboa, Portugal"
results-title = { $need } ใกล้ { $place }
results-change-need = เปลี่ยนเรื่อง
results-change-place = เปลี่ยนสถานที่
results-filters = ตัวกรองเพิ่มเติม
# Variables:
#   $count (Number) - how many filters are switched on
results-filters-on = (เปิด { $count })
results-filter-only = แสดงเฉพาะ
results-filter-open-now = ตอนนี้เปิด
results-filter-free = ฟรี
results-filter-no-documents = ไม่ขอเอกสาร
results-filter-firewall = ไม่ส่งข้อมูลให้ตรวจคนเข้าเมือง
results-filter-kind = ประเภทความช่วยเหลือ
# Variables:
#   $need (String) - the need chosen, like "Health"
results-filter-kind-all = ทั้งหมด: { $need }
results-filter-language = เจ้าหน้าที่พูดภาษา
results-filter-language-any = ภาษาใดก็ได้
results-filter-serves = สำหรับ
results-filter-serves-any = ทุกคน
results-filter-radius = ภายในระยะ
results-filter-radius-any = ระยะเท่าไรก็ได้
results-filter-words = คำที่ต้องการหา
results-filters-clear = ล้างตัวกรอง
results-searching = กำลังค้นหา…
# Variables:
#   $count (Number) - number of services shown
results-count =
    { $count ->
       *[other] { $count } บริการ เรียงจากใกล้ที่สุด
    }
results-none = ไม่มีบริการในรายชื่อที่ตรงกัน ไม่ว่าจะไกลแค่ไหน
# Variables:
#   $radius (String) - the distance chosen, like "5 km"
#   $distance (String) - distance of the nearest result, like "37 km"
results-widened = ไม่พบภายใน { $radius } บริการเหล่านี้อยู่ไกลออกไป เริ่มที่ { $distance }
# Variables:
#   $distance (String) - distance of the nearest result, like "120 km"
results-far = ไม่มีบริการใกล้ ๆ ที่ใกล้ที่สุดอยู่ห่างออกไป { $distance }
results-list-heading = บริการ เรียงจากใกล้ที่สุด
results-map-toggle = แผนที่
results-map-label = แผนที่ของผลการค้นหา รายการด้านล่างมีข้อมูลเดียวกัน
results-badges-label = เกี่ยวกับที่นี่
# Variables:
#   $count (Number) - how many more languages are spoken there
results-languages-more = และอีก { $count } ภาษา
results-show-more = แสดงเพิ่ม
# A short warning on a result whose record is old.
# Variables:
#   $when (String) - how long ago, like "3 years ago"
results-verified-old = ยืนยันล่าสุดเมื่อ { $when }
# Variables:
#   $country (String) - country name, like "Portugal"
results-phone-lines = สายด่วนและเบอร์ฉุกเฉินใน{ $country }
results-phone-lines-any = สายด่วนและเบอร์ฉุกเฉิน

## Rights cards in the app

rights-heading = สิทธิของคุณ

## A service’s page

service-back = กลับไปที่ผลการค้นหา
service-loading = กำลังโหลด…
# Variables:
#   $organization (String) - who runs the service
service-run-by = ดำเนินการโดย { $organization }
service-call = โทร
service-directions = เส้นทาง
service-directions-hint = “เส้นทาง” จะเปิดสถานที่นี้ในแอปแผนที่บนเครื่องนี้ ถ้ามีแอปนั้น
service-before-you-go = ก่อนไป
service-help-and-for = ช่วยเรื่องอะไร และสำหรับใคร
service-contact = ติดต่อ
service-no-contact = ไม่ทราบเบอร์โทร อีเมล หรือเว็บไซต์
# Variables:
#   $title (String) - the directory’s title
service-directory = จาก: { $title }
# Variables:
#   $id (String) - the service’s reference code
service-reference = รหัสอ้างอิง: { $id }
# Variables:
#   $from (String) - opening time, like "09:00"
#   $to (String) - closing time, like "17:00"
hours-period = { $from }–{ $to }
hours-period-unknown = (อาจเปลี่ยนแปลง)
service-wrong-button = มีข้อมูลผิดตรงนี้
service-wrong-which = ส่วนไหน
service-wrong-field-any = อย่างอื่น หรือไม่แน่ใจ
service-wrong-field-name = ชื่อ
service-wrong-note = ผิดตรงไหน
service-wrong-private = บันทึกไว้ในเครื่องนี้เท่านั้น ไม่มีการส่งอะไรออกไป
service-wrong-save = บันทึก
service-wrong-empty = เขียนก่อนว่าผิดตรงไหน
service-wrong-saved = บันทึกไว้ในเครื่องนี้แล้ว ขอบคุณ

## The map

map-label = แผนที่
map-zoom-in = ขยาย
map-zoom-out = ย่อ

## About

about-back = กลับ
about-title = เกี่ยวกับ Ponte
about-intro = Ponte ช่วยให้คุณหาบริการใกล้ตัว และบอกสิทธิของคุณเป็นภาษาของคุณ ใช้งานได้โดยไม่ต้องมีอินเทอร์เน็ต
about-privacy-heading = ความเป็นส่วนตัวของคุณ
about-privacy-search = สิ่งที่คุณค้นหาและสถานที่ที่คุณค้นหาจะอยู่ในเครื่องนี้ Ponte ไม่ส่งข้อมูลใด ๆ เกี่ยวกับคุณไปที่ไหนเลย
about-privacy-location = Ponte ไม่เคยถามบริการออนไลน์ว่าคุณอยู่ที่ไหน
about-privacy-stored = Ponte เก็บไว้แค่ภาษาของคุณ การตั้งค่าการแสดงผล และการแก้ไขที่คุณบันทึกไว้ ไม่เก็บประวัติการค้นหา
about-privacy-exit = ปุ่ม “ออกด่วน” จะซ่อน Ponte ทันทีและล้างการค้นหา คุณกด Shift 3 ครั้งก็ได้
about-directory-heading = รายชื่อบริการ
about-directory-title = ชื่อ
about-directory-description = รายละเอียด
about-directory-services = บริการ
about-directory-publisher = เผยแพร่โดย
about-directory-built = สร้างเมื่อ
about-directory-bundle = ฉบับ
about-directory-built-in = ติดมากับแอป
# Variables:
#   $sequence (Number) - the update number of the directory
about-directory-sequence = อัปเดตครั้งที่ { $sequence }

## Updating the directory (About page). A "directory file" (.ponte) is a signed file from an
## organisation that keeps the directory current; a "channel" is the web address where it
## publishes them.

about-update-heading = อัปเดตรายชื่อบริการ
about-update-intro = Ponte ตรวจว่าไฟล์รายชื่อบริการทุกไฟล์ลงนามโดยองค์กรที่ Ponte เชื่อถือ และใหม่กว่าไฟล์ที่คุณมี ถ้ามีอะไรผิด จะไม่มีอะไรเปลี่ยน
about-update-file = ติดตั้งจากไฟล์
about-update-file-hint = ไฟล์ .ponte จาก USB หรือจากข้อความ
about-update-channel = ที่อยู่ช่องทางอัปเดต
about-update-channel-hint = ที่อยู่เว็บที่องค์กรของคุณให้มา Ponte ดาวน์โหลดเฉพาะไฟล์จากที่นั่น และไม่ส่งอะไรเกี่ยวกับคุณเลย ทั้งสถานที่ การค้นหา และภาษาของคุณ
about-update-check = ตรวจหาอัปเดต
about-update-working = กำลังตรวจ…
# Variables:
#   $title (String) - the directory's title
#   $publisher (String) - who published it
#   $sequence (Number) - its update number
#   $count (Number) - services in it
app-update-installed = ติดตั้ง “{ $title }” จาก { $publisher } อัปเดตครั้งที่ { $sequence } แล้ว: { $count ->
       *[other] { $count } บริการ
    }
# Variables:
#   $sequence (Number) - the update number installed
app-update-up-to-date = คุณมีรายชื่อบริการใหม่ที่สุดแล้ว (อัปเดตครั้งที่ { $sequence })
# Variables:
#   $limit (Number) - the largest size accepted, in megabytes
app-update-file-too-large = ไฟล์นี้ใหญ่เกินไปสำหรับรายชื่อบริการ (เกิน { $limit } MB) ไม่มีอะไรเปลี่ยน
start-directory-expired = รายชื่อบริการนี้เลยวันหมดอายุแล้ว ยังใช้ได้ แต่ข้อมูลบางอย่างอาจไม่ทันสมัย อัปเดตได้ที่หน้า “เกี่ยวกับ”
about-display-heading = การแสดงผล
about-text-size = ขนาดตัวอักษร
about-text-size-normal = ปกติ
about-text-size-large = ใหญ่
about-text-size-larger = ใหญ่ขึ้นอีก
about-contrast = ความต่างของสี
about-contrast-normal = ปกติ
about-contrast-more = เพิ่มความต่างของสี
about-display-system = Ponte ทำตามการตั้งค่าขนาดตัวอักษร ความต่างของสี และสีบนเครื่องของคุณด้วย
about-languages-heading = ภาษา
# Variables:
#   $language (String) - the name of the language shown now
about-languages-current = ตอนนี้แสดงเป็น: { $language } คุณเปลี่ยนได้ที่ด้านบนของทุกหน้า
about-locale-name = ภาษา
about-locale-status = สถานะ
about-locale-review = ผู้ตรวจ
about-status-source = ต้นฉบับ
about-status-reviewed = เจ้าของภาษาตรวจแล้ว
about-status-complete = ครบแล้ว ยังไม่ได้ตรวจ
about-status-draft = ฉบับร่าง: บางส่วนเป็นภาษาอังกฤษ
about-status-pseudo = สำหรับทดสอบ
about-testing = ทดสอบ
about-testing-intro = ภาษาสมมุติ ใช้ดูว่าหน้าจอรองรับข้อความที่ยาวขึ้นและการเขียนจากขวาไปซ้ายได้หรือไม่
about-use-locale = ใช้
about-corrections-heading = การแก้ไขของคุณ
about-corrections-intro = ข้อผิดพลาดที่คุณจดไว้ด้วย “มีข้อมูลผิดตรงนี้” ข้อมูลนี้อยู่ในเครื่องนี้เท่านั้น
about-corrections-none = ยังไม่มีที่บันทึกไว้
about-correction-delete = ลบ
about-correction-deleted = ลบการแก้ไขแล้ว
about-credits-heading = เครดิต
about-credit-places = ชื่อสถานที่: GeoNames (geonames.org) สัญญาอนุญาต CC BY 4.0
about-credit-map = แผนที่: Natural Earth (naturalearthdata.com) สาธารณสมบัติ ผ่านแพ็กเกจ world-atlas (สัญญาอนุญาต ISC)
about-credit-leaflet = การแสดงแผนที่: Leaflet (สัญญาอนุญาต BSD 2-Clause)
about-credit-icons = ไอคอน: Lucide (สัญญาอนุญาต ISC บางไอคอนมาจาก Feather สัญญาอนุญาต MIT)
about-credit-fluent = การแปล: Project Fluent, @fluent/bundle (สัญญาอนุญาต Apache 2.0)
about-credit-fonts = ฟอนต์: Noto Sans สำหรับทุกอักษรของภาษาในแอป (SIL Open Font License 1.1) ผ่าน Fontsource
# Variables:
#   $version (String) - the app’s version, like "0.1.0"
about-version = Ponte เวอร์ชัน { $version }

## Handing off to a phone or map app, where this device has none

# Variables:
#   $number (String) - the phone number, like "+351218106100"
handoff-tel = เครื่องนี้โทรออกไม่ได้ โทรหา { $number } จากโทรศัพท์
# Variables:
#   $coordinates (String) - latitude and longitude, like "38.724927, -9.134284"
handoff-geo = ไม่มีแอปแผนที่ให้เปิดที่นี่ ให้ค้นหา { $coordinates } ในแอปแผนที่ใดก็ได้
