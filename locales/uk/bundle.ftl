# Signed directory bundles: building, verifying, installing, publishing and updating.
# "Bundle" is one file holding a directory of services; "publisher" is the organisation
# that made and signed it. Key ids are 16 hexadecimal digits, like 2F1A0C3B4D5E6F70.
# Terms used here: bundle = пакет; publisher = видавець; key list = список ключів;
# root key = кореневий ключ; manifest = маніфест; sequence = порядковий номер; channel = канал.

## Refusals (nothing on the device was changed)

bundle-nothing-changed = Нічого не змінено: використовується той самий довідник, що й раніше.
# Variables:
#   $reason (String) - what is wrong with the file
bundle-refused-not-a-bundle = Відхилено: цей файл — не пакет, який може прочитати ця версія Ponte ({ $reason }).
# Variables:
#   $publisher (String) - the publisher, like "Example NGO (org.example)"
#   $expected (Number) - bytes the signed manifest declares
#   $found (Number) - bytes the file has
bundle-refused-truncated = Пакет видавця { $publisher } відхилено: файл обрізаний (у ньому { $found } з { $expected } байтів, зазначених у підписаному маніфесті). Скопіюйте або завантажте його ще раз.
# Variables:
#   $publisher (String) - the publisher
#   $declared (Number) - bytes the signed manifest declares
bundle-refused-too-long = Пакет видавця { $publisher } відхилено: у ньому більше даних, ніж { $declared } байтів, зазначених у підписаному маніфесті (зайві дані ніколи не читаються).
# Variables:
#   $claimed (String) - the publisher the bundle claims to be from (not verified)
#   $key (String) - id of the key that signed its key list
bundle-refused-unknown-root-key = Відхилено: пакет називає своїм видавцем { $claimed }, але його список ключів підписано ключем { $key }, а це не кореневий ключ, якому довіряє цей пристрій. Якщо ви знаєте цього видавця, додайте його кореневий ключ командою `ponte trust add`.
# Variables:
#   $publisher (String) - the publisher the trusted root key belongs to
#   $claimed (String) - the publisher the key list or manifest names instead
bundle-refused-wrong-publisher = Відхилено: у списку ключів або маніфесті вказано видавця { $claimed }, але підпис зроблено кореневим ключем видавця { $publisher }.
# Variables:
#   $publisher (String) - the publisher
#   $key (String) - the key that signed the manifest
bundle-refused-unknown-signing-key = Пакет видавця { $publisher } відхилено: його маніфест підписано ключем { $key }, якого немає в списку ключів видавця.
# Variables:
#   $publisher (String) - the publisher
#   $key (String) - the revoked key
bundle-refused-revoked-key = Пакет видавця { $publisher } відхилено: його підписано ключем { $key }, який видавець відкликав.
# Variables:
#   $publisher (String) - the publisher
#   $key (String) - the signing key
#   $created (String) - when the bundle says it was made
#   $validity (String) - when the key may sign, like "2026-01-01T00:00:00Z – 2027-01-01T00:00:00Z"
bundle-refused-key-not-valid = Пакет видавця { $publisher } відхилено: його створено { $created }, поза строком, коли ключ { $key } може підписувати ({ $validity }).
# Variables:
#   $what (String) - what was signed: "manifest", "key-list" or "file"
#   $key (String) - the signing key
bundle-refused-legacy-signature = Відхилено: { $what ->
    [manifest] маніфест має
    [key-list] список ключів має
   *[file] файл має
} застарілий підпис minisign (ключ { $key }). Приймаються лише підписи з попереднім хешуванням (prehashed): підпишіть знову поточною версією minisign або ponte.
# Variables:
#   $what (String) - what was signed: "manifest", "key-list" or "file"
#   $publisher (String) - the publisher
#   $key (String) - the key the signature names
bundle-refused-bad-signature = { $what ->
    [manifest] Пакет видавця { $publisher } відхилено: підпис його маніфесту ключем { $key } не проходить перевірку. Маніфест змінили після підписання.
    [key-list] Пакет видавця { $publisher } відхилено: підпис його списку ключів ключем { $key } не проходить перевірку. Список змінили після підписання.
   *[file] Відхилено: підпис ключем { $key } не проходить перевірку. Файл змінили після підписання або підписали іншим ключем.
}
# Variables:
#   $publisher (String) - the publisher
#   $reason (String) - what is wrong
bundle-refused-bad-manifest = Пакет видавця { $publisher } відхилено: його підписаний маніфест не можна використати ({ $reason }).
# Variables:
#   $publisher (String) - the publisher
#   $bundle (String) - the bundle id
#   $offered (String) - the bundle's sequence number
#   $installed (String) - the highest sequence number installed before
bundle-refused-rollback = Пакет { $bundle } видавця { $publisher } відхилено: його порядковий номер { $offered } не більший за { $installed } — номер найновішого пакета, уже встановленого на цьому пристрої. Старіший довідник ніколи не замінює новіший.
# Variables:
#   $publisher (String) - the publisher
#   $bundle (String) - the bundle id
#   $expires (String) - when it expired
bundle-refused-expired = Пакет { $bundle } видавця { $publisher } відхилено: строк його дії минув { $expires }. Попросіть у видавця чинний пакет.
# Variables:
#   $publisher (String) - the publisher
#   $bundle (String) - the bundle id
#   $needs (String) - the Ponte version it needs, like "0.3.0"
#   $ours (String) - this Ponte's version
bundle-refused-app-too-old = Пакет { $bundle } видавця { $publisher } відхилено: йому потрібен Ponte { $needs } або новіший, а тут { $ours }. Спершу оновіть Ponte.
# Variables:
#   $publisher (String) - the publisher
#   $bundle (String) - the bundle id
#   $part (String) - "payload" (the compressed data) or "directory" (after decompression)
#   $what (String) - what differs, like "SHA-256" or "length"
bundle-refused-payload-mismatch = Пакет { $bundle } видавця { $publisher } відхилено: { $part ->
    [directory] довідник у ньому не збігається
   *[payload] дані в ньому не збігаються
} з підписаним маніфестом ({ $what }). Вміст змінили або взяли з іншого пакета.
# Variables:
#   $publisher (String) - the publisher
#   $bundle (String) - the bundle id
#   $reason (String) - what is wrong
bundle-refused-not-a-directory = Пакет { $bundle } видавця { $publisher } відхилено: у ньому не довідник, який може використати цей застосунок ({ $reason }).
# Variables:
#   $file (String) - the file
#   $reason (String) - what is wrong
bundle-bad-key-file = Не можна використати { $file }: { $reason }.
# Variables:
#   $file (String) - the secret key file
bundle-wrong-passphrase = Ця парольна фраза не відкриває секретний ключ { $file }.
# Variables:
#   $reason (String) - what went wrong
bundle-failed = { $reason }

