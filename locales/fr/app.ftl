# Labels shared by the app and the command line that came after the first translation
# round; and, below, the app's own screens.

## Rights cards

rights-applies-whatever-status = Ceci s'applique quel que soit votre statut migratoire.
rights-if-refused-heading = En cas de refus
rights-sources-heading = Sources
# Variables:
#   $need (String) - the name of the need asked about, like "Health"
rights-none-for-need = Il n'y a pas encore d'information sur vos droits pour « { $need } ».

## App frame, on every screen

app-name = Ponte
app-skip-link = Aller au contenu
app-language-label = Langue
app-about = À propos
app-back = Retour
app-privacy-line = Rien de ce que vous cherchez ne quitte cet appareil.
# Said to screen readers after switching language.
# Variables:
#   $language (String) - the name of the language now shown, like "العربية"
app-language-changed = Langue changée : { $language }

## Errors

error-input = Impossible d'utiliser cela. Vérifiez ce que vous avez écrit et réessayez.
error-internal = Un problème est survenu dans Ponte. Réessayez. Si cela continue, fermez Ponte et ouvrez-le à nouveau.

## Quick exit (a button on every screen, and Shift pressed 3 times)

exit-button = Sortie rapide
exit-hint = Cache Ponte tout de suite et efface cette recherche. Vous pouvez aussi appuyer 3 fois sur la touche Maj (Shift).
exit-press-two = Maj : appuyez encore 2 fois pour sortir.
exit-press-one = Maj : appuyez encore 1 fois pour sortir.
exit-expired = La sortie rapide au clavier a été annulée.
# The only words on the blank page shown after a quick exit: keep them neutral, with
# nothing about Ponte, migration or help.
exit-neutral-continue = Continuer

## Start: choosing a need

start-title = De quelle aide avez-vous besoin ?
start-intro = Choisissez une aide, puis un lieu.
start-more-needs = Autres types d'aide
start-specific-heading = Une aide plus précise
# Variables:
#   $place (String) - the place chosen earlier, like "Lisboa, Portugal"
start-place-kept = Recherche près de { $place }.

## Where: choosing a place

where-title = Où ?
where-back = Retour au type d'aide
# Variables:
#   $need (String) - the need chosen, like "Health"
where-looking-for = Vous cherchez : { $need }
where-type-heading = Écrire un lieu
where-place-label = Ville ou village
where-place-hint = Écrivez un lieu dans n'importe quelle langue ou écriture.
where-suggestions-label = Lieux
# Variables:
#   $count (Number) - how many places match what was typed
where-suggestions-count = { $count ->
    [one] { $count } lieu trouvé
   *[other] { $count } lieux trouvés
}
# Variables:
#   $query (String) - what the person typed
where-no-place = Aucun lieu nommé « { $query } ». Essayez une autre orthographe, ou le nom en anglais ou dans la langue du pays.
# Variables:
#   $place (String) - a place name, like "Lisboa"
#   $country (String) - its country, like "Portugal"
where-place-label-full = { $place }, { $country }
# Variables:
#   $place (String) - the place chosen earlier, like "Lisboa, Portugal"
where-current = Actuellement : { $place }.
where-keep-place = Garder ce lieu
where-pick-heading = Sur la carte
where-pick-button = Choisir sur la carte
where-pick-hint = Touchez ou cliquez sur la carte. Au clavier, déplacez la carte avec les flèches, puis utilisez le centre.
where-map-label = Carte pour choisir un lieu
where-pick-centre = Utiliser le centre de la carte
where-pick-looking = Recherche de la ville la plus proche…
# Variables:
#   $place (String) - the nearest town, like "Lisboa, Portugal"
#   $distance (String) - how far the point is from it, like "3 km"
where-picked-near = Près de { $place } ({ $distance })
where-picked-point = Le point choisi
where-pick-confirm = Chercher ici
where-device-heading = Position de votre appareil
where-device-unavailable = Pas utilisée sur cet ordinateur : pour la trouver, il faudrait demander à un service en ligne, qui saurait alors où vous êtes. Écrivez plutôt un lieu ou choisissez-le sur la carte.
where-device-button = Utiliser ma position
where-device-private = Votre position est utilisée sur cet appareil seulement. Elle n'est jamais envoyée ni enregistrée.
where-device-finding = Recherche de votre position…
where-device-failed = Impossible de trouver votre position. Écrivez un lieu ou choisissez-le sur la carte.
where-device-here = Votre position
where-private = Les lieux que vous écrivez ou choisissez ne quittent jamais cet appareil.

## Results

