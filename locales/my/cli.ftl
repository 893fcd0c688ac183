# The `ponte` command line.

## ponte search

# Variables:
#   $place (String) - the place searched near, like "Lisbon"
#   $country (String) - its country, like "Portugal"
#   $point (String) - its coordinates, like "38.72509,-9.14980"
cli-search-near = { $place }, { $country } ({ $point }) အနီး
# Variables:
#   $point (String) - coordinates, like "16.71000,98.57000"
cli-search-near-point = { $point } အနီး
# Variables:
#   $others (String) - other places with the same name, comma-separated
cli-search-also = ဤအမည်ရှိ အခြားနေရာများ- { $others }။ နိုင်ငံကုဒ် ("Cartagena, CO") ထည့်ပါ သို့မဟုတ် ကိုဩဒိနိတ် ပေးပါ။
cli-search-none = မည်မျှ အကွာအဝေးတွင်မဆို ဤစစ်ထုတ်ချက်များနှင့် ကိုက်ညီသော ဝန်ဆောင်မှု လမ်းညွှန်စာရင်းတွင် မရှိပါ။
# Variables:
#   $radius (String) - the radius asked for, like "5 km"
#   $distance (String) - distance of the nearest result, like "37 km"
cli-search-widened = { $radius } အတွင်း ဘာမှ မတွေ့ပါ။ ကိုက်ညီသော အနီးဆုံး ဝန်ဆောင်မှုများသည် ပိုဝေးပြီး { $distance } မှ စတင်သည်။
# Variables:
#   $distance (String) - distance of the nearest result, like "120 km"
cli-search-far = ကိုက်ညီသော အနီးဆုံး ဝန်ဆောင်မှုသည် { $distance } အကွာတွင် ရှိသည်။
# Variables:
#   $count (Number) - number of results shown
cli-search-count = { $count ->
   *[other] ဝန်ဆောင်မှု { $count } ခု
}
# Variables:
#   $country (String) - country name, like "Portugal"
cli-search-phone-lines = { $country } အတွက် အကူအညီ ဖုန်းလိုင်းများနှင့် အရေးပေါ် ဖုန်းနံပါတ်များ
cli-col-distance = အကွာအဝေး
cli-col-name = အမည်
cli-col-open = ယခု
cli-col-languages = ဘာသာစကား
cli-col-verified = အတည်ပြုချိန်
cli-col-id = ရည်ညွှန်းနံပါတ်
cli-col-notes = မှတ်ချက်
cli-hint-show = အသေးစိတ်- ponte show <ရည်ညွှန်းနံပါတ်>

## Errors (exit code 2: something in the command needs fixing)

# Variables:
#   $query (String) - what the person typed
cli-place-not-found = အော့ဖ်လိုင်း နေရာအမည်စာရင်းတွင် “{ $query }” ဟုခေါ်သော နေရာ မရှိပါ။ အခြား စာလုံးပေါင်း၊ အင်္ဂလိပ်အမည် သို့မဟုတ် ထိုဒေသ၏ ဘာသာစကားဖြင့် အမည်၊ သို့မဟုတ် 38.72,-9.14 ကဲ့သို့ ကိုဩဒိနိတ်ကို စမ်းကြည့်ပါ။
# Variables:
#   $reason (String) - what is wrong with the coordinates
cli-bad-coordinates = ဤကိုဩဒိနိတ်များသည် ကမ္ဘာပေါ်တွင် မရှိပါ- { $reason }။ လတ္တီတွဒ်,လောင်ဂျီတွဒ် ကို ဒဿမ ဒီဂရီဖြင့် သုံးပါ၊ ဥပမာ 38.72,-9.14။
# Variables:
#   $reason (String) - what is wrong
cli-bad-filter = { $reason }
# Variables:
#   $id (String) - the reference asked for
cli-show-not-found = အသုံးပြုနေသော လမ်းညွှန်စာရင်းတွင် ရည်ညွှန်းနံပါတ် “{ $id }” ရှိသော ဝန်ဆောင်မှု မရှိပါ။ ရည်ညွှန်းနံပါတ်များကို မြင်ရန် အရင် ရှာဖွေပါ။
cli-bad-radius = အချင်းဝက်သည် 5 သို့မဟုတ် 2.5 ကဲ့သို့ သုညထက် ကြီးသော ကီလိုမီတာ အရေအတွက် ဖြစ်ရမည်။
cli-bad-limit = ကန့်သတ်ချက်သည် 1 မှ 1000 အထိ ကိန်းပြည့် ဖြစ်ရမည်။

## ponte places

# Variables:
#   $query (String) - what the person typed
cli-places-none = “{ $query }” နှင့် ကိုက်ညီသော နေရာ မရှိပါ။
cli-places-credit = နေရာအမည်များ- GeoNames (geonames.org), CC BY 4.0
cli-col-place = နေရာ
cli-col-country = နိုင်ငံ
cli-col-population = လူဦးရေ
cli-col-coordinates = ကိုဩဒိနိတ်
cli-col-matched = ကိုက်ညီသည့် အမည်

## ponte show

cli-show-check-before = မသွားမီ စစ်ဆေးပါ။
cli-show-directory = လမ်းညွှန်စာရင်း
