# Signed directory bundles: building, verifying, installing, publishing and updating.
# "Bundle" is one file holding a directory of services; "publisher" is the organisation
# that made and signed it. Key ids are 16 hexadecimal digits, like 2F1A0C3B4D5E6F70.

## Refusals (nothing on the device was changed)

bundle-nothing-changed = ไม่มีอะไรเปลี่ยน รายชื่อบริการที่ใช้อยู่ยังเป็นชุดเดิม
# Variables:
#   $reason (String) - what is wrong with the file
bundle-refused-not-a-bundle = ไม่รับ: ไฟล์นี้ไม่ใช่ชุดข้อมูล (bundle) ที่ Ponte เวอร์ชันนี้อ่านได้ ({ $reason })
# Variables:
#   $publisher (String) - the publisher, like "Example NGO (org.example)"
#   $expected (Number) - bytes the signed manifest declares
#   $found (Number) - bytes the file has
bundle-refused-truncated = ไม่รับชุดข้อมูลของ { $publisher }: ไฟล์ขาดหายไปบางส่วน (มี { $found } จาก { $expected } ไบต์ที่ manifest ที่ลงนามแล้วระบุไว้) ให้คัดลอกหรือดาวน์โหลดใหม่อีกครั้ง
# Variables:
#   $publisher (String) - the publisher
#   $declared (Number) - bytes the signed manifest declares
bundle-refused-too-long = ไม่รับชุดข้อมูลของ { $publisher }: มีข้อมูลมากกว่า { $declared } ไบต์ที่ manifest ที่ลงนามแล้วระบุไว้ (ข้อมูลส่วนเกินจะไม่ถูกอ่านเลย)
# Variables:
#   $claimed (String) - the publisher the bundle claims to be from (not verified)
#   $key (String) - id of the key that signed its key list
bundle-refused-unknown-root-key = ไม่รับ: ชุดข้อมูลนี้บอกว่ามาจาก { $claimed } แต่รายการคีย์ของชุดข้อมูลลงนามด้วยคีย์ { $key } ซึ่งไม่ใช่คีย์หลัก (root key) ที่เครื่องนี้เชื่อถือ ถ้าคุณรู้จักผู้เผยแพร่นี้ ให้เพิ่มคีย์หลักของผู้เผยแพร่ด้วย `ponte trust add`
# Variables:
#   $publisher (String) - the publisher the trusted root key belongs to
#   $claimed (String) - the publisher the key list or manifest names instead
bundle-refused-wrong-publisher = ไม่รับ: รายการคีย์หรือ manifest ระบุผู้เผยแพร่เป็น { $claimed } แต่ลงนามภายใต้คีย์หลักของ { $publisher }
# Variables:
#   $publisher (String) - the publisher
#   $key (String) - the key that signed the manifest
bundle-refused-unknown-signing-key = ไม่รับชุดข้อมูลของ { $publisher }: manifest ลงนามด้วยคีย์ { $key } ซึ่งไม่อยู่ในรายการคีย์ของผู้เผยแพร่
# Variables:
#   $publisher (String) - the publisher
#   $key (String) - the revoked key
bundle-refused-revoked-key = ไม่รับชุดข้อมูลของ { $publisher }: ลงนามด้วยคีย์ { $key } ซึ่งผู้เผยแพร่เพิกถอนแล้ว
# Variables:
#   $publisher (String) - the publisher
#   $key (String) - the signing key
#   $created (String) - when the bundle says it was made
#   $validity (String) - when the key may sign, like "2026-01-01T00:00:00Z – 2027-01-01T00:00:00Z"
bundle-refused-key-not-valid = ไม่รับชุดข้อมูลของ { $publisher }: สร้างเมื่อ { $created } ซึ่งอยู่นอกช่วงเวลาที่คีย์ { $key } ลงนามได้ ({ $validity })
# Variables:
#   $what (String) - what was signed: "manifest", "key-list" or "file"
#   $key (String) - the signing key
bundle-refused-legacy-signature = ไม่รับ: { $what ->
    [manifest] manifest
    [key-list] รายการคีย์
   *[file] ไฟล์
} มีลายเซ็น minisign แบบเก่า (legacy) (คีย์ { $key }) รับเฉพาะลายเซ็นแบบ prehashed ให้ลงนามใหม่ด้วย minisign หรือ ponte เวอร์ชันปัจจุบัน
# Variables:
#   $what (String) - what was signed: "manifest", "key-list" or "file"
#   $publisher (String) - the publisher
#   $key (String) - the key the signature names
bundle-refused-bad-signature = { $what ->
    [manifest] ไม่รับชุดข้อมูลของ { $publisher }: ลายเซ็นของ manifest โดยคีย์ { $key } ตรวจสอบไม่ผ่าน มีการแก้ไขหลังจากลงนามแล้ว
    [key-list] ไม่รับชุดข้อมูลของ { $publisher }: ลายเซ็นของรายการคีย์โดยคีย์ { $key } ตรวจสอบไม่ผ่าน มีการแก้ไขหลังจากลงนามแล้ว
   *[file] ไม่รับ: ลายเซ็นโดยคีย์ { $key } ตรวจสอบไม่ผ่าน ไฟล์ถูกแก้ไขหลังจากลงนาม หรือลงนามด้วยคีย์อื่น
}
# Variables:
#   $publisher (String) - the publisher
#   $reason (String) - what is wrong
bundle-refused-bad-manifest = ไม่รับชุดข้อมูลของ { $publisher }: ใช้ manifest ที่ลงนามแล้วไม่ได้ ({ $reason })
# Variables:
#   $publisher (String) - the publisher
#   $bundle (String) - the bundle id
#   $offered (String) - the bundle's sequence number
#   $installed (String) - the highest sequence number installed before
bundle-refused-rollback = ไม่รับชุดข้อมูล { $bundle } ของ { $publisher }: ลำดับที่ { $offered } ไม่สูงกว่า { $installed } ซึ่งเป็นลำดับใหม่ที่สุดที่เครื่องนี้เคยติดตั้ง รายชื่อบริการที่เก่ากว่าจะไม่มาแทนที่รายชื่อที่ใหม่กว่าเลย
# Variables:
#   $publisher (String) - the publisher
#   $bundle (String) - the bundle id
#   $expires (String) - when it expired
bundle-refused-expired = ไม่รับชุดข้อมูล { $bundle } ของ { $publisher }: หมดอายุเมื่อ { $expires } ขอชุดข้อมูลฉบับปัจจุบันจากผู้เผยแพร่
# Variables:
#   $publisher (String) - the publisher
#   $bundle (String) - the bundle id
#   $needs (String) - the Ponte version it needs, like "0.3.0"
#   $ours (String) - this Ponte's version
bundle-refused-app-too-old = ไม่รับชุดข้อมูล { $bundle } ของ { $publisher }: ต้องใช้ Ponte { $needs } ขึ้นไป แต่เครื่องนี้เป็น { $ours } ให้อัปเดต Ponte ก่อน
# Variables:
#   $publisher (String) - the publisher
#   $bundle (String) - the bundle id
#   $part (String) - "payload" (the compressed data) or "directory" (after decompression)
#   $what (String) - what differs, like "SHA-256" or "length"
bundle-refused-payload-mismatch = ไม่รับชุดข้อมูล { $bundle } ของ { $publisher }: { $part ->
    [directory] รายชื่อบริการข้างใน
   *[payload] ข้อมูลข้างใน
} ไม่ตรงกับ manifest ที่ลงนามแล้ว ({ $what }) มีการแก้ไข หรือนำมาจากชุดข้อมูลอื่น
# Variables:
#   $publisher (String) - the publisher
#   $bundle (String) - the bundle id
#   $reason (String) - what is wrong
bundle-refused-not-a-directory = ไม่รับชุดข้อมูล { $bundle } ของ { $publisher }: สิ่งที่อยู่ข้างในไม่ใช่รายชื่อบริการที่แอปนี้ใช้ได้ ({ $reason })
# Variables:
#   $file (String) - the file
#   $reason (String) - what is wrong
bundle-bad-key-file = ใช้ { $file } ไม่ได้: { $reason }
# Variables:
#   $file (String) - the secret key file
bundle-wrong-passphrase = วลีรหัสผ่านนี้เปิดคีย์ลับ { $file } ไม่ได้
# Variables:
#   $reason (String) - what went wrong
bundle-failed = { $reason }

