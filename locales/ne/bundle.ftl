# Signed directory bundles: building, verifying, installing, publishing and updating.
# "Bundle" is one file holding a directory of services; "publisher" is the organisation
# that made and signed it. Key ids are 16 hexadecimal digits, like 2F1A0C3B4D5E6F70.

## Refusals (nothing on the device was changed)

bundle-nothing-changed = केही पनि बदलिएन: प्रयोगमा रहेको निर्देशिका पहिलेकै जस्तो छ।
# Variables:
#   $reason (String) - what is wrong with the file
bundle-refused-not-a-bundle = अस्वीकार गरियो: यो फाइल Ponte को यो संस्करणले पढ्न सक्ने बन्डल होइन ({ $reason })।
# Variables:
#   $publisher (String) - the publisher, like "Example NGO (org.example)"
#   $expected (Number) - bytes the signed manifest declares
#   $found (Number) - bytes the file has
bundle-refused-truncated = { $publisher } को बन्डल अस्वीकार गरियो: फाइल अधुरो छ (हस्ताक्षर गरिएको म्यानिफेस्टले भनेका { $expected } बाइटमध्ये { $found } बाइट मात्र छ)। फेरि कपी वा डाउनलोड गर्नुहोस्।
# Variables:
#   $publisher (String) - the publisher
#   $declared (Number) - bytes the signed manifest declares
bundle-refused-too-long = { $publisher } को बन्डल अस्वीकार गरियो: हस्ताक्षर गरिएको म्यानिफेस्टले भनेको { $declared } बाइटभन्दा बढी डेटा यसमा छ (बढी डेटा कहिल्यै पढिँदैन)।
# Variables:
#   $claimed (String) - the publisher the bundle claims to be from (not verified)
#   $key (String) - id of the key that signed its key list
bundle-refused-unknown-root-key = अस्वीकार गरियो: बन्डलले आफू { $claimed } बाट आएको भन्छ, तर यसको कुञ्जी सूचीमा कुञ्जी { $key } को हस्ताक्षर छ, जुन यो उपकरणले विश्वास गर्ने मूल कुञ्जी (root key) होइन। तपाईं यो प्रकाशकलाई चिन्नुहुन्छ भने, `ponte trust add` ले यसको मूल कुञ्जी थप्नुहोस्।
# Variables:
#   $publisher (String) - the publisher the trusted root key belongs to
#   $claimed (String) - the publisher the key list or manifest names instead
bundle-refused-wrong-publisher = अस्वीकार गरियो: कुञ्जी सूची वा म्यानिफेस्टमा प्रकाशक { $claimed } लेखिएको छ, तर हस्ताक्षर { $publisher } को मूल कुञ्जीअन्तर्गत गरिएको छ।
# Variables:
#   $publisher (String) - the publisher
#   $key (String) - the key that signed the manifest
bundle-refused-unknown-signing-key = { $publisher } को बन्डल अस्वीकार गरियो: यसको म्यानिफेस्टमा कुञ्जी { $key } को हस्ताक्षर छ, जुन प्रकाशकको कुञ्जी सूचीमा छैन।
# Variables:
#   $publisher (String) - the publisher
#   $key (String) - the revoked key
bundle-refused-revoked-key = { $publisher } को बन्डल अस्वीकार गरियो: यसमा कुञ्जी { $key } को हस्ताक्षर छ, जुन प्रकाशकले रद्द गरिसकेको छ।
# Variables:
#   $publisher (String) - the publisher
#   $key (String) - the signing key
#   $created (String) - when the bundle says it was made
#   $validity (String) - when the key may sign, like "2026-01-01T00:00:00Z – 2027-01-01T00:00:00Z"
bundle-refused-key-not-valid = { $publisher } को बन्डल अस्वीकार गरियो: यो { $created } मा बनाइएको हो, जुन कुञ्जी { $key } ले हस्ताक्षर गर्न पाउने समयभन्दा ({ $validity }) बाहिर पर्छ।
# Variables:
#   $what (String) - what was signed: "manifest", "key-list" or "file"
#   $key (String) - the signing key
bundle-refused-legacy-signature = अस्वीकार गरियो: { $what ->
    [manifest] म्यानिफेस्ट
    [key-list] कुञ्जी सूची
   *[file] फाइल
} मा पुरानो किसिमको (legacy) minisign हस्ताक्षर छ (कुञ्जी { $key })। prehashed हस्ताक्षर मात्र स्वीकार गरिन्छ: नयाँ minisign वा ponte ले फेरि हस्ताक्षर गर्नुहोस्।
# Variables:
#   $what (String) - what was signed: "manifest", "key-list" or "file"
#   $publisher (String) - the publisher
#   $key (String) - the key the signature names
bundle-refused-bad-signature = { $what ->
    [manifest] { $publisher } को बन्डल अस्वीकार गरियो: कुञ्जी { $key } ले यसको म्यानिफेस्टमा गरेको हस्ताक्षर मिलेन। हस्ताक्षर गरेपछि यसलाई बदलिएको छ।
    [key-list] { $publisher } को बन्डल अस्वीकार गरियो: कुञ्जी { $key } ले यसको कुञ्जी सूचीमा गरेको हस्ताक्षर मिलेन। हस्ताक्षर गरेपछि यसलाई बदलिएको छ।
   *[file] अस्वीकार गरियो: कुञ्जी { $key } को हस्ताक्षर मिलेन। हस्ताक्षर गरेपछि फाइल बदलिएको छ, वा अर्कै कुञ्जीले हस्ताक्षर गरिएको छ।
}
# Variables:
#   $publisher (String) - the publisher
#   $reason (String) - what is wrong
bundle-refused-bad-manifest = { $publisher } को बन्डल अस्वीकार गरियो: यसको हस्ताक्षर गरिएको म्यानिफेस्ट प्रयोग गर्न सकिँदैन ({ $reason })।
# Variables:
#   $publisher (String) - the publisher
#   $bundle (String) - the bundle id
#   $offered (String) - the bundle's sequence number
#   $installed (String) - the highest sequence number installed before
bundle-refused-rollback = { $publisher } को बन्डल { $bundle } अस्वीकार गरियो: यसको क्रम नम्बर { $offered } यो उपकरणमा इन्स्टल भएको सबैभन्दा नयाँ क्रम नम्बर { $installed } भन्दा माथि छैन। पुरानो निर्देशिकाले नयाँलाई कहिल्यै बदल्दैन।
# Variables:
#   $publisher (String) - the publisher
#   $bundle (String) - the bundle id
#   $expires (String) - when it expired
bundle-refused-expired = { $publisher } को बन्डल { $bundle } अस्वीकार गरियो: यसको म्याद { $expires } मा सकियो। प्रकाशकसँग चालु बन्डल माग्नुहोस्।
# Variables:
#   $publisher (String) - the publisher
#   $bundle (String) - the bundle id
#   $needs (String) - the Ponte version it needs, like "0.3.0"
#   $ours (String) - this Ponte's version
bundle-refused-app-too-old = { $publisher } को बन्डल { $bundle } अस्वीकार गरियो: यसलाई Ponte { $needs } वा त्योभन्दा नयाँ चाहिन्छ, तर यो { $ours } हो। पहिले Ponte अपडेट गर्नुहोस्।
# Variables:
#   $publisher (String) - the publisher
#   $bundle (String) - the bundle id
#   $part (String) - "payload" (the compressed data) or "directory" (after decompression)
#   $what (String) - what differs, like "SHA-256" or "length"
bundle-refused-payload-mismatch = { $publisher } को बन्डल { $bundle } अस्वीकार गरियो: { $part ->
    [directory] यसभित्रको निर्देशिका
   *[payload] यसभित्रको डेटा
} यसको हस्ताक्षर गरिएको म्यानिफेस्टसँग मिल्दैन ({ $what })। यसलाई बदलिएको छ, वा अर्कै बन्डलबाट लिइएको छ।
# Variables:
#   $publisher (String) - the publisher
#   $bundle (String) - the bundle id
#   $reason (String) - what is wrong
bundle-refused-not-a-directory = { $publisher } को बन्डल { $bundle } अस्वीकार गरियो: यसभित्र भएको कुरा यो एपले प्रयोग गर्न सक्ने निर्देशिका होइन ({ $reason })।
# Variables:
#   $file (String) - the file
#   $reason (String) - what is wrong
bundle-bad-key-file = { $file } प्रयोग गर्न सकिँदैन: { $reason }।
# Variables:
#   $file (String) - the secret key file
bundle-wrong-passphrase = यो पासफ्रेजले गोप्य कुञ्जी { $file } खोल्दैन।
# Variables:
#   $reason (String) - what went wrong
bundle-failed = { $reason }

