# Signed directory bundles: building, verifying, installing, publishing and updating.
# "Bundle" is one file holding a directory of services; "publisher" is the organisation
# that made and signed it. Key ids are 16 hexadecimal digits, like 2F1A0C3B4D5E6F70.

## Refusals (nothing on the device was changed)

bundle-nothing-changed = कुछ नहीं बदला गया: इस्तेमाल हो रही डायरेक्टरी पहले जैसी ही है।
# Variables:
#   $reason (String) - what is wrong with the file
bundle-refused-not-a-bundle = अस्वीकार किया गया: यह फ़ाइल ऐसा बंडल नहीं है जिसे Ponte का यह संस्करण पढ़ सके ({ $reason })।
# Variables:
#   $publisher (String) - the publisher, like "Example NGO (org.example)"
#   $expected (Number) - bytes the signed manifest declares
#   $found (Number) - bytes the file has
bundle-refused-truncated = { $publisher } का बंडल अस्वीकार किया गया: फ़ाइल अधूरी है (हस्ताक्षर किए गए मैनिफ़ेस्ट में बताए { $expected } बाइट में से सिर्फ़ { $found } बाइट हैं)। इसे फिर से कॉपी या डाउनलोड करें।
# Variables:
#   $publisher (String) - the publisher
#   $declared (Number) - bytes the signed manifest declares
bundle-refused-too-long = { $publisher } का बंडल अस्वीकार किया गया: इसमें हस्ताक्षर किए गए मैनिफ़ेस्ट में बताए { $declared } बाइट से ज़्यादा डेटा है (ज़्यादा डेटा कभी पढ़ा नहीं जाता)।
# Variables:
#   $claimed (String) - the publisher the bundle claims to be from (not verified)
#   $key (String) - id of the key that signed its key list
bundle-refused-unknown-root-key = अस्वीकार किया गया: बंडल कहता है कि वह { $claimed } से है, लेकिन उसकी कुंजी सूची पर कुंजी { $key } के हस्ताक्षर हैं, जो ऐसी रूट कुंजी नहीं है जिस पर यह डिवाइस भरोसा करता है। अगर आप इस प्रकाशक को जानते हैं, तो `ponte trust add` से इसकी रूट कुंजी जोड़ें।
# Variables:
#   $publisher (String) - the publisher the trusted root key belongs to
#   $claimed (String) - the publisher the key list or manifest names instead
bundle-refused-wrong-publisher = अस्वीकार किया गया: कुंजी सूची या मैनिफ़ेस्ट में प्रकाशक { $claimed } लिखा है, लेकिन उस पर { $publisher } की रूट कुंजी के तहत हस्ताक्षर किए गए हैं।
# Variables:
#   $publisher (String) - the publisher
#   $key (String) - the key that signed the manifest
bundle-refused-unknown-signing-key = { $publisher } का बंडल अस्वीकार किया गया: इसके मैनिफ़ेस्ट पर कुंजी { $key } के हस्ताक्षर हैं, जो प्रकाशक की कुंजी सूची में नहीं है।
# Variables:
#   $publisher (String) - the publisher
#   $key (String) - the revoked key
bundle-refused-revoked-key = { $publisher } का बंडल अस्वीकार किया गया: इस पर कुंजी { $key } के हस्ताक्षर हैं, जिसे प्रकाशक ने रद्द कर दिया है।
# Variables:
#   $publisher (String) - the publisher
#   $key (String) - the signing key
#   $created (String) - when the bundle says it was made
#   $validity (String) - when the key may sign, like "2026-01-01T00:00:00Z – 2027-01-01T00:00:00Z"
bundle-refused-key-not-valid = { $publisher } का बंडल अस्वीकार किया गया: यह { $created } को बना था, जो उस समय से बाहर है जब कुंजी { $key } हस्ताक्षर कर सकती है ({ $validity })।
# Variables:
#   $what (String) - what was signed: "manifest", "key-list" or "file"
#   $key (String) - the signing key
bundle-refused-legacy-signature = अस्वीकार किया गया: { $what ->
    [manifest] मैनिफ़ेस्ट
    [key-list] कुंजी सूची
   *[file] फ़ाइल
} पर पुराने तरीक़े (legacy) का minisign हस्ताक्षर है (कुंजी { $key })। सिर्फ़ prehashed हस्ताक्षर स्वीकार किए जाते हैं: नए minisign या ponte से फिर से हस्ताक्षर करें।
# Variables:
#   $what (String) - what was signed: "manifest", "key-list" or "file"
#   $publisher (String) - the publisher
#   $key (String) - the key the signature names
bundle-refused-bad-signature = { $what ->
    [manifest] { $publisher } का बंडल अस्वीकार किया गया: कुंजी { $key } का इसके मैनिफ़ेस्ट पर हस्ताक्षर सही साबित नहीं होता। हस्ताक्षर के बाद इसे बदला गया है।
    [key-list] { $publisher } का बंडल अस्वीकार किया गया: कुंजी { $key } का इसकी कुंजी सूची पर हस्ताक्षर सही साबित नहीं होता। हस्ताक्षर के बाद इसे बदला गया है।
   *[file] अस्वीकार किया गया: कुंजी { $key } का हस्ताक्षर सही साबित नहीं होता। हस्ताक्षर के बाद फ़ाइल बदली गई है, या किसी दूसरी कुंजी से हस्ताक्षर किए गए हैं।
}
# Variables:
#   $publisher (String) - the publisher
#   $reason (String) - what is wrong
bundle-refused-bad-manifest = { $publisher } का बंडल अस्वीकार किया गया: इसका हस्ताक्षर किया गया मैनिफ़ेस्ट इस्तेमाल नहीं हो सकता ({ $reason })।
# Variables:
#   $publisher (String) - the publisher
#   $bundle (String) - the bundle id
#   $offered (String) - the bundle's sequence number
#   $installed (String) - the highest sequence number installed before
bundle-refused-rollback = { $publisher } का बंडल { $bundle } अस्वीकार किया गया: इसकी क्रम संख्या { $offered } इस डिवाइस पर इंस्टॉल हुई सबसे नई क्रम संख्या { $installed } से ऊपर नहीं है। पुरानी डायरेक्टरी कभी नई डायरेक्टरी की जगह नहीं लेती।
# Variables:
#   $publisher (String) - the publisher
#   $bundle (String) - the bundle id
#   $expires (String) - when it expired
bundle-refused-expired = { $publisher } का बंडल { $bundle } अस्वीकार किया गया: इसकी समय-सीमा { $expires } को ख़त्म हो गई। प्रकाशक से मौजूदा बंडल माँगें।
# Variables:
#   $publisher (String) - the publisher
#   $bundle (String) - the bundle id
#   $needs (String) - the Ponte version it needs, like "0.3.0"
#   $ours (String) - this Ponte's version
bundle-refused-app-too-old = { $publisher } का बंडल { $bundle } अस्वीकार किया गया: इसे Ponte { $needs } या उससे नया चाहिए, और यह { $ours } है। पहले Ponte अपडेट करें।
# Variables:
#   $publisher (String) - the publisher
#   $bundle (String) - the bundle id
#   $part (String) - "payload" (the compressed data) or "directory" (after decompression)
#   $what (String) - what differs, like "SHA-256" or "length"
bundle-refused-payload-mismatch = { $publisher } का बंडल { $bundle } अस्वीकार किया गया: { $part ->
    [directory] इसके अंदर की डायरेक्टरी
   *[payload] इसके अंदर का डेटा
} और इसका हस्ताक्षर किया गया मैनिफ़ेस्ट आपस में मेल नहीं खाते ({ $what })। इसे बदला गया है, या किसी दूसरे बंडल से लिया गया है।
# Variables:
#   $publisher (String) - the publisher
#   $bundle (String) - the bundle id
#   $reason (String) - what is wrong
bundle-refused-not-a-directory = { $publisher } का बंडल { $bundle } अस्वीकार किया गया: इसके अंदर जो है वह ऐसी डायरेक्टरी नहीं है जिसे यह ऐप इस्तेमाल कर सके ({ $reason })।
# Variables:
#   $file (String) - the file
#   $reason (String) - what is wrong
bundle-bad-key-file = { $file } इस्तेमाल नहीं हो सकती: { $reason }।
# Variables:
#   $file (String) - the secret key file
bundle-wrong-passphrase = यह पासफ़्रेज़ गुप्त कुंजी { $file } को नहीं खोलता।
# Variables:
#   $reason (String) - what went wrong
bundle-failed = { $reason }