## Progress

bundle-stage-compressing = กำลังบีบอัด
bundle-stage-hashing = กำลังตรวจสอบ
bundle-stage-unpacking = กำลังแตกไฟล์
bundle-stage-checking = กำลังตรวจรายชื่อบริการ
bundle-stage-downloading = กำลังดาวน์โหลด

## What was checked (ponte bundle verify)

bundle-check-format = ไฟล์นี้เป็นชุดข้อมูลของ Ponte และทุกส่วนมีขนาดไม่เกินที่กำหนด
# Variables:
#   $publisher (String) - the publisher
#   $version (String) - the key list's version
#   $key (String) - the root key that signed it
#   $source (String) - where the root key came from: "built-in", "added" or "command-line"
bundle-check-key-list = รายการคีย์เวอร์ชัน { $version } ของ { $publisher } ลงนามด้วยคีย์หลัก { $key } ({ $source ->
    [built-in] ติดมากับแอปนี้
    [added] เพิ่มบนเครื่องนี้
   *[command-line] ระบุในบรรทัดคำสั่ง
})
# Variables:
#   $stored (String) - the key list version already on this device
#   $bundled (String) - the version that came with the bundle
bundle-check-newer-key-list = ใช้รายการคีย์ที่ใหม่กว่าซึ่งมีอยู่แล้วบนเครื่องนี้ (เวอร์ชัน { $stored }) แทนรายการที่มากับชุดข้อมูล (เวอร์ชัน { $bundled })
# Variables:
#   $key (String) - the signing key
#   $validity (String) - when it may sign
bundle-check-manifest-signature = manifest ลงนามด้วยคีย์ { $key } ซึ่งอยู่ในรายการและไม่ถูกเพิกถอน ใช้ได้ช่วง { $validity }
# Variables:
#   $needs (String) - the version it needs
#   $ours (String) - this app's version
bundle-check-app-version = ต้องใช้ Ponte { $needs } เครื่องนี้เป็น { $ours }
# Variables:
#   $expires (String) - when it expires
bundle-check-not-expired = ยังไม่หมดอายุ (หมดอายุ { $expires })
# Variables:
#   $offered (String) - its sequence
#   $installed (String) - the highest installed before
bundle-check-sequence = ลำดับที่ { $offered } สูงกว่า { $installed } ซึ่งเป็นลำดับใหม่ที่สุดที่ติดตั้งในเครื่องนี้
# Variables:
#   $offered (String) - its sequence
bundle-check-sequence-first = ลำดับที่ { $offered } และยังไม่เคยติดตั้งชุดข้อมูล id นี้ในเครื่องนี้
# Variables:
#   $bytes (Number) - size of the compressed data
#   $sha256 (String) - its SHA-256
bundle-check-payload = ข้อมูล ({ $bytes } ไบต์) มีความยาวและ SHA-256 { $sha256 } ตรงกับที่ลงนามไว้
# Variables:
#   $bytes (Number) - size of the directory
#   $sha256 (String) - its SHA-256
bundle-check-directory = รายชื่อบริการที่แตกไฟล์แล้ว ({ $bytes } ไบต์) มีความยาวและ SHA-256 { $sha256 } ตรงกับที่ลงนามไว้
# Variables:
#   $services (Number) - number of services in it
bundle-check-directory-intact = รายชื่อบริการเปิดได้ ผ่านการตรวจความสมบูรณ์ และมี { $services } บริการ ตรงตามที่ลงนามไว้

