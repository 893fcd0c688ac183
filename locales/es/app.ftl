# Labels shared by the app and the command line that came after the first translation
# round; and, below, the app's own screens.
# Style: neutral Latin American Spanish, "usted".

## Rights cards

rights-applies-whatever-status = Esto se aplica sin importar su situación migratoria.
rights-if-refused-heading = Si le niegan la ayuda
rights-sources-heading = Fuentes
# Variables:
#   $need (String) - the name of the need asked about, like "Health"
rights-none-for-need = Todavía no hay información sobre sus derechos para “{ $need }”.

## App frame, on every screen

app-name = Ponte
app-skip-link = Ir al contenido
app-language-label = Idioma
app-about = Acerca de
app-back = Volver
app-privacy-line = Nada de lo que busca sale de este dispositivo.
# Said to screen readers after switching language.
# Variables:
#   $language (String) - the name of the language now shown, like "العربية"
app-language-changed = Idioma cambiado: { $language }

## Errors

error-input = No se pudo usar eso. Revise lo que escribió e intente de nuevo.
error-internal = Algo salió mal dentro de Ponte. Intente de nuevo. Si sigue pasando, cierre Ponte y vuelva a abrirlo.

## Quick exit (a button on every screen, and Shift pressed 3 times)

exit-button = Salida rápida
exit-hint = Oculta Ponte de inmediato y borra esta búsqueda. También puede presionar Shift 3 veces.
exit-press-two = Shift: presione 2 veces más para salir.
exit-press-one = Shift: presione 1 vez más para salir.
exit-expired = Se canceló la salida rápida con el teclado.
# The only words on the blank page shown after a quick exit: keep them neutral, with
# nothing about Ponte, migration or help.
exit-neutral-continue = Continuar

## Start: choosing a need

start-title = ¿Con qué necesita ayuda?
start-intro = Elija una opción. Luego elija dónde.
start-more-needs = Más tipos de ayuda
start-specific-heading = Algo más específico
# Variables:
#   $place (String) - the place chosen earlier, like "Lisboa, Portugal"
start-place-kept = Buscando cerca de { $place }.

## Where: choosing a place

where-title = ¿Dónde?
where-back = Volver al tipo de ayuda
# Variables:
#   $need (String) - the need chosen, like "Health"
where-looking-for = Busca: { $need }
where-type-heading = Escribir un lugar
where-place-label = Ciudad o pueblo
where-place-hint = Escriba un lugar en cualquier idioma o alfabeto.
where-suggestions-label = Lugares
# Variables:
#   $count (Number) - how many places match what was typed
where-suggestions-count = { $count ->
    [one] { $count } lugar encontrado
   *[other] { $count } lugares encontrados
}
# Variables:
#   $query (String) - what the person typed
where-no-place = Ningún lugar se llama “{ $query }”. Pruebe otra forma de escribirlo, o el nombre en inglés o en el idioma del lugar.
# Variables:
#   $place (String) - a place name, like "Lisboa"
#   $country (String) - its country, like "Portugal"
where-place-label-full = { $place }, { $country }
# Variables:
#   $place (String) - the place chosen earlier, like "Lisboa, Portugal"
where-current = Ahora: { $place }.
where-keep-place = Mantener este lugar
where-pick-heading = En el mapa
where-pick-button = Elegir en el mapa
where-pick-hint = Toque o haga clic en el mapa. Con el teclado, mueva el mapa con las flechas y luego use el centro.
where-map-label = Mapa para elegir un lugar
where-pick-centre = Usar el centro del mapa
where-pick-looking = Buscando la ciudad más cercana…
# Variables:
#   $place (String) - the nearest town, like "Lisboa, Portugal"
#   $distance (String) - how far the point is from it, like "3 km"
where-picked-near = Cerca de { $place } ({ $distance })
where-picked-point = El punto que eligió
where-pick-confirm = Buscar aquí
where-device-heading = Ubicación de su dispositivo
where-device-unavailable = No se usa en esta computadora: para encontrarla habría que preguntar a un servicio en línea, que entonces sabría dónde está usted. Mejor escriba un lugar o elíjalo en el mapa.
where-device-button = Usar mi ubicación
where-device-private = Su ubicación solo se usa en este dispositivo. Nunca se envía ni se guarda.
where-device-finding = Buscando su ubicación…
where-device-failed = No se pudo encontrar su ubicación. Escriba un lugar o elíjalo en el mapa.
where-device-here = Su ubicación
where-private = Los lugares que escribe o elige nunca salen de este dispositivo.

## Results

