# Signed directory bundles: building, verifying, installing, publishing and updating.
# "Bundle" is one file holding a directory of services; "publisher" is the organisation
# that made and signed it. Key ids are 16 hexadecimal digits, like 2F1A0C3B4D5E6F70.

## Refusals (nothing on the device was changed)

bundle-nothing-changed = Nothing was changed: the directory in use is the same as before.
# Variables:
#   $reason (String) - what is wrong with the file
bundle-refused-not-a-bundle = Refused: this file is not a bundle this version of Ponte can read ({ $reason }).
# Variables:
#   $publisher (String) - the publisher, like "Example NGO (org.example)"
#   $expected (Number) - bytes the signed manifest declares
#   $found (Number) - bytes the file has
bundle-refused-truncated = Refused { $publisher }'s bundle: the file is cut short ({ $found } of the { $expected } bytes its signed manifest declares). Copy or download it again.
# Variables:
#   $publisher (String) - the publisher
#   $declared (Number) - bytes the signed manifest declares
bundle-refused-too-long = Refused { $publisher }'s bundle: it holds more data than the { $declared } bytes its signed manifest declares (extra data is never read).
# Variables:
#   $claimed (String) - the publisher the bundle claims to be from (not verified)
#   $key (String) - id of the key that signed its key list
bundle-refused-unknown-root-key = Refused: the bundle says it is from { $claimed }, but its key list is signed by key { $key }, which is not a root key this device trusts. If you know this publisher, add its root key with `ponte trust add`.
# Variables:
#   $publisher (String) - the publisher the trusted root key belongs to
#   $claimed (String) - the publisher the key list or manifest names instead
bundle-refused-wrong-publisher = Refused: the key list or manifest names publisher { $claimed }, but it is signed under the root key of { $publisher }.
# Variables:
#   $publisher (String) - the publisher
#   $key (String) - the key that signed the manifest
bundle-refused-unknown-signing-key = Refused { $publisher }'s bundle: its manifest is signed by key { $key }, which is not in the publisher's key list.
# Variables:
#   $publisher (String) - the publisher
#   $key (String) - the revoked key
bundle-refused-revoked-key = Refused { $publisher }'s bundle: it is signed by key { $key }, which the publisher has revoked.
# Variables:
#   $publisher (String) - the publisher
#   $key (String) - the signing key
#   $created (String) - when the bundle says it was made
#   $validity (String) - when the key may sign, like "2026-01-01T00:00:00Z – 2027-01-01T00:00:00Z"
bundle-refused-key-not-valid = Refused { $publisher }'s bundle: it was made { $created }, outside the time key { $key } may sign ({ $validity }).
# Variables:
#   $what (String) - what was signed: "manifest", "key-list" or "file"
#   $key (String) - the signing key
bundle-refused-legacy-signature = Refused: the { $what ->
    [manifest] manifest
    [key-list] key list
   *[file] file
} has a legacy minisign signature (key { $key }). Only prehashed signatures are accepted: sign again with a current minisign or ponte.
# Variables:
#   $what (String) - what was signed: "manifest", "key-list" or "file"
#   $publisher (String) - the publisher
#   $key (String) - the key the signature names
bundle-refused-bad-signature = { $what ->
    [manifest] Refused { $publisher }'s bundle: the signature of its manifest by key { $key } does not verify. It was changed after it was signed.
    [key-list] Refused { $publisher }'s bundle: the signature of its key list by key { $key } does not verify. It was changed after it was signed.
   *[file] Refused: the signature by key { $key } does not verify. The file was changed after it was signed, or signed with another key.
}
# Variables:
#   $publisher (String) - the publisher
#   $reason (String) - what is wrong
bundle-refused-bad-manifest = Refused { $publisher }'s bundle: its signed manifest can't be used ({ $reason }).
# Variables:
#   $publisher (String) - the publisher
#   $bundle (String) - the bundle id
#   $offered (String) - the bundle's sequence number
#   $installed (String) - the highest sequence number installed before
bundle-refused-rollback = Refused { $publisher }'s bundle { $bundle }: its sequence { $offered } is not above { $installed }, the newest this device has installed. An older directory never replaces a newer one.
# Variables:
#   $publisher (String) - the publisher
#   $bundle (String) - the bundle id
#   $expires (String) - when it expired
bundle-refused-expired = Refused { $publisher }'s bundle { $bundle }: it expired { $expires }. Ask the publisher for a current one.
# Variables:
#   $publisher (String) - the publisher
#   $bundle (String) - the bundle id
#   $needs (String) - the Ponte version it needs, like "0.3.0"
#   $ours (String) - this Ponte's version
bundle-refused-app-too-old = Refused { $publisher }'s bundle { $bundle }: it needs Ponte { $needs } or newer, and this is { $ours }. Update Ponte first.
# Variables:
#   $publisher (String) - the publisher
#   $bundle (String) - the bundle id
#   $part (String) - "payload" (the compressed data) or "directory" (after decompression)
#   $what (String) - what differs, like "SHA-256" or "length"
bundle-refused-payload-mismatch = Refused { $publisher }'s bundle { $bundle }: the { $part ->
    [directory] directory inside it
   *[payload] data in it
} does not match its signed manifest ({ $what }). It was changed, or taken from another bundle.
# Variables:
#   $publisher (String) - the publisher
#   $bundle (String) - the bundle id
#   $reason (String) - what is wrong
bundle-refused-not-a-directory = Refused { $publisher }'s bundle { $bundle }: what it holds is not a directory this app can use ({ $reason }).
# Variables:
#   $file (String) - the file
#   $reason (String) - what is wrong
bundle-bad-key-file = { $file } can't be used: { $reason }.
# Variables:
#   $file (String) - the secret key file
bundle-wrong-passphrase = The passphrase does not open the secret key { $file }.
# Variables:
#   $reason (String) - what went wrong
bundle-failed = { $reason }

