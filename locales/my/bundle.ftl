# Signed directory bundles: building, verifying, installing, publishing and updating.
# "Bundle" is one file holding a directory of services; "publisher" is the organisation
# that made and signed it. Key ids are 16 hexadecimal digits, like 2F1A0C3B4D5E6F70.

## Refusals (nothing on the device was changed)

bundle-nothing-changed = ဘာမှ မပြောင်းလဲပါ- သုံးနေသော လမ်းညွှန်စာရင်းသည် ယခင်အတိုင်း ဖြစ်သည်။
# Variables:
#   $reason (String) - what is wrong with the file
bundle-refused-not-a-bundle = လက်မခံပါ- ဤဖိုင်သည် Ponte ဤဗားရှင်း ဖတ်နိုင်သော bundle မဟုတ်ပါ ({ $reason })။
# Variables:
#   $publisher (String) - the publisher, like "Example NGO (org.example)"
#   $expected (Number) - bytes the signed manifest declares
#   $found (Number) - bytes the file has
bundle-refused-truncated = { $publisher } ၏ bundle ကို လက်မခံပါ- ဖိုင် ပြတ်နေသည် (လက်မှတ်ထိုးထားသော manifest က ဖော်ပြသည့် { $expected } bytes အနက် { $found } bytes သာ ရှိသည်)။ ထပ်မံ ကူးယူပါ သို့မဟုတ် ဒေါင်းလုဒ် လုပ်ပါ။
# Variables:
#   $publisher (String) - the publisher
#   $declared (Number) - bytes the signed manifest declares
bundle-refused-too-long = { $publisher } ၏ bundle ကို လက်မခံပါ- လက်မှတ်ထိုးထားသော manifest က ဖော်ပြသည့် { $declared } bytes ထက် ဒေတာ ပိုပါနေသည် (ပိုနေသော ဒေတာကို ဘယ်တော့မှ မဖတ်ပါ)။
# Variables:
#   $claimed (String) - the publisher the bundle claims to be from (not verified)
#   $key (String) - id of the key that signed its key list
bundle-refused-unknown-root-key = လက်မခံပါ- ဤ bundle က { $claimed } မှ ဖြစ်သည်ဟု ဆိုသော်လည်း ၎င်း၏ ကီးစာရင်းကို ကီး { $key } ဖြင့် လက်မှတ်ထိုးထားပြီး ထိုကီးသည် ဤစက် ယုံကြည်သော root ကီး မဟုတ်ပါ။ ဤထုတ်ဝေသူကို သိလျှင် `ponte trust add` ဖြင့် ၎င်း၏ root ကီးကို ထည့်ပါ။
# Variables:
#   $publisher (String) - the publisher the trusted root key belongs to
#   $claimed (String) - the publisher the key list or manifest names instead
bundle-refused-wrong-publisher = လက်မခံပါ- ကီးစာရင်း သို့မဟုတ် manifest တွင် ထုတ်ဝေသူ { $claimed } ဟု ဖော်ပြထားသော်လည်း { $publisher } ၏ root ကီးဖြင့် လက်မှတ်ထိုးထားသည်။
# Variables:
#   $publisher (String) - the publisher
#   $key (String) - the key that signed the manifest
bundle-refused-unknown-signing-key = { $publisher } ၏ bundle ကို လက်မခံပါ- ၎င်း၏ manifest ကို ကီး { $key } ဖြင့် လက်မှတ်ထိုးထားပြီး ထိုကီးသည် ထုတ်ဝေသူ၏ ကီးစာရင်းတွင် မပါပါ။
# Variables:
#   $publisher (String) - the publisher
#   $key (String) - the revoked key
bundle-refused-revoked-key = { $publisher } ၏ bundle ကို လက်မခံပါ- ထုတ်ဝေသူက ရုပ်သိမ်းထားသော ကီး { $key } ဖြင့် လက်မှတ်ထိုးထားသည်။
# Variables:
#   $publisher (String) - the publisher
#   $key (String) - the signing key
#   $created (String) - when the bundle says it was made
#   $validity (String) - when the key may sign, like "2026-01-01T00:00:00Z – 2027-01-01T00:00:00Z"
bundle-refused-key-not-valid = { $publisher } ၏ bundle ကို လက်မခံပါ- ၎င်းကို { $created } တွင် ပြုလုပ်ခဲ့ပြီး ကီး { $key } လက်မှတ်ထိုးခွင့်ရှိသော အချိန် ({ $validity }) ပြင်ပ ဖြစ်နေသည်။
# Variables:
#   $what (String) - what was signed: "manifest", "key-list" or "file"
#   $key (String) - the signing key
bundle-refused-legacy-signature = လက်မခံပါ- { $what ->
    [manifest] manifest
    [key-list] ကီးစာရင်း
   *[file] ဖိုင်
} တွင် ပုံစံဟောင်း (legacy) minisign လက်မှတ် ရှိသည် (ကီး { $key })။ prehashed လက်မှတ်များကိုသာ လက်ခံသည်- လက်ရှိ minisign သို့မဟုတ် ponte ဖြင့် ထပ်မံ လက်မှတ်ထိုးပါ။
# Variables:
#   $what (String) - what was signed: "manifest", "key-list" or "file"
#   $publisher (String) - the publisher
#   $key (String) - the key the signature names
bundle-refused-bad-signature = { $what ->
    [manifest] { $publisher } ၏ bundle ကို လက်မခံပါ- ကီး { $key } ဖြင့် ထိုးထားသော manifest ၏ လက်မှတ်ကို အတည်ပြု၍ မရပါ။ လက်မှတ်ထိုးပြီးနောက် ၎င်းကို ပြောင်းလဲခဲ့သည်။
    [key-list] { $publisher } ၏ bundle ကို လက်မခံပါ- ကီး { $key } ဖြင့် ထိုးထားသော ကီးစာရင်း၏ လက်မှတ်ကို အတည်ပြု၍ မရပါ။ လက်မှတ်ထိုးပြီးနောက် ၎င်းကို ပြောင်းလဲခဲ့သည်။
   *[file] လက်မခံပါ- ကီး { $key } ၏ လက်မှတ်ကို အတည်ပြု၍ မရပါ။ လက်မှတ်ထိုးပြီးနောက် ဖိုင်ကို ပြောင်းလဲခဲ့သည်၊ သို့မဟုတ် အခြားကီးဖြင့် လက်မှတ်ထိုးခဲ့သည်။
}
# Variables:
#   $publisher (String) - the publisher
#   $reason (String) - what is wrong
bundle-refused-bad-manifest = { $publisher } ၏ bundle ကို လက်မခံပါ- ၎င်း၏ လက်မှတ်ထိုးထားသော manifest ကို သုံး၍ မရပါ ({ $reason })။
# Variables:
#   $publisher (String) - the publisher
#   $bundle (String) - the bundle id
#   $offered (String) - the bundle's sequence number
#   $installed (String) - the highest sequence number installed before
bundle-refused-rollback = { $publisher } ၏ bundle { $bundle } ကို လက်မခံပါ- ၎င်း၏ အစဉ်နံပါတ် { $offered } သည် ဤစက်တွင် ထည့်သွင်းခဲ့သော အသစ်ဆုံး { $installed } ထက် မကြီးပါ။ လမ်းညွှန်စာရင်း အဟောင်းသည် အသစ်ကို ဘယ်တော့မှ အစားမထိုးပါ။
# Variables:
#   $publisher (String) - the publisher
#   $bundle (String) - the bundle id
#   $expires (String) - when it expired
bundle-refused-expired = { $publisher } ၏ bundle { $bundle } ကို လက်မခံပါ- ၎င်းသည် { $expires } တွင် သက်တမ်းကုန်ခဲ့သည်။ လက်ရှိ bundle ကို ထုတ်ဝေသူထံ တောင်းပါ။
# Variables:
#   $publisher (String) - the publisher
#   $bundle (String) - the bundle id
#   $needs (String) - the Ponte version it needs, like "0.3.0"
#   $ours (String) - this Ponte's version
bundle-refused-app-too-old = { $publisher } ၏ bundle { $bundle } ကို လက်မခံပါ- ၎င်းသည် Ponte { $needs } သို့မဟုတ် ပိုသစ်သော ဗားရှင်း လိုသည်၊ ဤစက်မှာ { $ours } ဖြစ်သည်။ Ponte ကို အရင် အပ်ဒိတ်လုပ်ပါ။
# Variables:
#   $publisher (String) - the publisher
#   $bundle (String) - the bundle id
#   $part (String) - "payload" (the compressed data) or "directory" (after decompression)
#   $what (String) - what differs, like "SHA-256" or "length"
bundle-refused-payload-mismatch = { $publisher } ၏ bundle { $bundle } ကို လက်မခံပါ- ၎င်းအတွင်းရှိ { $part ->
    [directory] လမ်းညွှန်စာရင်း
   *[payload] ဒေတာ
} သည် လက်မှတ်ထိုးထားသော manifest နှင့် မကိုက်ညီပါ ({ $what })။ ၎င်းကို ပြောင်းလဲထားသည်၊ သို့မဟုတ် အခြား bundle မှ ယူထားသည်။
# Variables:
#   $publisher (String) - the publisher
#   $bundle (String) - the bundle id
#   $reason (String) - what is wrong
bundle-refused-not-a-directory = { $publisher } ၏ bundle { $bundle } ကို လက်မခံပါ- ၎င်းအတွင်း ပါသည့်အရာသည် ဤအက်ပ် သုံးနိုင်သော လမ်းညွှန်စာရင်း မဟုတ်ပါ ({ $reason })။
# Variables:
#   $file (String) - the file
#   $reason (String) - what is wrong
bundle-bad-key-file = { $file } ကို သုံး၍ မရပါ- { $reason }။
# Variables:
#   $file (String) - the secret key file
bundle-wrong-passphrase = ဤစကားဝှက်ဖြင့် လျှို့ဝှက်ကီး { $file } ကို ဖွင့်၍ မရပါ။
# Variables:
#   $reason (String) - what went wrong
bundle-failed = { $reason }

