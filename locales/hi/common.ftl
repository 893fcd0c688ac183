# Strings shared by the app and the command line.

## Needs (the taxonomy in data/README.md). Short: they label big tiles.

need-one-stop-shop = एक ही जगह सारी सेवाएँ
need-health = स्वास्थ्य
need-health-emergency = इमरजेंसी इलाज
need-health-primary = डॉक्टर
need-health-mental = मानसिक स्वास्थ्य
need-health-sexual-reproductive = यौन और प्रजनन स्वास्थ्य
need-education = पढ़ाई
need-education-school-enrolment = बच्चों के लिए स्कूल
need-education-language-classes = भाषा की क्लास
need-education-vocational = काम की ट्रेनिंग
need-housing = रहने की जगह
need-housing-shelter = आज रात का ठिकाना
need-housing-tenancy-advice = किराये के मकान पर सलाह
need-legal-aid = कानूनी मदद
need-legal-aid-immigration = इमिग्रेशन और शरण
need-legal-aid-regularisation = रहने के कागज़ात
need-legal-aid-labour = काम से जुड़ी कानूनी मदद
need-work = काम
need-work-recruitment = सुरक्षित तरीके से काम ढूँढना
need-work-wage-claims = बकाया तनख्वाह
need-social-protection = सामाजिक सहायता
need-violence-support = हिंसा के पीड़ितों की मदद
need-violence-support-trafficking = मानव तस्करी और जबरन मज़दूरी
need-child-protection = बच्चे
need-documents = कागज़ात
need-interpretation = दुभाषिया
need-food = खाना और ज़रूरी सामान
need-money = पैसा
need-money-remittances = घर पैसे भेजना
need-money-banking = बैंक खाता
need-return = घर वापसी
need-complaints = शिकायत
need-complaints-labour-inspection = श्रम निरीक्षण
need-complaints-human-rights = मानवाधिकार संस्था
need-information = जानकारी और सलाह

## Who a service is for

serves-all = सभी
serves-women = महिलाएँ
serves-children = बच्चे
serves-unaccompanied-minors = अकेले बच्चे (बिना माता-पिता)
serves-survivors-of-violence = हिंसा से बचे लोग
serves-workers = कामगार
serves-families = परिवार
serves-lgbtiq = LGBTIQ लोग

## Distances and directions

# Variables:
#   $meters (Number) - distance in metres, under 1000
distance-meters = { NUMBER($meters, maximumFractionDigits: 0) } मी
# Variables:
#   $kilometers (Number) - distance in kilometres
distance-kilometers = { NUMBER($kilometers, maximumFractionDigits: 1) } किमी
# For places known only approximately (a town's centre), when the person is within the
# town's reach.
# Variables:
#   $distance (String) - the town's reach, like "5 km"
distance-within-about = लगभग { $distance } के अंदर
# Variables:
#   $distance (String) - a formatted distance, like "14 km"
distance-about = लगभग { $distance }
compass-n = उत्तर
compass-ne = उत्तर-पूर्व
compass-e = पूर्व
compass-se = दक्षिण-पूर्व
compass-s = दक्षिण
compass-sw = दक्षिण-पश्चिम
compass-w = पश्चिम
compass-nw = उत्तर-पश्चिम
# Variables:
#   $distance (String) - a formatted distance, like "2.3 km"
#   $direction (String) - a compass direction, like "north-east"
distance-direction = { $distance } { $direction } की ओर

## Opening status, always in the service's own time

status-open = अभी खुला है
status-closed = अभी बंद है
status-unknown = समय पता नहीं
# Variables:
#   $time (String) - closing time, like "17:00"
status-open-until = { $time } तक खुला
# Variables:
#   $time (String) - closing time, like "17:00"
status-closes-soon = जल्द बंद होगा ({ $time })
# Variables:
#   $time (String) - opening time today, like "09:00"
status-opens-at = { $time } बजे खुलेगा
# Variables:
#   $day (String) - a weekday name, like "Monday"
#   $time (String) - opening time, like "09:00"
status-opens-on = { $day } को { $time } बजे खुलेगा
status-hours-unreadable = लिखा हुआ समय (पढ़ा नहीं जा सका)
# Variables:
#   $zone (String) - an IANA time zone, like "Europe/Lisbon"
status-time-zone = समय स्थानीय है ({ $zone })

