# Labels shared by the app and the command line that came after the first translation
# round; and, below, the app's own screens.


## Rights cards

rights-applies-whatever-status = သင်၏ ရွှေ့ပြောင်းနေထိုင်မှု အခြေအနေ မည်သို့ပင် ဖြစ်စေ ဤအချက် သက်ဆိုင်သည်။
rights-if-refused-heading = ငြင်းဆိုခံရလျှင်
rights-sources-heading = ရင်းမြစ်များ
# Variables:
#   $need (String) - the name of the need asked about, like "Health"
rights-none-for-need = “{ $need }” အတွက် အခွင့်အရေး အချက်အလက် မရှိသေးပါ။

## App frame, on every screen

app-name = Ponte
app-skip-link = အကြောင်းအရာသို့ ကျော်သွားရန်
app-language-label = ဘာသာစကား
app-about = အကြောင်း
app-back = နောက်သို့
app-privacy-line = သင်ရှာသမျှ ဤစက်မှ ထွက်မသွားပါ။
# Said to screen readers after switching language.
# Variables:
#   $language (String) - the name of the language now shown, like "العربية"
app-language-changed = ဘာသာစကား ပြောင်းပြီး- { $language }

## Errors

error-input = ၎င်းကို သုံး၍ မရပါ။ ရိုက်ထည့်ထားသည်ကို စစ်ဆေးပြီး ထပ်ကြိုးစားပါ။
error-internal = Ponte အတွင်း တစ်ခုခု မှားသွားသည်။ ထပ်ကြိုးစားပါ။ ဆက်ဖြစ်နေလျှင် Ponte ကို ပိတ်ပြီး ပြန်ဖွင့်ပါ။

## Quick exit (a button on every screen, and Shift pressed 3 times)

exit-button = အမြန်ထွက်ရန်
exit-hint = Ponte ကို ချက်ချင်း ဖျောက်ပြီး ဤရှာဖွေမှုကို ရှင်းပစ်သည်။ Shift ကို 3 ကြိမ် နှိပ်၍လည်း ရသည်။
exit-press-two = Shift- ထွက်ရန် နောက်ထပ် 2 ကြိမ် နှိပ်ပါ။
exit-press-one = Shift- ထွက်ရန် နောက်ထပ် 1 ကြိမ် နှိပ်ပါ။
exit-expired = ကီးဘုတ်ဖြင့် အမြန်ထွက်ခြင်းကို ပယ်ဖျက်လိုက်သည်။
# The only words on the blank page shown after a quick exit: keep them neutral, with
# nothing about Ponte, migration or help.
exit-neutral-continue = ဆက်လုပ်ရန်

## Start: choosing a need

start-title = ဘာအကူအညီ လိုပါသလဲ။
start-intro = တစ်ခု ရွေးပါ။ ထို့နောက် နေရာ ရွေးပါ။
start-more-needs = အခြား အကူအညီများ
start-specific-heading = ပိုတိကျသော အကူအညီ
# Variables:
#   $place (String) - the place chosen earlier, like "Lisboa, Portugal"
start-place-kept = { $place } အနီးတွင် ရှာနေသည်။

## Where: choosing a place

where-title = ဘယ်နေရာလဲ။
where-back = အကူအညီ ပြန်ရွေးရန်
# Variables:
#   $need (String) - the need chosen, like "Health"
where-looking-for = ရှာနေသည်- { $need }
where-type-heading = နေရာအမည် ရိုက်ထည့်ပါ
where-place-label = မြို့ သို့မဟုတ် မြို့ကြီး
where-place-hint = မည်သည့် ဘာသာစကား သို့မဟုတ် စာလုံးဖြင့်မဆို နေရာအမည် ရိုက်ထည့်ပါ။
where-suggestions-label = နေရာများ
# Variables:
#   $count (Number) - how many places match what was typed
where-suggestions-count =
    { $count ->
       *[other] နေရာ { $count } ခု တွေ့သည်
    }
