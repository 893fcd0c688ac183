# The `ponte` command line.

## ponte search

# Variables:
#   $place (String) - the place searched near, like "Lisbon"
#   $country (String) - its country, like "Portugal"
#   $point (String) - its coordinates, like "38.72509,-9.14980"
cli-search-near = Malapit sa { $place }, { $country } ({ $point })
# Variables:
#   $point (String) - coordinates, like "16.71000,98.57000"
cli-search-near-point = Malapit sa { $point }
# Variables:
#   $others (String) - other places with the same name, comma-separated
cli-search-also = Iba pang lugar na may ganitong pangalan: { $others }. Magdagdag ng country code (“Cartagena, CO”) o magbigay ng coordinates.
cli-search-none = Walang serbisyo sa direktoryo na tumutugma sa mga filter na ito, sa anumang layo.
# Variables:
#   $radius (String) - the radius asked for, like "5 km"
#   $distance (String) - distance of the nearest result, like "37 km"
cli-search-widened = Walang nahanap sa loob ng { $radius }. Mas malayo ang pinakamalalapit na katugmang serbisyo, simula sa { $distance }.
# Variables:
#   $distance (String) - distance of the nearest result, like "120 km"
cli-search-far = Ang pinakamalapit na katugmang serbisyo ay { $distance } ang layo.
# Variables:
#   $count (Number) - number of results shown
cli-search-count = { $count ->
    [one] { $count } serbisyo
   *[other] { $count } serbisyo
}
# Variables:
#   $country (String) - country name, like "Portugal"
cli-search-phone-lines = Mga linya ng telepono at numero sa emerhensiya sa { $country }
cli-col-distance = Layo
cli-col-name = Pangalan
cli-col-open = Ngayon
cli-col-languages = Mga wika
cli-col-verified = Kinumpirma
cli-col-id = Reference
cli-col-notes = Mga tala
cli-hint-show = Mga detalye: ponte show <reference>

## Errors (exit code 2: something in the command needs fixing)

# Variables:
#   $query (String) - what the person typed
cli-place-not-found = Walang lugar na “{ $query }” sa offline na listahan ng mga lugar. Subukan ang ibang baybay, ang pangalan sa Ingles o sa sarili nitong wika, o coordinates gaya ng 38.72,-9.14.
# Variables:
#   $reason (String) - what is wrong with the coordinates
cli-bad-coordinates = Wala sa mundo ang mga coordinates na iyan: { $reason }. Gamitin ang latitude,longitude sa decimal degrees, gaya ng 38.72,-9.14.
# Variables:
#   $reason (String) - what is wrong
cli-bad-filter = { $reason }
# Variables:
#   $id (String) - the reference asked for
cli-show-not-found = Walang serbisyong may reference na “{ $id }” sa direktoryong ginagamit. Maghanap muna para makita ang mga reference.
cli-bad-radius = Ang radius ay dapat positibong bilang ng kilometro, gaya ng 5 o 2.5.
cli-bad-limit = Ang limit ay dapat buong bilang mula 1 hanggang 1000.

## ponte places

# Variables:
#   $query (String) - what the person typed
cli-places-none = Walang lugar na tumutugma sa “{ $query }”.
cli-places-credit = Mga pangalan ng lugar: GeoNames (geonames.org), CC BY 4.0.
cli-col-place = Lugar
cli-col-country = Bansa
cli-col-population = Populasyon
cli-col-coordinates = Coordinates
cli-col-matched = Tumugma sa

## ponte show

cli-show-check-before = Alamin muna bago pumunta.
cli-show-directory = Direktoryo