weekday-1 = सोमवार
weekday-2 = मंगलवार
weekday-3 = बुधवार
weekday-4 = गुरुवार
weekday-5 = शुक्रवार
weekday-6 = शनिवार
weekday-7 = रविवार
hours-closed-all-day = बंद
hours-today = आज

## Badges on results

badge-free = मुफ़्त
badge-no-documents = कागज़ात नहीं माँगते
badge-no-status = इमिग्रेशन स्टेटस नहीं पूछते
badge-firewall = इमिग्रेशन को जानकारी नहीं देते
badge-shares-with-immigration = इमिग्रेशन को जानकारी दे सकते हैं
badge-one-stop-shop = एक ही जगह सारी सेवाएँ
badge-walk-in = बिना अपॉइंटमेंट आएँ
badge-appointment = अपॉइंटमेंट ज़रूरी
badge-approximate = अनुमानित जगह
badge-phone-line = फ़ोन लाइन
badge-emergency = इमरजेंसी नंबर

## Answers to yes/no questions about a service

answer-yes = हाँ
answer-no = नहीं
answer-unknown = पता नहीं

## Labels on a service's page

field-what = क्या सेवा देते हैं
field-needs = किसमें मदद
field-serves = किसके लिए
field-languages = बोली जाने वाली भाषाएँ
field-asks-status = इमिग्रेशन स्टेटस पूछते हैं
field-asks-documents = कागज़ात माँगते हैं
field-shares-with-immigration = इमिग्रेशन अधिकारियों को जानकारी देते हैं
field-free = मुफ़्त
field-appointment = अपॉइंटमेंट ज़रूरी
field-walk-in = बिना अपॉइंटमेंट आ सकते हैं
field-what-to-bring = क्या साथ लाएँ
field-organization = चलाने वाली संस्था
field-address = पता
field-phone = फ़ोन
field-email = ईमेल
field-website = वेबसाइट
field-hours = खुलने का समय
field-location = जगह
field-source = स्रोत
field-source-note = स्रोत के बारे में
field-verified = आख़िरी बार पुष्टि
field-id = संदर्भ नंबर

precision-exact = सही जगह
precision-address = सड़क के पते से तय की गई जगह
# Variables:
#   $town (String) - the town whose centre is shown
precision-city = अनुमानित: { $town } के बीच में दिखाया गया है। पता जाँच लें।
precision-postal-code = अनुमानित: इसके पिन (पोस्टल) कोड इलाके के बीच में दिखाया गया है

## How old a record is

# Variables:
#   $months (Number) - whole months since the record was last confirmed
verified-months-ago = { $months ->
    [0] इस महीने
    [one] { $months } महीना पहले
   *[other] { $months } महीने पहले
}
# Variables:
#   $years (Number) - whole years since the record was last confirmed
verified-years-ago = { $years ->
    [one] { $years } साल पहले
   *[other] { $years } साल पहले
}
# Variables:
#   $when (String) - how long ago, like "3 years ago"
verified-old-warning = आख़िरी बार { $when } पुष्टि की गई। जानकारी बदल गई हो सकती है: जाने से पहले जाँच लें।

## Languages of the interface

# Variables:
#   $requested (String) - the language code asked for
#   $used (String) - the name of the language shown instead
lang-fallback = “{ $requested }” का अनुवाद नहीं है; { $used } में दिखा रहे हैं।
# Variables:
#   $language (String) - the name of this language
lang-draft-notice = यह { $language } अनुवाद एक ड्राफ़्ट है, जिसे अभी तक किसी मातृभाषी ने नहीं जाँचा है। जहाँ पाठ नहीं है, वहाँ आपको अंग्रेज़ी दिखेगी।
