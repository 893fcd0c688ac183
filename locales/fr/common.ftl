# Strings shared by the app and the command line.

## Needs (the taxonomy in data/README.md). Short: they label big tiles.

need-one-stop-shop = Guichet unique
need-health = Santé
need-health-emergency = Urgences
need-health-primary = Médecin
need-health-mental = Santé mentale
need-health-sexual-reproductive = Santé sexuelle et reproductive
need-education = Éducation
need-education-school-enrolment = École pour les enfants
need-education-language-classes = Cours de langue
need-education-vocational = Formation
need-housing = Logement
need-housing-shelter = Dormir à l'abri ce soir
need-housing-tenancy-advice = Conseils pour louer
need-legal-aid = Aide juridique
need-legal-aid-immigration = Immigration et asile
need-legal-aid-regularisation = Titre de séjour
need-legal-aid-labour = Aide juridique au travail
need-work = Travail
need-work-recruitment = Trouver un emploi sans risque
need-work-wage-claims = Salaires impayés
need-social-protection = Aide sociale
need-violence-support = Aide contre la violence
need-violence-support-trafficking = Traite et travail forcé
need-child-protection = Enfants
need-documents = Documents
need-interpretation = Interprétariat
need-food = Nourriture et produits de base
need-money = Argent
need-money-remittances = Envoyer de l'argent au pays
need-money-banking = Compte bancaire
need-return = Rentrer au pays
need-complaints = Réclamations
need-complaints-labour-inspection = Inspection du travail
need-complaints-human-rights = Organisme des droits humains
need-information = Informations et conseils

## Who a service is for

serves-all = Tout le monde
serves-women = Femmes
serves-children = Enfants
serves-unaccompanied-minors = Enfants seuls
serves-survivors-of-violence = Victimes de violences
serves-workers = Travailleurs
serves-families = Familles
serves-lgbtiq = Personnes LGBTIQ

## Distances and directions

# Variables:
#   $meters (Number) - distance in metres, under 1000
distance-meters = { NUMBER($meters, maximumFractionDigits: 0) } m
# Variables:
#   $kilometers (Number) - distance in kilometres
distance-kilometers = { NUMBER($kilometers, maximumFractionDigits: 1) } km
# For places known only approximately (a town's centre), when the person is within the
# town's reach.
# Variables:
#   $distance (String) - the town's reach, like "5 km"
distance-within-about = dans un rayon d'environ { $distance }
# Variables:
#   $distance (String) - a formatted distance, like "14 km"
distance-about = environ { $distance }
compass-n = nord
compass-ne = nord-est
compass-e = est
compass-se = sud-est
compass-s = sud
compass-sw = sud-ouest
compass-w = ouest
compass-nw = nord-ouest
# Variables:
#   $distance (String) - a formatted distance, like "2.3 km"
#   $direction (String) - a compass direction, like "north-east"
distance-direction = { $distance } direction { $direction }

## Opening status, always in the service's own time

status-open = Ouvert maintenant
status-closed = Fermé maintenant
status-unknown = Horaires inconnus
# Variables:
#   $time (String) - closing time, like "17:00"
status-open-until = Ouvert jusqu'à { $time }
# Variables:
#   $time (String) - closing time, like "17:00"
status-closes-soon = Ferme bientôt ({ $time })
# Variables:
#   $time (String) - opening time today, like "09:00"
status-opens-at = Ouvre à { $time }
# Variables:
#   $day (String) - a weekday name, like "Monday"
#   $time (String) - opening time, like "09:00"
status-opens-on = Ouvre { $day } à { $time }
status-hours-unreadable = Horaires tels qu'ils sont écrits (lecture impossible)
# Variables:
#   $zone (String) - an IANA time zone, like "Europe/Lisbon"
status-time-zone = Heures locales ({ $zone })

weekday-1 = lundi
weekday-2 = mardi
weekday-3 = mercredi
weekday-4 = jeudi
weekday-5 = vendredi
weekday-6 = samedi
weekday-7 = dimanche
hours-closed-all-day = Fermé
hours-today = Aujourd'hui

## Badges on results

badge-free = Gratuit
badge-no-documents = Aucun document demandé
badge-no-status = Ne demande pas votre statut
badge-firewall = Ne transmet pas vos données à l'immigration
badge-shares-with-immigration = Peut transmettre vos données à l'immigration
badge-one-stop-shop = Guichet unique
badge-walk-in = Sans rendez-vous
badge-appointment = Sur rendez-vous
badge-approximate = Emplacement approximatif
badge-phone-line = Ligne téléphonique
badge-emergency = Numéro d'urgence

## Answers to yes/no questions about a service

answer-yes = Oui
answer-no = Non
answer-unknown = Inconnu

## Labels on a service's page

field-what = Ce qui est proposé
field-needs = Aide pour
field-serves = Pour
field-languages = Langues parlées
field-asks-status = Demande le statut migratoire
field-asks-documents = Demande des documents
field-shares-with-immigration = Transmet des données aux autorités de l'immigration
field-free = Gratuit
field-appointment = Rendez-vous nécessaire
field-walk-in = Possible sans rendez-vous
field-what-to-bring = À apporter
field-organization = Géré par
field-address = Adresse
field-phone = Téléphone
field-email = E-mail
field-website = Site web
field-hours = Horaires d'ouverture
field-location = Emplacement
field-source = Source
field-source-note = À propos de la source
field-verified = Dernière confirmation
field-id = Référence

precision-exact = Emplacement exact
precision-address = Placé d'après son adresse
# Variables:
#   $town (String) - the town whose centre is shown
precision-city = Approximatif : affiché au centre de { $town }. Vérifiez l'adresse.
precision-postal-code = Approximatif : affiché au centre de la zone de son code postal

## How old a record is

# Variables:
#   $months (Number) - whole months since the record was last confirmed
verified-months-ago = { $months ->
    [0] ce mois-ci
    [one] il y a { $months } mois
   *[other] il y a { $months } mois
}
# Variables:
#   $years (Number) - whole years since the record was last confirmed
verified-years-ago = { $years ->
    [one] il y a { $years } an
   *[other] il y a { $years } ans
}
# Variables:
#   $when (String) - how long ago, like "3 years ago"
verified-old-warning = Dernière confirmation : { $when }. Les informations ont peut-être changé : vérifiez avant d'y aller.

## Languages of the interface

# Variables:
#   $requested (String) - the language code asked for
#   $used (String) - the name of the language shown instead
lang-fallback = Pas de traduction pour « { $requested } ». Langue affichée : { $used }.
# Variables:
#   $language (String) - the name of this language
lang-draft-notice = Cette traduction ({ $language }) est un brouillon qu'aucune personne de langue maternelle n'a encore vérifié. Là où il manque du texte, vous le verrez en anglais.
