# Signed directory bundles: building, verifying, installing, publishing and updating.
# "Bundle" is one file holding a directory of services; "publisher" is the organisation
# that made and signed it. Key ids are 16 hexadecimal digits, like 2F1A0C3B4D5E6F70.
# Note for Arabic: bundle = حزمة، directory = الدليل، publisher = الناشر، key list = قائمة المفاتيح،
# manifest = قائمة المحتويات الموقَّعة (not البيان, too close to البيانات = data), root key = مفتاح جذري، sequence = الرقم التسلسلي،
# channel = قناة التحديث، passphrase = عبارة المرور. Commands, flags, key ids, SHA-256 and
# minisign stay in Latin letters.

## Refusals (nothing on the device was changed)

bundle-nothing-changed = لم يتغيّر شيء: الدليل المستخدم هو نفسه كما كان من قبل.
# Variables:
#   $reason (String) - what is wrong with the file
bundle-refused-not-a-bundle = مرفوض: هذا الملف ليس حزمة يستطيع هذا الإصدار من Ponte قراءتها ({ $reason }).
# Variables:
#   $publisher (String) - the publisher, like "Example NGO (org.example)"
#   $expected (Number) - bytes the signed manifest declares
#   $found (Number) - bytes the file has
bundle-refused-truncated = رُفضت حزمة { $publisher }: الملف ناقص ({ $found } من أصل { $expected } بايت تذكرها قائمة محتوياتها الموقَّعة). انسخه أو نزّله مرة أخرى.
# Variables:
#   $publisher (String) - the publisher
#   $declared (Number) - bytes the signed manifest declares
bundle-refused-too-long = رُفضت حزمة { $publisher }: فيها بيانات أكثر من { $declared } بايت التي تذكرها قائمة محتوياتها الموقَّعة (البيانات الزائدة لا تُقرأ أبدًا).
# Variables:
#   $claimed (String) - the publisher the bundle claims to be from (not verified)
#   $key (String) - id of the key that signed its key list
bundle-refused-unknown-root-key = مرفوض: تقول الحزمة إنها من { $claimed }، لكن قائمة مفاتيحها موقَّعة بالمفتاح { $key }، وهو ليس مفتاحًا جذريًا يثق به هذا الجهاز. إذا كنت تعرف هذا الناشر، فأضف مفتاحه الجذري بالأمر `ponte trust add`.
# Variables:
#   $publisher (String) - the publisher the trusted root key belongs to
#   $claimed (String) - the publisher the key list or manifest names instead
bundle-refused-wrong-publisher = مرفوض: قائمة المفاتيح أو قائمة المحتويات تذكر الناشر { $claimed }، لكنها موقَّعة بالمفتاح الجذري للناشر { $publisher }.
# Variables:
#   $publisher (String) - the publisher
#   $key (String) - the key that signed the manifest
bundle-refused-unknown-signing-key = رُفضت حزمة { $publisher }: قائمة محتوياتها موقَّعة بالمفتاح { $key }، وهذا المفتاح ليس في قائمة مفاتيح الناشر.
# Variables:
#   $publisher (String) - the publisher
#   $key (String) - the revoked key
bundle-refused-revoked-key = رُفضت حزمة { $publisher }: هي موقَّعة بالمفتاح { $key }، وقد ألغى الناشر هذا المفتاح.
# Variables:
#   $publisher (String) - the publisher
#   $key (String) - the signing key
#   $created (String) - when the bundle says it was made
#   $validity (String) - when the key may sign, like "2026-01-01T00:00:00Z – 2027-01-01T00:00:00Z"
bundle-refused-key-not-valid = رُفضت حزمة { $publisher }: أُعدّت في { $created }، خارج الفترة التي يحقّ فيها للمفتاح { $key } أن يوقّع ({ $validity }).
# Variables:
#   $what (String) - what was signed: "manifest", "key-list" or "file"
#   $key (String) - the signing key
bundle-refused-legacy-signature = مرفوض: توقيع { $what ->
    [manifest] قائمة المحتويات
    [key-list] قائمة المفاتيح
   *[file] الملف
} هو توقيع minisign من النوع القديم (legacy)، بالمفتاح { $key }. لا تُقبل إلا التواقيع من نوع prehashed: وقّع مرة أخرى بإصدار حالي من minisign أو بـ ponte.
# Variables:
#   $what (String) - what was signed: "manifest", "key-list" or "file"
#   $publisher (String) - the publisher
#   $key (String) - the key the signature names
bundle-refused-bad-signature = { $what ->
    [manifest] رُفضت حزمة { $publisher }: توقيع قائمة محتوياتها بالمفتاح { $key } لم يجتز التحقق. لقد تغيّرت القائمة بعد توقيعها.
    [key-list] رُفضت حزمة { $publisher }: توقيع قائمة مفاتيحها بالمفتاح { $key } لم يجتز التحقق. لقد تغيّرت القائمة بعد توقيعها.
   *[file] مرفوض: التوقيع بالمفتاح { $key } لم يجتز التحقق. تغيّر الملف بعد توقيعه، أو وُقّع بمفتاح آخر.
}
# Variables:
#   $publisher (String) - the publisher
#   $reason (String) - what is wrong
bundle-refused-bad-manifest = رُفضت حزمة { $publisher }: لا يمكن استخدام قائمة محتوياتها الموقَّعة ({ $reason }).
# Variables:
#   $publisher (String) - the publisher
#   $bundle (String) - the bundle id
#   $offered (String) - the bundle's sequence number
#   $installed (String) - the highest sequence number installed before
bundle-refused-rollback = رُفضت الحزمة { $bundle } من { $publisher }: رقمها التسلسلي { $offered } ليس أكبر من { $installed }، وهو أحدث رقم ثُبّت على هذا الجهاز. الدليل الأقدم لا يحلّ أبدًا محلّ دليل أحدث.
# Variables:
#   $publisher (String) - the publisher
#   $bundle (String) - the bundle id
#   $expires (String) - when it expired
bundle-refused-expired = رُفضت الحزمة { $bundle } من { $publisher }: انتهت صلاحيتها في { $expires }. اطلب من الناشر نسخة حالية.
# Variables:
#   $publisher (String) - the publisher
#   $bundle (String) - the bundle id
#   $needs (String) - the Ponte version it needs, like "0.3.0"
#   $ours (String) - this Ponte's version
bundle-refused-app-too-old = رُفضت الحزمة { $bundle } من { $publisher }: تحتاج إلى Ponte { $needs } أو أحدث، وهذا الإصدار هو { $ours }. حدّث Ponte أولًا.
# Variables:
#   $publisher (String) - the publisher
#   $bundle (String) - the bundle id
#   $part (String) - "payload" (the compressed data) or "directory" (after decompression)
#   $what (String) - what differs, like "SHA-256" or "length"
bundle-refused-payload-mismatch = رُفضت الحزمة { $bundle } من { $publisher }: { $part ->
    [directory] الدليل الذي فيها لا يطابق
   *[payload] البيانات التي فيها لا تطابق
} قائمة محتوياتها الموقَّعة ({ $what }). لقد غُيّر محتواها، أو أُخذ من حزمة أخرى.
# Variables:
#   $publisher (String) - the publisher
#   $bundle (String) - the bundle id
#   $reason (String) - what is wrong
bundle-refused-not-a-directory = رُفضت الحزمة { $bundle } من { $publisher }: ما فيها ليس دليلًا يستطيع هذا التطبيق استخدامه ({ $reason }).
# Variables:
#   $file (String) - the file
#   $reason (String) - what is wrong
bundle-bad-key-file = لا يمكن استخدام { $file }: { $reason }.
# Variables:
#   $file (String) - the secret key file
bundle-wrong-passphrase = عبارة المرور لا تفتح المفتاح السري { $file }.
# Variables:
#   $reason (String) - what went wrong
bundle-failed = { $reason }

