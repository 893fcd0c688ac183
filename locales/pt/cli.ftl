# The `ponte` command line.

## ponte search

# Variables:
#   $place (String) - the place searched near, like "Lisbon"
#   $country (String) - its country, like "Portugal"
#   $point (String) - its coordinates, like "38.72509,-9.14980"
cli-search-near = Perto de { $place }, { $country } ({ $point })
# Variables:
#   $point (String) - coordinates, like "16.71000,98.57000"
cli-search-near-point = Perto de { $point }
# Variables:
#   $others (String) - other places with the same name, comma-separated
cli-search-also = Outros lugares com este nome: { $others }. Acrescente um código de país (“Cartagena, CO”) ou indique coordenadas.
cli-search-none = Nenhum serviço do diretório corresponde a estes filtros, a qualquer distância.
# Variables:
#   $radius (String) - the radius asked for, like "5 km"
#   $distance (String) - distance of the nearest result, like "37 km"
cli-search-widened = Nada a menos de { $radius }. Os serviços correspondentes mais próximos estão mais longe, a partir de { $distance }.
# Variables:
#   $distance (String) - distance of the nearest result, like "120 km"
cli-search-far = O serviço correspondente mais próximo fica a { $distance }.
# Variables:
#   $count (Number) - number of results shown
cli-search-count = { $count ->
    [one] { $count } serviço
   *[other] { $count } serviços
}
# Variables:
#   $country (String) - country name, like "Portugal"
cli-search-phone-lines = Linhas de telefone e números de emergência: { $country }
cli-col-distance = Distância
cli-col-name = Nome
cli-col-open = Agora
cli-col-languages = Línguas
cli-col-verified = Confirmado
cli-col-id = Referência
cli-col-notes = Notas
cli-hint-show = Detalhes: ponte show <referência>

## Errors (exit code 2: something in the command needs fixing)

# Variables:
#   $query (String) - what the person typed
cli-place-not-found = Nenhum lugar chamado “{ $query }” no índice geográfico offline. Tente outra grafia, o nome em inglês ou na língua do lugar, ou coordenadas como 38.72,-9.14.
# Variables:
#   $reason (String) - what is wrong with the coordinates
cli-bad-coordinates = Essas coordenadas não estão no globo: { $reason }. Use latitude,longitude em graus decimais, como 38.72,-9.14.
# Variables:
#   $reason (String) - what is wrong
cli-bad-filter = { $reason }
# Variables:
#   $id (String) - the reference asked for
cli-show-not-found = Nenhum serviço com a referência “{ $id }” no diretório em uso. Pesquise primeiro para ver as referências.
cli-bad-radius = O raio tem de ser um número positivo de km, como 5 ou 2.5.
cli-bad-limit = O limite tem de ser um número inteiro de 1 a 1000.

## ponte places

# Variables:
#   $query (String) - what the person typed
cli-places-none = Nenhum lugar corresponde a “{ $query }”.
cli-places-credit = Nomes de lugares: GeoNames (geonames.org), CC BY 4.0.
cli-col-place = Lugar
cli-col-country = País
cli-col-population = População
cli-col-coordinates = Coordenadas
cli-col-matched = Correspondência

## ponte show

cli-show-check-before = Confirme antes de ir.
cli-show-directory = Diretório
