# Strings shared by the app and the command line.

## Needs (the taxonomy in data/README.md). Short: they label big tiles.

need-one-stop-shop = एकै ठाउँमा सबै सेवा
need-health = स्वास्थ्य
need-health-emergency = आकस्मिक उपचार
need-health-primary = डाक्टर
need-health-mental = मानसिक स्वास्थ्य
need-health-sexual-reproductive = यौन तथा प्रजनन स्वास्थ्य
need-education = शिक्षा
need-education-school-enrolment = बालबालिकाका लागि स्कुल
need-education-language-classes = भाषा कक्षा
need-education-vocational = सीप तालिम
need-housing = बस्ने ठाउँ
need-housing-shelter = आज रातको बास
need-housing-tenancy-advice = घरभाडा सल्लाह
need-legal-aid = कानुनी सहायता
need-legal-aid-immigration = अध्यागमन र शरण
need-legal-aid-regularisation = बसोबास अनुमतिका कागजपत्र
need-legal-aid-labour = काममा कानुनी सहायता
need-work = काम
need-work-recruitment = सुरक्षित रूपमा काम खोज्ने
need-work-wage-claims = नपाएको तलब
need-social-protection = सामाजिक सहायता
need-violence-support = हिंसापीडितलाई सहायता
need-violence-support-trafficking = मानव बेचबिखन र जबरजस्ती श्रम
need-child-protection = बालबालिका
need-documents = कागजपत्र
need-interpretation = दोभासे
need-food = खाना र अत्यावश्यक सामान
need-money = पैसा
need-money-remittances = घरमा पैसा पठाउने
need-money-banking = बैंक खाता
need-return = घर फर्किने
need-complaints = उजुरी
need-complaints-labour-inspection = श्रम निरीक्षण
need-complaints-human-rights = मानव अधिकार निकाय
need-information = जानकारी र सल्लाह

## Who a service is for

serves-all = सबैजना
serves-women = महिला
serves-children = बालबालिका
serves-unaccompanied-minors = एक्लै रहेका बालबालिका
serves-survivors-of-violence = हिंसाबाट बचेका व्यक्ति
serves-workers = कामदार
serves-families = परिवार
serves-lgbtiq = LGBTIQ व्यक्ति

## Distances and directions

# Variables:
#   $meters (Number) - distance in metres, under 1000
distance-meters = { NUMBER($meters, maximumFractionDigits: 0) } मि.
# Variables:
#   $kilometers (Number) - distance in kilometres
distance-kilometers = { NUMBER($kilometers, maximumFractionDigits: 1) } कि.मि.
# For places known only approximately (a town's centre), when the person is within the
# town's reach.
# Variables:
#   $distance (String) - the town's reach, like "5 km"
distance-within-about = लगभग { $distance } भित्र
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
distance-direction = { $direction } तर्फ { $distance }

## Opening status, always in the service's own time

status-open = अहिले खुला
status-closed = अहिले बन्द
status-unknown = खुल्ने समय थाहा छैन
# Variables:
#   $time (String) - closing time, like "17:00"
status-open-until = { $time } सम्म खुला
# Variables:
#   $time (String) - closing time, like "17:00"
status-closes-soon = छिट्टै बन्द हुन्छ ({ $time })
# Variables:
#   $time (String) - opening time today, like "09:00"
status-opens-at = { $time } बजे खुल्छ
# Variables:
#   $day (String) - a weekday name, like "Monday"
#   $time (String) - opening time, like "09:00"
status-opens-on = { $day } { $time } बजे खुल्छ
status-hours-unreadable = लेखिएअनुसारको समय (पढ्न सकिएन)
# Variables:
#   $zone (String) - an IANA time zone, like "Europe/Lisbon"
status-time-zone = समय स्थानीय हो ({ $zone })

weekday-1 = सोमबार
weekday-2 = मङ्गलबार
weekday-3 = बुधबार
weekday-4 = बिहीबार
weekday-5 = शुक्रबार
weekday-6 = शनिबार
weekday-7 = आइतबार
hours-closed-all-day = बन्द
hours-today = आज

## Badges on results

badge-free = निःशुल्क
badge-no-documents = कागजपत्र माग्दैन
badge-no-status = कागज छ कि छैन सोध्दैन
badge-firewall = अध्यागमनलाई जानकारी दिँदैन
badge-shares-with-immigration = अध्यागमनलाई जानकारी दिन सक्छ
badge-one-stop-shop = एकै ठाउँमा सबै सेवा
badge-walk-in = सिधै आउन सकिन्छ
badge-appointment = पहिले समय लिनुपर्छ
badge-approximate = अनुमानित स्थान
badge-phone-line = फोन लाइन
badge-emergency = आपतकालीन नम्बर

## Answers to yes/no questions about a service

answer-yes = हो
answer-no = होइन
answer-unknown = थाहा छैन

## Labels on a service's page

field-what = के सेवा दिन्छन्
field-needs = केमा सहयोग
field-serves = कसका लागि
field-languages = बोलिने भाषा
field-asks-status = आप्रवासन स्थिति (कागज छ कि छैन) सोध्छ
field-asks-documents = कागजपत्र माग्छ
field-shares-with-immigration = अध्यागमन अधिकारीलाई जानकारी दिन्छ
field-free = निःशुल्क
field-appointment = पहिले समय लिनुपर्छ
field-walk-in = समय नलिई आउन सकिन्छ
field-what-to-bring = के लिएर आउने
field-organization = सञ्चालक
field-address = ठेगाना
field-phone = फोन
field-email = इमेल
field-website = वेबसाइट
field-hours = खुल्ने समय
field-location = स्थान
field-source = स्रोत
field-source-note = स्रोतबारे
field-verified = पछिल्लो पटक पुष्टि
field-id = सन्दर्भ नम्बर

precision-exact = ठ्याक्कै स्थान
precision-address = सडक ठेगानाबाट पत्ता लगाइएको स्थान
# Variables:
#   $town (String) - the town whose centre is shown
precision-city = अनुमानित: { $town } को बीचमा देखाइएको छ। ठेगाना जाँच गर्नुहोस्।
precision-postal-code = अनुमानित: यसको हुलाक कोड क्षेत्रको बीचमा देखाइएको छ

## How old a record is

# Variables:
#   $months (Number) - whole months since the record was last confirmed
verified-months-ago = { $months ->
    [0] यो महिना
    [one] { $months } महिना अघि
   *[other] { $months } महिना अघि
}
# Variables:
#   $years (Number) - whole years since the record was last confirmed
verified-years-ago = { $years ->
    [one] { $years } वर्ष अघि
   *[other] { $years } वर्ष अघि
}
# Variables:
#   $when (String) - how long ago, like "3 years ago"
verified-old-warning = पछिल्लो पटक { $when } पुष्टि गरिएको। विवरण बदलिएको हुन सक्छ: जानुअघि जाँच गर्नुहोस्।

## Languages of the interface

# Variables:
#   $requested (String) - the language code asked for
#   $used (String) - the name of the language shown instead
lang-fallback = “{ $requested }” को अनुवाद छैन; { $used } मा देखाइँदै छ।
# Variables:
#   $language (String) - the name of this language
lang-draft-notice = यो { $language } अनुवाद मस्यौदा हो, जुन मातृभाषीले अहिलेसम्म जाँचेका छैनन्। जहाँ पाठ छैन, त्यहाँ तपाईं अङ्ग्रेजी देख्नुहुनेछ।
