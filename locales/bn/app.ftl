# Labels shared by the app and the command line that came after the first translation
# round; and, below, the app's own screens.

## Rights cards

rights-applies-whatever-status = আপনার ইমিগ্রেশন স্ট্যাটাস যা-ই হোক, এটি প্রযোজ্য।
rights-if-refused-heading = ফিরিয়ে দিলে
rights-sources-heading = উৎস
# Variables:
#   $need (String) - the name of the need asked about, like "Health"
rights-none-for-need = “{ $need }”-এর জন্য এখনো কোনো অধিকার কার্ড নেই।

## App frame, on every screen

app-name = Ponte
app-skip-link = মূল অংশে যান
app-language-label = ভাষা
app-about = পরিচিতি
app-back = পেছনে
app-privacy-line = আপনি যা খোঁজেন, তা এই ডিভাইসের বাইরে যায় না।
# Said to screen readers after switching language.
# Variables:
#   $language (String) - the name of the language now shown, like "العربية"
app-language-changed = ভাষা বদলানো হয়েছে: { $language }

## Errors

error-input = এটি ব্যবহার করা গেল না। যা লিখেছেন তা দেখে আবার চেষ্টা করুন।
error-internal = Ponte-এর ভেতরে কিছু সমস্যা হয়েছে। আবার চেষ্টা করুন। বারবার এমন হলে, Ponte বন্ধ করে আবার খুলুন।

## Quick exit (a button on every screen, and Shift pressed 3 times)

exit-button = দ্রুত বের হোন
exit-hint = Ponte-কে সঙ্গে সঙ্গে লুকিয়ে ফেলে এবং এই খোঁজ মুছে দেয়। Shift ৩ বার চেপেও বের হতে পারেন।
exit-press-two = Shift: বের হতে আরও ২ বার চাপুন।
exit-press-one = Shift: বের হতে আরও ১ বার চাপুন।
exit-expired = কীবোর্ড দিয়ে দ্রুত বের হওয়া বাতিল হয়েছে।
# The only words on the blank page shown after a quick exit: keep them neutral, with
# nothing about Ponte, migration or help.
exit-neutral-continue = চালিয়ে যান

## Start: choosing a need

start-title = আপনার কী বিষয়ে সাহায্য দরকার?
start-intro = একটি বেছে নিন। তারপর জায়গা বেছে নিন।
start-more-needs = আরও ধরনের সাহায্য
start-specific-heading = আরও নির্দিষ্ট কিছু
# Variables:
#   $place (String) - the place chosen earlier, like "Lisboa, Portugal"
start-place-kept = { $place }-এর কাছে খোঁজা হচ্ছে।

## Where: choosing a place

where-title = কোথায়?
where-back = সাহায্যের তালিকায় ফিরুন
# Variables:
#   $need (String) - the need chosen, like "Health"
where-looking-for = খুঁজছেন: { $need }
where-type-heading = জায়গার নাম লিখুন
where-place-label = শহর বা এলাকা
where-place-hint = যেকোনো ভাষায় বা লিপিতে জায়গার নাম লিখুন।
where-suggestions-label = জায়গা
# Variables:
#   $count (Number) - how many places match what was typed
where-suggestions-count = { $count ->
    [one] { $count }টি জায়গা পাওয়া গেছে
   *[other] { $count }টি জায়গা পাওয়া গেছে
}
# Variables:
#   $query (String) - what the person typed
where-no-place = “{ $query }” নামে কোনো জায়গা নেই। অন্য বানানে, অথবা ইংরেজিতে বা সেখানকার নিজের ভাষায় নাম লিখে চেষ্টা করুন।
# Variables:
#   $place (String) - a place name, like "Lisboa"
#   $country (String) - its country, like "Portugal"
where-place-label-full = { $place }, { $country }
# Variables:
#   $place (String) - the place chosen earlier, like "Lisboa, Portugal"
where-current = এখন: { $place }।
where-keep-place = এই জায়গাই রাখুন
where-pick-heading = মানচিত্রে
where-pick-button = মানচিত্রে বেছে নিন
where-pick-hint = মানচিত্রে ট্যাপ বা ক্লিক করুন। কীবোর্ডে, তীর (arrow) কী দিয়ে মানচিত্র সরান, তারপর মানচিত্রের মাঝখান ব্যবহার করুন।
where-map-label = জায়গা বেছে নেওয়ার মানচিত্র
where-pick-centre = মানচিত্রের মাঝখান ব্যবহার করুন
where-pick-looking = সবচেয়ে কাছের শহর খোঁজা হচ্ছে…
# Variables:
#   $place (String) - the nearest town, like "Lisboa, Portugal"
#   $distance (String) - how far the point is from it, like "3 km"
where-picked-near = { $place }-এর কাছে ({ $distance })
where-picked-point = আপনার বেছে নেওয়া জায়গা
where-pick-confirm = এখানে খুঁজুন
where-device-heading = আপনার ডিভাইসের লোকেশন
where-device-unavailable = এই কম্পিউটারে ব্যবহার করা হয় না: লোকেশন বের করতে একটি অনলাইন সেবাকে জিজ্ঞেস করতে হতো, তখন সেই সেবা জেনে যেত আপনি কোথায় আছেন। এর বদলে জায়গার নাম লিখুন বা মানচিত্রে বেছে নিন।
where-device-button = আমার লোকেশন ব্যবহার করুন
where-device-private = আপনার লোকেশন শুধু এই ডিভাইসেই ব্যবহার হয়। এটি কখনো পাঠানো বা সেভ করা হয় না।
where-device-finding = আপনার লোকেশন খোঁজা হচ্ছে…
where-device-failed = আপনার লোকেশন পাওয়া গেল না। জায়গার নাম লিখুন বা মানচিত্রে বেছে নিন।
where-device-here = আপনার লোকেশন
where-private = আপনি যে জায়গা লেখেন বা বেছে নেন, তা কখনো এই ডিভাইসের বাইরে যায় না।

