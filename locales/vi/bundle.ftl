# Signed directory bundles: building, verifying, installing, publishing and updating.
# "Bundle" is one file holding a directory of services; "publisher" is the organisation
# that made and signed it. Key ids are 16 hexadecimal digits, like 2F1A0C3B4D5E6F70.
# Terms used here: bundle = gói; publisher = đơn vị phát hành; key list = danh sách khóa;
# root key = khóa gốc; manifest = bản kê khai; sequence = số thứ tự; channel = kênh.

## Refusals (nothing on the device was changed)

bundle-nothing-changed = Không có gì thay đổi: danh bạ đang dùng vẫn giống như trước.
# Variables:
#   $reason (String) - what is wrong with the file
bundle-refused-not-a-bundle = Đã từ chối: tệp này không phải là gói mà phiên bản Ponte này đọc được ({ $reason }).
# Variables:
#   $publisher (String) - the publisher, like "Example NGO (org.example)"
#   $expected (Number) - bytes the signed manifest declares
#   $found (Number) - bytes the file has
bundle-refused-truncated = Đã từ chối gói của { $publisher }: tệp bị thiếu (có { $found } trên { $expected } byte mà bản kê khai đã ký ghi). Hãy sao chép hoặc tải lại tệp.
# Variables:
#   $publisher (String) - the publisher
#   $declared (Number) - bytes the signed manifest declares
bundle-refused-too-long = Đã từ chối gói của { $publisher }: gói chứa nhiều dữ liệu hơn { $declared } byte mà bản kê khai đã ký ghi (phần dữ liệu thừa không bao giờ được đọc).
# Variables:
#   $claimed (String) - the publisher the bundle claims to be from (not verified)
#   $key (String) - id of the key that signed its key list
bundle-refused-unknown-root-key = Đã từ chối: gói này nói là của { $claimed }, nhưng danh sách khóa của gói được ký bằng khóa { $key }, không phải khóa gốc mà thiết bị này tin cậy. Nếu bạn biết đơn vị phát hành này, hãy thêm khóa gốc của họ bằng `ponte trust add`.
# Variables:
#   $publisher (String) - the publisher the trusted root key belongs to
#   $claimed (String) - the publisher the key list or manifest names instead
bundle-refused-wrong-publisher = Đã từ chối: danh sách khóa hoặc bản kê khai ghi đơn vị phát hành là { $claimed }, nhưng lại được ký bằng khóa gốc của { $publisher }.
# Variables:
#   $publisher (String) - the publisher
#   $key (String) - the key that signed the manifest
bundle-refused-unknown-signing-key = Đã từ chối gói của { $publisher }: bản kê khai được ký bằng khóa { $key }, khóa này không có trong danh sách khóa của đơn vị phát hành.
# Variables:
#   $publisher (String) - the publisher
#   $key (String) - the revoked key
bundle-refused-revoked-key = Đã từ chối gói của { $publisher }: gói được ký bằng khóa { $key }, khóa này đã bị đơn vị phát hành thu hồi.
# Variables:
#   $publisher (String) - the publisher
#   $key (String) - the signing key
#   $created (String) - when the bundle says it was made
#   $validity (String) - when the key may sign, like "2026-01-01T00:00:00Z – 2027-01-01T00:00:00Z"
bundle-refused-key-not-valid = Đã từ chối gói của { $publisher }: gói được tạo vào { $created }, ngoài khoảng thời gian khóa { $key } được phép ký ({ $validity }).
# Variables:
#   $what (String) - what was signed: "manifest", "key-list" or "file"
#   $key (String) - the signing key
bundle-refused-legacy-signature = Đã từ chối: { $what ->
    [manifest] bản kê khai
    [key-list] danh sách khóa
   *[file] tệp
} có chữ ký minisign kiểu cũ (khóa { $key }). Chỉ chấp nhận chữ ký có băm trước (prehashed): hãy ký lại bằng minisign hoặc ponte phiên bản hiện tại.
# Variables:
#   $what (String) - what was signed: "manifest", "key-list" or "file"
#   $publisher (String) - the publisher
#   $key (String) - the key the signature names
bundle-refused-bad-signature = { $what ->
    [manifest] Đã từ chối gói của { $publisher }: chữ ký của bản kê khai bằng khóa { $key } không hợp lệ. Bản kê khai đã bị sửa sau khi ký.
    [key-list] Đã từ chối gói của { $publisher }: chữ ký của danh sách khóa bằng khóa { $key } không hợp lệ. Danh sách đã bị sửa sau khi ký.
   *[file] Đã từ chối: chữ ký bằng khóa { $key } không hợp lệ. Tệp đã bị sửa sau khi ký, hoặc được ký bằng khóa khác.
}
# Variables:
#   $publisher (String) - the publisher
#   $reason (String) - what is wrong
bundle-refused-bad-manifest = Đã từ chối gói của { $publisher }: không dùng được bản kê khai đã ký của gói ({ $reason }).
# Variables:
#   $publisher (String) - the publisher
#   $bundle (String) - the bundle id
#   $offered (String) - the bundle's sequence number
#   $installed (String) - the highest sequence number installed before
bundle-refused-rollback = Đã từ chối gói { $bundle } của { $publisher }: số thứ tự { $offered } của gói không lớn hơn { $installed }, số mới nhất đã cài trên thiết bị này. Danh bạ cũ hơn không bao giờ thay thế danh bạ mới hơn.
# Variables:
#   $publisher (String) - the publisher
#   $bundle (String) - the bundle id
#   $expires (String) - when it expired
bundle-refused-expired = Đã từ chối gói { $bundle } của { $publisher }: gói đã hết hạn vào { $expires }. Hãy xin đơn vị phát hành một gói còn hạn.
# Variables:
#   $publisher (String) - the publisher
#   $bundle (String) - the bundle id
#   $needs (String) - the Ponte version it needs, like "0.3.0"
#   $ours (String) - this Ponte's version
bundle-refused-app-too-old = Đã từ chối gói { $bundle } của { $publisher }: gói cần Ponte { $needs } trở lên, còn bản này là { $ours }. Hãy cập nhật Ponte trước.
# Variables:
#   $publisher (String) - the publisher
#   $bundle (String) - the bundle id
#   $part (String) - "payload" (the compressed data) or "directory" (after decompression)
#   $what (String) - what differs, like "SHA-256" or "length"
bundle-refused-payload-mismatch = Đã từ chối gói { $bundle } của { $publisher }: { $part ->
    [directory] danh bạ bên trong gói
   *[payload] dữ liệu trong gói
} không khớp với bản kê khai đã ký ({ $what }). Nó đã bị sửa, hoặc được lấy từ một gói khác.
# Variables:
#   $publisher (String) - the publisher
#   $bundle (String) - the bundle id
#   $reason (String) - what is wrong
bundle-refused-not-a-directory = Đã từ chối gói { $bundle } của { $publisher }: nội dung của gói không phải là danh bạ mà ứng dụng này dùng được ({ $reason }).
# Variables:
#   $file (String) - the file
#   $reason (String) - what is wrong
bundle-bad-key-file = Không dùng được { $file }: { $reason }.
# Variables:
#   $file (String) - the secret key file
bundle-wrong-passphrase = Cụm mật khẩu này không mở được khóa bí mật { $file }.
# Variables:
#   $reason (String) - what went wrong
bundle-failed = { $reason }

