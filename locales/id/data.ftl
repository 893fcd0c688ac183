# NGO data in and out: HSDS and spreadsheet import, export and validation
# (`ponte import`, `ponte export`, `ponte validate`). Read by NGO volunteers: plain words,
# and always what to do.

## Problems in the files themselves (nothing is imported while one stands)

# Variables:
#   $table (String) - the HSDS table, like "location"
#   $field (String) - the field, like "latitude"
#   $expected (String) - what the field must hold, like "a number"
#   $value (String) - the value found
data-bad-type = { $table }.{ $field } harus berisi { $expected }, tetapi isinya { $value }.
# Variables:
#   $table (String) - the HSDS table, like "service"
data-missing-id = { $table } ini tidak punya id. Setiap service, location, organization, dan service_at_location perlu id.
data-bad-utf8 = Teks ini bukan UTF-8 yang valid. Simpan file sebagai UTF-8 (di aplikasi spreadsheet: “CSV UTF-8”).
# Variables:
#   $reason (String) - what the JSON reader said
data-bad-json = Ini bukan JSON yang valid: { $reason }.
# Variables:
#   $table (String) - the file or table name
data-unknown-table = { $table } bukan tabel HSDS yang dikenal Ponte; tabel ini tidak dibaca.
data-no-records = Tidak ditemukan entri HSDS di file ini.
data-unknown-object = Ponte tidak bisa mengenali jenis objek HSDS ini (service, organization, location, atau service_at_location).
# Variables:
#   $bytes (String) - the size of the value
#   $limit (String) - the largest size allowed
data-too-long = Nilai ini panjangnya { $bytes } byte; batasnya { $limit }. Nilai sepanjang ini berarti filenya rusak, bukan data layanan.
# Variables:
#   $cells (String) - cells in the row
#   $columns (String) - columns in the header
data-cell-count = Baris ini punya { $cells } sel, tetapi header punya { $columns } kolom: ada koma yang hilang atau berlebih, atau tanda kutip yang tidak ditutup?
# Variables:
#   $reason (String) - what the CSV reader said
data-bad-csv = Di bagian ini file bukan CSV yang valid: { $reason }.
# Variables:
#   $table (String) - the HSDS table
#   $value (String) - the id
data-duplicate-row = Baris { $table } lain sudah memakai id “{ $value }”. Setiap baris perlu id sendiri.
# Variables:
#   $table (String) - the table of the row
#   $field (String) - the link field, like "location_id"
#   $target (String) - the table it points to
#   $value (String) - the id it names
data-unknown-reference = { $table }.{ $field } menyebut { $target } “{ $value }”, yang tidak ada dalam data. Tanpa itu baris ini tidak bisa dipakai: tambahkan { $target } tersebut atau perbaiki id-nya.
# Variables:
#   $table (String) - the table of the row
#   $field (String) - the link field
#   $target (String) - the table it points to
#   $value (String) - the id it names
data-dangling-reference = { $table }.{ $field } menyebut { $target } “{ $value }”, yang tidak ada dalam data. Nilainya disimpan seperti tertulis.

## Mapping HSDS to Ponte

# Variables:
#   $need (String) - the need code given, like "health.mental"
#   $keyword (String) - the word that matched, like "counselling"
#   $text (String) - the name it was found in
data-needs-from-name = Tidak ada istilah taksonomi yang menyebut apa yang ditawarkan layanan ini, jadi jenis bantuan { $need } diambil dari kata “{ $keyword }” di “{ $text }”. Periksa ini.
# Variables:
#   $value (String) - the language as written
data-unknown-language-name = “{ $value }” bukan bahasa yang dikenali Ponte; tetap disimpan di data HSDS tetapi tidak ditampilkan sebagai bahasa yang digunakan.
# Variables:
#   $lat (String) - the latitude given
#   $lon (String) - the longitude given
data-impossible-coordinates = Koordinat { $lat }, { $lon } bukan tempat di Bumi. Koordinat ini tidak dipakai (jika bisa, lokasi entri diambil dari alamatnya) dan disimpan seperti tertulis.
# Variables:
#   $value (String) - the phone number as written
data-unreadable-phone = “{ $value }” bukan nomor telepon yang bisa dihubungi Ponte; tetap disimpan di data HSDS tetapi tidak ditampilkan.
# Variables:
#   $reason (String) - which part of the schedule, like "byweekno"
data-schedules-not-hours = Jadwal memakai { $reason }, yang tidak bisa diubah Ponte menjadi jam buka; jadwal disimpan seperti tertulis dan “buka sekarang” tidak diketahui.
data-no-services = Tidak ada layanan (service) dalam data ini, jadi tidak ada yang diimpor (organisasi dan lokasi saja bukan titik layanan).
# Variables:
#   $lang (String) - the language code assumed
data-assumed-language = HSDS tidak menyebut bahasa teksnya; Ponte menganggapnya “{ $lang }”. Jika salah, impor lagi dengan --text-lang.
# Variables:
#   $value (String) - the Ponte id
#   $other (String) - where the first record with this id is
data-duplicate-id = Dua entri akan mendapat id Ponte yang sama, “{ $value }” (entri lainnya ada di { $other }). Pakai --id-prefix atau perbaiki id-nya.