## Results

results-back = জায়গায় ফিরুন
# Variables:
#   $need (String) - what is searched for, like "Health"
#   $place (String) - where, like "Lisboa, Portugal"
results-title = { $place }-এর কাছে { $need }
results-change-need = সাহায্য বদলান
results-change-place = জায়গা বদলান
results-filters = আরও ফিল্টার
# Variables:
#   $count (Number) - how many filters are switched on
results-filters-on = ({ $count }টি চালু)
results-filter-only = শুধু এগুলো দেখান
results-filter-open-now = এখন খোলা
results-filter-free = বিনামূল্যে
results-filter-no-documents = কাগজপত্র চায় না
results-filter-firewall = ইমিগ্রেশনকে তথ্য দেয় না
results-filter-kind = সাহায্যের ধরন
# Variables:
#   $need (String) - the need chosen, like "Health"
results-filter-kind-all = সব: { $need }
results-filter-language = কর্মীদের ভাষা
results-filter-language-any = যেকোনো ভাষা
results-filter-serves = কাদের জন্য
results-filter-serves-any = সবাই
results-filter-radius = দূরত্ব
results-filter-radius-any = যেকোনো দূরত্ব
results-filter-words = খোঁজার শব্দ
results-filters-clear = ফিল্টার মুছুন
results-searching = খোঁজা হচ্ছে…
# Variables:
#   $count (Number) - number of services shown
results-count = { $count ->
    [one] { $count }টি সেবা, কাছেরটি আগে
   *[other] { $count }টি সেবা, কাছেরগুলো আগে
}
results-none = ডিরেক্টরিতে কোনো দূরত্বেই মেলে এমন কোনো সেবা নেই।
# Variables:
#   $radius (String) - the distance chosen, like "5 km"
#   $distance (String) - distance of the nearest result, like "37 km"
results-widened = { $radius }-এর মধ্যে কিছু নেই। এগুলো আরও দূরে, { $distance } থেকে শুরু।
# Variables:
#   $distance (String) - distance of the nearest result, like "120 km"
results-far = কাছাকাছি কিছু নেই: সবচেয়ে কাছেরটি { $distance } দূরে।
results-list-heading = সেবা, কাছেরগুলো আগে
results-map-toggle = মানচিত্র
results-map-label = ফলাফলের মানচিত্র। তালিকাতেও একই তথ্য আছে।
results-badges-label = এই জায়গা সম্পর্কে
# Variables:
#   $count (Number) - how many more languages are spoken there
results-languages-more = এবং আরও { $count }টি
results-show-more = আরও দেখান
# A short warning on a result whose record is old.
# Variables:
#   $when (String) - how long ago, like "3 years ago"
results-verified-old = সর্বশেষ নিশ্চিত করা হয়েছে { $when }
# Variables:
#   $country (String) - country name, like "Portugal"
results-phone-lines = { $country }-এর ফোন লাইন ও জরুরি নম্বর
results-phone-lines-any = ফোন লাইন ও জরুরি নম্বর

## Rights cards in the app

rights-heading = আপনার অধিকার

## A service’s page

