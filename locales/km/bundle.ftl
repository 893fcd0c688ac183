# Signed directory bundles: building, verifying, installing, publishing and updating.
# "Bundle" is one file holding a directory of services; "publisher" is the organisation
# that made and signed it. Key ids are 16 hexadecimal digits, like 2F1A0C3B4D5E6F70.

## Refusals (nothing on the device was changed)

bundle-nothing-changed = គ្មានអ្វីត្រូវបានផ្លាស់ប្តូរទេ៖ បញ្ជីសេវាដែលកំពុងប្រើ នៅដដែលដូចមុន។
# Variables:
#   $reason (String) - what is wrong with the file
bundle-refused-not-a-bundle = មិនទទួលយក៖ ឯកសារនេះមិនមែនជាកញ្ចប់ (bundle) ដែល Ponte កំណែនេះអាចអានបានទេ ({ $reason })។
# Variables:
#   $publisher (String) - the publisher, like "Example NGO (org.example)"
#   $expected (Number) - bytes the signed manifest declares
#   $found (Number) - bytes the file has
bundle-refused-truncated = មិនទទួលយកកញ្ចប់របស់ { $publisher } ទេ៖ ឯកសារខ្វះមួយផ្នែក (មាន { $found } ក្នុងចំណោម { $expected } បៃ ដែល manifest ដែលបានចុះហត្ថលេខាបានប្រកាស)។ សូមចម្លង ឬទាញយកវាម្តងទៀត។
# Variables:
#   $publisher (String) - the publisher
#   $declared (Number) - bytes the signed manifest declares
bundle-refused-too-long = មិនទទួលយកកញ្ចប់របស់ { $publisher } ទេ៖ វាមានទិន្នន័យច្រើនជាង { $declared } បៃ ដែល manifest ដែលបានចុះហត្ថលេខាបានប្រកាស (ទិន្នន័យលើស មិនដែលត្រូវបានអានទេ)។
# Variables:
#   $claimed (String) - the publisher the bundle claims to be from (not verified)
#   $key (String) - id of the key that signed its key list
bundle-refused-unknown-root-key = មិនទទួលយក៖ កញ្ចប់នេះថាមកពី { $claimed } ប៉ុន្តែបញ្ជីសោរបស់វាត្រូវបានចុះហត្ថលេខាដោយសោ { $key } ដែលមិនមែនជាសោមេ (root key) ដែលឧបករណ៍នេះទុកចិត្តទេ។ បើអ្នកស្គាល់អ្នកបោះពុម្ពផ្សាយនេះ សូមបន្ថែមសោមេរបស់គេដោយប្រើ `ponte trust add`។
# Variables:
#   $publisher (String) - the publisher the trusted root key belongs to
#   $claimed (String) - the publisher the key list or manifest names instead
bundle-refused-wrong-publisher = មិនទទួលយក៖ បញ្ជីសោ ឬ manifest ដាក់ឈ្មោះអ្នកបោះពុម្ពផ្សាយ { $claimed } ប៉ុន្តែវាត្រូវបានចុះហត្ថលេខាក្រោមសោមេរបស់ { $publisher }។
# Variables:
#   $publisher (String) - the publisher
#   $key (String) - the key that signed the manifest
bundle-refused-unknown-signing-key = មិនទទួលយកកញ្ចប់របស់ { $publisher } ទេ៖ manifest របស់វាត្រូវបានចុះហត្ថលេខាដោយសោ { $key } ដែលមិនមាននៅក្នុងបញ្ជីសោរបស់អ្នកបោះពុម្ពផ្សាយទេ។
# Variables:
#   $publisher (String) - the publisher
#   $key (String) - the revoked key
bundle-refused-revoked-key = មិនទទួលយកកញ្ចប់របស់ { $publisher } ទេ៖ វាត្រូវបានចុះហត្ថលេខាដោយសោ { $key } ដែលអ្នកបោះពុម្ពផ្សាយបានដកហូតហើយ។
# Variables:
#   $publisher (String) - the publisher
#   $key (String) - the signing key
#   $created (String) - when the bundle says it was made
#   $validity (String) - when the key may sign, like "2026-01-01T00:00:00Z – 2027-01-01T00:00:00Z"
bundle-refused-key-not-valid = មិនទទួលយកកញ្ចប់របស់ { $publisher } ទេ៖ វាត្រូវបានធ្វើនៅ { $created } ក្រៅពេលវេលាដែលសោ { $key } អាចចុះហត្ថលេខាបាន ({ $validity })។
# Variables:
#   $what (String) - what was signed: "manifest", "key-list" or "file"
#   $key (String) - the signing key
bundle-refused-legacy-signature = មិនទទួលយក៖ { $what ->
    [manifest] manifest
    [key-list] បញ្ជីសោ
   *[file] ឯកសារ
} មានហត្ថលេខា minisign ប្រភេទចាស់ (legacy) (សោ { $key })។ ទទួលយកតែហត្ថលេខាប្រភេទ prehashed ប៉ុណ្ណោះ៖ សូមចុះហត្ថលេខាម្តងទៀតដោយប្រើ minisign ឬ ponte កំណែបច្ចុប្បន្ន។
# Variables:
#   $what (String) - what was signed: "manifest", "key-list" or "file"
#   $publisher (String) - the publisher
#   $key (String) - the key the signature names
bundle-refused-bad-signature = { $what ->
    [manifest] មិនទទួលយកកញ្ចប់របស់ { $publisher } ទេ៖ ហត្ថលេខាលើ manifest ដោយសោ { $key } ផ្ទៀងផ្ទាត់មិនត្រូវទេ។ វាត្រូវបានកែប្រែបន្ទាប់ពីចុះហត្ថលេខា។
    [key-list] មិនទទួលយកកញ្ចប់របស់ { $publisher } ទេ៖ ហត្ថលេខាលើបញ្ជីសោដោយសោ { $key } ផ្ទៀងផ្ទាត់មិនត្រូវទេ។ វាត្រូវបានកែប្រែបន្ទាប់ពីចុះហត្ថលេខា។
   *[file] មិនទទួលយក៖ ហត្ថលេខាដោយសោ { $key } ផ្ទៀងផ្ទាត់មិនត្រូវទេ។ ឯកសារត្រូវបានកែប្រែបន្ទាប់ពីចុះហត្ថលេខា ឬត្រូវបានចុះហត្ថលេខាដោយសោផ្សេង។
}
# Variables:
#   $publisher (String) - the publisher
#   $reason (String) - what is wrong
bundle-refused-bad-manifest = មិនទទួលយកកញ្ចប់របស់ { $publisher } ទេ៖ manifest ដែលបានចុះហត្ថលេខារបស់វា មិនអាចប្រើបានទេ ({ $reason })។
# Variables:
#   $publisher (String) - the publisher
#   $bundle (String) - the bundle id
#   $offered (String) - the bundle's sequence number
#   $installed (String) - the highest sequence number installed before
bundle-refused-rollback = មិនទទួលយកកញ្ចប់ { $bundle } របស់ { $publisher } ទេ៖ លេខលំដាប់ { $offered } របស់វា មិនខ្ពស់ជាង { $installed } ដែលជាលេខថ្មីបំផុតដែលឧបករណ៍នេះបានដំឡើងទេ។ បញ្ជីសេវាចាស់ មិនដែលជំនួសបញ្ជីថ្មីទេ។
# Variables:
#   $publisher (String) - the publisher
#   $bundle (String) - the bundle id
#   $expires (String) - when it expired
bundle-refused-expired = មិនទទួលយកកញ្ចប់ { $bundle } របស់ { $publisher } ទេ៖ វាបានផុតកំណត់នៅ { $expires }។ សូមសុំកញ្ចប់បច្ចុប្បន្នពីអ្នកបោះពុម្ពផ្សាយ។
# Variables:
#   $publisher (String) - the publisher
#   $bundle (String) - the bundle id
#   $needs (String) - the Ponte version it needs, like "0.3.0"
#   $ours (String) - this Ponte's version
bundle-refused-app-too-old = មិនទទួលយកកញ្ចប់ { $bundle } របស់ { $publisher } ទេ៖ វាត្រូវការ Ponte { $needs } ឬថ្មីជាង ហើយនេះជា { $ours }។ សូមធ្វើបច្ចុប្បន្នភាព Ponte ជាមុនសិន។
# Variables:
#   $publisher (String) - the publisher
#   $bundle (String) - the bundle id
#   $part (String) - "payload" (the compressed data) or "directory" (after decompression)
#   $what (String) - what differs, like "SHA-256" or "length"
bundle-refused-payload-mismatch = មិនទទួលយកកញ្ចប់ { $bundle } របស់ { $publisher } ទេ៖ { $part ->
    [directory] បញ្ជីសេវានៅក្នុងវា
   *[payload] ទិន្នន័យនៅក្នុងវា
} មិនត្រូវគ្នានឹង manifest ដែលបានចុះហត្ថលេខារបស់វាទេ ({ $what })។ វាត្រូវបានកែប្រែ ឬយកមកពីកញ្ចប់ផ្សេង។
# Variables:
#   $publisher (String) - the publisher
#   $bundle (String) - the bundle id
#   $reason (String) - what is wrong
bundle-refused-not-a-directory = មិនទទួលយកកញ្ចប់ { $bundle } របស់ { $publisher } ទេ៖ អ្វីដែលវាផ្ទុក មិនមែនជាបញ្ជីសេវាដែលកម្មវិធីនេះអាចប្រើបានទេ ({ $reason })។
# Variables:
#   $file (String) - the file
#   $reason (String) - what is wrong
bundle-bad-key-file = មិនអាចប្រើ { $file } បានទេ៖ { $reason }។
# Variables:
#   $file (String) - the secret key file
bundle-wrong-passphrase = ឃ្លាសម្ងាត់នេះ មិនអាចបើកសោសម្ងាត់ { $file } បានទេ។
# Variables:
#   $reason (String) - what went wrong
bundle-failed = { $reason }

