# Labels shared by the app and the command line that came after the first translation
# round; and, below, the app's own screens.

## Rights cards

rights-applies-whatever-status = आपका इमिग्रेशन स्टेटस जो भी हो, यह लागू होता है।
rights-if-refused-heading = अगर मना कर दिया जाए
rights-sources-heading = स्रोत
# Variables:
#   $need (String) - the name of the need asked about, like "Health"
rights-none-for-need = “{ $need }” के लिए अभी कोई अधिकार कार्ड नहीं है।

## App frame, on every screen

app-name = Ponte
app-skip-link = मुख्य हिस्से पर जाएँ
app-language-label = भाषा
app-about = जानकारी
app-back = वापस
app-privacy-line = आप जो भी खोजते हैं, वह इस डिवाइस से बाहर नहीं जाता।
# Said to screen readers after switching language.
# Variables:
#   $language (String) - the name of the language now shown, like "العربية"
app-language-changed = भाषा बदल गई: { $language }

## Errors

error-input = इसका इस्तेमाल नहीं हो सका। आपने जो लिखा है उसे जाँचें और फिर से कोशिश करें।
error-internal = Ponte के अंदर कुछ गड़बड़ हो गई। फिर से कोशिश करें। अगर ऐसा होता रहे, तो Ponte बंद करके फिर से खोलें।

## Quick exit (a button on every screen, and Shift pressed 3 times)

exit-button = तुरंत निकलें
exit-hint = Ponte को तुरंत छिपा देता है और यह खोज मिटा देता है। आप Shift 3 बार दबाकर भी निकल सकते हैं।
exit-press-two = Shift: निकलने के लिए 2 बार और दबाएँ।
exit-press-one = Shift: निकलने के लिए 1 बार और दबाएँ।
exit-expired = कीबोर्ड से तुरंत निकलना रद्द हो गया।
# The only words on the blank page shown after a quick exit: keep them neutral, with
# nothing about Ponte, migration or help.
exit-neutral-continue = जारी रखें

## Start: choosing a need

start-title = आपको किस चीज़ में मदद चाहिए?
start-intro = एक चुनें। फिर जगह चुनें।
start-more-needs = और तरह की मदद
start-specific-heading = कुछ और ख़ास
# Variables:
#   $place (String) - the place chosen earlier, like "Lisboa, Portugal"
start-place-kept = { $place } के पास खोज रहे हैं।

## Where: choosing a place

where-title = कहाँ?
where-back = मदद चुनने पर वापस
# Variables:
#   $need (String) - the need chosen, like "Health"
where-looking-for = खोज रहे हैं: { $need }
where-type-heading = जगह का नाम लिखें
where-place-label = शहर या क़स्बा
where-place-hint = किसी भी भाषा या लिपि में जगह का नाम लिखें।
where-suggestions-label = जगहें
# Variables:
#   $count (Number) - how many places match what was typed
where-suggestions-count = { $count ->
    [one] { $count } जगह मिली
   *[other] { $count } जगहें मिलीं
}
# Variables:
#   $query (String) - what the person typed
where-no-place = “{ $query }” नाम की कोई जगह नहीं है। दूसरी स्पेलिंग आज़माएँ, या अंग्रेज़ी में या वहाँ की अपनी भाषा में नाम लिखें।
# Variables:
#   $place (String) - a place name, like "Lisboa"
#   $country (String) - its country, like "Portugal"
where-place-label-full = { $place }, { $country }
# Variables:
#   $place (String) - the place chosen earlier, like "Lisboa, Portugal"
where-current = अभी: { $place }।
where-keep-place = यही जगह रखें
where-pick-heading = नक़्शे पर
where-pick-button = नक़्शे पर चुनें
where-pick-hint = नक़्शे पर टैप या क्लिक करें। कीबोर्ड से, तीर (arrow) वाली कुंजियों से नक़्शा खिसकाएँ, फिर नक़्शे का बीच वाला हिस्सा इस्तेमाल करें।
where-map-label = जगह चुनने के लिए नक़्शा
where-pick-centre = नक़्शे का बीच वाला हिस्सा इस्तेमाल करें
where-pick-looking = सबसे नज़दीकी शहर ढूँढ रहे हैं…
# Variables:
#   $place (String) - the nearest town, like "Lisboa, Portugal"
#   $distance (String) - how far the point is from it, like "3 km"
where-picked-near = { $place } के पास ({ $distance })
where-picked-point = आपकी चुनी हुई जगह
where-pick-confirm = यहाँ खोजें
where-device-heading = आपके डिवाइस की लोकेशन
where-device-unavailable = इस कंप्यूटर पर इस्तेमाल नहीं होती: लोकेशन पता करने के लिए एक ऑनलाइन सेवा से पूछना पड़ता, और फिर उस सेवा को पता चल जाता कि आप कहाँ हैं। इसकी जगह जगह का नाम लिखें या नक़्शे पर चुनें।
where-device-button = मेरी लोकेशन इस्तेमाल करें
where-device-private = आपकी लोकेशन सिर्फ़ इसी डिवाइस पर इस्तेमाल होती है। इसे कभी भेजा या सेव नहीं किया जाता।
where-device-finding = आपकी लोकेशन ढूँढ रहे हैं…
where-device-failed = आपकी लोकेशन नहीं मिल सकी। जगह का नाम लिखें या नक़्शे पर चुनें।
where-device-here = आपकी लोकेशन
where-private = आप जो जगहें लिखते या चुनते हैं, वे कभी इस डिवाइस से बाहर नहीं जातीं।

