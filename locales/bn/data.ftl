# NGO data in and out: HSDS and spreadsheet import, export and validation
# (`ponte import`, `ponte export`, `ponte validate`). Read by NGO volunteers: plain words,
# and always what to do.

## Problems in the files themselves (nothing is imported while one stands)

# Variables:
#   $table (String) - the HSDS table, like "location"
#   $field (String) - the field, like "latitude"
#   $expected (String) - what the field must hold, like "a number"
#   $value (String) - the value found
data-bad-type = { $table }.{ $field }-এ { $expected } থাকতে হবে, কিন্তু আছে { $value }।
# Variables:
#   $table (String) - the HSDS table, like "service"
data-missing-id = এই { $table }-এর কোনো id নেই। প্রতিটি service, location, organization ও service_at_location-এর একটি id থাকতে হবে।
data-bad-utf8 = এই লেখাটি সঠিক UTF-8 নয়। ফাইলটি UTF-8 হিসেবে সেভ করুন (স্প্রেডশিটে: “CSV UTF-8”)।
# Variables:
#   $reason (String) - what the JSON reader said
data-bad-json = এটি সঠিক JSON নয়: { $reason }।
# Variables:
#   $table (String) - the file or table name
data-unknown-table = { $table } এমন কোনো HSDS টেবিল নয় যা Ponte চেনে; এটি পড়া হয়নি।
data-no-records = এই ফাইলে কোনো HSDS রেকর্ড পাওয়া যায়নি।
data-unknown-object = এটি কোন ধরনের HSDS অবজেক্ট (service, organization, location বা service_at_location), Ponte তা বুঝতে পারছে না।
# Variables:
#   $bytes (String) - the size of the value
#   $limit (String) - the largest size allowed
data-too-long = এই মানটি { $bytes } বাইট লম্বা; সীমা { $limit }। এত লম্বা মান মানে ফাইলটি নষ্ট, এটি কোনো সেবার তথ্য নয়।
# Variables:
#   $cells (String) - cells in the row
#   $columns (String) - columns in the header
data-cell-count = এই সারিতে (row) { $cells }টি ঘর (cell) আছে, কিন্তু হেডারে { $columns }টি কলাম আছে: কোথাও কমা বাদ পড়েছে বা বেশি আছে, নাকি কোনো উদ্ধৃতিচিহ্ন (quote) বন্ধ করা হয়নি?
# Variables:
#   $reason (String) - what the CSV reader said
data-bad-csv = এখানে ফাইলটি সঠিক CSV নয়: { $reason }।
# Variables:
#   $table (String) - the HSDS table
#   $value (String) - the id
data-duplicate-row = আরেকটি { $table } সারির id আগে থেকেই “{ $value }”। প্রতিটি সারির নিজের আলাদা id লাগবে।
# Variables:
#   $table (String) - the table of the row
#   $field (String) - the link field, like "location_id"
#   $target (String) - the table it points to
#   $value (String) - the id it names
data-unknown-reference = { $table }.{ $field }-এ { $target } “{ $value }” লেখা আছে, যা ডেটায় নেই। এটি ছাড়া এই সারি ব্যবহার করা যাবে না: { $target } যোগ করুন বা id ঠিক করুন।
# Variables:
#   $table (String) - the table of the row
#   $field (String) - the link field
#   $target (String) - the table it points to
#   $value (String) - the id it names
data-dangling-reference = { $table }.{ $field }-এ { $target } “{ $value }” লেখা আছে, যা ডেটায় নেই। মানটি যেমন লেখা ছিল তেমনই রাখা হয়েছে।

## Mapping HSDS to Ponte

