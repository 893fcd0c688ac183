# Strings shared by the app and the command line.

## Needs (the taxonomy in data/README.md). Short: they label big tiles.

need-one-stop-shop = Layanan satu atap
need-health = Kesehatan
need-health-emergency = Gawat darurat
need-health-primary = Dokter
need-health-mental = Kesehatan jiwa
need-health-sexual-reproductive = Kesehatan seksual dan reproduksi
need-education = Pendidikan
need-education-school-enrolment = Sekolah untuk anak
need-education-language-classes = Kelas bahasa
need-education-vocational = Pelatihan kerja
need-housing = Tempat tinggal
need-housing-shelter = Tempat menginap malam ini
need-housing-tenancy-advice = Saran soal sewa
need-legal-aid = Bantuan hukum
need-legal-aid-immigration = Imigrasi dan suaka
need-legal-aid-regularisation = Dokumen izin tinggal
need-legal-aid-labour = Bantuan hukum soal kerja
need-work = Pekerjaan
need-work-recruitment = Cari kerja dengan aman
need-work-wage-claims = Upah belum dibayar
need-social-protection = Bantuan sosial
need-violence-support = Bantuan korban kekerasan
need-violence-support-trafficking = Perdagangan orang dan kerja paksa
need-child-protection = Anak-anak
need-documents = Dokumen
need-interpretation = Juru bahasa
need-food = Makanan dan kebutuhan pokok
need-money = Uang
need-money-remittances = Kirim uang ke kampung halaman
need-money-banking = Rekening bank
need-return = Pulang ke negara asal
need-complaints = Pengaduan
need-complaints-labour-inspection = Pengawas ketenagakerjaan
need-complaints-human-rights = Lembaga HAM
need-information = Informasi dan saran

## Who a service is for

serves-all = Semua orang
serves-women = Perempuan
serves-children = Anak-anak
serves-unaccompanied-minors = Anak tanpa pendamping
serves-survivors-of-violence = Penyintas kekerasan
serves-workers = Pekerja
serves-families = Keluarga
serves-lgbtiq = Orang LGBTIQ

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
distance-within-about = dalam jarak sekitar { $distance }
# Variables:
#   $distance (String) - a formatted distance, like "14 km"
distance-about = sekitar { $distance }
compass-n = utara
compass-ne = timur laut
compass-e = timur
compass-se = tenggara
compass-s = selatan
compass-sw = barat daya
compass-w = barat
compass-nw = barat laut
# Variables:
#   $distance (String) - a formatted distance, like "2.3 km"
#   $direction (String) - a compass direction, like "north-east"
distance-direction = { $distance } ke arah { $direction }

## Opening status, always in the service's own time

status-open = Buka sekarang
status-closed = Tutup sekarang
status-unknown = Jam buka tidak diketahui
# Variables:
#   $time (String) - closing time, like "17:00"
status-open-until = Buka sampai { $time }
# Variables:
#   $time (String) - closing time, like "17:00"
status-closes-soon = Segera tutup ({ $time })
# Variables:
#   $time (String) - opening time today, like "09:00"
status-opens-at = Buka pukul { $time }
# Variables:
#   $day (String) - a weekday name, like "Monday"
#   $time (String) - opening time, like "09:00"
status-opens-on = Buka hari { $day } pukul { $time }
status-hours-unreadable = Jam buka seperti tertulis (tidak bisa dibaca)
# Variables:
#   $zone (String) - an IANA time zone, like "Europe/Lisbon"
status-time-zone = Waktu setempat ({ $zone })

weekday-1 = Senin
weekday-2 = Selasa
weekday-3 = Rabu
weekday-4 = Kamis
weekday-5 = Jumat
weekday-6 = Sabtu
weekday-7 = Minggu
hours-closed-all-day = Tutup
hours-today = Hari ini

## Badges on results

badge-free = Gratis
badge-no-documents = Tidak minta dokumen
badge-no-status = Tidak menanyakan status
badge-firewall = Tidak berbagi data dengan imigrasi
badge-shares-with-immigration = Mungkin berbagi data dengan imigrasi
badge-one-stop-shop = Layanan satu atap
badge-walk-in = Datang langsung
badge-appointment = Perlu janji temu
badge-approximate = Lokasi perkiraan
badge-phone-line = Saluran telepon
badge-emergency = Nomor darurat

## Answers to yes/no questions about a service

answer-yes = Ya
answer-no = Tidak
answer-unknown = Tidak diketahui

## Labels on a service's page

field-what = Layanan yang diberikan
field-needs = Membantu soal
field-serves = Untuk
field-languages = Bahasa yang digunakan
field-asks-status = Menanyakan status migrasi
field-asks-documents = Meminta dokumen
field-shares-with-immigration = Berbagi data dengan pihak imigrasi
field-free = Gratis
field-appointment = Perlu janji temu
field-walk-in = Bisa datang tanpa janji temu
field-what-to-bring = Yang perlu dibawa
field-organization = Dikelola oleh
field-address = Alamat
field-phone = Telepon
field-email = Email
field-website = Situs web
field-hours = Jam buka
field-location = Lokasi
field-source = Sumber
field-source-note = Tentang sumber
field-verified = Terakhir dikonfirmasi
field-id = Kode referensi

precision-exact = Lokasi tepat
precision-address = Lokasi dari alamat jalan
# Variables:
#   $town (String) - the town whose centre is shown
precision-city = Perkiraan: ditampilkan di pusat { $town }. Periksa alamatnya.
precision-postal-code = Perkiraan: ditampilkan di pusat wilayah kode posnya

## How old a record is

# Variables:
#   $months (Number) - whole months since the record was last confirmed
verified-months-ago = { $months ->
    [0] bulan ini
   *[other] { $months } bulan lalu
}
# Variables:
#   $years (Number) - whole years since the record was last confirmed
verified-years-ago = { $years ->
   *[other] { $years } tahun lalu
}
# Variables:
#   $when (String) - how long ago, like "3 years ago"
verified-old-warning = Terakhir dikonfirmasi { $when }. Informasi mungkin sudah berubah: periksa dulu sebelum pergi.

## Languages of the interface

# Variables:
#   $requested (String) - the language code asked for
#   $used (String) - the name of the language shown instead
lang-fallback = Tidak ada terjemahan untuk “{ $requested }”; ditampilkan dalam { $used }.
# Variables:
#   $language (String) - the name of this language
lang-draft-notice = Terjemahan { $language } ini masih draf dan belum diperiksa oleh penutur asli. Jika ada teks yang belum diterjemahkan, Anda akan melihat bahasa Inggris.
