# Signed directory bundles: building, verifying, installing, publishing and updating.
# "Bundle" is one file holding a directory of services; "publisher" is the organisation
# that made and signed it. Key ids are 16 hexadecimal digits, like 2F1A0C3B4D5E6F70.
# Terms used here: bundle = пакет; publisher = издатель; key list = список ключей;
# root key = корневой ключ; manifest = манифест; sequence = порядковый номер; channel = канал.

## Refusals (nothing on the device was changed)

bundle-nothing-changed = Ничего не изменено: используется тот же справочник, что и раньше.
# Variables:
#   $reason (String) - what is wrong with the file
bundle-refused-not-a-bundle = Отклонено: этот файл — не пакет, который может прочитать эта версия Ponte ({ $reason }).
# Variables:
#   $publisher (String) - the publisher, like "Example NGO (org.example)"
#   $expected (Number) - bytes the signed manifest declares
#   $found (Number) - bytes the file has
bundle-refused-truncated = Пакет издателя { $publisher } отклонён: файл обрезан (в нём { $found } из { $expected } байт, указанных в подписанном манифесте). Скопируйте или скачайте его ещё раз.
# Variables:
#   $publisher (String) - the publisher
#   $declared (Number) - bytes the signed manifest declares
bundle-refused-too-long = Пакет издателя { $publisher } отклонён: в нём больше данных, чем { $declared } байт, указанных в подписанном манифесте (лишние данные никогда не читаются).
# Variables:
#   $claimed (String) - the publisher the bundle claims to be from (not verified)
#   $key (String) - id of the key that signed its key list
bundle-refused-unknown-root-key = Отклонено: пакет называет своим издателем { $claimed }, но его список ключей подписан ключом { $key }, а это не корневой ключ, которому доверяет это устройство. Если вы знаете этого издателя, добавьте его корневой ключ командой `ponte trust add`.
# Variables:
#   $publisher (String) - the publisher the trusted root key belongs to
#   $claimed (String) - the publisher the key list or manifest names instead
bundle-refused-wrong-publisher = Отклонено: в списке ключей или манифесте указан издатель { $claimed }, но подпись сделана корневым ключом издателя { $publisher }.
# Variables:
#   $publisher (String) - the publisher
#   $key (String) - the key that signed the manifest
bundle-refused-unknown-signing-key = Пакет издателя { $publisher } отклонён: его манифест подписан ключом { $key }, которого нет в списке ключей издателя.
# Variables:
#   $publisher (String) - the publisher
#   $key (String) - the revoked key
bundle-refused-revoked-key = Пакет издателя { $publisher } отклонён: он подписан ключом { $key }, который издатель отозвал.
# Variables:
#   $publisher (String) - the publisher
#   $key (String) - the signing key
#   $created (String) - when the bundle says it was made
#   $validity (String) - when the key may sign, like "2026-01-01T00:00:00Z – 2027-01-01T00:00:00Z"
bundle-refused-key-not-valid = Пакет издателя { $publisher } отклонён: он создан { $created }, вне срока, когда ключ { $key } может подписывать ({ $validity }).
# Variables:
#   $what (String) - what was signed: "manifest", "key-list" or "file"
#   $key (String) - the signing key
bundle-refused-legacy-signature = Отклонено: у { $what ->
    [manifest] манифеста
    [key-list] списка ключей
   *[file] файла
} устаревшая подпись minisign (ключ { $key }). Принимаются только подписи с предварительным хешированием (prehashed): подпишите заново текущей версией minisign или ponte.
# Variables:
#   $what (String) - what was signed: "manifest", "key-list" or "file"
#   $publisher (String) - the publisher
#   $key (String) - the key the signature names
bundle-refused-bad-signature = { $what ->
    [manifest] Пакет издателя { $publisher } отклонён: подпись его манифеста ключом { $key } не проходит проверку. Манифест изменили после подписи.
    [key-list] Пакет издателя { $publisher } отклонён: подпись его списка ключей ключом { $key } не проходит проверку. Список изменили после подписи.
   *[file] Отклонено: подпись ключом { $key } не проходит проверку. Файл изменили после подписи или подписали другим ключом.
}
# Variables:
#   $publisher (String) - the publisher
#   $reason (String) - what is wrong
bundle-refused-bad-manifest = Пакет издателя { $publisher } отклонён: его подписанный манифест нельзя использовать ({ $reason }).
# Variables:
#   $publisher (String) - the publisher
#   $bundle (String) - the bundle id
#   $offered (String) - the bundle's sequence number
#   $installed (String) - the highest sequence number installed before
bundle-refused-rollback = Пакет { $bundle } издателя { $publisher } отклонён: его порядковый номер { $offered } не больше { $installed } — номера самого нового пакета, уже установленного на этом устройстве. Более старый справочник никогда не заменяет более новый.
# Variables:
#   $publisher (String) - the publisher
#   $bundle (String) - the bundle id
#   $expires (String) - when it expired
bundle-refused-expired = Пакет { $bundle } издателя { $publisher } отклонён: срок его действия истёк { $expires }. Попросите у издателя действующий пакет.
# Variables:
#   $publisher (String) - the publisher
#   $bundle (String) - the bundle id
#   $needs (String) - the Ponte version it needs, like "0.3.0"
#   $ours (String) - this Ponte's version
bundle-refused-app-too-old = Пакет { $bundle } издателя { $publisher } отклонён: ему нужен Ponte { $needs } или новее, а здесь { $ours }. Сначала обновите Ponte.
# Variables:
#   $publisher (String) - the publisher
#   $bundle (String) - the bundle id
#   $part (String) - "payload" (the compressed data) or "directory" (after decompression)
#   $what (String) - what differs, like "SHA-256" or "length"
bundle-refused-payload-mismatch = Пакет { $bundle } издателя { $publisher } отклонён: { $part ->
    [directory] справочник внутри него не совпадает
   *[payload] данные в нём не совпадают
} с подписанным манифестом ({ $what }). Содержимое изменили или взяли из другого пакета.
# Variables:
#   $publisher (String) - the publisher
#   $bundle (String) - the bundle id
#   $reason (String) - what is wrong
bundle-refused-not-a-directory = Пакет { $bundle } издателя { $publisher } отклонён: в нём не справочник, который может использовать это приложение ({ $reason }).
# Variables:
#   $file (String) - the file
#   $reason (String) - what is wrong
bundle-bad-key-file = Нельзя использовать { $file }: { $reason }.
# Variables:
#   $file (String) - the secret key file
bundle-wrong-passphrase = Эта парольная фраза не открывает секретный ключ { $file }.
# Variables:
#   $reason (String) - what went wrong
bundle-failed = { $reason }

