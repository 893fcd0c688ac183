# Labels shared by the app and the command line that came after the first translation
# round; and, below, the app's own screens.

## Rights cards

rights-applies-whatever-status = तपाईंको आप्रवासन स्थिति जेसुकै होस्, यो लागू हुन्छ।
rights-if-refused-heading = इन्कार गरियो भने
rights-sources-heading = स्रोतहरू
# Variables:
#   $need (String) - the name of the need asked about, like "Health"
rights-none-for-need = “{ $need }” का लागि अहिलेसम्म अधिकार कार्ड छैन।

## App frame, on every screen

app-name = Ponte
app-skip-link = मुख्य भागमा जानुहोस्
app-language-label = भाषा
app-about = बारेमा
app-back = पछाडि
app-privacy-line = तपाईंले खोजेको कुरा यो उपकरणबाट बाहिर जाँदैन।
# Said to screen readers after switching language.
# Variables:
#   $language (String) - the name of the language now shown, like "العربية"
app-language-changed = भाषा बदलियो: { $language }

## Errors

error-input = त्यो प्रयोग गर्न सकिएन। तपाईंले लेखेको जाँच गरेर फेरि प्रयास गर्नुहोस्।
error-internal = Ponte भित्र केही गडबड भयो। फेरि प्रयास गर्नुहोस्। यस्तै भइरह्यो भने, Ponte बन्द गरेर फेरि खोल्नुहोस्।

## Quick exit (a button on every screen, and Shift pressed 3 times)

exit-button = तुरुन्त निस्कने
exit-hint = Ponte लाई तुरुन्तै लुकाउँछ र यो खोज मेटाउँछ। तपाईं Shift ३ पटक थिचेर पनि निस्कन सक्नुहुन्छ।
exit-press-two = Shift: निस्कन अझै २ पटक थिच्नुहोस्।
exit-press-one = Shift: निस्कन अझै १ पटक थिच्नुहोस्।
exit-expired = किबोर्डबाट तुरुन्त निस्कने काम रद्द भयो।
# The only words on the blank page shown after a quick exit: keep them neutral, with
# nothing about Ponte, migration or help.
exit-neutral-continue = जारी राख्नुहोस्

## Start: choosing a need

start-title = तपाईंलाई केमा सहायता चाहिन्छ?
start-intro = एउटा छान्नुहोस्। त्यसपछि ठाउँ छान्नुहोस्।
start-more-needs = अरू किसिमका सहायता
start-specific-heading = अझ ठ्याक्कै केही
# Variables:
#   $place (String) - the place chosen earlier, like "Lisboa, Portugal"
start-place-kept = { $place } नजिक खोजिँदै छ।

## Where: choosing a place

where-title = कहाँ?
where-back = सहायता छनोटमा फर्कनुहोस्
# Variables:
#   $need (String) - the need chosen, like "Health"
where-looking-for = खोज्दै: { $need }
where-type-heading = ठाउँको नाम लेख्नुहोस्
where-place-label = सहर वा गाउँ
where-place-hint = जुनसुकै भाषा वा लिपिमा ठाउँको नाम लेख्नुहोस्।
where-suggestions-label = ठाउँहरू
# Variables:
#   $count (Number) - how many places match what was typed
where-suggestions-count = { $count ->
    [one] { $count } ठाउँ भेटियो
   *[other] { $count } ठाउँ भेटिए
}
# Variables:
#   $query (String) - what the person typed
where-no-place = “{ $query }” नामको ठाउँ छैन। अर्को हिज्जे, वा अङ्ग्रेजीमा वा त्यहीँको भाषामा नाम लेखेर हेर्नुहोस्।
# Variables:
#   $place (String) - a place name, like "Lisboa"
#   $country (String) - its country, like "Portugal"
where-place-label-full = { $place }, { $country }
# Variables:
#   $place (String) - the place chosen earlier, like "Lisboa, Portugal"
where-current = अहिले: { $place }।
where-keep-place = यही ठाउँ राख्नुहोस्
where-pick-heading = नक्सामा
where-pick-button = नक्सामा छान्नुहोस्
where-pick-hint = नक्सामा थिच्नुहोस् वा क्लिक गर्नुहोस्। किबोर्डमा, तीर (arrow) कीले नक्सा सार्नुहोस्, अनि नक्साको बीचको ठाउँ प्रयोग गर्नुहोस्।
where-map-label = ठाउँ छान्ने नक्सा
where-pick-centre = नक्साको बीचको ठाउँ प्रयोग गर्नुहोस्
where-pick-looking = सबैभन्दा नजिकको सहर खोज्दै…
# Variables:
#   $place (String) - the nearest town, like "Lisboa, Portugal"
#   $distance (String) - how far the point is from it, like "3 km"
where-picked-near = { $place } नजिक ({ $distance })
where-picked-point = तपाईंले छानेको ठाउँ
where-pick-confirm = यहाँ खोज्नुहोस्
where-device-heading = तपाईंको उपकरणको स्थान
where-device-unavailable = यो कम्प्युटरमा प्रयोग गरिँदैन: स्थान पत्ता लगाउन एउटा अनलाइन सेवालाई सोध्नुपर्छ, अनि त्यो सेवालाई तपाईं कहाँ हुनुहुन्छ थाहा हुन्छ। बरु ठाउँको नाम लेख्नुहोस् वा नक्सामा छान्नुहोस्।
where-device-button = मेरो स्थान प्रयोग गर्नुहोस्
where-device-private = तपाईंको स्थान यो उपकरणमा मात्र प्रयोग हुन्छ। यो कहिल्यै पठाइँदैन, सेभ पनि गरिँदैन।
where-device-finding = तपाईंको स्थान खोज्दै…
where-device-failed = तपाईंको स्थान पत्ता लागेन। ठाउँको नाम लेख्नुहोस् वा नक्सामा छान्नुहोस्।
where-device-here = तपाईंको स्थान
where-private = तपाईंले लेखेका वा छानेका ठाउँ यो उपकरणबाट कहिल्यै बाहिर जाँदैनन्।

