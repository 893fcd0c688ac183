# Problems in directory spreadsheets (the template in data/README.md), shown by
# `ponte validate`, `ponte directory build` and `ponte import csv`, and placing rows on the
# map. Read by NGO volunteers: say what is wrong and what to do.

## Reading the file

# Variables:
#   $reason (String) - what the operating system said
src-cannot-read = No se puede leer el archivo: { $reason }
src-empty-file = El archivo está vacío: su primera fila debe ser el encabezado, con los nombres de las columnas.
src-header-not-utf8 = El encabezado no es UTF-8 válido. Guarde el archivo como CSV (UTF-8).
# Variables:
#   $column (String) - a required column's name
src-missing-column = El encabezado no tiene la columna “{ $column }”. Vea las columnas en data/README.md.
# Variables:
#   $column (String) - a column name
#   $first (String) - the number of the first column with that name
#   $second (String) - the number of the second one
src-duplicate-column = La columna “{ $column }” aparece dos veces (columnas { $first } y { $second }).
# Variables:
#   $lang (String) - the language code after the colon
#   $column (String) - the whole column name, like "name:xx"
src-unknown-column-language = “{ $lang }”, en la columna “{ $column }”, no es un código de idioma conocido.
# Variables:
#   $cells (String) - cells in the row
#   $columns (String) - columns in the header
src-cell-count = Esta fila tiene { $cells } celdas, pero el encabezado tiene { $columns } columnas: ¿falta o sobra una coma, o hay comillas sin cerrar?
# Variables:
#   $reason (String) - what the CSV reader said
src-bad-csv = Aquí el archivo no es CSV válido: { $reason }
# Variables:
#   $bytes (String) - the size of the cell
#   $limit (String) - the largest size allowed
src-too-long = Esta celda tiene { $bytes } bytes; el límite es { $limit }.
# Variables:
#   $offset (String) - how many bytes of the cell are valid
src-bad-utf8 = Esta celda no es UTF-8 válido (después del byte { $offset }). Guarde el archivo como CSV (UTF-8).

## One row

# Variables:
#   $id (String) - the repeated id
#   $where (String) - where it was first used, like "pt.csv:12"
src-duplicate-id = El id “{ $id }” ya se usa en { $where }. Cada fila necesita su propio id.
# Variables:
#   $column (String) - the column's name
src-required = “{ $column }” es obligatorio.
# Variables:
#   $column (String) - the column's name, like "description"
src-translation-without-original = “{ $column }” está vacío pero tiene traducciones: complete “{ $column }” en el idioma propio de la fila.
# Variables:
#   $id (String) - the id as written
src-bad-id = El id “{ $id }” solo puede tener letras minúsculas, dígitos, “.”, “_” y “-” (100 caracteres como máximo).
# Variables:
#   $value (String) - the value as written
src-bad-kind = “{ $value }” no es uno de estos valores: place, phone-line, emergency.
# Variables:
#   $value (String) - the value as written
src-bad-answer = “{ $value }” no es uno de estos valores: yes, no, unknown.
# Variables:
#   $code (String) - the code as written
src-bad-language = “{ $code }” no es un código de idioma conocido (ISO 639-1 como “pt”, o ISO 639-3 como “kea”).
# Variables:
#   $code (String) - the code as written
#   $known (String) - the codes that exist, comma-separated
src-bad-need = “{ $code }” no es un código de necesidad. Los códigos son: { $known }
src-needs-required = “needs” es obligatorio: al menos un código de necesidad.
# Variables:
#   $code (String) - the code as written
#   $known (String) - the codes that exist, comma-separated
src-bad-group = “{ $code }” no es un grupo. Los grupos son: { $known }
# Variables:
#   $value (String) - the value as written
src-bad-country = “{ $value }” no es un código de país de dos letras, como PT.
# Variables:
#   $value (String) - the value as written
src-bad-geonames-id = “{ $value }” no es un id de GeoNames (un número entero). Búsquelo con: ponte places "Ciudad, PT" --json
# Variables:
#   $value (String) - the value as written
src-bad-timezone = “{ $value }” no es una zona horaria. Use un nombre IANA como Europe/Lisbon, o déjelo vacío.
# Variables:
#   $hours (String) - the opening hours as written
#   $position (String) - the character where reading stopped, counted from 1
src-bad-hours = No se puede leer el horario “{ $hours }” a partir del carácter { $position }. El texto se conserva y se muestra tal como está escrito, y no se sabe si está “Abierto ahora”. Use la sintaxis de OpenStreetMap, como Mo-Fr 09:00-17:00.
# Variables:
#   $value (String) - the value as written
src-bad-date = “{ $value }” no es una fecha como 2024-03-19.
# Variables:
#   $value (String) - the date as written
src-future-date = { $value } está en el futuro.
# Variables:
#   $value (String) - the value as written
src-bad-uncertainty = “{ $value }” no es una distancia en metros (un número, 0 o más).
# Variables:
#   $value (String) - the value as written
src-bad-precision = “{ $value }” no es uno de estos valores: exact, address, city, postal-code.
src-unplaceable = Para ubicar un lugar en el mapa hacen falta lat y lon, o al menos una ciudad en “locality”.
src-exact-without-coordinates = geo_precision es “exact”, pero lat y lon están vacíos.
src-half-coordinates = Indique lat y lon juntos, o ninguno de los dos.
src-null-island = 0,0 está en el océano Atlántico: es un valor de relleno, no una ubicación.
# Variables:
#   $value (String) - the latitude as written
src-bad-latitude = La latitud { $value } no está entre -90 y 90.
# Variables:
#   $value (String) - the longitude as written
src-bad-longitude = La longitud { $value } no está entre -180 y 180.
# Variables:
#   $value (String) - the value as written
src-not-degrees = “{ $value }” no es un número decimal de grados, como 38.7249.
# Variables:
#   $number (String) - the number as written
src-bad-phone = “{ $number }” no es un número de teléfono: use dígitos, espacios y un + al inicio, y ponga las notas entre paréntesis después del número.

