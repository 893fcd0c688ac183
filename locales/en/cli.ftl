# The `ponte` command line.

## ponte search

# Variables:
#   $place (String) - the place searched near, like "Lisbon"
#   $country (String) - its country, like "Portugal"
#   $point (String) - its coordinates, like "38.72509,-9.14980"
cli-search-near = Near { $place }, { $country } ({ $point })
# Variables:
#   $point (String) - coordinates, like "16.71000,98.57000"
cli-search-near-point = Near { $point }
# Variables:
#   $others (String) - other places with the same name, comma-separated
cli-search-also = Other places with this name: { $others }. Add a country code ("Cartagena, CO") or give coordinates.
cli-search-none = No service in the directory matches these filters, at any distance.
# Variables:
#   $radius (String) - the radius asked for, like "5 km"
#   $distance (String) - distance of the nearest result, like "37 km"
cli-search-widened = Nothing within { $radius }. The nearest matching services are farther away, starting at { $distance }.
# Variables:
#   $distance (String) - distance of the nearest result, like "120 km"
cli-search-far = The nearest matching service is { $distance } away.
# Variables:
#   $count (Number) - number of results shown
cli-search-count = { $count ->
    [one] 1 service
   *[other] { $count } services
}
# Variables:
#   $country (String) - country name, like "Portugal"
cli-search-phone-lines = Phone lines and emergency numbers for { $country }
cli-col-distance = Distance
cli-col-name = Name
cli-col-open = Now
cli-col-languages = Languages
cli-col-verified = Confirmed
cli-col-id = Reference
cli-col-notes = Notes
cli-hint-show = Details: ponte show <reference>

## Errors (exit code 2: something in the command needs fixing)

# Variables:
#   $query (String) - what the person typed
cli-place-not-found = No place called “{ $query }” in the offline gazetteer. Try another spelling, the name in English or in its own language, or coordinates like 38.72,-9.14.
# Variables:
#   $reason (String) - what is wrong with the coordinates
cli-bad-coordinates = Those coordinates are not on the globe: { $reason }. Use latitude,longitude in decimal degrees, like 38.72,-9.14.
# Variables:
#   $id (String) - the reference asked for
cli-show-not-found = No service with reference “{ $id }” in the directory in use. Search first to see references.
cli-bad-radius = The radius must be a positive number of kilometres, like 5 or 2.5.
cli-bad-limit = The limit must be a whole number from 1 to 1000.

## ponte places

# Variables:
#   $query (String) - what the person typed
cli-places-none = No place matches “{ $query }”.
cli-places-credit = Place names: GeoNames (geonames.org), CC BY 4.0.
cli-col-place = Place
cli-col-country = Country
cli-col-population = Population
cli-col-coordinates = Coordinates
cli-col-matched = Matched

## ponte show

cli-show-check-before = Check before you go.
cli-show-directory = Directory