bundle-trust-source-built-in = ติดมากับแอป
bundle-trust-source-added = เพิ่มบนเครื่องนี้
bundle-trust-source-command-line = ระบุในบรรทัดคำสั่ง

## Directory status (ponte directory info, the app's About page)

bundle-status-built-in = รายชื่อบริการที่ติดมากับแอปนี้
# Variables:
#   $date (String) - when the publisher made it
bundle-status-published = เผยแพร่: { $date }
# Variables:
#   $date (String) - when this device verified and installed it
bundle-status-verified = ตรวจสอบและติดตั้งแล้ว: { $date }
# Variables:
#   $date (String) - when it expires
bundle-status-expires = หมดอายุ: { $date }
# Variables:
#   $date (String) - when it expired
bundle-status-expired = หมดอายุตั้งแต่ { $date } ยังใช้ได้ แต่ข้อมูลอาจไม่ทันสมัย ให้ตรวจหาอัปเดต
# Variables:
#   $date (String) - when a channel was last checked
bundle-status-last-checked = ตรวจหาอัปเดตล่าสุด: { $date }

## Updates (ponte update, "Check for updates")

# Variables:
#   $url (String) - the channel address given
#   $reason (String) - what is wrong with it
update-bad-url = ใช้ { $url } เป็นช่องทางอัปเดตไม่ได้: { $reason }
# Variables:
#   $url (String) - what was being fetched
#   $reason (String) - what happened
update-network = ดึง { $url } ไม่ได้: { $reason } ลองใหม่เมื่อคุณออนไลน์ ส่วนที่ดาวน์โหลดมาแล้วจะเก็บไว้
# Variables:
#   $url (String) - what was being fetched
#   $status (Number) - the HTTP status code
update-http = เซิร์ฟเวอร์ตอบ { $status } สำหรับ { $url }
# Variables:
#   $url (String) - the index's address
#   $reason (String) - what is wrong
update-bad-index = ใช้ดัชนี (index) { $url } ของช่องทางอัปเดตไม่ได้: { $reason }
# Variables:
#   $bundle (String) - the bundle id asked for, or "-"
#   $available (String) - the bundle ids the channel has, comma-separated
update-not-on-channel = ช่องทางอัปเดตนี้ไม่มีชุดข้อมูล { $bundle } สำหรับเครื่องนี้ ที่มีคือ: { $available } เลือกหนึ่งรายการด้วย --bundle

