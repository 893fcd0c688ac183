# Problems in directory spreadsheets (the template in data/README.md), shown by
# `ponte validate`, `ponte directory build` and `ponte import csv`, and placing rows on the
# map. Read by NGO volunteers: say what is wrong and what to do.

## Reading the file

# Variables:
#   $reason (String) - what the operating system said
src-cannot-read = Impossible de lire le fichier : { $reason }
src-empty-file = Le fichier est vide : sa première ligne doit être l'en-tête, avec les noms des colonnes.
src-header-not-utf8 = L'en-tête n'est pas en UTF-8 valide. Enregistrez le fichier en CSV (UTF-8).
# Variables:
#   $column (String) - a required column's name
src-missing-column = L'en-tête n'a pas de colonne « { $column } ». Voir data/README.md pour les colonnes.
# Variables:
#   $column (String) - a column name
#   $first (String) - the number of the first column with that name
#   $second (String) - the number of the second one
src-duplicate-column = La colonne « { $column } » apparaît deux fois (colonnes { $first } et { $second }).
# Variables:
#   $lang (String) - the language code after the colon
#   $column (String) - the whole column name, like "name:xx"
src-unknown-column-language = « { $lang } » dans la colonne « { $column } » n'est pas un code de langue connu.
# Variables:
#   $cells (String) - cells in the row
#   $columns (String) - columns in the header
src-cell-count = Cette ligne a { $cells } cellules, mais l'en-tête a { $columns } colonnes : une virgule en trop ou en moins, ou un guillemet pas fermé ?
# Variables:
#   $reason (String) - what the CSV reader said
src-bad-csv = Le fichier n'est pas un CSV valide à cet endroit : { $reason }
# Variables:
#   $bytes (String) - the size of the cell
#   $limit (String) - the largest size allowed
src-too-long = Cette cellule fait { $bytes } octets ; la limite est de { $limit }.
# Variables:
#   $offset (String) - how many bytes of the cell are valid
src-bad-utf8 = Cette cellule n'est pas en UTF-8 valide (après l'octet { $offset }). Enregistrez le fichier en CSV (UTF-8).

## One row

# Variables:
#   $id (String) - the repeated id
#   $where (String) - where it was first used, like "pt.csv:12"
src-duplicate-id = L'id « { $id } » est déjà utilisé en { $where }. Chaque ligne doit avoir son propre id.
# Variables:
#   $column (String) - the column's name
src-required = « { $column } » est obligatoire.
# Variables:
#   $column (String) - the column's name, like "description"
src-translation-without-original = « { $column } » est vide mais a des traductions : remplissez « { $column } » dans la langue de la ligne.
# Variables:
#   $id (String) - the id as written
src-bad-id = L'id « { $id } » ne peut contenir que des lettres minuscules sans accent (a-z), des chiffres, « . », « _ » et « - » (100 caractères au plus).
# Variables:
#   $value (String) - the value as written
src-bad-kind = « { $value } » n'est pas l'une de ces valeurs : place, phone-line, emergency.
# Variables:
#   $value (String) - the value as written
src-bad-answer = « { $value } » n'est pas l'une de ces valeurs : yes, no, unknown.
# Variables:
#   $code (String) - the code as written
src-bad-language = « { $code } » n'est pas un code de langue connu (ISO 639-1 comme « pt », ou ISO 639-3 comme « kea »).
# Variables:
#   $code (String) - the code as written
#   $known (String) - the codes that exist, comma-separated
src-bad-need = « { $code } » n'est pas un code de besoin. Les codes sont : { $known }
src-needs-required = « needs » est obligatoire : au moins un code de besoin.
# Variables:
#   $code (String) - the code as written
#   $known (String) - the codes that exist, comma-separated
src-bad-group = « { $code } » n'est pas un groupe. Les groupes sont : { $known }
# Variables:
#   $value (String) - the value as written
src-bad-country = « { $value } » n'est pas un code de pays à deux lettres comme PT.
# Variables:
#   $value (String) - the value as written
src-bad-geonames-id = « { $value } » n'est pas un id GeoNames (un nombre entier). Trouvez-le avec : ponte places "Town, PT" --json
# Variables:
#   $value (String) - the value as written
src-bad-timezone = « { $value } » n'est pas un fuseau horaire. Utilisez un nom IANA comme Europe/Lisbon, ou laissez la cellule vide.
# Variables:
#   $hours (String) - the opening hours as written
#   $position (String) - the character where reading stopped, counted from 1
src-bad-hours = Impossible de lire les horaires « { $hours } » à partir du caractère { $position }. Le texte est gardé et affiché tel quel, et « Ouvert maintenant » est inconnu. Utilisez la syntaxe OpenStreetMap, comme Mo-Fr 09:00-17:00.
# Variables:
#   $value (String) - the value as written
src-bad-date = « { $value } » n'est pas une date comme 2024-03-19.
# Variables:
#   $value (String) - the date as written
src-future-date = { $value } est dans le futur.
# Variables:
#   $value (String) - the value as written
src-bad-uncertainty = « { $value } » n'est pas une distance en mètres (un nombre, 0 ou plus).
# Variables:
#   $value (String) - the value as written
src-bad-precision = « { $value } » n'est pas l'une de ces valeurs : exact, address, city, postal-code.
src-unplaceable = Un lieu a besoin de lat et lon, ou au moins d'une ville dans « locality », pour être trouvé sur la carte.
src-exact-without-coordinates = geo_precision vaut « exact », mais lat et lon sont vides.
src-half-coordinates = Donnez lat et lon, ou aucun des deux.
src-null-island = 0,0 est dans l'océan Atlantique : c'est une valeur provisoire, pas un lieu.
# Variables:
#   $value (String) - the latitude as written
src-bad-latitude = La latitude { $value } n'est pas entre -90 et 90.
# Variables:
#   $value (String) - the longitude as written
src-bad-longitude = La longitude { $value } n'est pas entre -180 et 180.
# Variables:
#   $value (String) - the value as written
src-not-degrees = « { $value } » n'est pas un nombre décimal de degrés, comme 38.7249.
# Variables:
#   $number (String) - the number as written
src-bad-phone = « { $number } » n'est pas un numéro de téléphone : utilisez des chiffres, des espaces et un + au début, et mettez les remarques entre parenthèses après le numéro.