service-back = ফলাফলে ফিরুন
service-loading = খুলছে…
# Variables:
#   $organization (String) - who runs the service
service-run-by = পরিচালনায়: { $organization }
service-call = ফোন করুন
service-directions = পথ দেখুন
service-directions-hint = “পথ দেখুন” চাপলে এই জায়গাটি এই ডিভাইসের মানচিত্র অ্যাপে খোলে, যদি এমন কোনো অ্যাপ থাকে।
service-before-you-go = যাওয়ার আগে
service-help-and-for = কী বিষয়ে সাহায্য, কাদের জন্য
service-contact = যোগাযোগ
service-no-contact = কোনো ফোন, ইমেইল বা ওয়েবসাইট জানা নেই।
# Variables:
#   $title (String) - the directory’s title
service-directory = ডিরেক্টরি: { $title }
# Variables:
#   $id (String) - the service’s reference code
service-reference = রেফারেন্স: { $id }
# Variables:
#   $from (String) - opening time, like "09:00"
#   $to (String) - closing time, like "17:00"
hours-period = { $from }–{ $to }
hours-period-unknown = (বদলাতে পারে)
service-wrong-button = এখানে কিছু ভুল আছে
service-wrong-which = কোন অংশ?
service-wrong-field-any = অন্য কিছু, বা নিশ্চিত নই
service-wrong-field-name = নাম
service-wrong-note = কী ভুল আছে?
service-wrong-private = শুধু এই ডিভাইসে সেভ হয়। কিছুই পাঠানো হয় না।
service-wrong-save = সেভ করুন
service-wrong-empty = আগে লিখুন কী ভুল আছে।
service-wrong-saved = এই ডিভাইসে সেভ হয়েছে। ধন্যবাদ।

## The map

map-label = মানচিত্র
map-zoom-in = বড় করুন
map-zoom-out = ছোট করুন

## About

about-back = পেছনে
about-title = Ponte পরিচিতি
about-intro = Ponte আপনাকে কাছাকাছি সেবা খুঁজে পেতে সাহায্য করে এবং আপনার ভাষায় আপনার অধিকার জানায়। এটি ইন্টারনেট ছাড়াই চলে।
about-privacy-heading = আপনার গোপনীয়তা
about-privacy-search = আপনি কী খোঁজেন এবং কোথায় খোঁজেন, তা এই ডিভাইসেই থাকে। Ponte আপনার সম্পর্কে কিছুই কোথাও পাঠায় না।
about-privacy-location = Ponte কখনো কোনো অনলাইন সেবাকে জিজ্ঞেস করে না আপনি কোথায় আছেন।
about-privacy-stored = Ponte শুধু আপনার ভাষা, দেখানোর পছন্দ আর আপনার সেভ করা সংশোধন রাখে। এটি খোঁজের কোনো ইতিহাস রাখে না।
about-privacy-exit = “দ্রুত বের হোন” Ponte-কে সঙ্গে সঙ্গে লুকিয়ে ফেলে এবং খোঁজ মুছে দেয়। Shift ৩ বার চেপেও বের হতে পারেন।
about-directory-heading = ডিরেক্টরি
about-directory-title = নাম
about-directory-description = এটি সম্পর্কে
about-directory-services = সেবা
about-directory-publisher = প্রকাশক
about-directory-built = তৈরির তারিখ
about-directory-bundle = সংস্করণ
about-directory-built-in = অ্যাপের ভেতরেই
# Variables:
#   $sequence (Number) - the update number of the directory
about-directory-sequence = আপডেট { $sequence }

## Updating the directory (About page). A "directory file" (.ponte) is a signed file from an
## organisation that keeps the directory current; a "channel" is the web address where it
## publishes them.

about-update-heading = ডিরেক্টরি আপডেট করুন
about-update-intro = Ponte দেখে নেয় যে প্রতিটি ডিরেক্টরি ফাইলে এমন সংস্থার স্বাক্ষর আছে যাকে Ponte বিশ্বাস করে, আর সেটি আপনার কাছে যা আছে তার চেয়ে নতুন। কিছু ভুল থাকলে কিছুই বদলায় না।
about-update-file = ফাইল থেকে ইনস্টল করুন
about-update-file-hint = USB স্টিক বা কোনো মেসেজ থেকে পাওয়া .ponte ফাইল।
about-update-channel = চ্যানেলের ঠিকানা
about-update-channel-hint = আপনার সংস্থা আপনাকে যে ওয়েব ঠিকানা দিয়েছে। Ponte সেখান থেকে শুধু তার ফাইলগুলো ডাউনলোড করে এবং আপনার সম্পর্কে কিছুই পাঠায় না: আপনার জায়গা, খোঁজ বা ভাষা, কিছুই না।
about-update-check = আপডেট দেখুন
about-update-working = দেখা হচ্ছে…
# Variables:
#   $title (String) - the directory's title
#   $publisher (String) - who published it
#   $sequence (Number) - its update number
#   $count (Number) - services in it
app-update-installed = { $publisher }-এর “{ $title }”, আপডেট { $sequence } ইনস্টল হয়েছে: { $count ->
        [one] { $count }টি সেবা।
       *[other] { $count }টি সেবা।
    }
