# Signed directory bundles: building, verifying, installing, publishing and updating.
# "Bundle" is one file holding a directory of services; "publisher" is the organisation
# that made and signed it. Key ids are 16 hexadecimal digits, like 2F1A0C3B4D5E6F70.

## Refusals (nothing on the device was changed)

bundle-nothing-changed = Tidak ada yang diubah: direktori yang dipakai masih sama seperti sebelumnya.
# Variables:
#   $reason (String) - what is wrong with the file
bundle-refused-not-a-bundle = Ditolak: file ini bukan paket yang bisa dibaca versi Ponte ini ({ $reason }).
# Variables:
#   $publisher (String) - the publisher, like "Example NGO (org.example)"
#   $expected (Number) - bytes the signed manifest declares
#   $found (Number) - bytes the file has
bundle-refused-truncated = Paket dari { $publisher } ditolak: filenya terpotong ({ $found } dari { $expected } byte yang disebut manifesnya yang bertanda tangan). Salin atau unduh lagi.
# Variables:
#   $publisher (String) - the publisher
#   $declared (Number) - bytes the signed manifest declares
bundle-refused-too-long = Paket dari { $publisher } ditolak: isinya lebih dari { $declared } byte yang disebut manifesnya yang bertanda tangan (data tambahan tidak pernah dibaca).
# Variables:
#   $claimed (String) - the publisher the bundle claims to be from (not verified)
#   $key (String) - id of the key that signed its key list
bundle-refused-unknown-root-key = Ditolak: paket ini mengaku berasal dari { $claimed }, tetapi daftar kuncinya ditandatangani dengan kunci { $key }, yang bukan kunci akar yang dipercaya perangkat ini. Jika Anda mengenal penerbit ini, tambahkan kunci akarnya dengan `ponte trust add`.
# Variables:
#   $publisher (String) - the publisher the trusted root key belongs to
#   $claimed (String) - the publisher the key list or manifest names instead
bundle-refused-wrong-publisher = Ditolak: daftar kunci atau manifes menyebut penerbit { $claimed }, tetapi ditandatangani dengan kunci akar milik { $publisher }.
# Variables:
#   $publisher (String) - the publisher
#   $key (String) - the key that signed the manifest
bundle-refused-unknown-signing-key = Paket dari { $publisher } ditolak: manifesnya ditandatangani dengan kunci { $key }, yang tidak ada di daftar kunci penerbit.
# Variables:
#   $publisher (String) - the publisher
#   $key (String) - the revoked key
bundle-refused-revoked-key = Paket dari { $publisher } ditolak: paket ini ditandatangani dengan kunci { $key }, yang sudah dicabut oleh penerbit.
# Variables:
#   $publisher (String) - the publisher
#   $key (String) - the signing key
#   $created (String) - when the bundle says it was made
#   $validity (String) - when the key may sign, like "2026-01-01T00:00:00Z – 2027-01-01T00:00:00Z"
bundle-refused-key-not-valid = Paket dari { $publisher } ditolak: paket ini dibuat { $created }, di luar masa kunci { $key } boleh menandatangani ({ $validity }).
# Variables:
#   $what (String) - what was signed: "manifest", "key-list" or "file"
#   $key (String) - the signing key
bundle-refused-legacy-signature = Ditolak: { $what ->
    [manifest] manifes
    [key-list] daftar kunci
   *[file] file
} ini punya tanda tangan minisign format lama (legacy, kunci { $key }). Hanya tanda tangan prehashed yang diterima: tanda tangani lagi dengan minisign atau ponte versi terbaru.
# Variables:
#   $what (String) - what was signed: "manifest", "key-list" or "file"
#   $publisher (String) - the publisher
#   $key (String) - the key the signature names
bundle-refused-bad-signature = { $what ->
    [manifest] Paket dari { $publisher } ditolak: tanda tangan manifesnya dengan kunci { $key } tidak sah. Manifes diubah setelah ditandatangani.
    [key-list] Paket dari { $publisher } ditolak: tanda tangan daftar kuncinya dengan kunci { $key } tidak sah. Daftar kunci diubah setelah ditandatangani.
   *[file] Ditolak: tanda tangan dengan kunci { $key } tidak sah. File diubah setelah ditandatangani, atau ditandatangani dengan kunci lain.
}
# Variables:
#   $publisher (String) - the publisher
#   $reason (String) - what is wrong
bundle-refused-bad-manifest = Paket dari { $publisher } ditolak: manifesnya yang bertanda tangan tidak bisa dipakai ({ $reason }).
# Variables:
#   $publisher (String) - the publisher
#   $bundle (String) - the bundle id
#   $offered (String) - the bundle's sequence number
#   $installed (String) - the highest sequence number installed before
bundle-refused-rollback = Paket { $bundle } dari { $publisher } ditolak: nomor urutnya { $offered } tidak lebih tinggi dari { $installed }, nomor terbaru yang pernah dipasang di perangkat ini. Direktori lama tidak pernah menggantikan yang lebih baru.
# Variables:
#   $publisher (String) - the publisher
#   $bundle (String) - the bundle id
#   $expires (String) - when it expired
bundle-refused-expired = Paket { $bundle } dari { $publisher } ditolak: paket ini sudah kedaluwarsa { $expires }. Minta paket yang masih berlaku kepada penerbit.
# Variables:
#   $publisher (String) - the publisher
#   $bundle (String) - the bundle id
#   $needs (String) - the Ponte version it needs, like "0.3.0"
#   $ours (String) - this Ponte's version
bundle-refused-app-too-old = Paket { $bundle } dari { $publisher } ditolak: paket ini butuh Ponte { $needs } atau yang lebih baru, sedangkan ini { $ours }. Perbarui Ponte dulu.
# Variables:
#   $publisher (String) - the publisher
#   $bundle (String) - the bundle id
#   $part (String) - "payload" (the compressed data) or "directory" (after decompression)
#   $what (String) - what differs, like "SHA-256" or "length"
bundle-refused-payload-mismatch = Paket { $bundle } dari { $publisher } ditolak: { $part ->
    [directory] direktori di dalamnya
   *[payload] data di dalamnya
} tidak cocok dengan manifesnya yang bertanda tangan ({ $what }). Isinya diubah, atau diambil dari paket lain.
# Variables:
#   $publisher (String) - the publisher
#   $bundle (String) - the bundle id
#   $reason (String) - what is wrong
bundle-refused-not-a-directory = Paket { $bundle } dari { $publisher } ditolak: isinya bukan direktori yang bisa dipakai aplikasi ini ({ $reason }).
# Variables:
#   $file (String) - the file
#   $reason (String) - what is wrong
bundle-bad-key-file = { $file } tidak bisa dipakai: { $reason }.
# Variables:
#   $file (String) - the secret key file
bundle-wrong-passphrase = Frasa sandi ini tidak bisa membuka kunci rahasia { $file }.
# Variables:
#   $reason (String) - what went wrong
bundle-failed = { $reason }