results-back = Volver al lugar
# Variables:
#   $need (String) - what is searched for, like "Health"
#   $place (String) - where, like "Lisboa, Portugal"
results-title = { $need } cerca de { $place }
results-change-need = Otra ayuda
results-change-place = Otro lugar
results-filters = Más filtros
# Variables:
#   $count (Number) - how many filters are switched on
results-filters-on = { $count ->
    [one] ({ $count } activo)
   *[other] ({ $count } activos)
}
results-filter-only = Mostrar solo
results-filter-open-now = Abierto ahora
results-filter-free = Gratis
results-filter-no-documents = No piden documentos
results-filter-firewall = No comparten datos con migración
results-filter-kind = Tipo de ayuda
# Variables:
#   $need (String) - the need chosen, like "Health"
results-filter-kind-all = Todo: { $need }
results-filter-language = Idioma que hablan
results-filter-language-any = Cualquier idioma
results-filter-serves = Para
results-filter-serves-any = Todas las personas
results-filter-radius = A menos de
results-filter-radius-any = Cualquier distancia
results-filter-words = Palabras para buscar
results-filters-clear = Quitar filtros
results-searching = Buscando…
# Variables:
#   $count (Number) - number of services shown
results-count = { $count ->
    [one] { $count } servicio, el más cercano primero
   *[other] { $count } servicios, los más cercanos primero
}
results-none = Ningún servicio del directorio coincide, a ninguna distancia.
# Variables:
#   $radius (String) - the distance chosen, like "5 km"
#   $distance (String) - distance of the nearest result, like "37 km"
results-widened = No hay nada a menos de { $radius }. Estos están más lejos, a partir de { $distance }.
# Variables:
#   $distance (String) - distance of the nearest result, like "120 km"
results-far = No hay nada cerca: el más cercano está a { $distance }.
results-list-heading = Servicios, los más cercanos primero
results-map-toggle = Mapa
results-map-label = Mapa de los resultados. La lista tiene la misma información.
results-badges-label = Sobre este lugar
# Variables:
#   $count (Number) - how many more languages are spoken there
results-languages-more = y { $count } más
results-show-more = Ver más
# A short warning on a result whose record is old.
# Variables:
#   $when (String) - how long ago, like "3 years ago"
results-verified-old = Confirmado { $when }
# Variables:
#   $country (String) - country name, like "Portugal"
results-phone-lines = Líneas telefónicas y números de emergencia de { $country }
results-phone-lines-any = Líneas telefónicas y números de emergencia

## Rights cards in the app

rights-heading = Sus derechos

## A service’s page

service-back = Volver a los resultados
service-loading = Cargando…
# Variables:
#   $organization (String) - who runs the service
service-run-by = A cargo de { $organization }
service-call = Llamar
service-directions = Cómo llegar
service-directions-hint = “Cómo llegar” abre este lugar en una aplicación de mapas de este dispositivo, si hay una.
service-before-you-go = Antes de ir
service-help-and-for = Con qué ayudan y a quién
service-contact = Contacto
service-no-contact = No se conoce teléfono, correo electrónico ni sitio web.
# Variables:
#   $title (String) - the directory’s title
service-directory = Directorio: { $title }
# Variables:
#   $id (String) - the service’s reference code
service-reference = Referencia: { $id }
# Variables:
#   $from (String) - opening time, like "09:00"
#   $to (String) - closing time, like "17:00"
hours-period = { $from }–{ $to }
hours-period-unknown = (puede variar)
service-wrong-button = Aquí hay un error
service-wrong-which = ¿Qué parte?
service-wrong-field-any = Otra cosa, o no lo sé
service-wrong-field-name = Nombre
service-wrong-note = ¿Qué está mal?
service-wrong-private = Se guarda solo en este dispositivo. No se envía nada.
service-wrong-save = Guardar
service-wrong-empty = Primero escriba qué está mal.
service-wrong-saved = Guardado en este dispositivo. Gracias.

## The map

map-label = Mapa
map-zoom-in = Acercar
map-zoom-out = Alejar

## About

about-back = Volver
about-title = Acerca de Ponte
about-intro = Ponte le ayuda a encontrar servicios cerca de usted y le explica sus derechos, en su idioma. Funciona sin internet.
about-privacy-heading = Su privacidad
about-privacy-search = Lo que busca, y dónde, se queda en este dispositivo. Ponte no envía nada sobre usted a ningún lugar.
about-privacy-location = Ponte nunca le pregunta a un servicio en línea dónde está usted.
about-privacy-stored = Ponte solo guarda su idioma, sus opciones de pantalla y las correcciones que usted guarde. No guarda ningún historial de búsqueda.
about-privacy-exit = La salida rápida oculta Ponte de inmediato y borra la búsqueda. También puede presionar Shift 3 veces.
about-directory-heading = El directorio
about-directory-title = Nombre
about-directory-description = Descripción
about-directory-services = Servicios
about-directory-publisher = Publicado por
about-directory-built = Creado el
about-directory-bundle = Edición
about-directory-built-in = incluida en Ponte
# Variables:
#   $sequence (Number) - the update number of the directory
about-directory-sequence = actualización { $sequence }

