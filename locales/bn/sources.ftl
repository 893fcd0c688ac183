# Problems in directory spreadsheets (the template in data/README.md), shown by
# `ponte validate`, `ponte directory build` and `ponte import csv`, and placing rows on the
# map. Read by NGO volunteers: say what is wrong and what to do.

## Reading the file

# Variables:
#   $reason (String) - what the operating system said
src-cannot-read = ফাইলটি পড়া যাচ্ছে না: { $reason }
src-empty-file = ফাইলটি খালি: এর প্রথম সারি (row) হতে হবে হেডার, যাতে কলামের নামগুলো থাকে।
src-header-not-utf8 = হেডারটি সঠিক UTF-8 নয়। ফাইলটি CSV (UTF-8) হিসেবে সেভ করুন।
# Variables:
#   $column (String) - a required column's name
src-missing-column = হেডারে “{ $column }” কলাম নেই। কলামগুলোর জন্য data/README.md দেখুন।
# Variables:
#   $column (String) - a column name
#   $first (String) - the number of the first column with that name
#   $second (String) - the number of the second one
src-duplicate-column = “{ $column }” কলামটি দুবার আছে (কলাম { $first } ও { $second })।
# Variables:
#   $lang (String) - the language code after the colon
#   $column (String) - the whole column name, like "name:xx"
src-unknown-column-language = “{ $column }” কলামের “{ $lang }” কোনো পরিচিত ভাষা কোড নয়।
# Variables:
#   $cells (String) - cells in the row
#   $columns (String) - columns in the header
src-cell-count = এই সারিতে { $cells }টি ঘর (cell) আছে, কিন্তু হেডারে { $columns }টি কলাম আছে: কোথাও কমা বাদ পড়েছে বা বেশি আছে, নাকি কোনো উদ্ধৃতিচিহ্ন (quote) বন্ধ করা হয়নি?
# Variables:
#   $reason (String) - what the CSV reader said
src-bad-csv = এখানে ফাইলটি সঠিক CSV নয়: { $reason }
# Variables:
#   $bytes (String) - the size of the cell
#   $limit (String) - the largest size allowed
src-too-long = এই ঘরে { $bytes } বাইট আছে; সীমা { $limit }।
# Variables:
#   $offset (String) - how many bytes of the cell are valid
src-bad-utf8 = এই ঘরটি সঠিক UTF-8 নয় (বাইট { $offset }-এর পরে)। ফাইলটি CSV (UTF-8) হিসেবে সেভ করুন।

## One row

# Variables:
#   $id (String) - the repeated id
#   $where (String) - where it was first used, like "pt.csv:12"
src-duplicate-id = id “{ $id }” আগেই { $where }-এ ব্যবহার করা হয়েছে। প্রতিটি সারির নিজের id লাগবে।
# Variables:
#   $column (String) - the column's name
src-required = “{ $column }” পূরণ করা বাধ্যতামূলক।
# Variables:
#   $column (String) - the column's name, like "description"
src-translation-without-original = “{ $column }” খালি, কিন্তু এর অনুবাদ আছে: সারির নিজের ভাষায় “{ $column }” পূরণ করুন।
# Variables:
#   $id (String) - the id as written
src-bad-id = id “{ $id }”-এ শুধু ছোট হাতের অক্ষর (lower-case), অঙ্ক, “.”, “_” ও “-” থাকতে পারে (সর্বোচ্চ 100 অক্ষর)।
# Variables:
#   $value (String) - the value as written
src-bad-kind = “{ $value }” এগুলোর কোনোটি নয়: place, phone-line, emergency।
# Variables:
#   $value (String) - the value as written
src-bad-answer = “{ $value }” এগুলোর কোনোটি নয়: yes, no, unknown।
# Variables:
#   $code (String) - the code as written
src-bad-language = “{ $code }” কোনো পরিচিত ভাষা কোড নয় (ISO 639-1 যেমন “pt”, বা ISO 639-3 যেমন “kea”)।
# Variables:
#   $code (String) - the code as written
#   $known (String) - the codes that exist, comma-separated
src-bad-need = “{ $code }” সাহায্যের ধরনের (need) কোড নয়। কোডগুলো হলো: { $known }
src-needs-required = “needs” পূরণ করা বাধ্যতামূলক: অন্তত একটি need কোড।
# Variables:
#   $code (String) - the code as written
#   $known (String) - the codes that exist, comma-separated
src-bad-group = “{ $code }” কোনো গোষ্ঠী (group) নয়। গোষ্ঠীগুলো হলো: { $known }
# Variables:
#   $value (String) - the value as written
src-bad-country = “{ $value }” PT-এর মতো দুই অক্ষরের দেশ কোড নয়।
# Variables:
#   $value (String) - the value as written
src-bad-geonames-id = “{ $value }” কোনো GeoNames id (পূর্ণসংখ্যা) নয়। এভাবে খুঁজুন: ponte places "Town, PT" --json
# Variables:
#   $value (String) - the value as written
src-bad-timezone = “{ $value }” কোনো টাইম জোন নয়। Europe/Lisbon-এর মতো IANA নাম ব্যবহার করুন, অথবা খালি রাখুন।
# Variables:
#   $hours (String) - the opening hours as written
#   $position (String) - the character where reading stopped, counted from 1
src-bad-hours = খোলার সময় “{ $hours }” অক্ষর { $position } থেকে পড়া যাচ্ছে না। লেখাটি যেমন আছে তেমনই রাখা ও দেখানো হয়, আর “এখন খোলা” জানা যাবে না। OpenStreetMap-এর নিয়ম ব্যবহার করুন, যেমন Mo-Fr 09:00-17:00।
# Variables:
#   $value (String) - the value as written
src-bad-date = “{ $value }” 2024-03-19-এর মতো কোনো তারিখ নয়।
# Variables:
#   $value (String) - the date as written
src-future-date = { $value } ভবিষ্যতের তারিখ।
# Variables:
#   $value (String) - the value as written
src-bad-uncertainty = “{ $value }” মিটারে কোনো দূরত্ব (0 বা তার বেশি একটি সংখ্যা) নয়।
# Variables:
#   $value (String) - the value as written
src-bad-precision = “{ $value }” এগুলোর কোনোটি নয়: exact, address, city, postal-code।
src-unplaceable = মানচিত্রে খুঁজে পেতে একটি জায়গার lat আর lon লাগবে, অথবা অন্তত “locality”-তে একটি শহরের নাম।
src-exact-without-coordinates = geo_precision “exact”, কিন্তু lat আর lon খালি।
src-half-coordinates = lat আর lon দুটোই দিন, অথবা কোনোটিই নয়।
src-null-island = 0,0 আটলান্টিক মহাসাগরে: এটি ফাঁকা জায়গা ভরানোর মান, কোনো অবস্থান নয়।
# Variables:
#   $value (String) - the latitude as written
src-bad-latitude = অক্ষাংশ (latitude) { $value } -90 আর 90-এর মধ্যে নয়।
# Variables:
#   $value (String) - the longitude as written
src-bad-longitude = দ্রাঘিমাংশ (longitude) { $value } -180 আর 180-এর মধ্যে নয়।
# Variables:
#   $value (String) - the value as written
src-not-degrees = “{ $value }” ডিগ্রিতে দশমিক সংখ্যা নয়, যেমন 38.7249।
# Variables:
#   $number (String) - the number as written
src-bad-phone = “{ $number }” কোনো ফোন নম্বর নয়: অঙ্ক, স্পেস আর শুরুতে + ব্যবহার করুন, এবং নোট নম্বরের পরে বন্ধনীতে লিখুন।