## Progress

bundle-stage-compressing = Memadatkan
bundle-stage-hashing = Memeriksa
bundle-stage-unpacking = Membuka paket
bundle-stage-checking = Memeriksa direktori
bundle-stage-downloading = Mengunduh

## What was checked (ponte bundle verify)

bundle-check-format = File ini adalah paket Ponte dan setiap bagiannya masih dalam batas ukuran.
# Variables:
#   $publisher (String) - the publisher
#   $version (String) - the key list's version
#   $key (String) - the root key that signed it
#   $source (String) - where the root key came from: "built-in", "added" or "command-line"
bundle-check-key-list = Daftar kunci versi { $version } milik { $publisher } ditandatangani dengan kunci akar { $key } ({ $source ->
    [built-in] bawaan aplikasi ini
    [added] ditambahkan di perangkat ini
   *[command-line] diberikan di baris perintah
}).
# Variables:
#   $stored (String) - the key list version already on this device
#   $bundled (String) - the version that came with the bundle
bundle-check-newer-key-list = Daftar kunci yang lebih baru yang sudah ada di perangkat ini (versi { $stored }) dipakai, bukan yang ikut dalam paket (versi { $bundled }).
# Variables:
#   $key (String) - the signing key
#   $validity (String) - when it may sign
bundle-check-manifest-signature = Manifes ditandatangani dengan kunci { $key }, yang ada di daftar dan tidak dicabut, berlaku { $validity }.
# Variables:
#   $needs (String) - the version it needs
#   $ours (String) - this app's version
bundle-check-app-version = Paket ini butuh Ponte { $needs }; ini { $ours }.
# Variables:
#   $expires (String) - when it expires
bundle-check-not-expired = Belum kedaluwarsa (kedaluwarsa { $expires }).
# Variables:
#   $offered (String) - its sequence
#   $installed (String) - the highest installed before
bundle-check-sequence = Nomor urutnya { $offered } lebih tinggi dari { $installed }, nomor terbaru yang dipasang di sini.
# Variables:
#   $offered (String) - its sequence
bundle-check-sequence-first = Nomor urutnya { $offered }; belum ada paket dengan id ini yang dipasang di sini.
# Variables:
#   $bytes (Number) - size of the compressed data
#   $sha256 (String) - its SHA-256
bundle-check-payload = Data ({ $bytes } byte) punya panjang yang ditandatangani dan SHA-256 { $sha256 }.
# Variables:
#   $bytes (Number) - size of the directory
#   $sha256 (String) - its SHA-256
bundle-check-directory = Direktori yang sudah dibuka ({ $bytes } byte) punya panjang yang ditandatangani dan SHA-256 { $sha256 }.
# Variables:
#   $services (Number) - number of services in it
bundle-check-directory-intact = Direktori bisa dibuka, lolos pemeriksaan keutuhan, dan berisi { $services } layanan, sesuai tanda tangan.

