# Signed directory bundles: building, verifying, installing, publishing and updating.
# "Bundle" is one file holding a directory of services; "publisher" is the organisation
# that made and signed it. Key ids are 16 hexadecimal digits, like 2F1A0C3B4D5E6F70.

## Refusals (nothing on the device was changed)

bundle-nothing-changed = ບໍ່ມີຫຍັງປ່ຽນແປງ: ລາຍຊື່ບໍລິການທີ່ໃຊ້ຢູ່ຍັງຄືເກົ່າ.
# Variables:
#   $reason (String) - what is wrong with the file
bundle-refused-not-a-bundle = ບໍ່ຮັບ: ໄຟລ໌ນີ້ບໍ່ແມ່ນຊຸດຂໍ້ມູນ (bundle) ທີ່ Ponte ເວີຊັນນີ້ອ່ານໄດ້ ({ $reason }).
# Variables:
#   $publisher (String) - the publisher, like "Example NGO (org.example)"
#   $expected (Number) - bytes the signed manifest declares
#   $found (Number) - bytes the file has
bundle-refused-truncated = ບໍ່ຮັບຊຸດຂໍ້ມູນຂອງ { $publisher }: ໄຟລ໌ຂາດບາງສ່ວນ (ມີ { $found } ຈາກ { $expected } ໄບ ທີ່ manifest ທີ່ເຊັນແລ້ວລະບຸໄວ້). ໃຫ້ສຳເນົາ ຫຼື ດາວໂຫຼດໃໝ່ອີກຄັ້ງ.
# Variables:
#   $publisher (String) - the publisher
#   $declared (Number) - bytes the signed manifest declares
bundle-refused-too-long = ບໍ່ຮັບຊຸດຂໍ້ມູນຂອງ { $publisher }: ມັນມີຂໍ້ມູນຫຼາຍກວ່າ { $declared } ໄບ ທີ່ manifest ທີ່ເຊັນແລ້ວລະບຸໄວ້ (ຂໍ້ມູນສ່ວນເກີນຈະບໍ່ຖືກອ່ານເລີຍ).
# Variables:
#   $claimed (String) - the publisher the bundle claims to be from (not verified)
#   $key (String) - id of the key that signed its key list
bundle-refused-unknown-root-key = ບໍ່ຮັບ: ຊຸດຂໍ້ມູນນີ້ບອກວ່າມາຈາກ { $claimed }, ແຕ່ລາຍການກະແຈຂອງມັນເຊັນດ້ວຍກະແຈ { $key }, ເຊິ່ງບໍ່ແມ່ນກະແຈຫຼັກ (root key) ທີ່ເຄື່ອງນີ້ເຊື່ອຖື. ຖ້າທ່ານຮູ້ຈັກຜູ້ເຜີຍແຜ່ນີ້, ໃຫ້ເພີ່ມກະແຈຫຼັກຂອງເຂົາເຈົ້າດ້ວຍ `ponte trust add`.
# Variables:
#   $publisher (String) - the publisher the trusted root key belongs to
#   $claimed (String) - the publisher the key list or manifest names instead
bundle-refused-wrong-publisher = ບໍ່ຮັບ: ລາຍການກະແຈ ຫຼື manifest ລະບຸຜູ້ເຜີຍແຜ່ເປັນ { $claimed }, ແຕ່ມັນເຊັນພາຍໃຕ້ກະແຈຫຼັກຂອງ { $publisher }.
# Variables:
#   $publisher (String) - the publisher
#   $key (String) - the key that signed the manifest
bundle-refused-unknown-signing-key = ບໍ່ຮັບຊຸດຂໍ້ມູນຂອງ { $publisher }: manifest ຂອງມັນເຊັນດ້ວຍກະແຈ { $key }, ເຊິ່ງບໍ່ຢູ່ໃນລາຍການກະແຈຂອງຜູ້ເຜີຍແຜ່.
# Variables:
#   $publisher (String) - the publisher
#   $key (String) - the revoked key
bundle-refused-revoked-key = ບໍ່ຮັບຊຸດຂໍ້ມູນຂອງ { $publisher }: ມັນເຊັນດ້ວຍກະແຈ { $key }, ເຊິ່ງຜູ້ເຜີຍແຜ່ໄດ້ຍົກເລີກແລ້ວ.
# Variables:
#   $publisher (String) - the publisher
#   $key (String) - the signing key
#   $created (String) - when the bundle says it was made
#   $validity (String) - when the key may sign, like "2026-01-01T00:00:00Z – 2027-01-01T00:00:00Z"
bundle-refused-key-not-valid = ບໍ່ຮັບຊຸດຂໍ້ມູນຂອງ { $publisher }: ມັນຖືກສ້າງເມື່ອ { $created }, ຢູ່ນອກຊ່ວງເວລາທີ່ກະແຈ { $key } ເຊັນໄດ້ ({ $validity }).
# Variables:
#   $what (String) - what was signed: "manifest", "key-list" or "file"
#   $key (String) - the signing key
bundle-refused-legacy-signature = ບໍ່ຮັບ: { $what ->
    [manifest] manifest
    [key-list] ລາຍການກະແຈ
   *[file] ໄຟລ໌
} ມີລາຍເຊັນ minisign ແບບເກົ່າ (legacy) (ກະແຈ { $key }). ຮັບສະເພາະລາຍເຊັນແບບ prehashed ເທົ່ານັ້ນ: ໃຫ້ເຊັນໃໝ່ດ້ວຍ minisign ຫຼື ponte ເວີຊັນປັດຈຸບັນ.
# Variables:
#   $what (String) - what was signed: "manifest", "key-list" or "file"
#   $publisher (String) - the publisher
#   $key (String) - the key the signature names
bundle-refused-bad-signature = { $what ->
    [manifest] ບໍ່ຮັບຊຸດຂໍ້ມູນຂອງ { $publisher }: ລາຍເຊັນຂອງ manifest ໂດຍກະແຈ { $key } ກວດສອບບໍ່ຜ່ານ. ມັນຖືກແກ້ໄຂຫຼັງຈາກເຊັນແລ້ວ.
    [key-list] ບໍ່ຮັບຊຸດຂໍ້ມູນຂອງ { $publisher }: ລາຍເຊັນຂອງລາຍການກະແຈໂດຍກະແຈ { $key } ກວດສອບບໍ່ຜ່ານ. ມັນຖືກແກ້ໄຂຫຼັງຈາກເຊັນແລ້ວ.
   *[file] ບໍ່ຮັບ: ລາຍເຊັນໂດຍກະແຈ { $key } ກວດສອບບໍ່ຜ່ານ. ໄຟລ໌ຖືກແກ້ໄຂຫຼັງຈາກເຊັນ, ຫຼື ເຊັນດ້ວຍກະແຈອື່ນ.
}
# Variables:
#   $publisher (String) - the publisher
#   $reason (String) - what is wrong
bundle-refused-bad-manifest = ບໍ່ຮັບຊຸດຂໍ້ມູນຂອງ { $publisher }: ໃຊ້ manifest ທີ່ເຊັນແລ້ວຂອງມັນບໍ່ໄດ້ ({ $reason }).
# Variables:
#   $publisher (String) - the publisher
#   $bundle (String) - the bundle id
#   $offered (String) - the bundle's sequence number
#   $installed (String) - the highest sequence number installed before
bundle-refused-rollback = ບໍ່ຮັບຊຸດຂໍ້ມູນ { $bundle } ຂອງ { $publisher }: ລຳດັບທີ { $offered } ຂອງມັນບໍ່ສູງກວ່າ { $installed }, ເຊິ່ງເປັນລຳດັບໃໝ່ສຸດທີ່ເຄື່ອງນີ້ເຄີຍຕິດຕັ້ງ. ລາຍຊື່ບໍລິການທີ່ເກົ່າກວ່າຈະບໍ່ແທນທີ່ລາຍຊື່ທີ່ໃໝ່ກວ່າເລີຍ.
# Variables:
#   $publisher (String) - the publisher
#   $bundle (String) - the bundle id
#   $expires (String) - when it expired
bundle-refused-expired = ບໍ່ຮັບຊຸດຂໍ້ມູນ { $bundle } ຂອງ { $publisher }: ມັນໝົດອາຍຸເມື່ອ { $expires }. ໃຫ້ຂໍສະບັບປັດຈຸບັນຈາກຜູ້ເຜີຍແຜ່.
# Variables:
#   $publisher (String) - the publisher
#   $bundle (String) - the bundle id
#   $needs (String) - the Ponte version it needs, like "0.3.0"
#   $ours (String) - this Ponte's version
bundle-refused-app-too-old = ບໍ່ຮັບຊຸດຂໍ້ມູນ { $bundle } ຂອງ { $publisher }: ມັນຕ້ອງການ Ponte { $needs } ຫຼື ໃໝ່ກວ່າ, ແຕ່ເຄື່ອງນີ້ແມ່ນ { $ours }. ໃຫ້ອັບເດດ Ponte ກ່ອນ.
# Variables:
#   $publisher (String) - the publisher
#   $bundle (String) - the bundle id
#   $part (String) - "payload" (the compressed data) or "directory" (after decompression)
#   $what (String) - what differs, like "SHA-256" or "length"
bundle-refused-payload-mismatch = ບໍ່ຮັບຊຸດຂໍ້ມູນ { $bundle } ຂອງ { $publisher }: { $part ->
    [directory] ລາຍຊື່ບໍລິການທີ່ຢູ່ໃນນັ້ນ
   *[payload] ຂໍ້ມູນທີ່ຢູ່ໃນນັ້ນ
} ບໍ່ກົງກັບ manifest ທີ່ເຊັນແລ້ວ ({ $what }). ມັນຖືກແກ້ໄຂ, ຫຼື ເອົາມາຈາກຊຸດຂໍ້ມູນອື່ນ.
# Variables:
#   $publisher (String) - the publisher
#   $bundle (String) - the bundle id
#   $reason (String) - what is wrong
bundle-refused-not-a-directory = ບໍ່ຮັບຊຸດຂໍ້ມູນ { $bundle } ຂອງ { $publisher }: ສິ່ງທີ່ຢູ່ໃນນັ້ນບໍ່ແມ່ນລາຍຊື່ບໍລິການທີ່ແອັບນີ້ໃຊ້ໄດ້ ({ $reason }).
# Variables:
#   $file (String) - the file
#   $reason (String) - what is wrong
bundle-bad-key-file = ໃຊ້ { $file } ບໍ່ໄດ້: { $reason }.
# Variables:
#   $file (String) - the secret key file
bundle-wrong-passphrase = ວະລີລະຫັດຜ່ານນີ້ເປີດກະແຈລັບ { $file } ບໍ່ໄດ້.
# Variables:
#   $reason (String) - what went wrong
bundle-failed = { $reason }

