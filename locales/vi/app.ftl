# Labels shared by the app and the command line that came after the first translation
# round; and, below, the app's own screens.

## Rights cards

rights-applies-whatever-status = Điều này áp dụng dù tình trạng di trú của bạn thế nào.
rights-if-refused-heading = Nếu bạn bị từ chối
rights-sources-heading = Nguồn
# Variables:
#   $need (String) - the name of the need asked about, like "Health"
rights-none-for-need = Chưa có thẻ về quyền cho “{ $need }”.

## App frame, on every screen

app-name = Ponte
app-skip-link = Chuyển đến nội dung
app-language-label = Ngôn ngữ
app-about = Giới thiệu
app-back = Quay lại
app-privacy-line = Những gì bạn tìm không rời khỏi thiết bị này.
# Said to screen readers after switching language.
# Variables:
#   $language (String) - the name of the language now shown, like "العربية"
app-language-changed = Đã đổi ngôn ngữ: { $language }

## Errors

error-input = Không dùng được nội dung này. Hãy kiểm tra những gì bạn đã nhập và thử lại.
error-internal = Đã có lỗi bên trong Ponte. Hãy thử lại. Nếu lỗi vẫn xảy ra, hãy đóng Ponte rồi mở lại.

## Quick exit (a button on every screen, and Shift pressed 3 times)

exit-button = Thoát nhanh
exit-hint = Ẩn Ponte ngay lập tức và xóa lần tìm kiếm này. Bạn cũng có thể nhấn Shift 3 lần.
exit-press-two = Shift: nhấn thêm 2 lần để thoát.
exit-press-one = Shift: nhấn thêm 1 lần để thoát.
exit-expired = Đã hủy thoát nhanh bằng bàn phím.
# The only words on the blank page shown after a quick exit: keep them neutral, with
# nothing about Ponte, migration or help.
exit-neutral-continue = Tiếp tục

## Start: choosing a need

start-title = Bạn cần giúp đỡ về việc gì?
start-intro = Chọn một mục. Sau đó chọn nơi.
start-more-needs = Các loại hỗ trợ khác
start-specific-heading = Cụ thể hơn
# Variables:
#   $place (String) - the place chosen earlier, like "Lisboa, Portugal"
start-place-kept = Đang tìm gần { $place }.

## Where: choosing a place

where-title = Ở đâu?
where-back = Quay lại loại hỗ trợ
# Variables:
#   $need (String) - the need chosen, like "Health"
where-looking-for = Đang tìm: { $need }
where-type-heading = Nhập địa điểm
where-place-label = Thị trấn hoặc thành phố
where-place-hint = Nhập địa điểm bằng bất kỳ ngôn ngữ hay chữ viết nào.
where-suggestions-label = Địa điểm
# Variables:
#   $count (Number) - how many places match what was typed
where-suggestions-count = { $count ->
   *[other] Tìm thấy { $count } địa điểm
}
# Variables:
#   $query (String) - what the person typed
where-no-place = Không có địa điểm nào tên “{ $query }”. Hãy thử cách viết khác, hoặc tên bằng tiếng Anh hay tiếng địa phương.
# Variables:
#   $place (String) - a place name, like "Lisboa"
#   $country (String) - its country, like "Portugal"
where-place-label-full = { $place }, { $country }
# Variables:
#   $place (String) - the place chosen earlier, like "Lisboa, Portugal"
where-current = Hiện tại: { $place }.
where-keep-place = Giữ địa điểm này
where-pick-heading = Trên bản đồ
where-pick-button = Chọn trên bản đồ
where-pick-hint = Chạm hoặc nhấp vào bản đồ. Với bàn phím, hãy di chuyển bản đồ bằng các phím mũi tên, rồi dùng điểm giữa.
where-map-label = Bản đồ để chọn địa điểm
where-pick-centre = Dùng điểm giữa bản đồ
where-pick-looking = Đang tìm thị trấn gần nhất…
# Variables:
#   $place (String) - the nearest town, like "Lisboa, Portugal"
#   $distance (String) - how far the point is from it, like "3 km"
where-picked-near = Gần { $place } ({ $distance })
where-picked-point = Điểm bạn đã chọn
where-pick-confirm = Tìm ở đây
where-device-heading = Vị trí của thiết bị
where-device-unavailable = Không dùng trên máy tính này: để tìm vị trí, máy phải hỏi một dịch vụ trực tuyến, và dịch vụ đó sẽ biết bạn ở đâu. Thay vào đó, hãy nhập địa điểm hoặc chọn trên bản đồ.
where-device-button = Dùng vị trí của tôi
where-device-private = Vị trí của bạn chỉ được dùng trên thiết bị này. Vị trí không bao giờ được gửi đi hay lưu lại.
where-device-finding = Đang tìm vị trí của bạn…
where-device-failed = Không tìm được vị trí của bạn. Hãy nhập địa điểm hoặc chọn trên bản đồ.
where-device-here = Vị trí của bạn
where-private = Địa điểm bạn nhập hoặc chọn không bao giờ rời khỏi thiết bị này.