## Progress

bundle-stage-compressing = कंप्रेस हो रहा है
bundle-stage-hashing = जाँच हो रही है
bundle-stage-unpacking = अनपैक हो रहा है
bundle-stage-checking = डायरेक्टरी की जाँच
bundle-stage-downloading = डाउनलोड हो रहा है

## What was checked (ponte bundle verify)

bundle-check-format = यह फ़ाइल Ponte बंडल है और इसका हर हिस्सा अपनी आकार-सीमा के अंदर है।
# Variables:
#   $publisher (String) - the publisher
#   $version (String) - the key list's version
#   $key (String) - the root key that signed it
#   $source (String) - where the root key came from: "built-in", "added" or "command-line"
bundle-check-key-list = { $publisher } की कुंजी सूची का संस्करण { $version } रूट कुंजी { $key } से हस्ताक्षरित है ({ $source ->
    [built-in] इस ऐप में शामिल
    [added] इस डिवाइस पर जोड़ी गई
   *[command-line] कमांड लाइन पर दी गई
})।
# Variables:
#   $stored (String) - the key list version already on this device
#   $bundled (String) - the version that came with the bundle
bundle-check-newer-key-list = बंडल के साथ आई कुंजी सूची (संस्करण { $bundled }) की जगह इस डिवाइस पर पहले से मौजूद नई कुंजी सूची (संस्करण { $stored }) इस्तेमाल की गई।
# Variables:
#   $key (String) - the signing key
#   $validity (String) - when it may sign
bundle-check-manifest-signature = मैनिफ़ेस्ट कुंजी { $key } से हस्ताक्षरित है, जो सूची में है और रद्द नहीं की गई है; मान्य अवधि: { $validity }।
# Variables:
#   $needs (String) - the version it needs
#   $ours (String) - this app's version
bundle-check-app-version = इसे Ponte { $needs } चाहिए; यह { $ours } है।
# Variables:
#   $expires (String) - when it expires
bundle-check-not-expired = इसकी समय-सीमा ख़त्म नहीं हुई है (समाप्ति: { $expires })।
# Variables:
#   $offered (String) - its sequence
#   $installed (String) - the highest installed before
bundle-check-sequence = इसकी क्रम संख्या { $offered } यहाँ इंस्टॉल हुई सबसे नई क्रम संख्या { $installed } से ऊपर है।
# Variables:
#   $offered (String) - its sequence
bundle-check-sequence-first = इसकी क्रम संख्या { $offered } है; इस बंडल id का कुछ भी यहाँ अभी तक इंस्टॉल नहीं हुआ है।
# Variables:
#   $bytes (Number) - size of the compressed data
#   $sha256 (String) - its SHA-256
bundle-check-payload = डेटा ({ $bytes } बाइट) की लंबाई हस्ताक्षर के मुताबिक़ है और SHA-256 { $sha256 } है।
# Variables:
#   $bytes (Number) - size of the directory
#   $sha256 (String) - its SHA-256
bundle-check-directory = अनपैक की गई डायरेक्टरी ({ $bytes } बाइट) की लंबाई हस्ताक्षर के मुताबिक़ है और SHA-256 { $sha256 } है।
# Variables:
#   $services (Number) - number of services in it
bundle-check-directory-intact = डायरेक्टरी खुलती है, अपनी अखंडता जाँच (integrity check) में पास होती है और इसमें हस्ताक्षर के मुताबिक़ { $services } सेवाएँ हैं।

