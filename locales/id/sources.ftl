# Problems in directory spreadsheets (the template in data/README.md), shown by
# `ponte validate`, `ponte directory build` and `ponte import csv`, and placing rows on the
# map. Read by NGO volunteers: say what is wrong and what to do.

## Reading the file

# Variables:
#   $reason (String) - what the operating system said
src-cannot-read = Tidak bisa membaca file: { $reason }
src-empty-file = File ini kosong: baris pertamanya harus header, yang berisi nama-nama kolom.
src-header-not-utf8 = Header bukan UTF-8 yang valid. Simpan file sebagai CSV (UTF-8).
# Variables:
#   $column (String) - a required column's name
src-missing-column = Header tidak punya kolom “{ $column }”. Lihat data/README.md untuk daftar kolom.
# Variables:
#   $column (String) - a column name
#   $first (String) - the number of the first column with that name
#   $second (String) - the number of the second one
src-duplicate-column = Kolom “{ $column }” muncul dua kali (kolom { $first } dan { $second }).
# Variables:
#   $lang (String) - the language code after the colon
#   $column (String) - the whole column name, like "name:xx"
src-unknown-column-language = “{ $lang }” di kolom “{ $column }” bukan kode bahasa yang dikenal.
# Variables:
#   $cells (String) - cells in the row
#   $columns (String) - columns in the header
src-cell-count = Baris ini punya { $cells } sel, tetapi header punya { $columns } kolom: ada koma yang hilang atau berlebih, atau tanda kutip yang tidak ditutup?
# Variables:
#   $reason (String) - what the CSV reader said
src-bad-csv = File ini bukan CSV yang valid di bagian ini: { $reason }
# Variables:
#   $bytes (String) - the size of the cell
#   $limit (String) - the largest size allowed
src-too-long = Sel ini berisi { $bytes } byte; batasnya { $limit }.
# Variables:
#   $offset (String) - how many bytes of the cell are valid
src-bad-utf8 = Sel ini bukan UTF-8 yang valid (setelah byte { $offset }). Simpan file sebagai CSV (UTF-8).

## One row

# Variables:
#   $id (String) - the repeated id
#   $where (String) - where it was first used, like "pt.csv:12"
src-duplicate-id = Id “{ $id }” sudah dipakai di { $where }. Setiap baris perlu id sendiri.
# Variables:
#   $column (String) - the column's name
src-required = “{ $column }” wajib diisi.
# Variables:
#   $column (String) - the column's name, like "description"
src-translation-without-original = “{ $column }” kosong tetapi punya terjemahan: isi “{ $column }” dalam bahasa baris itu sendiri.
# Variables:
#   $id (String) - the id as written
src-bad-id = Id “{ $id }” hanya boleh berisi huruf kecil, angka, “.”, “_” dan “-” (paling banyak 100 karakter).
# Variables:
#   $value (String) - the value as written
src-bad-kind = “{ $value }” bukan salah satu dari: place, phone-line, emergency.
# Variables:
#   $value (String) - the value as written
src-bad-answer = “{ $value }” bukan salah satu dari: yes, no, unknown.
# Variables:
#   $code (String) - the code as written
src-bad-language = “{ $code }” bukan kode bahasa yang dikenal (ISO 639-1 seperti “pt”, atau ISO 639-3 seperti “kea”).
# Variables:
#   $code (String) - the code as written
#   $known (String) - the codes that exist, comma-separated
src-bad-need = “{ $code }” bukan kode kebutuhan. Kode yang ada: { $known }
src-needs-required = “needs” wajib diisi: paling sedikit satu kode kebutuhan.
# Variables:
#   $code (String) - the code as written
#   $known (String) - the codes that exist, comma-separated
src-bad-group = “{ $code }” bukan kelompok. Kelompok yang ada: { $known }
# Variables:
#   $value (String) - the value as written
src-bad-country = “{ $value }” bukan kode negara dua huruf seperti PT.
# Variables:
#   $value (String) - the value as written
src-bad-geonames-id = “{ $value }” bukan id GeoNames (bilangan bulat). Cari dengan: ponte places "Town, PT" --json
# Variables:
#   $value (String) - the value as written
src-bad-timezone = “{ $value }” bukan zona waktu. Pakai nama IANA seperti Europe/Lisbon, atau biarkan kosong.
# Variables:
#   $hours (String) - the opening hours as written
#   $position (String) - the character where reading stopped, counted from 1
src-bad-hours = Jam buka “{ $hours }” tidak bisa dibaca mulai karakter ke-{ $position }. Teksnya tetap disimpan dan ditampilkan seperti tertulis, dan “buka sekarang” tidak diketahui. Pakai sintaks OpenStreetMap, seperti Mo-Fr 09:00-17:00.
# Variables:
#   $value (String) - the value as written
src-bad-date = “{ $value }” bukan tanggal seperti 2024-03-19.
# Variables:
#   $value (String) - the date as written
src-future-date = { $value } ada di masa depan.
# Variables:
#   $value (String) - the value as written
src-bad-uncertainty = “{ $value }” bukan jarak dalam meter (angka, 0 atau lebih).
# Variables:
#   $value (String) - the value as written
src-bad-precision = “{ $value }” bukan salah satu dari: exact, address, city, postal-code.
src-unplaceable = Sebuah tempat perlu lat dan lon, atau paling tidak nama kota di “locality”, supaya bisa ditemukan di peta.
src-exact-without-coordinates = geo_precision berisi “exact”, tetapi lat dan lon kosong.
src-half-coordinates = Isi lat dan lon dua-duanya, atau kosongkan dua-duanya.
src-null-island = 0,0 ada di Samudra Atlantik: itu isian sementara, bukan lokasi.
# Variables:
#   $value (String) - the latitude as written
src-bad-latitude = Lintang (latitude) { $value } tidak di antara -90 dan 90.
# Variables:
#   $value (String) - the longitude as written
src-bad-longitude = Bujur (longitude) { $value } tidak di antara -180 dan 180.
# Variables:
#   $value (String) - the value as written
src-not-degrees = “{ $value }” bukan angka derajat desimal, seperti 38.7249.
# Variables:
#   $number (String) - the number as written
src-bad-phone = “{ $number }” bukan nomor telepon: pakai angka, spasi, dan tanda + di depan, lalu tulis catatan dalam tanda kurung setelah nomornya.