# Variables:
#   $sequence (Number) - the update number installed
app-update-up-to-date = আপনার কাছে সবচেয়ে নতুন ডিরেক্টরি আছে (আপডেট { $sequence })।
# Variables:
#   $limit (Number) - the largest size accepted, in megabytes
app-update-file-too-large = ডিরেক্টরির জন্য এই ফাইলটি খুব বড় ({ $limit } MB-এর বেশি)। কিছুই বদলানো হয়নি।
start-directory-expired = এই ডিরেক্টরির মেয়াদ শেষ হয়ে গেছে। এটি এখনো কাজ করে, কিন্তু কিছু তথ্য পুরোনো হতে পারে। “Ponte পরিচিতি” পাতা থেকে এটি আপডেট করুন।
about-display-heading = দেখানোর ধরন
about-text-size = লেখার আকার
about-text-size-normal = সাধারণ
about-text-size-large = বড়
about-text-size-larger = আরও বড়
about-contrast = কনট্রাস্ট
about-contrast-normal = সাধারণ
about-contrast-more = বেশি কনট্রাস্ট
about-display-system = Ponte আপনার ডিভাইসের লেখার আকার, কনট্রাস্ট ও রঙের সেটিংও মেনে চলে।
about-languages-heading = ভাষা
# Variables:
#   $language (String) - the name of the language shown now
about-languages-current = এখন দেখানো হচ্ছে: { $language }। প্রতিটি স্ক্রিনের ওপরে আপনি এটি বদলাতে পারেন।
about-locale-name = ভাষা
about-locale-status = অবস্থা
about-locale-review = কে যাচাই করেছেন
about-status-source = মূল লেখা
about-status-reviewed = মাতৃভাষী যাচাই করেছেন
about-status-complete = সম্পূর্ণ, এখনো যাচাই হয়নি
about-status-draft = খসড়া: কিছু লেখা ইংরেজিতে
about-status-pseudo = পরীক্ষার জন্য
about-testing = পরীক্ষা
about-testing-intro = বানানো ভাষা, যা দেখায় লম্বা লেখা আর ডান থেকে বাঁয়ে লেখায় স্ক্রিন ঠিকমতো দেখায় কি না।
about-use-locale = বেছে নিন
about-corrections-heading = আপনার সংশোধন
about-corrections-intro = “এখানে কিছু ভুল আছে” দিয়ে আপনি যে ভুলগুলো লিখে রেখেছেন। এগুলো এই ডিভাইসেই থাকে।
about-corrections-none = কিছু সেভ করা নেই।
about-correction-delete = মুছুন
about-correction-deleted = সংশোধন মুছে ফেলা হয়েছে।
about-credits-heading = কৃতজ্ঞতা
about-credit-places = জায়গার নাম: GeoNames (geonames.org), CC BY 4.0 লাইসেন্স।
about-credit-map = মানচিত্র: Natural Earth (naturalearthdata.com), পাবলিক ডোমেইন, world-atlas প্যাকেজের মাধ্যমে (ISC লাইসেন্স)।
about-credit-leaflet = মানচিত্র দেখানো: Leaflet (BSD 2-Clause লাইসেন্স)।
about-credit-icons = আইকন: Lucide (ISC লাইসেন্স; কিছু আইকন Feather থেকে, MIT লাইসেন্স)।
about-credit-fluent = অনুবাদ: Project Fluent, @fluent/bundle (Apache 2.0 লাইসেন্স)।
about-credit-fonts = ফন্ট: অ্যাপের ভাষাগুলোর প্রতিটি লিপির জন্য Noto Sans (SIL Open Font License 1.1 লাইসেন্স), Fontsource-এর মাধ্যমে।
# Variables:
#   $version (String) - the app’s version, like "0.1.0"
about-version = Ponte সংস্করণ { $version }

## Handing off to a phone or map app, where this device has none

# Variables:
#   $number (String) - the phone number, like "+351218106100"
handoff-tel = এই ডিভাইস থেকে ফোন করা যায় না। কোনো ফোন থেকে { $number } নম্বরে ফোন করুন।
# Variables:
#   $coordinates (String) - latitude and longitude, like "38.724927, -9.134284"
handoff-geo = এখানে খোলার মতো কোনো মানচিত্র অ্যাপ নেই। যেকোনো মানচিত্র অ্যাপে { $coordinates } লিখে খুঁজুন।