## Progress

bundle-stage-compressing = Стискання
bundle-stage-hashing = Перевірка
bundle-stage-unpacking = Розпакування
bundle-stage-checking = Перевірка довідника
bundle-stage-downloading = Завантаження

## What was checked (ponte bundle verify)

bundle-check-format = Файл — пакет Ponte, і жодна його частина не перевищує свою межу розміру.
# Variables:
#   $publisher (String) - the publisher
#   $version (String) - the key list's version
#   $key (String) - the root key that signed it
#   $source (String) - where the root key came from: "built-in", "added" or "command-line"
bundle-check-key-list = Список ключів видавця { $publisher }, версія { $version }, підписано кореневим ключем { $key } ({ $source ->
    [built-in] вбудований у цей застосунок
    [added] доданий на цьому пристрої
   *[command-line] вказаний у командному рядку
}).
# Variables:
#   $stored (String) - the key list version already on this device
#   $bundled (String) - the version that came with the bundle
bundle-check-newer-key-list = Використано новіший список ключів, який уже є на цьому пристрої (версія { $stored }), а не список із пакета (версія { $bundled }).
# Variables:
#   $key (String) - the signing key
#   $validity (String) - when it may sign
bundle-check-manifest-signature = Маніфест підписано ключем { $key }: ключ є в списку, не відкликаний, чинний { $validity }.
# Variables:
#   $needs (String) - the version it needs
#   $ours (String) - this app's version
bundle-check-app-version = Йому потрібен Ponte { $needs }; тут { $ours }.
# Variables:
#   $expires (String) - when it expires
bundle-check-not-expired = Строк дії не минув (минає { $expires }).
# Variables:
#   $offered (String) - its sequence
#   $installed (String) - the highest installed before
bundle-check-sequence = Його порядковий номер { $offered } більший за { $installed } — номер найновішого пакета, встановленого тут.
# Variables:
#   $offered (String) - its sequence
bundle-check-sequence-first = Його порядковий номер — { $offered }; пакетів із цим id тут ще не встановлювали.
# Variables:
#   $bytes (Number) - size of the compressed data
#   $sha256 (String) - its SHA-256
bundle-check-payload = Дані ({ $bytes ->
    [one] { $bytes } байт
    [few] { $bytes } байти
   *[other] { $bytes } байтів
}) мають підписану довжину і SHA-256 { $sha256 }.
# Variables:
#   $bytes (Number) - size of the directory
#   $sha256 (String) - its SHA-256
bundle-check-directory = Розпакований довідник ({ $bytes ->
    [one] { $bytes } байт
    [few] { $bytes } байти
   *[other] { $bytes } байтів
}) має підписану довжину і SHA-256 { $sha256 }.
# Variables:
#   $services (Number) - number of services in it
bundle-check-directory-intact = Довідник відкривається, проходить перевірку цілісності й містить { $services ->
    [one] { $services } службу
    [few] { $services } служби
   *[other] { $services } служб
}, як і підписано.

