# Labels shared by the app and the command line that came after the first translation
# round; and, below, the app's own screens.

## Rights cards

rights-applies-whatever-status = Ini berlaku apa pun status migrasi Anda.
rights-if-refused-heading = Jika Anda ditolak
rights-sources-heading = Sumber
# Variables:
#   $need (String) - the name of the need asked about, like "Health"
rights-none-for-need = Belum ada kartu hak untuk “{ $need }”.

## App frame, on every screen

app-name = Ponte
app-skip-link = Langsung ke isi
app-language-label = Bahasa
app-about = Tentang
app-back = Kembali
app-privacy-line = Apa pun yang Anda cari tidak keluar dari perangkat ini.
# Said to screen readers after switching language.
# Variables:
#   $language (String) - the name of the language now shown, like "العربية"
app-language-changed = Bahasa diganti: { $language }

## Errors

error-input = Itu tidak bisa dipakai. Periksa yang Anda ketik, lalu coba lagi.
error-internal = Ada yang salah di dalam Ponte. Coba lagi. Jika terus terjadi, tutup Ponte lalu buka lagi.

## Quick exit (a button on every screen, and Shift pressed 3 times)

exit-button = Keluar cepat
exit-hint = Langsung menyembunyikan Ponte dan menghapus pencarian ini. Anda juga bisa menekan Shift 3 kali.
exit-press-two = Shift: tekan 2 kali lagi untuk keluar.
exit-press-one = Shift: tekan 1 kali lagi untuk keluar.
exit-expired = Keluar cepat lewat keyboard dibatalkan.
# The only words on the blank page shown after a quick exit: keep them neutral, with
# nothing about Ponte, migration or help.
exit-neutral-continue = Lanjutkan

## Start: choosing a need

start-title = Anda perlu bantuan apa?
start-intro = Pilih satu. Lalu pilih tempatnya.
start-more-needs = Jenis bantuan lain
start-specific-heading = Yang lebih khusus
# Variables:
#   $place (String) - the place chosen earlier, like "Lisboa, Portugal"
start-place-kept = Mencari di dekat { $place }.

## Where: choosing a place

where-title = Di mana?
where-back = Kembali ke jenis bantuan
# Variables:
#   $need (String) - the need chosen, like "Health"
where-looking-for = Mencari: { $need }
where-type-heading = Ketik nama tempat
where-place-label = Kota atau desa
where-place-hint = Ketik nama tempat dalam bahasa atau huruf apa pun.
where-suggestions-label = Tempat
# Variables:
#   $count (Number) - how many places match what was typed
where-suggestions-count = { $count ->
   *[other] { $count } tempat ditemukan
}
# Variables:
#   $query (String) - what the person typed
where-no-place = Tidak ada tempat bernama “{ $query }”. Coba ejaan lain, atau nama dalam bahasa Inggris atau bahasa setempat.
# Variables:
#   $place (String) - a place name, like "Lisboa"
#   $country (String) - its country, like "Portugal"
where-place-label-full = { $place }, { $country }
# Variables:
#   $place (String) - the place chosen earlier, like "Lisboa, Portugal"
where-current = Sekarang: { $place }.
where-keep-place = Tetap di tempat ini
where-pick-heading = Di peta
where-pick-button = Pilih di peta
where-pick-hint = Ketuk atau klik peta. Dengan keyboard, geser peta dengan tombol panah, lalu pakai titik tengahnya.
where-map-label = Peta untuk memilih tempat
where-pick-centre = Pakai titik tengah peta
where-pick-looking = Mencari kota terdekat…
# Variables:
#   $place (String) - the nearest town, like "Lisboa, Portugal"
#   $distance (String) - how far the point is from it, like "3 km"
where-picked-near = Dekat { $place } ({ $distance })
where-picked-point = Titik yang Anda pilih
where-pick-confirm = Cari di sini
where-device-heading = Lokasi perangkat Anda
where-device-unavailable = Tidak dipakai di komputer ini: untuk menemukannya, komputer harus bertanya ke layanan online, yang lalu akan tahu di mana Anda berada. Sebagai gantinya, ketik nama tempat atau pilih di peta.
where-device-button = Pakai lokasi saya
where-device-private = Lokasi Anda hanya dipakai di perangkat ini. Lokasi tidak pernah dikirim atau disimpan.
where-device-finding = Mencari lokasi Anda…
where-device-failed = Lokasi Anda tidak bisa ditemukan. Ketik nama tempat atau pilih di peta.
where-device-here = Lokasi Anda
where-private = Tempat yang Anda ketik atau pilih tidak pernah keluar dari perangkat ini.

## Results

