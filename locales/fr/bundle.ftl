# Signed directory bundles: building, verifying, installing, publishing and updating.
# "Bundle" is one file holding a directory of services; "publisher" is the organisation
# that made and signed it. Key ids are 16 hexadecimal digits, like 2F1A0C3B4D5E6F70.
# Note pour le français : bundle = paquet, directory = annuaire, publisher = éditeur,
# key list = liste de clés, manifest = manifeste signé, root key = clé racine,
# sequence = numéro de séquence, channel = canal, passphrase = phrase secrète.

## Refusals (nothing on the device was changed)

bundle-nothing-changed = Rien n'a changé : l'annuaire utilisé est le même qu'avant.
# Variables:
#   $reason (String) - what is wrong with the file
bundle-refused-not-a-bundle = Refusé : ce fichier n'est pas un paquet que cette version de Ponte sait lire ({ $reason }).
# Variables:
#   $publisher (String) - the publisher, like "Example NGO (org.example)"
#   $expected (Number) - bytes the signed manifest declares
#   $found (Number) - bytes the file has
bundle-refused-truncated = Paquet de { $publisher } refusé : le fichier est incomplet ({ $found } des { $expected } octets annoncés par son manifeste signé). Copiez-le ou téléchargez-le à nouveau.
# Variables:
#   $publisher (String) - the publisher
#   $declared (Number) - bytes the signed manifest declares
bundle-refused-too-long = Paquet de { $publisher } refusé : il contient plus de données que les { $declared } octets annoncés par son manifeste signé (les données en trop ne sont jamais lues).
# Variables:
#   $claimed (String) - the publisher the bundle claims to be from (not verified)
#   $key (String) - id of the key that signed its key list
bundle-refused-unknown-root-key = Refusé : le paquet dit venir de { $claimed }, mais sa liste de clés est signée par la clé { $key }, qui n'est pas une clé racine de confiance pour cet appareil. Si vous connaissez cet éditeur, ajoutez sa clé racine avec `ponte trust add`.
# Variables:
#   $publisher (String) - the publisher the trusted root key belongs to
#   $claimed (String) - the publisher the key list or manifest names instead
bundle-refused-wrong-publisher = Refusé : la liste de clés ou le manifeste nomme l'éditeur { $claimed }, mais la signature est faite sous la clé racine de { $publisher }.
# Variables:
#   $publisher (String) - the publisher
#   $key (String) - the key that signed the manifest
bundle-refused-unknown-signing-key = Paquet de { $publisher } refusé : son manifeste est signé par la clé { $key }, qui n'est pas dans la liste de clés de l'éditeur.
# Variables:
#   $publisher (String) - the publisher
#   $key (String) - the revoked key
bundle-refused-revoked-key = Paquet de { $publisher } refusé : il est signé par la clé { $key }, que l'éditeur a révoquée.
# Variables:
#   $publisher (String) - the publisher
#   $key (String) - the signing key
#   $created (String) - when the bundle says it was made
#   $validity (String) - when the key may sign, like "2026-01-01T00:00:00Z – 2027-01-01T00:00:00Z"
bundle-refused-key-not-valid = Paquet de { $publisher } refusé : il a été créé le { $created }, en dehors de la période où la clé { $key } peut signer ({ $validity }).
# Variables:
#   $what (String) - what was signed: "manifest", "key-list" or "file"
#   $key (String) - the signing key
bundle-refused-legacy-signature = Refusé : { $what ->
    [manifest] le manifeste a
    [key-list] la liste de clés a
   *[file] le fichier a
} une signature minisign de l'ancien type (legacy, clé { $key }). Seules les signatures prehashed sont acceptées : signez à nouveau avec un minisign récent ou avec ponte.
# Variables:
#   $what (String) - what was signed: "manifest", "key-list" or "file"
#   $publisher (String) - the publisher
#   $key (String) - the key the signature names
bundle-refused-bad-signature = { $what ->
    [manifest] Paquet de { $publisher } refusé : la signature de son manifeste par la clé { $key } n'est pas valide. Le manifeste a été modifié après avoir été signé.
    [key-list] Paquet de { $publisher } refusé : la signature de sa liste de clés par la clé { $key } n'est pas valide. La liste a été modifiée après avoir été signée.
   *[file] Refusé : la signature par la clé { $key } n'est pas valide. Le fichier a été modifié après avoir été signé, ou il a été signé avec une autre clé.
}
# Variables:
#   $publisher (String) - the publisher
#   $reason (String) - what is wrong
bundle-refused-bad-manifest = Paquet de { $publisher } refusé : son manifeste signé est inutilisable ({ $reason }).
# Variables:
#   $publisher (String) - the publisher
#   $bundle (String) - the bundle id
#   $offered (String) - the bundle's sequence number
#   $installed (String) - the highest sequence number installed before
bundle-refused-rollback = Paquet { $bundle } de { $publisher } refusé : son numéro de séquence { $offered } n'est pas supérieur à { $installed }, le plus récent installé sur cet appareil. Un annuaire plus ancien ne remplace jamais un annuaire plus récent.
# Variables:
#   $publisher (String) - the publisher
#   $bundle (String) - the bundle id
#   $expires (String) - when it expired
bundle-refused-expired = Paquet { $bundle } de { $publisher } refusé : il a expiré le { $expires }. Demandez à l'éditeur un paquet à jour.
# Variables:
#   $publisher (String) - the publisher
#   $bundle (String) - the bundle id
#   $needs (String) - the Ponte version it needs, like "0.3.0"
#   $ours (String) - this Ponte's version
bundle-refused-app-too-old = Paquet { $bundle } de { $publisher } refusé : il demande Ponte { $needs } ou plus récent, et cette version est la { $ours }. Mettez d'abord Ponte à jour.
# Variables:
#   $publisher (String) - the publisher
#   $bundle (String) - the bundle id
#   $part (String) - "payload" (the compressed data) or "directory" (after decompression)
#   $what (String) - what differs, like "SHA-256" or "length"
bundle-refused-payload-mismatch = Paquet { $bundle } de { $publisher } refusé : { $part ->
    [directory] l'annuaire qu'il contient ne correspond pas
   *[payload] les données qu'il contient ne correspondent pas
} à son manifeste signé ({ $what }). Le contenu a été modifié, ou pris dans un autre paquet.
# Variables:
#   $publisher (String) - the publisher
#   $bundle (String) - the bundle id
#   $reason (String) - what is wrong
bundle-refused-not-a-directory = Paquet { $bundle } de { $publisher } refusé : son contenu n'est pas un annuaire que cette application peut utiliser ({ $reason }).
# Variables:
#   $file (String) - the file
#   $reason (String) - what is wrong
bundle-bad-key-file = { $file } est inutilisable : { $reason }.
# Variables:
#   $file (String) - the secret key file
bundle-wrong-passphrase = Cette phrase secrète n'ouvre pas la clé secrète { $file }.
# Variables:
#   $reason (String) - what went wrong
bundle-failed = { $reason }