## Progress

bundle-stage-compressing = कम्प्रेस गर्दै
bundle-stage-hashing = जाँच्दै
bundle-stage-unpacking = अनप्याक गर्दै
bundle-stage-checking = निर्देशिका जाँच्दै
bundle-stage-downloading = डाउनलोड गर्दै

## What was checked (ponte bundle verify)

bundle-check-format = यो फाइल Ponte बन्डल हो र यसको हरेक भाग आकारको सीमाभित्र छ।
# Variables:
#   $publisher (String) - the publisher
#   $version (String) - the key list's version
#   $key (String) - the root key that signed it
#   $source (String) - where the root key came from: "built-in", "added" or "command-line"
bundle-check-key-list = { $publisher } को कुञ्जी सूची संस्करण { $version } मा मूल कुञ्जी { $key } को हस्ताक्षर छ ({ $source ->
    [built-in] यो एपभित्रै भएको
    [added] यो उपकरणमा थपिएको
   *[command-line] कमान्ड लाइनमा दिइएको
})।
# Variables:
#   $stored (String) - the key list version already on this device
#   $bundled (String) - the version that came with the bundle
bundle-check-newer-key-list = बन्डलसँग आएको कुञ्जी सूची (संस्करण { $bundled }) को सट्टा यो उपकरणमा पहिल्यै भएको नयाँ कुञ्जी सूची (संस्करण { $stored }) प्रयोग गरियो।
# Variables:
#   $key (String) - the signing key
#   $validity (String) - when it may sign
bundle-check-manifest-signature = म्यानिफेस्टमा कुञ्जी { $key } को हस्ताक्षर छ; यो कुञ्जी सूचीमा छ, रद्द गरिएको छैन; मान्य अवधि: { $validity }।
# Variables:
#   $needs (String) - the version it needs
#   $ours (String) - this app's version
bundle-check-app-version = यसलाई Ponte { $needs } चाहिन्छ; यो { $ours } हो।
# Variables:
#   $expires (String) - when it expires
bundle-check-not-expired = यसको म्याद सकिएको छैन (म्याद { $expires } मा सकिन्छ)।
# Variables:
#   $offered (String) - its sequence
#   $installed (String) - the highest installed before
bundle-check-sequence = यसको क्रम नम्बर { $offered } यहाँ इन्स्टल भएको सबैभन्दा नयाँ क्रम नम्बर { $installed } भन्दा माथि छ।
# Variables:
#   $offered (String) - its sequence
bundle-check-sequence-first = यसको क्रम नम्बर { $offered } हो; यो बन्डल id को केही पनि यहाँ अहिलेसम्म इन्स्टल भएको छैन।
# Variables:
#   $bytes (Number) - size of the compressed data
#   $sha256 (String) - its SHA-256
bundle-check-payload = डेटा ({ $bytes } बाइट) मा हस्ताक्षर गरिएको लम्बाइ र SHA-256 { $sha256 } छ।
# Variables:
#   $bytes (Number) - size of the directory
#   $sha256 (String) - its SHA-256
bundle-check-directory = अनप्याक गरिएको निर्देशिका ({ $bytes } बाइट) मा हस्ताक्षर गरिएको लम्बाइ र SHA-256 { $sha256 } छ।
# Variables:
#   $services (Number) - number of services in it
bundle-check-directory-intact = निर्देशिका खुल्छ, यसको पूर्णता जाँच (integrity check) पास हुन्छ, र हस्ताक्षर गरिएअनुसार यसमा { $services } सेवा छन्।

