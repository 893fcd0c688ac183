# `ponte synth` and `ponte bench`: synthetic directories and benchmarks.
# "Synthetic" means invented data for tests, never real services. "p50/p95/p99" are
# percentiles of the time a query took; "baseline" is a simple full scan measured in the
# same run. PostGIS and SpatiaLite are product names: keep them.

# Variables:
#   $count (Number) - services written
#   $rural (Number) - how many of them are in the countryside
#   $file (String) - the file written
#   $seconds (String) - how long it took, like "1.5"
bench-synth-written = Se escribieron { $count } servicios sintéticos ({ $rural } en zonas rurales) en { $file } en { $seconds } s. Son inventados: nunca los publique como directorio.
# Variables:
#   $value (String) - the option value that is not understood
bench-bad-option = No se puede usar “{ $value }”: los tamaños son números de servicios separados por comas (1000,10000) y --iterations es small, quick, normal o un número.
# Variables:
#   $peer (String) - PostGIS or SpatiaLite
bench-peer-missing = { $peer } no está instalado o no responde: su columna lo indicará. El README.md explica cómo instalarlo.
# Variables:
#   $count (Number) - services in this round
bench-size-start = Midiendo { $count } servicios sintéticos…
# Variables:
#   $count (Number) - services
#   $build (String) - seconds the directory build took (0.0 when it was reused)
#   $mb (String) - directory size in megabytes
bench-size-title = { $count } servicios (directorio creado en { $build } s, { $mb } MB)
bench-col-scenario = Escenario
bench-col-p50 = p50 ms
bench-col-p95 = p95 ms
bench-col-p99 = p99 ms
bench-col-baseline = Recorrido completo p50 ms
bench-col-ratio = Ponte / recorrido completo
bench-col-postgis = PostGIS p50 ms
bench-col-spatialite = SpatiaLite p50 ms
# Variables:
#   $times (String) - how many times faster, like "250"
bench-ratio-times-faster = 1/{ $times }
bench-peer-not-installed = no instalado
bench-peer-failed = falló
# Variables:
#   $checked (Number) - queries compared
#   $mismatches (Number) - queries where the search and the full scan disagreed
bench-correctness = Corrección: { $checked } búsquedas comparadas con el recorrido completo, { $mismatches } no coincidieron.
bench-correct = Todas las búsquedas comprobadas encontraron los mismos servicios que el recorrido completo.
bench-incorrect = FALLO: algunas búsquedas encontraron servicios distintos a los del recorrido completo (ver arriba).

## Scenarios

bench-scenario-nearest-need = 10 más cercanos, una necesidad
bench-scenario-nearest-filtered = 10 más cercanos, necesidad + idioma + abierto ahora + protección de datos
bench-scenario-within-radius = A menos de 5 km, una necesidad
bench-scenario-rural-widening = Zona rural, ampliando la búsqueda
bench-scenario-text-legal-aid = Texto “legal aid”
bench-scenario-text-prefix = Prefijo de texto “shel”
bench-scenario-text-arabic = Texto en escritura árabe
bench-scenario-text-near = Texto “legal aid” cerca de un lugar
bench-scenario-gazetteer-typing = Nombres de lugares, letra por letra
bench-scenario-build-bundle = Crear paquete
bench-scenario-verify-bundle = Verificar paquete
bench-scenario-install-bundle = Instalar paquete
bench-scenario-search-process = `ponte search`, proceso completo
