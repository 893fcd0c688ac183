# Signed directory bundles: building, verifying, installing, publishing and updating.
# "Bundle" is one file holding a directory of services; "publisher" is the organisation
# that made and signed it. Key ids are 16 hexadecimal digits, like 2F1A0C3B4D5E6F70.
# Note for Persian/Dari: bundle = بسته، directory = فهرست (as in app.ftl), publisher = ناشر،
# key list = لیست کلیدها (not فهرست, which is the directory), manifest = مانیفست امضاشده،
# root key = کلید ریشه، secret key = کلید خصوصی، sequence = شماره ترتیب، channel = کانال،
# passphrase = عبارت عبور. Commands, flags, key ids, SHA-256 and minisign stay in Latin letters.

## Refusals (nothing on the device was changed)

bundle-nothing-changed = هیچ چیز تغییر نکرد: فهرستی که استفاده می‌شود همان فهرست قبلی است.
# Variables:
#   $reason (String) - what is wrong with the file
bundle-refused-not-a-bundle = رد شد: این فایل بسته‌ای نیست که این نسخه از Ponte بتواند بخواند ({ $reason }).
# Variables:
#   $publisher (String) - the publisher, like "Example NGO (org.example)"
#   $expected (Number) - bytes the signed manifest declares
#   $found (Number) - bytes the file has
bundle-refused-truncated = بسته { $publisher } رد شد: فایل ناقص است ({ $found } از { $expected } بایتی که مانیفست امضاشده آن اعلام می‌کند). آن را دوباره کپی یا دانلود کنید.
# Variables:
#   $publisher (String) - the publisher
#   $declared (Number) - bytes the signed manifest declares
bundle-refused-too-long = بسته { $publisher } رد شد: داده‌ای بیشتر از { $declared } بایتی که مانیفست امضاشده آن اعلام می‌کند در آن هست (داده اضافه هرگز خوانده نمی‌شود).
# Variables:
#   $claimed (String) - the publisher the bundle claims to be from (not verified)
#   $key (String) - id of the key that signed its key list
bundle-refused-unknown-root-key = رد شد: بسته می‌گوید از طرف { $claimed } است، اما لیست کلیدهای آن با کلید { $key } امضا شده است، و این کلید ریشه‌ای نیست که این دستگاه به آن اعتماد داشته باشد. اگر این ناشر را می‌شناسید، کلید ریشه آن را با `ponte trust add` اضافه کنید.
# Variables:
#   $publisher (String) - the publisher the trusted root key belongs to
#   $claimed (String) - the publisher the key list or manifest names instead
bundle-refused-wrong-publisher = رد شد: لیست کلیدها یا مانیفست، نام ناشر را { $claimed } نوشته است، اما با کلید ریشه { $publisher } امضا شده است.
# Variables:
#   $publisher (String) - the publisher
#   $key (String) - the key that signed the manifest
bundle-refused-unknown-signing-key = بسته { $publisher } رد شد: مانیفست آن با کلید { $key } امضا شده است، که در لیست کلیدهای ناشر نیست.
# Variables:
#   $publisher (String) - the publisher
#   $key (String) - the revoked key
bundle-refused-revoked-key = بسته { $publisher } رد شد: با کلید { $key } امضا شده است، که ناشر آن را باطل کرده است.
# Variables:
#   $publisher (String) - the publisher
#   $key (String) - the signing key
#   $created (String) - when the bundle says it was made
#   $validity (String) - when the key may sign, like "2026-01-01T00:00:00Z – 2027-01-01T00:00:00Z"
bundle-refused-key-not-valid = بسته { $publisher } رد شد: در { $created } ساخته شده است، بیرون از بازه‌ای که کلید { $key } اجازه امضا دارد ({ $validity }).
# Variables:
#   $what (String) - what was signed: "manifest", "key-list" or "file"
#   $key (String) - the signing key
bundle-refused-legacy-signature = رد شد: { $what ->
    [manifest] مانیفست
    [key-list] لیست کلیدها
   *[file] فایل
} یک امضای قدیمی (legacy) از نوع minisign دارد (کلید { $key }). فقط امضاهای prehashed پذیرفته می‌شوند: با نسخه فعلی minisign یا با ponte دوباره امضا کنید.
# Variables:
#   $what (String) - what was signed: "manifest", "key-list" or "file"
#   $publisher (String) - the publisher
#   $key (String) - the key the signature names
bundle-refused-bad-signature = { $what ->
    [manifest] بسته { $publisher } رد شد: امضای مانیفست آن با کلید { $key } تأیید نمی‌شود. مانیفست پس از امضا تغییر کرده است.
    [key-list] بسته { $publisher } رد شد: امضای لیست کلیدهای آن با کلید { $key } تأیید نمی‌شود. لیست پس از امضا تغییر کرده است.
   *[file] رد شد: امضا با کلید { $key } تأیید نمی‌شود. فایل پس از امضا تغییر کرده است، یا با کلید دیگری امضا شده است.
}
# Variables:
#   $publisher (String) - the publisher
#   $reason (String) - what is wrong
bundle-refused-bad-manifest = بسته { $publisher } رد شد: مانیفست امضاشده آن قابل استفاده نیست ({ $reason }).
# Variables:
#   $publisher (String) - the publisher
#   $bundle (String) - the bundle id
#   $offered (String) - the bundle's sequence number
#   $installed (String) - the highest sequence number installed before
bundle-refused-rollback = بسته { $bundle } از { $publisher } رد شد: شماره ترتیب آن ({ $offered }) بالاتر از { $installed } نیست، که جدیدترین شماره نصب‌شده در این دستگاه است. فهرست قدیمی‌تر هرگز جای فهرست جدیدتر را نمی‌گیرد.
# Variables:
#   $publisher (String) - the publisher
#   $bundle (String) - the bundle id
#   $expires (String) - when it expired
bundle-refused-expired = بسته { $bundle } از { $publisher } رد شد: در { $expires } منقضی شده است. از ناشر یک نسخه معتبر بخواهید.
# Variables:
#   $publisher (String) - the publisher
#   $bundle (String) - the bundle id
#   $needs (String) - the Ponte version it needs, like "0.3.0"
#   $ours (String) - this Ponte's version
bundle-refused-app-too-old = بسته { $bundle } از { $publisher } رد شد: به Ponte نسخه { $needs } یا جدیدتر نیاز دارد، و این نسخه { $ours } است. اول Ponte را به‌روز کنید.
# Variables:
#   $publisher (String) - the publisher
#   $bundle (String) - the bundle id
#   $part (String) - "payload" (the compressed data) or "directory" (after decompression)
#   $what (String) - what differs, like "SHA-256" or "length"
bundle-refused-payload-mismatch = بسته { $bundle } از { $publisher } رد شد: { $part ->
    [directory] فهرستِ داخل آن
   *[payload] داده‌های داخل آن
} با مانیفست امضاشده آن جور نیست ({ $what }). تغییر داده شده است، یا از بسته دیگری برداشته شده است.
# Variables:
#   $publisher (String) - the publisher
#   $bundle (String) - the bundle id
#   $reason (String) - what is wrong
bundle-refused-not-a-directory = بسته { $bundle } از { $publisher } رد شد: آنچه در آن است فهرستی نیست که این برنامه بتواند از آن استفاده کند ({ $reason }).
# Variables:
#   $file (String) - the file
#   $reason (String) - what is wrong
bundle-bad-key-file = { $file } قابل استفاده نیست: { $reason }.
# Variables:
#   $file (String) - the secret key file
bundle-wrong-passphrase = این عبارت عبور، کلید خصوصی { $file } را باز نمی‌کند.
# Variables:
#   $reason (String) - what went wrong
bundle-failed = { $reason }