## Progress

bundle-stage-compressing = جارٍ الضغط
bundle-stage-hashing = جارٍ التحقق
bundle-stage-unpacking = جارٍ فكّ الضغط
bundle-stage-checking = جارٍ فحص الدليل
bundle-stage-downloading = جارٍ التنزيل

## What was checked (ponte bundle verify)

bundle-check-format = الملف حزمة Ponte، وكل جزء منه ضمن الحدّ المسموح لحجمه.
# Variables:
#   $publisher (String) - the publisher
#   $version (String) - the key list's version
#   $key (String) - the root key that signed it
#   $source (String) - where the root key came from: "built-in", "added" or "command-line"
bundle-check-key-list = الإصدار { $version } من قائمة مفاتيح { $publisher } موقَّع بالمفتاح الجذري { $key } ({ $source ->
    [built-in] مدمج في هذا التطبيق
    [added] أُضيف على هذا الجهاز
   *[command-line] أُعطي في سطر الأوامر
}).
# Variables:
#   $stored (String) - the key list version already on this device
#   $bundled (String) - the version that came with the bundle
bundle-check-newer-key-list = استُخدمت قائمة المفاتيح الأحدث الموجودة على هذا الجهاز (الإصدار { $stored }) بدلًا من القائمة التي جاءت مع الحزمة (الإصدار { $bundled }).
# Variables:
#   $key (String) - the signing key
#   $validity (String) - when it may sign
bundle-check-manifest-signature = قائمة المحتويات (manifest) موقَّعة بالمفتاح { $key }، وهو مذكور في قائمة المفاتيح وغير ملغى، وصالح للفترة { $validity }.
# Variables:
#   $needs (String) - the version it needs
#   $ours (String) - this app's version
bundle-check-app-version = تحتاج إلى Ponte { $needs }؛ وهذا الإصدار هو { $ours }.
# Variables:
#   $expires (String) - when it expires
bundle-check-not-expired = لم تنتهِ صلاحيتها (تنتهي في { $expires }).
# Variables:
#   $offered (String) - its sequence
#   $installed (String) - the highest installed before
bundle-check-sequence = رقمها التسلسلي { $offered } أكبر من { $installed }، وهو أحدث رقم مثبّت هنا.
# Variables:
#   $offered (String) - its sequence
bundle-check-sequence-first = رقمها التسلسلي { $offered }؛ لم يُثبَّت هنا بعدُ أي شيء بمعرّف هذه الحزمة.
# Variables:
#   $bytes (Number) - size of the compressed data
#   $sha256 (String) - its SHA-256
bundle-check-payload = البيانات ({ $bytes } بايت) لها الطول الموقَّع، وبصمة SHA-256 الخاصة بها { $sha256 }.
# Variables:
#   $bytes (Number) - size of the directory
#   $sha256 (String) - its SHA-256
bundle-check-directory = الدليل بعد فكّ ضغطه ({ $bytes } بايت) له الطول الموقَّع، وبصمة SHA-256 الخاصة به { $sha256 }.
# Variables:
#   $services (Number) - number of services in it
bundle-check-directory-intact = الدليل يُفتح، ويجتاز فحص السلامة، وعدد الخدمات فيه { $services }، كما هو موقَّع.