## Placing rows on the map

# Variables:
#   $value (String) - the code as written
place-bad-country = “{ $value }” কোনো ISO 3166-1 দেশ কোড নয়।
# Variables:
#   $id (String) - the GeoNames id
#   $name (String) - the place it names
#   $found (String) - that place's country
#   $country (String) - the row's country
place-geonames-other-country = GeoNames id { $id } হলো { $found }-এর { $name }, { $country }-এর নয়।
# Variables:
#   $id (String) - the GeoNames id
place-geonames-unknown = GeoNames id { $id } অফলাইন স্থান-তালিকায় (gazetteer) নেই (ডিফল্ট ডিরেক্টরির দেশগুলোতে 1,000 বা তার বেশি মানুষের শহর, অন্য জায়গায় 5,000 বা তার বেশি)। এর বদলে lat আর lon দিন।
# Variables:
#   $town (String) - the town as written
#   $country (String) - the row's country code
place-town-not-found = “{ $town }” শহরটি { $country }-এর অফলাইন স্থান-তালিকায় (gazetteer) নেই। lat আর lon, অথবা শহরের geonames_id যোগ করুন (চেষ্টা করুন: ponte places "{ $town }, { $country }" --json)।
# Variables:
#   $count (String) - how many towns have the name
#   $country (String) - the row's country code
#   $town (String) - the town as written
#   $list (String) - the towns, with their geonames_id, coordinates and population
place-ambiguous-town = { $country }-এ “{ $town }” নামে { $count }টি শহর আছে: { $list }। সঠিক geonames_id (অথবা lat আর lon) যোগ করুন, যাতে সারিটি ভুল শহরে না বসে।
# Variables:
#   $km (String) - the distance in kilometres
#   $place (String) - the nearest town to the coordinates
#   $found (String) - that town's country code
#   $country (String) - the row's country code
place-outside-country = স্থানাঙ্কগুলো { $place } ({ $found }) থেকে { $km } km দূরে, কিন্তু দেশ { $country }: lat আর lon কি অদলবদল হয়ে গেছে, নাকি দেশটি ভুল?

## Labels in reports

diag-error = ত্রুটি
diag-warning = সতর্কতা
# Variables:
#   $count (Number) - how many errors
diag-nothing-changed = { $count ->
    [one] উৎসে { $count }টি ত্রুটি: কিছুই তৈরি বা বদলানো হয়নি।
   *[other] উৎসে { $count }টি ত্রুটি: কিছুই তৈরি বা বদলানো হয়নি।
}

## ponte directory build and ponte directory info

# Variables:
#   $file (String) - the database written
#   $count (Number) - services in it
#   $placed (Number) - how many were placed at their town's centre
dir-built = { $file }: { $count ->
    [one] { $count }টি সেবা
   *[other] { $count }টি সেবা
} ({ $placed }টি তাদের শহরের কেন্দ্রে বসানো হয়েছে)
# Variables:
#   $bundle (String) - the directory's bundle id
#   $sequence (String) - its sequence number
dir-info-bundle = বান্ডল: { $bundle } (ক্রম নম্বর { $sequence })
# Variables:
#   $count (Number) - services in the directory
dir-info-services = সেবা: { $count }
# Variables:
#   $path (String) - the database file
dir-info-file = ফাইল: { $path }
# Variables:
#   $path (String) - the data folder
dir-info-data-dir = ডেটা ফোল্ডার: { $path }

## Command-line options that need fixing

# Variables:
#   $value (String) - the time as written
cli-bad-time = “{ $value }” 2026-11-23T10:00:00Z-এর মতো কোনো সময় নয়।
