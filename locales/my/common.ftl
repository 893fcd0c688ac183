# Strings shared by the app and the command line.

## Needs (the taxonomy in data/README.md). Short: they label big tiles.

need-one-stop-shop = တစ်နေရာတည်း ဝန်ဆောင်မှုစင်တာ
need-health = ကျန်းမာရေး
need-health-emergency = အရေးပေါ် ကုသမှု
need-health-primary = ဆရာဝန်
need-health-mental = စိတ်ကျန်းမာရေး
need-health-sexual-reproductive = လိင်နှင့် မျိုးဆက်ပွား ကျန်းမာရေး
need-education = ပညာရေး
need-education-school-enrolment = ကလေးများအတွက် ကျောင်း
need-education-language-classes = ဘာသာစကား သင်တန်း
need-education-vocational = အသက်မွေးဝမ်းကျောင်း သင်တန်း
need-housing = နေအိမ်
need-housing-shelter = ဒီည အိပ်စရာနေရာ
need-housing-tenancy-advice = အိမ်ငှားခြင်း အကြံဉာဏ်
need-legal-aid = ဥပဒေ အကူအညီ
need-legal-aid-immigration = လူဝင်မှုကြီးကြပ်ရေးနှင့် ခိုလှုံခွင့်
need-legal-aid-regularisation = နေထိုင်ခွင့် စာရွက်စာတမ်း
need-legal-aid-labour = အလုပ်ဆိုင်ရာ ဥပဒေ အကူအညီ
need-work = အလုပ်
need-work-recruitment = အလုပ်ကို ဘေးကင်းစွာ ရှာခြင်း
need-work-wage-claims = မရသေးသော လုပ်ခ
need-social-protection = လူမှုရေး အထောက်အပံ့
need-violence-support = အကြမ်းဖက်ခံရမှု အကူအညီ
need-violence-support-trafficking = လူကုန်ကူးမှုနှင့် အဓမ္မ လုပ်အား
need-child-protection = ကလေးများ
need-documents = စာရွက်စာတမ်းများ
need-interpretation = စကားပြန်
need-food = အစားအစာနှင့် မရှိမဖြစ် ပစ္စည်းများ
need-money = ငွေကြေး
need-money-remittances = အိမ်ကို ငွေပို့ခြင်း
need-money-banking = ဘဏ်စာရင်း
need-return = အိမ်ပြန်ခြင်း
need-complaints = တိုင်ကြားချက်များ
need-complaints-labour-inspection = အလုပ်သမား စစ်ဆေးရေး
need-complaints-human-rights = လူ့အခွင့်အရေး အဖွဲ့
need-information = သတင်းအချက်အလက်နှင့် အကြံဉာဏ်

## Who a service is for

serves-all = လူတိုင်း
serves-women = အမျိုးသမီးများ
serves-children = ကလေးများ
serves-unaccompanied-minors = အုပ်ထိန်းသူ မပါသော ကလေးများ
serves-survivors-of-violence = အကြမ်းဖက်ခံရသူများ
serves-workers = အလုပ်သမားများ
serves-families = မိသားစုများ
serves-lgbtiq = LGBTIQ လူများ

## Distances and directions

# Variables:
#   $meters (Number) - distance in metres, under 1000
distance-meters = { NUMBER($meters, maximumFractionDigits: 0) } မီတာ
# Variables:
#   $kilometers (Number) - distance in kilometres
distance-kilometers = { NUMBER($kilometers, maximumFractionDigits: 1) } ကီလိုမီတာ
# For places known only approximately (a town's centre), when the person is within the
# town's reach.
# Variables:
#   $distance (String) - the town's reach, like "5 km"
distance-within-about = { $distance } ခန့် အတွင်း
# Variables:
#   $distance (String) - a formatted distance, like "14 km"
distance-about = { $distance } ခန့်
compass-n = မြောက်ဘက်
compass-ne = အရှေ့မြောက်ဘက်
compass-e = အရှေ့ဘက်
compass-se = အရှေ့တောင်ဘက်
compass-s = တောင်ဘက်
compass-sw = အနောက်တောင်ဘက်
compass-w = အနောက်ဘက်
compass-nw = အနောက်မြောက်ဘက်
# Variables:
#   $distance (String) - a formatted distance, like "2.3 km"
#   $direction (String) - a compass direction, like "north-east"
distance-direction = { $direction }သို့ { $distance }

## Opening status, always in the service's own time

status-open = ယခု ဖွင့်ထားသည်
status-closed = ယခု ပိတ်ထားသည်
status-unknown = ဖွင့်ချိန် မသိရ
# Variables:
#   $time (String) - closing time, like "17:00"
status-open-until = { $time } အထိ ဖွင့်သည်
# Variables:
#   $time (String) - closing time, like "17:00"
status-closes-soon = မကြာမီ ပိတ်မည် ({ $time })
# Variables:
#   $time (String) - opening time today, like "09:00"
status-opens-at = { $time } တွင် ဖွင့်မည်
# Variables:
#   $day (String) - a weekday name, like "Monday"
#   $time (String) - opening time, like "09:00"
status-opens-on = { $day } { $time } တွင် ဖွင့်မည်
status-hours-unreadable = ရေးထားသည့်အတိုင်း ဖွင့်ချိန် (ဖတ်၍ မရပါ)
# Variables:
#   $zone (String) - an IANA time zone, like "Europe/Lisbon"
status-time-zone = အချိန်များသည် ဒေသစံတော်ချိန် ဖြစ်သည် ({ $zone })