## Progress

bundle-stage-compressing = Đang nén
bundle-stage-hashing = Đang kiểm tra
bundle-stage-unpacking = Đang giải nén
bundle-stage-checking = Đang kiểm tra danh bạ
bundle-stage-downloading = Đang tải xuống

## What was checked (ponte bundle verify)

bundle-check-format = Tệp là một gói Ponte và mọi phần đều nằm trong giới hạn kích thước.
# Variables:
#   $publisher (String) - the publisher
#   $version (String) - the key list's version
#   $key (String) - the root key that signed it
#   $source (String) - where the root key came from: "built-in", "added" or "command-line"
bundle-check-key-list = Danh sách khóa phiên bản { $version } của { $publisher } được ký bằng khóa gốc { $key } ({ $source ->
    [built-in] có sẵn trong ứng dụng này
    [added] đã thêm trên thiết bị này
   *[command-line] được đưa vào từ dòng lệnh
}).
# Variables:
#   $stored (String) - the key list version already on this device
#   $bundled (String) - the version that came with the bundle
bundle-check-newer-key-list = Đã dùng danh sách khóa mới hơn có sẵn trên thiết bị này (phiên bản { $stored }) thay cho danh sách đi kèm gói (phiên bản { $bundled }).
# Variables:
#   $key (String) - the signing key
#   $validity (String) - when it may sign
bundle-check-manifest-signature = Bản kê khai được ký bằng khóa { $key }, khóa có trong danh sách, chưa bị thu hồi, có hiệu lực { $validity }.
# Variables:
#   $needs (String) - the version it needs
#   $ours (String) - this app's version
bundle-check-app-version = Gói cần Ponte { $needs }; bản này là { $ours }.
# Variables:
#   $expires (String) - when it expires
bundle-check-not-expired = Gói chưa hết hạn (hết hạn vào { $expires }).
# Variables:
#   $offered (String) - its sequence
#   $installed (String) - the highest installed before
bundle-check-sequence = Số thứ tự { $offered } của gói lớn hơn { $installed }, số mới nhất đã cài ở đây.
# Variables:
#   $offered (String) - its sequence
bundle-check-sequence-first = Số thứ tự của gói là { $offered }; chưa có gói nào với id này được cài ở đây.
# Variables:
#   $bytes (Number) - size of the compressed data
#   $sha256 (String) - its SHA-256
bundle-check-payload = Dữ liệu ({ $bytes } byte) có độ dài đã ký và SHA-256 { $sha256 }.
# Variables:
#   $bytes (Number) - size of the directory
#   $sha256 (String) - its SHA-256
bundle-check-directory = Danh bạ sau khi giải nén ({ $bytes } byte) có độ dài đã ký và SHA-256 { $sha256 }.
# Variables:
#   $services (Number) - number of services in it
bundle-check-directory-intact = Danh bạ mở được, qua được bước kiểm tra tính toàn vẹn và có { $services } dịch vụ, đúng như đã ký.

