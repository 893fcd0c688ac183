# Signed directory bundles: building, verifying, installing, publishing and updating.
# "Bundle" is one file holding a directory of services; "publisher" is the organisation
# that made and signed it. Key ids are 16 hexadecimal digits, like 2F1A0C3B4D5E6F70.
# Terms used here: bundle = paquete; publisher = editor; key list = lista de claves;
# root key = clave raíz; manifest = manifiesto; sequence = número de secuencia; channel = canal.

## Refusals (nothing on the device was changed)

bundle-nothing-changed = No se cambió nada: el directorio en uso es el mismo que antes.
# Variables:
#   $reason (String) - what is wrong with the file
bundle-refused-not-a-bundle = Rechazado: este archivo no es un paquete que esta versión de Ponte pueda leer ({ $reason }).
# Variables:
#   $publisher (String) - the publisher, like "Example NGO (org.example)"
#   $expected (Number) - bytes the signed manifest declares
#   $found (Number) - bytes the file has
bundle-refused-truncated = Se rechazó el paquete de { $publisher }: el archivo está incompleto ({ $found } de los { $expected } bytes que declara su manifiesto firmado). Cópielo o descárguelo otra vez.
# Variables:
#   $publisher (String) - the publisher
#   $declared (Number) - bytes the signed manifest declares
bundle-refused-too-long = Se rechazó el paquete de { $publisher }: contiene más datos que los { $declared } bytes que declara su manifiesto firmado (los datos de más nunca se leen).
# Variables:
#   $claimed (String) - the publisher the bundle claims to be from (not verified)
#   $key (String) - id of the key that signed its key list
bundle-refused-unknown-root-key = Rechazado: el paquete dice que es de { $claimed }, pero su lista de claves está firmada con la clave { $key }, que no es una clave raíz de confianza en este dispositivo. Si conoce a este editor, agregue su clave raíz con `ponte trust add`.
# Variables:
#   $publisher (String) - the publisher the trusted root key belongs to
#   $claimed (String) - the publisher the key list or manifest names instead
bundle-refused-wrong-publisher = Rechazado: la lista de claves o el manifiesto nombra al editor { $claimed }, pero está firmado con la clave raíz de { $publisher }.
# Variables:
#   $publisher (String) - the publisher
#   $key (String) - the key that signed the manifest
bundle-refused-unknown-signing-key = Se rechazó el paquete de { $publisher }: su manifiesto está firmado con la clave { $key }, que no está en la lista de claves del editor.
# Variables:
#   $publisher (String) - the publisher
#   $key (String) - the revoked key
bundle-refused-revoked-key = Se rechazó el paquete de { $publisher }: está firmado con la clave { $key }, que el editor ha revocado.
# Variables:
#   $publisher (String) - the publisher
#   $key (String) - the signing key
#   $created (String) - when the bundle says it was made
#   $validity (String) - when the key may sign, like "2026-01-01T00:00:00Z – 2027-01-01T00:00:00Z"
bundle-refused-key-not-valid = Se rechazó el paquete de { $publisher }: se creó el { $created }, fuera del periodo en que la clave { $key } puede firmar ({ $validity }).
# Variables:
#   $what (String) - what was signed: "manifest", "key-list" or "file"
#   $key (String) - the signing key
bundle-refused-legacy-signature = Rechazado: { $what ->
    [manifest] el manifiesto
    [key-list] la lista de claves
   *[file] el archivo
} tiene una firma minisign antigua (clave { $key }). Solo se aceptan firmas prehashed (con hash previo): vuelva a firmar con una versión actual de minisign o de ponte.
# Variables:
#   $what (String) - what was signed: "manifest", "key-list" or "file"
#   $publisher (String) - the publisher
#   $key (String) - the key the signature names
bundle-refused-bad-signature = { $what ->
    [manifest] Se rechazó el paquete de { $publisher }: la firma de su manifiesto con la clave { $key } no es válida. Se modificó después de firmarse.
    [key-list] Se rechazó el paquete de { $publisher }: la firma de su lista de claves con la clave { $key } no es válida. Se modificó después de firmarse.
   *[file] Rechazado: la firma con la clave { $key } no es válida. El archivo se modificó después de firmarse, o se firmó con otra clave.
}
# Variables:
#   $publisher (String) - the publisher
#   $reason (String) - what is wrong
bundle-refused-bad-manifest = Se rechazó el paquete de { $publisher }: su manifiesto firmado no se puede usar ({ $reason }).
# Variables:
#   $publisher (String) - the publisher
#   $bundle (String) - the bundle id
#   $offered (String) - the bundle's sequence number
#   $installed (String) - the highest sequence number installed before
bundle-refused-rollback = Se rechazó el paquete { $bundle } de { $publisher }: su número de secuencia { $offered } no es mayor que { $installed }, el más reciente instalado en este dispositivo. Un directorio más antiguo nunca reemplaza a uno más nuevo.
# Variables:
#   $publisher (String) - the publisher
#   $bundle (String) - the bundle id
#   $expires (String) - when it expired
bundle-refused-expired = Se rechazó el paquete { $bundle } de { $publisher }: venció el { $expires }. Pida al editor uno vigente.
# Variables:
#   $publisher (String) - the publisher
#   $bundle (String) - the bundle id
#   $needs (String) - the Ponte version it needs, like "0.3.0"
#   $ours (String) - this Ponte's version
bundle-refused-app-too-old = Se rechazó el paquete { $bundle } de { $publisher }: necesita Ponte { $needs } o más reciente, y esta es { $ours }. Actualice Ponte primero.
# Variables:
#   $publisher (String) - the publisher
#   $bundle (String) - the bundle id
#   $part (String) - "payload" (the compressed data) or "directory" (after decompression)
#   $what (String) - what differs, like "SHA-256" or "length"
bundle-refused-payload-mismatch = Se rechazó el paquete { $bundle } de { $publisher }: { $part ->
    [directory] el directorio que contiene no coincide
   *[payload] los datos que contiene no coinciden
} con su manifiesto firmado ({ $what }). Se modificó o se tomó de otro paquete.
# Variables:
#   $publisher (String) - the publisher
#   $bundle (String) - the bundle id
#   $reason (String) - what is wrong
bundle-refused-not-a-directory = Se rechazó el paquete { $bundle } de { $publisher }: lo que contiene no es un directorio que esta aplicación pueda usar ({ $reason }).
# Variables:
#   $file (String) - the file
#   $reason (String) - what is wrong
bundle-bad-key-file = No se puede usar { $file }: { $reason }.
# Variables:
#   $file (String) - the secret key file
bundle-wrong-passphrase = La frase de contraseña no abre la clave secreta { $file }.
# Variables:
#   $reason (String) - what went wrong
bundle-failed = { $reason }