weekday-1 = တနင်္လာနေ့
weekday-2 = အင်္ဂါနေ့
weekday-3 = ဗုဒ္ဓဟူးနေ့
weekday-4 = ကြာသပတေးနေ့
weekday-5 = သောကြာနေ့
weekday-6 = စနေနေ့
weekday-7 = တနင်္ဂနွေနေ့
hours-closed-all-day = ပိတ်သည်
hours-today = ယနေ့

## Badges on results

badge-free = အခမဲ့
badge-no-documents = စာရွက်စာတမ်း မတောင်းပါ
badge-no-status = နေထိုင်ခွင့် အခြေအနေ မမေးပါ
badge-firewall = လူဝင်မှုကြီးကြပ်ရေးထံ အချက်အလက် မပေးပါ
badge-shares-with-immigration = လူဝင်မှုကြီးကြပ်ရေးထံ အချက်အလက် ပေးနိုင်သည်
badge-one-stop-shop = တစ်နေရာတည်း ဝန်ဆောင်မှုစင်တာ
badge-walk-in = ချိန်းဆိုစရာ မလို
badge-appointment = ကြိုတင် ချိန်းဆိုရန် လိုသည်
badge-approximate = ခန့်မှန်း တည်နေရာ
badge-phone-line = အကူအညီ ဖုန်းလိုင်း
badge-emergency = အရေးပေါ် ဖုန်းနံပါတ်

## Answers to yes/no questions about a service

answer-yes = ဟုတ်ကဲ့
answer-no = မဟုတ်ပါ
answer-unknown = မသိရပါ

## Labels on a service's page

field-what = ပေးသော ဝန်ဆောင်မှု
field-needs = ကူညီပေးသည့် ကိစ္စ
field-serves = မည်သူ့အတွက်
field-languages = ပြောသော ဘာသာစကားများ
field-asks-status = ရွှေ့ပြောင်းနေထိုင်မှု အခြေအနေကို မေးသည်
field-asks-documents = စာရွက်စာတမ်း တောင်းသည်
field-shares-with-immigration = လူဝင်မှုကြီးကြပ်ရေး အာဏာပိုင်များထံ အချက်အလက် ပေးသည်
field-free = အခမဲ့
field-appointment = ကြိုတင် ချိန်းဆိုရန် လိုသည်
field-walk-in = မချိန်းဆိုဘဲ လာနိုင်သည်
field-what-to-bring = ယူလာရမည့် အရာများ
field-organization = ဆောင်ရွက်သူ
field-address = လိပ်စာ
field-phone = ဖုန်း
field-email = အီးမေးလ်
field-website = ဝက်ဘ်ဆိုက်
field-hours = ဖွင့်ချိန်
field-location = တည်နေရာ
field-source = သတင်းရင်းမြစ်
field-source-note = သတင်းရင်းမြစ် အကြောင်း
field-verified = နောက်ဆုံး အတည်ပြုချိန်
field-id = ရည်ညွှန်းနံပါတ်

precision-exact = တိကျသော တည်နေရာ
precision-address = လမ်းလိပ်စာမှ တည်နေရာကို ရှာထားသည်
# Variables:
#   $town (String) - the town whose centre is shown
precision-city = ခန့်မှန်းချက်- { $town } ၏ အလယ်ဗဟိုတွင် ပြထားသည်။ လိပ်စာကို စစ်ဆေးပါ။
precision-postal-code = ခန့်မှန်းချက်- စာတိုက်သင်္ကေတ နယ်မြေ၏ အလယ်ဗဟိုတွင် ပြထားသည်

## How old a record is

# Variables:
#   $months (Number) - whole months since the record was last confirmed
verified-months-ago = { $months ->
    [0] ယခုလ
   *[other] လွန်ခဲ့သော { $months } လ
}
# Variables:
#   $years (Number) - whole years since the record was last confirmed
verified-years-ago = { $years ->
   *[other] လွန်ခဲ့သော { $years } နှစ်
}
# Variables:
#   $when (String) - how long ago, like "3 years ago"
verified-old-warning = နောက်ဆုံး အတည်ပြုခဲ့သည်မှာ { $when } ဖြစ်သည်။ အချက်အလက်များ ပြောင်းလဲသွားနိုင်သည်- မသွားမီ စစ်ဆေးပါ။

## Languages of the interface

# Variables:
#   $requested (String) - the language code asked for
#   $used (String) - the name of the language shown instead
lang-fallback = “{ $requested }” အတွက် ဘာသာပြန် မရှိပါ။ { $used } ဖြင့် ပြထားသည်။
# Variables:
#   $language (String) - the name of this language
lang-draft-notice = ဤ { $language } ဘာသာပြန်သည် မူကြမ်း ဖြစ်ပြီး မိခင်ဘာသာစကား ပြောသူ တစ်ဦးက မစစ်ဆေးရသေးပါ။ ဘာသာ မပြန်ရသေးသော နေရာများတွင် အင်္ဂလိပ်ဘာသာကို မြင်ရပါမည်။