bundle-trust-source-built-in = вбудований
bundle-trust-source-added = доданий на цьому пристрої
bundle-trust-source-command-line = вказаний у командному рядку

## Directory status (ponte directory info, the app's About page)

bundle-status-built-in = Вбудований довідник, що прийшов разом із цим застосунком.
# Variables:
#   $date (String) - when the publisher made it
bundle-status-published = Опубліковано: { $date }
# Variables:
#   $date (String) - when this device verified and installed it
bundle-status-verified = Перевірено й встановлено: { $date }
# Variables:
#   $date (String) - when it expires
bundle-status-expires = Чинний до: { $date }
# Variables:
#   $date (String) - when it expired
bundle-status-expired = Строк дії минув: { $date }. Довідник ще працює, але може бути застарілим. Перевірте оновлення.
# Variables:
#   $date (String) - when a channel was last checked
bundle-status-last-checked = Остання перевірка оновлень: { $date }

## Updates (ponte update, "Check for updates")

# Variables:
#   $url (String) - the channel address given
#   $reason (String) - what is wrong with it
update-bad-url = { $url } не можна використати як канал: { $reason }.
# Variables:
#   $url (String) - what was being fetched
#   $reason (String) - what happened
update-network = Не вдалося завантажити { $url }: { $reason }. Спробуйте ще раз, коли будете в мережі; завантажену частину збережено.
# Variables:
#   $url (String) - what was being fetched
#   $status (Number) - the HTTP status code
update-http = Сервер відповів кодом { $status } на запит { $url }.
# Variables:
#   $url (String) - the index's address
#   $reason (String) - what is wrong
update-bad-index = Індекс каналу { $url } не можна використати: { $reason }.
# Variables:
#   $bundle (String) - the bundle id asked for, or "-"
#   $available (String) - the bundle ids the channel has, comma-separated
update-not-on-channel = У каналі немає пакета { $bundle } для цього пристрою. Є: { $available }. Виберіть один за допомогою --bundle.

## Command line

