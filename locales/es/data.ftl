# NGO data in and out: HSDS and spreadsheet import, export and validation
# (`ponte import`, `ponte export`, `ponte validate`). Read by NGO volunteers: plain words,
# and always what to do.

## Problems in the files themselves (nothing is imported while one stands)

# Variables:
#   $table (String) - the HSDS table, like "location"
#   $field (String) - the field, like "latitude"
#   $expected (String) - what the field must hold, like "a number"
#   $value (String) - the value found
data-bad-type = { $table }.{ $field } debe ser { $expected }, pero es { $value }.
# Variables:
#   $table (String) - the HSDS table, like "service"
data-missing-id = Este registro de { $table } no tiene id. Cada service, location, organization y service_at_location necesita uno.
data-bad-utf8 = Este texto no es UTF-8 válido. Guarde el archivo como UTF-8 (en una hoja de cálculo: “CSV UTF-8”).
# Variables:
#   $reason (String) - what the JSON reader said
data-bad-json = Esto no es JSON válido: { $reason }.
# Variables:
#   $table (String) - the file or table name
data-unknown-table = { $table } no es una tabla HSDS que Ponte conozca; no se leyó.
data-no-records = No se encontraron registros HSDS en este archivo.
data-unknown-object = Ponte no puede saber qué tipo de objeto HSDS es este (service, organization, location o service_at_location).
# Variables:
#   $bytes (String) - the size of the value
#   $limit (String) - the largest size allowed
data-too-long = Este valor mide { $bytes } bytes; el límite es { $limit }. Un valor tan largo indica un archivo dañado, no datos de un servicio.
# Variables:
#   $cells (String) - cells in the row
#   $columns (String) - columns in the header
data-cell-count = Esta fila tiene { $cells } celdas, pero el encabezado tiene { $columns } columnas: ¿falta o sobra una coma, o hay comillas sin cerrar?
# Variables:
#   $reason (String) - what the CSV reader said
data-bad-csv = Aquí el archivo no es CSV válido: { $reason }.
# Variables:
#   $table (String) - the HSDS table
#   $value (String) - the id
data-duplicate-row = Otra fila de { $table } ya tiene el id “{ $value }”. Cada fila necesita su propio id.
# Variables:
#   $table (String) - the table of the row
#   $field (String) - the link field, like "location_id"
#   $target (String) - the table it points to
#   $value (String) - the id it names
data-unknown-reference = { $table }.{ $field } indica { $target } “{ $value }”, que no está en los datos. Sin eso, esta fila no se puede usar: agregue la fila de { $target } que falta o corrija el id.
# Variables:
#   $table (String) - the table of the row
#   $field (String) - the link field
#   $target (String) - the table it points to
#   $value (String) - the id it names
data-dangling-reference = { $table }.{ $field } indica { $target } “{ $value }”, que no está en los datos. El valor se conserva tal como está escrito.

## Mapping HSDS to Ponte

# Variables:
#   $need (String) - the need code given, like "health.mental"
#   $keyword (String) - the word that matched, like "counselling"
#   $text (String) - the name it was found in
data-needs-from-name = Ningún término de la taxonomía dice qué ofrece este servicio, así que la necesidad { $need } se tomó de la palabra “{ $keyword }” en “{ $text }”. Revísela.
# Variables:
#   $value (String) - the language as written
data-unknown-language-name = “{ $value }” no es un idioma que Ponte reconozca; se conserva en los datos HSDS, pero no aparece como idioma hablado.
# Variables:
#   $lat (String) - the latitude given
#   $lon (String) - the longitude given
data-impossible-coordinates = Las coordenadas { $lat }, { $lon } no son un lugar de la Tierra. No se usaron (el registro se ubica por su dirección, si es posible) y se conservan tal como están escritas.
# Variables:
#   $value (String) - the phone number as written
data-unreadable-phone = “{ $value }” no es un número de teléfono que Ponte pueda marcar; se conserva en los datos HSDS, pero no se muestra.
# Variables:
#   $reason (String) - which part of the schedule, like "byweekno"
data-schedules-not-hours = Los horarios (schedules) usan { $reason }, que Ponte no puede convertir en horario de atención; se conservan tal como están escritos y no se sabe si está “abierto ahora”.
data-no-services = No hay servicios en estos datos, así que no hay nada que importar (las organizaciones y ubicaciones solas no son puntos de servicio).
# Variables:
#   $lang (String) - the language code assumed
data-assumed-language = HSDS no dice en qué idioma están los textos; Ponte supuso “{ $lang }”. Si no es correcto, vuelva a importar con --text-lang.
# Variables:
#   $value (String) - the Ponte id
#   $other (String) - where the first record with this id is
data-duplicate-id = Dos registros tendrían el mismo id de Ponte “{ $value }” (el otro está en { $other }). Use --id-prefix o corrija los ids.

