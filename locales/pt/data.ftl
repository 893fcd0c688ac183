# NGO data in and out: HSDS and spreadsheet import, export and validation
# (`ponte import`, `ponte export`, `ponte validate`). Read by NGO volunteers: plain words,
# and always what to do.
# Style: neutral for Portugal and Brazil; "entrada" for a record (not "registo"/"registro"),
# "arquivo" for a file.

## Problems in the files themselves (nothing is imported while one stands)

# Variables:
#   $table (String) - the HSDS table, like "location"
#   $field (String) - the field, like "latitude"
#   $expected (String) - what the field must hold, like "a number"
#   $value (String) - the value found
data-bad-type = { $table }.{ $field } tem de ser { $expected }, mas é { $value }.
# Variables:
#   $table (String) - the HSDS table, like "service"
data-missing-id = Esta entrada de { $table } não tem id. Cada service, location, organization e service_at_location precisa de um.
data-bad-utf8 = Este texto não é UTF-8 válido. Guarde o arquivo em UTF-8 (nas folhas de cálculo/planilhas: “CSV UTF-8”).
# Variables:
#   $reason (String) - what the JSON reader said
data-bad-json = Isto não é JSON válido: { $reason }.
# Variables:
#   $table (String) - the file or table name
data-unknown-table = { $table } não é uma tabela HSDS que o Ponte conheça; não foi lida.
data-no-records = Nenhuma entrada HSDS encontrada neste arquivo.
data-unknown-object = O Ponte não consegue saber que tipo de objeto HSDS é este (service, organization, location ou service_at_location).
# Variables:
#   $bytes (String) - the size of the value
#   $limit (String) - the largest size allowed
data-too-long = Este valor tem { $bytes } bytes; o limite é { $limit }. Um valor tão longo é sinal de um arquivo danificado, não são dados de um serviço.
# Variables:
#   $cells (String) - cells in the row
#   $columns (String) - columns in the header
data-cell-count = Esta linha tem { $cells } células, mas o cabeçalho tem { $columns } colunas: falta ou sobra uma vírgula, ou há aspas que não foram fechadas?
# Variables:
#   $reason (String) - what the CSV reader said
data-bad-csv = Aqui o arquivo não é CSV válido: { $reason }.
# Variables:
#   $table (String) - the HSDS table
#   $value (String) - the id
data-duplicate-row = Outra linha de { $table } já tem o id “{ $value }”. Cada linha precisa do seu próprio id.
# Variables:
#   $table (String) - the table of the row
#   $field (String) - the link field, like "location_id"
#   $target (String) - the table it points to
#   $value (String) - the id it names
data-unknown-reference = { $table }.{ $field } indica { $target } “{ $value }”, que não está nos dados. Sem isso, esta linha não pode ser usada: acrescente a linha de { $target } que falta ou corrija o id.
# Variables:
#   $table (String) - the table of the row
#   $field (String) - the link field
#   $target (String) - the table it points to
#   $value (String) - the id it names
data-dangling-reference = { $table }.{ $field } indica { $target } “{ $value }”, que não está nos dados. O valor fica tal como está escrito.

## Mapping HSDS to Ponte

# Variables:
#   $need (String) - the need code given, like "health.mental"
#   $keyword (String) - the word that matched, like "counselling"
#   $text (String) - the name it was found in
data-needs-from-name = Nenhum termo da taxonomia diz o que este serviço oferece, por isso a necessidade { $need } foi deduzida da palavra “{ $keyword }” em “{ $text }”. Verifique.
# Variables:
#   $value (String) - the language as written
data-unknown-language-name = “{ $value }” não é uma língua que o Ponte reconheça; fica nos dados HSDS, mas não aparece como língua falada.
# Variables:
#   $lat (String) - the latitude given
#   $lon (String) - the longitude given
data-impossible-coordinates = As coordenadas { $lat }, { $lon } não são um lugar na Terra. Não foram usadas (a entrada é localizada pelo endereço, se possível) e ficam tal como estão escritas.
# Variables:
#   $value (String) - the phone number as written
data-unreadable-phone = “{ $value }” não é um número de telefone para o qual o Ponte consiga ligar; fica nos dados HSDS, mas não é mostrado.
# Variables:
#   $reason (String) - which part of the schedule, like "byweekno"
data-schedules-not-hours = Os horários (schedules) usam { $reason }, que o Ponte não consegue transformar em horário de funcionamento; ficam tal como estão escritos e não se sabe se está “aberto agora”.
data-no-services = Não há serviços nestes dados, por isso não há nada para importar (organizações e locais sozinhos não são pontos de serviço).
# Variables:
#   $lang (String) - the language code assumed
data-assumed-language = O HSDS não diz em que língua estão os textos; o Ponte assumiu “{ $lang }”. Se estiver errado, importe de novo com --text-lang.
# Variables:
#   $value (String) - the Ponte id
#   $other (String) - where the first record with this id is
data-duplicate-id = Duas entradas ficariam com o mesmo id Ponte “{ $value }” (a outra está em { $other }). Use --id-prefix ou corrija os ids.