bundle-trust-source-built-in = ऐप में शामिल
bundle-trust-source-added = इस डिवाइस पर जोड़ी गई
bundle-trust-source-command-line = कमांड लाइन पर दी गई

## Directory status (ponte directory info, the app's About page)

bundle-status-built-in = इस ऐप के साथ आई बिल्ट-इन डायरेक्टरी।
# Variables:
#   $date (String) - when the publisher made it
bundle-status-published = प्रकाशित: { $date }
# Variables:
#   $date (String) - when this device verified and installed it
bundle-status-verified = जाँच कर इंस्टॉल की गई: { $date }
# Variables:
#   $date (String) - when it expires
bundle-status-expires = समाप्ति: { $date }
# Variables:
#   $date (String) - when it expired
bundle-status-expired = { $date } से समय-सीमा ख़त्म: यह अब भी काम करती है, लेकिन पुरानी हो सकती है। अपडेट देखें।
# Variables:
#   $date (String) - when a channel was last checked
bundle-status-last-checked = अपडेट आख़िरी बार देखे गए: { $date }

## Updates (ponte update, "Check for updates")

# Variables:
#   $url (String) - the channel address given
#   $reason (String) - what is wrong with it
update-bad-url = { $url } को चैनल के रूप में इस्तेमाल नहीं किया जा सकता: { $reason }।
# Variables:
#   $url (String) - what was being fetched
#   $reason (String) - what happened
update-network = { $url } नहीं लाया जा सका: { $reason }। ऑनलाइन होने पर फिर कोशिश करें; अधूरा डाउनलोड रखा जाता है।
# Variables:
#   $url (String) - what was being fetched
#   $status (Number) - the HTTP status code
update-http = सर्वर ने { $url } के लिए { $status } जवाब दिया।
# Variables:
#   $url (String) - the index's address
#   $reason (String) - what is wrong
update-bad-index = चैनल का index { $url } इस्तेमाल नहीं हो सकता: { $reason }।
# Variables:
#   $bundle (String) - the bundle id asked for, or "-"
#   $available (String) - the bundle ids the channel has, comma-separated
update-not-on-channel = चैनल पर इस डिवाइस के लिए बंडल { $bundle } नहीं है। इसमें ये हैं: { $available }। --bundle से एक चुनें।