# Variables:
#   $query (String) - what the person typed
where-no-place = “{ $query }” ဟုခေါ်သော နေရာ မရှိပါ။ အခြား စာလုံးပေါင်း၊ အင်္ဂလိပ်အမည် သို့မဟုတ် ထိုဒေသ၏ ဘာသာစကားဖြင့် အမည်ကို စမ်းကြည့်ပါ။
# Variables:
#   $place (String) - a place name, like "Lisboa"
#   $country (String) - its country, like "Portugal"
where-place-label-full = { $place }, { $country }
# Variables:
#   $place (String) - the place chosen earlier, like "Lisboa, Portugal"
where-current = ယခု- { $place }
where-keep-place = ဤနေရာကို ဆက်သုံးရန်
where-pick-heading = မြေပုံပေါ်တွင်
where-pick-button = မြေပုံပေါ်တွင် ရွေးရန်
where-pick-hint = မြေပုံကို တို့ပါ သို့မဟုတ် နှိပ်ပါ။ ကီးဘုတ် သုံးလျှင် မြှားခလုတ်များဖြင့် မြေပုံကို ရွှေ့ပြီး အလယ်ဗဟိုကို သုံးပါ။
where-map-label = နေရာ ရွေးရန် မြေပုံ
where-pick-centre = မြေပုံ၏ အလယ်ဗဟိုကို သုံးရန်
where-pick-looking = အနီးဆုံး မြို့ကို ရှာနေသည်…
# Variables:
#   $place (String) - the nearest town, like "Lisboa, Portugal"
#   $distance (String) - how far the point is from it, like "3 km"
where-picked-near = { $place } အနီး ({ $distance })
where-picked-point = သင်ရွေးထားသော နေရာ
where-pick-confirm = ဤနေရာတွင် ရှာရန်
where-device-heading = သင့်စက်၏ တည်နေရာ
where-device-unavailable = ဤကွန်ပျူတာတွင် မသုံးပါ- တည်နေရာ ရှာရန် အွန်လိုင်း ဝန်ဆောင်မှုကို မေးရမည် ဖြစ်ပြီး ထိုဝန်ဆောင်မှုက သင် ဘယ်မှာ ရှိသည်ကို သိသွားမည်။ ယင်းအစား နေရာအမည် ရိုက်ထည့်ပါ သို့မဟုတ် မြေပုံပေါ်တွင် ရွေးပါ။
where-device-button = ကျွန်ုပ်၏ တည်နေရာကို သုံးရန်
where-device-private = သင့်တည်နေရာကို ဤစက်ပေါ်တွင်သာ သုံးသည်။ မည်သည့်အခါမျှ မပို့ပါ၊ မသိမ်းပါ။
where-device-finding = သင့်တည်နေရာကို ရှာနေသည်…
where-device-failed = သင့်တည်နေရာကို ရှာမတွေ့ပါ။ နေရာအမည် ရိုက်ထည့်ပါ သို့မဟုတ် မြေပုံပေါ်တွင် ရွေးပါ။
where-device-here = သင့်တည်နေရာ
where-private = သင် ရိုက်ထည့်သော သို့မဟုတ် ရွေးသော နေရာများသည် ဤစက်မှ မည်သည့်အခါမျှ ထွက်မသွားပါ။

## Results

