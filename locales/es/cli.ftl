# The `ponte` command line.

## ponte search

# Variables:
#   $place (String) - the place searched near, like "Lisbon"
#   $country (String) - its country, like "Portugal"
#   $point (String) - its coordinates, like "38.72509,-9.14980"
cli-search-near = Cerca de { $place }, { $country } ({ $point })
# Variables:
#   $point (String) - coordinates, like "16.71000,98.57000"
cli-search-near-point = Cerca de { $point }
# Variables:
#   $others (String) - other places with the same name, comma-separated
cli-search-also = Otros lugares con este nombre: { $others }. Agregue un código de país (“Cartagena, CO”) o indique coordenadas.
cli-search-none = Ningún servicio del directorio coincide con estos filtros, a ninguna distancia.
# Variables:
#   $radius (String) - the radius asked for, like "5 km"
#   $distance (String) - distance of the nearest result, like "37 km"
cli-search-widened = No hay nada a menos de { $radius }. Los servicios que coinciden más cercanos están más lejos, a partir de { $distance }.
# Variables:
#   $distance (String) - distance of the nearest result, like "120 km"
cli-search-far = El servicio que coincide más cercano está a { $distance }.
# Variables:
#   $count (Number) - number of results shown
cli-search-count = { $count ->
    [one] { $count } servicio
   *[other] { $count } servicios
}
# Variables:
#   $country (String) - country name, like "Portugal"
cli-search-phone-lines = Líneas telefónicas y números de emergencia de { $country }
cli-col-distance = Distancia
cli-col-name = Nombre
cli-col-open = Ahora
cli-col-languages = Idiomas
cli-col-verified = Confirmado
cli-col-id = Referencia
cli-col-notes = Notas
cli-hint-show = Detalles: ponte show <referencia>

## Errors (exit code 2: something in the command needs fixing)

# Variables:
#   $query (String) - what the person typed
cli-place-not-found = No hay ningún lugar llamado “{ $query }” en el índice geográfico sin conexión. Pruebe otra forma de escribirlo, el nombre en inglés o en el idioma del lugar, o coordenadas como 38.72,-9.14.
# Variables:
#   $reason (String) - what is wrong with the coordinates
cli-bad-coordinates = Esas coordenadas no están en el globo terrestre: { $reason }. Use latitud,longitud en grados decimales, como 38.72,-9.14.
# Variables:
#   $reason (String) - what is wrong
cli-bad-filter = { $reason }
# Variables:
#   $id (String) - the reference asked for
cli-show-not-found = No hay ningún servicio con la referencia “{ $id }” en el directorio que se está usando. Busque primero para ver las referencias.
cli-bad-radius = El radio debe ser un número positivo de kilómetros, como 5 o 2.5.
cli-bad-limit = El límite debe ser un número entero de 1 a 1000.

## ponte places

# Variables:
#   $query (String) - what the person typed
cli-places-none = Ningún lugar coincide con “{ $query }”.
cli-places-credit = Nombres de lugares: GeoNames (geonames.org), CC BY 4.0.
cli-col-place = Lugar
cli-col-country = País
cli-col-population = Población
cli-col-coordinates = Coordenadas
cli-col-matched = Coincidencia

## ponte show

cli-show-check-before = Verifique antes de ir.
cli-show-directory = Directorio