## Results

results-back = ठाउँमा फर्कनुहोस्
# Variables:
#   $need (String) - what is searched for, like "Health"
#   $place (String) - where, like "Lisboa, Portugal"
results-title = { $place } नजिक { $need }
results-change-need = सहायता बदल्नुहोस्
results-change-place = ठाउँ बदल्नुहोस्
results-filters = थप फिल्टर
# Variables:
#   $count (Number) - how many filters are switched on
results-filters-on = ({ $count } चालु)
results-filter-only = यति मात्र देखाउनुहोस्
results-filter-open-now = अहिले खुला
results-filter-free = निःशुल्क
results-filter-no-documents = कागजपत्र माग्दैन
results-filter-firewall = अध्यागमनलाई जानकारी दिँदैन
results-filter-kind = सहायताको किसिम
# Variables:
#   $need (String) - the need chosen, like "Health"
results-filter-kind-all = सबै: { $need }
results-filter-language = कर्मचारीको भाषा
results-filter-language-any = जुनसुकै भाषा
results-filter-serves = कसका लागि
results-filter-serves-any = सबैजना
results-filter-radius = दूरी
results-filter-radius-any = जतिसुकै टाढा
results-filter-words = खोज्ने शब्द
results-filters-clear = फिल्टर हटाउनुहोस्
results-searching = खोज्दै…
# Variables:
#   $count (Number) - number of services shown
results-count = { $count ->
    [one] { $count } सेवा, नजिकको पहिले
   *[other] { $count } वटा सेवा, नजिकको पहिले
}
results-none = निर्देशिकामा कुनै पनि दूरीमा मिल्ने सेवा छैन।
# Variables:
#   $radius (String) - the distance chosen, like "5 km"
#   $distance (String) - distance of the nearest result, like "37 km"
results-widened = { $radius } भित्र केही भेटिएन। यी अझ टाढा छन्, { $distance } देखि सुरु।
# Variables:
#   $distance (String) - distance of the nearest result, like "120 km"
results-far = नजिकै केही छैन: सबैभन्दा नजिकको { $distance } टाढा छ।
results-list-heading = सेवाहरू, नजिकको पहिले
results-map-toggle = नक्सा
results-map-label = नतिजाको नक्सा। सूचीमा पनि यही जानकारी छ।
results-badges-label = यो ठाउँबारे
# Variables:
#   $count (Number) - how many more languages are spoken there
results-languages-more = र अरू { $count }
results-show-more = अझ देखाउनुहोस्
# A short warning on a result whose record is old.
# Variables:
#   $when (String) - how long ago, like "3 years ago"
results-verified-old = पछिल्लो पटक { $when } पुष्टि गरिएको
# Variables:
#   $country (String) - country name, like "Portugal"
results-phone-lines = { $country } का फोन लाइन र आपतकालीन नम्बरहरू
results-phone-lines-any = फोन लाइन र आपतकालीन नम्बरहरू

## Rights cards in the app

rights-heading = तपाईंका अधिकार

## A service’s page

