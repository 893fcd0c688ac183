# Signed directory bundles: building, verifying, installing, publishing and updating.
# "Bundle" is one file holding a directory of services; "publisher" is the organisation
# that made and signed it. Key ids are 16 hexadecimal digits, like 2F1A0C3B4D5E6F70.

## Refusals (nothing on the device was changed)

bundle-nothing-changed = কিছুই বদলানো হয়নি: যে ডিরেক্টরি ব্যবহার হচ্ছে, তা আগের মতোই আছে।
# Variables:
#   $reason (String) - what is wrong with the file
bundle-refused-not-a-bundle = প্রত্যাখ্যান করা হয়েছে: এই ফাইলটি এমন কোনো বান্ডল নয় যা Ponte-এর এই সংস্করণ পড়তে পারে ({ $reason })।
# Variables:
#   $publisher (String) - the publisher, like "Example NGO (org.example)"
#   $expected (Number) - bytes the signed manifest declares
#   $found (Number) - bytes the file has
bundle-refused-truncated = { $publisher }-এর বান্ডল প্রত্যাখ্যান করা হয়েছে: ফাইলটি অসম্পূর্ণ (স্বাক্ষর করা ম্যানিফেস্টে বলা { $expected } বাইটের মধ্যে আছে মাত্র { $found } বাইট)। আবার কপি বা ডাউনলোড করুন।
# Variables:
#   $publisher (String) - the publisher
#   $declared (Number) - bytes the signed manifest declares
bundle-refused-too-long = { $publisher }-এর বান্ডল প্রত্যাখ্যান করা হয়েছে: স্বাক্ষর করা ম্যানিফেস্টে বলা { $declared } বাইটের চেয়ে বেশি ডেটা এতে আছে (বাড়তি ডেটা কখনো পড়া হয় না)।
# Variables:
#   $claimed (String) - the publisher the bundle claims to be from (not verified)
#   $key (String) - id of the key that signed its key list
bundle-refused-unknown-root-key = প্রত্যাখ্যান করা হয়েছে: বান্ডলটি বলছে এটি { $claimed }-এর কাছ থেকে এসেছে, কিন্তু এর চাবির তালিকায় চাবি { $key }-এর স্বাক্ষর আছে, যা এই ডিভাইসের বিশ্বস্ত কোনো রুট চাবি (root key) নয়। আপনি এই প্রকাশককে চিনলে `ponte trust add` দিয়ে এর রুট চাবি যোগ করুন।
# Variables:
#   $publisher (String) - the publisher the trusted root key belongs to
#   $claimed (String) - the publisher the key list or manifest names instead
bundle-refused-wrong-publisher = প্রত্যাখ্যান করা হয়েছে: চাবির তালিকা বা ম্যানিফেস্টে প্রকাশক হিসেবে { $claimed } লেখা আছে, কিন্তু স্বাক্ষর করা হয়েছে { $publisher }-এর রুট চাবির অধীনে।
# Variables:
#   $publisher (String) - the publisher
#   $key (String) - the key that signed the manifest
bundle-refused-unknown-signing-key = { $publisher }-এর বান্ডল প্রত্যাখ্যান করা হয়েছে: এর ম্যানিফেস্টে চাবি { $key }-এর স্বাক্ষর আছে, যা প্রকাশকের চাবির তালিকায় নেই।
# Variables:
#   $publisher (String) - the publisher
#   $key (String) - the revoked key
bundle-refused-revoked-key = { $publisher }-এর বান্ডল প্রত্যাখ্যান করা হয়েছে: এতে চাবি { $key }-এর স্বাক্ষর আছে, যা প্রকাশক বাতিল করেছে।
# Variables:
#   $publisher (String) - the publisher
#   $key (String) - the signing key
#   $created (String) - when the bundle says it was made
#   $validity (String) - when the key may sign, like "2026-01-01T00:00:00Z – 2027-01-01T00:00:00Z"
bundle-refused-key-not-valid = { $publisher }-এর বান্ডল প্রত্যাখ্যান করা হয়েছে: এটি তৈরি হয়েছে { $created }-এ, যা চাবি { $key }-এর স্বাক্ষর করার অনুমোদিত সময়ের ({ $validity }) বাইরে।
# Variables:
#   $what (String) - what was signed: "manifest", "key-list" or "file"
#   $key (String) - the signing key
bundle-refused-legacy-signature = প্রত্যাখ্যান করা হয়েছে: { $what ->
    [manifest] ম্যানিফেস্টে
    [key-list] চাবির তালিকায়
   *[file] ফাইলে
} পুরোনো ধরনের (legacy) minisign স্বাক্ষর আছে (চাবি { $key })। শুধু prehashed স্বাক্ষর গ্রহণ করা হয়: নতুন minisign বা ponte দিয়ে আবার স্বাক্ষর করুন।
# Variables:
#   $what (String) - what was signed: "manifest", "key-list" or "file"
#   $publisher (String) - the publisher
#   $key (String) - the key the signature names
bundle-refused-bad-signature = { $what ->
    [manifest] { $publisher }-এর বান্ডল প্রত্যাখ্যান করা হয়েছে: এর ম্যানিফেস্টে চাবি { $key }-এর স্বাক্ষর যাচাইয়ে মেলে না। স্বাক্ষরের পরে এটি বদলানো হয়েছে।
    [key-list] { $publisher }-এর বান্ডল প্রত্যাখ্যান করা হয়েছে: এর চাবির তালিকায় চাবি { $key }-এর স্বাক্ষর যাচাইয়ে মেলে না। স্বাক্ষরের পরে এটি বদলানো হয়েছে।
   *[file] প্রত্যাখ্যান করা হয়েছে: চাবি { $key }-এর স্বাক্ষর যাচাইয়ে মেলে না। স্বাক্ষরের পরে ফাইলটি বদলানো হয়েছে, অথবা অন্য চাবি দিয়ে স্বাক্ষর করা হয়েছে।
}
# Variables:
#   $publisher (String) - the publisher
#   $reason (String) - what is wrong
bundle-refused-bad-manifest = { $publisher }-এর বান্ডল প্রত্যাখ্যান করা হয়েছে: এর স্বাক্ষর করা ম্যানিফেস্ট ব্যবহার করা যাচ্ছে না ({ $reason })।
# Variables:
#   $publisher (String) - the publisher
#   $bundle (String) - the bundle id
#   $offered (String) - the bundle's sequence number
#   $installed (String) - the highest sequence number installed before
bundle-refused-rollback = { $publisher }-এর বান্ডল { $bundle } প্রত্যাখ্যান করা হয়েছে: এর ক্রম নম্বর { $offered }, এই ডিভাইসে ইনস্টল করা সবচেয়ে নতুন ক্রম নম্বর { $installed }-এর চেয়ে বড় নয়। পুরোনো ডিরেক্টরি কখনো নতুনটির জায়গা নেয় না।
# Variables:
#   $publisher (String) - the publisher
#   $bundle (String) - the bundle id
#   $expires (String) - when it expired
bundle-refused-expired = { $publisher }-এর বান্ডল { $bundle } প্রত্যাখ্যান করা হয়েছে: এর মেয়াদ { $expires }-এ শেষ হয়ে গেছে। প্রকাশকের কাছে চালু একটি বান্ডল চান।
# Variables:
#   $publisher (String) - the publisher
#   $bundle (String) - the bundle id
#   $needs (String) - the Ponte version it needs, like "0.3.0"
#   $ours (String) - this Ponte's version
bundle-refused-app-too-old = { $publisher }-এর বান্ডল { $bundle } প্রত্যাখ্যান করা হয়েছে: এর জন্য Ponte { $needs } বা তার নতুন সংস্করণ লাগবে, আর এটি { $ours }। আগে Ponte আপডেট করুন।
# Variables:
#   $publisher (String) - the publisher
#   $bundle (String) - the bundle id
#   $part (String) - "payload" (the compressed data) or "directory" (after decompression)
#   $what (String) - what differs, like "SHA-256" or "length"
bundle-refused-payload-mismatch = { $publisher }-এর বান্ডল { $bundle } প্রত্যাখ্যান করা হয়েছে: { $part ->
    [directory] এর ভেতরের ডিরেক্টরি
   *[payload] এর ভেতরের ডেটা
} এর স্বাক্ষর করা ম্যানিফেস্টের সঙ্গে মেলে না ({ $what })। এটি বদলানো হয়েছে, অথবা অন্য বান্ডল থেকে নেওয়া হয়েছে।
# Variables:
#   $publisher (String) - the publisher
#   $bundle (String) - the bundle id
#   $reason (String) - what is wrong
bundle-refused-not-a-directory = { $publisher }-এর বান্ডল { $bundle } প্রত্যাখ্যান করা হয়েছে: এর ভেতরে যা আছে তা এমন ডিরেক্টরি নয় যা এই অ্যাপ ব্যবহার করতে পারে ({ $reason })।
# Variables:
#   $file (String) - the file
#   $reason (String) - what is wrong
bundle-bad-key-file = { $file } ব্যবহার করা যাচ্ছে না: { $reason }।
# Variables:
#   $file (String) - the secret key file
bundle-wrong-passphrase = এই পাসফ্রেজ দিয়ে গোপন চাবি { $file } খোলে না।
# Variables:
#   $reason (String) - what went wrong
bundle-failed = { $reason }

