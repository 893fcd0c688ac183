# The `ponte` command line.

## ponte search

# Variables:
#   $place (String) - the place searched near, like "Lisbon"
#   $country (String) - its country, like "Portugal"
#   $point (String) - its coordinates, like "38.72509,-9.14980"
cli-search-near = Gần { $place }, { $country } ({ $point })
# Variables:
#   $point (String) - coordinates, like "16.71000,98.57000"
cli-search-near-point = Gần { $point }
# Variables:
#   $others (String) - other places with the same name, comma-separated
cli-search-also = Các nơi khác cùng tên: { $others }. Hãy thêm mã quốc gia (“Cartagena, CO”) hoặc nhập tọa độ.
cli-search-none = Không có dịch vụ nào trong danh bạ phù hợp với các bộ lọc này, ở bất kỳ khoảng cách nào.
# Variables:
#   $radius (String) - the radius asked for, like "5 km"
#   $distance (String) - distance of the nearest result, like "37 km"
cli-search-widened = Không có gì trong bán kính { $radius }. Các dịch vụ phù hợp gần nhất ở xa hơn, bắt đầu từ { $distance }.
# Variables:
#   $distance (String) - distance of the nearest result, like "120 km"
cli-search-far = Dịch vụ phù hợp gần nhất cách đây { $distance }.
# Variables:
#   $count (Number) - number of results shown
cli-search-count = { $count ->
   *[other] { $count } dịch vụ
}
# Variables:
#   $country (String) - country name, like "Portugal"
cli-search-phone-lines = Đường dây điện thoại và số khẩn cấp tại { $country }
cli-col-distance = Khoảng cách
cli-col-name = Tên
cli-col-open = Hiện tại
cli-col-languages = Ngôn ngữ
cli-col-verified = Xác nhận
cli-col-id = Mã tham chiếu
cli-col-notes = Ghi chú
cli-hint-show = Chi tiết: ponte show <mã>

## Errors (exit code 2: something in the command needs fixing)

# Variables:
#   $query (String) - what the person typed
cli-place-not-found = Không có địa danh nào tên “{ $query }” trong danh mục địa danh ngoại tuyến. Hãy thử cách viết khác, tên tiếng Anh hoặc tên bằng tiếng địa phương, hoặc tọa độ như 38.72,-9.14.
# Variables:
#   $reason (String) - what is wrong with the coordinates
cli-bad-coordinates = Tọa độ này không có trên địa cầu: { $reason }. Hãy dùng vĩ độ,kinh độ theo độ thập phân, như 38.72,-9.14.
# Variables:
#   $reason (String) - what is wrong
cli-bad-filter = { $reason }
# Variables:
#   $id (String) - the reference asked for
cli-show-not-found = Không có dịch vụ nào có mã tham chiếu “{ $id }” trong danh bạ đang dùng. Hãy tìm kiếm trước để xem các mã tham chiếu.
cli-bad-radius = Bán kính phải là một số kilômét dương, như 5 hoặc 2.5.
cli-bad-limit = Giới hạn phải là một số nguyên từ 1 đến 1000.

## ponte places

# Variables:
#   $query (String) - what the person typed
cli-places-none = Không có địa danh nào khớp với “{ $query }”.
cli-places-credit = Tên địa danh: GeoNames (geonames.org), CC BY 4.0.
cli-col-place = Địa danh
cli-col-country = Quốc gia
cli-col-population = Dân số
cli-col-coordinates = Tọa độ
cli-col-matched = Khớp với

## ponte show

cli-show-check-before = Hãy kiểm tra trước khi đi.
cli-show-directory = Danh bạ