## Progress

bundle-stage-compressing = Compression
bundle-stage-hashing = Vérification
bundle-stage-unpacking = Décompression
bundle-stage-checking = Vérification de l'annuaire
bundle-stage-downloading = Téléchargement

## What was checked (ponte bundle verify)

bundle-check-format = Le fichier est un paquet Ponte, et chaque partie respecte sa taille maximale.
# Variables:
#   $publisher (String) - the publisher
#   $version (String) - the key list's version
#   $key (String) - the root key that signed it
#   $source (String) - where the root key came from: "built-in", "added" or "command-line"
bundle-check-key-list = La liste de clés version { $version } de { $publisher } est signée par la clé racine { $key } ({ $source ->
    [built-in] intégrée à cette application
    [added] ajoutée sur cet appareil
   *[command-line] donnée en ligne de commande
}).
# Variables:
#   $stored (String) - the key list version already on this device
#   $bundled (String) - the version that came with the bundle
bundle-check-newer-key-list = La liste de clés plus récente déjà présente sur cet appareil (version { $stored }) a été utilisée à la place de celle fournie avec le paquet (version { $bundled }).
# Variables:
#   $key (String) - the signing key
#   $validity (String) - when it may sign
bundle-check-manifest-signature = Le manifeste est signé par la clé { $key }, présente dans la liste, non révoquée, valable { $validity }.
# Variables:
#   $needs (String) - the version it needs
#   $ours (String) - this app's version
bundle-check-app-version = Il demande Ponte { $needs } ; cette version est la { $ours }.
# Variables:
#   $expires (String) - when it expires
bundle-check-not-expired = Il n'a pas expiré (il expire le { $expires }).
# Variables:
#   $offered (String) - its sequence
#   $installed (String) - the highest installed before
bundle-check-sequence = Son numéro de séquence { $offered } est supérieur à { $installed }, le plus récent installé ici.
# Variables:
#   $offered (String) - its sequence
bundle-check-sequence-first = Son numéro de séquence est { $offered } ; rien n'est encore installé ici avec cet identifiant de paquet.
# Variables:
#   $bytes (Number) - size of the compressed data
#   $sha256 (String) - its SHA-256
bundle-check-payload = Les données ({ $bytes } octets) ont la longueur signée et le SHA-256 { $sha256 }.
# Variables:
#   $bytes (Number) - size of the directory
#   $sha256 (String) - its SHA-256
bundle-check-directory = L'annuaire décompressé ({ $bytes } octets) a la longueur signée et le SHA-256 { $sha256 }.
# Variables:
#   $services (Number) - number of services in it
bundle-check-directory-intact = L'annuaire s'ouvre, passe son contrôle d'intégrité et contient { $services } services, comme signé.