results-back = Retour au lieu
# Variables:
#   $need (String) - what is searched for, like "Health"
#   $place (String) - where, like "Lisboa, Portugal"
results-title = { $need } près de { $place }
results-change-need = Autre aide
results-change-place = Autre lieu
results-filters = Plus de filtres
# Variables:
#   $count (Number) - how many filters are switched on
results-filters-on = { $count ->
    [one] ({ $count } actif)
   *[other] ({ $count } actifs)
}
results-filter-only = Afficher seulement
results-filter-open-now = Ouvert maintenant
results-filter-free = Gratuit
results-filter-no-documents = Aucun document demandé
results-filter-firewall = Ne transmet pas à l'immigration
results-filter-kind = Type d'aide
# Variables:
#   $need (String) - the need chosen, like "Health"
results-filter-kind-all = Tout : { $need }
results-filter-language = Langue parlée
results-filter-language-any = Toutes les langues
results-filter-serves = Pour
results-filter-serves-any = Tout le monde
results-filter-radius = À moins de
results-filter-radius-any = Toute distance
results-filter-words = Mots à chercher
results-filters-clear = Effacer les filtres
results-searching = Recherche…
# Variables:
#   $count (Number) - number of services shown
results-count = { $count ->
    [one] { $count } service, le plus proche d'abord
   *[other] { $count } services, les plus proches d'abord
}
results-none = Aucun service de l'annuaire ne correspond, quelle que soit la distance.
# Variables:
#   $radius (String) - the distance chosen, like "5 km"
#   $distance (String) - distance of the nearest result, like "37 km"
results-widened = Rien dans un rayon de { $radius }. Ces services sont plus loin, à partir de { $distance }.
# Variables:
#   $distance (String) - distance of the nearest result, like "120 km"
results-far = Rien à proximité : le plus proche est à { $distance }.
results-list-heading = Services, les plus proches d'abord
results-map-toggle = Carte
results-map-label = Carte des résultats. La liste donne les mêmes informations.
results-badges-label = À propos de ce lieu
# Variables:
#   $count (Number) - how many more languages are spoken there
results-languages-more = { $count ->
    [one] et { $count } autre
   *[other] et { $count } autres
}
results-show-more = Voir plus
# A short warning on a result whose record is old.
# Variables:
#   $when (String) - how long ago, like "3 years ago"
results-verified-old = Confirmé { $when }
# Variables:
#   $country (String) - country name, like "Portugal"
results-phone-lines = Lignes téléphoniques et numéros d'urgence ({ $country })
results-phone-lines-any = Lignes téléphoniques et numéros d'urgence

## Rights cards in the app

rights-heading = Vos droits

## A service’s page

service-back = Retour aux résultats
service-loading = Chargement…
# Variables:
#   $organization (String) - who runs the service
service-run-by = Géré par { $organization }
service-call = Appeler
service-directions = Itinéraire
service-directions-hint = « Itinéraire » ouvre ce lieu dans une application de cartes de cet appareil, s'il y en a une.
service-before-you-go = Avant d'y aller
service-help-and-for = Aide proposée, et pour qui
service-contact = Contact
service-no-contact = Aucun téléphone, e-mail ou site web connu.
# Variables:
#   $title (String) - the directory’s title
service-directory = Annuaire : { $title }
# Variables:
#   $id (String) - the service’s reference code
service-reference = Référence : { $id }
# Variables:
#   $from (String) - opening time, like "09:00"
#   $to (String) - closing time, like "17:00"
hours-period = { $from }–{ $to }
hours-period-unknown = (peut varier)
service-wrong-button = Il y a une erreur ici
service-wrong-which = Quelle partie ?
service-wrong-field-any = Autre chose, ou je ne sais pas
service-wrong-field-name = Nom
service-wrong-note = Qu'est-ce qui est faux ?
service-wrong-private = Enregistré sur cet appareil seulement. Rien n'est envoyé.
service-wrong-save = Enregistrer
service-wrong-empty = Écrivez d'abord ce qui est faux.
service-wrong-saved = Enregistré sur cet appareil. Merci.

## The map

map-label = Carte
map-zoom-in = Zoom avant
map-zoom-out = Zoom arrière

## About

about-back = Retour
about-title = À propos de Ponte
about-intro = Ponte vous aide à trouver des services près de vous et vous dit quels sont vos droits, dans votre langue. Il fonctionne sans internet.
about-privacy-heading = Votre vie privée
about-privacy-search = Ce que vous cherchez, et où, reste sur cet appareil. Ponte n'envoie rien sur vous, nulle part.
about-privacy-location = Ponte ne demande jamais à un service en ligne où vous êtes.
about-privacy-stored = Ponte garde seulement votre langue, vos choix d'affichage et les corrections que vous enregistrez. Il ne garde aucun historique de recherche.
about-privacy-exit = La sortie rapide cache Ponte tout de suite et efface la recherche. Vous pouvez aussi appuyer 3 fois sur la touche Maj (Shift).
about-directory-heading = L'annuaire
about-directory-title = Nom
about-directory-description = Description
about-directory-services = Services
about-directory-publisher = Publié par
about-directory-built = Créé le
about-directory-bundle = Édition
about-directory-built-in = intégrée à l'application
# Variables:
#   $sequence (Number) - the update number of the directory
about-directory-sequence = mise à jour { $sequence }