service-back = नतिजामा फर्कनुहोस्
service-loading = खुल्दै छ…
# Variables:
#   $organization (String) - who runs the service
service-run-by = सञ्चालक: { $organization }
service-call = फोन गर्नुहोस्
service-directions = बाटो
service-directions-hint = “बाटो” थिच्दा यो ठाउँ यो उपकरणको नक्सा एपमा खुल्छ, त्यस्तो एप छ भने।
service-before-you-go = जानुअघि
service-help-and-for = केमा सहायता, र कसका लागि
service-contact = सम्पर्क
service-no-contact = फोन, इमेल वा वेबसाइट थाहा छैन।
# Variables:
#   $title (String) - the directory’s title
service-directory = निर्देशिका: { $title }
# Variables:
#   $id (String) - the service’s reference code
service-reference = सन्दर्भ: { $id }
# Variables:
#   $from (String) - opening time, like "09:00"
#   $to (String) - closing time, like "17:00"
hours-period = { $from }–{ $to }
hours-period-unknown = (फरक पर्न सक्छ)
service-wrong-button = यहाँ केही गलत छ
service-wrong-which = कुन भाग?
service-wrong-field-any = अरू केही, वा पक्का छैन
service-wrong-field-name = नाम
service-wrong-note = के गलत छ?
service-wrong-private = यो उपकरणमा मात्र सेभ हुन्छ। केही पनि पठाइँदैन।
service-wrong-save = सेभ गर्नुहोस्
service-wrong-empty = पहिले के गलत छ, लेख्नुहोस्।
service-wrong-saved = यो उपकरणमा सेभ भयो। धन्यवाद।

## The map

map-label = नक्सा
map-zoom-in = ठूलो पार्नुहोस्
map-zoom-out = सानो पार्नुहोस्

## About

about-back = पछाडि
about-title = Ponte बारे
about-intro = Ponte ले तपाईंलाई नजिकका सेवाहरू खोज्न मद्दत गर्छ र तपाईंका अधिकारबारे तपाईंकै भाषामा बताउँछ। यो इन्टरनेटबिना चल्छ।
about-privacy-heading = तपाईंको गोपनीयता
about-privacy-search = तपाईंले के खोज्नुभयो र कहाँ खोज्नुभयो, त्यो यही उपकरणमा रहन्छ। Ponte ले तपाईंबारे केही पनि कतै पठाउँदैन।
about-privacy-location = Ponte ले तपाईं कहाँ हुनुहुन्छ भनेर कहिल्यै कुनै अनलाइन सेवालाई सोध्दैन।
about-privacy-stored = Ponte ले तपाईंको भाषा, देखाउने रोजाइ र तपाईंले सेभ गरेका सच्याइ मात्र राख्छ। यसले खोजको इतिहास राख्दैन।
about-privacy-exit = “तुरुन्त निस्कने” ले Ponte लाई तुरुन्तै लुकाउँछ र खोज मेटाउँछ। तपाईं Shift ३ पटक थिचेर पनि निस्कन सक्नुहुन्छ।
about-directory-heading = निर्देशिका
about-directory-title = नाम
about-directory-description = यसबारे
about-directory-services = सेवाहरू
about-directory-publisher = प्रकाशक
about-directory-built = बनाइएको मिति
about-directory-bundle = संस्करण
about-directory-built-in = एपभित्रै
# Variables:
#   $sequence (Number) - the update number of the directory
about-directory-sequence = अपडेट { $sequence }

## Updating the directory (About page). A "directory file" (.ponte) is a signed file from an
## organisation that keeps the directory current; a "channel" is the web address where it
## publishes them.

about-update-heading = निर्देशिका अपडेट गर्नुहोस्
about-update-intro = हरेक निर्देशिका फाइलमा Ponte ले विश्वास गर्ने संस्थाको हस्ताक्षर छ कि छैन, र त्यो तपाईंसँग भएकोभन्दा नयाँ छ कि छैन, Ponte ले जाँच्छ। केही गलत भए, केही पनि बदलिँदैन।
about-update-file = फाइलबाट इन्स्टल गर्नुहोस्
about-update-file-hint = USB स्टिक वा सन्देशबाट आएको .ponte फाइल।
about-update-channel = च्यानलको ठेगाना
about-update-channel-hint = तपाईंको संस्थाले दिएको वेब ठेगाना। Ponte ले त्यहाँबाट फाइल मात्र डाउनलोड गर्छ र तपाईंबारे केही पनि पठाउँदैन: न तपाईंको ठाउँ, न खोज, न भाषा।
about-update-check = अपडेट हेर्नुहोस्
about-update-working = जाँच्दै…
# Variables:
#   $title (String) - the directory's title
#   $publisher (String) - who published it
#   $sequence (Number) - its update number
#   $count (Number) - services in it
app-update-installed = { $publisher } को “{ $title }”, अपडेट { $sequence } इन्स्टल भयो: { $count ->
        [one] { $count } सेवा।
       *[other] { $count } वटा सेवा।
    }