## Progress

bundle-stage-compressing = ချုံ့နေသည်
bundle-stage-hashing = စစ်ဆေးနေသည်
bundle-stage-unpacking = ဖြည်နေသည်
bundle-stage-checking = လမ်းညွှန်စာရင်းကို စစ်ဆေးနေသည်
bundle-stage-downloading = ဒေါင်းလုဒ် လုပ်နေသည်

## What was checked (ponte bundle verify)

bundle-check-format = ဤဖိုင်သည် Ponte bundle ဖြစ်ပြီး အစိတ်အပိုင်းတိုင်း အရွယ်အစား ကန့်သတ်ချက်အတွင်း ရှိသည်။
# Variables:
#   $publisher (String) - the publisher
#   $version (String) - the key list's version
#   $key (String) - the root key that signed it
#   $source (String) - where the root key came from: "built-in", "added" or "command-line"
bundle-check-key-list = { $publisher } ၏ ကီးစာရင်း ဗားရှင်း { $version } ကို root ကီး { $key } ဖြင့် လက်မှတ်ထိုးထားသည် ({ $source ->
    [built-in] ဤအက်ပ်တွင် ပါပြီးသား
    [added] ဤစက်တွင် ထည့်ထားသည်
   *[command-line] command line တွင် ပေးထားသည်
})။
# Variables:
#   $stored (String) - the key list version already on this device
#   $bundled (String) - the version that came with the bundle
bundle-check-newer-key-list = bundle နှင့်အတူ ပါလာသော ကီးစာရင်း (ဗားရှင်း { $bundled }) အစား ဤစက်တွင် ရှိပြီးသား ပိုသစ်သော ကီးစာရင်း (ဗားရှင်း { $stored }) ကို သုံးခဲ့သည်။
# Variables:
#   $key (String) - the signing key
#   $validity (String) - when it may sign
bundle-check-manifest-signature = manifest ကို ကီး { $key } ဖြင့် လက်မှတ်ထိုးထားသည်- ထိုကီးသည် စာရင်းတွင် ပါပြီး ရုပ်သိမ်းမထားပါ၊ { $validity } အတွင်း သက်တမ်းရှိသည်။
# Variables:
#   $needs (String) - the version it needs
#   $ours (String) - this app's version
bundle-check-app-version = ၎င်းသည် Ponte { $needs } လိုသည်- ဤစက်မှာ { $ours } ဖြစ်သည်။
# Variables:
#   $expires (String) - when it expires
bundle-check-not-expired = သက်တမ်း မကုန်သေးပါ ({ $expires } တွင် ကုန်မည်)။
# Variables:
#   $offered (String) - its sequence
#   $installed (String) - the highest installed before
bundle-check-sequence = ၎င်း၏ အစဉ်နံပါတ် { $offered } သည် ဤစက်တွင် ထည့်သွင်းထားသော အသစ်ဆုံး { $installed } ထက် ကြီးသည်။
# Variables:
#   $offered (String) - its sequence
bundle-check-sequence-first = ၎င်း၏ အစဉ်နံပါတ်မှာ { $offered } ဖြစ်သည်- ဤ bundle id ကို ဤစက်တွင် မထည့်သွင်းရသေးပါ။
# Variables:
#   $bytes (Number) - size of the compressed data
#   $sha256 (String) - its SHA-256
bundle-check-payload = ဒေတာ ({ $bytes } bytes) ၏ အရှည်နှင့် SHA-256 { $sha256 } သည် လက်မှတ်ထိုးထားသည့်အတိုင်း ဖြစ်သည်။
# Variables:
#   $bytes (Number) - size of the directory
#   $sha256 (String) - its SHA-256
bundle-check-directory = ဖြည်ထားသော လမ်းညွှန်စာရင်း ({ $bytes } bytes) ၏ အရှည်နှင့် SHA-256 { $sha256 } သည် လက်မှတ်ထိုးထားသည့်အတိုင်း ဖြစ်သည်။
# Variables:
#   $services (Number) - number of services in it
bundle-check-directory-intact = လမ်းညွှန်စာရင်းကို ဖွင့်နိုင်သည်၊ ခိုင်မာမှု စစ်ဆေးချက်ကို အောင်သည်၊ လက်မှတ်ထိုးထားသည့်အတိုင်း ဝန်ဆောင်မှု { $services } ခု ပါသည်။

