# Problems in directory spreadsheets (the template in data/README.md), shown by
# `ponte validate`, `ponte directory build` and `ponte import csv`, and placing rows on the
# map. Read by NGO volunteers: say what is wrong and what to do.

## Reading the file

# Variables:
#   $reason (String) - what the operating system said
src-cannot-read = ဖိုင်ကို ဖတ်၍ မရပါ- { $reason }
src-empty-file = ဖိုင် အလွတ် ဖြစ်နေသည်- ပထမ အတန်းသည် ကော်လံ အမည်များ ပါသော header ဖြစ်ရမည်။
src-header-not-utf8 = header သည် မှန်ကန်သော UTF-8 မဟုတ်ပါ။ ဖိုင်ကို CSV (UTF-8) အဖြစ် သိမ်းပါ။
# Variables:
#   $column (String) - a required column's name
src-missing-column = header တွင် “{ $column }” ကော်လံ မရှိပါ။ ကော်လံများအတွက် data/README.md ကို ကြည့်ပါ။
# Variables:
#   $column (String) - a column name
#   $first (String) - the number of the first column with that name
#   $second (String) - the number of the second one
src-duplicate-column = “{ $column }” ကော်လံ နှစ်ခါ ပါနေသည် (ကော်လံ { $first } နှင့် { $second })။
# Variables:
#   $lang (String) - the language code after the colon
#   $column (String) - the whole column name, like "name:xx"
src-unknown-column-language = “{ $column }” ကော်လံရှိ “{ $lang }” သည် သိသော ဘာသာစကား ကုဒ် မဟုတ်ပါ။
# Variables:
#   $cells (String) - cells in the row
#   $columns (String) - columns in the header
src-cell-count = ဤအတန်းတွင် cell { $cells } ခု ရှိသော်လည်း header တွင် ကော်လံ { $columns } ခု ရှိသည်- ကော်မာ လိုနေသလား၊ ပိုနေသလား၊ သို့မဟုတ် မပိတ်ရသေးသော မျက်တောင် ရှိနေသလား။
# Variables:
#   $reason (String) - what the CSV reader said
src-bad-csv = ဤနေရာတွင် ဖိုင်သည် မှန်ကန်သော CSV မဟုတ်ပါ- { $reason }
# Variables:
#   $bytes (String) - the size of the cell
#   $limit (String) - the largest size allowed
src-too-long = ဤ cell တွင် { $bytes } bytes ရှိသည်- ကန့်သတ်ချက်မှာ { $limit } ဖြစ်သည်။
# Variables:
#   $offset (String) - how many bytes of the cell are valid
src-bad-utf8 = ဤ cell သည် မှန်ကန်သော UTF-8 မဟုတ်ပါ (byte { $offset } နောက်ပိုင်း)။ ဖိုင်ကို CSV (UTF-8) အဖြစ် သိမ်းပါ။

## One row

