# Strings shared by the app and the command line.

## Needs (the taxonomy in data/README.md). Short: they label big tiles.

need-one-stop-shop = এক জায়গায় সব সেবা
need-health = স্বাস্থ্য
need-health-emergency = জরুরি চিকিৎসা
need-health-primary = ডাক্তার
need-health-mental = মানসিক স্বাস্থ্য
need-health-sexual-reproductive = যৌন ও প্রজনন স্বাস্থ্য
need-education = পড়াশোনা
need-education-school-enrolment = শিশুদের স্কুল
need-education-language-classes = ভাষা শেখার ক্লাস
need-education-vocational = কাজের প্রশিক্ষণ
need-housing = থাকার জায়গা
need-housing-shelter = আজ রাতের আশ্রয়
need-housing-tenancy-advice = বাসা ভাড়ার পরামর্শ
need-legal-aid = আইনি সহায়তা
need-legal-aid-immigration = ইমিগ্রেশন ও আশ্রয় প্রার্থনা
need-legal-aid-regularisation = থাকার কাগজপত্র
need-legal-aid-labour = কাজ নিয়ে আইনি সহায়তা
need-work = কাজ
need-work-recruitment = নিরাপদে কাজ খোঁজা
need-work-wage-claims = বকেয়া বেতন
need-social-protection = সামাজিক সহায়তা
need-violence-support = সহিংসতার শিকারদের সহায়তা
need-violence-support-trafficking = মানবপাচার ও জোরপূর্বক শ্রম
need-child-protection = শিশু
need-documents = কাগজপত্র
need-interpretation = দোভাষী
need-food = খাবার ও জরুরি জিনিস
need-money = টাকা
need-money-remittances = দেশে টাকা পাঠানো
need-money-banking = ব্যাংক অ্যাকাউন্ট
need-return = দেশে ফেরা
need-complaints = অভিযোগ
need-complaints-labour-inspection = শ্রম পরিদর্শন
need-complaints-human-rights = মানবাধিকার সংস্থা
need-information = তথ্য ও পরামর্শ

## Who a service is for

serves-all = সবাই
serves-women = নারী
serves-children = শিশু
serves-unaccompanied-minors = সঙ্গীহীন শিশু
serves-survivors-of-violence = সহিংসতার শিকার মানুষ
serves-workers = শ্রমিক
serves-families = পরিবার
serves-lgbtiq = LGBTIQ মানুষ

## Distances and directions

# Variables:
#   $meters (Number) - distance in metres, under 1000
distance-meters = { NUMBER($meters, maximumFractionDigits: 0) } মি
# Variables:
#   $kilometers (Number) - distance in kilometres
distance-kilometers = { NUMBER($kilometers, maximumFractionDigits: 1) } কিমি
# For places known only approximately (a town's centre), when the person is within the
# town's reach.
# Variables:
#   $distance (String) - the town's reach, like "5 km"
distance-within-about = প্রায় { $distance }-এর মধ্যে
# Variables:
#   $distance (String) - a formatted distance, like "14 km"
distance-about = প্রায় { $distance }
compass-n = উত্তর
compass-ne = উত্তর-পূর্ব
compass-e = পূর্ব
compass-se = দক্ষিণ-পূর্ব
compass-s = দক্ষিণ
compass-sw = দক্ষিণ-পশ্চিম
compass-w = পশ্চিম
compass-nw = উত্তর-পশ্চিম
# Variables:
#   $distance (String) - a formatted distance, like "2.3 km"
#   $direction (String) - a compass direction, like "north-east"
distance-direction = { $direction } দিকে { $distance }

## Opening status, always in the service's own time

status-open = এখন খোলা
status-closed = এখন বন্ধ
status-unknown = খোলার সময় জানা নেই
# Variables:
#   $time (String) - closing time, like "17:00"
status-open-until = { $time } পর্যন্ত খোলা
# Variables:
#   $time (String) - closing time, like "17:00"
status-closes-soon = শীঘ্রই বন্ধ হবে ({ $time })
# Variables:
#   $time (String) - opening time today, like "09:00"
status-opens-at = { $time }-এ খুলবে
# Variables:
#   $day (String) - a weekday name, like "Monday"
#   $time (String) - opening time, like "09:00"
status-opens-on = { $day } { $time }-এ খুলবে
status-hours-unreadable = যেমন লেখা আছে সেই সময় (পড়া যায়নি)
# Variables:
#   $zone (String) - an IANA time zone, like "Europe/Lisbon"
status-time-zone = সময় স্থানীয় ({ $zone })

