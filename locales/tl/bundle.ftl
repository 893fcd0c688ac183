# Signed directory bundles: building, verifying, installing, publishing and updating.
# "Bundle" is one file holding a directory of services; "publisher" is the organisation
# that made and signed it. Key ids are 16 hexadecimal digits, like 2F1A0C3B4D5E6F70.

## Refusals (nothing on the device was changed)

bundle-nothing-changed = Walang binago: pareho pa rin ang direktoryong ginagamit.
# Variables:
#   $reason (String) - what is wrong with the file
bundle-refused-not-a-bundle = Tinanggihan: ang file na ito ay hindi bundle na mababasa ng bersiyong ito ng Ponte ({ $reason }).
# Variables:
#   $publisher (String) - the publisher, like "Example NGO (org.example)"
#   $expected (Number) - bytes the signed manifest declares
#   $found (Number) - bytes the file has
bundle-refused-truncated = Tinanggihan ang bundle ng { $publisher }: putol ang file ({ $found } sa { $expected } byte na sinasabi ng pinirmahang manifest nito). Kopyahin o i-download ito ulit.
# Variables:
#   $publisher (String) - the publisher
#   $declared (Number) - bytes the signed manifest declares
bundle-refused-too-long = Tinanggihan ang bundle ng { $publisher }: mas marami ang laman nito kaysa sa { $declared } byte na sinasabi ng pinirmahang manifest nito (hindi kailanman binabasa ang sobrang data).
# Variables:
#   $claimed (String) - the publisher the bundle claims to be from (not verified)
#   $key (String) - id of the key that signed its key list
bundle-refused-unknown-root-key = Tinanggihan: sinasabi ng bundle na galing ito sa { $claimed }, pero ang listahan ng mga key nito ay pinirmahan ng key { $key }, na hindi root key na pinagkakatiwalaan ng device na ito. Kung kilala mo ang publisher na ito, idagdag ang root key nito gamit ang `ponte trust add`.
# Variables:
#   $publisher (String) - the publisher the trusted root key belongs to
#   $claimed (String) - the publisher the key list or manifest names instead
bundle-refused-wrong-publisher = Tinanggihan: { $claimed } ang publisher na nakasulat sa listahan ng mga key o sa manifest, pero pinirmahan ito sa ilalim ng root key ng { $publisher }.
# Variables:
#   $publisher (String) - the publisher
#   $key (String) - the key that signed the manifest
bundle-refused-unknown-signing-key = Tinanggihan ang bundle ng { $publisher }: ang manifest nito ay pinirmahan ng key { $key }, na wala sa listahan ng mga key ng publisher.
# Variables:
#   $publisher (String) - the publisher
#   $key (String) - the revoked key
bundle-refused-revoked-key = Tinanggihan ang bundle ng { $publisher }: pinirmahan ito ng key { $key }, na binawi na ng publisher.
# Variables:
#   $publisher (String) - the publisher
#   $key (String) - the signing key
#   $created (String) - when the bundle says it was made
#   $validity (String) - when the key may sign, like "2026-01-01T00:00:00Z – 2027-01-01T00:00:00Z"
bundle-refused-key-not-valid = Tinanggihan ang bundle ng { $publisher }: ginawa ito noong { $created }, labas sa panahong puwedeng pumirma ang key { $key } ({ $validity }).
# Variables:
#   $what (String) - what was signed: "manifest", "key-list" or "file"
#   $key (String) - the signing key
bundle-refused-legacy-signature = Tinanggihan: ang { $what ->
    [manifest] manifest
    [key-list] listahan ng mga key
   *[file] file
} ay may lumang uri (legacy) ng pirmang minisign (key { $key }). Prehashed na pirma lang ang tinatanggap: pirmahan ito ulit gamit ang bagong minisign o ponte.
# Variables:
#   $what (String) - what was signed: "manifest", "key-list" or "file"
#   $publisher (String) - the publisher
#   $key (String) - the key the signature names
bundle-refused-bad-signature = { $what ->
    [manifest] Tinanggihan ang bundle ng { $publisher }: hindi valid ang pirma ng key { $key } sa manifest nito. Binago ito matapos pirmahan.
    [key-list] Tinanggihan ang bundle ng { $publisher }: hindi valid ang pirma ng key { $key } sa listahan ng mga key nito. Binago ito matapos pirmahan.
   *[file] Tinanggihan: hindi valid ang pirma ng key { $key }. Binago ang file matapos itong pirmahan, o pinirmahan ito ng ibang key.
}
# Variables:
#   $publisher (String) - the publisher
#   $reason (String) - what is wrong
bundle-refused-bad-manifest = Tinanggihan ang bundle ng { $publisher }: hindi magamit ang pinirmahang manifest nito ({ $reason }).
# Variables:
#   $publisher (String) - the publisher
#   $bundle (String) - the bundle id
#   $offered (String) - the bundle's sequence number
#   $installed (String) - the highest sequence number installed before
bundle-refused-rollback = Tinanggihan ang bundle { $bundle } ng { $publisher }: ang sequence nito na { $offered } ay hindi mas mataas sa { $installed }, ang pinakabagong na-install sa device na ito. Hindi kailanman pinapalitan ng mas lumang direktoryo ang mas bago.
# Variables:
#   $publisher (String) - the publisher
#   $bundle (String) - the bundle id
#   $expires (String) - when it expired
bundle-refused-expired = Tinanggihan ang bundle { $bundle } ng { $publisher }: nag-expire ito noong { $expires }. Humingi sa publisher ng bersiyong may bisa pa.
# Variables:
#   $publisher (String) - the publisher
#   $bundle (String) - the bundle id
#   $needs (String) - the Ponte version it needs, like "0.3.0"
#   $ours (String) - this Ponte's version
bundle-refused-app-too-old = Tinanggihan ang bundle { $bundle } ng { $publisher }: kailangan nito ng Ponte { $needs } o mas bago, at ito ay { $ours }. I-update muna ang Ponte.
# Variables:
#   $publisher (String) - the publisher
#   $bundle (String) - the bundle id
#   $part (String) - "payload" (the compressed data) or "directory" (after decompression)
#   $what (String) - what differs, like "SHA-256" or "length"
bundle-refused-payload-mismatch = Tinanggihan ang bundle { $bundle } ng { $publisher }: hindi tugma ang { $part ->
    [directory] direktoryo sa loob nito
   *[payload] data sa loob nito
} sa pinirmahang manifest nito ({ $what }). Binago ito, o kinuha mula sa ibang bundle.
# Variables:
#   $publisher (String) - the publisher
#   $bundle (String) - the bundle id
#   $reason (String) - what is wrong
bundle-refused-not-a-directory = Tinanggihan ang bundle { $bundle } ng { $publisher }: ang laman nito ay hindi direktoryong magagamit ng app na ito ({ $reason }).
# Variables:
#   $file (String) - the file
#   $reason (String) - what is wrong
bundle-bad-key-file = Hindi magamit ang { $file }: { $reason }.
# Variables:
#   $file (String) - the secret key file
bundle-wrong-passphrase = Hindi nabubuksan ng passphrase na ito ang lihim na key na { $file }.
# Variables:
#   $reason (String) - what went wrong
bundle-failed = { $reason }

