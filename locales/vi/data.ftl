# NGO data in and out: HSDS and spreadsheet import, export and validation
# (`ponte import`, `ponte export`, `ponte validate`). Read by NGO volunteers: plain words,
# and always what to do.

## Problems in the files themselves (nothing is imported while one stands)

# Variables:
#   $table (String) - the HSDS table, like "location"
#   $field (String) - the field, like "latitude"
#   $expected (String) - what the field must hold, like "a number"
#   $value (String) - the value found
data-bad-type = { $table }.{ $field } phải là { $expected }, nhưng giá trị hiện là { $value }.
# Variables:
#   $table (String) - the HSDS table, like "service"
data-missing-id = { $table } này không có id. Mỗi service, location, organization và service_at_location đều cần một id.
data-bad-utf8 = Văn bản này không phải UTF-8 hợp lệ. Hãy lưu tệp dưới dạng UTF-8 (trong bảng tính: chọn “CSV UTF-8”).
# Variables:
#   $reason (String) - what the JSON reader said
data-bad-json = Đây không phải JSON hợp lệ: { $reason }.
# Variables:
#   $table (String) - the file or table name
data-unknown-table = { $table } không phải là bảng HSDS mà Ponte biết; bảng này không được đọc.
data-no-records = Không tìm thấy bản ghi HSDS nào trong tệp này.
data-unknown-object = Ponte không xác định được đây là loại đối tượng HSDS nào (service, organization, location hay service_at_location).
# Variables:
#   $bytes (String) - the size of the value
#   $limit (String) - the largest size allowed
data-too-long = Giá trị này dài { $bytes } byte; giới hạn là { $limit }. Giá trị dài như vậy nghĩa là tệp bị hỏng, không phải dữ liệu của một dịch vụ.
# Variables:
#   $cells (String) - cells in the row
#   $columns (String) - columns in the header
data-cell-count = Hàng này có { $cells } ô nhưng hàng tiêu đề có { $columns } cột: thiếu hoặc thừa dấu phẩy, hay có dấu ngoặc kép chưa đóng?
# Variables:
#   $reason (String) - what the CSV reader said
data-bad-csv = Ở chỗ này tệp không phải CSV hợp lệ: { $reason }.
# Variables:
#   $table (String) - the HSDS table
#   $value (String) - the id
data-duplicate-row = Một hàng { $table } khác đã có id “{ $value }”. Mỗi hàng cần có id riêng.
# Variables:
#   $table (String) - the table of the row
#   $field (String) - the link field, like "location_id"
#   $target (String) - the table it points to
#   $value (String) - the id it names
data-unknown-reference = { $table }.{ $field } trỏ tới { $target } “{ $value }”, nhưng mục này không có trong dữ liệu. Thiếu nó thì không dùng được hàng này: hãy thêm { $target } đó hoặc sửa id.
# Variables:
#   $table (String) - the table of the row
#   $field (String) - the link field
#   $target (String) - the table it points to
#   $value (String) - the id it names
data-dangling-reference = { $table }.{ $field } trỏ tới { $target } “{ $value }”, nhưng mục này không có trong dữ liệu. Giá trị được giữ nguyên như đã viết.

## Mapping HSDS to Ponte

# Variables:
#   $need (String) - the need code given, like "health.mental"
#   $keyword (String) - the word that matched, like "counselling"
#   $text (String) - the name it was found in
data-needs-from-name = Không có thuật ngữ phân loại (taxonomy) nào cho biết dịch vụ này cung cấp gì, nên loại hỗ trợ { $need } được lấy từ chữ “{ $keyword }” trong “{ $text }”. Hãy kiểm tra lại.
# Variables:
#   $value (String) - the language as written
data-unknown-language-name = “{ $value }” không phải ngôn ngữ mà Ponte nhận ra; giá trị này được giữ trong dữ liệu HSDS nhưng không hiện trong danh sách ngôn ngữ sử dụng.
# Variables:
#   $lat (String) - the latitude given
#   $lon (String) - the longitude given
data-impossible-coordinates = Tọa độ { $lat }, { $lon } không phải là một nơi trên Trái Đất. Tọa độ này không được dùng (nếu có thể, bản ghi được đặt theo địa chỉ) và được giữ nguyên như đã viết.
# Variables:
#   $value (String) - the phone number as written
data-unreadable-phone = “{ $value }” không phải số điện thoại mà Ponte có thể gọi; số này được giữ trong dữ liệu HSDS nhưng không hiển thị.
# Variables:
#   $reason (String) - which part of the schedule, like "byweekno"
data-schedules-not-hours = Lịch có dùng { $reason }, mà Ponte không chuyển thành giờ mở cửa được; lịch được giữ nguyên như đã viết và không biết “đang mở cửa” hay không.
data-no-services = Dữ liệu này không có dịch vụ (service) nào, nên không có gì để nhập (chỉ có tổ chức và địa điểm thì chưa phải là điểm dịch vụ).
# Variables:
#   $lang (String) - the language code assumed
data-assumed-language = HSDS không cho biết văn bản viết bằng ngôn ngữ nào; Ponte đã giả định là “{ $lang }”. Nếu sai, hãy nhập lại với --text-lang.
# Variables:
#   $value (String) - the Ponte id
#   $other (String) - where the first record with this id is
data-duplicate-id = Hai bản ghi sẽ có cùng id Ponte “{ $value }” (bản ghi kia ở { $other }). Hãy dùng --id-prefix hoặc sửa các id.