# Variables:
#   $env (String) - the environment variable's name
bundle-cli-passphrase-needed = Цей секретний ключ зашифровано: запишіть його парольну фразу в { $env } або запустіть команду в терміналі, щоб ввести її.
bundle-cli-passphrase = Парольна фраза для секретного ключа
bundle-cli-passphrase-again = Ще раз ту саму парольну фразу
bundle-cli-passphrase-mismatch = Дві парольні фрази не збігаються; нічого не записано.
bundle-cli-passphrase-empty = Порожня парольна фраза нічого не захищає: введіть фразу або свідомо використайте --unencrypted.
# Variables:
#   $file (String) - the file that exists
bundle-cli-key-exists = { $file } уже існує: виберіть іншу назву або використайте --force, щоб замінити його.
# Variables:
#   $key (String) - the new key's id
#   $secret (String) - the secret key file
#   $public (String) - the public key file
bundle-cli-keygen-done = Новий ключ { $key }: секретний ключ { $secret } (нікому його не давайте), відкритий ключ { $public }.
bundle-cli-sign-list-new-needs = Для нового списку ключів потрібні --publisher і --name (або почніть з наявного списку через --from).
# Variables:
#   $publisher (String) - the publisher of the list
#   $given (String) - the publisher given on the command line
bundle-cli-sign-list-publisher = Цей список ключів належить видавцю { $publisher }, а не { $given }.
# Variables:
#   $key (String) - the key id asked for
bundle-cli-no-such-key = Тут немає ключа { $key }.
# Variables:
#   $file (String) - the key list file
#   $publisher (String) - the publisher
#   $version (String) - the list's version
#   $count (Number) - number of keys in it
#   $root (String) - the root key that signed it
bundle-cli-sign-list-done = Записано { $file }: список ключів видавця { $publisher }, версія { $version }, { $count ->
    [one] { $count } ключ
    [few] { $count } ключі
   *[other] { $count } ключів
}, підписано кореневим ключем { $root }.
# Variables:
#   $file (String) - the signature file
#   $key (String) - the signing key
bundle-cli-signed = Записано { $file } (ключ { $key }).
# Variables:
#   $file (String) - the file
#   $key (String) - the key
#   $comment (String) - the signature's trusted comment
bundle-cli-signature-ok = Підпис { $file } ключем { $key } дійсний. Довірений коментар: { $comment }
# Variables:
#   $key (String) - the key id
#   $publisher (String) - the publisher
bundle-cli-trust-added = Тепер цей пристрій довіряє кореневому ключу { $key } видавця { $publisher }.
bundle-cli-trust-none = Довірених кореневих ключів поки немає: додайте ключ командою `ponte trust add`.
# Variables:
#   $key (String) - the key id
#   $publisher (String) - the publisher id
#   $name (String) - the publisher's name
#   $source (String) - where it came from, already in words
bundle-cli-trust-row = { $key }  { $publisher }  { $name }  ({ $source })
# Variables:
#   $key (String) - the key id
bundle-cli-trust-removed = Цей пристрій більше не довіряє кореневому ключу { $key }.
# Variables:
#   $file (String) - the bundle file
#   $bundle (String) - the bundle id
#   $sequence (String) - its sequence
#   $publisher (String) - the publisher
bundle-cli-verified = { $file } — дійсний пакет: { $bundle }, порядковий номер { $sequence }, видавець { $publisher }. Перевірено:
# Variables:
#   $bundle (String) - the bundle id
#   $sequence (String) - its sequence
#   $publisher (String) - the publisher
#   $services (Number) - services in it
bundle-cli-installed = Встановлено { $bundle }, порядковий номер { $sequence }, видавець { $publisher }: { $services ->
    [one] { $services } служба
    [few] { $services } служби
   *[other] { $services } служб
}, уже використовується. Перевірено:
# Variables:
#   $file (String) - the manifest file written
#   $signature (String) - the signature file written
bundle-cli-manifest-written = Записано { $file } і { $signature } (перевірте їх командою minisign -V).
# Variables:
#   $file (String) - the bundle file
#   $bundle (String) - the bundle id
#   $sequence (String) - its sequence
#   $services (Number) - services in it
#   $bytes (Number) - size of the compressed directory
#   $expires (String) - when it expires
#   $key (String) - the signing key
bundle-cli-built = Записано { $file }: { $bundle }, порядковий номер { $sequence }, { $services ->
    [one] { $services } служба
    [few] { $services } служби
   *[other] { $services } служб
}, { $bytes ->
    [one] { $bytes } байт
    [few] { $bytes } байти
   *[other] { $bytes } байтів
} у стиснутому вигляді, чинний до { $expires }, підписано ключем { $key }.
bundle-cli-built-expired = Увага: строк дії цього пакета вже минув; жоден пристрій його не встановить.
# Variables:
#   $bundle (String) - the bundle id
#   $sequence (String) - its sequence
#   $folder (String) - the channel folder
#   $file (String) - the bundle's file name in it
bundle-cli-published = Опубліковано { $bundle }, порядковий номер { $sequence }, у { $folder } як { $file } (index.json оновлено).
# Variables:
#   $bundle (String) - the bundle id
#   $offered (String) - the channel's sequence
#   $installed (String) - the installed sequence
bundle-cli-up-to-date = Оновлень немає: канал пропонує { $bundle } з порядковим номером { $offered }, а на цьому пристрої вже { $installed }.