## Progress

bundle-stage-compressing = ກຳລັງບີບອັດ
bundle-stage-hashing = ກຳລັງກວດສອບ
bundle-stage-unpacking = ກຳລັງແຕກໄຟລ໌
bundle-stage-checking = ກຳລັງກວດລາຍຊື່ບໍລິການ
bundle-stage-downloading = ກຳລັງດາວໂຫຼດ

## What was checked (ponte bundle verify)

bundle-check-format = ໄຟລ໌ນີ້ເປັນຊຸດຂໍ້ມູນຂອງ Ponte ແລະ ທຸກສ່ວນມີຂະໜາດບໍ່ເກີນທີ່ກຳນົດ.
# Variables:
#   $publisher (String) - the publisher
#   $version (String) - the key list's version
#   $key (String) - the root key that signed it
#   $source (String) - where the root key came from: "built-in", "added" or "command-line"
bundle-check-key-list = ລາຍການກະແຈເວີຊັນ { $version } ຂອງ { $publisher } ເຊັນດ້ວຍກະແຈຫຼັກ { $key } ({ $source ->
    [built-in] ມາພ້ອມກັບແອັບນີ້
    [added] ເພີ່ມໃນເຄື່ອງນີ້
   *[command-line] ລະບຸໃນແຖວຄຳສັ່ງ
}).
# Variables:
#   $stored (String) - the key list version already on this device
#   $bundled (String) - the version that came with the bundle
bundle-check-newer-key-list = ໃຊ້ລາຍການກະແຈທີ່ໃໝ່ກວ່າເຊິ່ງມີຢູ່ໃນເຄື່ອງນີ້ແລ້ວ (ເວີຊັນ { $stored }) ແທນລາຍການທີ່ມາກັບຊຸດຂໍ້ມູນ (ເວີຊັນ { $bundled }).
# Variables:
#   $key (String) - the signing key
#   $validity (String) - when it may sign
bundle-check-manifest-signature = manifest ເຊັນດ້ວຍກະແຈ { $key }, ເຊິ່ງຢູ່ໃນລາຍການ ແລະ ບໍ່ຖືກຍົກເລີກ, ໃຊ້ໄດ້ຊ່ວງ { $validity }.
# Variables:
#   $needs (String) - the version it needs
#   $ours (String) - this app's version
bundle-check-app-version = ມັນຕ້ອງການ Ponte { $needs }; ເຄື່ອງນີ້ແມ່ນ { $ours }.
# Variables:
#   $expires (String) - when it expires
bundle-check-not-expired = ມັນຍັງບໍ່ໝົດອາຍຸ (ໝົດອາຍຸ { $expires }).
# Variables:
#   $offered (String) - its sequence
#   $installed (String) - the highest installed before
bundle-check-sequence = ລຳດັບທີ { $offered } ຂອງມັນສູງກວ່າ { $installed }, ເຊິ່ງເປັນລຳດັບໃໝ່ສຸດທີ່ຕິດຕັ້ງຢູ່ນີ້.
# Variables:
#   $offered (String) - its sequence
bundle-check-sequence-first = ລຳດັບຂອງມັນແມ່ນ { $offered }; ຍັງບໍ່ມີຊຸດຂໍ້ມູນ id ນີ້ຕິດຕັ້ງຢູ່ນີ້ເທື່ອ.
# Variables:
#   $bytes (Number) - size of the compressed data
#   $sha256 (String) - its SHA-256
bundle-check-payload = ຂໍ້ມູນ ({ $bytes } ໄບ) ມີຄວາມຍາວ ແລະ SHA-256 { $sha256 } ກົງກັບທີ່ເຊັນໄວ້.
# Variables:
#   $bytes (Number) - size of the directory
#   $sha256 (String) - its SHA-256
bundle-check-directory = ລາຍຊື່ບໍລິການທີ່ແຕກໄຟລ໌ແລ້ວ ({ $bytes } ໄບ) ມີຄວາມຍາວ ແລະ SHA-256 { $sha256 } ກົງກັບທີ່ເຊັນໄວ້.
# Variables:
#   $services (Number) - number of services in it
bundle-check-directory-intact = ລາຍຊື່ບໍລິການເປີດໄດ້, ຜ່ານການກວດຄວາມສົມບູນ ແລະ ມີ { $services } ບໍລິການ, ຕາມທີ່ເຊັນໄວ້.

