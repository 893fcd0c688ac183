# Strings shared by the app and the command line.

## Needs (the taxonomy in data/README.md). Short: they label big tiles.

need-one-stop-shop = Dịch vụ một cửa
need-health = Sức khỏe
need-health-emergency = Cấp cứu
need-health-primary = Bác sĩ
need-health-mental = Sức khỏe tâm thần
need-health-sexual-reproductive = Sức khỏe tình dục và sinh sản
need-education = Giáo dục
need-education-school-enrolment = Trường học cho trẻ em
need-education-language-classes = Lớp học tiếng
need-education-vocational = Học nghề
need-housing = Nhà ở
need-housing-shelter = Chỗ ngủ tối nay
need-housing-tenancy-advice = Tư vấn thuê nhà
need-legal-aid = Trợ giúp pháp lý
need-legal-aid-immigration = Nhập cư và tị nạn
need-legal-aid-regularisation = Giấy tờ cư trú
need-legal-aid-labour = Trợ giúp pháp lý về lao động
need-work = Việc làm
need-work-recruitment = Tìm việc an toàn
need-work-wage-claims = Lương chưa được trả
need-social-protection = Hỗ trợ xã hội
need-violence-support = Hỗ trợ khi bị bạo lực
need-violence-support-trafficking = Mua bán người và lao động cưỡng bức
need-child-protection = Trẻ em
need-documents = Giấy tờ
need-interpretation = Phiên dịch
need-food = Thực phẩm và nhu yếu phẩm
need-money = Tiền
need-money-remittances = Gửi tiền về nhà
need-money-banking = Tài khoản ngân hàng
need-return = Về nước
need-complaints = Khiếu nại
need-complaints-labour-inspection = Thanh tra lao động
need-complaints-human-rights = Cơ quan nhân quyền
need-information = Thông tin và tư vấn

## Who a service is for

serves-all = Mọi người
serves-women = Phụ nữ
serves-children = Trẻ em
serves-unaccompanied-minors = Trẻ em không có người lớn đi kèm
serves-survivors-of-violence = Người bị bạo lực
serves-workers = Người lao động
serves-families = Gia đình
serves-lgbtiq = Người LGBTIQ

## Distances and directions

# Variables:
#   $meters (Number) - distance in metres, under 1000
distance-meters = { NUMBER($meters, maximumFractionDigits: 0) } m
# Variables:
#   $kilometers (Number) - distance in kilometres
distance-kilometers = { NUMBER($kilometers, maximumFractionDigits: 1) } km
# For places known only approximately (a town's centre), when the person is within the
# town's reach.
# Variables:
#   $distance (String) - the town's reach, like "5 km"
distance-within-about = trong vòng khoảng { $distance }
# Variables:
#   $distance (String) - a formatted distance, like "14 km"
distance-about = khoảng { $distance }
compass-n = bắc
compass-ne = đông bắc
compass-e = đông
compass-se = đông nam
compass-s = nam
compass-sw = tây nam
compass-w = tây
compass-nw = tây bắc
# Variables:
#   $distance (String) - a formatted distance, like "2.3 km"
#   $direction (String) - a compass direction, like "north-east"
distance-direction = { $distance } về phía { $direction }

## Opening status, always in the service's own time

status-open = Đang mở cửa
status-closed = Đang đóng cửa
status-unknown = Chưa rõ giờ mở cửa
# Variables:
#   $time (String) - closing time, like "17:00"
status-open-until = Mở đến { $time }
# Variables:
#   $time (String) - closing time, like "17:00"
status-closes-soon = Sắp đóng cửa ({ $time })
# Variables:
#   $time (String) - opening time today, like "09:00"
status-opens-at = Mở lúc { $time }
# Variables:
#   $day (String) - a weekday name, like "Monday"
#   $time (String) - opening time, like "09:00"
status-opens-on = Mở { $day } lúc { $time }
status-hours-unreadable = Giờ mở cửa như bản gốc (không đọc được)
# Variables:
#   $zone (String) - an IANA time zone, like "Europe/Lisbon"
status-time-zone = Giờ địa phương ({ $zone })

weekday-1 = Thứ Hai
weekday-2 = Thứ Ba
weekday-3 = Thứ Tư
weekday-4 = Thứ Năm
weekday-5 = Thứ Sáu
weekday-6 = Thứ Bảy
weekday-7 = Chủ Nhật
hours-closed-all-day = Đóng cửa
hours-today = Hôm nay

## Badges on results

badge-free = Miễn phí
badge-no-documents = Không hỏi giấy tờ
badge-no-status = Không hỏi về tình trạng cư trú
badge-firewall = Không chia sẻ dữ liệu với cơ quan di trú
badge-shares-with-immigration = Có thể chia sẻ dữ liệu với cơ quan di trú
badge-one-stop-shop = Dịch vụ một cửa
badge-walk-in = Đến trực tiếp
badge-appointment = Cần hẹn trước
badge-approximate = Vị trí gần đúng
badge-phone-line = Đường dây điện thoại
badge-emergency = Số khẩn cấp

## Answers to yes/no questions about a service

answer-yes = Có
answer-no = Không
answer-unknown = Chưa rõ

## Labels on a service's page

field-what = Họ cung cấp gì
field-needs = Hỗ trợ về
field-serves = Dành cho
field-languages = Ngôn ngữ sử dụng
field-asks-status = Hỏi về tình trạng di trú
field-asks-documents = Yêu cầu giấy tờ
field-shares-with-immigration = Chia sẻ dữ liệu với cơ quan di trú
field-free = Miễn phí
field-appointment = Cần hẹn trước
field-walk-in = Có thể đến không cần hẹn
field-what-to-bring = Cần mang theo
field-organization = Đơn vị điều hành
field-address = Địa chỉ
field-phone = Điện thoại
field-email = Email
field-website = Trang web
field-hours = Giờ mở cửa
field-location = Vị trí
field-source = Nguồn
field-source-note = Về nguồn này
field-verified = Xác nhận lần cuối
field-id = Mã tham chiếu

precision-exact = Vị trí chính xác
precision-address = Vị trí tìm theo địa chỉ
# Variables:
#   $town (String) - the town whose centre is shown
precision-city = Gần đúng: hiển thị ở trung tâm { $town }. Hãy kiểm tra địa chỉ.
precision-postal-code = Gần đúng: hiển thị ở trung tâm khu vực mã bưu chính

## How old a record is

# Variables:
#   $months (Number) - whole months since the record was last confirmed
verified-months-ago = { $months ->
    [0] tháng này
   *[other] { $months } tháng trước
}
# Variables:
#   $years (Number) - whole years since the record was last confirmed
verified-years-ago = { $years ->
   *[other] { $years } năm trước
}
# Variables:
#   $when (String) - how long ago, like "3 years ago"
verified-old-warning = Xác nhận lần cuối { $when }. Thông tin có thể đã thay đổi: hãy kiểm tra trước khi đi.

## Languages of the interface

# Variables:
#   $requested (String) - the language code asked for
#   $used (String) - the name of the language shown instead
lang-fallback = Không có bản dịch cho “{ $requested }”; đang hiển thị { $used }.
# Variables:
#   $language (String) - the name of this language
lang-draft-notice = Bản dịch { $language } này là bản nháp, chưa được người bản ngữ kiểm tra. Chỗ nào chưa được dịch, bạn sẽ thấy tiếng Anh.