## Progress

bundle-stage-compressing = Compressing
bundle-stage-hashing = Checking
bundle-stage-unpacking = Unpacking
bundle-stage-checking = Checking directory
bundle-stage-downloading = Downloading

## What was checked (ponte bundle verify)

bundle-check-format = The file is a Ponte bundle and every part is within its size limit.
# Variables:
#   $publisher (String) - the publisher
#   $version (String) - the key list's version
#   $key (String) - the root key that signed it
#   $source (String) - where the root key came from: "built-in", "added" or "command-line"
bundle-check-key-list = Key list version { $version } of { $publisher } is signed by root key { $key } ({ $source ->
    [built-in] built into this app
    [added] added on this device
   *[command-line] given on the command line
}).
# Variables:
#   $stored (String) - the key list version already on this device
#   $bundled (String) - the version that came with the bundle
bundle-check-newer-key-list = The newer key list already on this device (version { $stored }) was used instead of the bundled one (version { $bundled }).
# Variables:
#   $key (String) - the signing key
#   $validity (String) - when it may sign
bundle-check-manifest-signature = The manifest is signed by key { $key }, listed and not revoked, valid { $validity }.
# Variables:
#   $needs (String) - the version it needs
#   $ours (String) - this app's version
bundle-check-app-version = It needs Ponte { $needs }; this is { $ours }.
# Variables:
#   $expires (String) - when it expires
bundle-check-not-expired = It has not expired (expires { $expires }).
# Variables:
#   $offered (String) - its sequence
#   $installed (String) - the highest installed before
bundle-check-sequence = Its sequence { $offered } is above { $installed }, the newest installed here.
# Variables:
#   $offered (String) - its sequence
bundle-check-sequence-first = Its sequence is { $offered }; nothing of this bundle id is installed here yet.
# Variables:
#   $bytes (Number) - size of the compressed data
#   $sha256 (String) - its SHA-256
bundle-check-payload = The data ({ $bytes } bytes) has the signed length and SHA-256 { $sha256 }.
# Variables:
#   $bytes (Number) - size of the directory
#   $sha256 (String) - its SHA-256
bundle-check-directory = The unpacked directory ({ $bytes } bytes) has the signed length and SHA-256 { $sha256 }.
# Variables:
#   $services (Number) - number of services in it
bundle-check-directory-intact = The directory opens, passes its integrity check and holds { $services } services, as signed.

bundle-trust-source-built-in = built in
bundle-trust-source-added = added on this device
bundle-trust-source-command-line = given on the command line

## Directory status (ponte directory info, the app's About page)

bundle-status-built-in = The built-in directory that came with this app.
# Variables:
#   $date (String) - when the publisher made it
bundle-status-published = Published: { $date }
# Variables:
#   $date (String) - when this device verified and installed it
bundle-status-verified = Verified and installed: { $date }
# Variables:
#   $date (String) - when it expires
bundle-status-expires = Expires: { $date }
# Variables:
#   $date (String) - when it expired
bundle-status-expired = Expired since { $date }: it still works, but may be out of date. Check for updates.
# Variables:
#   $date (String) - when a channel was last checked
bundle-status-last-checked = Last checked for updates: { $date }

## Updates (ponte update, "Check for updates")

# Variables:
#   $url (String) - the channel address given
#   $reason (String) - what is wrong with it
update-bad-url = { $url } can't be used as a channel: { $reason }.
# Variables:
#   $url (String) - what was being fetched
#   $reason (String) - what happened
update-network = Could not fetch { $url }: { $reason }. Try again when you are online; a partial download is kept.
# Variables:
#   $url (String) - what was being fetched
#   $status (Number) - the HTTP status code
update-http = The server answered { $status } for { $url }.
# Variables:
#   $url (String) - the index's address
#   $reason (String) - what is wrong
update-bad-index = The channel's index { $url } can't be used: { $reason }.
# Variables:
#   $bundle (String) - the bundle id asked for, or "-"
#   $available (String) - the bundle ids the channel has, comma-separated
update-not-on-channel = The channel has no bundle { $bundle } for this device. It has: { $available }. Choose one with --bundle.