bundle-trust-source-built-in = có sẵn
bundle-trust-source-added = đã thêm trên thiết bị này
bundle-trust-source-command-line = được đưa vào từ dòng lệnh

## Directory status (ponte directory info, the app's About page)

bundle-status-built-in = Danh bạ có sẵn đi kèm ứng dụng này.
# Variables:
#   $date (String) - when the publisher made it
bundle-status-published = Ngày phát hành: { $date }
# Variables:
#   $date (String) - when this device verified and installed it
bundle-status-verified = Đã kiểm tra và cài đặt: { $date }
# Variables:
#   $date (String) - when it expires
bundle-status-expires = Hết hạn: { $date }
# Variables:
#   $date (String) - when it expired
bundle-status-expired = Đã hết hạn từ { $date }: danh bạ vẫn dùng được, nhưng có thể đã cũ. Hãy kiểm tra cập nhật.
# Variables:
#   $date (String) - when a channel was last checked
bundle-status-last-checked = Lần kiểm tra cập nhật gần nhất: { $date }

## Updates (ponte update, "Check for updates")

# Variables:
#   $url (String) - the channel address given
#   $reason (String) - what is wrong with it
update-bad-url = Không dùng được { $url } làm kênh: { $reason }.
# Variables:
#   $url (String) - what was being fetched
#   $reason (String) - what happened
update-network = Không tải được { $url }: { $reason }. Hãy thử lại khi có mạng; phần đã tải được giữ lại.
# Variables:
#   $url (String) - what was being fetched
#   $status (Number) - the HTTP status code
update-http = Máy chủ trả lời { $status } cho { $url }.
# Variables:
#   $url (String) - the index's address
#   $reason (String) - what is wrong
update-bad-index = Không dùng được chỉ mục { $url } của kênh: { $reason }.
# Variables:
#   $bundle (String) - the bundle id asked for, or "-"
#   $available (String) - the bundle ids the channel has, comma-separated
update-not-on-channel = Kênh không có gói { $bundle } cho thiết bị này. Kênh có: { $available }. Hãy chọn một gói bằng --bundle.

## Command line