## Progress

bundle-stage-compressing = កំពុងបង្ហាប់
bundle-stage-hashing = កំពុងពិនិត្យ
bundle-stage-unpacking = កំពុងពន្លា
bundle-stage-checking = កំពុងពិនិត្យបញ្ជីសេវា
bundle-stage-downloading = កំពុងទាញយក

## What was checked (ponte bundle verify)

bundle-check-format = ឯកសារនេះជាកញ្ចប់ Ponte ហើយផ្នែកនីមួយៗស្ថិតក្នុងដែនកំណត់ទំហំរបស់វា។
# Variables:
#   $publisher (String) - the publisher
#   $version (String) - the key list's version
#   $key (String) - the root key that signed it
#   $source (String) - where the root key came from: "built-in", "added" or "command-line"
bundle-check-key-list = បញ្ជីសោកំណែ { $version } របស់ { $publisher } ត្រូវបានចុះហត្ថលេខាដោយសោមេ { $key } ({ $source ->
    [built-in] ភ្ជាប់មកជាមួយកម្មវិធីនេះ
    [added] បានបន្ថែមលើឧបករណ៍នេះ
   *[command-line] បានផ្តល់នៅលើបន្ទាត់ពាក្យបញ្ជា
})។
# Variables:
#   $stored (String) - the key list version already on this device
#   $bundled (String) - the version that came with the bundle
bundle-check-newer-key-list = បញ្ជីសោថ្មីជាង ដែលមានលើឧបករណ៍នេះរួចហើយ (កំណែ { $stored }) ត្រូវបានប្រើជំនួសបញ្ជីដែលភ្ជាប់មកជាមួយកញ្ចប់ (កំណែ { $bundled })។
# Variables:
#   $key (String) - the signing key
#   $validity (String) - when it may sign
bundle-check-manifest-signature = manifest ត្រូវបានចុះហត្ថលេខាដោយសោ { $key } ដែលមាននៅក្នុងបញ្ជី និងមិនត្រូវបានដកហូត មានសុពលភាព { $validity }។
# Variables:
#   $needs (String) - the version it needs
#   $ours (String) - this app's version
bundle-check-app-version = វាត្រូវការ Ponte { $needs } ហើយនេះជា { $ours }។
# Variables:
#   $expires (String) - when it expires
bundle-check-not-expired = វាមិនទាន់ផុតកំណត់ទេ (ផុតកំណត់នៅ { $expires })។
# Variables:
#   $offered (String) - its sequence
#   $installed (String) - the highest installed before
bundle-check-sequence = លេខលំដាប់ { $offered } របស់វា ខ្ពស់ជាង { $installed } ដែលជាលេខថ្មីបំផុតដែលបានដំឡើងនៅទីនេះ។
# Variables:
#   $offered (String) - its sequence
bundle-check-sequence-first = លេខលំដាប់របស់វាគឺ { $offered }។ មិនទាន់មានកញ្ចប់ id នេះដំឡើងនៅទីនេះនៅឡើយទេ។
# Variables:
#   $bytes (Number) - size of the compressed data
#   $sha256 (String) - its SHA-256
bundle-check-payload = ទិន្នន័យ ({ $bytes } បៃ) មានប្រវែង និង SHA-256 { $sha256 } ត្រូវនឹងអ្វីដែលបានចុះហត្ថលេខា។
# Variables:
#   $bytes (Number) - size of the directory
#   $sha256 (String) - its SHA-256
bundle-check-directory = បញ្ជីសេវាដែលបានពន្លា ({ $bytes } បៃ) មានប្រវែង និង SHA-256 { $sha256 } ត្រូវនឹងអ្វីដែលបានចុះហត្ថលេខា។
# Variables:
#   $services (Number) - number of services in it
bundle-check-directory-intact = បញ្ជីសេវាបើកបាន ឆ្លងកាត់ការពិនិត្យភាពត្រឹមត្រូវ ហើយមានសេវា { $services } ដូចដែលបានចុះហត្ថលេខា។