## Progress

bundle-stage-compressing = در حال فشرده‌سازی
bundle-stage-hashing = در حال بررسی
bundle-stage-unpacking = در حال باز کردن
bundle-stage-checking = در حال بررسی فهرست
bundle-stage-downloading = در حال دانلود

## What was checked (ponte bundle verify)

bundle-check-format = فایل یک بسته Ponte است و همه بخش‌های آن در حد اندازه مجاز هستند.
# Variables:
#   $publisher (String) - the publisher
#   $version (String) - the key list's version
#   $key (String) - the root key that signed it
#   $source (String) - where the root key came from: "built-in", "added" or "command-line"
bundle-check-key-list = نسخه { $version } لیست کلیدهای { $publisher } با کلید ریشه { $key } امضا شده است ({ $source ->
    [built-in] داخل این برنامه
    [added] اضافه‌شده در این دستگاه
   *[command-line] داده‌شده در خط فرمان
}).
# Variables:
#   $stored (String) - the key list version already on this device
#   $bundled (String) - the version that came with the bundle
bundle-check-newer-key-list = به جای لیست کلیدهای همراه بسته (نسخه { $bundled })، لیست جدیدتری که از قبل در این دستگاه بود (نسخه { $stored }) استفاده شد.
# Variables:
#   $key (String) - the signing key
#   $validity (String) - when it may sign
bundle-check-manifest-signature = مانیفست با کلید { $key } امضا شده است؛ این کلید در لیست هست، باطل نشده است و در بازه { $validity } معتبر است.
# Variables:
#   $needs (String) - the version it needs
#   $ours (String) - this app's version
bundle-check-app-version = به Ponte نسخه { $needs } نیاز دارد؛ این نسخه { $ours } است.
# Variables:
#   $expires (String) - when it expires
bundle-check-not-expired = منقضی نشده است (تاریخ انقضا: { $expires }).
# Variables:
#   $offered (String) - its sequence
#   $installed (String) - the highest installed before
bundle-check-sequence = شماره ترتیب آن ({ $offered }) بالاتر از { $installed } است، که جدیدترین شماره نصب‌شده در اینجاست.
# Variables:
#   $offered (String) - its sequence
bundle-check-sequence-first = شماره ترتیب آن { $offered } است؛ هنوز چیزی با این شناسه بسته در اینجا نصب نشده است.
# Variables:
#   $bytes (Number) - size of the compressed data
#   $sha256 (String) - its SHA-256
bundle-check-payload = داده‌ها ({ $bytes } بایت) طول امضاشده را دارند و SHA-256 آن‌ها { $sha256 } است.
# Variables:
#   $bytes (Number) - size of the directory
#   $sha256 (String) - its SHA-256
bundle-check-directory = فهرستِ بازشده ({ $bytes } بایت) طول امضاشده را دارد و SHA-256 آن { $sha256 } است.
# Variables:
#   $services (Number) - number of services in it
bundle-check-directory-intact = فهرست باز می‌شود، بررسی سلامت را با موفقیت می‌گذراند و { $services } مرکز دارد، همان‌طور که امضا شده است.