## Progress

bundle-stage-compressing = Сжатие
bundle-stage-hashing = Проверка
bundle-stage-unpacking = Распаковка
bundle-stage-checking = Проверка справочника
bundle-stage-downloading = Загрузка

## What was checked (ponte bundle verify)

bundle-check-format = Файл — пакет Ponte, и каждая его часть не превышает свой предел размера.
# Variables:
#   $publisher (String) - the publisher
#   $version (String) - the key list's version
#   $key (String) - the root key that signed it
#   $source (String) - where the root key came from: "built-in", "added" or "command-line"
bundle-check-key-list = Список ключей издателя { $publisher }, версия { $version }, подписан корневым ключом { $key } ({ $source ->
    [built-in] встроен в это приложение
    [added] добавлен на этом устройстве
   *[command-line] указан в командной строке
}).
# Variables:
#   $stored (String) - the key list version already on this device
#   $bundled (String) - the version that came with the bundle
bundle-check-newer-key-list = Использован более новый список ключей, который уже есть на этом устройстве (версия { $stored }), а не список из пакета (версия { $bundled }).
# Variables:
#   $key (String) - the signing key
#   $validity (String) - when it may sign
bundle-check-manifest-signature = Манифест подписан ключом { $key }: ключ есть в списке, не отозван, действует { $validity }.
# Variables:
#   $needs (String) - the version it needs
#   $ours (String) - this app's version
bundle-check-app-version = Ему нужен Ponte { $needs }; здесь { $ours }.
# Variables:
#   $expires (String) - when it expires
bundle-check-not-expired = Срок действия не истёк (истекает { $expires }).
# Variables:
#   $offered (String) - its sequence
#   $installed (String) - the highest installed before
bundle-check-sequence = Его порядковый номер { $offered } больше { $installed } — номера самого нового пакета, установленного здесь.
# Variables:
#   $offered (String) - its sequence
bundle-check-sequence-first = Его порядковый номер — { $offered }; пакетов с этим id здесь ещё не устанавливали.
# Variables:
#   $bytes (Number) - size of the compressed data
#   $sha256 (String) - its SHA-256
bundle-check-payload = Данные ({ $bytes ->
    [one] { $bytes } байт
    [few] { $bytes } байта
   *[other] { $bytes } байт
}) имеют подписанную длину и SHA-256 { $sha256 }.
# Variables:
#   $bytes (Number) - size of the directory
#   $sha256 (String) - its SHA-256
bundle-check-directory = Распакованный справочник ({ $bytes ->
    [one] { $bytes } байт
    [few] { $bytes } байта
   *[other] { $bytes } байт
}) имеет подписанную длину и SHA-256 { $sha256 }.
# Variables:
#   $services (Number) - number of services in it
bundle-check-directory-intact = Справочник открывается, проходит проверку целостности и содержит { $services ->
    [one] { $services } службу
    [few] { $services } службы
   *[other] { $services } служб
}, как и подписано.