## Results

results-back = जगह पर वापस
# Variables:
#   $need (String) - what is searched for, like "Health"
#   $place (String) - where, like "Lisboa, Portugal"
results-title = { $place } के पास { $need }
results-change-need = मदद बदलें
results-change-place = जगह बदलें
results-filters = और फ़िल्टर
# Variables:
#   $count (Number) - how many filters are switched on
results-filters-on = ({ $count } चालू)
results-filter-only = सिर्फ़ ये दिखाएँ
results-filter-open-now = अभी खुला है
results-filter-free = मुफ़्त
results-filter-no-documents = कागज़ात नहीं माँगते
results-filter-firewall = इमिग्रेशन को जानकारी नहीं देते
results-filter-kind = मदद का प्रकार
# Variables:
#   $need (String) - the need chosen, like "Health"
results-filter-kind-all = सभी: { $need }
results-filter-language = स्टाफ़ की भाषा
results-filter-language-any = कोई भी भाषा
results-filter-serves = किसके लिए
results-filter-serves-any = सभी
results-filter-radius = दूरी
results-filter-radius-any = कोई भी दूरी
results-filter-words = खोजने के शब्द
results-filters-clear = फ़िल्टर हटाएँ
results-searching = खोज रहे हैं…
# Variables:
#   $count (Number) - number of services shown
results-count = { $count ->
    [one] { $count } सेवा, नज़दीकी पहले
   *[other] { $count } सेवाएँ, नज़दीकी पहले
}
results-none = डायरेक्टरी में किसी भी दूरी पर कोई मेल खाती सेवा नहीं है।
# Variables:
#   $radius (String) - the distance chosen, like "5 km"
#   $distance (String) - distance of the nearest result, like "37 km"
results-widened = { $radius } के अंदर कुछ नहीं मिला। ये और दूर हैं, { $distance } से शुरू।
# Variables:
#   $distance (String) - distance of the nearest result, like "120 km"
results-far = पास में कुछ नहीं: सबसे नज़दीकी { $distance } दूर है।
results-list-heading = सेवाएँ, नज़दीकी पहले
results-map-toggle = नक़्शा
results-map-label = नतीजों का नक़्शा। सूची में भी यही जानकारी है।
results-badges-label = इस जगह के बारे में
# Variables:
#   $count (Number) - how many more languages are spoken there
results-languages-more = और { $count } अन्य
results-show-more = और दिखाएँ
# A short warning on a result whose record is old.
# Variables:
#   $when (String) - how long ago, like "3 years ago"
results-verified-old = आख़िरी बार { $when } पुष्टि की गई
# Variables:
#   $country (String) - country name, like "Portugal"
results-phone-lines = { $country } के फ़ोन लाइन और इमरजेंसी नंबर
results-phone-lines-any = फ़ोन लाइन और इमरजेंसी नंबर

## Rights cards in the app

rights-heading = आपके अधिकार

## A service’s page