# Variables:
#   $need (String) - the need code given, like "health.mental"
#   $keyword (String) - the word that matched, like "counselling"
#   $text (String) - the name it was found in
data-needs-from-name = এই সেবা কী দেয় তা কোনো taxonomy শব্দে বলা নেই, তাই সাহায্যের ধরন (need) { $need } নেওয়া হয়েছে “{ $text }”-এর মধ্যে থাকা “{ $keyword }” শব্দ থেকে। এটি যাচাই করুন।
# Variables:
#   $value (String) - the language as written
data-unknown-language-name = “{ $value }” এমন কোনো ভাষা নয় যা Ponte চেনে; এটি HSDS ডেটায় রাখা হয়েছে, কিন্তু যে ভাষায় কথা বলে তার তালিকায় দেখানো হয় না।
# Variables:
#   $lat (String) - the latitude given
#   $lon (String) - the longitude given
data-impossible-coordinates = স্থানাঙ্ক { $lat }, { $lon } পৃথিবীর কোনো জায়গা নয়। এগুলো ব্যবহার করা হয়নি (সম্ভব হলে রেকর্ডটি ঠিকানা থেকে মানচিত্রে বসানো হয়) এবং যেমন লেখা ছিল তেমনই রাখা হয়েছে।
# Variables:
#   $value (String) - the phone number as written
data-unreadable-phone = “{ $value }” এমন ফোন নম্বর নয় যাতে Ponte ডায়াল করতে পারে; এটি HSDS ডেটায় রাখা হয়েছে, কিন্তু দেখানো হয় না।
# Variables:
#   $reason (String) - which part of the schedule, like "byweekno"
data-schedules-not-hours = সময়সূচিতে (schedules) { $reason } ব্যবহার করা হয়েছে, যা Ponte খোলার সময়ে বদলাতে পারে না; সময়সূচি যেমন লেখা ছিল তেমনই রাখা হয়েছে এবং “এখন খোলা” জানা যাবে না।
data-no-services = এই ডেটায় কোনো সেবা (service) নেই, তাই ইমপোর্ট করার কিছু নেই (শুধু organization আর location থাকলে সেগুলো সেবার জায়গা নয়)।
# Variables:
#   $lang (String) - the language code assumed
data-assumed-language = লেখাগুলো কোন ভাষায়, HSDS তা বলে না; Ponte ধরে নিয়েছে “{ $lang }”। এটি ভুল হলে --text-lang দিয়ে আবার ইমপোর্ট করুন।
# Variables:
#   $value (String) - the Ponte id
#   $other (String) - where the first record with this id is
data-duplicate-id = দুটি রেকর্ড একই Ponte id “{ $value }” পাবে (অন্যটি আছে { $other }-এ)। --id-prefix ব্যবহার করুন বা id ঠিক করুন।

## ponte validate: what to fix before publishing

data-unplaced = এই জায়গার কোনো স্থানাঙ্ক নেই, আর Ponte এর কোনো শহরও খুঁজে পায়নি, তাই এটি মানচিত্রে দেখানো যাবে না। lat ও lon, অথবা শহর (locality) যোগ করুন।
# Variables:
#   $value (String) - the phone number
#   $country (String) - the record's country code, like "PT"
data-phone-unreadable = “{ $value }” { $country }-এর ফোন নম্বর হিসেবে পড়া যাচ্ছে না। দেশের কোডসহ লিখুন, যেমন +351 21 000 0000।
# Variables:
#   $value (String) - the phone number
#   $country (String) - the record's country code
data-phone-not-valid = “{ $value }” { $country }-এ চালু কোনো নম্বরের মতো দেখাচ্ছে না (দৈর্ঘ্য বা শুরুর অঙ্ক ভুল?)। যাচাই করুন।
# Variables:
#   $date (String) - the verified_at date
#   $months (String) - the staleness threshold in months
data-stale = সর্বশেষ নিশ্চিত করা হয়েছে { $date } তারিখে, { $months } মাসেরও বেশি আগে। এটি এখনো ঠিক আছে কি না যাচাই করুন এবং verified_at আপডেট করুন।
# Variables:
#   $value (String) - the source as written
data-source-not-public = উৎস “{ $value }” একটি কম্পিউটারের ফাইল, যা পাঠকেরা খুলতে পারবেন না। একটি ওয়েব ঠিকানা বা নথির নাম দিন (HSDS-এর জন্য: --source দিয়ে ইমপোর্ট করুন)।
# Variables:
#   $other (String) - the id of the other record
#   $metres (String) - the distance between them in metres
data-likely-duplicate = { $other }-এর মতো একই নাম, { $metres } মি দূরে: একই জায়গা কি দুবার লেখা হয়েছে?

## ponte import / export / validate: summaries