## ponte validate: what to fix before publishing

data-unplaced = Este lugar no tiene coordenadas ni una localidad que Ponte pudiera encontrar, así que no se puede mostrar en el mapa. Agregue lat y lon, o la localidad (locality).
# Variables:
#   $value (String) - the phone number
#   $country (String) - the record's country code, like "PT"
data-phone-unreadable = “{ $value }” no se puede leer como número de teléfono del país { $country }. Escríbalo con el código del país, como +351 21 000 0000.
# Variables:
#   $value (String) - the phone number
#   $country (String) - the record's country code
data-phone-not-valid = “{ $value }” no parece un número en uso en el país { $country } (¿largo o prefijo equivocado?). Revíselo.
# Variables:
#   $date (String) - the verified_at date
#   $months (String) - the staleness threshold in months
data-stale = Última confirmación el { $date }, hace más de { $months } meses. Revise que siga siendo correcto y actualice verified_at.
# Variables:
#   $value (String) - the source as written
data-source-not-public = La fuente “{ $value }” es un archivo en una computadora, que los lectores no pueden abrir. Indique una dirección web o el nombre de un documento (para HSDS: importe con --source).
# Variables:
#   $other (String) - the id of the other record
#   $metres (String) - the distance between them in metres
data-likely-duplicate = Mismo nombre que { $other }, a { $metres } m: ¿el mismo lugar ingresado dos veces?

## ponte import / export / validate: summaries

# Variables:
#   $services (Number) - records read
#   $errors (Number) - errors found
#   $warnings (Number) - warnings found
data-summary = { $services ->
    [one] { $services } registro
   *[other] { $services } registros
}, { $errors ->
    [one] { $errors } error
   *[other] { $errors } errores
}, { $warnings ->
    [one] { $warnings } advertencia
   *[other] { $warnings } advertencias
}.
# Variables:
#   $source (Number) - places with coordinates from the source
#   $city (Number) - places put at their town's centre
#   $postal (Number) - places put at their postal code's centre
#   $unplaced (Number) - places not placed
data-placement = Lugares: { $source } con coordenadas de la fuente, { $city } en el centro de su localidad, { $postal } en el centro de su código postal, { $unplaced } sin ubicar.
# Variables:
#   $count (Number) - places placed by town that gave a postal code
data-postal-not-used = { $count ->
    [one] { $count } lugar dio un código postal que no se usó: Ponte todavía no tiene datos de códigos postales sin conexión, así que se ubicó en el centro de su localidad.
   *[other] { $count } lugares dieron un código postal que no se usó: Ponte todavía no tiene datos de códigos postales sin conexión, así que se ubicaron en el centro de su localidad.
}
# Variables:
#   $id (String) - the record's id
#   $reason (String) - why it was not placed
data-unplaced-item = sin ubicar: { $id }: { $reason }
data-fix-errors = Corrija los errores de arriba: no se escribió nada.
# Variables:
#   $path (String) - the file or folder written
data-written = Escrito: { $path }
# Variables:
#   $count (Number) - records exported
#   $path (String) - where
data-exported = { $count ->
    [one] Se exportó { $count } registro a { $path }.
   *[other] Se exportaron { $count } registros a { $path }.
}
# Variables:
#   $done (Number) - records done
#   $total (Number) - records in all
data-progress = { $done } de { $total }…
data-example-row = Esta es la fila de ejemplo de la plantilla: bórrela antes de publicar.
# Variables:
#   $count (Number) - records without a point
data-geojson-left-out = { $count ->
    [one] { $count } registro no tiene punto (una línea telefónica, o un lugar que todavía no está en el mapa) y no está en el GeoJSON.
   *[other] { $count } registros no tienen punto (líneas telefónicas, o lugares que todavía no están en el mapa) y no están en el GeoJSON.
}

## ponte import / export: bad options

# Variables:
#   $value (String) - what was given
data-bad-text-lang = --text-lang “{ $value }” no es un código de idioma (ISO 639-1 o 639-3, como pt o kea).
# Variables:
#   $value (String) - what was given
data-bad-verified-at = --verified-at “{ $value }” no es una fecha como 2024-03-19.
# Variables:
#   $path (String) - the source given
data-looks-like-hsds = { $path } parece HSDS: use `ponte import hsds`.
# Variables:
#   $path (String) - the source given
data-not-hsds = { $path } no es HSDS (un archivo .json, o una carpeta con un paquete CSV de HSDS): use `ponte import csv` para la plantilla.