bundle-trust-source-built-in = intégrée
bundle-trust-source-added = ajoutée sur cet appareil
bundle-trust-source-command-line = donnée en ligne de commande

## Directory status (ponte directory info, the app's About page)

bundle-status-built-in = L'annuaire intégré, fourni avec cette application.
# Variables:
#   $date (String) - when the publisher made it
bundle-status-published = Publié : { $date }
# Variables:
#   $date (String) - when this device verified and installed it
bundle-status-verified = Vérifié et installé : { $date }
# Variables:
#   $date (String) - when it expires
bundle-status-expires = Expire : { $date }
# Variables:
#   $date (String) - when it expired
bundle-status-expired = Expiré depuis le { $date } : il fonctionne encore, mais il n'est peut-être plus à jour. Cherchez une mise à jour.
# Variables:
#   $date (String) - when a channel was last checked
bundle-status-last-checked = Dernière recherche de mises à jour : { $date }

## Updates (ponte update, "Check for updates")

# Variables:
#   $url (String) - the channel address given
#   $reason (String) - what is wrong with it
update-bad-url = { $url } ne peut pas servir de canal : { $reason }.
# Variables:
#   $url (String) - what was being fetched
#   $reason (String) - what happened
update-network = Impossible de récupérer { $url } : { $reason }. Réessayez quand vous serez connecté ; la partie déjà téléchargée est gardée.
# Variables:
#   $url (String) - what was being fetched
#   $status (Number) - the HTTP status code
update-http = Le serveur a répondu { $status } pour { $url }.
# Variables:
#   $url (String) - the index's address
#   $reason (String) - what is wrong
update-bad-index = L'index du canal { $url } est inutilisable : { $reason }.
# Variables:
#   $bundle (String) - the bundle id asked for, or "-"
#   $available (String) - the bundle ids the channel has, comma-separated
update-not-on-channel = Le canal n'a pas de paquet { $bundle } pour cet appareil. Il propose : { $available }. Choisissez-en un avec --bundle.

## Command line

