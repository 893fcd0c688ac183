# NGO data in and out: HSDS and spreadsheet import, export and validation
# (`ponte import`, `ponte export`, `ponte validate`). Read by NGO volunteers: plain words,
# and always what to do.


## Problems in the files themselves (nothing is imported while one stands)

# Variables:
#   $table (String) - the HSDS table, like "location"
#   $field (String) - the field, like "latitude"
#   $expected (String) - what the field must hold, like "a number"
#   $value (String) - the value found
data-bad-type = { $table }.{ $field } သည် { $expected } ဖြစ်ရမည်၊ သို့သော် { $value } ဖြစ်နေသည်။
# Variables:
#   $table (String) - the HSDS table, like "service"
data-missing-id = ဤ { $table } တွင် id မရှိပါ။ service၊ location၊ organization နှင့် service_at_location တိုင်းတွင် id တစ်ခု လိုသည်။
data-bad-utf8 = ဤစာသားသည် မှန်ကန်သော UTF-8 မဟုတ်ပါ။ ဖိုင်ကို UTF-8 အဖြစ် သိမ်းပါ (spreadsheet တွင် “CSV UTF-8” ကို ရွေးပါ)။
# Variables:
#   $reason (String) - what the JSON reader said
data-bad-json = ဤအရာသည် မှန်ကန်သော JSON မဟုတ်ပါ- { $reason }။
# Variables:
#   $table (String) - the file or table name
data-unknown-table = { $table } သည် Ponte သိသော HSDS ဇယား မဟုတ်ပါ။ ၎င်းကို မဖတ်ခဲ့ပါ။
data-no-records = ဤဖိုင်တွင် HSDS မှတ်တမ်း မတွေ့ပါ။
data-unknown-object = ဤအရာသည် မည်သည့် HSDS အမျိုးအစား (service၊ organization၊ location သို့မဟုတ် service_at_location) ဖြစ်သည်ကို Ponte မသိနိုင်ပါ။
# Variables:
#   $bytes (String) - the size of the value
#   $limit (String) - the largest size allowed
data-too-long = ဤတန်ဖိုးသည် { $bytes } bytes ရှည်သည်။ ကန့်သတ်ချက်မှာ { $limit } ဖြစ်သည်။ ဤမျှ ရှည်သော တန်ဖိုးသည် ပျက်နေသော ဖိုင် ဖြစ်ပြီး ဝန်ဆောင်မှု၏ အချက်အလက် မဟုတ်ပါ။
# Variables:
#   $cells (String) - cells in the row
#   $columns (String) - columns in the header
data-cell-count = ဤအတန်းတွင် cell { $cells } ခု ရှိသော်လည်း header တွင် ကော်လံ { $columns } ခု ရှိသည်- ကော်မာ (,) လိုနေသလား၊ ပိုနေသလား၊ သို့မဟုတ် မပိတ်ရသေးသော မျက်တောင် (") ရှိနေသလား။
# Variables:
#   $reason (String) - what the CSV reader said
data-bad-csv = ဤနေရာတွင် ဖိုင်သည် မှန်ကန်သော CSV မဟုတ်ပါ- { $reason }။
# Variables:
#   $table (String) - the HSDS table
#   $value (String) - the id
data-duplicate-row = အခြား { $table } အတန်းတစ်ခုတွင် id “{ $value }” ရှိပြီးသား ဖြစ်သည်။ အတန်းတိုင်းတွင် ကိုယ်ပိုင် id လိုသည်။
# Variables:
#   $table (String) - the table of the row
#   $field (String) - the link field, like "location_id"
#   $target (String) - the table it points to
#   $value (String) - the id it names
data-unknown-reference = { $table }.{ $field } သည် { $target } “{ $value }” ကို ညွှန်းသော်လည်း ၎င်းသည် ဒေတာထဲတွင် မရှိပါ။ ၎င်းမရှိဘဲ ဤအတန်းကို သုံး၍ မရပါ- { $target } ကို ထည့်ပါ သို့မဟုတ် id ကို ပြင်ပါ။
# Variables:
#   $table (String) - the table of the row
#   $field (String) - the link field
#   $target (String) - the table it points to
#   $value (String) - the id it names
data-dangling-reference = { $table }.{ $field } သည် { $target } “{ $value }” ကို ညွှန်းသော်လည်း ၎င်းသည် ဒေတာထဲတွင် မရှိပါ။ တန်ဖိုးကို ရေးထားသည့်အတိုင်း ထားသည်။

## Mapping HSDS to Ponte

# Variables:
#   $need (String) - the need code given, like "health.mental"
#   $keyword (String) - the word that matched, like "counselling"
#   $text (String) - the name it was found in
data-needs-from-name = ဤဝန်ဆောင်မှုက ဘာပေးသည်ကို taxonomy term တစ်ခုမှ မဖော်ပြထားသဖြင့် “{ $text }” ထဲရှိ “{ $keyword }” စကားလုံးမှ အကူအညီ အမျိုးအစား { $need } ကို ယူထားသည်။ စစ်ဆေးပါ။
# Variables:
#   $value (String) - the language as written
data-unknown-language-name = “{ $value }” သည် Ponte သိသော ဘာသာစကား မဟုတ်ပါ။ HSDS ဒေတာထဲတွင် ထားရှိသော်လည်း ပြောသော ဘာသာစကားအဖြစ် မပြပါ။
# Variables:
#   $lat (String) - the latitude given
#   $lon (String) - the longitude given
data-impossible-coordinates = ကိုဩဒိနိတ် { $lat }, { $lon } သည် ကမ္ဘာပေါ်ရှိ နေရာ မဟုတ်ပါ။ ၎င်းတို့ကို မသုံးခဲ့ပါ (ဖြစ်နိုင်လျှင် လိပ်စာမှ နေရာချသည်)၊ ရေးထားသည့်အတိုင်း ထားသည်။
# Variables:
#   $value (String) - the phone number as written
data-unreadable-phone = “{ $value }” သည် Ponte ခေါ်ဆိုနိုင်သော ဖုန်းနံပါတ် မဟုတ်ပါ။ HSDS ဒေတာထဲတွင် ထားရှိသော်လည်း မပြပါ။
# Variables:
#   $reason (String) - which part of the schedule, like "byweekno"
data-schedules-not-hours = schedule များတွင် { $reason } ကို သုံးထားပြီး Ponte က ဖွင့်ချိန်အဖြစ် မပြောင်းနိုင်ပါ။ ရေးထားသည့်အတိုင်း ထားပြီး “ယခု ဖွင့်ထားသည်” ကို မသိရပါ။
data-no-services = ဤဒေတာတွင် service မရှိသဖြင့် တင်သွင်းစရာ မရှိပါ (organization နှင့် location သက်သက်သည် ဝန်ဆောင်မှုပေးသည့် နေရာ မဟုတ်ပါ)။
# Variables:
#   $lang (String) - the language code assumed
data-assumed-language = စာသားများသည် မည်သည့် ဘာသာစကား ဖြစ်သည်ကို HSDS က မဖော်ပြပါ။ Ponte က “{ $lang }” ဟု ယူဆထားသည်။ မှားလျှင် --text-lang ဖြင့် ထပ်မံ တင်သွင်းပါ။
# Variables:
#   $value (String) - the Ponte id
#   $other (String) - where the first record with this id is
data-duplicate-id = မှတ်တမ်း နှစ်ခုသည် Ponte id “{ $value }” ကို ရမည် ဖြစ်နေသည် (အခြားတစ်ခုမှာ { $other } တွင် ရှိသည်)။ --id-prefix ကို သုံးပါ သို့မဟုတ် id များကို ပြင်ပါ။

## ponte validate: what to fix before publishing

data-unplaced = ဤနေရာတွင် ကိုဩဒိနိတ် မရှိ၊ Ponte ရှာတွေ့နိုင်သော မြို့လည်း မရှိသဖြင့် မြေပုံပေါ်တွင် ပြ၍ မရပါ။ lat နှင့် lon သို့မဟုတ် မြို့ (locality) ကို ထည့်ပါ။
# Variables:
#   $value (String) - the phone number
#   $country (String) - the record's country code, like "PT"
data-phone-unreadable = “{ $value }” ကို { $country } ရှိ ဖုန်းနံပါတ်အဖြစ် ဖတ်၍ မရပါ။ +351 21 000 0000 ကဲ့သို့ နိုင်ငံကုဒ်နှင့်တကွ ရေးပါ။
# Variables:
#   $value (String) - the phone number
#   $country (String) - the record's country code
data-phone-not-valid = “{ $value }” သည် { $country } တွင် သုံးနေသော နံပါတ်နှင့် မတူပါ (အရှည် သို့မဟုတ် ရှေ့ဆက်နံပါတ် မှားနေသလား)။ စစ်ဆေးပါ။
# Variables:
#   $date (String) - the verified_at date
#   $months (String) - the staleness threshold in months
data-stale = နောက်ဆုံး အတည်ပြုခဲ့သည်မှာ { $date } ဖြစ်ပြီး { $months } လထက် ကျော်ပြီ။ မှန်နေဆဲ ဟုတ်မဟုတ် စစ်ဆေးပြီး verified_at ကို အပ်ဒိတ်လုပ်ပါ။
# Variables:
#   $value (String) - the source as written
data-source-not-public = ရင်းမြစ် “{ $value }” သည် ကွန်ပျူတာပေါ်ရှိ ဖိုင် ဖြစ်ပြီး စာဖတ်သူများ ဖွင့်၍ မရပါ။ ဝက်ဘ်လိပ်စာ သို့မဟုတ် စာတမ်းအမည် ပေးပါ (HSDS အတွက်- --source ဖြင့် တင်သွင်းပါ)။
# Variables:
#   $other (String) - the id of the other record
#   $metres (String) - the distance between them in metres
data-likely-duplicate = { $other } နှင့် အမည်တူပြီး { $metres } မီတာ အကွာတွင် ရှိသည်- နေရာတစ်ခုတည်းကို နှစ်ခါ ထည့်ထားသလား။

## ponte import / export / validate: summaries

# Variables:
#   $services (Number) - records read
#   $errors (Number) - errors found
#   $warnings (Number) - warnings found
data-summary =
    { $services ->
       *[other] မှတ်တမ်း { $services } ခု
    }၊ { $errors ->
       *[other] အမှား { $errors } ခု
    }၊ { $warnings ->
       *[other] သတိပေးချက် { $warnings } ခု
    }။
# Variables:
#   $source (Number) - places with coordinates from the source
#   $city (Number) - places put at their town's centre
#   $postal (Number) - places put at their postal code's centre
#   $unplaced (Number) - places not placed
data-placement = နေရာများ- ရင်းမြစ်မှ ကိုဩဒိနိတ် ပါသည် { $source } ခု၊ မြို့၏ အလယ်ဗဟိုတွင် { $city } ခု၊ စာတိုက်သင်္ကေတ နယ်မြေ၏ အလယ်ဗဟိုတွင် { $postal } ခု၊ နေရာ မချရသေး { $unplaced } ခု။
# Variables:
#   $count (Number) - places placed by town that gave a postal code
data-postal-not-used =
    { $count ->
       *[other] နေရာ { $count } ခုက စာတိုက်သင်္ကေတ ပေးထားသော်လည်း မသုံးခဲ့ပါ- Ponte တွင် အော့ဖ်လိုင်း စာတိုက်သင်္ကေတ ဒေတာ မရှိသေးသဖြင့် ၎င်းတို့၏ မြို့ အလယ်ဗဟိုတွင် နေရာချထားသည်။
    }
# Variables:
#   $id (String) - the record's id
#   $reason (String) - why it was not placed
data-unplaced-item = နေရာ မချရသေး- { $id }- { $reason }
data-fix-errors = အထက်ပါ အမှားများကို ပြင်ပါ- ဘာမှ မရေးရသေးပါ။
# Variables:
#   $path (String) - the file or folder written
data-written = ရေးပြီး- { $path }
# Variables:
#   $count (Number) - records exported
#   $path (String) - where
data-exported =
    { $count ->
       *[other] မှတ်တမ်း { $count } ခုကို { $path } သို့ ထုတ်ပြီးပါပြီ။
    }
# Variables:
#   $done (Number) - records done
#   $total (Number) - records in all
data-progress = { $total } ခုအနက် { $done } ခု…
data-example-row = ဤအတန်းသည် template ၏ နမူနာ အတန်း ဖြစ်သည်- မထုတ်ဝေမီ ဖျက်ပါ။
# Variables:
#   $count (Number) - records without a point
data-geojson-left-out =
    { $count ->
       *[other] မှတ်တမ်း { $count } ခုတွင် တည်နေရာ အမှတ် မရှိသဖြင့် (ဖုန်းလိုင်းများ သို့မဟုတ် မြေပုံပေါ် မရောက်သေးသော နေရာများ) GeoJSON ထဲတွင် မပါပါ။
    }

## ponte import / export: bad options

# Variables:
#   $value (String) - what was given
data-bad-text-lang = --text-lang “{ $value }” သည် ဘာသာစကား ကုဒ် မဟုတ်ပါ (pt သို့မဟုတ် kea ကဲ့သို့ ISO 639-1 သို့မဟုတ် 639-3)။
# Variables:
#   $value (String) - what was given
data-bad-verified-at = --verified-at “{ $value }” သည် 2024-03-19 ကဲ့သို့ ရက်စွဲ မဟုတ်ပါ။
# Variables:
#   $path (String) - the source given
data-looks-like-hsds = { $path } သည် HSDS နှင့် တူသည်- `ponte import hsds` ကို သုံးပါ။
# Variables:
#   $path (String) - the source given
data-not-hsds = { $path } သည် HSDS မဟုတ်ပါ (.json ဖိုင် သို့မဟုတ် HSDS CSV package ပါသော ဖိုလ်ဒါ မဟုတ်ပါ)- template အတွက် `ponte import csv` ကို သုံးပါ။