# Variables:
#   $id (String) - the repeated id
#   $where (String) - where it was first used, like "pt.csv:12"
src-duplicate-id = id “{ $id }” ကို { $where } တွင် သုံးပြီးသား ဖြစ်သည်။ အတန်းတိုင်းတွင် ကိုယ်ပိုင် id လိုသည်။
# Variables:
#   $column (String) - the column's name
src-required = “{ $column }” လိုအပ်သည်။
# Variables:
#   $column (String) - the column's name, like "description"
src-translation-without-original = “{ $column }” သည် အလွတ် ဖြစ်နေသော်လည်း ဘာသာပြန်များ ရှိသည်- အတန်း၏ ကိုယ်ပိုင် ဘာသာစကားဖြင့် “{ $column }” ကို ဖြည့်ပါ။
# Variables:
#   $id (String) - the id as written
src-bad-id = id “{ $id }” တွင် စာလုံးအသေး၊ ဂဏန်း၊ “.”၊ “_” နှင့် “-” သာ ပါနိုင်သည် (အများဆုံး စာလုံး 100)။
# Variables:
#   $value (String) - the value as written
src-bad-kind = “{ $value }” သည် place၊ phone-line၊ emergency တို့အနက် တစ်ခု မဟုတ်ပါ။
# Variables:
#   $value (String) - the value as written
src-bad-answer = “{ $value }” သည် yes၊ no၊ unknown တို့အနက် တစ်ခု မဟုတ်ပါ။
# Variables:
#   $code (String) - the code as written
src-bad-language = “{ $code }” သည် သိသော ဘာသာစကား ကုဒ် မဟုတ်ပါ (“pt” ကဲ့သို့ ISO 639-1 သို့မဟုတ် “kea” ကဲ့သို့ ISO 639-3)။
# Variables:
#   $code (String) - the code as written
#   $known (String) - the codes that exist, comma-separated
src-bad-need = “{ $code }” သည် အကူအညီ အမျိုးအစား ကုဒ် (need) မဟုတ်ပါ။ ကုဒ်များမှာ- { $known }
src-needs-required = “needs” လိုအပ်သည်- အကူအညီ အမျိုးအစား ကုဒ် အနည်းဆုံး တစ်ခု ထည့်ပါ။
# Variables:
#   $code (String) - the code as written
#   $known (String) - the codes that exist, comma-separated
src-bad-group = “{ $code }” သည် အုပ်စု မဟုတ်ပါ။ အုပ်စုများမှာ- { $known }
# Variables:
#   $value (String) - the value as written
src-bad-country = “{ $value }” သည် PT ကဲ့သို့ စာလုံးနှစ်လုံး နိုင်ငံကုဒ် မဟုတ်ပါ။
# Variables:
#   $value (String) - the value as written
src-bad-geonames-id = “{ $value }” သည် GeoNames id (ကိန်းပြည့်) မဟုတ်ပါ။ ဤသို့ ရှာပါ- ponte places "Town, PT" --json
# Variables:
#   $value (String) - the value as written
src-bad-timezone = “{ $value }” သည် အချိန်ဇုန် မဟုတ်ပါ။ Europe/Lisbon ကဲ့သို့ IANA အမည်ကို သုံးပါ၊ သို့မဟုတ် အလွတ် ထားပါ။
# Variables:
#   $hours (String) - the opening hours as written
#   $position (String) - the character where reading stopped, counted from 1
src-bad-hours = ဖွင့်ချိန် “{ $hours }” ကို စာလုံး { $position } မှစ၍ ဖတ်၍ မရပါ။ စာသားကို ရေးထားသည့်အတိုင်း သိမ်းပြီး ပြမည်၊ “ယခု ဖွင့်ထားသည်” ကို မသိရပါ။ Mo-Fr 09:00-17:00 ကဲ့သို့ OpenStreetMap ပုံစံကို သုံးပါ။
# Variables:
#   $value (String) - the value as written
src-bad-date = “{ $value }” သည် 2024-03-19 ကဲ့သို့ ရက်စွဲ မဟုတ်ပါ။
# Variables:
#   $value (String) - the date as written
src-future-date = { $value } သည် အနာဂတ် ရက်စွဲ ဖြစ်နေသည်။
# Variables:
#   $value (String) - the value as written
src-bad-uncertainty = “{ $value }” သည် မီတာဖြင့် အကွာအဝေး (0 သို့မဟုတ် ပိုများသော ကိန်း) မဟုတ်ပါ။
# Variables:
#   $value (String) - the value as written
src-bad-precision = “{ $value }” သည် exact၊ address၊ city၊ postal-code တို့အနက် တစ်ခု မဟုတ်ပါ။
src-unplaceable = နေရာတစ်ခုကို မြေပုံပေါ်တွင် ရှာတွေ့ရန် lat နှင့် lon၊ သို့မဟုတ် အနည်းဆုံး “locality” တွင် မြို့အမည် လိုသည်။
src-exact-without-coordinates = geo_precision သည် “exact” ဖြစ်သော်လည်း lat နှင့် lon အလွတ် ဖြစ်နေသည်။
src-half-coordinates = lat နှင့် lon နှစ်ခုလုံး ပေးပါ၊ သို့မဟုတ် နှစ်ခုလုံး မပေးပါနှင့်။
src-null-island = 0,0 သည် အတ္တလန္တိတ် သမုဒ္ဒရာထဲတွင် ရှိသည်- နေရာ အစစ် မဟုတ်ဘဲ ယာယီ ဖြည့်ထားသော တန်ဖိုး ဖြစ်သည်။
# Variables:
#   $value (String) - the latitude as written
src-bad-latitude = လတ္တီကျု { $value } သည် -90 နှင့် 90 ကြားတွင် မရှိပါ။
# Variables:
#   $value (String) - the longitude as written
src-bad-longitude = လောင်ဂျီကျု { $value } သည် -180 နှင့် 180 ကြားတွင် မရှိပါ။
# Variables:
#   $value (String) - the value as written
src-not-degrees = “{ $value }” သည် 38.7249 ကဲ့သို့ ဒဿမ ဒီဂရီ ကိန်း မဟုတ်ပါ။
# Variables:
#   $number (String) - the number as written
src-bad-phone = “{ $number }” သည် ဖုန်းနံပါတ် မဟုတ်ပါ- ဂဏန်း၊ space နှင့် ရှေ့ဆုံးတွင် + ကို သုံးပါ၊ မှတ်ချက်များကို နံပါတ်နောက်တွင် ကွင်းထဲ ထည့်ပါ။