## Updating the directory (About page). A "directory file" (.ponte) is a signed file from an
## organisation that keeps the directory current; a "channel" is the web address where it
## publishes them.

about-update-heading = Actualizar el directorio
about-update-intro = Ponte comprueba que cada archivo de directorio esté firmado por una organización de confianza y sea más nuevo que el que usted tiene. Si algo está mal, nada cambia.
about-update-file = Instalar desde archivo
about-update-file-hint = Un archivo .ponte de una memoria USB o de un mensaje.
about-update-channel = Dirección del canal
about-update-channel-hint = La dirección web que le dio su organización. Ponte solo descarga sus archivos y no envía nada sobre usted: ni su lugar, ni sus búsquedas, ni su idioma.
about-update-check = Buscar actualizaciones
about-update-working = Comprobando…
# Variables:
#   $title (String) - the directory's title
#   $publisher (String) - who published it
#   $sequence (Number) - its update number
#   $count (Number) - services in it
app-update-installed = Se instaló “{ $title }” de { $publisher }, actualización { $sequence }: { $count ->
        [one] { $count } servicio.
       *[other] { $count } servicios.
    }
# Variables:
#   $sequence (Number) - the update number installed
app-update-up-to-date = Ya tiene el directorio más nuevo (actualización { $sequence }).
# Variables:
#   $limit (Number) - the largest size accepted, in megabytes
app-update-file-too-large = Este archivo es demasiado grande para un directorio (más de { $limit } MB). No se cambió nada.
start-directory-expired = Este directorio ya venció. Todavía funciona, pero algunos datos pueden no estar al día. Actualícelo desde la página “Acerca de”.
about-display-heading = Pantalla
about-text-size = Tamaño del texto
about-text-size-normal = Normal
about-text-size-large = Grande
about-text-size-larger = Más grande
about-contrast = Contraste
about-contrast-normal = Normal
about-contrast-more = Más contraste
about-display-system = Ponte también sigue los ajustes de tamaño del texto, contraste y colores de su dispositivo.
about-languages-heading = Idiomas
# Variables:
#   $language (String) - the name of the language shown now
about-languages-current = Idioma actual: { $language }. Puede cambiarlo arriba, en cada pantalla.
about-locale-name = Idioma
about-locale-status = Estado
about-locale-review = Quién la revisó
about-status-source = Texto original
about-status-reviewed = Revisada por un hablante nativo
about-status-complete = Completa, aún sin revisar
about-status-draft = Borrador: parte en inglés
about-status-pseudo = Para pruebas
about-testing = Pruebas
about-testing-intro = Idiomas inventados que muestran si el diseño soporta textos más largos y la escritura de derecha a izquierda.
about-use-locale = Usar
about-corrections-heading = Sus correcciones
about-corrections-intro = Errores que anotó con “Aquí hay un error”. Se quedan en este dispositivo.
about-corrections-none = No hay ninguna corrección guardada.
about-correction-delete = Borrar
about-correction-deleted = Corrección borrada.
about-credits-heading = Créditos
about-credit-places = Nombres de lugares: GeoNames (geonames.org), con licencia CC BY 4.0.
about-credit-map = Mapa: Natural Earth (naturalearthdata.com), dominio público, a través del paquete world-atlas (licencia ISC).
about-credit-leaflet = Visualización del mapa: Leaflet (licencia BSD 2-Clause).
about-credit-icons = Íconos: Lucide (licencia ISC; algunos íconos son de Feather, licencia MIT).
about-credit-fluent = Traducciones: Project Fluent, @fluent/bundle (licencia Apache 2.0).
about-credit-fonts = Fuentes: Noto Sans para cada sistema de escritura de los idiomas de la aplicación (SIL Open Font License 1.1), a través de Fontsource.
# Variables:
#   $version (String) - the app’s version, like "0.1.0"
about-version = Ponte, versión { $version }

## Handing off to a phone or map app, where this device has none

# Variables:
#   $number (String) - the phone number, like "+351218106100"
handoff-tel = Este dispositivo no puede hacer llamadas. Llame al { $number } desde un teléfono.
# Variables:
#   $coordinates (String) - latitude and longitude, like "38.724927, -9.134284"
handoff-geo = No hay una aplicación de mapas aquí. En cualquier aplicación de mapas, busque { $coordinates }.