# Variables:
#   $sequence (Number) - the update number installed
app-update-up-to-date = तपाईंसँग सबैभन्दा नयाँ निर्देशिका छ (अपडेट { $sequence })।
# Variables:
#   $limit (Number) - the largest size accepted, in megabytes
app-update-file-too-large = यो फाइल निर्देशिकाका लागि धेरै ठूलो छ ({ $limit } MB भन्दा बढी)। केही पनि बदलिएन।
start-directory-expired = यो निर्देशिकाको म्याद सकिएको छ। यो अझै चल्छ, तर केही विवरण पुराना हुन सक्छन्। “Ponte बारे” पेजबाट यसलाई अपडेट गर्नुहोस्।
about-display-heading = देखावट
about-text-size = अक्षरको आकार
about-text-size-normal = सामान्य
about-text-size-large = ठूलो
about-text-size-larger = अझ ठूलो
about-contrast = कन्ट्रास्ट
about-contrast-normal = सामान्य
about-contrast-more = बढी कन्ट्रास्ट
about-display-system = Ponte ले तपाईंको उपकरणको अक्षरको आकार, कन्ट्रास्ट र रङको सेटिङ पनि मान्छ।
about-languages-heading = भाषाहरू
# Variables:
#   $language (String) - the name of the language shown now
about-languages-current = अहिले देखाइएको भाषा: { $language }। तपाईं यसलाई हरेक स्क्रिनको माथि बदल्न सक्नुहुन्छ।
about-locale-name = भाषा
about-locale-status = अवस्था
about-locale-review = कसले जाँच्यो
about-status-source = मूल पाठ
about-status-reviewed = मातृभाषीले जाँचेको
about-status-complete = पूरा, अझै नजाँचिएको
about-status-draft = मस्यौदा: केही पाठ अङ्ग्रेजीमा
about-status-pseudo = परीक्षणका लागि
about-testing = परीक्षण
about-testing-intro = बनावटी भाषाहरू: लामो पाठ र दायाँबाट बायाँ लेखाइमा स्क्रिन ठीकसँग देखिन्छ कि देखिँदैन, यिनले देखाउँछन्।
about-use-locale = छान्नुहोस्
about-corrections-heading = तपाईंका सच्याइहरू
about-corrections-intro = “यहाँ केही गलत छ” बाट तपाईंले टिपेका गल्तीहरू। ती यही उपकरणमा रहन्छन्।
about-corrections-none = केही सेभ गरिएको छैन।
about-correction-delete = मेटाउनुहोस्
about-correction-deleted = सच्याइ मेटाइयो।
about-credits-heading = आभार
about-credit-places = ठाउँका नाम: GeoNames (geonames.org), CC BY 4.0 इजाजतपत्र।
about-credit-map = नक्सा: Natural Earth (naturalearthdata.com), सार्वजनिक (public domain), world-atlas प्याकेजमार्फत (ISC इजाजतपत्र)।
about-credit-leaflet = नक्सा देखाउने: Leaflet (BSD 2-Clause इजाजतपत्र)।
about-credit-icons = आइकन: Lucide (ISC इजाजतपत्र; केही आइकन Feather बाट, MIT इजाजतपत्र)।
about-credit-fluent = अनुवाद: Project Fluent, @fluent/bundle (Apache 2.0 इजाजतपत्र)।
about-credit-fonts = फन्ट: एपका भाषाहरूका हरेक लिपिका लागि Noto Sans (SIL Open Font License 1.1 इजाजतपत्र), Fontsource मार्फत।
# Variables:
#   $version (String) - the app’s version, like "0.1.0"
about-version = Ponte संस्करण { $version }

## Handing off to a phone or map app, where this device has none

# Variables:
#   $number (String) - the phone number, like "+351218106100"
handoff-tel = यो उपकरणबाट फोन गर्न सकिँदैन। कुनै फोनबाट { $number } मा फोन गर्नुहोस्।
# Variables:
#   $coordinates (String) - latitude and longitude, like "38.724927, -9.134284"
handoff-geo = यहाँ खोल्ने नक्सा एप छैन। जुनसुकै नक्सा एपमा { $coordinates } खोज्नुहोस्।