bundle-trust-source-built-in = ភ្ជាប់មកជាមួយ
bundle-trust-source-added = បានបន្ថែមលើឧបករណ៍នេះ
bundle-trust-source-command-line = បានផ្តល់នៅលើបន្ទាត់ពាក្យបញ្ជា

## Directory status (ponte directory info, the app's About page)

bundle-status-built-in = បញ្ជីសេវាដែលភ្ជាប់មកជាមួយកម្មវិធីនេះ។
# Variables:
#   $date (String) - when the publisher made it
bundle-status-published = បោះពុម្ពផ្សាយ៖ { $date }
# Variables:
#   $date (String) - when this device verified and installed it
bundle-status-verified = បានផ្ទៀងផ្ទាត់ និងដំឡើង៖ { $date }
# Variables:
#   $date (String) - when it expires
bundle-status-expires = ផុតកំណត់៖ { $date }
# Variables:
#   $date (String) - when it expired
bundle-status-expired = ផុតកំណត់តាំងពី { $date }៖ វានៅតែដំណើរការ ប៉ុន្តែប្រហែលជាហួសសម័យ។ សូមពិនិត្យរកបច្ចុប្បន្នភាព។
# Variables:
#   $date (String) - when a channel was last checked
bundle-status-last-checked = ពិនិត្យរកបច្ចុប្បន្នភាពចុងក្រោយ៖ { $date }