bundle-trust-source-built-in = встроен
bundle-trust-source-added = добавлен на этом устройстве
bundle-trust-source-command-line = указан в командной строке

## Directory status (ponte directory info, the app's About page)

bundle-status-built-in = Встроенный справочник, который пришёл вместе с этим приложением.
# Variables:
#   $date (String) - when the publisher made it
bundle-status-published = Опубликован: { $date }
# Variables:
#   $date (String) - when this device verified and installed it
bundle-status-verified = Проверен и установлен: { $date }
# Variables:
#   $date (String) - when it expires
bundle-status-expires = Действует до: { $date }
# Variables:
#   $date (String) - when it expired
bundle-status-expired = Срок действия истёк: { $date }. Справочник ещё работает, но может быть устаревшим. Проверьте обновления.
# Variables:
#   $date (String) - when a channel was last checked
bundle-status-last-checked = Последняя проверка обновлений: { $date }

## Updates (ponte update, "Check for updates")

# Variables:
#   $url (String) - the channel address given
#   $reason (String) - what is wrong with it
update-bad-url = { $url } нельзя использовать как канал: { $reason }.
# Variables:
#   $url (String) - what was being fetched
#   $reason (String) - what happened
update-network = Не удалось загрузить { $url }: { $reason }. Попробуйте ещё раз, когда будете в сети; загруженная часть сохранена.
# Variables:
#   $url (String) - what was being fetched
#   $status (Number) - the HTTP status code
update-http = Сервер ответил кодом { $status } на запрос { $url }.
# Variables:
#   $url (String) - the index's address
#   $reason (String) - what is wrong
update-bad-index = Индекс канала { $url } нельзя использовать: { $reason }.
# Variables:
#   $bundle (String) - the bundle id asked for, or "-"
#   $available (String) - the bundle ids the channel has, comma-separated
update-not-on-channel = В канале нет пакета { $bundle } для этого устройства. Есть: { $available }. Выберите один с помощью --bundle.

## Command line

