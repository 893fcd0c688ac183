# The `ponte` command line.

## ponte search

# Variables:
#   $place (String) - the place searched near, like "Lisbon"
#   $country (String) - its country, like "Portugal"
#   $point (String) - its coordinates, like "38.72509,-9.14980"
cli-search-near = { $place }, { $country }-এর কাছে ({ $point })
# Variables:
#   $point (String) - coordinates, like "16.71000,98.57000"
cli-search-near-point = { $point }-এর কাছে
# Variables:
#   $others (String) - other places with the same name, comma-separated
cli-search-also = এই নামে আরও জায়গা আছে: { $others }। দেশের কোড যোগ করুন ("Cartagena, CO") অথবা স্থানাঙ্ক (coordinates) দিন।
cli-search-none = ডিরেক্টরিতে এই ফিল্টারগুলোর সাথে মেলে এমন কোনো সেবা নেই, কোনো দূরত্বেই।
# Variables:
#   $radius (String) - the radius asked for, like "5 km"
#   $distance (String) - distance of the nearest result, like "37 km"
cli-search-widened = { $radius }-এর মধ্যে কিছু নেই। মিলে যাওয়া সবচেয়ে কাছের সেবাগুলো আরও দূরে, { $distance } থেকে শুরু।
# Variables:
#   $distance (String) - distance of the nearest result, like "120 km"
cli-search-far = মিলে যাওয়া সবচেয়ে কাছের সেবাটি { $distance } দূরে।
# Variables:
#   $count (Number) - number of results shown
cli-search-count = { $count ->
    [one] { $count }টি সেবা
   *[other] { $count }টি সেবা
}
# Variables:
#   $country (String) - country name, like "Portugal"
cli-search-phone-lines = { $country }-এর ফোন লাইন ও জরুরি নম্বর
cli-col-distance = দূরত্ব
cli-col-name = নাম
cli-col-open = এখন
cli-col-languages = ভাষা
cli-col-verified = নিশ্চিত
cli-col-id = রেফারেন্স
cli-col-notes = মন্তব্য
cli-hint-show = বিস্তারিত: ponte show <রেফারেন্স>

## Errors (exit code 2: something in the command needs fixing)

# Variables:
#   $query (String) - what the person typed
cli-place-not-found = অফলাইন স্থান-তালিকায় (gazetteer) “{ $query }” নামে কোনো জায়গা নেই। অন্য বানান, ইংরেজিতে বা সেখানকার নিজের ভাষায় নাম, অথবা 38.72,-9.14-এর মতো স্থানাঙ্ক দিয়ে চেষ্টা করুন।
# Variables:
#   $reason (String) - what is wrong with the coordinates
cli-bad-coordinates = এই স্থানাঙ্ক পৃথিবীর কোথাও পড়ে না: { $reason }। দশমিক ডিগ্রিতে অক্ষাংশ,দ্রাঘিমাংশ (latitude,longitude) লিখুন, যেমন 38.72,-9.14।
# Variables:
#   $reason (String) - what is wrong
cli-bad-filter = { $reason }
# Variables:
#   $id (String) - the reference asked for
cli-show-not-found = ব্যবহৃত ডিরেক্টরিতে “{ $id }” রেফারেন্সের কোনো সেবা নেই। রেফারেন্স দেখতে আগে খুঁজুন।
cli-bad-radius = ব্যাসার্ধ (radius) কিলোমিটারে একটি ধনাত্মক সংখ্যা হতে হবে, যেমন 5 বা 2.5।
cli-bad-limit = সীমা (limit) 1 থেকে 1000-এর মধ্যে একটি পূর্ণসংখ্যা হতে হবে।

## ponte places

# Variables:
#   $query (String) - what the person typed
cli-places-none = “{ $query }”-এর সাথে মেলে এমন কোনো জায়গা নেই।
cli-places-credit = জায়গার নাম: GeoNames (geonames.org), CC BY 4.0।
cli-col-place = জায়গা
cli-col-country = দেশ
cli-col-population = জনসংখ্যা
cli-col-coordinates = স্থানাঙ্ক
cli-col-matched = মিলেছে

## ponte show

cli-show-check-before = যাওয়ার আগে যাচাই করে নিন।
cli-show-directory = ডিরেক্টরি