bundle-trust-source-built-in = bawaan
bundle-trust-source-added = ditambahkan di perangkat ini
bundle-trust-source-command-line = diberikan di baris perintah

## Directory status (ponte directory info, the app's About page)

bundle-status-built-in = Direktori bawaan yang ikut dengan aplikasi ini.
# Variables:
#   $date (String) - when the publisher made it
bundle-status-published = Diterbitkan: { $date }
# Variables:
#   $date (String) - when this device verified and installed it
bundle-status-verified = Diperiksa dan dipasang: { $date }
# Variables:
#   $date (String) - when it expires
bundle-status-expires = Kedaluwarsa: { $date }
# Variables:
#   $date (String) - when it expired
bundle-status-expired = Kedaluwarsa sejak { $date }: masih bisa dipakai, tetapi mungkin sudah tidak terbaru. Periksa pembaruan.
# Variables:
#   $date (String) - when a channel was last checked
bundle-status-last-checked = Terakhir memeriksa pembaruan: { $date }

## Updates (ponte update, "Check for updates")

# Variables:
#   $url (String) - the channel address given
#   $reason (String) - what is wrong with it
update-bad-url = { $url } tidak bisa dipakai sebagai saluran: { $reason }.
# Variables:
#   $url (String) - what was being fetched
#   $reason (String) - what happened
update-network = Tidak bisa mengambil { $url }: { $reason }. Coba lagi saat Anda online; unduhan yang belum selesai tetap disimpan.
# Variables:
#   $url (String) - what was being fetched
#   $status (Number) - the HTTP status code
update-http = Server menjawab { $status } untuk { $url }.
# Variables:
#   $url (String) - the index's address
#   $reason (String) - what is wrong
update-bad-index = Indeks saluran { $url } tidak bisa dipakai: { $reason }.
# Variables:
#   $bundle (String) - the bundle id asked for, or "-"
#   $available (String) - the bundle ids the channel has, comma-separated
update-not-on-channel = Saluran ini tidak punya paket { $bundle } untuk perangkat ini. Yang ada: { $available }. Pilih salah satu dengan --bundle.

## Command line