results-back = နေရာ ပြန်ရွေးရန်
# Variables:
#   $need (String) - what is searched for, like "Health"
#   $place (String) - where, like "Lisboa, Portugal"
results-title = { $place } အနီးရှိ { $need }
results-change-need = အကူအညီ ပြောင်းရန်
results-change-place = နေရာ ပြောင်းရန်
results-filters = နောက်ထပ် စစ်ထုတ်ချက်များ
# Variables:
#   $count (Number) - how many filters are switched on
results-filters-on = ({ $count } ခု ဖွင့်ထား)
results-filter-only = ဤအရာများသာ ပြရန်
results-filter-open-now = ယခု ဖွင့်ထားသည်
results-filter-free = အခမဲ့
results-filter-no-documents = စာရွက်စာတမ်း မတောင်းပါ
results-filter-firewall = လူဝင်မှုကြီးကြပ်ရေးထံ အချက်အလက် မပေးပါ
results-filter-kind = အကူအညီ အမျိုးအစား
# Variables:
#   $need (String) - the need chosen, like "Health"
results-filter-kind-all = အားလုံး- { $need }
results-filter-language = ဝန်ထမ်းများ ပြောသော ဘာသာ
results-filter-language-any = မည်သည့် ဘာသာမဆို
results-filter-serves = မည်သူ့အတွက်
results-filter-serves-any = လူတိုင်း
results-filter-radius = အကွာအဝေး
results-filter-radius-any = မည်မျှ ဝေးဝေး
results-filter-words = ရှာလိုသော စကားလုံးများ
results-filters-clear = စစ်ထုတ်ချက်များ ရှင်းရန်
results-searching = ရှာနေသည်…
# Variables:
#   $count (Number) - number of services shown
results-count =
    { $count ->
       *[other] ဝန်ဆောင်မှု { $count } ခု၊ အနီးဆုံးမှ စ၍
    }
results-none = မည်မျှ အကွာအဝေးတွင်မဆို ကိုက်ညီသော ဝန်ဆောင်မှု လမ်းညွှန်စာရင်းတွင် မရှိပါ။
# Variables:
#   $radius (String) - the distance chosen, like "5 km"
#   $distance (String) - distance of the nearest result, like "37 km"
results-widened = { $radius } အတွင်း ဘာမှ မရှိပါ။ ဤဝန်ဆောင်မှုများသည် ပိုဝေးပြီး { $distance } မှ စတင်သည်။
# Variables:
#   $distance (String) - distance of the nearest result, like "120 km"
results-far = အနီးတွင် ဘာမှ မရှိပါ- အနီးဆုံးသည် { $distance } အကွာတွင် ရှိသည်။
results-list-heading = ဝန်ဆောင်မှုများ၊ အနီးဆုံးမှ စ၍
results-map-toggle = မြေပုံ
results-map-label = ရလဒ်များ၏ မြေပုံ။ စာရင်းတွင်လည်း အချက်အလက် အတူတူ ရှိသည်။
results-badges-label = ဤနေရာ အကြောင်း
# Variables:
#   $count (Number) - how many more languages are spoken there
results-languages-more = နှင့် နောက်ထပ် { $count } ခု
results-show-more = ထပ်ပြရန်
# A short warning on a result whose record is old.
# Variables:
#   $when (String) - how long ago, like "3 years ago"
results-verified-old = နောက်ဆုံး အတည်ပြုချိန်- { $when }
# Variables:
#   $country (String) - country name, like "Portugal"
results-phone-lines = { $country } အတွက် အကူအညီ ဖုန်းလိုင်းများနှင့် အရေးပေါ် ဖုန်းနံပါတ်များ
results-phone-lines-any = အကူအညီ ဖုန်းလိုင်းများနှင့် အရေးပေါ် ဖုန်းနံပါတ်များ

## Rights cards in the app

rights-heading = သင်၏ အခွင့်အရေးများ

## A service’s page