## Command line

# Variables:
#   $env (String) - the environment variable's name
bundle-cli-passphrase-needed = คีย์ลับนี้ถูกเข้ารหัสไว้ ให้ตั้ง { $env } เป็นวลีรหัสผ่าน หรือรันคำสั่งในเทอร์มินัลเพื่อให้ระบบถาม
bundle-cli-passphrase = วลีรหัสผ่านของคีย์ลับ
bundle-cli-passphrase-again = ใส่วลีรหัสผ่านเดิมอีกครั้ง
bundle-cli-passphrase-mismatch = วลีรหัสผ่านทั้งสองไม่ตรงกัน ยังไม่ได้เขียนอะไรเลย
bundle-cli-passphrase-empty = วลีรหัสผ่านที่ว่างเปล่าไม่ได้ป้องกันอะไรเลย ให้พิมพ์วลีรหัสผ่าน หรือใช้ --unencrypted ถ้าตั้งใจจะไม่เข้ารหัส
# Variables:
#   $file (String) - the file that exists
bundle-cli-key-exists = มี { $file } อยู่แล้ว ให้เลือกชื่ออื่น หรือใช้ --force เพื่อเขียนทับ
# Variables:
#   $key (String) - the new key's id
#   $secret (String) - the secret key file
#   $public (String) - the public key file
bundle-cli-keygen-done = คีย์ใหม่ { $key }: คีย์ลับ { $secret } (เก็บเป็นความลับ) คีย์สาธารณะ { $public }
bundle-cli-sign-list-new-needs = รายการคีย์ใหม่ต้องมี --publisher และ --name (หรือเริ่มจากรายการที่มีอยู่ด้วย --from)
# Variables:
#   $publisher (String) - the publisher of the list
#   $given (String) - the publisher given on the command line
bundle-cli-sign-list-publisher = รายการคีย์นี้เป็นของ { $publisher } ไม่ใช่ของ { $given }
# Variables:
#   $key (String) - the key id asked for
bundle-cli-no-such-key = ไม่มีคีย์ { $key } ที่นี่
# Variables:
#   $file (String) - the key list file
#   $publisher (String) - the publisher
#   $version (String) - the list's version
#   $count (Number) - number of keys in it
#   $root (String) - the root key that signed it
bundle-cli-sign-list-done = เขียน { $file } แล้ว: รายการคีย์เวอร์ชัน { $version } ของ { $publisher } มี { $count ->
   *[other] { $count } คีย์
} ลงนามด้วยคีย์หลัก { $root }
# Variables:
#   $file (String) - the signature file
#   $key (String) - the signing key
bundle-cli-signed = เขียน { $file } แล้ว (คีย์ { $key })
# Variables:
#   $file (String) - the file
#   $key (String) - the key
#   $comment (String) - the signature's trusted comment
bundle-cli-signature-ok = ลายเซ็นของ { $file } โดยคีย์ { $key } ถูกต้อง ความเห็นที่เชื่อถือได้ (trusted comment): { $comment }
# Variables:
#   $key (String) - the key id
#   $publisher (String) - the publisher
bundle-cli-trust-added = ตอนนี้เครื่องนี้เชื่อถือคีย์หลัก { $key } สำหรับ { $publisher } แล้ว
bundle-cli-trust-none = ยังไม่มีคีย์หลักที่เชื่อถือ เพิ่มได้ด้วย `ponte trust add`
# Variables:
#   $key (String) - the key id
#   $publisher (String) - the publisher id
#   $name (String) - the publisher's name
#   $source (String) - where it came from, already in words
bundle-cli-trust-row = { $key }  { $publisher }  { $name }  ({ $source })
# Variables:
#   $key (String) - the key id
bundle-cli-trust-removed = เครื่องนี้ไม่เชื่อถือคีย์หลัก { $key } อีกต่อไป
# Variables:
#   $file (String) - the bundle file
#   $bundle (String) - the bundle id
#   $sequence (String) - its sequence
#   $publisher (String) - the publisher
bundle-cli-verified = { $file } เป็นชุดข้อมูลที่ถูกต้อง: { $bundle } ลำดับที่ { $sequence } จาก { $publisher } สิ่งที่ตรวจแล้ว:
# Variables:
#   $bundle (String) - the bundle id
#   $sequence (String) - its sequence
#   $publisher (String) - the publisher
#   $services (Number) - services in it
bundle-cli-installed = ติดตั้ง { $bundle } ลำดับที่ { $sequence } จาก { $publisher } แล้ว: { $services } บริการ ใช้งานอยู่ตอนนี้ สิ่งที่ตรวจแล้ว:
# Variables:
#   $file (String) - the manifest file written
#   $signature (String) - the signature file written
bundle-cli-manifest-written = เขียน { $file } และ { $signature } แล้ว (ตรวจได้ด้วย minisign -V)
# Variables:
#   $file (String) - the bundle file
#   $bundle (String) - the bundle id
#   $sequence (String) - its sequence
#   $services (Number) - services in it
#   $bytes (Number) - size of the compressed directory
#   $expires (String) - when it expires
#   $key (String) - the signing key
bundle-cli-built = เขียน { $file } แล้ว: { $bundle } ลำดับที่ { $sequence }, { $services } บริการ, บีบอัดแล้ว { $bytes } ไบต์, หมดอายุ { $expires }, ลงนามด้วยคีย์ { $key }
bundle-cli-built-expired = คำเตือน: ชุดข้อมูลนี้หมดอายุแล้ว จะไม่มีเครื่องใดติดตั้ง
# Variables:
#   $bundle (String) - the bundle id
#   $sequence (String) - its sequence
#   $folder (String) - the channel folder
#   $file (String) - the bundle's file name in it
bundle-cli-published = เผยแพร่ { $bundle } ลำดับที่ { $sequence } ใน { $folder } เป็นไฟล์ { $file } แล้ว (อัปเดต index.json แล้ว)
# Variables:
#   $bundle (String) - the bundle id
#   $offered (String) - the channel's sequence
#   $installed (String) - the installed sequence
bundle-cli-up-to-date = เป็นปัจจุบันแล้ว: ช่องทางอัปเดตมี { $bundle } ลำดับที่ { $offered } และเครื่องนี้มีลำดับที่ { $installed }
