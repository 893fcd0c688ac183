# Signed directory bundles: building, verifying, installing, publishing and updating.
# "Bundle" is one file holding a directory of services; "publisher" is the organisation
# that made and signed it. Key ids are 16 hexadecimal digits, like 2F1A0C3B4D5E6F70.
# Nota para o português (europeu): bundle = pacote, directory = diretório, publisher = editor,
# key list = lista de chaves, manifest = manifesto assinado, root key = chave raiz,
# sequence = número de sequência, channel = canal, passphrase = frase-passe, file = ficheiro.

## Refusals (nothing on the device was changed)

bundle-nothing-changed = Nada foi alterado: o diretório em uso é o mesmo de antes.
# Variables:
#   $reason (String) - what is wrong with the file
bundle-refused-not-a-bundle = Recusado: este ficheiro não é um pacote que esta versão do Ponte consiga ler ({ $reason }).
# Variables:
#   $publisher (String) - the publisher, like "Example NGO (org.example)"
#   $expected (Number) - bytes the signed manifest declares
#   $found (Number) - bytes the file has
bundle-refused-truncated = Pacote de { $publisher } recusado: o ficheiro está incompleto ({ $found } dos { $expected } bytes que o seu manifesto assinado declara). Copie-o ou transfira-o outra vez.
# Variables:
#   $publisher (String) - the publisher
#   $declared (Number) - bytes the signed manifest declares
bundle-refused-too-long = Pacote de { $publisher } recusado: contém mais dados do que os { $declared } bytes que o seu manifesto assinado declara (os dados a mais nunca são lidos).
# Variables:
#   $claimed (String) - the publisher the bundle claims to be from (not verified)
#   $key (String) - id of the key that signed its key list
bundle-refused-unknown-root-key = Recusado: o pacote diz que vem de { $claimed }, mas a sua lista de chaves está assinada pela chave { $key }, que não é uma chave raiz em que este dispositivo confie. Se conhece este editor, acrescente a chave raiz dele com `ponte trust add`.
# Variables:
#   $publisher (String) - the publisher the trusted root key belongs to
#   $claimed (String) - the publisher the key list or manifest names instead
bundle-refused-wrong-publisher = Recusado: a lista de chaves ou o manifesto indica o editor { $claimed }, mas está assinado com a chave raiz de { $publisher }.
# Variables:
#   $publisher (String) - the publisher
#   $key (String) - the key that signed the manifest
bundle-refused-unknown-signing-key = Pacote de { $publisher } recusado: o seu manifesto está assinado pela chave { $key }, que não está na lista de chaves do editor.
# Variables:
#   $publisher (String) - the publisher
#   $key (String) - the revoked key
bundle-refused-revoked-key = Pacote de { $publisher } recusado: está assinado pela chave { $key }, que o editor revogou.
# Variables:
#   $publisher (String) - the publisher
#   $key (String) - the signing key
#   $created (String) - when the bundle says it was made
#   $validity (String) - when the key may sign, like "2026-01-01T00:00:00Z – 2027-01-01T00:00:00Z"
bundle-refused-key-not-valid = Pacote de { $publisher } recusado: foi criado em { $created }, fora do período em que a chave { $key } pode assinar ({ $validity }).
# Variables:
#   $what (String) - what was signed: "manifest", "key-list" or "file"
#   $key (String) - the signing key
bundle-refused-legacy-signature = Recusado: { $what ->
    [manifest] o manifesto tem
    [key-list] a lista de chaves tem
   *[file] o ficheiro tem
} uma assinatura minisign do tipo antigo (legacy, chave { $key }). Só são aceites assinaturas prehashed: assine outra vez com um minisign atual ou com o ponte.
# Variables:
#   $what (String) - what was signed: "manifest", "key-list" or "file"
#   $publisher (String) - the publisher
#   $key (String) - the key the signature names
bundle-refused-bad-signature = { $what ->
    [manifest] Pacote de { $publisher } recusado: a assinatura do seu manifesto pela chave { $key } não é válida. O manifesto foi alterado depois de ser assinado.
    [key-list] Pacote de { $publisher } recusado: a assinatura da sua lista de chaves pela chave { $key } não é válida. A lista foi alterada depois de ser assinada.
   *[file] Recusado: a assinatura pela chave { $key } não é válida. O ficheiro foi alterado depois de ser assinado, ou foi assinado com outra chave.
}
# Variables:
#   $publisher (String) - the publisher
#   $reason (String) - what is wrong
bundle-refused-bad-manifest = Pacote de { $publisher } recusado: o seu manifesto assinado não pode ser usado ({ $reason }).
# Variables:
#   $publisher (String) - the publisher
#   $bundle (String) - the bundle id
#   $offered (String) - the bundle's sequence number
#   $installed (String) - the highest sequence number installed before
bundle-refused-rollback = Pacote { $bundle } de { $publisher } recusado: o seu número de sequência { $offered } não é maior do que { $installed }, o mais recente instalado neste dispositivo. Um diretório mais antigo nunca substitui um mais recente.
# Variables:
#   $publisher (String) - the publisher
#   $bundle (String) - the bundle id
#   $expires (String) - when it expired
bundle-refused-expired = Pacote { $bundle } de { $publisher } recusado: expirou em { $expires }. Peça ao editor um pacote atual.
# Variables:
#   $publisher (String) - the publisher
#   $bundle (String) - the bundle id
#   $needs (String) - the Ponte version it needs, like "0.3.0"
#   $ours (String) - this Ponte's version
bundle-refused-app-too-old = Pacote { $bundle } de { $publisher } recusado: precisa do Ponte { $needs } ou mais recente, e esta versão é a { $ours }. Atualize primeiro o Ponte.
# Variables:
#   $publisher (String) - the publisher
#   $bundle (String) - the bundle id
#   $part (String) - "payload" (the compressed data) or "directory" (after decompression)
#   $what (String) - what differs, like "SHA-256" or "length"
bundle-refused-payload-mismatch = Pacote { $bundle } de { $publisher } recusado: { $part ->
    [directory] o diretório que contém não corresponde
   *[payload] os dados que contém não correspondem
} ao seu manifesto assinado ({ $what }). O conteúdo foi alterado, ou tirado de outro pacote.
# Variables:
#   $publisher (String) - the publisher
#   $bundle (String) - the bundle id
#   $reason (String) - what is wrong
bundle-refused-not-a-directory = Pacote { $bundle } de { $publisher } recusado: o que contém não é um diretório que esta aplicação possa usar ({ $reason }).
# Variables:
#   $file (String) - the file
#   $reason (String) - what is wrong
bundle-bad-key-file = Não é possível usar { $file }: { $reason }.
# Variables:
#   $file (String) - the secret key file
bundle-wrong-passphrase = A frase-passe não abre a chave secreta { $file }.
# Variables:
#   $reason (String) - what went wrong
bundle-failed = { $reason }

