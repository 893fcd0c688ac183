# `ponte synth` and `ponte bench`: synthetic directories and benchmarks.
# "Synthetic" means invented data for tests, never real services. "p50/p95/p99" are
# percentiles of the time a query took; "baseline" is a simple full scan measured in the
# same run. PostGIS and SpatiaLite are product names: keep them.

# Variables:
#   $count (Number) - services written
#   $rural (Number) - how many of them are in the countryside
#   $file (String) - the file written
#   $seconds (String) - how long it took, like "1.5"
bench-synth-written = Записано { $count } синтетичних послуг ({ $rural } у сільській місцевості) до { $file } за { $seconds } с. Вони вигадані: ніколи не публікуйте їх як довідник.
# Variables:
#   $value (String) - the option value that is not understood
bench-bad-option = Не можна використати «{ $value }»: розміри — числа послуг через кому (1000,10000), а --iterations — small, quick, normal або число.
# Variables:
#   $peer (String) - PostGIS or SpatiaLite
bench-peer-missing = { $peer } не встановлено або не відповідає: це буде вказано в його стовпці. Як встановити — у README.md.
# Variables:
#   $count (Number) - services in this round
bench-size-start = Вимірювання { $count } синтетичних послуг…
# Variables:
#   $count (Number) - services
#   $build (String) - seconds the directory build took (0.0 when it was reused)
#   $mb (String) - directory size in megabytes
bench-size-title = { $count } послуг (довідник зібрано за { $build } с, { $mb } МБ)
bench-col-scenario = Сценарій
bench-col-p50 = p50 ms
bench-col-p95 = p95 ms
bench-col-p99 = p99 ms
bench-col-baseline = Повний перебір p50 мс
bench-col-ratio = Ponte / повний перебір
bench-col-postgis = PostGIS p50 ms
bench-col-spatialite = SpatiaLite p50 ms
# Variables:
#   $times (String) - how many times faster, like "250"
bench-ratio-times-faster = 1/{ $times }
bench-peer-not-installed = не встановлено
bench-peer-failed = помилка
# Variables:
#   $checked (Number) - queries compared
#   $mismatches (Number) - queries where the search and the full scan disagreed
bench-correctness = Правильність: { $checked } запитів порівняно з повним перебором, розбіжностей: { $mismatches }.
bench-correct = Кожен перевірений пошук знайшов ті самі послуги, що й повний перебір.
bench-incorrect = ПОМИЛКА: деякі пошуки знайшли інші послуги, ніж повний перебір (див. вище).

## Scenarios

bench-scenario-nearest-need = 10 найближчих, одна потреба
bench-scenario-nearest-filtered = 10 найближчих, потреба + мова + відкрито зараз + захист даних
bench-scenario-within-radius = У радіусі 5 км, одна потреба
bench-scenario-rural-widening = Сільська місцевість, розширення пошуку
bench-scenario-text-legal-aid = Текст «legal aid»
bench-scenario-text-prefix = Префікс тексту «shel»
bench-scenario-text-arabic = Текст арабським письмом
bench-scenario-text-near = Текст «legal aid» поблизу місця
bench-scenario-gazetteer-typing = Назви місць, по літерах
bench-scenario-build-bundle = Збирання пакета
bench-scenario-verify-bundle = Перевірка пакета
bench-scenario-install-bundle = Встановлення пакета
bench-scenario-search-process = `ponte search`, увесь процес