## ponte validate: what to fix before publishing

data-unplaced = Tempat ini tidak punya koordinat dan tidak punya kota yang bisa ditemukan Ponte, jadi tidak bisa ditampilkan di peta. Tambahkan lat dan lon, atau kotanya (locality).
# Variables:
#   $value (String) - the phone number
#   $country (String) - the record's country code, like "PT"
data-phone-unreadable = “{ $value }” tidak bisa dibaca sebagai nomor telepon di { $country }. Tulis dengan kode negara, seperti +351 21 000 0000.
# Variables:
#   $value (String) - the phone number
#   $country (String) - the record's country code
data-phone-not-valid = “{ $value }” tidak tampak seperti nomor yang dipakai di { $country } (panjang atau awalan salah?). Periksa lagi.
# Variables:
#   $date (String) - the verified_at date
#   $months (String) - the staleness threshold in months
data-stale = Terakhir dikonfirmasi pada { $date }, lebih dari { $months } bulan lalu. Periksa apakah masih benar dan perbarui verified_at.
# Variables:
#   $value (String) - the source as written
data-source-not-public = Sumber “{ $value }” adalah file di komputer, yang tidak bisa dibuka pembaca. Berikan alamat web atau nama dokumen (untuk HSDS: impor dengan --source).
# Variables:
#   $other (String) - the id of the other record
#   $metres (String) - the distance between them in metres
data-likely-duplicate = Namanya sama dengan { $other }, berjarak { $metres } m: tempat yang sama dimasukkan dua kali?

## ponte import / export / validate: summaries

# Variables:
#   $services (Number) - records read
#   $errors (Number) - errors found
#   $warnings (Number) - warnings found
data-summary = { $services ->
   *[other] { $services } entri
}, { $errors ->
   *[other] { $errors } kesalahan
}, { $warnings ->
   *[other] { $warnings } peringatan
}.
# Variables:
#   $source (Number) - places with coordinates from the source
#   $city (Number) - places put at their town's centre
#   $postal (Number) - places put at their postal code's centre
#   $unplaced (Number) - places not placed
data-placement = Tempat: { $source } dengan koordinat dari sumber, { $city } di pusat kotanya, { $postal } di pusat wilayah kode posnya, { $unplaced } tidak ditempatkan.
# Variables:
#   $count (Number) - places placed by town that gave a postal code
data-postal-not-used = { $count ->
   *[other] { $count } tempat memberi kode pos yang tidak dipakai: Ponte belum punya data kode pos offline, jadi tempat itu ditempatkan di pusat kotanya.
}
# Variables:
#   $id (String) - the record's id
#   $reason (String) - why it was not placed
data-unplaced-item = tidak ditempatkan: { $id }: { $reason }
data-fix-errors = Perbaiki kesalahan di atas: tidak ada yang ditulis.
# Variables:
#   $path (String) - the file or folder written
data-written = Ditulis: { $path }
# Variables:
#   $count (Number) - records exported
#   $path (String) - where
data-exported = { $count ->
   *[other] { $count } entri diekspor ke { $path }.
}
# Variables:
#   $done (Number) - records done
#   $total (Number) - records in all
data-progress = { $done } dari { $total }…
data-example-row = Ini baris contoh dari templat: hapus sebelum Anda menerbitkan.
# Variables:
#   $count (Number) - records without a point
data-geojson-left-out = { $count ->
   *[other] { $count } entri tidak punya titik (saluran telepon, atau tempat yang belum ada di peta) dan tidak dimasukkan ke GeoJSON.
}

## ponte import / export: bad options

# Variables:
#   $value (String) - what was given
data-bad-text-lang = --text-lang “{ $value }” bukan kode bahasa (ISO 639-1 atau 639-3, seperti pt atau kea).
# Variables:
#   $value (String) - what was given
data-bad-verified-at = --verified-at “{ $value }” bukan tanggal seperti 2024-03-19.
# Variables:
#   $path (String) - the source given
data-looks-like-hsds = { $path } tampaknya HSDS: pakai `ponte import hsds`.
# Variables:
#   $path (String) - the source given
data-not-hsds = { $path } bukan HSDS (file .json, atau folder berisi paket CSV HSDS): pakai `ponte import csv` untuk templat.