## Progress

bundle-stage-compressing = কমপ্রেস হচ্ছে
bundle-stage-hashing = যাচাই হচ্ছে
bundle-stage-unpacking = আনপ্যাক হচ্ছে
bundle-stage-checking = ডিরেক্টরি যাচাই হচ্ছে
bundle-stage-downloading = ডাউনলোড হচ্ছে

## What was checked (ponte bundle verify)

bundle-check-format = ফাইলটি একটি Ponte বান্ডল এবং এর প্রতিটি অংশ আকারের সীমার মধ্যে আছে।
# Variables:
#   $publisher (String) - the publisher
#   $version (String) - the key list's version
#   $key (String) - the root key that signed it
#   $source (String) - where the root key came from: "built-in", "added" or "command-line"
bundle-check-key-list = { $publisher }-এর চাবির তালিকার সংস্করণ { $version }-এ রুট চাবি { $key }-এর স্বাক্ষর আছে ({ $source ->
    [built-in] এই অ্যাপের ভেতরেই আছে
    [added] এই ডিভাইসে যোগ করা
   *[command-line] কমান্ড লাইনে দেওয়া
})।
# Variables:
#   $stored (String) - the key list version already on this device
#   $bundled (String) - the version that came with the bundle
bundle-check-newer-key-list = বান্ডলের সঙ্গে আসা চাবির তালিকার (সংস্করণ { $bundled }) বদলে এই ডিভাইসে আগে থেকে থাকা নতুন চাবির তালিকা (সংস্করণ { $stored }) ব্যবহার করা হয়েছে।
# Variables:
#   $key (String) - the signing key
#   $validity (String) - when it may sign
bundle-check-manifest-signature = ম্যানিফেস্টে চাবি { $key }-এর স্বাক্ষর আছে; চাবিটি তালিকায় আছে, বাতিল নয়, বৈধতার সময়: { $validity }।
# Variables:
#   $needs (String) - the version it needs
#   $ours (String) - this app's version
bundle-check-app-version = এর জন্য Ponte { $needs } লাগবে; এটি { $ours }।
# Variables:
#   $expires (String) - when it expires
bundle-check-not-expired = এর মেয়াদ শেষ হয়নি (মেয়াদ শেষ হবে { $expires }-এ)।
# Variables:
#   $offered (String) - its sequence
#   $installed (String) - the highest installed before
bundle-check-sequence = এর ক্রম নম্বর { $offered }, এখানে ইনস্টল করা সবচেয়ে নতুন ক্রম নম্বর { $installed }-এর চেয়ে বড়।
# Variables:
#   $offered (String) - its sequence
bundle-check-sequence-first = এর ক্রম নম্বর { $offered }; এই বান্ডল id-এর কিছুই এখানে এখনো ইনস্টল করা হয়নি।
# Variables:
#   $bytes (Number) - size of the compressed data
#   $sha256 (String) - its SHA-256
bundle-check-payload = ডেটার ({ $bytes } বাইট) দৈর্ঘ্য স্বাক্ষর অনুযায়ী ঠিক আছে, আর SHA-256 হলো { $sha256 }।
# Variables:
#   $bytes (Number) - size of the directory
#   $sha256 (String) - its SHA-256
bundle-check-directory = আনপ্যাক করা ডিরেক্টরির ({ $bytes } বাইট) দৈর্ঘ্য স্বাক্ষর অনুযায়ী ঠিক আছে, আর SHA-256 হলো { $sha256 }।
# Variables:
#   $services (Number) - number of services in it
bundle-check-directory-intact = ডিরেক্টরিটি খোলে, অখণ্ডতা যাচাইয়ে (integrity check) পাস করে, এবং স্বাক্ষর অনুযায়ী এতে { $services }টি সেবা আছে।