results-back = Kembali ke tempat
# Variables:
#   $need (String) - what is searched for, like "Health"
#   $place (String) - where, like "Lisboa, Portugal"
results-title = { $need } di dekat { $place }
results-change-need = Ganti bantuan
results-change-place = Ganti tempat
results-filters = Filter lainnya
# Variables:
#   $count (Number) - how many filters are switched on
results-filters-on = ({ $count } aktif)
results-filter-only = Tampilkan hanya
results-filter-open-now = Buka sekarang
results-filter-free = Gratis
results-filter-no-documents = Tidak minta dokumen
results-filter-firewall = Tak berbagi data dengan imigrasi
results-filter-kind = Jenis bantuan
# Variables:
#   $need (String) - the need chosen, like "Health"
results-filter-kind-all = Semua: { $need }
results-filter-language = Bahasa petugas
results-filter-language-any = Bahasa apa saja
results-filter-serves = Untuk
results-filter-serves-any = Semua orang
results-filter-radius = Dalam jarak
results-filter-radius-any = Jarak berapa pun
results-filter-words = Kata yang dicari
results-filters-clear = Hapus filter
results-searching = Mencari…
# Variables:
#   $count (Number) - number of services shown
results-count = { $count ->
   *[other] { $count } layanan, terdekat dulu
}
results-none = Tidak ada layanan di direktori yang cocok, pada jarak berapa pun.
# Variables:
#   $radius (String) - the distance chosen, like "5 km"
#   $distance (String) - distance of the nearest result, like "37 km"
results-widened = Tidak ada apa pun dalam { $radius }. Layanan ini lebih jauh, mulai dari { $distance }.
# Variables:
#   $distance (String) - distance of the nearest result, like "120 km"
results-far = Tidak ada yang dekat: yang terdekat berjarak { $distance }.
results-list-heading = Layanan, terdekat dulu
results-map-toggle = Peta
results-map-label = Peta hasil pencarian. Daftar berisi informasi yang sama.
results-badges-label = Tentang tempat ini
# Variables:
#   $count (Number) - how many more languages are spoken there
results-languages-more = dan { $count } lainnya
results-show-more = Tampilkan lagi
# A short warning on a result whose record is old.
# Variables:
#   $when (String) - how long ago, like "3 years ago"
results-verified-old = Terakhir dikonfirmasi { $when }
# Variables:
#   $country (String) - country name, like "Portugal"
results-phone-lines = Saluran telepon dan nomor darurat di { $country }
results-phone-lines-any = Saluran telepon dan nomor darurat

## Rights cards in the app

rights-heading = Hak Anda

## A service’s page

service-back = Kembali ke hasil
service-loading = Memuat…
# Variables:
#   $organization (String) - who runs the service
service-run-by = Dikelola oleh { $organization }
service-call = Telepon
service-directions = Petunjuk arah
service-directions-hint = “Petunjuk arah” membuka tempat ini di aplikasi peta di perangkat ini, jika ada.
service-before-you-go = Sebelum pergi
service-help-and-for = Bantuan apa, dan untuk siapa
service-contact = Kontak
service-no-contact = Telepon, email, atau situs web tidak diketahui.
# Variables:
#   $title (String) - the directory’s title
service-directory = Dari: { $title }
# Variables:
#   $id (String) - the service’s reference code
service-reference = Kode referensi: { $id }
# Variables:
#   $from (String) - opening time, like "09:00"
#   $to (String) - closing time, like "17:00"
hours-period = { $from }–{ $to }
hours-period-unknown = (bisa berubah)
service-wrong-button = Ada yang salah di sini
service-wrong-which = Bagian mana?
service-wrong-field-any = Hal lain, atau tidak yakin
service-wrong-field-name = Nama
service-wrong-note = Apa yang salah?
service-wrong-private = Hanya disimpan di perangkat ini. Tidak ada yang dikirim.
service-wrong-save = Simpan
service-wrong-empty = Tulis dulu apa yang salah.
service-wrong-saved = Disimpan di perangkat ini. Terima kasih.

## The map

map-label = Peta
map-zoom-in = Perbesar
map-zoom-out = Perkecil

## About

about-back = Kembali
about-title = Tentang Ponte
about-intro = Ponte membantu Anda menemukan layanan di dekat Anda dan memberi tahu hak-hak Anda, dalam bahasa Anda. Ponte bisa dipakai tanpa internet.
about-privacy-heading = Privasi Anda
about-privacy-search = Apa yang Anda cari, dan di mana, tetap ada di perangkat ini. Ponte tidak mengirim apa pun tentang Anda ke mana pun.
about-privacy-location = Ponte tidak pernah bertanya ke layanan online di mana Anda berada.
about-privacy-stored = Ponte hanya menyimpan bahasa Anda, pilihan tampilan, dan koreksi yang Anda simpan. Ponte tidak menyimpan riwayat pencarian.
about-privacy-exit = Tombol “Keluar cepat” langsung menyembunyikan Ponte dan menghapus pencarian. Anda juga bisa menekan Shift 3 kali.
about-directory-heading = Direktori
about-directory-title = Nama
about-directory-description = Keterangan
about-directory-services = Layanan
about-directory-publisher = Diterbitkan oleh
about-directory-built = Dibuat pada
about-directory-bundle = Edisi
about-directory-built-in = bawaan
# Variables:
#   $sequence (Number) - the update number of the directory
about-directory-sequence = pembaruan { $sequence }