## Progress

bundle-stage-compressing = Kino-compress
bundle-stage-hashing = Sinusuri
bundle-stage-unpacking = Ina-unpack
bundle-stage-checking = Sinusuri ang direktoryo
bundle-stage-downloading = Dina-download

## What was checked (ponte bundle verify)

bundle-check-format = Ponte bundle ang file at nasa loob ng limitasyon sa laki ang bawat bahagi nito.
# Variables:
#   $publisher (String) - the publisher
#   $version (String) - the key list's version
#   $key (String) - the root key that signed it
#   $source (String) - where the root key came from: "built-in", "added" or "command-line"
bundle-check-key-list = Ang bersiyon { $version } ng listahan ng mga key ng { $publisher } ay pinirmahan ng root key { $key } ({ $source ->
    [built-in] kasama na sa app na ito
    [added] idinagdag sa device na ito
   *[command-line] ibinigay sa command line
}).
# Variables:
#   $stored (String) - the key list version already on this device
#   $bundled (String) - the version that came with the bundle
bundle-check-newer-key-list = Ang mas bagong listahan ng mga key na nasa device na ito (bersiyon { $stored }) ang ginamit sa halip na ang kasama sa bundle (bersiyon { $bundled }).
# Variables:
#   $key (String) - the signing key
#   $validity (String) - when it may sign
bundle-check-manifest-signature = Pinirmahan ang manifest ng key { $key }, na nasa listahan at hindi binawi, valid { $validity }.
# Variables:
#   $needs (String) - the version it needs
#   $ours (String) - this app's version
bundle-check-app-version = Kailangan nito ng Ponte { $needs }; ito ay { $ours }.
# Variables:
#   $expires (String) - when it expires
bundle-check-not-expired = Hindi pa ito expired (mag-e-expire sa { $expires }).
# Variables:
#   $offered (String) - its sequence
#   $installed (String) - the highest installed before
bundle-check-sequence = Ang sequence nito na { $offered } ay mas mataas sa { $installed }, ang pinakabagong na-install dito.
# Variables:
#   $offered (String) - its sequence
bundle-check-sequence-first = Ang sequence nito ay { $offered }; wala pang na-install dito na may ganitong bundle id.
# Variables:
#   $bytes (Number) - size of the compressed data
#   $sha256 (String) - its SHA-256
bundle-check-payload = Ang data ({ $bytes } byte) ay may pinirmahang haba at SHA-256 na { $sha256 }.
# Variables:
#   $bytes (Number) - size of the directory
#   $sha256 (String) - its SHA-256
bundle-check-directory = Ang na-unpack na direktoryo ({ $bytes } byte) ay may pinirmahang haba at SHA-256 na { $sha256 }.
# Variables:
#   $services (Number) - number of services in it
bundle-check-directory-intact = Nabubuksan ang direktoryo, pumasa ito sa integrity check, at may { $services } serbisyo ito, gaya ng nakapirma.

