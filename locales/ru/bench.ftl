# `ponte synth` and `ponte bench`: synthetic directories and benchmarks.
# "Synthetic" means invented data for tests, never real services. "p50/p95/p99" are
# percentiles of the time a query took; "baseline" is a simple full scan measured in the
# same run. PostGIS and SpatiaLite are product names: keep them.

# Variables:
#   $count (Number) - services written
#   $rural (Number) - how many of them are in the countryside
#   $file (String) - the file written
#   $seconds (String) - how long it took, like "1.5"
bench-synth-written = Записано { $count } синтетических услуг ({ $rural } в сельской местности) в { $file } за { $seconds } с. Они выдуманы: никогда не публикуйте их как справочник.
# Variables:
#   $value (String) - the option value that is not understood
bench-bad-option = Нельзя использовать «{ $value }»: размеры — числа услуг через запятую (1000,10000), а --iterations — small, quick, normal или число.
# Variables:
#   $peer (String) - PostGIS or SpatiaLite
bench-peer-missing = { $peer } не установлен или не отвечает: это будет указано в его столбце. Как установить — в README.md.
# Variables:
#   $count (Number) - services in this round
bench-size-start = Измерение { $count } синтетических услуг…
# Variables:
#   $count (Number) - services
#   $build (String) - seconds the directory build took (0.0 when it was reused)
#   $mb (String) - directory size in megabytes
bench-size-title = { $count } услуг (справочник собран за { $build } с, { $mb } МБ)
bench-col-scenario = Сценарий
bench-col-p50 = p50 ms
bench-col-p95 = p95 ms
bench-col-p99 = p99 ms
bench-col-baseline = Полный перебор p50 мс
bench-col-ratio = Ponte / полный перебор
bench-col-postgis = PostGIS p50 ms
bench-col-spatialite = SpatiaLite p50 ms
# Variables:
#   $times (String) - how many times faster, like "250"
bench-ratio-times-faster = 1/{ $times }
bench-peer-not-installed = не установлен
bench-peer-failed = ошибка
# Variables:
#   $checked (Number) - queries compared
#   $mismatches (Number) - queries where the search and the full scan disagreed
bench-correctness = Правильность: { $checked } запросов сравнено с полным перебором, расхождений: { $mismatches }.
bench-correct = Каждый проверенный поиск нашёл те же услуги, что и полный перебор.
bench-incorrect = ОШИБКА: некоторые поиски нашли не те услуги, что полный перебор (см. выше).

## Scenarios

bench-scenario-nearest-need = 10 ближайших, одна потребность
bench-scenario-nearest-filtered = 10 ближайших, потребность + язык + открыто сейчас + защита данных
bench-scenario-within-radius = В радиусе 5 км, одна потребность
bench-scenario-rural-widening = Сельская местность, расширение поиска
bench-scenario-text-legal-aid = Текст «legal aid»
bench-scenario-text-prefix = Префикс текста «shel»
bench-scenario-text-arabic = Текст арабским письмом
bench-scenario-text-near = Текст «legal aid» рядом с местом
bench-scenario-gazetteer-typing = Названия мест, по буквам
bench-scenario-build-bundle = Сборка пакета
bench-scenario-verify-bundle = Проверка пакета
bench-scenario-install-bundle = Установка пакета
bench-scenario-search-process = `ponte search`, весь процесс