# Variables:
#   $env (String) - the environment variable's name
bundle-cli-passphrase-needed = Cette clé secrète est chiffrée : mettez sa phrase secrète dans { $env }, ou lancez la commande dans un terminal pour qu'elle vous soit demandée.
bundle-cli-passphrase = Phrase secrète de la clé secrète
bundle-cli-passphrase-again = La même phrase secrète, encore une fois
bundle-cli-passphrase-mismatch = Les deux phrases secrètes sont différentes ; rien n'a été écrit.
bundle-cli-passphrase-empty = Une phrase secrète vide ne protège rien : tapez-en une, ou utilisez --unencrypted exprès.
# Variables:
#   $file (String) - the file that exists
bundle-cli-key-exists = { $file } existe déjà : choisissez un autre nom, ou --force pour le remplacer.
# Variables:
#   $key (String) - the new key's id
#   $secret (String) - the secret key file
#   $public (String) - the public key file
bundle-cli-keygen-done = Nouvelle clé { $key } : clé secrète { $secret } (gardez-la pour vous), clé publique { $public }.
bundle-cli-sign-list-new-needs = Une nouvelle liste de clés demande --publisher et --name (ou partez d'une liste existante avec --from).
# Variables:
#   $publisher (String) - the publisher of the list
#   $given (String) - the publisher given on the command line
bundle-cli-sign-list-publisher = La liste de clés est celle de { $publisher }, pas celle de { $given }.
# Variables:
#   $key (String) - the key id asked for
bundle-cli-no-such-key = Il n'y a pas de clé { $key } ici.
# Variables:
#   $file (String) - the key list file
#   $publisher (String) - the publisher
#   $version (String) - the list's version
#   $count (Number) - number of keys in it
#   $root (String) - the root key that signed it
bundle-cli-sign-list-done = { $file } écrit : liste de clés version { $version } de { $publisher } avec { $count ->
    [one] { $count } clé
   *[other] { $count } clés
}, signée par la clé racine { $root }.
# Variables:
#   $file (String) - the signature file
#   $key (String) - the signing key
bundle-cli-signed = { $file } écrit (clé { $key }).
# Variables:
#   $file (String) - the file
#   $key (String) - the key
#   $comment (String) - the signature's trusted comment
bundle-cli-signature-ok = La signature de { $file } par la clé { $key } est valide. Commentaire de confiance (trusted comment) : { $comment }
# Variables:
#   $key (String) - the key id
#   $publisher (String) - the publisher
bundle-cli-trust-added = Cet appareil fait maintenant confiance à la clé racine { $key } pour { $publisher }.
bundle-cli-trust-none = Aucune clé racine n'est encore de confiance : ajoutez-en une avec `ponte trust add`.
# Variables:
#   $key (String) - the key id
#   $publisher (String) - the publisher id
#   $name (String) - the publisher's name
#   $source (String) - where it came from, already in words
bundle-cli-trust-row = { $key }  { $publisher }  { $name }  ({ $source })
# Variables:
#   $key (String) - the key id
bundle-cli-trust-removed = Cet appareil ne fait plus confiance à la clé racine { $key }.
# Variables:
#   $file (String) - the bundle file
#   $bundle (String) - the bundle id
#   $sequence (String) - its sequence
#   $publisher (String) - the publisher
bundle-cli-verified = { $file } est un paquet valide : { $bundle }, séquence { $sequence }, de { $publisher }. Vérifié :
# Variables:
#   $bundle (String) - the bundle id
#   $sequence (String) - its sequence
#   $publisher (String) - the publisher
#   $services (Number) - services in it
bundle-cli-installed = { $bundle }, séquence { $sequence }, de { $publisher } installé : { $services } services, utilisé dès maintenant. Vérifié :
# Variables:
#   $file (String) - the manifest file written
#   $signature (String) - the signature file written
bundle-cli-manifest-written = { $file } et { $signature } écrits (vérifiez-les avec minisign -V).
# Variables:
#   $file (String) - the bundle file
#   $bundle (String) - the bundle id
#   $sequence (String) - its sequence
#   $services (Number) - services in it
#   $bytes (Number) - size of the compressed directory
#   $expires (String) - when it expires
#   $key (String) - the signing key
bundle-cli-built = { $file } écrit : { $bundle }, séquence { $sequence }, { $services } services, { $bytes } octets compressés, expire le { $expires }, signé par la clé { $key }.
bundle-cli-built-expired = Attention : ce paquet a déjà expiré ; aucun appareil ne l'installera.
# Variables:
#   $bundle (String) - the bundle id
#   $sequence (String) - its sequence
#   $folder (String) - the channel folder
#   $file (String) - the bundle's file name in it
bundle-cli-published = { $bundle }, séquence { $sequence }, publié dans { $folder } sous le nom { $file } (index.json mis à jour).
# Variables:
#   $bundle (String) - the bundle id
#   $offered (String) - the channel's sequence
#   $installed (String) - the installed sequence
bundle-cli-up-to-date = À jour : le canal propose { $bundle }, séquence { $offered }, et cet appareil a { $installed }.
