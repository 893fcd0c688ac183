# `ponte synth` and `ponte bench`: synthetic directories and benchmarks.
# "Synthetic" means invented data for tests, never real services. "p50/p95/p99" are
# percentiles of the time a query took; "baseline" is a simple full scan measured in the
# same run. PostGIS and SpatiaLite are product names: keep them.

# Variables:
#   $count (Number) - services written
#   $rural (Number) - how many of them are in the countryside
#   $file (String) - the file written
#   $seconds (String) - how long it took, like "1.5"
bench-synth-written = Escritos { $count } serviços sintéticos ({ $rural } em zona rural) em { $file } em { $seconds } s. São inventados: nunca os publique como diretório.
# Variables:
#   $value (String) - the option value that is not understood
bench-bad-option = Não é possível usar “{ $value }”: os tamanhos são números de serviços separados por vírgulas (1000,10000) e --iterations é small, quick, normal ou um número.
# Variables:
#   $peer (String) - PostGIS or SpatiaLite
bench-peer-missing = { $peer } não está instalado ou não responde: a sua coluna indicá-lo-á. O README.md explica como instalá-lo.
# Variables:
#   $count (Number) - services in this round
bench-size-start = A medir { $count } serviços sintéticos…
# Variables:
#   $count (Number) - services
#   $build (String) - seconds the directory build took (0.0 when it was reused)
#   $mb (String) - directory size in megabytes
bench-size-title = { $count } serviços (diretório criado em { $build } s, { $mb } MB)
bench-col-scenario = Cenário
bench-col-p50 = p50 ms
bench-col-p95 = p95 ms
bench-col-p99 = p99 ms
bench-col-baseline = Varrimento total p50 ms
bench-col-ratio = Ponte / varrimento total
bench-col-postgis = PostGIS p50 ms
bench-col-spatialite = SpatiaLite p50 ms
# Variables:
#   $times (String) - how many times faster, like "250"
bench-ratio-times-faster = 1/{ $times }
bench-peer-not-installed = não instalado
bench-peer-failed = falhou
# Variables:
#   $checked (Number) - queries compared
#   $mismatches (Number) - queries where the search and the full scan disagreed
bench-correctness = Correção: { $checked } pesquisas comparadas com o varrimento total, { $mismatches } divergiram.
bench-correct = Todas as pesquisas verificadas encontraram os mesmos serviços que o varrimento total.
bench-incorrect = FALHOU: algumas pesquisas encontraram serviços diferentes do varrimento total (ver acima).

## Scenarios

bench-scenario-nearest-need = 10 mais próximos, uma necessidade
bench-scenario-nearest-filtered = 10 mais próximos, necessidade + língua + aberto agora + proteção de dados
bench-scenario-within-radius = Até 5 km, uma necessidade
bench-scenario-rural-widening = Zona rural, alargando a pesquisa
bench-scenario-text-legal-aid = Texto “legal aid”
bench-scenario-text-prefix = Prefixo de texto “shel”
bench-scenario-text-arabic = Texto em escrita árabe
bench-scenario-text-near = Texto “legal aid” perto de um lugar
bench-scenario-gazetteer-typing = Nomes de lugares, letra a letra
bench-scenario-build-bundle = Criar pacote
bench-scenario-verify-bundle = Verificar pacote
bench-scenario-install-bundle = Instalar pacote
bench-scenario-search-process = `ponte search`, processo completo