bundle-trust-source-built-in = مدمج في التطبيق
bundle-trust-source-added = أُضيف على هذا الجهاز
bundle-trust-source-command-line = أُعطي في سطر الأوامر

## Directory status (ponte directory info, the app's About page)

bundle-status-built-in = الدليل المدمج الذي جاء مع هذا التطبيق.
# Variables:
#   $date (String) - when the publisher made it
bundle-status-published = تاريخ النشر: { $date }
# Variables:
#   $date (String) - when this device verified and installed it
bundle-status-verified = تاريخ التحقق والتثبيت: { $date }
# Variables:
#   $date (String) - when it expires
bundle-status-expires = تنتهي صلاحيته في: { $date }
# Variables:
#   $date (String) - when it expired
bundle-status-expired = انتهت صلاحيته منذ { $date }: ما زال يعمل، لكن قد تكون معلوماته قديمة. ابحث عن تحديثات.
# Variables:
#   $date (String) - when a channel was last checked
bundle-status-last-checked = آخر بحث عن تحديثات: { $date }

## Updates (ponte update, "Check for updates")

# Variables:
#   $url (String) - the channel address given
#   $reason (String) - what is wrong with it
update-bad-url = لا يمكن استخدام { $url } كقناة تحديث: { $reason }.
# Variables:
#   $url (String) - what was being fetched
#   $reason (String) - what happened
update-network = تعذّر جلب { $url }: { $reason }. حاول مرة أخرى عندما تكون متصلًا بالإنترنت؛ الجزء الذي نُزّل يبقى محفوظًا.
# Variables:
#   $url (String) - what was being fetched
#   $status (Number) - the HTTP status code
update-http = أجاب الخادم بالرمز { $status } على طلب { $url }.
# Variables:
#   $url (String) - the index's address
#   $reason (String) - what is wrong
update-bad-index = لا يمكن استخدام فهرس القناة { $url }: { $reason }.
# Variables:
#   $bundle (String) - the bundle id asked for, or "-"
#   $available (String) - the bundle ids the channel has, comma-separated
update-not-on-channel = لا توجد في القناة حزمة { $bundle } لهذا الجهاز. الموجود فيها: { $available }. اختر واحدة بالخيار --bundle.