## Updating the directory (About page). A "directory file" (.ponte) is a signed file from an
## organisation that keeps the directory current; a "channel" is the web address where it
## publishes them.

about-update-heading = Perbarui direktori
about-update-intro = Ponte memeriksa bahwa setiap file direktori ditandatangani oleh organisasi yang dipercaya Ponte dan lebih baru dari yang Anda punya. Jika ada yang salah, tidak ada yang berubah.
about-update-file = Pasang dari file
about-update-file-hint = File .ponte dari USB atau dari pesan.
about-update-channel = Alamat saluran
about-update-channel-hint = Alamat web dari organisasi Anda. Ponte hanya mengunduh file-filenya dan tidak mengirim apa pun tentang Anda: bukan lokasi, pencarian, atau bahasa Anda.
about-update-check = Periksa pembaruan
about-update-working = Memeriksa…
# Variables:
#   $title (String) - the directory's title
#   $publisher (String) - who published it
#   $sequence (Number) - its update number
#   $count (Number) - services in it
app-update-installed = “{ $title }” dari { $publisher }, pembaruan { $sequence }, sudah dipasang: { $count ->
       *[other] { $count } layanan.
    }
# Variables:
#   $sequence (Number) - the update number installed
app-update-up-to-date = Direktori Anda sudah yang terbaru (pembaruan { $sequence }).
# Variables:
#   $limit (Number) - the largest size accepted, in megabytes
app-update-file-too-large = File ini terlalu besar untuk direktori (lebih dari { $limit } MB). Tidak ada yang diubah.
start-directory-expired = Direktori ini sudah lewat tanggal kedaluwarsanya. Masih bisa dipakai, tetapi beberapa info mungkin sudah tidak terbaru. Perbarui dari halaman Tentang.
about-display-heading = Tampilan
about-text-size = Ukuran teks
about-text-size-normal = Biasa
about-text-size-large = Besar
about-text-size-larger = Lebih besar
about-contrast = Kontras
about-contrast-normal = Biasa
about-contrast-more = Lebih kontras
about-display-system = Ponte juga mengikuti pengaturan ukuran teks, kontras, dan warna di perangkat Anda.
about-languages-heading = Bahasa
# Variables:
#   $language (String) - the name of the language shown now
about-languages-current = Sekarang ditampilkan dalam: { $language }. Anda bisa menggantinya di bagian atas setiap layar.
about-locale-name = Bahasa
about-locale-status = Status
about-locale-review = Diperiksa oleh
about-status-source = Teks asli
about-status-reviewed = Diperiksa penutur asli
about-status-complete = Lengkap, belum diperiksa
about-status-draft = Draf: sebagian teks dalam bahasa Inggris
about-status-pseudo = Untuk pengujian
about-testing = Pengujian
about-testing-intro = Bahasa buatan untuk melihat apakah tata letak bisa menampung teks yang lebih panjang dan tulisan dari kanan ke kiri.
about-use-locale = Pakai
about-corrections-heading = Koreksi Anda
about-corrections-intro = Kesalahan yang Anda catat lewat “Ada yang salah di sini”. Semuanya tetap ada di perangkat ini.
about-corrections-none = Belum ada yang disimpan.
about-correction-delete = Hapus
about-correction-deleted = Koreksi dihapus.
about-credits-heading = Kredit
about-credit-places = Nama tempat: GeoNames (geonames.org), lisensi CC BY 4.0.
about-credit-map = Peta: Natural Earth (naturalearthdata.com), domain publik, melalui paket world-atlas (lisensi ISC).
about-credit-leaflet = Tampilan peta: Leaflet (lisensi BSD 2-Clause).
about-credit-icons = Ikon: Lucide (lisensi ISC; beberapa ikon dari Feather, lisensi MIT).
about-credit-fluent = Terjemahan: Project Fluent, @fluent/bundle (lisensi Apache 2.0).
about-credit-fonts = Fon: Noto Sans untuk setiap aksara bahasa di aplikasi ini (lisensi SIL Open Font License 1.1), melalui Fontsource.
# Variables:
#   $version (String) - the app’s version, like "0.1.0"
about-version = Ponte versi { $version }

## Handing off to a phone or map app, where this device has none

# Variables:
#   $number (String) - the phone number, like "+351218106100"
handoff-tel = Perangkat ini tidak bisa menelepon. Telepon { $number } dari ponsel.
# Variables:
#   $coordinates (String) - latitude and longitude, like "38.724927, -9.134284"
handoff-geo = Tidak ada aplikasi peta di sini. Di aplikasi peta mana pun, cari { $coordinates }.
