# Problems in directory spreadsheets (the template in data/README.md), shown by
# `ponte validate`, `ponte directory build` and `ponte import csv`, and placing rows on the
# map. Read by NGO volunteers: say what is wrong and what to do.
# Nota: português europeu ("ficheiro", "folha de cálculo"). Os nomes das colunas e os valores
# do modelo (name, lat, lon, locality, needs, geo_precision, geonames_id, yes/no/unknown...)
# ficam como estão, entre aspas.

## Reading the file

# Variables:
#   $reason (String) - what the operating system said
src-cannot-read = Não é possível ler o ficheiro: { $reason }
src-empty-file = O ficheiro está vazio: a primeira linha tem de ser o cabeçalho, com os nomes das colunas.
src-header-not-utf8 = O cabeçalho não é UTF-8 válido. Guarde o ficheiro como CSV (UTF-8).
# Variables:
#   $column (String) - a required column's name
src-missing-column = O cabeçalho não tem a coluna “{ $column }”. Veja as colunas em data/README.md.
# Variables:
#   $column (String) - a column name
#   $first (String) - the number of the first column with that name
#   $second (String) - the number of the second one
src-duplicate-column = A coluna “{ $column }” aparece duas vezes (colunas { $first } e { $second }).
# Variables:
#   $lang (String) - the language code after the colon
#   $column (String) - the whole column name, like "name:xx"
src-unknown-column-language = “{ $lang }” na coluna “{ $column }” não é um código de língua conhecido.
# Variables:
#   $cells (String) - cells in the row
#   $columns (String) - columns in the header
src-cell-count = Esta linha tem { $cells } células, mas o cabeçalho tem { $columns } colunas: falta ou sobra uma vírgula, ou há aspas que não foram fechadas?
# Variables:
#   $reason (String) - what the CSV reader said
src-bad-csv = Aqui o ficheiro não é CSV válido: { $reason }
# Variables:
#   $bytes (String) - the size of the cell
#   $limit (String) - the largest size allowed
src-too-long = Esta célula tem { $bytes } bytes; o limite é { $limit }.
# Variables:
#   $offset (String) - how many bytes of the cell are valid
src-bad-utf8 = Esta célula não é UTF-8 válido (depois do byte { $offset }). Guarde o ficheiro como CSV (UTF-8).

## One row

# Variables:
#   $id (String) - the repeated id
#   $where (String) - where it was first used, like "pt.csv:12"
src-duplicate-id = O id “{ $id }” já é usado em { $where }. Cada linha precisa do seu próprio id.
# Variables:
#   $column (String) - the column's name
src-required = “{ $column }” é obrigatório.
# Variables:
#   $column (String) - the column's name, like "description"
src-translation-without-original = “{ $column }” está vazio, mas tem traduções: preencha “{ $column }” na língua da própria linha.
# Variables:
#   $id (String) - the id as written
src-bad-id = O id “{ $id }” só pode ter letras minúsculas sem acentos (a-z), algarismos, “.”, “_” e “-” (no máximo 100 caracteres).
# Variables:
#   $value (String) - the value as written
src-bad-kind = “{ $value }” não é um destes valores: place, phone-line, emergency.
# Variables:
#   $value (String) - the value as written
src-bad-answer = “{ $value }” não é um destes valores: yes, no, unknown.
# Variables:
#   $code (String) - the code as written
src-bad-language = “{ $code }” não é um código de língua conhecido (ISO 639-1 como “pt”, ou ISO 639-3 como “kea”).
# Variables:
#   $code (String) - the code as written
#   $known (String) - the codes that exist, comma-separated
src-bad-need = “{ $code }” não é um código de necessidade. Os códigos são: { $known }
src-needs-required = “needs” é obrigatório: pelo menos um código de necessidade.
# Variables:
#   $code (String) - the code as written
#   $known (String) - the codes that exist, comma-separated
src-bad-group = “{ $code }” não é um grupo. Os grupos são: { $known }
# Variables:
#   $value (String) - the value as written
src-bad-country = “{ $value }” não é um código de país de duas letras como PT.
# Variables:
#   $value (String) - the value as written
src-bad-geonames-id = “{ $value }” não é um id do GeoNames (um número inteiro). Encontre-o com: ponte places "Town, PT" --json
# Variables:
#   $value (String) - the value as written
src-bad-timezone = “{ $value }” não é um fuso horário. Use um nome IANA como Europe/Lisbon, ou deixe vazio.
# Variables:
#   $hours (String) - the opening hours as written
#   $position (String) - the character where reading stopped, counted from 1
src-bad-hours = Não é possível ler o horário “{ $hours }” a partir do carácter { $position }. O texto é guardado e mostrado tal como está escrito, e “Aberto agora” fica desconhecido. Use a sintaxe do OpenStreetMap, como Mo-Fr 09:00-17:00.
# Variables:
#   $value (String) - the value as written
src-bad-date = “{ $value }” não é uma data como 2024-03-19.
# Variables:
#   $value (String) - the date as written
src-future-date = { $value } está no futuro.
# Variables:
#   $value (String) - the value as written
src-bad-uncertainty = “{ $value }” não é uma distância em metros (um número, 0 ou mais).
# Variables:
#   $value (String) - the value as written
src-bad-precision = “{ $value }” não é um destes valores: exact, address, city, postal-code.
src-unplaceable = Um lugar precisa de lat e lon, ou pelo menos de uma localidade em “locality”, para ser encontrado no mapa.
src-exact-without-coordinates = geo_precision é “exact”, mas lat e lon estão vazios.
src-half-coordinates = Indique lat e lon, ou nenhum dos dois.
src-null-island = 0,0 fica no oceano Atlântico: é um valor provisório, não uma localização.
# Variables:
#   $value (String) - the latitude as written
src-bad-latitude = A latitude { $value } não está entre -90 e 90.
# Variables:
#   $value (String) - the longitude as written
src-bad-longitude = A longitude { $value } não está entre -180 e 180.
# Variables:
#   $value (String) - the value as written
src-not-degrees = “{ $value }” não é um número decimal de graus, como 38.7249.
# Variables:
#   $number (String) - the number as written
src-bad-phone = “{ $number }” não é um número de telefone: use algarismos, espaços e um + no início, e ponha as notas entre parênteses depois do número.