## Results

results-back = Quay lại địa điểm
# Variables:
#   $need (String) - what is searched for, like "Health"
#   $place (String) - where, like "Lisboa, Portugal"
results-title = { $need } gần { $place }
results-change-need = Đổi loại hỗ trợ
results-change-place = Đổi địa điểm
results-filters = Thêm bộ lọc
# Variables:
#   $count (Number) - how many filters are switched on
results-filters-on = ({ $count } đang bật)
results-filter-only = Chỉ hiện
results-filter-open-now = Đang mở cửa
results-filter-free = Miễn phí
results-filter-no-documents = Không hỏi giấy tờ
results-filter-firewall = Không báo cho cơ quan di trú
results-filter-kind = Loại hỗ trợ
# Variables:
#   $need (String) - the need chosen, like "Health"
results-filter-kind-all = Tất cả: { $need }
results-filter-language = Nhân viên nói
results-filter-language-any = Ngôn ngữ bất kỳ
results-filter-serves = Dành cho
results-filter-serves-any = Mọi người
results-filter-radius = Trong vòng
results-filter-radius-any = Khoảng cách bất kỳ
results-filter-words = Từ khóa cần tìm
results-filters-clear = Xóa bộ lọc
results-searching = Đang tìm…
# Variables:
#   $count (Number) - number of services shown
results-count = { $count ->
   *[other] { $count } dịch vụ, gần nhất trước
}
results-none = Không có dịch vụ nào trong danh bạ phù hợp, ở bất kỳ khoảng cách nào.
# Variables:
#   $radius (String) - the distance chosen, like "5 km"
#   $distance (String) - distance of the nearest result, like "37 km"
results-widened = Không có gì trong vòng { $radius }. Các dịch vụ dưới đây ở xa hơn, bắt đầu từ { $distance }.
# Variables:
#   $distance (String) - distance of the nearest result, like "120 km"
results-far = Không có gì ở gần: nơi gần nhất cách { $distance }.
results-list-heading = Dịch vụ, gần nhất trước
results-map-toggle = Bản đồ
results-map-label = Bản đồ kết quả. Danh sách có cùng thông tin.
results-badges-label = Về nơi này
# Variables:
#   $count (Number) - how many more languages are spoken there
results-languages-more = và { $count } ngôn ngữ khác
results-show-more = Xem thêm
# A short warning on a result whose record is old.
# Variables:
#   $when (String) - how long ago, like "3 years ago"
results-verified-old = Xác nhận lần cuối { $when }
# Variables:
#   $country (String) - country name, like "Portugal"
results-phone-lines = Đường dây điện thoại và số khẩn cấp tại { $country }
results-phone-lines-any = Đường dây điện thoại và số khẩn cấp

## Rights cards in the app

rights-heading = Quyền của bạn

## A service’s page