bundle-trust-source-built-in = ပါပြီးသား
bundle-trust-source-added = ဤစက်တွင် ထည့်ထားသည်
bundle-trust-source-command-line = command line တွင် ပေးထားသည်

## Directory status (ponte directory info, the app's About page)

bundle-status-built-in = ဤအက်ပ်နှင့်အတူ ပါလာသော လမ်းညွှန်စာရင်း။
# Variables:
#   $date (String) - when the publisher made it
bundle-status-published = ထုတ်ဝေသည့်ရက်- { $date }
# Variables:
#   $date (String) - when this device verified and installed it
bundle-status-verified = အတည်ပြုပြီး ထည့်သွင်းသည့်ရက်- { $date }
# Variables:
#   $date (String) - when it expires
bundle-status-expires = သက်တမ်းကုန်မည့်ရက်- { $date }
# Variables:
#   $date (String) - when it expired
bundle-status-expired = { $date } ကတည်းက သက်တမ်းကုန်သည်- သုံး၍ ရနေဆဲ ဖြစ်သော်လည်း ခေတ်မမီ ဖြစ်နိုင်သည်။ အပ်ဒိတ် ရှိမရှိ စစ်ပါ။
# Variables:
#   $date (String) - when a channel was last checked
bundle-status-last-checked = အပ်ဒိတ် နောက်ဆုံး စစ်ခဲ့သည့်ရက်- { $date }