## Placing rows on the map

# Variables:
#   $value (String) - the code as written
place-bad-country = « { $value } » n'est pas un code de pays ISO 3166-1.
# Variables:
#   $id (String) - the GeoNames id
#   $name (String) - the place it names
#   $found (String) - that place's country
#   $country (String) - the row's country
place-geonames-other-country = L'id GeoNames { $id } est { $name }, dans le pays { $found }, et non dans le pays { $country }.
# Variables:
#   $id (String) - the GeoNames id
place-geonames-unknown = L'id GeoNames { $id } n'est pas dans l'index géographique hors ligne (villes de 1000 habitants ou plus dans les pays de l'annuaire par défaut, de 5000 ou plus ailleurs). Donnez plutôt lat et lon.
# Variables:
#   $town (String) - the town as written
#   $country (String) - the row's country code
place-town-not-found = La ville « { $town } » n'est pas dans l'index géographique hors ligne pour { $country }. Ajoutez lat et lon, ou le geonames_id de la ville (essayez : ponte places "{ $town }, { $country }" --json).
# Variables:
#   $count (String) - how many towns have the name
#   $country (String) - the row's country code
#   $town (String) - the town as written
#   $list (String) - the towns, with their geonames_id, coordinates and population
place-ambiguous-town = { $count } villes de { $country } s'appellent « { $town } » : { $list }. Ajoutez le bon geonames_id (ou lat et lon) pour que la ligne ne soit pas placée dans la mauvaise.
# Variables:
#   $km (String) - the distance in kilometres
#   $place (String) - the nearest town to the coordinates
#   $found (String) - that town's country code
#   $country (String) - the row's country code
place-outside-country = Les coordonnées sont à { $km } km de { $place } ({ $found }), mais le pays est { $country } : lat et lon sont-ils inversés, ou le pays est-il faux ?

## Labels in reports

diag-error = erreur
diag-warning = avertissement
# Variables:
#   $count (Number) - how many errors
diag-nothing-changed = { $count ->
    [one] { $count } erreur dans les sources : rien n'a été construit ni modifié.
   *[other] { $count } erreurs dans les sources : rien n'a été construit ni modifié.
}

## ponte directory build and ponte directory info

# Variables:
#   $file (String) - the database written
#   $count (Number) - services in it
#   $placed (Number) - how many were placed at their town's centre
dir-built = { $file } : { $count ->
    [one] { $count } service
   *[other] { $count } services
} ({ $placed } placés au centre de leur ville)
# Variables:
#   $bundle (String) - the directory's bundle id
#   $sequence (String) - its sequence number
dir-info-bundle = Paquet : { $bundle } (séquence { $sequence })
# Variables:
#   $count (Number) - services in the directory
dir-info-services = Services : { $count }
# Variables:
#   $path (String) - the database file
dir-info-file = Fichier : { $path }
# Variables:
#   $path (String) - the data folder
dir-info-data-dir = Dossier des données : { $path }

## Command-line options that need fixing

# Variables:
#   $value (String) - the time as written
cli-bad-time = « { $value } » n'est pas une heure comme 2026-11-23T10:00:00Z.