service-back = Quay lại kết quả
service-loading = Đang tải…
# Variables:
#   $organization (String) - who runs the service
service-run-by = Đơn vị điều hành: { $organization }
service-call = Gọi
service-directions = Chỉ đường
service-directions-hint = “Chỉ đường” mở nơi này trong ứng dụng bản đồ trên thiết bị này, nếu có.
service-before-you-go = Trước khi đi
service-help-and-for = Hỗ trợ về gì, và cho ai
service-contact = Liên hệ
service-no-contact = Không có số điện thoại, email hay trang web.
# Variables:
#   $title (String) - the directory’s title
service-directory = Danh bạ: { $title }
# Variables:
#   $id (String) - the service’s reference code
service-reference = Mã tham chiếu: { $id }
# Variables:
#   $from (String) - opening time, like "09:00"
#   $to (String) - closing time, like "17:00"
hours-period = { $from }–{ $to }
hours-period-unknown = (có thể thay đổi)
service-wrong-button = Có thông tin sai ở đây
service-wrong-which = Phần nào?
service-wrong-field-any = Phần khác, hoặc không chắc
service-wrong-field-name = Tên
service-wrong-note = Điều gì sai?
service-wrong-private = Chỉ lưu trên thiết bị này. Không gửi gì đi.
service-wrong-save = Lưu
service-wrong-empty = Trước tiên hãy viết điều gì sai.
service-wrong-saved = Đã lưu trên thiết bị này. Cảm ơn bạn.

## The map

map-label = Bản đồ
map-zoom-in = Phóng to
map-zoom-out = Thu nhỏ

## About

about-back = Quay lại
about-title = Giới thiệu Ponte
about-intro = Ponte giúp bạn tìm dịch vụ gần bạn và cho bạn biết quyền của mình, bằng ngôn ngữ của bạn. Ponte hoạt động không cần internet.
about-privacy-heading = Quyền riêng tư của bạn
about-privacy-search = Những gì bạn tìm, và tìm ở đâu, đều ở lại trên thiết bị này. Ponte không gửi bất cứ điều gì về bạn đi đâu cả.
about-privacy-location = Ponte không bao giờ hỏi một dịch vụ trực tuyến xem bạn đang ở đâu.
about-privacy-stored = Ponte chỉ lưu ngôn ngữ, lựa chọn hiển thị và những sửa lỗi bạn đã lưu. Ponte không lưu lịch sử tìm kiếm.
about-privacy-exit = Nút “Thoát nhanh” ẩn Ponte ngay lập tức và xóa lần tìm kiếm. Bạn cũng có thể nhấn Shift 3 lần.
about-directory-heading = Danh bạ
about-directory-title = Tên
about-directory-description = Giới thiệu
about-directory-services = Dịch vụ
about-directory-publisher = Đơn vị phát hành
about-directory-built = Ngày tạo
about-directory-bundle = Phiên bản
about-directory-built-in = có sẵn
# Variables:
#   $sequence (Number) - the update number of the directory
about-directory-sequence = bản cập nhật { $sequence }

## Updating the directory (About page). A "directory file" (.ponte) is a signed file from an
## organisation that keeps the directory current; a "channel" is the web address where it
## publishes them.

about-update-heading = Cập nhật danh bạ
about-update-intro = Ponte kiểm tra để chắc rằng mỗi tệp danh bạ đều được ký bởi một tổ chức mà Ponte tin cậy và mới hơn bản bạn đang có. Nếu có gì sai, sẽ không có gì thay đổi.
about-update-file = Cài từ tệp
about-update-file-hint = Tệp .ponte từ USB hoặc từ tin nhắn.
about-update-channel = Địa chỉ kênh
about-update-channel-hint = Địa chỉ web mà tổ chức của bạn đã đưa cho bạn. Ponte chỉ tải các tệp từ đó và không gửi gì về bạn: không gửi nơi bạn ở, điều bạn tìm hay ngôn ngữ của bạn.
about-update-check = Kiểm tra cập nhật
about-update-working = Đang kiểm tra…
# Variables:
#   $title (String) - the directory's title
#   $publisher (String) - who published it
#   $sequence (Number) - its update number
#   $count (Number) - services in it
app-update-installed = Đã cài “{ $title }” của { $publisher }, bản cập nhật { $sequence }: { $count ->
       *[other] { $count } dịch vụ.
    }