## Progress

bundle-stage-compressing = Comprimiendo
bundle-stage-hashing = Comprobando
bundle-stage-unpacking = Descomprimiendo
bundle-stage-checking = Comprobando el directorio
bundle-stage-downloading = Descargando

## What was checked (ponte bundle verify)

bundle-check-format = El archivo es un paquete de Ponte y cada parte está dentro de su límite de tamaño.
# Variables:
#   $publisher (String) - the publisher
#   $version (String) - the key list's version
#   $key (String) - the root key that signed it
#   $source (String) - where the root key came from: "built-in", "added" or "command-line"
bundle-check-key-list = La versión { $version } de la lista de claves de { $publisher } está firmada con la clave raíz { $key } ({ $source ->
    [built-in] incluida en esta aplicación
    [added] agregada en este dispositivo
   *[command-line] indicada en la línea de comandos
}).
# Variables:
#   $stored (String) - the key list version already on this device
#   $bundled (String) - the version that came with the bundle
bundle-check-newer-key-list = Se usó la lista de claves más nueva que ya estaba en este dispositivo (versión { $stored }) en lugar de la que venía en el paquete (versión { $bundled }).
# Variables:
#   $key (String) - the signing key
#   $validity (String) - when it may sign
bundle-check-manifest-signature = El manifiesto está firmado con la clave { $key }, que está en la lista, no está revocada y es válida durante { $validity }.
# Variables:
#   $needs (String) - the version it needs
#   $ours (String) - this app's version
bundle-check-app-version = Necesita Ponte { $needs }; esta es { $ours }.
# Variables:
#   $expires (String) - when it expires
bundle-check-not-expired = No ha vencido (vence el { $expires }).
# Variables:
#   $offered (String) - its sequence
#   $installed (String) - the highest installed before
bundle-check-sequence = Su número de secuencia { $offered } es mayor que { $installed }, el más reciente instalado aquí.
# Variables:
#   $offered (String) - its sequence
bundle-check-sequence-first = Su número de secuencia es { $offered }; todavía no hay nada instalado aquí con este id de paquete.
# Variables:
#   $bytes (Number) - size of the compressed data
#   $sha256 (String) - its SHA-256
bundle-check-payload = Los datos ({ $bytes } bytes) tienen la longitud firmada y el SHA-256 { $sha256 }.
# Variables:
#   $bytes (Number) - size of the directory
#   $sha256 (String) - its SHA-256
bundle-check-directory = El directorio descomprimido ({ $bytes } bytes) tiene la longitud firmada y el SHA-256 { $sha256 }.
# Variables:
#   $services (Number) - number of services in it
bundle-check-directory-intact = El directorio se abre, pasa su control de integridad y contiene { $services } servicios, tal como se firmó.