## Updates (ponte update, "Check for updates")

# Variables:
#   $url (String) - the channel address given
#   $reason (String) - what is wrong with it
update-bad-url = { $url } ကို ချန်နယ်အဖြစ် သုံး၍ မရပါ- { $reason }။
# Variables:
#   $url (String) - what was being fetched
#   $reason (String) - what happened
update-network = { $url } ကို ရယူ၍ မရပါ- { $reason }။ အွန်လိုင်း ရှိသည့်အခါ ထပ်စမ်းပါ- တစ်စိတ်တစ်ပိုင်း ဒေါင်းလုဒ်လုပ်ထားသည်ကို သိမ်းထားသည်။
# Variables:
#   $url (String) - what was being fetched
#   $status (Number) - the HTTP status code
update-http = { $url } အတွက် ဆာဗာက { $status } ဟု ဖြေသည်။
# Variables:
#   $url (String) - the index's address
#   $reason (String) - what is wrong
update-bad-index = ချန်နယ်၏ index { $url } ကို သုံး၍ မရပါ- { $reason }။
# Variables:
#   $bundle (String) - the bundle id asked for, or "-"
#   $available (String) - the bundle ids the channel has, comma-separated
update-not-on-channel = ချန်နယ်တွင် ဤစက်အတွက် bundle { $bundle } မရှိပါ။ ရှိသည်များ- { $available }။ --bundle ဖြင့် တစ်ခု ရွေးပါ။