## Updates (ponte update, "Check for updates")

# Variables:
#   $url (String) - the channel address given
#   $reason (String) - what is wrong with it
update-bad-url = មិនអាចប្រើ { $url } ជាឆានែលបានទេ៖ { $reason }។
# Variables:
#   $url (String) - what was being fetched
#   $reason (String) - what happened
update-network = មិនអាចទាញយក { $url } បានទេ៖ { $reason }។ សូមព្យាយាមម្តងទៀតនៅពេលអ្នកមានអ៊ីនធឺណិត។ ផ្នែកដែលបានទាញយករួច ត្រូវបានរក្សាទុក។
# Variables:
#   $url (String) - what was being fetched
#   $status (Number) - the HTTP status code
update-http = ម៉ាស៊ីនមេបានឆ្លើយ { $status } សម្រាប់ { $url }។
# Variables:
#   $url (String) - the index's address
#   $reason (String) - what is wrong
update-bad-index = មិនអាចប្រើ index { $url } របស់ឆានែលបានទេ៖ { $reason }។
# Variables:
#   $bundle (String) - the bundle id asked for, or "-"
#   $available (String) - the bundle ids the channel has, comma-separated
update-not-on-channel = ឆានែលនេះគ្មានកញ្ចប់ { $bundle } សម្រាប់ឧបករណ៍នេះទេ។ វាមាន៖ { $available }។ សូមជ្រើសមួយដោយប្រើ --bundle។