bundle-trust-source-built-in = অ্যাপের ভেতরেই
bundle-trust-source-added = এই ডিভাইসে যোগ করা
bundle-trust-source-command-line = কমান্ড লাইনে দেওয়া

## Directory status (ponte directory info, the app's About page)

bundle-status-built-in = এই অ্যাপের সঙ্গে আসা ভেতরের ডিরেক্টরি।
# Variables:
#   $date (String) - when the publisher made it
bundle-status-published = প্রকাশিত: { $date }
# Variables:
#   $date (String) - when this device verified and installed it
bundle-status-verified = যাচাই করে ইনস্টল করা: { $date }
# Variables:
#   $date (String) - when it expires
bundle-status-expires = মেয়াদ শেষ: { $date }
# Variables:
#   $date (String) - when it expired
bundle-status-expired = { $date } থেকে মেয়াদ শেষ: এটি এখনো কাজ করে, কিন্তু তথ্য পুরোনো হতে পারে। আপডেট আছে কি না দেখুন।
# Variables:
#   $date (String) - when a channel was last checked
bundle-status-last-checked = শেষবার আপডেট দেখা হয়েছে: { $date }

## Updates (ponte update, "Check for updates")

# Variables:
#   $url (String) - the channel address given
#   $reason (String) - what is wrong with it
update-bad-url = { $url } চ্যানেল হিসেবে ব্যবহার করা যাবে না: { $reason }।
# Variables:
#   $url (String) - what was being fetched
#   $reason (String) - what happened
update-network = { $url } আনা যায়নি: { $reason }। অনলাইনে থাকলে আবার চেষ্টা করুন; অর্ধেক ডাউনলোড রেখে দেওয়া হয়।
# Variables:
#   $url (String) - what was being fetched
#   $status (Number) - the HTTP status code
update-http = সার্ভার { $url }-এর জন্য { $status } উত্তর দিয়েছে।
# Variables:
#   $url (String) - the index's address
#   $reason (String) - what is wrong
update-bad-index = চ্যানেলের index { $url } ব্যবহার করা যাচ্ছে না: { $reason }।
# Variables:
#   $bundle (String) - the bundle id asked for, or "-"
#   $available (String) - the bundle ids the channel has, comma-separated
update-not-on-channel = চ্যানেলে এই ডিভাইসের জন্য বান্ডল { $bundle } নেই। এতে আছে: { $available }। --bundle দিয়ে একটি বেছে নিন।