## Progress

bundle-stage-compressing = A comprimir
bundle-stage-hashing = A verificar
bundle-stage-unpacking = A descomprimir
bundle-stage-checking = A verificar o diretório
bundle-stage-downloading = A transferir

## What was checked (ponte bundle verify)

bundle-check-format = O ficheiro é um pacote do Ponte, e todas as partes estão dentro do seu limite de tamanho.
# Variables:
#   $publisher (String) - the publisher
#   $version (String) - the key list's version
#   $key (String) - the root key that signed it
#   $source (String) - where the root key came from: "built-in", "added" or "command-line"
bundle-check-key-list = A lista de chaves versão { $version } de { $publisher } está assinada pela chave raiz { $key } ({ $source ->
    [built-in] incluída nesta aplicação
    [added] acrescentada neste dispositivo
   *[command-line] dada na linha de comandos
}).
# Variables:
#   $stored (String) - the key list version already on this device
#   $bundled (String) - the version that came with the bundle
bundle-check-newer-key-list = Foi usada a lista de chaves mais recente que já estava neste dispositivo (versão { $stored }) em vez da que veio com o pacote (versão { $bundled }).
# Variables:
#   $key (String) - the signing key
#   $validity (String) - when it may sign
bundle-check-manifest-signature = O manifesto está assinado pela chave { $key }, que está na lista, não foi revogada e é válida { $validity }.
# Variables:
#   $needs (String) - the version it needs
#   $ours (String) - this app's version
bundle-check-app-version = Precisa do Ponte { $needs }; esta versão é a { $ours }.
# Variables:
#   $expires (String) - when it expires
bundle-check-not-expired = Não expirou (expira em { $expires }).
# Variables:
#   $offered (String) - its sequence
#   $installed (String) - the highest installed before
bundle-check-sequence = O seu número de sequência { $offered } é maior do que { $installed }, o mais recente instalado aqui.
# Variables:
#   $offered (String) - its sequence
bundle-check-sequence-first = O seu número de sequência é { $offered }; ainda não há nada com este id de pacote instalado aqui.
# Variables:
#   $bytes (Number) - size of the compressed data
#   $sha256 (String) - its SHA-256
bundle-check-payload = Os dados ({ $bytes } bytes) têm o comprimento assinado e o SHA-256 { $sha256 }.
# Variables:
#   $bytes (Number) - size of the directory
#   $sha256 (String) - its SHA-256
bundle-check-directory = O diretório descomprimido ({ $bytes } bytes) tem o comprimento assinado e o SHA-256 { $sha256 }.
# Variables:
#   $services (Number) - number of services in it
bundle-check-directory-intact = O diretório abre, passa na verificação de integridade e tem { $services } serviços, como assinado.