service-back = ရလဒ်များသို့ ပြန်ရန်
service-loading = ဖွင့်နေသည်…
# Variables:
#   $organization (String) - who runs the service
service-run-by = ဆောင်ရွက်သူ- { $organization }
service-call = ဖုန်းခေါ်ရန်
service-directions = လမ်းကြောင်း
service-directions-hint = “လမ်းကြောင်း” သည် ဤစက်ပေါ်ရှိ မြေပုံအက်ပ်တွင် (ရှိလျှင်) ဤနေရာကို ဖွင့်ပေးသည်။
service-before-you-go = မသွားမီ
service-help-and-for = ကူညီပေးသည့် ကိစ္စနှင့် မည်သူ့အတွက်
service-contact = ဆက်သွယ်ရန်
service-no-contact = ဖုန်း၊ အီးမေးလ် သို့မဟုတ် ဝက်ဘ်ဆိုက် မသိရပါ။
# Variables:
#   $title (String) - the directory’s title
service-directory = လမ်းညွှန်စာရင်း- { $title }
# Variables:
#   $id (String) - the service’s reference code
service-reference = ရည်ညွှန်းနံပါတ်- { $id }
# Variables:
#   $from (String) - opening time, like "09:00"
#   $to (String) - closing time, like "17:00"
hours-period = { $from }–{ $to }
hours-period-unknown = (ပြောင်းလဲနိုင်သည်)
service-wrong-button = ဤနေရာတွင် တစ်ခုခု မှားနေသည်
service-wrong-which = မည်သည့် အပိုင်းလဲ။
service-wrong-field-any = အခြားအရာ သို့မဟုတ် မသေချာပါ
service-wrong-field-name = အမည်
service-wrong-note = ဘာမှားနေသလဲ။
service-wrong-private = ဤစက်ပေါ်တွင်သာ သိမ်းသည်။ ဘာမှ မပို့ပါ။
service-wrong-save = သိမ်းရန်
service-wrong-empty = ဘာမှားနေသည်ကို အရင် ရေးပါ။
service-wrong-saved = ဤစက်ပေါ်တွင် သိမ်းပြီးပါပြီ။ ကျေးဇူးတင်ပါသည်။

## The map

map-label = မြေပုံ
map-zoom-in = ချဲ့ရန်
map-zoom-out = ချုံ့ရန်

## About

about-back = နောက်သို့
about-title = Ponte အကြောင်း
about-intro = Ponte သည် သင့်အနီးရှိ ဝန်ဆောင်မှုများကို ရှာရန် ကူညီပြီး သင်၏ အခွင့်အရေးများကို သင့်ဘာသာစကားဖြင့် ပြောပြသည်။ အင်တာနက် မလိုဘဲ အလုပ်လုပ်သည်။
about-privacy-heading = သင်၏ ကိုယ်ရေးလုံခြုံမှု
about-privacy-search = သင် ဘာကို ဘယ်မှာ ရှာသည်ကို ဤစက်ပေါ်တွင်သာ ထားသည်။ Ponte သည် သင့်အကြောင်း ဘာမှ မည်သည့်နေရာသို့မျှ မပို့ပါ။
about-privacy-location = Ponte သည် သင် ဘယ်မှာ ရှိသည်ကို အွန်လိုင်း ဝန်ဆောင်မှုကို ဘယ်တော့မှ မမေးပါ။
about-privacy-stored = Ponte သည် သင့်ဘာသာစကား၊ ပြသမှု ရွေးချယ်ချက်များနှင့် သင်သိမ်းသော ပြင်ဆင်ချက်များကိုသာ သိမ်းသည်။ ရှာဖွေမှု မှတ်တမ်း မသိမ်းပါ။
about-privacy-exit = “အမြန်ထွက်ရန်” ခလုတ်သည် Ponte ကို ချက်ချင်း ဖျောက်ပြီး ရှာဖွေမှုကို ရှင်းပစ်သည်။ Shift ကို 3 ကြိမ် နှိပ်၍လည်း ရသည်။
about-directory-heading = လမ်းညွှန်စာရင်း
about-directory-title = အမည်
about-directory-description = အကြောင်းအရာ
about-directory-services = ဝန်ဆောင်မှုများ
about-directory-publisher = ထုတ်ဝေသူ
about-directory-built = ပြုလုပ်သည့်ရက်
about-directory-bundle = ထုတ်ဝေမှု
about-directory-built-in = အက်ပ်တွင် ပါပြီးသား
# Variables:
#   $sequence (Number) - the update number of the directory
about-directory-sequence = အပ်ဒိတ် { $sequence }