## Command line

# Variables:
#   $env (String) - the environment variable's name
bundle-cli-passphrase-needed = ဤလျှို့ဝှက်ကီးကို စာဝှက်ထားသည်- { $env } ကို ၎င်း၏ စကားဝှက်အဖြစ် သတ်မှတ်ပါ၊ သို့မဟုတ် စကားဝှက် မေးစေရန် command ကို terminal တွင် run ပါ။
bundle-cli-passphrase = လျှို့ဝှက်ကီး၏ စကားဝှက်
bundle-cli-passphrase-again = တူညီသော စကားဝှက်ကို ထပ်ရိုက်ပါ
bundle-cli-passphrase-mismatch = စကားဝှက် နှစ်ခု မတူပါ- ဘာမှ မရေးရသေးပါ။
bundle-cli-passphrase-empty = စကားဝှက် အလွတ်သည် ဘာကိုမှ မကာကွယ်ပါ- တစ်ခု ရိုက်ထည့်ပါ၊ သို့မဟုတ် ရည်ရွယ်ချက်ရှိရှိ --unencrypted ကို သုံးပါ။
# Variables:
#   $file (String) - the file that exists
bundle-cli-key-exists = { $file } ရှိပြီးသား ဖြစ်သည်- အခြားအမည် ရွေးပါ၊ သို့မဟုတ် အစားထိုးရန် --force ကို သုံးပါ။
# Variables:
#   $key (String) - the new key's id
#   $secret (String) - the secret key file
#   $public (String) - the public key file
bundle-cli-keygen-done = ကီးအသစ် { $key }- လျှို့ဝှက်ကီး { $secret } (လျှို့ဝှက်ထားပါ)၊ အများသုံးကီး { $public }။
bundle-cli-sign-list-new-needs = ကီးစာရင်း အသစ်တွင် --publisher နှင့် --name လိုသည် (သို့မဟုတ် --from ဖြင့် ရှိပြီးသား စာရင်းမှ စပါ)။
# Variables:
#   $publisher (String) - the publisher of the list
#   $given (String) - the publisher given on the command line
bundle-cli-sign-list-publisher = ဤကီးစာရင်းသည် { $given } ၏ မဟုတ်ဘဲ { $publisher } ၏ ဖြစ်သည်။
# Variables:
#   $key (String) - the key id asked for
bundle-cli-no-such-key = ဤနေရာတွင် ကီး { $key } မရှိပါ။
# Variables:
#   $file (String) - the key list file
#   $publisher (String) - the publisher
#   $version (String) - the list's version
#   $count (Number) - number of keys in it
#   $root (String) - the root key that signed it
bundle-cli-sign-list-done = { $file } ကို ရေးပြီး- { $publisher } ၏ ကီးစာရင်း ဗားရှင်း { $version }၊ { $count ->
   *[other] ကီး { $count } ခု
}၊ root ကီး { $root } ဖြင့် လက်မှတ်ထိုးထားသည်။
# Variables:
#   $file (String) - the signature file
#   $key (String) - the signing key
bundle-cli-signed = { $file } ကို ရေးပြီး (ကီး { $key })။
# Variables:
#   $file (String) - the file
#   $key (String) - the key
#   $comment (String) - the signature's trusted comment
bundle-cli-signature-ok = ကီး { $key } ဖြင့် ထိုးထားသော { $file } ၏ လက်မှတ် မှန်ကန်သည်။ ယုံကြည်ရသော မှတ်ချက် (trusted comment)- { $comment }
# Variables:
#   $key (String) - the key id
#   $publisher (String) - the publisher
bundle-cli-trust-added = ဤစက်သည် ယခု { $publisher } အတွက် root ကီး { $key } ကို ယုံကြည်သည်။
bundle-cli-trust-none = ယုံကြည်ထားသော root ကီး မရှိသေးပါ- `ponte trust add` ဖြင့် တစ်ခု ထည့်ပါ။
# Variables:
#   $key (String) - the key id
#   $publisher (String) - the publisher id
#   $name (String) - the publisher's name
#   $source (String) - where it came from, already in words
bundle-cli-trust-row = { $key }  { $publisher }  { $name }  ({ $source })
# Variables:
#   $key (String) - the key id
bundle-cli-trust-removed = ဤစက်သည် root ကီး { $key } ကို မယုံကြည်တော့ပါ။
# Variables:
#   $file (String) - the bundle file
#   $bundle (String) - the bundle id
#   $sequence (String) - its sequence
#   $publisher (String) - the publisher
bundle-cli-verified = { $file } သည် မှန်ကန်သော bundle ဖြစ်သည်- { $publisher } မှ { $bundle } အစဉ်နံပါတ် { $sequence }။ စစ်ဆေးခဲ့သည်များ-
# Variables:
#   $bundle (String) - the bundle id
#   $sequence (String) - its sequence
#   $publisher (String) - the publisher
#   $services (Number) - services in it
bundle-cli-installed = { $publisher } မှ { $bundle } အစဉ်နံပါတ် { $sequence } ကို ထည့်သွင်းပြီး- ဝန်ဆောင်မှု { $services } ခု၊ ယခု သုံးနေသည်။ စစ်ဆေးခဲ့သည်များ-
# Variables:
#   $file (String) - the manifest file written
#   $signature (String) - the signature file written
bundle-cli-manifest-written = { $file } နှင့် { $signature } ကို ရေးပြီး (minisign -V ဖြင့် စစ်ဆေးပါ)။
# Variables:
#   $file (String) - the bundle file
#   $bundle (String) - the bundle id
#   $sequence (String) - its sequence
#   $services (Number) - services in it
#   $bytes (Number) - size of the compressed directory
#   $expires (String) - when it expires
#   $key (String) - the signing key
bundle-cli-built = { $file } ကို ရေးပြီး- { $bundle } အစဉ်နံပါတ် { $sequence }၊ ဝန်ဆောင်မှု { $services } ခု၊ ချုံ့ပြီး { $bytes } bytes၊ { $expires } တွင် သက်တမ်းကုန်မည်၊ ကီး { $key } ဖြင့် လက်မှတ်ထိုးထားသည်။
bundle-cli-built-expired = သတိပေးချက်- ဤ bundle သည် သက်တမ်း ကုန်ပြီး ဖြစ်သည်- မည်သည့်စက်ကမျှ ထည့်သွင်းမည် မဟုတ်ပါ။
# Variables:
#   $bundle (String) - the bundle id
#   $sequence (String) - its sequence
#   $folder (String) - the channel folder
#   $file (String) - the bundle's file name in it
bundle-cli-published = { $bundle } အစဉ်နံပါတ် { $sequence } ကို { $folder } တွင် { $file } အဖြစ် ထုတ်ဝေပြီး (index.json ကို အပ်ဒိတ်လုပ်ပြီး)။
# Variables:
#   $bundle (String) - the bundle id
#   $offered (String) - the channel's sequence
#   $installed (String) - the installed sequence
bundle-cli-up-to-date = နောက်ဆုံး ဗားရှင်း ရှိပြီး ဖြစ်သည်- ချန်နယ်က { $bundle } အစဉ်နံပါတ် { $offered } ကို ပေးထားပြီး ဤစက်တွင် { $installed } ရှိသည်။
