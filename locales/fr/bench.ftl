# `ponte synth` and `ponte bench`: synthetic directories and benchmarks.
# "Synthetic" means invented data for tests, never real services. "p50/p95/p99" are
# percentiles of the time a query took; "baseline" is a simple full scan measured in the
# same run. PostGIS and SpatiaLite are product names: keep them.

# Variables:
#   $count (Number) - services written
#   $rural (Number) - how many of them are in the countryside
#   $file (String) - the file written
#   $seconds (String) - how long it took, like "1.5"
bench-synth-written = { $count } services synthétiques écrits ({ $rural } à la campagne) dans { $file } en { $seconds } s. Ils sont inventés : ne les publiez jamais comme annuaire.
# Variables:
#   $value (String) - the option value that is not understood
bench-bad-option = Impossible d’utiliser « { $value } » : les tailles sont des nombres de services séparés par des virgules (1000,10000), et --iterations vaut small, quick, normal ou un nombre.
# Variables:
#   $peer (String) - PostGIS or SpatiaLite
bench-peer-missing = { $peer } n’est pas installé ou ne répond pas : sa colonne l’indiquera. Le README.md explique comment l’installer.
# Variables:
#   $count (Number) - services in this round
bench-size-start = Mesure de { $count } services synthétiques…
# Variables:
#   $count (Number) - services
#   $build (String) - seconds the directory build took (0.0 when it was reused)
#   $mb (String) - directory size in megabytes
bench-size-title = { $count } services (annuaire construit en { $build } s, { $mb } Mo)
bench-col-scenario = Scénario
bench-col-p50 = p50 ms
bench-col-p95 = p95 ms
bench-col-p99 = p99 ms
bench-col-baseline = Parcours complet p50 ms
bench-col-ratio = Ponte / parcours complet
bench-col-postgis = PostGIS p50 ms
bench-col-spatialite = SpatiaLite p50 ms
# Variables:
#   $times (String) - how many times faster, like "250"
bench-ratio-times-faster = 1/{ $times }
bench-peer-not-installed = non installé
bench-peer-failed = échec
# Variables:
#   $checked (Number) - queries compared
#   $mismatches (Number) - queries where the search and the full scan disagreed
bench-correctness = Exactitude : { $checked } recherches comparées au parcours complet, { $mismatches } en désaccord.
bench-correct = Chaque recherche vérifiée a trouvé les mêmes services que le parcours complet.
bench-incorrect = ÉCHEC : certaines recherches ont trouvé d’autres services que le parcours complet (voir ci-dessus).

## Scenarios

bench-scenario-nearest-need = 10 plus proches, un besoin
bench-scenario-nearest-filtered = 10 plus proches, besoin + langue + ouvert maintenant + pare-feu
bench-scenario-within-radius = À moins de 5 km, un besoin
bench-scenario-rural-widening = Campagne, recherche élargie
bench-scenario-text-legal-aid = Texte « legal aid »
bench-scenario-text-prefix = Préfixe de texte « shel »
bench-scenario-text-arabic = Texte en écriture arabe
bench-scenario-text-near = Texte « legal aid » près d’un lieu
bench-scenario-gazetteer-typing = Noms de lieux, lettre par lettre
bench-scenario-build-bundle = Construction du paquet
bench-scenario-verify-bundle = Vérification du paquet
bench-scenario-install-bundle = Installation du paquet
bench-scenario-search-process = `ponte search`, processus complet