# Variables:
#   $services (Number) - records read
#   $errors (Number) - errors found
#   $warnings (Number) - warnings found
data-summary = { $services ->
    [one] { $services }টি রেকর্ড
   *[other] { $services }টি রেকর্ড
}, { $errors ->
    [one] { $errors }টি ত্রুটি
   *[other] { $errors }টি ত্রুটি
}, { $warnings ->
    [one] { $warnings }টি সতর্কতা
   *[other] { $warnings }টি সতর্কতা
}।
# Variables:
#   $source (Number) - places with coordinates from the source
#   $city (Number) - places put at their town's centre
#   $postal (Number) - places put at their postal code's centre
#   $unplaced (Number) - places not placed
data-placement = জায়গা: { $source }টি উৎসের স্থানাঙ্কসহ, { $city }টি নিজের শহরের কেন্দ্রে, { $postal }টি নিজের পোস্ট কোড এলাকার কেন্দ্রে, { $unplaced }টি মানচিত্রে বসানো হয়নি।
# Variables:
#   $count (Number) - places placed by town that gave a postal code
data-postal-not-used = { $count ->
    [one] { $count }টি জায়গা পোস্ট কোড দিয়েছে, কিন্তু তা ব্যবহার করা হয়নি: Ponte-এর কাছে এখনো অফলাইন পোস্ট কোডের তথ্য নেই, তাই জায়গাটিকে তার শহরের কেন্দ্রে বসানো হয়েছে।
   *[other] { $count }টি জায়গা পোস্ট কোড দিয়েছে, কিন্তু তা ব্যবহার করা হয়নি: Ponte-এর কাছে এখনো অফলাইন পোস্ট কোডের তথ্য নেই, তাই জায়গাগুলোকে তাদের শহরের কেন্দ্রে বসানো হয়েছে।
}
# Variables:
#   $id (String) - the record's id
#   $reason (String) - why it was not placed
data-unplaced-item = মানচিত্রে বসানো হয়নি: { $id }: { $reason }
data-fix-errors = ওপরের ত্রুটিগুলো ঠিক করুন: কিছুই লেখা হয়নি।
# Variables:
#   $path (String) - the file or folder written
data-written = লেখা হয়েছে: { $path }
# Variables:
#   $count (Number) - records exported
#   $path (String) - where
data-exported = { $count ->
    [one] { $count }টি রেকর্ড { $path }-এ এক্সপোর্ট করা হয়েছে।
   *[other] { $count }টি রেকর্ড { $path }-এ এক্সপোর্ট করা হয়েছে।
}
# Variables:
#   $done (Number) - records done
#   $total (Number) - records in all
data-progress = { $total }টির মধ্যে { $done }টি…
data-example-row = এটি টেমপ্লেটের নমুনা সারি: প্রকাশ করার আগে এটি মুছে ফেলুন।
# Variables:
#   $count (Number) - records without a point
data-geojson-left-out = { $count ->
    [one] { $count }টি রেকর্ডের কোনো পয়েন্ট নেই (ফোন লাইন, বা এমন জায়গা যা এখনো মানচিত্রে নেই), তাই এটি GeoJSON-এ নেই।
   *[other] { $count }টি রেকর্ডের কোনো পয়েন্ট নেই (ফোন লাইন, বা এমন জায়গা যা এখনো মানচিত্রে নেই), তাই এগুলো GeoJSON-এ নেই।
}

## ponte import / export: bad options

# Variables:
#   $value (String) - what was given
data-bad-text-lang = --text-lang “{ $value }” কোনো ভাষার কোড নয় (ISO 639-1 বা 639-3, যেমন pt বা kea)।
# Variables:
#   $value (String) - what was given
data-bad-verified-at = --verified-at “{ $value }” 2024-03-19-এর মতো কোনো তারিখ নয়।
# Variables:
#   $path (String) - the source given
data-looks-like-hsds = { $path } দেখে HSDS মনে হচ্ছে: `ponte import hsds` ব্যবহার করুন।
# Variables:
#   $path (String) - the source given
data-not-hsds = { $path } HSDS নয় (না .json ফাইল, না HSDS CSV প্যাকেজসহ ফোল্ডার): টেমপ্লেটের জন্য `ponte import csv` ব্যবহার করুন।