## Updating the directory (About page). A "directory file" (.ponte) is a signed file from an
## organisation that keeps the directory current; a "channel" is the web address where it
## publishes them.

about-update-heading = Mettre à jour l'annuaire
about-update-intro = Ponte vérifie que chaque fichier d'annuaire est signé par une organisation à laquelle il fait confiance, et qu'il est plus récent que celui que vous avez. Si quelque chose ne va pas, rien ne change.
about-update-file = Installer depuis un fichier
about-update-file-hint = Un fichier .ponte venu d'une clé USB ou d'un message.
about-update-channel = Adresse du canal
about-update-channel-hint = L'adresse web que votre organisation vous a donnée. Ponte télécharge seulement ses fichiers et n'envoie rien sur vous : ni votre lieu, ni vos recherches, ni votre langue.
about-update-check = Chercher une mise à jour
about-update-working = Vérification…
# Variables:
#   $title (String) - the directory's title
#   $publisher (String) - who published it
#   $sequence (Number) - its update number
#   $count (Number) - services in it
app-update-installed = « { $title } » de { $publisher } installé, mise à jour { $sequence } : { $count ->
        [one] { $count } service.
       *[other] { $count } services.
    }
# Variables:
#   $sequence (Number) - the update number installed
app-update-up-to-date = Vous avez l'annuaire le plus récent (mise à jour { $sequence }).
# Variables:
#   $limit (Number) - the largest size accepted, in megabytes
app-update-file-too-large = Ce fichier est trop gros pour un annuaire (plus de { $limit } Mo). Rien n'a changé.
start-directory-expired = Cet annuaire a dépassé sa date d'expiration. Il fonctionne encore, mais certaines informations ne sont peut-être plus à jour. Mettez-le à jour depuis la page « À propos ».
about-display-heading = Affichage
about-text-size = Taille du texte
about-text-size-normal = Normale
about-text-size-large = Grande
about-text-size-larger = Plus grande
about-contrast = Contraste
about-contrast-normal = Normal
about-contrast-more = Plus de contraste
about-display-system = Ponte suit aussi les réglages de taille du texte, de contraste et de couleurs de votre appareil.
about-languages-heading = Langues
# Variables:
#   $language (String) - the name of the language shown now
about-languages-current = Langue affichée : { $language }. Vous pouvez la changer en haut de chaque écran.
about-locale-name = Langue
about-locale-status = État
about-locale-review = Qui l'a vérifiée
about-status-source = Texte original
about-status-reviewed = Vérifiée par un locuteur natif
about-status-complete = Complète, pas encore vérifiée
about-status-draft = Brouillon : une partie en anglais
about-status-pseudo = Pour les tests
about-testing = Tests
about-testing-intro = Langues inventées qui montrent si la mise en page supporte des textes plus longs et l'écriture de droite à gauche.
about-use-locale = Utiliser
about-corrections-heading = Vos corrections
about-corrections-intro = Les erreurs que vous avez notées avec « Il y a une erreur ici ». Elles restent sur cet appareil.
about-corrections-none = Aucune correction enregistrée.
about-correction-delete = Supprimer
about-correction-deleted = Correction supprimée.
about-credits-heading = Crédits
about-credit-places = Noms de lieux : GeoNames (geonames.org), sous licence CC BY 4.0.
about-credit-map = Carte : Natural Earth (naturalearthdata.com), domaine public, via le paquet world-atlas (licence ISC).
about-credit-leaflet = Affichage de la carte : Leaflet (licence BSD 2-Clause).
about-credit-icons = Icônes : Lucide (licence ISC ; certaines icônes viennent de Feather, licence MIT).
about-credit-fluent = Traductions : Project Fluent, @fluent/bundle (licence Apache 2.0).
about-credit-fonts = Polices : Noto Sans pour toutes les écritures des langues de l'application (licence SIL Open Font License 1.1), via Fontsource.
# Variables:
#   $version (String) - the app’s version, like "0.1.0"
about-version = Ponte, version { $version }

## Handing off to a phone or map app, where this device has none

# Variables:
#   $number (String) - the phone number, like "+351218106100"
handoff-tel = Cet appareil ne peut pas passer d'appels. Appelez le { $number } depuis un téléphone.
# Variables:
#   $coordinates (String) - latitude and longitude, like "38.724927, -9.134284"
handoff-geo = Aucune application de cartes ici. Dans n'importe quelle application de cartes, cherchez { $coordinates }.