bundle-trust-source-built-in = ມາພ້ອມກັບແອັບ
bundle-trust-source-added = ເພີ່ມໃນເຄື່ອງນີ້
bundle-trust-source-command-line = ລະບຸໃນແຖວຄຳສັ່ງ

## Directory status (ponte directory info, the app's About page)

bundle-status-built-in = ລາຍຊື່ບໍລິການທີ່ມາພ້ອມກັບແອັບນີ້.
# Variables:
#   $date (String) - when the publisher made it
bundle-status-published = ເຜີຍແຜ່: { $date }
# Variables:
#   $date (String) - when this device verified and installed it
bundle-status-verified = ກວດສອບ ແລະ ຕິດຕັ້ງແລ້ວ: { $date }
# Variables:
#   $date (String) - when it expires
bundle-status-expires = ໝົດອາຍຸ: { $date }
# Variables:
#   $date (String) - when it expired
bundle-status-expired = ໝົດອາຍຸຕັ້ງແຕ່ { $date }: ຍັງໃຊ້ໄດ້, ແຕ່ອາດບໍ່ທັນສະໄໝ. ໃຫ້ກວດຫາອັບເດດ.
# Variables:
#   $date (String) - when a channel was last checked
bundle-status-last-checked = ກວດຫາອັບເດດຄັ້ງສຸດທ້າຍ: { $date }