## ponte validate: what to fix before publishing

data-unplaced = Nơi này không có tọa độ và không có thị trấn nào mà Ponte tìm được, nên không thể hiện trên bản đồ. Hãy thêm lat và lon, hoặc thị trấn (locality).
# Variables:
#   $value (String) - the phone number
#   $country (String) - the record's country code, like "PT"
data-phone-unreadable = Không đọc được “{ $value }” như một số điện thoại ở { $country }. Hãy viết kèm mã quốc gia, như +351 21 000 0000.
# Variables:
#   $value (String) - the phone number
#   $country (String) - the record's country code
data-phone-not-valid = “{ $value }” có vẻ không phải số đang dùng ở { $country } (sai độ dài hoặc đầu số?). Hãy kiểm tra lại.
# Variables:
#   $date (String) - the verified_at date
#   $months (String) - the staleness threshold in months
data-stale = Xác nhận lần cuối ngày { $date }, đã hơn { $months } tháng. Hãy kiểm tra thông tin còn đúng không và cập nhật verified_at.
# Variables:
#   $value (String) - the source as written
data-source-not-public = Nguồn “{ $value }” là một tệp trên máy tính, người đọc không mở được. Hãy ghi địa chỉ web hoặc tên tài liệu (với HSDS: nhập với --source).
# Variables:
#   $other (String) - the id of the other record
#   $metres (String) - the distance between them in metres
data-likely-duplicate = Trùng tên với { $other }, cách { $metres } m: cùng một nơi bị nhập hai lần?

## ponte import / export / validate: summaries

# Variables:
#   $services (Number) - records read
#   $errors (Number) - errors found
#   $warnings (Number) - warnings found
data-summary = { $services ->
   *[other] { $services } bản ghi
}, { $errors ->
   *[other] { $errors } lỗi
}, { $warnings ->
   *[other] { $warnings } cảnh báo
}.
# Variables:
#   $source (Number) - places with coordinates from the source
#   $city (Number) - places put at their town's centre
#   $postal (Number) - places put at their postal code's centre
#   $unplaced (Number) - places not placed
data-placement = Địa điểm: { $source } có tọa độ từ nguồn, { $city } đặt ở trung tâm thị trấn, { $postal } đặt ở trung tâm khu vực mã bưu chính, { $unplaced } chưa được đặt.
# Variables:
#   $count (Number) - places placed by town that gave a postal code
data-postal-not-used = { $count ->
   *[other] { $count } địa điểm có ghi mã bưu chính nhưng mã này không được dùng: Ponte chưa có dữ liệu mã bưu chính ngoại tuyến, nên địa điểm được đặt ở trung tâm thị trấn.
}
# Variables:
#   $id (String) - the record's id
#   $reason (String) - why it was not placed
data-unplaced-item = chưa được đặt: { $id }: { $reason }
data-fix-errors = Hãy sửa các lỗi ở trên: chưa ghi gì cả.
# Variables:
#   $path (String) - the file or folder written
data-written = Đã ghi: { $path }
# Variables:
#   $count (Number) - records exported
#   $path (String) - where
data-exported = { $count ->
   *[other] Đã xuất { $count } bản ghi vào { $path }.
}
# Variables:
#   $done (Number) - records done
#   $total (Number) - records in all
data-progress = { $done } trên { $total }…
data-example-row = Đây là hàng ví dụ của mẫu: hãy xóa nó trước khi công bố.
# Variables:
#   $count (Number) - records without a point
data-geojson-left-out = { $count ->
   *[other] { $count } bản ghi không có điểm trên bản đồ (đường dây điện thoại, hoặc nơi chưa có trên bản đồ) nên không có trong GeoJSON.
}

## ponte import / export: bad options

# Variables:
#   $value (String) - what was given
data-bad-text-lang = --text-lang “{ $value }” không phải mã ngôn ngữ (ISO 639-1 hoặc 639-3, như pt hoặc kea).
# Variables:
#   $value (String) - what was given
data-bad-verified-at = --verified-at “{ $value }” không phải ngày dạng 2024-03-19.
# Variables:
#   $path (String) - the source given
data-looks-like-hsds = { $path } có vẻ là HSDS: hãy dùng `ponte import hsds`.
# Variables:
#   $path (String) - the source given
data-not-hsds = { $path } không phải HSDS (tệp .json, hoặc thư mục chứa gói CSV HSDS): hãy dùng `ponte import csv` cho tệp mẫu.
