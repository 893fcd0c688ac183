# NGO data in and out: HSDS and spreadsheet import, export and validation
# (`ponte import`, `ponte export`, `ponte validate`). Read by NGO volunteers: plain words,
# and always what to do.

## Problems in the files themselves (nothing is imported while one stands)

# Variables:
#   $table (String) - the HSDS table, like "location"
#   $field (String) - the field, like "latitude"
#   $expected (String) - what the field must hold, like "a number"
#   $value (String) - the value found
data-bad-type = { $table }.{ $field } doit être { $expected }, mais la valeur est { $value }.
# Variables:
#   $table (String) - the HSDS table, like "service"
data-missing-id = Cet objet { $table } n'a pas d'id. Chaque service, location, organization et service_at_location doit en avoir un.
data-bad-utf8 = Ce texte n'est pas en UTF-8 valide. Enregistrez le fichier en UTF-8 (dans un tableur : « CSV UTF-8 »).
# Variables:
#   $reason (String) - what the JSON reader said
data-bad-json = Ce n'est pas du JSON valide : { $reason }.
# Variables:
#   $table (String) - the file or table name
data-unknown-table = { $table } n'est pas une table HSDS que Ponte connaît ; elle n'a pas été lue.
data-no-records = Aucun enregistrement HSDS trouvé dans ce fichier.
data-unknown-object = Ponte ne peut pas dire quel type d'objet HSDS c'est (service, organization, location ou service_at_location).
# Variables:
#   $bytes (String) - the size of the value
#   $limit (String) - the largest size allowed
data-too-long = Cette valeur fait { $bytes } octets ; la limite est de { $limit }. Une valeur aussi longue vient d'un fichier abîmé, pas des données d'un service.
# Variables:
#   $cells (String) - cells in the row
#   $columns (String) - columns in the header
data-cell-count = Cette ligne a { $cells } cellules, mais l'en-tête a { $columns } colonnes : une virgule en trop ou en moins, ou un guillemet pas fermé ?
# Variables:
#   $reason (String) - what the CSV reader said
data-bad-csv = Le fichier n'est pas un CSV valide à cet endroit : { $reason }.
# Variables:
#   $table (String) - the HSDS table
#   $value (String) - the id
data-duplicate-row = Une autre ligne { $table } a déjà l'id « { $value } ». Chaque ligne doit avoir son propre id.
# Variables:
#   $table (String) - the table of the row
#   $field (String) - the link field, like "location_id"
#   $target (String) - the table it points to
#   $value (String) - the id it names
data-unknown-reference = { $table }.{ $field } renvoie à { $target } « { $value } », qui n'est pas dans les données. Sans cela, cette ligne ne peut pas être utilisée : ajoutez la ligne { $target } manquante ou corrigez l'id.
# Variables:
#   $table (String) - the table of the row
#   $field (String) - the link field
#   $target (String) - the table it points to
#   $value (String) - the id it names
data-dangling-reference = { $table }.{ $field } renvoie à { $target } « { $value } », qui n'est pas dans les données. La valeur est gardée telle qu'elle est écrite.

## Mapping HSDS to Ponte