bundle-trust-source-built-in = एपभित्रै
bundle-trust-source-added = यो उपकरणमा थपिएको
bundle-trust-source-command-line = कमान्ड लाइनमा दिइएको

## Directory status (ponte directory info, the app's About page)

bundle-status-built-in = यो एपसँगै आएको भित्री निर्देशिका।
# Variables:
#   $date (String) - when the publisher made it
bundle-status-published = प्रकाशित: { $date }
# Variables:
#   $date (String) - when this device verified and installed it
bundle-status-verified = जाँचेर इन्स्टल गरिएको: { $date }
# Variables:
#   $date (String) - when it expires
bundle-status-expires = म्याद सकिने: { $date }
# Variables:
#   $date (String) - when it expired
bundle-status-expired = { $date } देखि म्याद सकिएको: यो अझै चल्छ, तर पुरानो हुन सक्छ। अपडेट छ कि हेर्नुहोस्।
# Variables:
#   $date (String) - when a channel was last checked
bundle-status-last-checked = अपडेट अन्तिम पटक हेरिएको: { $date }

## Updates (ponte update, "Check for updates")

# Variables:
#   $url (String) - the channel address given
#   $reason (String) - what is wrong with it
update-bad-url = { $url } लाई च्यानलको रूपमा प्रयोग गर्न सकिँदैन: { $reason }।
# Variables:
#   $url (String) - what was being fetched
#   $reason (String) - what happened
update-network = { $url } ल्याउन सकिएन: { $reason }। अनलाइन हुँदा फेरि प्रयास गर्नुहोस्; आधा डाउनलोड भएको भाग राखिन्छ।
# Variables:
#   $url (String) - what was being fetched
#   $status (Number) - the HTTP status code
update-http = सर्भरले { $url } का लागि { $status } जवाफ दियो।
# Variables:
#   $url (String) - the index's address
#   $reason (String) - what is wrong
update-bad-index = च्यानलको index { $url } प्रयोग गर्न सकिँदैन: { $reason }।
# Variables:
#   $bundle (String) - the bundle id asked for, or "-"
#   $available (String) - the bundle ids the channel has, comma-separated
update-not-on-channel = च्यानलमा यो उपकरणका लागि बन्डल { $bundle } छैन। यसमा यी छन्: { $available }। --bundle ले एउटा रोज्नुहोस्।