bundle-trust-source-built-in = incluída
bundle-trust-source-added = acrescentada neste dispositivo
bundle-trust-source-command-line = dada na linha de comandos

## Directory status (ponte directory info, the app's About page)

bundle-status-built-in = O diretório incluído, que veio com esta aplicação.
# Variables:
#   $date (String) - when the publisher made it
bundle-status-published = Publicado: { $date }
# Variables:
#   $date (String) - when this device verified and installed it
bundle-status-verified = Verificado e instalado: { $date }
# Variables:
#   $date (String) - when it expires
bundle-status-expires = Expira: { $date }
# Variables:
#   $date (String) - when it expired
bundle-status-expired = Expirado desde { $date }: ainda funciona, mas pode estar desatualizado. Procure atualizações.
# Variables:
#   $date (String) - when a channel was last checked
bundle-status-last-checked = Última procura de atualizações: { $date }

## Updates (ponte update, "Check for updates")

# Variables:
#   $url (String) - the channel address given
#   $reason (String) - what is wrong with it
update-bad-url = Não é possível usar { $url } como canal: { $reason }.
# Variables:
#   $url (String) - what was being fetched
#   $reason (String) - what happened
update-network = Não foi possível obter { $url }: { $reason }. Tente outra vez quando estiver ligado à internet; a parte já transferida é guardada.
# Variables:
#   $url (String) - what was being fetched
#   $status (Number) - the HTTP status code
update-http = O servidor respondeu { $status } para { $url }.
# Variables:
#   $url (String) - the index's address
#   $reason (String) - what is wrong
update-bad-index = Não é possível usar o índice do canal { $url }: { $reason }.
# Variables:
#   $bundle (String) - the bundle id asked for, or "-"
#   $available (String) - the bundle ids the channel has, comma-separated
update-not-on-channel = O canal não tem o pacote { $bundle } para este dispositivo. Tem: { $available }. Escolha um com --bundle.

## Command line

