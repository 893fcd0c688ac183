# Problems in directory spreadsheets (the template in data/README.md), shown by
# `ponte validate`, `ponte directory build` and `ponte import csv`, and placing rows on the
# map. Read by NGO volunteers: say what is wrong and what to do.

## Reading the file

# Variables:
#   $reason (String) - what the operating system said
src-cannot-read = Không đọc được tệp: { $reason }
src-empty-file = Tệp trống: hàng đầu tiên phải là hàng tiêu đề, có tên các cột.
src-header-not-utf8 = Hàng tiêu đề không phải UTF-8 hợp lệ. Hãy lưu tệp dưới dạng CSV (UTF-8).
# Variables:
#   $column (String) - a required column's name
src-missing-column = Hàng tiêu đề không có cột “{ $column }”. Xem các cột trong data/README.md.
# Variables:
#   $column (String) - a column name
#   $first (String) - the number of the first column with that name
#   $second (String) - the number of the second one
src-duplicate-column = Cột “{ $column }” xuất hiện hai lần (cột { $first } và cột { $second }).
# Variables:
#   $lang (String) - the language code after the colon
#   $column (String) - the whole column name, like "name:xx"
src-unknown-column-language = “{ $lang }” trong cột “{ $column }” không phải là mã ngôn ngữ đã biết.
# Variables:
#   $cells (String) - cells in the row
#   $columns (String) - columns in the header
src-cell-count = Hàng này có { $cells } ô nhưng hàng tiêu đề có { $columns } cột: thiếu hoặc thừa dấu phẩy, hay có dấu ngoặc kép chưa đóng?
# Variables:
#   $reason (String) - what the CSV reader said
src-bad-csv = Ở chỗ này tệp không phải CSV hợp lệ: { $reason }
# Variables:
#   $bytes (String) - the size of the cell
#   $limit (String) - the largest size allowed
src-too-long = Ô này chứa { $bytes } byte; giới hạn là { $limit }.
# Variables:
#   $offset (String) - how many bytes of the cell are valid
src-bad-utf8 = Ô này không phải UTF-8 hợp lệ (sau byte { $offset }). Hãy lưu tệp dưới dạng CSV (UTF-8).

## One row

# Variables:
#   $id (String) - the repeated id
#   $where (String) - where it was first used, like "pt.csv:12"
src-duplicate-id = Id “{ $id }” đã được dùng ở { $where }. Mỗi hàng cần có id riêng.
# Variables:
#   $column (String) - the column's name
src-required = “{ $column }” là bắt buộc.
# Variables:
#   $column (String) - the column's name, like "description"
src-translation-without-original = “{ $column }” đang trống nhưng lại có bản dịch: hãy điền “{ $column }” bằng ngôn ngữ của chính hàng này.
# Variables:
#   $id (String) - the id as written
src-bad-id = Id “{ $id }” chỉ được có chữ thường, chữ số, “.”, “_” và “-” (tối đa 100 ký tự).
# Variables:
#   $value (String) - the value as written
src-bad-kind = “{ $value }” không phải là một trong các giá trị: place, phone-line, emergency.
# Variables:
#   $value (String) - the value as written
src-bad-answer = “{ $value }” không phải là một trong các giá trị: yes, no, unknown.
# Variables:
#   $code (String) - the code as written
src-bad-language = “{ $code }” không phải là mã ngôn ngữ đã biết (ISO 639-1 như “pt”, hoặc ISO 639-3 như “kea”).
# Variables:
#   $code (String) - the code as written
#   $known (String) - the codes that exist, comma-separated
src-bad-need = “{ $code }” không phải là mã nhu cầu. Các mã là: { $known }
src-needs-required = “needs” là bắt buộc: cần ít nhất một mã nhu cầu.
# Variables:
#   $code (String) - the code as written
#   $known (String) - the codes that exist, comma-separated
src-bad-group = “{ $code }” không phải là một nhóm. Các nhóm là: { $known }
# Variables:
#   $value (String) - the value as written
src-bad-country = “{ $value }” không phải là mã quốc gia hai chữ cái như PT.
# Variables:
#   $value (String) - the value as written
src-bad-geonames-id = “{ $value }” không phải là id GeoNames (một số nguyên). Hãy tìm bằng: ponte places "Thị trấn, PT" --json
# Variables:
#   $value (String) - the value as written
src-bad-timezone = “{ $value }” không phải là múi giờ. Hãy dùng tên IANA như Europe/Lisbon, hoặc để trống.
# Variables:
#   $hours (String) - the opening hours as written
#   $position (String) - the character where reading stopped, counted from 1
src-bad-hours = Không đọc được giờ mở cửa “{ $hours }” từ ký tự thứ { $position }. Văn bản được giữ lại và hiển thị đúng như đã viết, và không biết được “Đang mở cửa” hay không. Hãy dùng cú pháp OpenStreetMap, như Mo-Fr 09:00-17:00.
# Variables:
#   $value (String) - the value as written
src-bad-date = “{ $value }” không phải là ngày dạng 2024-03-19.
# Variables:
#   $value (String) - the date as written
src-future-date = { $value } là ngày trong tương lai.
# Variables:
#   $value (String) - the value as written
src-bad-uncertainty = “{ $value }” không phải là khoảng cách tính bằng mét (một số, từ 0 trở lên).
# Variables:
#   $value (String) - the value as written
src-bad-precision = “{ $value }” không phải là một trong các giá trị: exact, address, city, postal-code.
src-unplaceable = Để tìm thấy một nơi trên bản đồ, cần có lat và lon, hoặc ít nhất là tên thị trấn trong “locality”.
src-exact-without-coordinates = geo_precision là “exact” nhưng lat và lon đang trống.
src-half-coordinates = Hãy điền cả lat và lon, hoặc không điền cả hai.
src-null-island = 0,0 nằm giữa Đại Tây Dương: đó là giá trị giữ chỗ, không phải vị trí.
# Variables:
#   $value (String) - the latitude as written
src-bad-latitude = Vĩ độ { $value } không nằm trong khoảng từ -90 đến 90.
# Variables:
#   $value (String) - the longitude as written
src-bad-longitude = Kinh độ { $value } không nằm trong khoảng từ -180 đến 180.
# Variables:
#   $value (String) - the value as written
src-not-degrees = “{ $value }” không phải là số độ dạng thập phân, như 38.7249.
# Variables:
#   $number (String) - the number as written
src-bad-phone = “{ $number }” không phải là số điện thoại: hãy dùng chữ số, dấu cách và dấu + ở đầu, và ghi chú trong ngoặc đơn sau số.