# Variables:
#   $need (String) - the need code given, like "health.mental"
#   $keyword (String) - the word that matched, like "counselling"
#   $text (String) - the name it was found in
data-needs-from-name = Aucun terme de taxonomie ne dit ce que propose ce service : le besoin { $need } a donc été déduit du mot « { $keyword } » dans « { $text } ». Vérifiez-le.
# Variables:
#   $value (String) - the language as written
data-unknown-language-name = « { $value } » n'est pas une langue que Ponte reconnaît ; elle est gardée dans les données HSDS, mais n'est pas affichée comme langue parlée.
# Variables:
#   $lat (String) - the latitude given
#   $lon (String) - the longitude given
data-impossible-coordinates = Les coordonnées { $lat }, { $lon } ne sont pas un lieu sur la Terre. Elles n'ont pas été utilisées (l'enregistrement est placé d'après son adresse si possible) et sont gardées telles qu'elles sont écrites.
# Variables:
#   $value (String) - the phone number as written
data-unreadable-phone = « { $value } » n'est pas un numéro que Ponte peut appeler ; il est gardé dans les données HSDS, mais n'est pas affiché.
# Variables:
#   $reason (String) - which part of the schedule, like "byweekno"
data-schedules-not-hours = Les horaires (schedules) utilisent { $reason }, que Ponte ne sait pas transformer en heures d'ouverture ; ils sont gardés tels qu'ils sont écrits et « ouvert maintenant » est inconnu.
data-no-services = Aucun service dans ces données, donc rien à importer (des organisations et des lieux seuls ne sont pas des points de service).
# Variables:
#   $lang (String) - the language code assumed
data-assumed-language = HSDS ne dit pas dans quelle langue sont les textes ; Ponte a supposé « { $lang } ». Si c'est faux, importez de nouveau avec --text-lang.
# Variables:
#   $value (String) - the Ponte id
#   $other (String) - where the first record with this id is
data-duplicate-id = Deux enregistrements auraient le même id Ponte « { $value } » (l'autre est à { $other }). Utilisez --id-prefix ou corrigez les id.

## ponte validate: what to fix before publishing

data-unplaced = Ce lieu n'a pas de coordonnées, ni de ville que Ponte a pu trouver : il ne peut donc pas être affiché sur la carte. Ajoutez lat et lon, ou la ville (locality).
# Variables:
#   $value (String) - the phone number
#   $country (String) - the record's country code, like "PT"
data-phone-unreadable = « { $value } » ne peut pas être lu comme un numéro de téléphone du pays { $country }. Écrivez-le avec l'indicatif du pays, comme +351 21 000 0000.
# Variables:
#   $value (String) - the phone number
#   $country (String) - the record's country code
data-phone-not-valid = « { $value } » ne ressemble pas à un numéro utilisé dans le pays { $country } (mauvaise longueur ou mauvais préfixe ?). Vérifiez-le.
# Variables:
#   $date (String) - the verified_at date
#   $months (String) - the staleness threshold in months
data-stale = Dernière confirmation le { $date }, il y a plus de { $months } mois. Vérifiez que c'est toujours juste et mettez à jour verified_at.
# Variables:
#   $value (String) - the source as written
data-source-not-public = La source « { $value } » est un fichier sur un ordinateur, que les lecteurs ne peuvent pas ouvrir. Donnez une adresse web ou le nom d'un document (pour HSDS : importez avec --source).
# Variables:
#   $other (String) - the id of the other record
#   $metres (String) - the distance between them in metres
data-likely-duplicate = Même nom que { $other }, à { $metres } m : le même lieu saisi deux fois ?

## ponte import / export / validate: summaries

# Variables:
#   $services (Number) - records read
#   $errors (Number) - errors found
#   $warnings (Number) - warnings found
data-summary = { $services ->
    [one] { $services } enregistrement
   *[other] { $services } enregistrements
}, { $errors ->
    [one] { $errors } erreur
   *[other] { $errors } erreurs
}, { $warnings ->
    [one] { $warnings } avertissement
   *[other] { $warnings } avertissements
}.
# Variables:
#   $source (Number) - places with coordinates from the source
#   $city (Number) - places put at their town's centre
#   $postal (Number) - places put at their postal code's centre
#   $unplaced (Number) - places not placed
data-placement = Lieux : { $source } avec les coordonnées de la source, { $city } au centre de leur ville, { $postal } au centre de leur code postal, { $unplaced } non placés.
# Variables:
#   $count (Number) - places placed by town that gave a postal code
data-postal-not-used = { $count ->
    [one] { $count } lieu a donné un code postal qui n'a pas été utilisé : Ponte n'a pas encore de données de codes postaux hors ligne, il a donc été placé au centre de sa ville.
   *[other] { $count } lieux ont donné un code postal qui n'a pas été utilisé : Ponte n'a pas encore de données de codes postaux hors ligne, ils ont donc été placés au centre de leur ville.
}
# Variables:
#   $id (String) - the record's id
#   $reason (String) - why it was not placed
data-unplaced-item = non placé : { $id } : { $reason }
data-fix-errors = Corrigez les erreurs ci-dessus : rien n'a été écrit.
# Variables:
#   $path (String) - the file or folder written
data-written = Écrit : { $path }
# Variables:
#   $count (Number) - records exported
#   $path (String) - where
data-exported = { $count ->
    [one] { $count } enregistrement exporté vers { $path }.
   *[other] { $count } enregistrements exportés vers { $path }.
}
# Variables:
#   $done (Number) - records done
#   $total (Number) - records in all
data-progress = { $done } sur { $total }…
data-example-row = C'est la ligne d'exemple du modèle : supprimez-la avant de publier.
# Variables:
#   $count (Number) - records without a point
data-geojson-left-out = { $count ->
    [one] { $count } enregistrement n'a pas de point (une ligne téléphonique, ou un lieu pas encore sur la carte) et n'est pas dans le GeoJSON.
   *[other] { $count } enregistrements n'ont pas de point (des lignes téléphoniques, ou des lieux pas encore sur la carte) et ne sont pas dans le GeoJSON.
}

## ponte import / export: bad options

# Variables:
#   $value (String) - what was given
data-bad-text-lang = --text-lang « { $value } » n'est pas un code de langue (ISO 639-1 ou 639-3, comme pt ou kea).
# Variables:
#   $value (String) - what was given
data-bad-verified-at = --verified-at « { $value } » n'est pas une date comme 2024-03-19.
# Variables:
#   $path (String) - the source given
data-looks-like-hsds = { $path } ressemble à du HSDS : utilisez `ponte import hsds`.
# Variables:
#   $path (String) - the source given
data-not-hsds = { $path } n'est pas du HSDS (un fichier .json, ou un dossier avec un paquet CSV HSDS) : utilisez `ponte import csv` pour le modèle.