bundle-trust-source-built-in = incluida en la aplicación
bundle-trust-source-added = agregada en este dispositivo
bundle-trust-source-command-line = indicada en la línea de comandos

## Directory status (ponte directory info, the app's About page)

bundle-status-built-in = El directorio incluido que vino con esta aplicación.
# Variables:
#   $date (String) - when the publisher made it
bundle-status-published = Publicado: { $date }
# Variables:
#   $date (String) - when this device verified and installed it
bundle-status-verified = Verificado e instalado: { $date }
# Variables:
#   $date (String) - when it expires
bundle-status-expires = Vence: { $date }
# Variables:
#   $date (String) - when it expired
bundle-status-expired = Venció el { $date }: todavía funciona, pero puede no estar al día. Busque actualizaciones.
# Variables:
#   $date (String) - when a channel was last checked
bundle-status-last-checked = Última búsqueda de actualizaciones: { $date }

## Updates (ponte update, "Check for updates")

# Variables:
#   $url (String) - the channel address given
#   $reason (String) - what is wrong with it
update-bad-url = { $url } no se puede usar como canal: { $reason }.
# Variables:
#   $url (String) - what was being fetched
#   $reason (String) - what happened
update-network = No se pudo descargar { $url }: { $reason }. Vuelva a intentarlo cuando tenga conexión; la descarga parcial se conserva.
# Variables:
#   $url (String) - what was being fetched
#   $status (Number) - the HTTP status code
update-http = El servidor respondió { $status } para { $url }.
# Variables:
#   $url (String) - the index's address
#   $reason (String) - what is wrong
update-bad-index = No se puede usar el índice del canal { $url }: { $reason }.
# Variables:
#   $bundle (String) - the bundle id asked for, or "-"
#   $available (String) - the bundle ids the channel has, comma-separated
update-not-on-channel = El canal no tiene el paquete { $bundle } para este dispositivo. Tiene: { $available }. Elija uno con --bundle.

## Command line

