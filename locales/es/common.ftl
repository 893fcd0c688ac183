# Strings shared by the app and the command line.

## Needs (the taxonomy in data/README.md). Short: they label big tiles.

need-one-stop-shop = Ventanilla única
need-health = Salud
need-health-emergency = Urgencias
need-health-primary = Médico
need-health-mental = Salud mental
need-health-sexual-reproductive = Salud sexual y reproductiva
need-education = Educación
need-education-school-enrolment = Escuela para niños
need-education-language-classes = Clases de idiomas
need-education-vocational = Capacitación
need-housing = Vivienda
need-housing-shelter = Albergue para esta noche
need-housing-tenancy-advice = Ayuda para alquilar
need-legal-aid = Ayuda legal
need-legal-aid-immigration = Migración y asilo
need-legal-aid-regularisation = Papeles de residencia
need-legal-aid-labour = Ayuda legal en el trabajo
need-work = Trabajo
need-work-recruitment = Buscar trabajo sin riesgos
need-work-wage-claims = Salarios no pagados
need-social-protection = Apoyo social
need-violence-support = Apoyo ante la violencia
need-violence-support-trafficking = Trata y trabajo forzoso
need-child-protection = Niños y niñas
need-documents = Documentos
need-interpretation = Interpretación
need-food = Comida y artículos básicos
need-money = Dinero
need-money-remittances = Enviar dinero a casa
need-money-banking = Cuenta bancaria
need-return = Volver a su país
need-complaints = Quejas
need-complaints-labour-inspection = Inspección del trabajo
need-complaints-human-rights = Entidad de derechos humanos
need-information = Información y orientación

## Who a service is for

serves-all = Todas las personas
serves-women = Mujeres
serves-children = Niños y niñas
serves-unaccompanied-minors = Niños y niñas sin acompañante
serves-survivors-of-violence = Sobrevivientes de violencia
serves-workers = Trabajadores
serves-families = Familias
serves-lgbtiq = Personas LGBTIQ

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
distance-within-about = en un radio de unos { $distance }
# Variables:
#   $distance (String) - a formatted distance, like "14 km"
distance-about = unos { $distance }
compass-n = norte
compass-ne = noreste
compass-e = este
compass-se = sureste
compass-s = sur
compass-sw = suroeste
compass-w = oeste
compass-nw = noroeste
# Variables:
#   $distance (String) - a formatted distance, like "2.3 km"
#   $direction (String) - a compass direction, like "north-east"
distance-direction = { $distance } al { $direction }

## Opening status, always in the service's own time

status-open = Abierto ahora
status-closed = Cerrado ahora
status-unknown = Horario desconocido
# Variables:
#   $time (String) - closing time, like "17:00"
status-open-until = Abierto hasta las { $time }
# Variables:
#   $time (String) - closing time, like "17:00"
status-closes-soon = Cierra pronto ({ $time })
# Variables:
#   $time (String) - opening time today, like "09:00"
status-opens-at = Abre a las { $time }
# Variables:
#   $day (String) - a weekday name, like "Monday"
#   $time (String) - opening time, like "09:00"
status-opens-on = Abre el { $day } a las { $time }
status-hours-unreadable = Horario tal como está escrito (no se pudo leer)
# Variables:
#   $zone (String) - an IANA time zone, like "Europe/Lisbon"
status-time-zone = Horas locales ({ $zone })

weekday-1 = lunes
weekday-2 = martes
weekday-3 = miércoles
weekday-4 = jueves
weekday-5 = viernes
weekday-6 = sábado
weekday-7 = domingo
hours-closed-all-day = Cerrado
hours-today = Hoy

## Badges on results

badge-free = Gratis
badge-no-documents = No piden documentos
badge-no-status = No preguntan su situación migratoria
badge-firewall = No comparten datos con migración
badge-shares-with-immigration = Pueden compartir datos con migración
badge-one-stop-shop = Ventanilla única
badge-walk-in = Sin cita
badge-appointment = Con cita previa
badge-approximate = Ubicación aproximada
badge-phone-line = Línea telefónica
badge-emergency = Número de emergencia

## Answers to yes/no questions about a service

answer-yes = Sí
answer-no = No
answer-unknown = No se sabe

## Labels on a service's page

field-what = Qué ofrecen
field-needs = Ayuda con
field-serves = Para
field-languages = Idiomas que hablan
field-asks-status = Preguntan la situación migratoria
field-asks-documents = Piden documentos
field-shares-with-immigration = Comparten datos con las autoridades migratorias
field-free = Gratuito
field-appointment = Se necesita cita
field-walk-in = Puede ir sin cita
field-what-to-bring = Qué llevar
field-organization = A cargo de
field-address = Dirección
field-phone = Teléfono
field-email = Correo electrónico
field-website = Sitio web
field-hours = Horario de atención
field-location = Ubicación
field-source = Fuente
field-source-note = Sobre la fuente
field-verified = Última confirmación
field-id = Referencia

precision-exact = Ubicación exacta
precision-address = Ubicado según su dirección
# Variables:
#   $town (String) - the town whose centre is shown
precision-city = Aproximado: se muestra en el centro de { $town }. Verifique la dirección.
precision-postal-code = Aproximado: se muestra en el centro de la zona de su código postal

## How old a record is

# Variables:
#   $months (Number) - whole months since the record was last confirmed
verified-months-ago = { $months ->
    [0] este mes
    [one] hace { $months } mes
   *[other] hace { $months } meses
}
# Variables:
#   $years (Number) - whole years since the record was last confirmed
verified-years-ago = { $years ->
    [one] hace { $years } año
   *[other] hace { $years } años
}
# Variables:
#   $when (String) - how long ago, like "3 years ago"
verified-old-warning = Última confirmación: { $when }. Los datos pueden haber cambiado: verifique antes de ir.

## Languages of the interface

# Variables:
#   $requested (String) - the language code asked for
#   $used (String) - the name of the language shown instead
lang-fallback = No hay traducción para “{ $requested }”. Idioma que se muestra: { $used }.
# Variables:
#   $language (String) - the name of this language
lang-draft-notice = Esta traducción ({ $language }) es un borrador que todavía no ha revisado un hablante nativo. Donde falte texto, lo verá en inglés.