bundle-trust-source-built-in = داخل برنامه
bundle-trust-source-added = اضافه‌شده در این دستگاه
bundle-trust-source-command-line = داده‌شده در خط فرمان

## Directory status (ponte directory info, the app's About page)

bundle-status-built-in = فهرست داخلی که همراه این برنامه آمده است.
# Variables:
#   $date (String) - when the publisher made it
bundle-status-published = تاریخ انتشار: { $date }
# Variables:
#   $date (String) - when this device verified and installed it
bundle-status-verified = تاریخ بررسی و نصب: { $date }
# Variables:
#   $date (String) - when it expires
bundle-status-expires = تاریخ انقضا: { $date }
# Variables:
#   $date (String) - when it expired
bundle-status-expired = از { $date } منقضی شده است: هنوز کار می‌کند، اما ممکن است قدیمی باشد. به‌روزرسانی‌ها را بررسی کنید.
# Variables:
#   $date (String) - when a channel was last checked
bundle-status-last-checked = آخرین بررسی به‌روزرسانی: { $date }

## Updates (ponte update, "Check for updates")

# Variables:
#   $url (String) - the channel address given
#   $reason (String) - what is wrong with it
update-bad-url = { $url } را نمی‌توان به‌عنوان کانال استفاده کرد: { $reason }.
# Variables:
#   $url (String) - what was being fetched
#   $reason (String) - what happened
update-network = دریافت { $url } ممکن نشد: { $reason }. وقتی به اینترنت وصل هستید دوباره امتحان کنید؛ بخشی که دانلود شده نگه داشته می‌شود.
# Variables:
#   $url (String) - what was being fetched
#   $status (Number) - the HTTP status code
update-http = سرور برای { $url } پاسخ { $status } داد.
# Variables:
#   $url (String) - the index's address
#   $reason (String) - what is wrong
update-bad-index = فایل نمایه (index) کانال، { $url }، قابل استفاده نیست: { $reason }.
# Variables:
#   $bundle (String) - the bundle id asked for, or "-"
#   $available (String) - the bundle ids the channel has, comma-separated
update-not-on-channel = این کانال بسته { $bundle } را برای این دستگاه ندارد. این‌ها را دارد: { $available }. یکی را با --bundle انتخاب کنید.

## Command line

