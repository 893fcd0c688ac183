# The `ponte` command line.

## ponte search

# Variables:
#   $place (String) - the place searched near, like "Lisbon"
#   $country (String) - its country, like "Portugal"
#   $point (String) - its coordinates, like "38.72509,-9.14980"
cli-search-near = Près de { $place }, { $country } ({ $point })
# Variables:
#   $point (String) - coordinates, like "16.71000,98.57000"
cli-search-near-point = Près de { $point }
# Variables:
#   $others (String) - other places with the same name, comma-separated
cli-search-also = Autres lieux portant ce nom : { $others }. Ajoutez un code de pays (« Cartagena, CO ») ou indiquez des coordonnées.
cli-search-none = Aucun service de l'annuaire ne correspond à ces filtres, quelle que soit la distance.
# Variables:
#   $radius (String) - the radius asked for, like "5 km"
#   $distance (String) - distance of the nearest result, like "37 km"
cli-search-widened = Rien dans un rayon de { $radius }. Les services correspondants les plus proches sont plus loin, à partir de { $distance }.
# Variables:
#   $distance (String) - distance of the nearest result, like "120 km"
cli-search-far = Le service correspondant le plus proche est à { $distance }.
# Variables:
#   $count (Number) - number of results shown
cli-search-count = { $count ->
    [one] { $count } service
   *[other] { $count } services
}
# Variables:
#   $country (String) - country name, like "Portugal"
cli-search-phone-lines = Lignes téléphoniques et numéros d'urgence ({ $country })
cli-col-distance = Distance
cli-col-name = Nom
cli-col-open = Maintenant
cli-col-languages = Langues
cli-col-verified = Confirmé
cli-col-id = Référence
cli-col-notes = Remarques
cli-hint-show = Détails : ponte show <référence>

## Errors (exit code 2: something in the command needs fixing)

# Variables:
#   $query (String) - what the person typed
cli-place-not-found = Aucun lieu nommé « { $query } » dans l'index géographique hors ligne. Essayez une autre orthographe, le nom en anglais ou dans la langue du pays, ou des coordonnées comme 38.72,-9.14.
# Variables:
#   $reason (String) - what is wrong with the coordinates
cli-bad-coordinates = Ces coordonnées ne sont pas sur le globe : { $reason }. Indiquez latitude,longitude en degrés décimaux, comme 38.72,-9.14.
# Variables:
#   $reason (String) - what is wrong
cli-bad-filter = { $reason }
# Variables:
#   $id (String) - the reference asked for
cli-show-not-found = Aucun service avec la référence « { $id } » dans l'annuaire utilisé. Faites d'abord une recherche pour voir les références.
cli-bad-radius = Le rayon doit être un nombre positif de kilomètres, comme 5 ou 2.5.
cli-bad-limit = La limite doit être un nombre entier de 1 à 1000.

## ponte places

# Variables:
#   $query (String) - what the person typed
cli-places-none = Aucun lieu ne correspond à « { $query } ».
cli-places-credit = Noms de lieux : GeoNames (geonames.org), CC BY 4.0.
cli-col-place = Lieu
cli-col-country = Pays
cli-col-population = Population
cli-col-coordinates = Coordonnées
cli-col-matched = Correspondance

## ponte show

cli-show-check-before = Vérifiez avant d'y aller.
cli-show-directory = Annuaire