# Variables:
#   $env (String) - the environment variable's name
bundle-cli-passphrase-needed = Esta clave secreta está cifrada: ponga su frase de contraseña en { $env }, o ejecute el comando en una terminal para que se la pida.
bundle-cli-passphrase = Frase de contraseña de la clave secreta
bundle-cli-passphrase-again = La misma frase de contraseña otra vez
bundle-cli-passphrase-mismatch = Las dos frases de contraseña son distintas; no se escribió nada.
bundle-cli-passphrase-empty = Una frase de contraseña vacía no protege nada: escriba una, o use --unencrypted a propósito.
# Variables:
#   $file (String) - the file that exists
bundle-cli-key-exists = { $file } ya existe: elija otro nombre, o use --force para reemplazarlo.
# Variables:
#   $key (String) - the new key's id
#   $secret (String) - the secret key file
#   $public (String) - the public key file
bundle-cli-keygen-done = Nueva clave { $key }: clave secreta { $secret } (manténgala privada), clave pública { $public }.
bundle-cli-sign-list-new-needs = Una lista de claves nueva necesita --publisher y --name (o parta de una existente con --from).
# Variables:
#   $publisher (String) - the publisher of the list
#   $given (String) - the publisher given on the command line
bundle-cli-sign-list-publisher = La lista de claves es de { $publisher }, no de { $given }.
# Variables:
#   $key (String) - the key id asked for
bundle-cli-no-such-key = Aquí no hay ninguna clave { $key }.
# Variables:
#   $file (String) - the key list file
#   $publisher (String) - the publisher
#   $version (String) - the list's version
#   $count (Number) - number of keys in it
#   $root (String) - the root key that signed it
bundle-cli-sign-list-done = Se escribió { $file }: versión { $version } de la lista de claves de { $publisher } con { $count ->
    [one] { $count } clave
   *[other] { $count } claves
}, firmada con la clave raíz { $root }.
# Variables:
#   $file (String) - the signature file
#   $key (String) - the signing key
bundle-cli-signed = Se escribió { $file } (clave { $key }).
# Variables:
#   $file (String) - the file
#   $key (String) - the key
#   $comment (String) - the signature's trusted comment
bundle-cli-signature-ok = La firma de { $file } con la clave { $key } es válida. Comentario de confianza: { $comment }
# Variables:
#   $key (String) - the key id
#   $publisher (String) - the publisher
bundle-cli-trust-added = Este dispositivo ahora confía en la clave raíz { $key } para { $publisher }.
bundle-cli-trust-none = Todavía no hay claves raíz de confianza: agregue una con `ponte trust add`.
# Variables:
#   $key (String) - the key id
#   $publisher (String) - the publisher id
#   $name (String) - the publisher's name
#   $source (String) - where it came from, already in words
bundle-cli-trust-row = { $key }  { $publisher }  { $name }  ({ $source })
# Variables:
#   $key (String) - the key id
bundle-cli-trust-removed = Este dispositivo ya no confía en la clave raíz { $key }.
# Variables:
#   $file (String) - the bundle file
#   $bundle (String) - the bundle id
#   $sequence (String) - its sequence
#   $publisher (String) - the publisher
bundle-cli-verified = { $file } es un paquete válido: { $bundle }, número de secuencia { $sequence }, de { $publisher }. Se comprobó:
# Variables:
#   $bundle (String) - the bundle id
#   $sequence (String) - its sequence
#   $publisher (String) - the publisher
#   $services (Number) - services in it
bundle-cli-installed = Se instaló { $bundle }, número de secuencia { $sequence }, de { $publisher }: { $services } servicios, ya en uso. Se comprobó:
# Variables:
#   $file (String) - the manifest file written
#   $signature (String) - the signature file written
bundle-cli-manifest-written = Se escribieron { $file } y { $signature } (compruébelos con minisign -V).
# Variables:
#   $file (String) - the bundle file
#   $bundle (String) - the bundle id
#   $sequence (String) - its sequence
#   $services (Number) - services in it
#   $bytes (Number) - size of the compressed directory
#   $expires (String) - when it expires
#   $key (String) - the signing key
bundle-cli-built = Se escribió { $file }: { $bundle }, número de secuencia { $sequence }, { $services } servicios, { $bytes } bytes comprimidos, vence el { $expires }, firmado con la clave { $key }.
bundle-cli-built-expired = Atención: este paquete ya venció; ningún dispositivo lo instalará.
# Variables:
#   $bundle (String) - the bundle id
#   $sequence (String) - its sequence
#   $folder (String) - the channel folder
#   $file (String) - the bundle's file name in it
bundle-cli-published = Se publicó { $bundle }, número de secuencia { $sequence }, en { $folder } como { $file } (index.json actualizado).
# Variables:
#   $bundle (String) - the bundle id
#   $offered (String) - the channel's sequence
#   $installed (String) - the installed sequence
bundle-cli-up-to-date = Al día: el canal ofrece { $bundle } con número de secuencia { $offered }, y este dispositivo tiene el { $installed }.