# Variables:
#   $env (String) - the environment variable's name
bundle-cli-passphrase-needed = این کلید خصوصی رمزگذاری شده است: متغیر { $env } را برابر عبارت عبور آن قرار دهید، یا فرمان را در ترمینال اجرا کنید تا از شما پرسیده شود.
bundle-cli-passphrase = عبارت عبور کلید خصوصی
bundle-cli-passphrase-again = همان عبارت عبور، دوباره
bundle-cli-passphrase-mismatch = دو عبارت عبور با هم فرق دارند؛ چیزی نوشته نشد.
bundle-cli-passphrase-empty = عبارت عبور خالی از هیچ چیز محافظت نمی‌کند: یک عبارت بنویسید، یا آگاهانه از --unencrypted استفاده کنید.
# Variables:
#   $file (String) - the file that exists
bundle-cli-key-exists = { $file } از قبل وجود دارد: نام دیگری انتخاب کنید، یا برای جایگزین کردن آن از --force استفاده کنید.
# Variables:
#   $key (String) - the new key's id
#   $secret (String) - the secret key file
#   $public (String) - the public key file
bundle-cli-keygen-done = کلید جدید { $key }: کلید خصوصی { $secret } (آن را پیش خودتان نگه دارید)، کلید عمومی { $public }.
bundle-cli-sign-list-new-needs = لیست کلیدهای جدید به --publisher و --name نیاز دارد (یا با --from از یک لیست موجود شروع کنید).
# Variables:
#   $publisher (String) - the publisher of the list
#   $given (String) - the publisher given on the command line
bundle-cli-sign-list-publisher = این لیست کلیدها مال { $publisher } است، نه { $given }.
# Variables:
#   $key (String) - the key id asked for
bundle-cli-no-such-key = اینجا کلیدی با شناسه { $key } نیست.
# Variables:
#   $file (String) - the key list file
#   $publisher (String) - the publisher
#   $version (String) - the list's version
#   $count (Number) - number of keys in it
#   $root (String) - the root key that signed it
bundle-cli-sign-list-done = { $file } نوشته شد: نسخه { $version } لیست کلیدهای { $publisher } با { $count ->
    [one] { $count } کلید
   *[other] { $count } کلید
}، امضاشده با کلید ریشه { $root }.
# Variables:
#   $file (String) - the signature file
#   $key (String) - the signing key
bundle-cli-signed = { $file } نوشته شد (کلید { $key }).
# Variables:
#   $file (String) - the file
#   $key (String) - the key
#   $comment (String) - the signature's trusted comment
bundle-cli-signature-ok = امضای { $file } با کلید { $key } معتبر است. توضیح مورد اعتماد (trusted comment): { $comment }
# Variables:
#   $key (String) - the key id
#   $publisher (String) - the publisher
bundle-cli-trust-added = این دستگاه اکنون به کلید ریشه { $key } برای { $publisher } اعتماد دارد.
bundle-cli-trust-none = هنوز به هیچ کلید ریشه‌ای اعتماد نشده است: یکی را با `ponte trust add` اضافه کنید.
# Variables:
#   $key (String) - the key id
#   $publisher (String) - the publisher id
#   $name (String) - the publisher's name
#   $source (String) - where it came from, already in words
bundle-cli-trust-row = { $key }  { $publisher }  { $name }  ({ $source })
# Variables:
#   $key (String) - the key id
bundle-cli-trust-removed = این دستگاه دیگر به کلید ریشه { $key } اعتماد ندارد.
# Variables:
#   $file (String) - the bundle file
#   $bundle (String) - the bundle id
#   $sequence (String) - its sequence
#   $publisher (String) - the publisher
bundle-cli-verified = { $file } یک بسته معتبر است: { $bundle } با شماره ترتیب { $sequence } از { $publisher }. بررسی‌شده‌ها:
# Variables:
#   $bundle (String) - the bundle id
#   $sequence (String) - its sequence
#   $publisher (String) - the publisher
#   $services (Number) - services in it
bundle-cli-installed = { $bundle } با شماره ترتیب { $sequence } از { $publisher } نصب شد: { $services } مرکز، و اکنون استفاده می‌شود. بررسی‌شده‌ها:
# Variables:
#   $file (String) - the manifest file written
#   $signature (String) - the signature file written
bundle-cli-manifest-written = { $file } و { $signature } نوشته شدند (آن‌ها را با minisign -V بررسی کنید).
# Variables:
#   $file (String) - the bundle file
#   $bundle (String) - the bundle id
#   $sequence (String) - its sequence
#   $services (Number) - services in it
#   $bytes (Number) - size of the compressed directory
#   $expires (String) - when it expires
#   $key (String) - the signing key
bundle-cli-built = { $file } نوشته شد: { $bundle } با شماره ترتیب { $sequence }، { $services } مرکز، { $bytes } بایت فشرده، تاریخ انقضا { $expires }، امضاشده با کلید { $key }.
bundle-cli-built-expired = هشدار: این بسته از قبل منقضی شده است؛ هیچ دستگاهی آن را نصب نمی‌کند.
# Variables:
#   $bundle (String) - the bundle id
#   $sequence (String) - its sequence
#   $folder (String) - the channel folder
#   $file (String) - the bundle's file name in it
bundle-cli-published = { $bundle } با شماره ترتیب { $sequence } در { $folder } با نام { $file } منتشر شد (index.json به‌روز شد).
# Variables:
#   $bundle (String) - the bundle id
#   $offered (String) - the channel's sequence
#   $installed (String) - the installed sequence
bundle-cli-up-to-date = به‌روز است: کانال { $bundle } با شماره ترتیب { $offered } را ارائه می‌دهد، و این دستگاه { $installed } را دارد.