bundle-trust-source-built-in = kasama sa app
bundle-trust-source-added = idinagdag sa device na ito
bundle-trust-source-command-line = ibinigay sa command line

## Directory status (ponte directory info, the app's About page)

bundle-status-built-in = Ang direktoryong kasama na sa app na ito.
# Variables:
#   $date (String) - when the publisher made it
bundle-status-published = Inilathala: { $date }
# Variables:
#   $date (String) - when this device verified and installed it
bundle-status-verified = Sinuri at na-install: { $date }
# Variables:
#   $date (String) - when it expires
bundle-status-expires = Mag-e-expire: { $date }
# Variables:
#   $date (String) - when it expired
bundle-status-expired = Expired na mula { $date }: gumagana pa ito, pero baka luma na ang impormasyon. Tingnan kung may update.
# Variables:
#   $date (String) - when a channel was last checked
bundle-status-last-checked = Huling tiningnan kung may update: { $date }

## Updates (ponte update, "Check for updates")

# Variables:
#   $url (String) - the channel address given
#   $reason (String) - what is wrong with it
update-bad-url = Hindi magagamit ang { $url } bilang channel: { $reason }.
# Variables:
#   $url (String) - what was being fetched
#   $reason (String) - what happened
update-network = Hindi makuha ang { $url }: { $reason }. Subukan ulit kapag online ka na; itinatago ang bahagyang na-download.
# Variables:
#   $url (String) - what was being fetched
#   $status (Number) - the HTTP status code
update-http = Sumagot ang server ng { $status } para sa { $url }.
# Variables:
#   $url (String) - the index's address
#   $reason (String) - what is wrong
update-bad-index = Hindi magamit ang index ng channel na { $url }: { $reason }.
# Variables:
#   $bundle (String) - the bundle id asked for, or "-"
#   $available (String) - the bundle ids the channel has, comma-separated
update-not-on-channel = Walang bundle na { $bundle } ang channel para sa device na ito. Ang mayroon ito: { $available }. Pumili ng isa gamit ang --bundle.

## Command line