## Command line

# Variables:
#   $env (String) - the environment variable's name
bundle-cli-passphrase-needed = এই গোপন চাবি এনক্রিপ্ট করা: { $env }-এ এর পাসফ্রেজ দিন, অথবা কমান্ডটি টার্মিনালে চালান যাতে আপনাকে জিজ্ঞেস করা হয়।
bundle-cli-passphrase = গোপন চাবির পাসফ্রেজ
bundle-cli-passphrase-again = একই পাসফ্রেজ আবার
bundle-cli-passphrase-mismatch = দুটি পাসফ্রেজ আলাদা; কিছুই লেখা হয়নি।
bundle-cli-passphrase-empty = খালি পাসফ্রেজ কিছুই রক্ষা করে না: একটি টাইপ করুন, অথবা জেনে-বুঝে --unencrypted ব্যবহার করুন।
# Variables:
#   $file (String) - the file that exists
bundle-cli-key-exists = { $file } আগে থেকেই আছে: অন্য নাম বেছে নিন, অথবা এটি বদলাতে --force ব্যবহার করুন।
# Variables:
#   $key (String) - the new key's id
#   $secret (String) - the secret key file
#   $public (String) - the public key file
bundle-cli-keygen-done = নতুন চাবি { $key }: গোপন চাবি { $secret } (কাউকে দেবেন না), পাবলিক চাবি { $public }।
bundle-cli-sign-list-new-needs = নতুন চাবির তালিকার জন্য --publisher আর --name লাগবে (অথবা --from দিয়ে কোনো তালিকা থেকে শুরু করুন)।
# Variables:
#   $publisher (String) - the publisher of the list
#   $given (String) - the publisher given on the command line
bundle-cli-sign-list-publisher = চাবির তালিকাটি { $publisher }-এর, { $given }-এর নয়।
# Variables:
#   $key (String) - the key id asked for
bundle-cli-no-such-key = এখানে চাবি { $key } নেই।
# Variables:
#   $file (String) - the key list file
#   $publisher (String) - the publisher
#   $version (String) - the list's version
#   $count (Number) - number of keys in it
#   $root (String) - the root key that signed it
bundle-cli-sign-list-done = { $file } লেখা হয়েছে: { $publisher }-এর চাবির তালিকার সংস্করণ { $version }, { $count ->
    [one] { $count }টি চাবি
   *[other] { $count }টি চাবি
} সহ, রুট চাবি { $root } দিয়ে স্বাক্ষর করা।
# Variables:
#   $file (String) - the signature file
#   $key (String) - the signing key
bundle-cli-signed = { $file } লেখা হয়েছে (চাবি { $key })।
# Variables:
#   $file (String) - the file
#   $key (String) - the key
#   $comment (String) - the signature's trusted comment
bundle-cli-signature-ok = { $file }-এ চাবি { $key }-এর স্বাক্ষর বৈধ। বিশ্বস্ত মন্তব্য (trusted comment): { $comment }
# Variables:
#   $key (String) - the key id
#   $publisher (String) - the publisher
bundle-cli-trust-added = এই ডিভাইস এখন { $publisher }-এর জন্য রুট চাবি { $key } বিশ্বাস করে।
bundle-cli-trust-none = এখনো কোনো রুট চাবি বিশ্বস্ত নয়: `ponte trust add` দিয়ে একটি যোগ করুন।
# Variables:
#   $key (String) - the key id
#   $publisher (String) - the publisher id
#   $name (String) - the publisher's name
#   $source (String) - where it came from, already in words
bundle-cli-trust-row = { $key }  { $publisher }  { $name }  ({ $source })
# Variables:
#   $key (String) - the key id
bundle-cli-trust-removed = এই ডিভাইস আর রুট চাবি { $key } বিশ্বাস করে না।
# Variables:
#   $file (String) - the bundle file
#   $bundle (String) - the bundle id
#   $sequence (String) - its sequence
#   $publisher (String) - the publisher
bundle-cli-verified = { $file } একটি বৈধ বান্ডল: { $publisher }-এর { $bundle }, ক্রম নম্বর { $sequence }। যা যাচাই করা হয়েছে:
# Variables:
#   $bundle (String) - the bundle id
#   $sequence (String) - its sequence
#   $publisher (String) - the publisher
#   $services (Number) - services in it
bundle-cli-installed = { $publisher }-এর { $bundle }, ক্রম নম্বর { $sequence } ইনস্টল হয়েছে: { $services }টি সেবা, এখন ব্যবহার হচ্ছে। যা যাচাই করা হয়েছে:
# Variables:
#   $file (String) - the manifest file written
#   $signature (String) - the signature file written
bundle-cli-manifest-written = { $file } আর { $signature } লেখা হয়েছে (minisign -V দিয়ে যাচাই করুন)।
# Variables:
#   $file (String) - the bundle file
#   $bundle (String) - the bundle id
#   $sequence (String) - its sequence
#   $services (Number) - services in it
#   $bytes (Number) - size of the compressed directory
#   $expires (String) - when it expires
#   $key (String) - the signing key
bundle-cli-built = { $file } লেখা হয়েছে: { $bundle } ক্রম নম্বর { $sequence }, { $services }টি সেবা, কমপ্রেস করার পর { $bytes } বাইট, মেয়াদ শেষ { $expires }, চাবি { $key } দিয়ে স্বাক্ষর করা।
bundle-cli-built-expired = সতর্কতা: এই বান্ডলের মেয়াদ আগেই শেষ হয়ে গেছে; কোনো ডিভাইস এটি ইনস্টল করবে না।
# Variables:
#   $bundle (String) - the bundle id
#   $sequence (String) - its sequence
#   $folder (String) - the channel folder
#   $file (String) - the bundle's file name in it
bundle-cli-published = { $bundle } ক্রম নম্বর { $sequence } { $folder }-এ { $file } নামে প্রকাশ করা হয়েছে (index.json আপডেট হয়েছে)।
# Variables:
#   $bundle (String) - the bundle id
#   $offered (String) - the channel's sequence
#   $installed (String) - the installed sequence
bundle-cli-up-to-date = সব হালনাগাদ আছে: চ্যানেলে আছে { $bundle } ক্রম নম্বর { $offered }, আর এই ডিভাইসে আছে { $installed }।