## Updates (ponte update, "Check for updates")

# Variables:
#   $url (String) - the channel address given
#   $reason (String) - what is wrong with it
update-bad-url = ໃຊ້ { $url } ເປັນຊ່ອງທາງອັບເດດບໍ່ໄດ້: { $reason }.
# Variables:
#   $url (String) - what was being fetched
#   $reason (String) - what happened
update-network = ດຶງ { $url } ບໍ່ໄດ້: { $reason }. ລອງໃໝ່ເມື່ອທ່ານອອນລາຍ; ສ່ວນທີ່ດາວໂຫຼດມາແລ້ວຈະຖືກເກັບໄວ້.
# Variables:
#   $url (String) - what was being fetched
#   $status (Number) - the HTTP status code
update-http = ເຊີບເວີຕອບ { $status } ສຳລັບ { $url }.
# Variables:
#   $url (String) - the index's address
#   $reason (String) - what is wrong
update-bad-index = ໃຊ້ດັດຊະນີ (index) { $url } ຂອງຊ່ອງທາງອັບເດດບໍ່ໄດ້: { $reason }.
# Variables:
#   $bundle (String) - the bundle id asked for, or "-"
#   $available (String) - the bundle ids the channel has, comma-separated
update-not-on-channel = ຊ່ອງທາງອັບເດດນີ້ບໍ່ມີຊຸດຂໍ້ມູນ { $bundle } ສຳລັບເຄື່ອງນີ້. ທີ່ມີແມ່ນ: { $available }. ເລືອກອັນໜຶ່ງດ້ວຍ --bundle.