# Variables:
#   $env (String) - the environment variable's name
bundle-cli-passphrase-needed = Esta chave secreta está cifrada: defina { $env } com a frase-passe dela, ou execute o comando num terminal para que a frase-passe lhe seja pedida.
bundle-cli-passphrase = Frase-passe da chave secreta
bundle-cli-passphrase-again = A mesma frase-passe outra vez
bundle-cli-passphrase-mismatch = As duas frases-passe são diferentes; nada foi escrito.
bundle-cli-passphrase-empty = Uma frase-passe vazia não protege nada: escreva uma, ou use --unencrypted de propósito.
# Variables:
#   $file (String) - the file that exists
bundle-cli-key-exists = { $file } já existe: escolha outro nome, ou use --force para o substituir.
# Variables:
#   $key (String) - the new key's id
#   $secret (String) - the secret key file
#   $public (String) - the public key file
bundle-cli-keygen-done = Nova chave { $key }: chave secreta { $secret } (guarde-a só para si), chave pública { $public }.
bundle-cli-sign-list-new-needs = Uma lista de chaves nova precisa de --publisher e --name (ou comece a partir de uma com --from).
# Variables:
#   $publisher (String) - the publisher of the list
#   $given (String) - the publisher given on the command line
bundle-cli-sign-list-publisher = A lista de chaves é de { $publisher }, não de { $given }.
# Variables:
#   $key (String) - the key id asked for
bundle-cli-no-such-key = Não há nenhuma chave { $key } aqui.
# Variables:
#   $file (String) - the key list file
#   $publisher (String) - the publisher
#   $version (String) - the list's version
#   $count (Number) - number of keys in it
#   $root (String) - the root key that signed it
bundle-cli-sign-list-done = Escrito { $file }: lista de chaves versão { $version } de { $publisher } com { $count ->
    [one] { $count } chave
   *[other] { $count } chaves
}, assinada pela chave raiz { $root }.
# Variables:
#   $file (String) - the signature file
#   $key (String) - the signing key
bundle-cli-signed = Escrito { $file } (chave { $key }).
# Variables:
#   $file (String) - the file
#   $key (String) - the key
#   $comment (String) - the signature's trusted comment
bundle-cli-signature-ok = A assinatura de { $file } pela chave { $key } é válida. Comentário de confiança (trusted comment): { $comment }
# Variables:
#   $key (String) - the key id
#   $publisher (String) - the publisher
bundle-cli-trust-added = Este dispositivo confia agora na chave raiz { $key } para { $publisher }.
bundle-cli-trust-none = Ainda não há chaves raiz de confiança: acrescente uma com `ponte trust add`.
# Variables:
#   $key (String) - the key id
#   $publisher (String) - the publisher id
#   $name (String) - the publisher's name
#   $source (String) - where it came from, already in words
bundle-cli-trust-row = { $key }  { $publisher }  { $name }  ({ $source })
# Variables:
#   $key (String) - the key id
bundle-cli-trust-removed = Este dispositivo já não confia na chave raiz { $key }.
# Variables:
#   $file (String) - the bundle file
#   $bundle (String) - the bundle id
#   $sequence (String) - its sequence
#   $publisher (String) - the publisher
bundle-cli-verified = { $file } é um pacote válido: { $bundle }, sequência { $sequence }, de { $publisher }. Verificado:
# Variables:
#   $bundle (String) - the bundle id
#   $sequence (String) - its sequence
#   $publisher (String) - the publisher
#   $services (Number) - services in it
bundle-cli-installed = Instalado { $bundle }, sequência { $sequence }, de { $publisher }: { $services } serviços, agora em uso. Verificado:
# Variables:
#   $file (String) - the manifest file written
#   $signature (String) - the signature file written
bundle-cli-manifest-written = Escritos { $file } e { $signature } (verifique-os com minisign -V).
# Variables:
#   $file (String) - the bundle file
#   $bundle (String) - the bundle id
#   $sequence (String) - its sequence
#   $services (Number) - services in it
#   $bytes (Number) - size of the compressed directory
#   $expires (String) - when it expires
#   $key (String) - the signing key
bundle-cli-built = Escrito { $file }: { $bundle }, sequência { $sequence }, { $services } serviços, { $bytes } bytes comprimidos, expira em { $expires }, assinado pela chave { $key }.
bundle-cli-built-expired = Aviso: este pacote já expirou; nenhum dispositivo o vai instalar.
# Variables:
#   $bundle (String) - the bundle id
#   $sequence (String) - its sequence
#   $folder (String) - the channel folder
#   $file (String) - the bundle's file name in it
bundle-cli-published = Publicado { $bundle }, sequência { $sequence }, em { $folder } como { $file } (index.json atualizado).
# Variables:
#   $bundle (String) - the bundle id
#   $offered (String) - the channel's sequence
#   $installed (String) - the installed sequence
bundle-cli-up-to-date = Já está atualizado: o canal oferece { $bundle }, sequência { $offered }, e este dispositivo tem { $installed }.