## Updating the directory (About page). A "directory file" (.ponte) is a signed file from an
## organisation that keeps the directory current; a "channel" is the web address where it
## publishes them.

about-update-heading = လမ်းညွှန်စာရင်း အပ်ဒိတ်လုပ်ရန်
about-update-intro = Ponte သည် လမ်းညွှန်စာရင်း ဖိုင်တိုင်းကို ၎င်း ယုံကြည်သော အဖွဲ့အစည်းက လက်မှတ်ထိုးထားခြင်း ရှိမရှိနှင့် သင့်တွင် ရှိသည်ထက် ပိုသစ်ခြင်း ရှိမရှိ စစ်ဆေးသည်။ တစ်ခုခု မှားနေလျှင် ဘာမှ မပြောင်းလဲပါ။
about-update-file = ဖိုင်မှ ထည့်သွင်းရန်
about-update-file-hint = USB stick သို့မဟုတ် မက်ဆေ့ချ်မှ ရသော .ponte ဖိုင်။
about-update-channel = ချန်နယ် လိပ်စာ
about-update-channel-hint = သင့်အဖွဲ့အစည်းက ပေးသော ဝက်ဘ်လိပ်စာ။ Ponte သည် ထိုနေရာမှ ဖိုင်များကိုသာ ဒေါင်းလုဒ်လုပ်ပြီး သင့်အကြောင်း ဘာမှ မပို့ပါ- သင့်နေရာ၊ ရှာဖွေမှုများ သို့မဟုတ် ဘာသာစကားကို မပို့ပါ။
about-update-check = အပ်ဒိတ် စစ်ရန်
about-update-working = စစ်ဆေးနေသည်…
# Variables:
#   $title (String) - the directory's title
#   $publisher (String) - who published it
#   $sequence (Number) - its update number
#   $count (Number) - services in it
app-update-installed = { $publisher } မှ “{ $title }” အပ်ဒိတ် { $sequence } ကို ထည့်သွင်းပြီး- { $count ->
       *[other] ဝန်ဆောင်မှု { $count } ခု။
    }