service-back = नतीजों पर वापस
service-loading = खुल रहा है…
# Variables:
#   $organization (String) - who runs the service
service-run-by = चलाने वाली संस्था: { $organization }
service-call = फ़ोन करें
service-directions = रास्ता
service-directions-hint = “रास्ता” दबाने पर यह जगह इस डिवाइस के नक़्शा ऐप में खुलती है, अगर ऐसा कोई ऐप है।
service-before-you-go = जाने से पहले
service-help-and-for = किसमें मदद, और किसके लिए
service-contact = संपर्क
service-no-contact = कोई फ़ोन, ईमेल या वेबसाइट पता नहीं है।
# Variables:
#   $title (String) - the directory’s title
service-directory = डायरेक्टरी: { $title }
# Variables:
#   $id (String) - the service’s reference code
service-reference = संदर्भ: { $id }
# Variables:
#   $from (String) - opening time, like "09:00"
#   $to (String) - closing time, like "17:00"
hours-period = { $from }–{ $to }
hours-period-unknown = (बदल सकता है)
service-wrong-button = यहाँ कुछ ग़लत है
service-wrong-which = कौन-सा हिस्सा?
service-wrong-field-any = कुछ और, या पक्का नहीं
service-wrong-field-name = नाम
service-wrong-note = क्या ग़लत है?
service-wrong-private = सिर्फ़ इसी डिवाइस पर सेव होता है। कुछ भी भेजा नहीं जाता।
service-wrong-save = सेव करें
service-wrong-empty = पहले लिखें कि क्या ग़लत है।
service-wrong-saved = इस डिवाइस पर सेव हो गया। धन्यवाद।

## The map

map-label = नक़्शा
map-zoom-in = बड़ा करें
map-zoom-out = छोटा करें

## About

about-back = वापस
about-title = Ponte के बारे में
about-intro = Ponte आपको आपके पास की सेवाएँ ढूँढने में मदद करता है और आपको आपकी भाषा में आपके अधिकार बताता है। यह बिना इंटरनेट के चलता है।
about-privacy-heading = आपकी प्राइवेसी
about-privacy-search = आप क्या और कहाँ खोजते हैं, वह इसी डिवाइस पर रहता है। Ponte आपके बारे में कुछ भी कहीं नहीं भेजता।
about-privacy-location = Ponte कभी किसी ऑनलाइन सेवा से नहीं पूछता कि आप कहाँ हैं।
about-privacy-stored = Ponte सिर्फ़ आपकी भाषा, आपकी डिस्प्ले की पसंद और आपके सेव किए सुधार रखता है। यह खोज का कोई इतिहास नहीं रखता।
about-privacy-exit = “तुरंत निकलें” Ponte को तुरंत छिपा देता है और खोज मिटा देता है। आप Shift 3 बार दबाकर भी निकल सकते हैं।
about-directory-heading = डायरेक्टरी
about-directory-title = नाम
about-directory-description = इसके बारे में
about-directory-services = सेवाएँ
about-directory-publisher = प्रकाशक
about-directory-built = बनाने की तारीख़
about-directory-bundle = संस्करण
about-directory-built-in = ऐप में शामिल
# Variables:
#   $sequence (Number) - the update number of the directory
about-directory-sequence = अपडेट { $sequence }

## Updating the directory (About page). A "directory file" (.ponte) is a signed file from an
## organisation that keeps the directory current; a "channel" is the web address where it
## publishes them.

about-update-heading = डायरेक्टरी अपडेट करें
about-update-intro = Ponte जाँचता है कि हर डायरेक्टरी फ़ाइल पर ऐसे संगठन के हस्ताक्षर हों जिस पर Ponte भरोसा करता है, और वह आपके पास वाली से नई हो। अगर कुछ भी ग़लत हो, तो कुछ नहीं बदलता।
about-update-file = फ़ाइल से इंस्टॉल करें
about-update-file-hint = USB स्टिक या किसी मैसेज से मिली .ponte फ़ाइल।
about-update-channel = चैनल का पता
about-update-channel-hint = वह वेब पता जो आपके संगठन ने आपको दिया है। Ponte वहाँ से सिर्फ़ उसकी फ़ाइलें डाउनलोड करता है और आपके बारे में कुछ नहीं भेजता: न आपकी जगह, न आपकी खोजें, न आपकी भाषा।
about-update-check = अपडेट देखें
about-update-working = जाँच हो रही है…
# Variables:
#   $title (String) - the directory's title
#   $publisher (String) - who published it
#   $sequence (Number) - its update number
#   $count (Number) - services in it
app-update-installed = { $publisher } की “{ $title }”, अपडेट { $sequence } इंस्टॉल हो गई: { $count ->
        [one] { $count } सेवा।
       *[other] { $count } सेवाएँ।
    }