## Command line

# Variables:
#   $env (String) - the environment variable's name
bundle-cli-passphrase-needed = هذا المفتاح السري مشفّر: اضبط متغيّر البيئة { $env } على عبارة مروره، أو شغّل الأمر في طرفية (terminal) ليُطلب منك إدخالها.
bundle-cli-passphrase = عبارة المرور للمفتاح السري
bundle-cli-passphrase-again = عبارة المرور نفسها مرة أخرى
bundle-cli-passphrase-mismatch = عبارتا المرور مختلفتان؛ لم يُكتب أي شيء.
bundle-cli-passphrase-empty = عبارة المرور الفارغة لا تحمي شيئًا: اكتب عبارة، أو استخدم --unencrypted عن قصد.
# Variables:
#   $file (String) - the file that exists
bundle-cli-key-exists = { $file } موجود من قبل: اختر اسمًا آخر، أو استخدم --force لاستبداله.
# Variables:
#   $key (String) - the new key's id
#   $secret (String) - the secret key file
#   $public (String) - the public key file
bundle-cli-keygen-done = مفتاح جديد { $key }: المفتاح السري { $secret } (احتفظ به سرًّا)، والمفتاح العام { $public }.
bundle-cli-sign-list-new-needs = قائمة المفاتيح الجديدة تحتاج إلى --publisher و--name (أو ابدأ من قائمة موجودة بالخيار --from).
# Variables:
#   $publisher (String) - the publisher of the list
#   $given (String) - the publisher given on the command line
bundle-cli-sign-list-publisher = قائمة المفاتيح هذه للناشر { $publisher }، لا للناشر { $given }.
# Variables:
#   $key (String) - the key id asked for
bundle-cli-no-such-key = لا يوجد هنا مفتاح { $key }.
# Variables:
#   $file (String) - the key list file
#   $publisher (String) - the publisher
#   $version (String) - the list's version
#   $count (Number) - number of keys in it
#   $root (String) - the root key that signed it
bundle-cli-sign-list-done = كُتب { $file }: الإصدار { $version } من قائمة مفاتيح { $publisher }، { $count ->
    [zero] ليس فيها أي مفتاح
    [one] فيها مفتاح واحد
    [two] فيها مفتاحان
    [few] فيها { $count } مفاتيح
    [many] فيها { $count } مفتاحًا
   *[other] فيها { $count } مفتاح
}، موقَّعة بالمفتاح الجذري { $root }.
# Variables:
#   $file (String) - the signature file
#   $key (String) - the signing key
bundle-cli-signed = كُتب { $file } (المفتاح { $key }).
# Variables:
#   $file (String) - the file
#   $key (String) - the key
#   $comment (String) - the signature's trusted comment
bundle-cli-signature-ok = توقيع { $file } بالمفتاح { $key } صالح. التعليق الموثوق (trusted comment): { $comment }
# Variables:
#   $key (String) - the key id
#   $publisher (String) - the publisher
bundle-cli-trust-added = أصبح هذا الجهاز يثق بالمفتاح الجذري { $key } للناشر { $publisher }.
bundle-cli-trust-none = لا توجد بعدُ مفاتيح جذرية موثوقة: أضف مفتاحًا بالأمر `ponte trust add`.
# Variables:
#   $key (String) - the key id
#   $publisher (String) - the publisher id
#   $name (String) - the publisher's name
#   $source (String) - where it came from, already in words
bundle-cli-trust-row = { $key }  { $publisher }  { $name }  ({ $source })
# Variables:
#   $key (String) - the key id
bundle-cli-trust-removed = لم يعد هذا الجهاز يثق بالمفتاح الجذري { $key }.
# Variables:
#   $file (String) - the bundle file
#   $bundle (String) - the bundle id
#   $sequence (String) - its sequence
#   $publisher (String) - the publisher
bundle-cli-verified = { $file } حزمة صالحة: { $bundle }، الرقم التسلسلي { $sequence }، من { $publisher }. ما تمّ فحصه:
# Variables:
#   $bundle (String) - the bundle id
#   $sequence (String) - its sequence
#   $publisher (String) - the publisher
#   $services (Number) - services in it
bundle-cli-installed = ثُبّتت الحزمة { $bundle }، الرقم التسلسلي { $sequence }، من { $publisher }: عدد الخدمات { $services }، وهي مستخدمة الآن. ما تمّ فحصه:
# Variables:
#   $file (String) - the manifest file written
#   $signature (String) - the signature file written
bundle-cli-manifest-written = كُتب { $file } و{ $signature } (تحقّق منهما بالأمر minisign -V).
# Variables:
#   $file (String) - the bundle file
#   $bundle (String) - the bundle id
#   $sequence (String) - its sequence
#   $services (Number) - services in it
#   $bytes (Number) - size of the compressed directory
#   $expires (String) - when it expires
#   $key (String) - the signing key
bundle-cli-built = كُتب { $file }: { $bundle }، الرقم التسلسلي { $sequence }، عدد الخدمات { $services }، الحجم بعد الضغط { $bytes } بايت، تنتهي صلاحيتها في { $expires }، موقَّعة بالمفتاح { $key }.
bundle-cli-built-expired = تحذير: انتهت صلاحية هذه الحزمة من قبل؛ لن يثبّتها أي جهاز.
# Variables:
#   $bundle (String) - the bundle id
#   $sequence (String) - its sequence
#   $folder (String) - the channel folder
#   $file (String) - the bundle's file name in it
bundle-cli-published = نُشرت { $bundle }، الرقم التسلسلي { $sequence }، في { $folder } باسم { $file } (وحُدّث index.json).
# Variables:
#   $bundle (String) - the bundle id
#   $offered (String) - the channel's sequence
#   $installed (String) - the installed sequence
bundle-cli-up-to-date = لا يوجد تحديث: تعرض القناة { $bundle } بالرقم التسلسلي { $offered }، وعلى هذا الجهاز الرقم { $installed }.