# Variables:
#   $sequence (Number) - the update number installed
app-update-up-to-date = သင့်တွင် အသစ်ဆုံး လမ်းညွှန်စာရင်း ရှိသည် (အပ်ဒိတ် { $sequence })။
# Variables:
#   $limit (Number) - the largest size accepted, in megabytes
app-update-file-too-large = ဤဖိုင်သည် လမ်းညွှန်စာရင်း အတွက် ကြီးလွန်းသည် ({ $limit } MB ထက် ပိုသည်)။ ဘာမှ မပြောင်းလဲပါ။
start-directory-expired = ဤလမ်းညွှန်စာရင်းသည် သက်တမ်းကုန်ရက် ကျော်သွားပြီ။ သုံး၍ ရနေဆဲ ဖြစ်သော်လည်း အချက်အလက် အချို့ ခေတ်မမီ ဖြစ်နိုင်သည်။ “အကြောင်း” စာမျက်နှာမှ အပ်ဒိတ်လုပ်ပါ။
about-display-heading = ပြသမှု
about-text-size = စာလုံး အရွယ်အစား
about-text-size-normal = ပုံမှန်
about-text-size-large = ကြီး
about-text-size-larger = ပိုကြီး
about-contrast = အရောင် ခြားနားမှု
about-contrast-normal = ပုံမှန်
about-contrast-more = ခြားနားမှု ပိုများ
about-display-system = Ponte သည် သင့်စက်၏ စာလုံး အရွယ်အစား၊ အရောင် ခြားနားမှုနှင့် အရောင် ဆက်တင်များကိုလည်း လိုက်နာသည်။
about-languages-heading = ဘာသာစကားများ
# Variables:
#   $language (String) - the name of the language shown now
about-languages-current = ယခု ပြထားသော ဘာသာ- { $language }။ စာမျက်နှာတိုင်း၏ အပေါ်ဆုံးတွင် ပြောင်းနိုင်သည်။
about-locale-name = ဘာသာစကား
about-locale-status = အခြေအနေ
about-locale-review = စစ်ဆေးသူ
about-status-source = မူရင်းစာ
about-status-reviewed = မိခင်ဘာသာစကား ပြောသူ စစ်ဆေးပြီး
about-status-complete = ပြည့်စုံပြီး၊ မစစ်ဆေးရသေး
about-status-draft = မူကြမ်း- အချို့စာများ အင်္ဂလိပ်ဘာသာဖြင့်
about-status-pseudo = စမ်းသပ်ရန်
about-testing = စမ်းသပ်ခြင်း
about-testing-intro = စာသား ပိုရှည်လာခြင်းနှင့် ညာမှ ဘယ်သို့ ရေးခြင်းကို မျက်နှာပြင် ဖွဲ့စည်းပုံက ခံနိုင်မခံနိုင် ပြသရန် ဖန်တီးထားသော ဘာသာစကားများ။
about-use-locale = သုံးရန်
about-corrections-heading = သင်၏ ပြင်ဆင်ချက်များ
about-corrections-intro = “ဤနေရာတွင် တစ်ခုခု မှားနေသည်” ဖြင့် သင်မှတ်ထားသော အမှားများ။ ၎င်းတို့သည် ဤစက်ပေါ်တွင်သာ ရှိသည်။
about-corrections-none = သိမ်းထားသည် မရှိပါ။
about-correction-delete = ဖျက်ရန်
about-correction-deleted = ပြင်ဆင်ချက်ကို ဖျက်ပြီးပါပြီ။
about-credits-heading = ကျေးဇူးတင်လွှာ
about-credit-places = နေရာအမည်များ- GeoNames (geonames.org)၊ CC BY 4.0 လိုင်စင်။
about-credit-map = မြေပုံ- Natural Earth (naturalearthdata.com)၊ အများပိုင်၊ world-atlas package မှတစ်ဆင့် (ISC လိုင်စင်)။
about-credit-leaflet = မြေပုံ ပြသမှု- Leaflet (BSD 2-Clause လိုင်စင်)။
about-credit-icons = အိုင်ကွန်များ- Lucide (ISC လိုင်စင်၊ အချို့ အိုင်ကွန်များမှာ Feather မှ၊ MIT လိုင်စင်)။
about-credit-fluent = ဘာသာပြန်ခြင်း- Project Fluent, @fluent/bundle (Apache 2.0 လိုင်စင်)။
about-credit-fonts = ဖောင့်များ- အက်ပ်၏ ဘာသာစကားများ၏ အက္ခရာ (script) တိုင်းအတွက် Noto Sans (SIL Open Font License 1.1)၊ Fontsource မှတစ်ဆင့်။
# Variables:
#   $version (String) - the app’s version, like "0.1.0"
about-version = Ponte ဗားရှင်း { $version }

## Handing off to a phone or map app, where this device has none

# Variables:
#   $number (String) - the phone number, like "+351218106100"
handoff-tel = ဤစက်ဖြင့် ဖုန်းခေါ်၍ မရပါ။ ဖုန်းတစ်လုံးမှ { $number } ကို ခေါ်ပါ။
# Variables:
#   $coordinates (String) - latitude and longitude, like "38.724927, -9.134284"
handoff-geo = ဤနေရာတွင် ဖွင့်ရန် မြေပုံအက်ပ် မရှိပါ။ မည်သည့် မြေပုံအက်ပ်တွင်မဆို { $coordinates } ကို ရှာပါ။