weekday-1 = সোমবার
weekday-2 = মঙ্গলবার
weekday-3 = বুধবার
weekday-4 = বৃহস্পতিবার
weekday-5 = শুক্রবার
weekday-6 = শনিবার
weekday-7 = রবিবার
hours-closed-all-day = বন্ধ
hours-today = আজ

## Badges on results

badge-free = বিনামূল্যে
badge-no-documents = কাগজপত্র চায় না
badge-no-status = ইমিগ্রেশন স্ট্যাটাস জিজ্ঞেস করে না
badge-firewall = ইমিগ্রেশনকে তথ্য দেয় না
badge-shares-with-immigration = ইমিগ্রেশনকে তথ্য দিতে পারে
badge-one-stop-shop = এক জায়গায় সব সেবা
badge-walk-in = সরাসরি আসা যায়
badge-appointment = অ্যাপয়েন্টমেন্ট লাগবে
badge-approximate = আনুমানিক অবস্থান
badge-phone-line = ফোন লাইন
badge-emergency = জরুরি নম্বর

## Answers to yes/no questions about a service

answer-yes = হ্যাঁ
answer-no = না
answer-unknown = জানা নেই

## Labels on a service's page

field-what = কী সেবা দেয়
field-needs = যে বিষয়ে সাহায্য
field-serves = কাদের জন্য
field-languages = যে ভাষায় কথা বলে
field-asks-status = ইমিগ্রেশন স্ট্যাটাস জিজ্ঞেস করে
field-asks-documents = কাগজপত্র চায়
field-shares-with-immigration = ইমিগ্রেশন কর্তৃপক্ষকে তথ্য দেয়
field-free = বিনামূল্যে
field-appointment = অ্যাপয়েন্টমেন্ট লাগবে
field-walk-in = অ্যাপয়েন্টমেন্ট ছাড়া আসা যায়
field-what-to-bring = কী সাথে আনবেন
field-organization = পরিচালনায়
field-address = ঠিকানা
field-phone = ফোন
field-email = ইমেইল
field-website = ওয়েবসাইট
field-hours = খোলার সময়
field-location = অবস্থান
field-source = উৎস
field-source-note = উৎস সম্পর্কে
field-verified = সর্বশেষ নিশ্চিত করা হয়েছে
field-id = রেফারেন্স নম্বর

precision-exact = সঠিক অবস্থান
precision-address = রাস্তার ঠিকানা থেকে বের করা অবস্থান
# Variables:
#   $town (String) - the town whose centre is shown
precision-city = আনুমানিক: { $town }-এর কেন্দ্রে দেখানো হয়েছে। ঠিকানা মিলিয়ে নিন।
precision-postal-code = আনুমানিক: এর পোস্ট কোড এলাকার কেন্দ্রে দেখানো হয়েছে

## How old a record is

# Variables:
#   $months (Number) - whole months since the record was last confirmed
verified-months-ago = { $months ->
    [0] এই মাসে
    [one] { $months } মাস আগে
   *[other] { $months } মাস আগে
}
# Variables:
#   $years (Number) - whole years since the record was last confirmed
verified-years-ago = { $years ->
    [one] { $years } বছর আগে
   *[other] { $years } বছর আগে
}
# Variables:
#   $when (String) - how long ago, like "3 years ago"
verified-old-warning = সর্বশেষ নিশ্চিত করা হয়েছে { $when }। তথ্য বদলে যেতে পারে: যাওয়ার আগে যাচাই করে নিন।

## Languages of the interface

# Variables:
#   $requested (String) - the language code asked for
#   $used (String) - the name of the language shown instead
lang-fallback = “{ $requested }”-এর অনুবাদ নেই; { $used } দেখানো হচ্ছে।
# Variables:
#   $language (String) - the name of this language
lang-draft-notice = এই { $language } অনুবাদটি একটি খসড়া, যা এখনো কোনো মাতৃভাষী যাচাই করেননি। যেখানে লেখা নেই, সেখানে আপনি ইংরেজি দেখবেন।
