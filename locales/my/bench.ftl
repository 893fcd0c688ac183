# `ponte synth` and `ponte bench`: synthetic directories and benchmarks.
# "Synthetic" means invented data for tests, never real services. "p50/p95/p99" are
# percentiles of the time a query took; "baseline" is a simple full scan measured in the
# same run. PostGIS and SpatiaLite are product names: keep them.

# Variables:
#   $count (Number) - services written
#   $rural (Number) - how many of them are in the countryside
#   $file (String) - the file written
#   $seconds (String) - how long it took, like "1.5"
bench-synth-written = ဖန်တီးထားသော ဝန်ဆောင်မှု { $count } ခု (ကျေးလက်တွင် { $rural } ခု) ကို { $file } သို့ { $seconds } စက္ကန့်အတွင်း ရေးပြီးပါပြီ။ ၎င်းတို့သည် စိတ်ကူးယဉ်ဖြစ်သည်- လမ်းညွှန်အဖြစ် ဘယ်တော့မှ မထုတ်ဝေပါနှင့်။
# Variables:
#   $value (String) - the option value that is not understood
bench-bad-option = “{ $value }” ကို သုံး၍မရပါ- အရွယ်အစားများသည် ကော်မာဖြင့်ခွဲထားသော ဝန်ဆောင်မှုအရေအတွက်များ (1000,10000) ဖြစ်ပြီး --iterations သည် small၊ quick၊ normal သို့မဟုတ် ဂဏန်းတစ်ခု ဖြစ်သည်။
# Variables:
#   $peer (String) - PostGIS or SpatiaLite
bench-peer-missing = { $peer } ထည့်သွင်းမထားပါ သို့မဟုတ် တုံ့ပြန်မှုမရှိပါ- ၎င်း၏ကော်လံတွင် ထိုသို့ဖော်ပြပါမည်။ ထည့်သွင်းနည်းကို README.md တွင် ကြည့်ပါ။
# Variables:
#   $count (Number) - services in this round
bench-size-start = ဖန်တီးထားသော ဝန်ဆောင်မှု { $count } ခုကို တိုင်းတာနေသည်…
# Variables:
#   $count (Number) - services
#   $build (String) - seconds the directory build took (0.0 when it was reused)
#   $mb (String) - directory size in megabytes
bench-size-title = ဝန်ဆောင်မှု { $count } ခု (လမ်းညွှန်ကို { $build } စက္ကန့်အတွင်း တည်ဆောက်, { $mb } MB)
bench-col-scenario = အခြေအနေ
bench-col-p50 = p50 ms
bench-col-p95 = p95 ms
bench-col-p99 = p99 ms
bench-col-baseline = အပြည့်စစ်ဆေးမှု p50 ms
bench-col-ratio = Ponte / အပြည့်စစ်ဆေးမှု
bench-col-postgis = PostGIS p50 ms
bench-col-spatialite = SpatiaLite p50 ms
# Variables:
#   $times (String) - how many times faster, like "250"
bench-ratio-times-faster = 1/{ $times }
bench-peer-not-installed = ထည့်သွင်းမထားပါ
bench-peer-failed = မအောင်မြင်ပါ
# Variables:
#   $checked (Number) - queries compared
#   $mismatches (Number) - queries where the search and the full scan disagreed
bench-correctness = မှန်ကန်မှု- ရှာဖွေမှု { $checked } ခုကို အပြည့်စစ်ဆေးမှုနှင့် နှိုင်းယှဉ်ခဲ့ရာ { $mismatches } ခု မကိုက်ညီပါ။
bench-correct = စစ်ဆေးခဲ့သော ရှာဖွေမှုတိုင်းသည် အပြည့်စစ်ဆေးမှုနှင့် တူညီသော ဝန်ဆောင်မှုများကို တွေ့ရှိခဲ့သည်။
bench-incorrect = မအောင်မြင်ပါ- ရှာဖွေမှုအချို့သည် အပြည့်စစ်ဆေးမှုနှင့် မတူသော ဝန်ဆောင်မှုများကို တွေ့ရှိခဲ့သည် (အထက်တွင် ကြည့်ပါ)။

## Scenarios

bench-scenario-nearest-need = အနီးဆုံး ၁၀ ခု၊ လိုအပ်ချက်တစ်ခု
bench-scenario-nearest-filtered = အနီးဆုံး ၁၀ ခု၊ လိုအပ်ချက် + ဘာသာစကား + ယခုဖွင့် + ဒေတာကာကွယ်မှု
bench-scenario-within-radius = ၅ ကီလိုမီတာအတွင်း၊ လိုအပ်ချက်တစ်ခု
bench-scenario-rural-widening = ကျေးလက်၊ ရှာဖွေမှုကို ချဲ့ခြင်း
bench-scenario-text-legal-aid = စာသား “legal aid”
bench-scenario-text-prefix = စာသားအစ “shel”
bench-scenario-text-arabic = အာရဗီအက္ခရာဖြင့် စာသား
bench-scenario-text-near = နေရာတစ်ခုအနီး စာသား “legal aid”
bench-scenario-gazetteer-typing = နေရာအမည်များ၊ စာလုံးတစ်လုံးချင်း
bench-scenario-build-bundle = အစုအဝေး တည်ဆောက်ခြင်း
bench-scenario-verify-bundle = အစုအဝေး စစ်ဆေးခြင်း
bench-scenario-install-bundle = အစုအဝေး ထည့်သွင်းခြင်း
bench-scenario-search-process = `ponte search`၊ လုပ်ငန်းစဉ်တစ်ခုလုံး