# Variables:
#   $env (String) - the environment variable's name
bundle-cli-passphrase-needed = Kunci rahasia ini terenkripsi: isi { $env } dengan frasa sandinya, atau jalankan perintah di terminal supaya Anda ditanya.
bundle-cli-passphrase = Frasa sandi untuk kunci rahasia
bundle-cli-passphrase-again = Frasa sandi yang sama sekali lagi
bundle-cli-passphrase-mismatch = Kedua frasa sandi berbeda; tidak ada yang ditulis.
bundle-cli-passphrase-empty = Frasa sandi kosong tidak melindungi apa pun: ketik frasa sandi, atau pakai --unencrypted dengan sengaja.
# Variables:
#   $file (String) - the file that exists
bundle-cli-key-exists = { $file } sudah ada: pilih nama lain, atau pakai --force untuk menggantinya.
# Variables:
#   $key (String) - the new key's id
#   $secret (String) - the secret key file
#   $public (String) - the public key file
bundle-cli-keygen-done = Kunci baru { $key }: kunci rahasia { $secret } (jangan dibagikan), kunci publik { $public }.
bundle-cli-sign-list-new-needs = Daftar kunci baru butuh --publisher dan --name (atau mulai dari daftar yang ada dengan --from).
# Variables:
#   $publisher (String) - the publisher of the list
#   $given (String) - the publisher given on the command line
bundle-cli-sign-list-publisher = Daftar kunci ini milik { $publisher }, bukan milik { $given }.
# Variables:
#   $key (String) - the key id asked for
bundle-cli-no-such-key = Tidak ada kunci { $key } di sini.
# Variables:
#   $file (String) - the key list file
#   $publisher (String) - the publisher
#   $version (String) - the list's version
#   $count (Number) - number of keys in it
#   $root (String) - the root key that signed it
bundle-cli-sign-list-done = { $file } ditulis: daftar kunci versi { $version } milik { $publisher } berisi { $count } kunci, ditandatangani dengan kunci akar { $root }.
# Variables:
#   $file (String) - the signature file
#   $key (String) - the signing key
bundle-cli-signed = { $file } ditulis (kunci { $key }).
# Variables:
#   $file (String) - the file
#   $key (String) - the key
#   $comment (String) - the signature's trusted comment
bundle-cli-signature-ok = Tanda tangan { $file } dengan kunci { $key } sah. Komentar tepercaya: { $comment }
# Variables:
#   $key (String) - the key id
#   $publisher (String) - the publisher
bundle-cli-trust-added = Perangkat ini sekarang memercayai kunci akar { $key } untuk { $publisher }.
bundle-cli-trust-none = Belum ada kunci akar yang dipercaya: tambahkan dengan `ponte trust add`.
# Variables:
#   $key (String) - the key id
#   $publisher (String) - the publisher id
#   $name (String) - the publisher's name
#   $source (String) - where it came from, already in words
bundle-cli-trust-row = { $key }  { $publisher }  { $name }  ({ $source })
# Variables:
#   $key (String) - the key id
bundle-cli-trust-removed = Perangkat ini tidak lagi memercayai kunci akar { $key }.
# Variables:
#   $file (String) - the bundle file
#   $bundle (String) - the bundle id
#   $sequence (String) - its sequence
#   $publisher (String) - the publisher
bundle-cli-verified = { $file } adalah paket yang sah: { $bundle } nomor urut { $sequence } dari { $publisher }. Yang diperiksa:
# Variables:
#   $bundle (String) - the bundle id
#   $sequence (String) - its sequence
#   $publisher (String) - the publisher
#   $services (Number) - services in it
bundle-cli-installed = { $bundle } nomor urut { $sequence } dari { $publisher } sudah dipasang: { $services } layanan, sekarang dipakai. Yang diperiksa:
# Variables:
#   $file (String) - the manifest file written
#   $signature (String) - the signature file written
bundle-cli-manifest-written = { $file } dan { $signature } ditulis (periksa dengan minisign -V).
# Variables:
#   $file (String) - the bundle file
#   $bundle (String) - the bundle id
#   $sequence (String) - its sequence
#   $services (Number) - services in it
#   $bytes (Number) - size of the compressed directory
#   $expires (String) - when it expires
#   $key (String) - the signing key
bundle-cli-built = { $file } ditulis: { $bundle } nomor urut { $sequence }, { $services } layanan, { $bytes } byte setelah dipadatkan, kedaluwarsa { $expires }, ditandatangani dengan kunci { $key }.
bundle-cli-built-expired = Peringatan: paket ini sudah kedaluwarsa; tidak ada perangkat yang akan memasangnya.
# Variables:
#   $bundle (String) - the bundle id
#   $sequence (String) - its sequence
#   $folder (String) - the channel folder
#   $file (String) - the bundle's file name in it
bundle-cli-published = { $bundle } nomor urut { $sequence } diterbitkan di { $folder } sebagai { $file } (index.json diperbarui).
# Variables:
#   $bundle (String) - the bundle id
#   $offered (String) - the channel's sequence
#   $installed (String) - the installed sequence
bundle-cli-up-to-date = Sudah terbaru: saluran menawarkan { $bundle } nomor urut { $offered }, dan perangkat ini punya { $installed }.