## Placing rows on the map

# Variables:
#   $value (String) - the code as written
place-bad-country = “{ $value }” não é um código de país ISO 3166-1.
# Variables:
#   $id (String) - the GeoNames id
#   $name (String) - the place it names
#   $found (String) - that place's country
#   $country (String) - the row's country
place-geonames-other-country = O id do GeoNames { $id } é { $name }, no país { $found }, e não no país { $country }.
# Variables:
#   $id (String) - the GeoNames id
place-geonames-unknown = O id do GeoNames { $id } não está no índice geográfico offline (localidades com 1000 habitantes ou mais nos países do diretório predefinido, 5000 ou mais nos outros). Indique lat e lon em vez disso.
# Variables:
#   $town (String) - the town as written
#   $country (String) - the row's country code
place-town-not-found = A localidade “{ $town }” não está no índice geográfico offline para { $country }. Acrescente lat e lon, ou o geonames_id da localidade (experimente: ponte places "{ $town }, { $country }" --json).
# Variables:
#   $count (String) - how many towns have the name
#   $country (String) - the row's country code
#   $town (String) - the town as written
#   $list (String) - the towns, with their geonames_id, coordinates and population
place-ambiguous-town = Há { $count } localidades em { $country } chamadas “{ $town }”: { $list }. Acrescente o geonames_id certo (ou lat e lon) para a linha não ficar na localidade errada.
# Variables:
#   $km (String) - the distance in kilometres
#   $place (String) - the nearest town to the coordinates
#   $found (String) - that town's country code
#   $country (String) - the row's country code
place-outside-country = As coordenadas estão a { $km } km de { $place } ({ $found }), mas o país é { $country }: lat e lon estão trocados, ou o país está errado?

## Labels in reports

diag-error = erro
diag-warning = aviso
# Variables:
#   $count (Number) - how many errors
diag-nothing-changed = { $count ->
    [one] { $count } erro nas fontes: nada foi construído nem alterado.
   *[other] { $count } erros nas fontes: nada foi construído nem alterado.
}

## ponte directory build and ponte directory info

# Variables:
#   $file (String) - the database written
#   $count (Number) - services in it
#   $placed (Number) - how many were placed at their town's centre
dir-built = { $file }: { $count ->
    [one] { $count } serviço
   *[other] { $count } serviços
} ({ $placed } colocados no centro da sua localidade)
# Variables:
#   $bundle (String) - the directory's bundle id
#   $sequence (String) - its sequence number
dir-info-bundle = Pacote: { $bundle } (sequência { $sequence })
# Variables:
#   $count (Number) - services in the directory
dir-info-services = Serviços: { $count }
# Variables:
#   $path (String) - the database file
dir-info-file = Ficheiro: { $path }
# Variables:
#   $path (String) - the data folder
dir-info-data-dir = Pasta de dados: { $path }

## Command-line options that need fixing

# Variables:
#   $value (String) - the time as written
cli-bad-time = “{ $value }” não é uma hora como 2026-11-23T10:00:00Z.