# Variables:
#   $env (String) - the environment variable's name
bundle-cli-passphrase-needed = Naka-encrypt ang lihim na key na ito: itakda ang { $env } sa passphrase nito, o patakbuhin ang command sa terminal para tanungin ka.
bundle-cli-passphrase = Passphrase para sa lihim na key
bundle-cli-passphrase-again = Ang parehong passphrase ulit
bundle-cli-passphrase-mismatch = Magkaiba ang dalawang passphrase; walang naisulat.
bundle-cli-passphrase-empty = Walang napoprotektahan ang passphrase na walang laman: mag-type ng isa, o sadyang gamitin ang --unencrypted.
# Variables:
#   $file (String) - the file that exists
bundle-cli-key-exists = Mayroon nang { $file }: pumili ng ibang pangalan, o gamitin ang --force para palitan ito.
# Variables:
#   $key (String) - the new key's id
#   $secret (String) - the secret key file
#   $public (String) - the public key file
bundle-cli-keygen-done = Bagong key { $key }: lihim na key { $secret } (huwag itong ibahagi), pampublikong key { $public }.
bundle-cli-sign-list-new-needs = Kailangan ng bagong listahan ng mga key ang --publisher at --name (o magsimula sa isang listahan gamit ang --from).
# Variables:
#   $publisher (String) - the publisher of the list
#   $given (String) - the publisher given on the command line
bundle-cli-sign-list-publisher = Ang listahan ng mga key ay sa { $publisher }, hindi sa { $given }.
# Variables:
#   $key (String) - the key id asked for
bundle-cli-no-such-key = Walang key na { $key } dito.
# Variables:
#   $file (String) - the key list file
#   $publisher (String) - the publisher
#   $version (String) - the list's version
#   $count (Number) - number of keys in it
#   $root (String) - the root key that signed it
bundle-cli-sign-list-done = Naisulat ang { $file }: bersiyon { $version } ng listahan ng mga key ng { $publisher } na may { $count ->
    [one] { $count } key
   *[other] { $count } key
}, pinirmahan ng root key { $root }.
# Variables:
#   $file (String) - the signature file
#   $key (String) - the signing key
bundle-cli-signed = Naisulat ang { $file } (key { $key }).
# Variables:
#   $file (String) - the file
#   $key (String) - the key
#   $comment (String) - the signature's trusted comment
bundle-cli-signature-ok = Valid ang pirma ng key { $key } sa { $file }. Pinagkakatiwalaang komento: { $comment }
# Variables:
#   $key (String) - the key id
#   $publisher (String) - the publisher
bundle-cli-trust-added = Pinagkakatiwalaan na ngayon ng device na ito ang root key { $key } para sa { $publisher }.
bundle-cli-trust-none = Wala pang pinagkakatiwalaang root key: magdagdag gamit ang `ponte trust add`.
# Variables:
#   $key (String) - the key id
#   $publisher (String) - the publisher id
#   $name (String) - the publisher's name
#   $source (String) - where it came from, already in words
bundle-cli-trust-row = { $key }  { $publisher }  { $name }  ({ $source })
# Variables:
#   $key (String) - the key id
bundle-cli-trust-removed = Hindi na pinagkakatiwalaan ng device na ito ang root key { $key }.
# Variables:
#   $file (String) - the bundle file
#   $bundle (String) - the bundle id
#   $sequence (String) - its sequence
#   $publisher (String) - the publisher
bundle-cli-verified = Valid na bundle ang { $file }: { $bundle } sequence { $sequence } mula sa { $publisher }. Sinuri:
# Variables:
#   $bundle (String) - the bundle id
#   $sequence (String) - its sequence
#   $publisher (String) - the publisher
#   $services (Number) - services in it
bundle-cli-installed = Na-install ang { $bundle } sequence { $sequence } mula sa { $publisher }: { $services } serbisyo, ginagamit na ngayon. Sinuri:
# Variables:
#   $file (String) - the manifest file written
#   $signature (String) - the signature file written
bundle-cli-manifest-written = Naisulat ang { $file } at { $signature } (suriin ang mga ito gamit ang minisign -V).
# Variables:
#   $file (String) - the bundle file
#   $bundle (String) - the bundle id
#   $sequence (String) - its sequence
#   $services (Number) - services in it
#   $bytes (Number) - size of the compressed directory
#   $expires (String) - when it expires
#   $key (String) - the signing key
bundle-cli-built = Naisulat ang { $file }: { $bundle } sequence { $sequence }, { $services } serbisyo, { $bytes } byte kapag naka-compress, mag-e-expire sa { $expires }, pinirmahan ng key { $key }.
bundle-cli-built-expired = Babala: expired na ang bundle na ito; walang device na mag-i-install nito.
# Variables:
#   $bundle (String) - the bundle id
#   $sequence (String) - its sequence
#   $folder (String) - the channel folder
#   $file (String) - the bundle's file name in it
bundle-cli-published = Inilathala ang { $bundle } sequence { $sequence } sa { $folder } bilang { $file } (na-update ang index.json).
# Variables:
#   $bundle (String) - the bundle id
#   $offered (String) - the channel's sequence
#   $installed (String) - the installed sequence
bundle-cli-up-to-date = Updated na: nag-aalok ang channel ng { $bundle } sequence { $offered }, at { $installed } ang nasa device na ito.