## Command line

# Variables:
#   $env (String) - the environment variable's name
bundle-cli-passphrase-needed = ກະແຈລັບນີ້ຖືກເຂົ້າລະຫັດໄວ້: ໃຫ້ຕັ້ງ { $env } ເປັນວະລີລະຫັດຜ່ານຂອງມັນ, ຫຼື ແລ່ນຄຳສັ່ງໃນ terminal ເພື່ອໃຫ້ມັນຖາມ.
bundle-cli-passphrase = ວະລີລະຫັດຜ່ານຂອງກະແຈລັບ
bundle-cli-passphrase-again = ວະລີລະຫັດຜ່ານເດີມອີກຄັ້ງ
bundle-cli-passphrase-mismatch = ວະລີລະຫັດຜ່ານທັງສອງບໍ່ກົງກັນ; ຍັງບໍ່ໄດ້ຂຽນຫຍັງເລີຍ.
bundle-cli-passphrase-empty = ວະລີລະຫັດຜ່ານທີ່ຫວ່າງເປົ່າບໍ່ໄດ້ປ້ອງກັນຫຍັງເລີຍ: ໃຫ້ພິມອັນໜຶ່ງ, ຫຼື ໃຊ້ --unencrypted ຖ້າຕັ້ງໃຈ.
# Variables:
#   $file (String) - the file that exists
bundle-cli-key-exists = ມີ { $file } ຢູ່ແລ້ວ: ໃຫ້ເລືອກຊື່ອື່ນ, ຫຼື ໃຊ້ --force ເພື່ອຂຽນທັບ.
# Variables:
#   $key (String) - the new key's id
#   $secret (String) - the secret key file
#   $public (String) - the public key file
bundle-cli-keygen-done = ກະແຈໃໝ່ { $key }: ກະແຈລັບ { $secret } (ເກັບເປັນຄວາມລັບ), ກະແຈສາທາລະນະ { $public }.
bundle-cli-sign-list-new-needs = ລາຍການກະແຈໃໝ່ຕ້ອງມີ --publisher ແລະ --name (ຫຼື ເລີ່ມຈາກລາຍການທີ່ມີຢູ່ດ້ວຍ --from).
# Variables:
#   $publisher (String) - the publisher of the list
#   $given (String) - the publisher given on the command line
bundle-cli-sign-list-publisher = ລາຍການກະແຈນີ້ເປັນຂອງ { $publisher }, ບໍ່ແມ່ນຂອງ { $given }.
# Variables:
#   $key (String) - the key id asked for
bundle-cli-no-such-key = ບໍ່ມີກະແຈ { $key } ຢູ່ນີ້.
# Variables:
#   $file (String) - the key list file
#   $publisher (String) - the publisher
#   $version (String) - the list's version
#   $count (Number) - number of keys in it
#   $root (String) - the root key that signed it
bundle-cli-sign-list-done = ຂຽນ { $file } ແລ້ວ: ລາຍການກະແຈເວີຊັນ { $version } ຂອງ { $publisher } ມີ { $count ->
   *[other] { $count } ກະແຈ
}, ເຊັນດ້ວຍກະແຈຫຼັກ { $root }.
# Variables:
#   $file (String) - the signature file
#   $key (String) - the signing key
bundle-cli-signed = ຂຽນ { $file } ແລ້ວ (ກະແຈ { $key }).
# Variables:
#   $file (String) - the file
#   $key (String) - the key
#   $comment (String) - the signature's trusted comment
bundle-cli-signature-ok = ລາຍເຊັນຂອງ { $file } ໂດຍກະແຈ { $key } ຖືກຕ້ອງ. ຄຳເຫັນທີ່ເຊື່ອຖືໄດ້ (trusted comment): { $comment }
# Variables:
#   $key (String) - the key id
#   $publisher (String) - the publisher
bundle-cli-trust-added = ດຽວນີ້ເຄື່ອງນີ້ເຊື່ອຖືກະແຈຫຼັກ { $key } ສຳລັບ { $publisher } ແລ້ວ.
bundle-cli-trust-none = ຍັງບໍ່ມີກະແຈຫຼັກທີ່ເຊື່ອຖື: ເພີ່ມໄດ້ດ້ວຍ `ponte trust add`.
# Variables:
#   $key (String) - the key id
#   $publisher (String) - the publisher id
#   $name (String) - the publisher's name
#   $source (String) - where it came from, already in words
bundle-cli-trust-row = { $key }  { $publisher }  { $name }  ({ $source })
# Variables:
#   $key (String) - the key id
bundle-cli-trust-removed = ເຄື່ອງນີ້ບໍ່ເຊື່ອຖືກະແຈຫຼັກ { $key } ອີກຕໍ່ໄປ.
# Variables:
#   $file (String) - the bundle file
#   $bundle (String) - the bundle id
#   $sequence (String) - its sequence
#   $publisher (String) - the publisher
bundle-cli-verified = { $file } ເປັນຊຸດຂໍ້ມູນທີ່ຖືກຕ້ອງ: { $bundle } ລຳດັບທີ { $sequence } ຈາກ { $publisher }. ສິ່ງທີ່ກວດແລ້ວ:
# Variables:
#   $bundle (String) - the bundle id
#   $sequence (String) - its sequence
#   $publisher (String) - the publisher
#   $services (Number) - services in it
bundle-cli-installed = ຕິດຕັ້ງ { $bundle } ລຳດັບທີ { $sequence } ຈາກ { $publisher } ແລ້ວ: { $services } ບໍລິການ, ກຳລັງໃຊ້ຢູ່ດຽວນີ້. ສິ່ງທີ່ກວດແລ້ວ:
# Variables:
#   $file (String) - the manifest file written
#   $signature (String) - the signature file written
bundle-cli-manifest-written = ຂຽນ { $file } ແລະ { $signature } ແລ້ວ (ກວດໄດ້ດ້ວຍ minisign -V).
# Variables:
#   $file (String) - the bundle file
#   $bundle (String) - the bundle id
#   $sequence (String) - its sequence
#   $services (Number) - services in it
#   $bytes (Number) - size of the compressed directory
#   $expires (String) - when it expires
#   $key (String) - the signing key
bundle-cli-built = ຂຽນ { $file } ແລ້ວ: { $bundle } ລຳດັບທີ { $sequence }, { $services } ບໍລິການ, ບີບອັດແລ້ວ { $bytes } ໄບ, ໝົດອາຍຸ { $expires }, ເຊັນດ້ວຍກະແຈ { $key }.
bundle-cli-built-expired = ຄຳເຕືອນ: ຊຸດຂໍ້ມູນນີ້ໝົດອາຍຸແລ້ວ; ຈະບໍ່ມີເຄື່ອງໃດຕິດຕັ້ງມັນ.
# Variables:
#   $bundle (String) - the bundle id
#   $sequence (String) - its sequence
#   $folder (String) - the channel folder
#   $file (String) - the bundle's file name in it
bundle-cli-published = ເຜີຍແຜ່ { $bundle } ລຳດັບທີ { $sequence } ໃນ { $folder } ເປັນ { $file } ແລ້ວ (ອັບເດດ index.json ແລ້ວ).
# Variables:
#   $bundle (String) - the bundle id
#   $offered (String) - the channel's sequence
#   $installed (String) - the installed sequence
bundle-cli-up-to-date = ເປັນປັດຈຸບັນແລ້ວ: ຊ່ອງທາງອັບເດດມີ { $bundle } ລຳດັບທີ { $offered }, ແລະ ເຄື່ອງນີ້ມີ { $installed }.