## Placing rows on the map

# Variables:
#   $value (String) - the code as written
place-bad-country = “{ $value }” no es un código de país ISO 3166-1.
# Variables:
#   $id (String) - the GeoNames id
#   $name (String) - the place it names
#   $found (String) - that place's country
#   $country (String) - the row's country
place-geonames-other-country = El id de GeoNames { $id } es { $name }, en { $found }, no en { $country }.
# Variables:
#   $id (String) - the GeoNames id
place-geonames-unknown = El id de GeoNames { $id } no está en el índice geográfico sin conexión (ciudades de 1000 habitantes o más en los países del directorio predeterminado, de 5000 o más en los demás). Indique lat y lon en su lugar.
# Variables:
#   $town (String) - the town as written
#   $country (String) - the row's country code
place-town-not-found = La ciudad “{ $town }” no está en el índice geográfico sin conexión de { $country }. Agregue lat y lon, o el geonames_id de la ciudad (pruebe: ponte places "{ $town }, { $country }" --json).
# Variables:
#   $count (String) - how many towns have the name
#   $country (String) - the row's country code
#   $town (String) - the town as written
#   $list (String) - the towns, with their geonames_id, coordinates and population
place-ambiguous-town = En { $country } hay { $count } ciudades llamadas “{ $town }”: { $list }. Agregue el geonames_id correcto (o lat y lon) para que la fila no se ubique en la equivocada.
# Variables:
#   $km (String) - the distance in kilometres
#   $place (String) - the nearest town to the coordinates
#   $found (String) - that town's country code
#   $country (String) - the row's country code
place-outside-country = Las coordenadas están a { $km } km de { $place } ({ $found }), pero el país es { $country }: ¿están lat y lon invertidos, o el país está mal?

## Labels in reports

diag-error = error
diag-warning = advertencia
# Variables:
#   $count (Number) - how many errors
diag-nothing-changed = { $count ->
    [one] { $count } error en las fuentes: no se creó ni se cambió nada.
   *[other] { $count } errores en las fuentes: no se creó ni se cambió nada.
}

## ponte directory build and ponte directory info

# Variables:
#   $file (String) - the database written
#   $count (Number) - services in it
#   $placed (Number) - how many were placed at their town's centre
dir-built = { $file }: { $count ->
    [one] { $count } servicio
   *[other] { $count } servicios
} (ubicados en el centro de su ciudad: { $placed })
# Variables:
#   $bundle (String) - the directory's bundle id
#   $sequence (String) - its sequence number
dir-info-bundle = Paquete: { $bundle } (número de secuencia { $sequence })
# Variables:
#   $count (Number) - services in the directory
dir-info-services = Servicios: { $count }
# Variables:
#   $path (String) - the database file
dir-info-file = Archivo: { $path }
# Variables:
#   $path (String) - the data folder
dir-info-data-dir = Carpeta de datos: { $path }

## Command-line options that need fixing

# Variables:
#   $value (String) - the time as written
cli-bad-time = “{ $value }” no es una hora como 2026-11-23T10:00:00Z.