## Placing rows on the map

# Variables:
#   $value (String) - the code as written
place-bad-country = “{ $value }” သည် ISO 3166-1 နိုင်ငံကုဒ် မဟုတ်ပါ။
# Variables:
#   $id (String) - the GeoNames id
#   $name (String) - the place it names
#   $found (String) - that place's country
#   $country (String) - the row's country
place-geonames-other-country = GeoNames id { $id } သည် { $country } တွင် မဟုတ်ဘဲ { $found } ရှိ { $name } ဖြစ်သည်။
# Variables:
#   $id (String) - the GeoNames id
place-geonames-unknown = GeoNames id { $id } သည် အော့ဖ်လိုင်း နေရာအမည် စာရင်း (gazetteer) တွင် မရှိပါ (မူလ လမ်းညွှန်စာရင်း၏ နိုင်ငံများတွင် လူဦးရေ 1,000 နှင့်အထက်၊ အခြားနေရာများတွင် 5,000 နှင့်အထက် ရှိသော မြို့များ)။ ၎င်းအစား lat နှင့် lon ကို ပေးပါ။
# Variables:
#   $town (String) - the town as written
#   $country (String) - the row's country code
place-town-not-found = “{ $town }” မြို့သည် { $country } အတွက် အော့ဖ်လိုင်း နေရာအမည် စာရင်းတွင် မရှိပါ။ lat နှင့် lon၊ သို့မဟုတ် မြို့၏ geonames_id ကို ထည့်ပါ (စမ်းကြည့်ရန်- ponte places "{ $town }, { $country }" --json)။
# Variables:
#   $count (String) - how many towns have the name
#   $country (String) - the row's country code
#   $town (String) - the town as written
#   $list (String) - the towns, with their geonames_id, coordinates and population
place-ambiguous-town = { $country } တွင် “{ $town }” ဟု ခေါ်သော မြို့ { $count } မြို့ ရှိသည်- { $list }။ အတန်းကို မှားသော မြို့တွင် မချမိစေရန် မှန်ကန်သော geonames_id (သို့မဟုတ် lat နှင့် lon) ကို ထည့်ပါ။
# Variables:
#   $km (String) - the distance in kilometres
#   $place (String) - the nearest town to the coordinates
#   $found (String) - that town's country code
#   $country (String) - the row's country code
place-outside-country = ကိုဩဒိနိတ်များသည် { $place } ({ $found }) မှ { $km } km အကွာတွင် ရှိသော်လည်း နိုင်ငံမှာ { $country } ဖြစ်သည်- lat နှင့် lon နေရာ လွဲနေသလား၊ သို့မဟုတ် နိုင်ငံ မှားနေသလား။

## Labels in reports

diag-error = အမှား
diag-warning = သတိပေးချက်
# Variables:
#   $count (Number) - how many errors
diag-nothing-changed = { $count ->
   *[other] ရင်းမြစ်များတွင် အမှား { $count } ခု ရှိသည်- ဘာမှ မတည်ဆောက်ရ၊ မပြောင်းလဲရပါ။
}

## ponte directory build and ponte directory info

# Variables:
#   $file (String) - the database written
#   $count (Number) - services in it
#   $placed (Number) - how many were placed at their town's centre
dir-built = { $file }- { $count ->
   *[other] ဝန်ဆောင်မှု { $count } ခု
} ({ $placed } ခုကို ၎င်းတို့၏ မြို့ အလယ်ဗဟိုတွင် နေရာချထားသည်)
# Variables:
#   $bundle (String) - the directory's bundle id
#   $sequence (String) - its sequence number
dir-info-bundle = Bundle- { $bundle } (အစဉ်နံပါတ် { $sequence })
# Variables:
#   $count (Number) - services in the directory
dir-info-services = ဝန်ဆောင်မှုများ- { $count }
# Variables:
#   $path (String) - the database file
dir-info-file = ဖိုင်- { $path }
# Variables:
#   $path (String) - the data folder
dir-info-data-dir = ဒေတာ ဖိုလ်ဒါ- { $path }

## Command-line options that need fixing

# Variables:
#   $value (String) - the time as written
cli-bad-time = “{ $value }” သည် 2026-11-23T10:00:00Z ကဲ့သို့ အချိန် မဟုတ်ပါ။