# Variables:
#   $env (String) - the environment variable's name
bundle-cli-passphrase-needed = Этот секретный ключ зашифрован: запишите его парольную фразу в { $env } или запустите команду в терминале, чтобы ввести её.
bundle-cli-passphrase = Парольная фраза для секретного ключа
bundle-cli-passphrase-again = Ещё раз ту же парольную фразу
bundle-cli-passphrase-mismatch = Две парольные фразы не совпадают; ничего не записано.
bundle-cli-passphrase-empty = Пустая парольная фраза ничего не защищает: введите фразу или осознанно используйте --unencrypted.
# Variables:
#   $file (String) - the file that exists
bundle-cli-key-exists = { $file } уже существует: выберите другое имя или используйте --force, чтобы заменить его.
# Variables:
#   $key (String) - the new key's id
#   $secret (String) - the secret key file
#   $public (String) - the public key file
bundle-cli-keygen-done = Новый ключ { $key }: секретный ключ { $secret } (никому его не давайте), открытый ключ { $public }.
bundle-cli-sign-list-new-needs = Для нового списка ключей нужны --publisher и --name (или начните с существующего списка через --from).
# Variables:
#   $publisher (String) - the publisher of the list
#   $given (String) - the publisher given on the command line
bundle-cli-sign-list-publisher = Этот список ключей принадлежит издателю { $publisher }, а не { $given }.
# Variables:
#   $key (String) - the key id asked for
bundle-cli-no-such-key = Здесь нет ключа { $key }.
# Variables:
#   $file (String) - the key list file
#   $publisher (String) - the publisher
#   $version (String) - the list's version
#   $count (Number) - number of keys in it
#   $root (String) - the root key that signed it
bundle-cli-sign-list-done = Записан { $file }: список ключей издателя { $publisher }, версия { $version }, { $count ->
    [one] { $count } ключ
    [few] { $count } ключа
   *[other] { $count } ключей
}, подписан корневым ключом { $root }.
# Variables:
#   $file (String) - the signature file
#   $key (String) - the signing key
bundle-cli-signed = Записан { $file } (ключ { $key }).
# Variables:
#   $file (String) - the file
#   $key (String) - the key
#   $comment (String) - the signature's trusted comment
bundle-cli-signature-ok = Подпись { $file } ключом { $key } действительна. Доверенный комментарий: { $comment }
# Variables:
#   $key (String) - the key id
#   $publisher (String) - the publisher
bundle-cli-trust-added = Теперь это устройство доверяет корневому ключу { $key } издателя { $publisher }.
bundle-cli-trust-none = Доверенных корневых ключей пока нет: добавьте ключ командой `ponte trust add`.
# Variables:
#   $key (String) - the key id
#   $publisher (String) - the publisher id
#   $name (String) - the publisher's name
#   $source (String) - where it came from, already in words
bundle-cli-trust-row = { $key }  { $publisher }  { $name }  ({ $source })
# Variables:
#   $key (String) - the key id
bundle-cli-trust-removed = Это устройство больше не доверяет корневому ключу { $key }.
# Variables:
#   $file (String) - the bundle file
#   $bundle (String) - the bundle id
#   $sequence (String) - its sequence
#   $publisher (String) - the publisher
bundle-cli-verified = { $file } — действительный пакет: { $bundle }, порядковый номер { $sequence }, издатель { $publisher }. Проверено:
# Variables:
#   $bundle (String) - the bundle id
#   $sequence (String) - its sequence
#   $publisher (String) - the publisher
#   $services (Number) - services in it
bundle-cli-installed = Установлен { $bundle }, порядковый номер { $sequence }, издатель { $publisher }: { $services ->
    [one] { $services } служба
    [few] { $services } службы
   *[other] { $services } служб
}, уже используется. Проверено:
# Variables:
#   $file (String) - the manifest file written
#   $signature (String) - the signature file written
bundle-cli-manifest-written = Записаны { $file } и { $signature } (проверьте их командой minisign -V).
# Variables:
#   $file (String) - the bundle file
#   $bundle (String) - the bundle id
#   $sequence (String) - its sequence
#   $services (Number) - services in it
#   $bytes (Number) - size of the compressed directory
#   $expires (String) - when it expires
#   $key (String) - the signing key
bundle-cli-built = Записан { $file }: { $bundle }, порядковый номер { $sequence }, { $services ->
    [one] { $services } служба
    [few] { $services } службы
   *[other] { $services } служб
}, { $bytes ->
    [one] { $bytes } байт
    [few] { $bytes } байта
   *[other] { $bytes } байт
} в сжатом виде, действует до { $expires }, подписан ключом { $key }.
bundle-cli-built-expired = Внимание: срок действия этого пакета уже истёк; ни одно устройство его не установит.
# Variables:
#   $bundle (String) - the bundle id
#   $sequence (String) - its sequence
#   $folder (String) - the channel folder
#   $file (String) - the bundle's file name in it
bundle-cli-published = Опубликован { $bundle }, порядковый номер { $sequence }, в { $folder } как { $file } (index.json обновлён).
# Variables:
#   $bundle (String) - the bundle id
#   $offered (String) - the channel's sequence
#   $installed (String) - the installed sequence
bundle-cli-up-to-date = Обновлений нет: канал предлагает { $bundle } с порядковым номером { $offered }, а на этом устройстве уже { $installed }.