# Variables:
#   $env (String) - the environment variable's name
bundle-cli-passphrase-needed = Khóa bí mật này đã được mã hóa: hãy đặt cụm mật khẩu của khóa vào { $env }, hoặc chạy lệnh trong terminal để được hỏi.
bundle-cli-passphrase = Cụm mật khẩu cho khóa bí mật
bundle-cli-passphrase-again = Nhập lại cụm mật khẩu đó
bundle-cli-passphrase-mismatch = Hai cụm mật khẩu khác nhau; chưa ghi gì cả.
bundle-cli-passphrase-empty = Cụm mật khẩu trống không bảo vệ được gì: hãy nhập một cụm, hoặc cố ý dùng --unencrypted.
# Variables:
#   $file (String) - the file that exists
bundle-cli-key-exists = { $file } đã tồn tại: hãy chọn tên khác, hoặc dùng --force để thay thế.
# Variables:
#   $key (String) - the new key's id
#   $secret (String) - the secret key file
#   $public (String) - the public key file
bundle-cli-keygen-done = Khóa mới { $key }: khóa bí mật { $secret } (hãy giữ kín), khóa công khai { $public }.
bundle-cli-sign-list-new-needs = Danh sách khóa mới cần --publisher và --name (hoặc bắt đầu từ một danh sách có sẵn bằng --from).
# Variables:
#   $publisher (String) - the publisher of the list
#   $given (String) - the publisher given on the command line
bundle-cli-sign-list-publisher = Danh sách khóa này là của { $publisher }, không phải của { $given }.
# Variables:
#   $key (String) - the key id asked for
bundle-cli-no-such-key = Ở đây không có khóa { $key }.
# Variables:
#   $file (String) - the key list file
#   $publisher (String) - the publisher
#   $version (String) - the list's version
#   $count (Number) - number of keys in it
#   $root (String) - the root key that signed it
bundle-cli-sign-list-done = Đã ghi { $file }: danh sách khóa phiên bản { $version } của { $publisher } với { $count ->
   *[other] { $count } khóa
}, được ký bằng khóa gốc { $root }.
# Variables:
#   $file (String) - the signature file
#   $key (String) - the signing key
bundle-cli-signed = Đã ghi { $file } (khóa { $key }).
# Variables:
#   $file (String) - the file
#   $key (String) - the key
#   $comment (String) - the signature's trusted comment
bundle-cli-signature-ok = Chữ ký của { $file } bằng khóa { $key } hợp lệ. Ghi chú tin cậy: { $comment }
# Variables:
#   $key (String) - the key id
#   $publisher (String) - the publisher
bundle-cli-trust-added = Thiết bị này giờ tin cậy khóa gốc { $key } cho { $publisher }.
bundle-cli-trust-none = Chưa có khóa gốc nào được tin cậy: hãy thêm một khóa bằng `ponte trust add`.
# Variables:
#   $key (String) - the key id
#   $publisher (String) - the publisher id
#   $name (String) - the publisher's name
#   $source (String) - where it came from, already in words
bundle-cli-trust-row = { $key }  { $publisher }  { $name }  ({ $source })
# Variables:
#   $key (String) - the key id
bundle-cli-trust-removed = Thiết bị này không còn tin cậy khóa gốc { $key }.
# Variables:
#   $file (String) - the bundle file
#   $bundle (String) - the bundle id
#   $sequence (String) - its sequence
#   $publisher (String) - the publisher
bundle-cli-verified = { $file } là gói hợp lệ: { $bundle }, số thứ tự { $sequence }, của { $publisher }. Đã kiểm tra:
# Variables:
#   $bundle (String) - the bundle id
#   $sequence (String) - its sequence
#   $publisher (String) - the publisher
#   $services (Number) - services in it
bundle-cli-installed = Đã cài { $bundle }, số thứ tự { $sequence }, của { $publisher }: { $services } dịch vụ, đang được dùng. Đã kiểm tra:
# Variables:
#   $file (String) - the manifest file written
#   $signature (String) - the signature file written
bundle-cli-manifest-written = Đã ghi { $file } và { $signature } (kiểm tra bằng minisign -V).
# Variables:
#   $file (String) - the bundle file
#   $bundle (String) - the bundle id
#   $sequence (String) - its sequence
#   $services (Number) - services in it
#   $bytes (Number) - size of the compressed directory
#   $expires (String) - when it expires
#   $key (String) - the signing key
bundle-cli-built = Đã ghi { $file }: { $bundle }, số thứ tự { $sequence }, { $services } dịch vụ, { $bytes } byte sau khi nén, hết hạn vào { $expires }, được ký bằng khóa { $key }.
bundle-cli-built-expired = Cảnh báo: gói này đã hết hạn; sẽ không thiết bị nào cài nó.
# Variables:
#   $bundle (String) - the bundle id
#   $sequence (String) - its sequence
#   $folder (String) - the channel folder
#   $file (String) - the bundle's file name in it
bundle-cli-published = Đã phát hành { $bundle }, số thứ tự { $sequence }, trong { $folder } với tên { $file } (đã cập nhật index.json).
# Variables:
#   $bundle (String) - the bundle id
#   $offered (String) - the channel's sequence
#   $installed (String) - the installed sequence
bundle-cli-up-to-date = Đã mới nhất: kênh cung cấp { $bundle } số thứ tự { $offered }, và thiết bị này đang có { $installed }.