## Command line

# Variables:
#   $env (String) - the environment variable's name
bundle-cli-passphrase-needed = This secret key is encrypted: set { $env } to its passphrase, or run the command in a terminal to be asked.
bundle-cli-passphrase = Passphrase for the secret key
bundle-cli-passphrase-again = The same passphrase again
bundle-cli-passphrase-mismatch = The two passphrases differ; nothing was written.
bundle-cli-passphrase-empty = An empty passphrase protects nothing: type one, or use --unencrypted on purpose.
# Variables:
#   $file (String) - the file that exists
bundle-cli-key-exists = { $file } exists already: choose another name, or --force to replace it.
# Variables:
#   $key (String) - the new key's id
#   $secret (String) - the secret key file
#   $public (String) - the public key file
bundle-cli-keygen-done = New key { $key }: secret key { $secret } (keep it private), public key { $public }.
bundle-cli-sign-list-new-needs = A new key list needs --publisher and --name (or start from one with --from).
# Variables:
#   $publisher (String) - the publisher of the list
#   $given (String) - the publisher given on the command line
bundle-cli-sign-list-publisher = The key list is { $publisher }'s, not { $given }'s.
# Variables:
#   $key (String) - the key id asked for
bundle-cli-no-such-key = There is no key { $key } here.
# Variables:
#   $file (String) - the key list file
#   $publisher (String) - the publisher
#   $version (String) - the list's version
#   $count (Number) - number of keys in it
#   $root (String) - the root key that signed it
bundle-cli-sign-list-done = Wrote { $file }: key list version { $version } of { $publisher } with { $count ->
    [one] 1 key
   *[other] { $count } keys
}, signed by root key { $root }.
# Variables:
#   $file (String) - the signature file
#   $key (String) - the signing key
bundle-cli-signed = Wrote { $file } (key { $key }).
# Variables:
#   $file (String) - the file
#   $key (String) - the key
#   $comment (String) - the signature's trusted comment
bundle-cli-signature-ok = The signature of { $file } by key { $key } is valid. Trusted comment: { $comment }
# Variables:
#   $key (String) - the key id
#   $publisher (String) - the publisher
bundle-cli-trust-added = This device now trusts root key { $key } for { $publisher }.
bundle-cli-trust-none = No root keys are trusted yet: add one with `ponte trust add`.
# Variables:
#   $key (String) - the key id
#   $publisher (String) - the publisher id
#   $name (String) - the publisher's name
#   $source (String) - where it came from, already in words
bundle-cli-trust-row = { $key }  { $publisher }  { $name }  ({ $source })
# Variables:
#   $key (String) - the key id
bundle-cli-trust-removed = This device no longer trusts root key { $key }.
# Variables:
#   $file (String) - the bundle file
#   $bundle (String) - the bundle id
#   $sequence (String) - its sequence
#   $publisher (String) - the publisher
bundle-cli-verified = { $file } is a valid bundle: { $bundle } sequence { $sequence } from { $publisher }. Checked:
# Variables:
#   $bundle (String) - the bundle id
#   $sequence (String) - its sequence
#   $publisher (String) - the publisher
#   $services (Number) - services in it
bundle-cli-installed = Installed { $bundle } sequence { $sequence } from { $publisher }: { $services } services, now in use. Checked:
# Variables:
#   $file (String) - the manifest file written
#   $signature (String) - the signature file written
bundle-cli-manifest-written = Wrote { $file } and { $signature } (check them with minisign -V).
# Variables:
#   $file (String) - the bundle file
#   $bundle (String) - the bundle id
#   $sequence (String) - its sequence
#   $services (Number) - services in it
#   $bytes (Number) - size of the compressed directory
#   $expires (String) - when it expires
#   $key (String) - the signing key
bundle-cli-built = Wrote { $file }: { $bundle } sequence { $sequence }, { $services } services, { $bytes } bytes compressed, expires { $expires }, signed by key { $key }.
bundle-cli-built-expired = Warning: this bundle has already expired; no device will install it.
# Variables:
#   $bundle (String) - the bundle id
#   $sequence (String) - its sequence
#   $folder (String) - the channel folder
#   $file (String) - the bundle's file name in it
bundle-cli-published = Published { $bundle } sequence { $sequence } in { $folder } as { $file } (index.json updated).
# Variables:
#   $bundle (String) - the bundle id
#   $offered (String) - the channel's sequence
#   $installed (String) - the installed sequence
bundle-cli-up-to-date = Up to date: the channel offers { $bundle } sequence { $offered }, and this device has { $installed }.