## Placing rows on the map

# Variables:
#   $value (String) - the code as written
place-bad-country = “{ $value }” không phải là mã quốc gia ISO 3166-1.
# Variables:
#   $id (String) - the GeoNames id
#   $name (String) - the place it names
#   $found (String) - that place's country
#   $country (String) - the row's country
place-geonames-other-country = Id GeoNames { $id } là { $name } ở { $found }, không phải ở { $country }.
# Variables:
#   $id (String) - the GeoNames id
place-geonames-unknown = Id GeoNames { $id } không có trong danh mục địa danh ngoại tuyến (các thị trấn từ 1.000 dân trở lên ở các quốc gia của danh bạ mặc định, từ 5.000 dân trở lên ở nơi khác). Hãy điền lat và lon thay thế.
# Variables:
#   $town (String) - the town as written
#   $country (String) - the row's country code
place-town-not-found = Thị trấn “{ $town }” không có trong danh mục địa danh ngoại tuyến của { $country }. Hãy thêm lat và lon, hoặc geonames_id của thị trấn (thử: ponte places "{ $town }, { $country }" --json).
# Variables:
#   $count (String) - how many towns have the name
#   $country (String) - the row's country code
#   $town (String) - the town as written
#   $list (String) - the towns, with their geonames_id, coordinates and population
place-ambiguous-town = Có { $count } thị trấn ở { $country } tên là “{ $town }”: { $list }. Hãy thêm đúng geonames_id (hoặc lat và lon) để hàng không bị đặt nhầm chỗ.
# Variables:
#   $km (String) - the distance in kilometres
#   $place (String) - the nearest town to the coordinates
#   $found (String) - that town's country code
#   $country (String) - the row's country code
place-outside-country = Tọa độ cách { $place } ({ $found }) { $km } km, nhưng quốc gia là { $country }: có phải lat và lon bị đảo chỗ, hay quốc gia bị sai?

## Labels in reports

diag-error = lỗi
diag-warning = cảnh báo
# Variables:
#   $count (Number) - how many errors
diag-nothing-changed = { $count ->
   *[other] { $count } lỗi trong dữ liệu nguồn: không có gì được tạo hay thay đổi.
}

## ponte directory build and ponte directory info

# Variables:
#   $file (String) - the database written
#   $count (Number) - services in it
#   $placed (Number) - how many were placed at their town's centre
dir-built = { $file }: { $count ->
   *[other] { $count } dịch vụ
} ({ $placed } được đặt ở trung tâm thị trấn của mình)
# Variables:
#   $bundle (String) - the directory's bundle id
#   $sequence (String) - its sequence number
dir-info-bundle = Gói: { $bundle } (số thứ tự { $sequence })
# Variables:
#   $count (Number) - services in the directory
dir-info-services = Dịch vụ: { $count }
# Variables:
#   $path (String) - the database file
dir-info-file = Tệp: { $path }
# Variables:
#   $path (String) - the data folder
dir-info-data-dir = Thư mục dữ liệu: { $path }

## Command-line options that need fixing

# Variables:
#   $value (String) - the time as written
cli-bad-time = “{ $value }” không phải là thời gian dạng 2026-11-23T10:00:00Z.