## Command line

# Variables:
#   $env (String) - the environment variable's name
bundle-cli-passphrase-needed = សោសម្ងាត់នេះត្រូវបានអ៊ិនគ្រីប៖ សូមកំណត់ { $env } ជាឃ្លាសម្ងាត់របស់វា ឬដំណើរការពាក្យបញ្ជានៅក្នុង terminal ដើម្បីឱ្យវាសួរ។
bundle-cli-passphrase = ឃ្លាសម្ងាត់សម្រាប់សោសម្ងាត់
bundle-cli-passphrase-again = ឃ្លាសម្ងាត់ដដែលម្តងទៀត
bundle-cli-passphrase-mismatch = ឃ្លាសម្ងាត់ទាំងពីរខុសគ្នា៖ គ្មានអ្វីត្រូវបានសរសេរទេ។
bundle-cli-passphrase-empty = ឃ្លាសម្ងាត់ទទេ មិនការពារអ្វីទេ៖ សូមវាយមួយ ឬប្រើ --unencrypted ដោយចេតនា។
# Variables:
#   $file (String) - the file that exists
bundle-cli-key-exists = { $file } មានរួចហើយ៖ សូមជ្រើសឈ្មោះផ្សេង ឬប្រើ --force ដើម្បីជំនួសវា។
# Variables:
#   $key (String) - the new key's id
#   $secret (String) - the secret key file
#   $public (String) - the public key file
bundle-cli-keygen-done = សោថ្មី { $key }៖ សោសម្ងាត់ { $secret } (រក្សាវាជាការសម្ងាត់) សោសាធារណៈ { $public }។
bundle-cli-sign-list-new-needs = បញ្ជីសោថ្មីត្រូវការ --publisher និង --name (ឬចាប់ផ្តើមពីបញ្ជីដែលមានស្រាប់ដោយប្រើ --from)។
# Variables:
#   $publisher (String) - the publisher of the list
#   $given (String) - the publisher given on the command line
bundle-cli-sign-list-publisher = បញ្ជីសោនេះជារបស់ { $publisher } មិនមែនរបស់ { $given } ទេ។
# Variables:
#   $key (String) - the key id asked for
bundle-cli-no-such-key = គ្មានសោ { $key } នៅទីនេះទេ។
# Variables:
#   $file (String) - the key list file
#   $publisher (String) - the publisher
#   $version (String) - the list's version
#   $count (Number) - number of keys in it
#   $root (String) - the root key that signed it
bundle-cli-sign-list-done = បានសរសេរ { $file }៖ បញ្ជីសោកំណែ { $version } របស់ { $publisher } ដែលមាន { $count ->
   *[other] សោ { $count }
} ចុះហត្ថលេខាដោយសោមេ { $root }។
# Variables:
#   $file (String) - the signature file
#   $key (String) - the signing key
bundle-cli-signed = បានសរសេរ { $file } (សោ { $key })។
# Variables:
#   $file (String) - the file
#   $key (String) - the key
#   $comment (String) - the signature's trusted comment
bundle-cli-signature-ok = ហត្ថលេខារបស់ { $file } ដោយសោ { $key } ត្រឹមត្រូវ។ មតិដែលទុកចិត្តបាន (trusted comment)៖ { $comment }
# Variables:
#   $key (String) - the key id
#   $publisher (String) - the publisher
bundle-cli-trust-added = ឥឡូវឧបករណ៍នេះទុកចិត្តសោមេ { $key } សម្រាប់ { $publisher }។
bundle-cli-trust-none = មិនទាន់មានសោមេដែលទុកចិត្តនៅឡើយទេ៖ សូមបន្ថែមមួយដោយប្រើ `ponte trust add`។
# Variables:
#   $key (String) - the key id
#   $publisher (String) - the publisher id
#   $name (String) - the publisher's name
#   $source (String) - where it came from, already in words
bundle-cli-trust-row = { $key }  { $publisher }  { $name }  ({ $source })
# Variables:
#   $key (String) - the key id
bundle-cli-trust-removed = ឧបករណ៍នេះលែងទុកចិត្តសោមេ { $key } ទៀតហើយ។
# Variables:
#   $file (String) - the bundle file
#   $bundle (String) - the bundle id
#   $sequence (String) - its sequence
#   $publisher (String) - the publisher
bundle-cli-verified = { $file } ជាកញ្ចប់ត្រឹមត្រូវ៖ { $bundle } លេខលំដាប់ { $sequence } ពី { $publisher }។ បានពិនិត្យ៖
# Variables:
#   $bundle (String) - the bundle id
#   $sequence (String) - its sequence
#   $publisher (String) - the publisher
#   $services (Number) - services in it
bundle-cli-installed = បានដំឡើង { $bundle } លេខលំដាប់ { $sequence } ពី { $publisher }៖ សេវា { $services } ឥឡូវកំពុងប្រើ។ បានពិនិត្យ៖
# Variables:
#   $file (String) - the manifest file written
#   $signature (String) - the signature file written
bundle-cli-manifest-written = បានសរសេរ { $file } និង { $signature } (ពិនិត្យវាដោយប្រើ minisign -V)។
# Variables:
#   $file (String) - the bundle file
#   $bundle (String) - the bundle id
#   $sequence (String) - its sequence
#   $services (Number) - services in it
#   $bytes (Number) - size of the compressed directory
#   $expires (String) - when it expires
#   $key (String) - the signing key
bundle-cli-built = បានសរសេរ { $file }៖ { $bundle } លេខលំដាប់ { $sequence }, សេវា { $services }, បង្ហាប់ { $bytes } បៃ, ផុតកំណត់ { $expires }, ចុះហត្ថលេខាដោយសោ { $key }។
bundle-cli-built-expired = ការព្រមាន៖ កញ្ចប់នេះបានផុតកំណត់រួចហើយ។ គ្មានឧបករណ៍ណានឹងដំឡើងវាទេ។
# Variables:
#   $bundle (String) - the bundle id
#   $sequence (String) - its sequence
#   $folder (String) - the channel folder
#   $file (String) - the bundle's file name in it
bundle-cli-published = បានបោះពុម្ពផ្សាយ { $bundle } លេខលំដាប់ { $sequence } ក្នុង { $folder } ជា { $file } (បានធ្វើបច្ចុប្បន្នភាព index.json)។
# Variables:
#   $bundle (String) - the bundle id
#   $offered (String) - the channel's sequence
#   $installed (String) - the installed sequence
bundle-cli-up-to-date = ទាន់សម័យហើយ៖ ឆានែលផ្តល់ { $bundle } លេខលំដាប់ { $offered } ហើយឧបករណ៍នេះមាន { $installed }។