## Command line

# Variables:
#   $env (String) - the environment variable's name
bundle-cli-passphrase-needed = यह गुप्त कुंजी एन्क्रिप्टेड है: { $env } में इसका पासफ़्रेज़ डालें, या कमांड को टर्मिनल में चलाएँ ताकि आपसे पूछा जाए।
bundle-cli-passphrase = गुप्त कुंजी का पासफ़्रेज़
bundle-cli-passphrase-again = वही पासफ़्रेज़ फिर से
bundle-cli-passphrase-mismatch = दोनों पासफ़्रेज़ अलग हैं; कुछ भी नहीं लिखा गया।
bundle-cli-passphrase-empty = ख़ाली पासफ़्रेज़ किसी चीज़ की रक्षा नहीं करता: कोई पासफ़्रेज़ टाइप करें, या जान-बूझकर --unencrypted इस्तेमाल करें।
# Variables:
#   $file (String) - the file that exists
bundle-cli-key-exists = { $file } पहले से मौजूद है: कोई दूसरा नाम चुनें, या उसे बदलने के लिए --force इस्तेमाल करें।
# Variables:
#   $key (String) - the new key's id
#   $secret (String) - the secret key file
#   $public (String) - the public key file
bundle-cli-keygen-done = नई कुंजी { $key }: गुप्त कुंजी { $secret } (इसे किसी को न दें), सार्वजनिक कुंजी { $public }।
bundle-cli-sign-list-new-needs = नई कुंजी सूची के लिए --publisher और --name चाहिए (या --from से किसी सूची से शुरू करें)।
# Variables:
#   $publisher (String) - the publisher of the list
#   $given (String) - the publisher given on the command line
bundle-cli-sign-list-publisher = यह कुंजी सूची { $publisher } की है, { $given } की नहीं।
# Variables:
#   $key (String) - the key id asked for
bundle-cli-no-such-key = यहाँ कुंजी { $key } नहीं है।
# Variables:
#   $file (String) - the key list file
#   $publisher (String) - the publisher
#   $version (String) - the list's version
#   $count (Number) - number of keys in it
#   $root (String) - the root key that signed it
bundle-cli-sign-list-done = { $file } लिखी गई: { $publisher } की कुंजी सूची का संस्करण { $version }, { $count ->
    [one] { $count } कुंजी
   *[other] { $count } कुंजियाँ
}, रूट कुंजी { $root } से हस्ताक्षरित।
# Variables:
#   $file (String) - the signature file
#   $key (String) - the signing key
bundle-cli-signed = { $file } लिखी गई (कुंजी { $key })।
# Variables:
#   $file (String) - the file
#   $key (String) - the key
#   $comment (String) - the signature's trusted comment
bundle-cli-signature-ok = कुंजी { $key } का { $file } पर हस्ताक्षर मान्य है। भरोसेमंद टिप्पणी (trusted comment): { $comment }
# Variables:
#   $key (String) - the key id
#   $publisher (String) - the publisher
bundle-cli-trust-added = यह डिवाइस अब { $publisher } के लिए रूट कुंजी { $key } पर भरोसा करता है।
bundle-cli-trust-none = अभी तक किसी रूट कुंजी पर भरोसा नहीं किया गया है: `ponte trust add` से एक जोड़ें।
# Variables:
#   $key (String) - the key id
#   $publisher (String) - the publisher id
#   $name (String) - the publisher's name
#   $source (String) - where it came from, already in words
bundle-cli-trust-row = { $key }  { $publisher }  { $name }  ({ $source })
# Variables:
#   $key (String) - the key id
bundle-cli-trust-removed = यह डिवाइस अब रूट कुंजी { $key } पर भरोसा नहीं करता।
# Variables:
#   $file (String) - the bundle file
#   $bundle (String) - the bundle id
#   $sequence (String) - its sequence
#   $publisher (String) - the publisher
bundle-cli-verified = { $file } मान्य बंडल है: { $publisher } का { $bundle }, क्रम संख्या { $sequence }। जाँचा गया:
# Variables:
#   $bundle (String) - the bundle id
#   $sequence (String) - its sequence
#   $publisher (String) - the publisher
#   $services (Number) - services in it
bundle-cli-installed = { $publisher } का { $bundle }, क्रम संख्या { $sequence } इंस्टॉल हो गया: { $services } सेवाएँ, अब इस्तेमाल में। जाँचा गया:
# Variables:
#   $file (String) - the manifest file written
#   $signature (String) - the signature file written
bundle-cli-manifest-written = { $file } और { $signature } लिखी गईं (minisign -V से इन्हें जाँचें)।
# Variables:
#   $file (String) - the bundle file
#   $bundle (String) - the bundle id
#   $sequence (String) - its sequence
#   $services (Number) - services in it
#   $bytes (Number) - size of the compressed directory
#   $expires (String) - when it expires
#   $key (String) - the signing key
bundle-cli-built = { $file } लिखी गई: { $bundle } क्रम संख्या { $sequence }, { $services } सेवाएँ, कंप्रेस करके { $bytes } बाइट, समाप्ति { $expires }, कुंजी { $key } से हस्ताक्षरित।
bundle-cli-built-expired = चेतावनी: इस बंडल की समय-सीमा पहले ही ख़त्म हो चुकी है; कोई भी डिवाइस इसे इंस्टॉल नहीं करेगा।
# Variables:
#   $bundle (String) - the bundle id
#   $sequence (String) - its sequence
#   $folder (String) - the channel folder
#   $file (String) - the bundle's file name in it
bundle-cli-published = { $bundle } क्रम संख्या { $sequence } को { $folder } में { $file } नाम से प्रकाशित किया गया (index.json अपडेट हुई)।
# Variables:
#   $bundle (String) - the bundle id
#   $offered (String) - the channel's sequence
#   $installed (String) - the installed sequence
bundle-cli-up-to-date = सब अपडेटेड है: चैनल पर { $bundle } क्रम संख्या { $offered } है, और इस डिवाइस पर { $installed } है।
