# The `ponte` command line.

## ponte search

# Variables:
#   $place (String) - the place searched near, like "Lisbon"
#   $country (String) - its country, like "Portugal"
#   $point (String) - its coordinates, like "38.72509,-9.14980"
cli-search-near = Dekat { $place }, { $country } ({ $point })
# Variables:
#   $point (String) - coordinates, like "16.71000,98.57000"
cli-search-near-point = Dekat { $point }
# Variables:
#   $others (String) - other places with the same name, comma-separated
cli-search-also = Tempat lain dengan nama ini: { $others }. Tambahkan kode negara (“Cartagena, CO”) atau masukkan koordinat.
cli-search-none = Tidak ada layanan di direktori yang cocok dengan filter ini, pada jarak berapa pun.
# Variables:
#   $radius (String) - the radius asked for, like "5 km"
#   $distance (String) - distance of the nearest result, like "37 km"
cli-search-widened = Tidak ada apa pun dalam radius { $radius }. Layanan yang cocok dan terdekat berada lebih jauh, mulai dari { $distance }.
# Variables:
#   $distance (String) - distance of the nearest result, like "120 km"
cli-search-far = Layanan yang cocok dan terdekat berjarak { $distance }.
# Variables:
#   $count (Number) - number of results shown
cli-search-count = { $count ->
   *[other] { $count } layanan
}
# Variables:
#   $country (String) - country name, like "Portugal"
cli-search-phone-lines = Saluran telepon dan nomor darurat untuk { $country }
cli-col-distance = Jarak
cli-col-name = Nama
cli-col-open = Sekarang
cli-col-languages = Bahasa
cli-col-verified = Dikonfirmasi
cli-col-id = Kode referensi
cli-col-notes = Catatan
cli-hint-show = Detail: ponte show <kode-referensi>

## Errors (exit code 2: something in the command needs fixing)

# Variables:
#   $query (String) - what the person typed
cli-place-not-found = Tidak ada tempat bernama “{ $query }” di daftar nama tempat offline. Coba ejaan lain, nama dalam bahasa Inggris atau bahasa setempat, atau koordinat seperti 38.72,-9.14.
# Variables:
#   $reason (String) - what is wrong with the coordinates
cli-bad-coordinates = Koordinat itu tidak ada di bola dunia: { $reason }. Gunakan lintang,bujur dalam derajat desimal, seperti 38.72,-9.14.
# Variables:
#   $reason (String) - what is wrong
cli-bad-filter = { $reason }
# Variables:
#   $id (String) - the reference asked for
cli-show-not-found = Tidak ada layanan dengan kode referensi “{ $id }” di direktori yang sedang dipakai. Cari dulu untuk melihat kode referensinya.
cli-bad-radius = Radius harus berupa angka kilometer yang positif, seperti 5 atau 2.5.
cli-bad-limit = Batas harus berupa bilangan bulat dari 1 sampai 1000.

## ponte places

# Variables:
#   $query (String) - what the person typed
cli-places-none = Tidak ada tempat yang cocok dengan “{ $query }”.
cli-places-credit = Nama tempat: GeoNames (geonames.org), CC BY 4.0.
cli-col-place = Tempat
cli-col-country = Negara
cli-col-population = Penduduk
cli-col-coordinates = Koordinat
cli-col-matched = Cocok dengan

## ponte show

cli-show-check-before = Periksa dulu sebelum pergi.
cli-show-directory = Direktori