## ponte validate: what to fix before publishing

data-unplaced = Este lugar não tem coordenadas nem uma localidade que o Ponte consiga encontrar, por isso não pode aparecer no mapa. Acrescente lat e lon, ou a localidade (locality).
# Variables:
#   $value (String) - the phone number
#   $country (String) - the record's country code, like "PT"
data-phone-unreadable = “{ $value }” não pode ser lido como número de telefone do país { $country }. Escreva-o com o código do país, como +351 21 000 0000.
# Variables:
#   $value (String) - the phone number
#   $country (String) - the record's country code
data-phone-not-valid = “{ $value }” não parece um número em uso no país { $country } (comprimento ou prefixo errado?). Verifique.
# Variables:
#   $date (String) - the verified_at date
#   $months (String) - the staleness threshold in months
data-stale = Última confirmação em { $date }, há mais de { $months } meses. Verifique se ainda está certo e atualize verified_at.
# Variables:
#   $value (String) - the source as written
data-source-not-public = A fonte “{ $value }” é um arquivo num computador, que os leitores não conseguem abrir. Indique um endereço web ou o nome de um documento (para HSDS: importe com --source).
# Variables:
#   $other (String) - the id of the other record
#   $metres (String) - the distance between them in metres
data-likely-duplicate = Mesmo nome que { $other }, a { $metres } m: o mesmo lugar inserido duas vezes?

## ponte import / export / validate: summaries

# Variables:
#   $services (Number) - records read
#   $errors (Number) - errors found
#   $warnings (Number) - warnings found
data-summary = { $services ->
    [0] 0 entradas
    [one] { $services } entrada
   *[other] { $services } entradas
}, { $errors ->
    [0] 0 erros
    [one] { $errors } erro
   *[other] { $errors } erros
}, { $warnings ->
    [0] 0 avisos
    [one] { $warnings } aviso
   *[other] { $warnings } avisos
}.
# Variables:
#   $source (Number) - places with coordinates from the source
#   $city (Number) - places put at their town's centre
#   $postal (Number) - places put at their postal code's centre
#   $unplaced (Number) - places not placed
data-placement = Lugares: { $source } com coordenadas da fonte, { $city } no centro da sua localidade, { $postal } no centro do seu código postal, { $unplaced } sem localização.
# Variables:
#   $count (Number) - places placed by town that gave a postal code
data-postal-not-used = { $count ->
    [one] { $count } lugar indicou um código postal que não foi usado: o Ponte ainda não tem dados de códigos postais offline, por isso foi colocado no centro da sua localidade.
   *[other] { $count } lugares indicaram um código postal que não foi usado: o Ponte ainda não tem dados de códigos postais offline, por isso foram colocados no centro da sua localidade.
}
# Variables:
#   $id (String) - the record's id
#   $reason (String) - why it was not placed
data-unplaced-item = sem localização: { $id }: { $reason }
data-fix-errors = Corrija os erros acima: nada foi escrito.
# Variables:
#   $path (String) - the file or folder written
data-written = Escrito: { $path }
# Variables:
#   $count (Number) - records exported
#   $path (String) - where
data-exported = { $count ->
    [0] 0 entradas exportadas para { $path }.
    [one] { $count } entrada exportada para { $path }.
   *[other] { $count } entradas exportadas para { $path }.
}
# Variables:
#   $done (Number) - records done
#   $total (Number) - records in all
data-progress = { $done } de { $total }…
data-example-row = Esta é a linha de exemplo do modelo: apague-a antes de publicar.
# Variables:
#   $count (Number) - records without a point
data-geojson-left-out = { $count ->
    [one] { $count } entrada não tem ponto (uma linha de telefone, ou um lugar que ainda não está no mapa) e não está no GeoJSON.
   *[other] { $count } entradas não têm ponto (linhas de telefone, ou lugares que ainda não estão no mapa) e não estão no GeoJSON.
}

## ponte import / export: bad options

# Variables:
#   $value (String) - what was given
data-bad-text-lang = --text-lang “{ $value }” não é um código de língua (ISO 639-1 ou 639-3, como pt ou kea).
# Variables:
#   $value (String) - what was given
data-bad-verified-at = --verified-at “{ $value }” não é uma data como 2024-03-19.
# Variables:
#   $path (String) - the source given
data-looks-like-hsds = { $path } parece HSDS: use `ponte import hsds`.
# Variables:
#   $path (String) - the source given
data-not-hsds = { $path } não é HSDS (um arquivo .json, ou uma pasta com um pacote CSV HSDS): use `ponte import csv` para o modelo.