## Placing rows on the map

# Variables:
#   $value (String) - the code as written
place-bad-country = “{ $value }” bukan kode negara ISO 3166-1.
# Variables:
#   $id (String) - the GeoNames id
#   $name (String) - the place it names
#   $found (String) - that place's country
#   $country (String) - the row's country
place-geonames-other-country = Id GeoNames { $id } adalah { $name } di { $found }, bukan di { $country }.
# Variables:
#   $id (String) - the GeoNames id
place-geonames-unknown = Id GeoNames { $id } tidak ada di daftar nama tempat offline (kota berpenduduk 1.000 orang atau lebih di negara-negara direktori bawaan, 5.000 atau lebih di tempat lain). Isi lat dan lon saja.
# Variables:
#   $town (String) - the town as written
#   $country (String) - the row's country code
place-town-not-found = Kota “{ $town }” tidak ada di daftar nama tempat offline untuk { $country }. Tambahkan lat dan lon, atau geonames_id kota itu (coba: ponte places "{ $town }, { $country }" --json).
# Variables:
#   $count (String) - how many towns have the name
#   $country (String) - the row's country code
#   $town (String) - the town as written
#   $list (String) - the towns, with their geonames_id, coordinates and population
place-ambiguous-town = Ada { $count } kota di { $country } yang bernama “{ $town }”: { $list }. Tambahkan geonames_id yang benar (atau lat dan lon) supaya baris ini tidak ditempatkan di kota yang salah.
# Variables:
#   $km (String) - the distance in kilometres
#   $place (String) - the nearest town to the coordinates
#   $found (String) - that town's country code
#   $country (String) - the row's country code
place-outside-country = Koordinatnya berjarak { $km } km dari { $place } ({ $found }), tetapi negaranya { $country }: apakah lat dan lon tertukar, atau negaranya salah?

## Labels in reports

diag-error = kesalahan
diag-warning = peringatan
# Variables:
#   $count (Number) - how many errors
diag-nothing-changed = { $count ->
   *[other] { $count } kesalahan di sumber data: tidak ada yang dibuat atau diubah.
}

## ponte directory build and ponte directory info

# Variables:
#   $file (String) - the database written
#   $count (Number) - services in it
#   $placed (Number) - how many were placed at their town's centre
dir-built = { $file }: { $count ->
   *[other] { $count } layanan
} ({ $placed } ditempatkan di pusat kotanya)
# Variables:
#   $bundle (String) - the directory's bundle id
#   $sequence (String) - its sequence number
dir-info-bundle = Paket: { $bundle } (nomor urut { $sequence })
# Variables:
#   $count (Number) - services in the directory
dir-info-services = Layanan: { $count }
# Variables:
#   $path (String) - the database file
dir-info-file = File: { $path }
# Variables:
#   $path (String) - the data folder
dir-info-data-dir = Folder data: { $path }

## Command-line options that need fixing

# Variables:
#   $value (String) - the time as written
cli-bad-time = “{ $value }” bukan waktu seperti 2026-11-23T10:00:00Z.