# Variables:
#   $sequence (Number) - the update number installed
app-update-up-to-date = आपके पास सबसे नई डायरेक्टरी है (अपडेट { $sequence })।
# Variables:
#   $limit (Number) - the largest size accepted, in megabytes
app-update-file-too-large = यह फ़ाइल डायरेक्टरी के लिए बहुत बड़ी है ({ $limit } MB से ज़्यादा)। कुछ नहीं बदला गया।
start-directory-expired = इस डायरेक्टरी की समय-सीमा ख़त्म हो गई है। यह अब भी काम करती है, लेकिन कुछ जानकारी पुरानी हो सकती है। इसे “Ponte के बारे में” पेज से अपडेट करें।
about-display-heading = डिस्प्ले
about-text-size = अक्षरों का आकार
about-text-size-normal = सामान्य
about-text-size-large = बड़ा
about-text-size-larger = और बड़ा
about-contrast = कंट्रास्ट
about-contrast-normal = सामान्य
about-contrast-more = ज़्यादा कंट्रास्ट
about-display-system = Ponte आपके डिवाइस की अक्षरों के आकार, कंट्रास्ट और रंग की सेटिंग भी मानता है।
about-languages-heading = भाषाएँ
# Variables:
#   $language (String) - the name of the language shown now
about-languages-current = अभी इस भाषा में: { $language }। आप इसे हर स्क्रीन के ऊपर बदल सकते हैं।
about-locale-name = भाषा
about-locale-status = स्थिति
about-locale-review = किसने जाँचा
about-status-source = मूल पाठ
about-status-reviewed = मातृभाषी ने जाँचा
about-status-complete = पूरा, अभी जाँचा नहीं गया
about-status-draft = ड्राफ़्ट: कुछ पाठ अंग्रेज़ी में
about-status-pseudo = टेस्ट के लिए
about-testing = टेस्टिंग
about-testing-intro = बनावटी भाषाएँ, जो दिखाती हैं कि लंबे पाठ और दाएँ से बाएँ लिखावट में स्क्रीन ठीक दिखती है या नहीं।
about-use-locale = चुनें
about-corrections-heading = आपके सुधार
about-corrections-intro = “यहाँ कुछ ग़लत है” से आपने जो ग़लतियाँ नोट कीं। वे इसी डिवाइस पर रहती हैं।
about-corrections-none = कुछ सेव नहीं है।
about-correction-delete = मिटाएँ
about-correction-deleted = सुधार मिटा दिया गया।
about-credits-heading = आभार
about-credit-places = जगहों के नाम: GeoNames (geonames.org), CC BY 4.0 लाइसेंस।
about-credit-map = नक़्शा: Natural Earth (naturalearthdata.com), सार्वजनिक (public domain), world-atlas पैकेज के ज़रिए (ISC लाइसेंस)।
about-credit-leaflet = नक़्शा दिखाना: Leaflet (BSD 2-Clause लाइसेंस)।
about-credit-icons = आइकन: Lucide (ISC लाइसेंस; कुछ आइकन Feather से, MIT लाइसेंस)।
about-credit-fluent = अनुवाद: Project Fluent, @fluent/bundle (Apache 2.0 लाइसेंस)।
about-credit-fonts = फ़ॉन्ट: ऐप की भाषाओं की हर लिपि के लिए Noto Sans (SIL Open Font License 1.1 लाइसेंस), Fontsource के ज़रिए।
# Variables:
#   $version (String) - the app’s version, like "0.1.0"
about-version = Ponte संस्करण { $version }

## Handing off to a phone or map app, where this device has none

# Variables:
#   $number (String) - the phone number, like "+351218106100"
handoff-tel = इस डिवाइस से कॉल नहीं हो सकती। किसी फ़ोन से { $number } पर कॉल करें।
# Variables:
#   $coordinates (String) - latitude and longitude, like "38.724927, -9.134284"
handoff-geo = यहाँ खोलने के लिए कोई नक़्शा ऐप नहीं है। किसी भी नक़्शा ऐप में { $coordinates } खोजें।