# Variables:
#   $sequence (Number) - the update number installed
app-update-up-to-date = Bạn đang có danh bạ mới nhất (bản cập nhật { $sequence }).
# Variables:
#   $limit (Number) - the largest size accepted, in megabytes
app-update-file-too-large = Tệp này quá lớn để là một danh bạ (hơn { $limit } MB). Không có gì thay đổi.
start-directory-expired = Danh bạ này đã hết hạn. Danh bạ vẫn dùng được, nhưng một số thông tin có thể đã cũ. Hãy cập nhật ở trang “Giới thiệu”.
about-display-heading = Hiển thị
about-text-size = Cỡ chữ
about-text-size-normal = Bình thường
about-text-size-large = Lớn
about-text-size-larger = Lớn hơn
about-contrast = Độ tương phản
about-contrast-normal = Bình thường
about-contrast-more = Tương phản cao hơn
about-display-system = Ponte cũng làm theo cài đặt cỡ chữ, độ tương phản và màu sắc của thiết bị.
about-languages-heading = Ngôn ngữ
# Variables:
#   $language (String) - the name of the language shown now
about-languages-current = Đang hiển thị bằng: { $language }. Bạn có thể đổi ngôn ngữ ở đầu mỗi màn hình.
about-locale-name = Ngôn ngữ
about-locale-status = Tình trạng
about-locale-review = Người kiểm tra
about-status-source = Bản gốc
about-status-reviewed = Đã được người bản ngữ kiểm tra
about-status-complete = Đầy đủ, chưa kiểm tra
about-status-draft = Bản nháp: một số chỗ bằng tiếng Anh
about-status-pseudo = Để thử nghiệm
about-testing = Thử nghiệm
about-testing-intro = Các ngôn ngữ giả để xem bố cục có chịu được chữ dài hơn và chữ viết từ phải sang trái hay không.
about-use-locale = Dùng
about-corrections-heading = Các sửa lỗi của bạn
about-corrections-intro = Những lỗi bạn đã ghi lại bằng “Có thông tin sai ở đây”. Chúng ở lại trên thiết bị này.
about-corrections-none = Chưa lưu gì.
about-correction-delete = Xóa
about-correction-deleted = Đã xóa sửa lỗi.
about-credits-heading = Ghi công
about-credit-places = Tên địa danh: GeoNames (geonames.org), giấy phép CC BY 4.0.
about-credit-map = Bản đồ: Natural Earth (naturalearthdata.com), phạm vi công cộng, qua gói world-atlas (giấy phép ISC).
about-credit-leaflet = Hiển thị bản đồ: Leaflet (giấy phép BSD 2-Clause).
about-credit-icons = Biểu tượng: Lucide (giấy phép ISC; một số biểu tượng từ Feather, giấy phép MIT).
about-credit-fluent = Bản dịch: Project Fluent, @fluent/bundle (giấy phép Apache 2.0).
about-credit-fonts = Phông chữ: Noto Sans cho mọi hệ chữ viết của các ngôn ngữ trong ứng dụng (SIL Open Font License 1.1), qua Fontsource.
# Variables:
#   $version (String) - the app’s version, like "0.1.0"
about-version = Ponte phiên bản { $version }

## Handing off to a phone or map app, where this device has none

# Variables:
#   $number (String) - the phone number, like "+351218106100"
handoff-tel = Thiết bị này không gọi điện được. Hãy gọi { $number } bằng điện thoại.
# Variables:
#   $coordinates (String) - latitude and longitude, like "38.724927, -9.134284"
handoff-geo = Ở đây không có ứng dụng bản đồ để mở. Trong bất kỳ ứng dụng bản đồ nào, hãy tìm { $coordinates }.