## Command line

# Variables:
#   $env (String) - the environment variable's name
bundle-cli-passphrase-needed = यो गोप्य कुञ्जी इन्क्रिप्ट गरिएको छ: { $env } मा यसको पासफ्रेज राख्नुहोस्, वा पासफ्रेज सोधियोस् भनेर कमान्ड टर्मिनलमा चलाउनुहोस्।
bundle-cli-passphrase = गोप्य कुञ्जीको पासफ्रेज
bundle-cli-passphrase-again = उही पासफ्रेज फेरि
bundle-cli-passphrase-mismatch = दुई पासफ्रेज फरक छन्; केही पनि लेखिएन।
bundle-cli-passphrase-empty = खाली पासफ्रेजले केही पनि सुरक्षित गर्दैन: एउटा टाइप गर्नुहोस्, वा जानीजानी --unencrypted प्रयोग गर्नुहोस्।
# Variables:
#   $file (String) - the file that exists
bundle-cli-key-exists = { $file } पहिल्यै छ: अर्कै नाम रोज्नुहोस्, वा यसलाई बदल्न --force प्रयोग गर्नुहोस्।
# Variables:
#   $key (String) - the new key's id
#   $secret (String) - the secret key file
#   $public (String) - the public key file
bundle-cli-keygen-done = नयाँ कुञ्जी { $key }: गोप्य कुञ्जी { $secret } (कसैलाई नदिनुहोस्), सार्वजनिक कुञ्जी { $public }।
bundle-cli-sign-list-new-needs = नयाँ कुञ्जी सूचीलाई --publisher र --name चाहिन्छ (वा --from ले कुनै सूचीबाट सुरु गर्नुहोस्)।
# Variables:
#   $publisher (String) - the publisher of the list
#   $given (String) - the publisher given on the command line
bundle-cli-sign-list-publisher = यो कुञ्जी सूची { $publisher } को हो, { $given } को होइन।
# Variables:
#   $key (String) - the key id asked for
bundle-cli-no-such-key = यहाँ कुञ्जी { $key } छैन।
# Variables:
#   $file (String) - the key list file
#   $publisher (String) - the publisher
#   $version (String) - the list's version
#   $count (Number) - number of keys in it
#   $root (String) - the root key that signed it
bundle-cli-sign-list-done = { $file } लेखियो: { $publisher } को कुञ्जी सूची संस्करण { $version }, { $count ->
    [one] { $count } कुञ्जी
   *[other] { $count } वटा कुञ्जी
} सहित, मूल कुञ्जी { $root } ले हस्ताक्षर गरिएको।
# Variables:
#   $file (String) - the signature file
#   $key (String) - the signing key
bundle-cli-signed = { $file } लेखियो (कुञ्जी { $key })।
# Variables:
#   $file (String) - the file
#   $key (String) - the key
#   $comment (String) - the signature's trusted comment
bundle-cli-signature-ok = कुञ्जी { $key } ले { $file } मा गरेको हस्ताक्षर मान्य छ। विश्वसनीय टिप्पणी (trusted comment): { $comment }
# Variables:
#   $key (String) - the key id
#   $publisher (String) - the publisher
bundle-cli-trust-added = यो उपकरणले अब { $publisher } का लागि मूल कुञ्जी { $key } लाई विश्वास गर्छ।
bundle-cli-trust-none = अहिलेसम्म कुनै पनि मूल कुञ्जीलाई विश्वास गरिएको छैन: `ponte trust add` ले एउटा थप्नुहोस्।
# Variables:
#   $key (String) - the key id
#   $publisher (String) - the publisher id
#   $name (String) - the publisher's name
#   $source (String) - where it came from, already in words
bundle-cli-trust-row = { $key }  { $publisher }  { $name }  ({ $source })
# Variables:
#   $key (String) - the key id
bundle-cli-trust-removed = यो उपकरणले अब मूल कुञ्जी { $key } लाई विश्वास गर्दैन।
# Variables:
#   $file (String) - the bundle file
#   $bundle (String) - the bundle id
#   $sequence (String) - its sequence
#   $publisher (String) - the publisher
bundle-cli-verified = { $file } मान्य बन्डल हो: { $publisher } को { $bundle }, क्रम नम्बर { $sequence }। जाँचिएका कुरा:
# Variables:
#   $bundle (String) - the bundle id
#   $sequence (String) - its sequence
#   $publisher (String) - the publisher
#   $services (Number) - services in it
bundle-cli-installed = { $publisher } को { $bundle }, क्रम नम्बर { $sequence } इन्स्टल भयो: { $services } सेवा, अब प्रयोगमा छ। जाँचिएका कुरा:
# Variables:
#   $file (String) - the manifest file written
#   $signature (String) - the signature file written
bundle-cli-manifest-written = { $file } र { $signature } लेखियो (minisign -V ले जाँच्नुहोस्)।
# Variables:
#   $file (String) - the bundle file
#   $bundle (String) - the bundle id
#   $sequence (String) - its sequence
#   $services (Number) - services in it
#   $bytes (Number) - size of the compressed directory
#   $expires (String) - when it expires
#   $key (String) - the signing key
bundle-cli-built = { $file } लेखियो: { $bundle } क्रम नम्बर { $sequence }, { $services } सेवा, कम्प्रेस गरेपछि { $bytes } बाइट, म्याद { $expires } मा सकिन्छ, कुञ्जी { $key } को हस्ताक्षर।
bundle-cli-built-expired = चेतावनी: यो बन्डलको म्याद पहिल्यै सकिएको छ; कुनै पनि उपकरणले यसलाई इन्स्टल गर्दैन।
# Variables:
#   $bundle (String) - the bundle id
#   $sequence (String) - its sequence
#   $folder (String) - the channel folder
#   $file (String) - the bundle's file name in it
bundle-cli-published = { $bundle } क्रम नम्बर { $sequence } लाई { $folder } मा { $file } नामले प्रकाशित गरियो (index.json अपडेट भयो)।
# Variables:
#   $bundle (String) - the bundle id
#   $offered (String) - the channel's sequence
#   $installed (String) - the installed sequence
bundle-cli-up-to-date = अद्यावधिक छ: च्यानलमा { $bundle } क्रम नम्बर { $offered } छ, र यो उपकरणमा { $installed } छ।
