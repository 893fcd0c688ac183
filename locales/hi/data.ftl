# NGO data in and out: HSDS and spreadsheet import, export and validation
# (`ponte import`, `ponte export`, `ponte validate`). Read by NGO volunteers: plain words,
# and always what to do.

## Problems in the files themselves (nothing is imported while one stands)

# Variables:
#   $table (String) - the HSDS table, like "location"
#   $field (String) - the field, like "latitude"
#   $expected (String) - what the field must hold, like "a number"
#   $value (String) - the value found
data-bad-type = { $table }.{ $field } में { $expected } होना चाहिए, लेकिन इसमें { $value } है।
# Variables:
#   $table (String) - the HSDS table, like "service"
data-missing-id = इस { $table } की कोई id नहीं है। हर service, location, organization और service_at_location की id होनी ज़रूरी है।
data-bad-utf8 = यह टेक्स्ट सही UTF-8 नहीं है। फ़ाइल को UTF-8 में सेव करें (स्प्रेडशीट में: “CSV UTF-8”)।
# Variables:
#   $reason (String) - what the JSON reader said
data-bad-json = यह सही JSON नहीं है: { $reason }।
# Variables:
#   $table (String) - the file or table name
data-unknown-table = { $table } ऐसी HSDS टेबल नहीं है जिसे Ponte पहचानता हो; इसे पढ़ा नहीं गया।
data-no-records = इस फ़ाइल में कोई HSDS रिकॉर्ड नहीं मिला।
data-unknown-object = Ponte पहचान नहीं पा रहा कि यह किस तरह का HSDS ऑब्जेक्ट है (service, organization, location या service_at_location)।
# Variables:
#   $bytes (String) - the size of the value
#   $limit (String) - the largest size allowed
data-too-long = यह वैल्यू { $bytes } बाइट लंबी है; सीमा { $limit } है। इतनी लंबी वैल्यू का मतलब है कि फ़ाइल ख़राब है, यह किसी सेवा का डेटा नहीं है।
# Variables:
#   $cells (String) - cells in the row
#   $columns (String) - columns in the header
data-cell-count = इस पंक्ति (row) में { $cells } सेल हैं, लेकिन हेडर में { $columns } कॉलम हैं: कहीं कोई कॉमा छूट गया या ज़्यादा है, या कोई उद्धरण चिह्न (quote) बंद नहीं हुआ?
# Variables:
#   $reason (String) - what the CSV reader said
data-bad-csv = यहाँ फ़ाइल सही CSV नहीं है: { $reason }।
# Variables:
#   $table (String) - the HSDS table
#   $value (String) - the id
data-duplicate-row = किसी दूसरी { $table } पंक्ति की id पहले से “{ $value }” है। हर पंक्ति की अपनी अलग id होनी चाहिए।
# Variables:
#   $table (String) - the table of the row
#   $field (String) - the link field, like "location_id"
#   $target (String) - the table it points to
#   $value (String) - the id it names
data-unknown-reference = { $table }.{ $field } में { $target } “{ $value }” लिखा है, जो डेटा में नहीं है। इसके बिना यह पंक्ति इस्तेमाल नहीं हो सकती: { $target } जोड़ें या id ठीक करें।
# Variables:
#   $table (String) - the table of the row
#   $field (String) - the link field
#   $target (String) - the table it points to
#   $value (String) - the id it names
data-dangling-reference = { $table }.{ $field } में { $target } “{ $value }” लिखा है, जो डेटा में नहीं है। वैल्यू जैसी लिखी थी वैसी ही रखी गई है।

## Mapping HSDS to Ponte

# Variables:
#   $need (String) - the need code given, like "health.mental"
#   $keyword (String) - the word that matched, like "counselling"
#   $text (String) - the name it was found in
data-needs-from-name = कोई taxonomy शब्द नहीं बताता कि यह सेवा क्या देती है, इसलिए मदद का प्रकार (need) { $need } “{ $text }” में आए शब्द “{ $keyword }” से लिया गया। इसे जाँच लें।
# Variables:
#   $value (String) - the language as written
data-unknown-language-name = “{ $value }” ऐसी भाषा नहीं है जिसे Ponte पहचानता हो; यह HSDS डेटा में रखी गई है, लेकिन बोली जाने वाली भाषाओं में नहीं दिखाई जाती।
# Variables:
#   $lat (String) - the latitude given
#   $lon (String) - the longitude given
data-impossible-coordinates = निर्देशांक { $lat }, { $lon } पृथ्वी पर कोई जगह नहीं हैं। इनका इस्तेमाल नहीं किया गया (हो सके तो रिकॉर्ड को उसके पते से नक़्शे पर रखा जाता है) और इन्हें जैसा लिखा था वैसा ही रखा गया है।
# Variables:
#   $value (String) - the phone number as written
data-unreadable-phone = “{ $value }” ऐसा फ़ोन नंबर नहीं है जिसे Ponte डायल कर सके; यह HSDS डेटा में रखा गया है, लेकिन दिखाया नहीं जाता।
# Variables:
#   $reason (String) - which part of the schedule, like "byweekno"
data-schedules-not-hours = शेड्यूल (schedules) में { $reason } इस्तेमाल हुआ है, जिसे Ponte खुलने के समय में नहीं बदल सकता; शेड्यूल जैसे लिखे थे वैसे ही रखे गए हैं और “अभी खुला है” पता नहीं होगा।
data-no-services = इस डेटा में कोई सेवा (service) नहीं है, इसलिए इंपोर्ट करने के लिए कुछ नहीं है (सिर्फ़ organization और location सेवा की जगह नहीं होते)।
# Variables:
#   $lang (String) - the language code assumed
data-assumed-language = HSDS यह नहीं बताता कि टेक्स्ट किस भाषा में हैं; Ponte ने “{ $lang }” मान लिया। अगर यह ग़लत है, तो --text-lang के साथ फिर से इंपोर्ट करें।
# Variables:
#   $value (String) - the Ponte id
#   $other (String) - where the first record with this id is
data-duplicate-id = दो रिकॉर्ड को एक ही Ponte id “{ $value }” मिलेगी (दूसरा { $other } पर है)। --id-prefix इस्तेमाल करें या id ठीक करें।

## ponte validate: what to fix before publishing

data-unplaced = इस जगह के न निर्देशांक हैं, न ऐसा कोई शहर जिसे Ponte ढूँढ सके, इसलिए इसे नक़्शे पर नहीं दिखाया जा सकता। lat और lon, या शहर (locality) जोड़ें।
# Variables:
#   $value (String) - the phone number
#   $country (String) - the record's country code, like "PT"
data-phone-unreadable = “{ $value }” को { $country } के फ़ोन नंबर की तरह नहीं पढ़ा जा सकता। इसे देश के कोड के साथ लिखें, जैसे +351 21 000 0000।
# Variables:
#   $value (String) - the phone number
#   $country (String) - the record's country code
data-phone-not-valid = “{ $value }” { $country } में चलने वाला नंबर नहीं लगता (लंबाई या शुरू के अंक ग़लत?)। इसे जाँच लें।
# Variables:
#   $date (String) - the verified_at date
#   $months (String) - the staleness threshold in months
data-stale = आख़िरी बार { $date } को पुष्टि की गई, { $months } महीने से ज़्यादा पहले। जाँचें कि यह अब भी सही है और verified_at अपडेट करें।
# Variables:
#   $value (String) - the source as written
data-source-not-public = स्रोत “{ $value }” किसी कंप्यूटर पर रखी फ़ाइल है, जिसे पढ़ने वाले खोल नहीं सकते। कोई वेब पता या दस्तावेज़ का नाम दें (HSDS के लिए: --source के साथ इंपोर्ट करें)।
# Variables:
#   $other (String) - the id of the other record
#   $metres (String) - the distance between them in metres
data-likely-duplicate = { $other } जैसा ही नाम, { $metres } मी दूर: क्या एक ही जगह दो बार डाली गई है?

## ponte import / export / validate: summaries

# Variables:
#   $services (Number) - records read
#   $errors (Number) - errors found
#   $warnings (Number) - warnings found
data-summary = { $services ->
    [one] { $services } रिकॉर्ड
   *[other] { $services } रिकॉर्ड
}, { $errors ->
    [one] { $errors } ग़लती
   *[other] { $errors } ग़लतियाँ
}, { $warnings ->
    [one] { $warnings } चेतावनी
   *[other] { $warnings } चेतावनियाँ
}।
# Variables:
#   $source (Number) - places with coordinates from the source
#   $city (Number) - places put at their town's centre
#   $postal (Number) - places put at their postal code's centre
#   $unplaced (Number) - places not placed
data-placement = जगहें: { $source } स्रोत के निर्देशांक के साथ, { $city } अपने शहर के बीच में, { $postal } अपने पिन (पोस्टल) कोड इलाके के बीच में, { $unplaced } नक़्शे पर नहीं रखी गईं।
# Variables:
#   $count (Number) - places placed by town that gave a postal code
data-postal-not-used = { $count ->
    [one] { $count } जगह ने पिन (पोस्टल) कोड दिया जो इस्तेमाल नहीं हुआ: Ponte के पास अभी ऑफ़लाइन पिन कोड डेटा नहीं है, इसलिए उसे उसके शहर के बीच में रखा गया।
   *[other] { $count } जगहों ने पिन (पोस्टल) कोड दिए जो इस्तेमाल नहीं हुए: Ponte के पास अभी ऑफ़लाइन पिन कोड डेटा नहीं है, इसलिए उन्हें उनके शहर के बीच में रखा गया।
}
# Variables:
#   $id (String) - the record's id
#   $reason (String) - why it was not placed
data-unplaced-item = नक़्शे पर नहीं रखा गया: { $id }: { $reason }
data-fix-errors = ऊपर की ग़लतियाँ ठीक करें: कुछ भी लिखा नहीं गया।
# Variables:
#   $path (String) - the file or folder written
data-written = लिखा गया: { $path }
# Variables:
#   $count (Number) - records exported
#   $path (String) - where
data-exported = { $count ->
    [one] { $count } रिकॉर्ड { $path } में एक्सपोर्ट किया गया।
   *[other] { $count } रिकॉर्ड { $path } में एक्सपोर्ट किए गए।
}
# Variables:
#   $done (Number) - records done
#   $total (Number) - records in all
data-progress = { $total } में से { $done }…
data-example-row = यह टेम्पलेट की नमूना पंक्ति है: प्रकाशित करने से पहले इसे मिटा दें।
# Variables:
#   $count (Number) - records without a point
data-geojson-left-out = { $count ->
    [one] { $count } रिकॉर्ड का कोई पॉइंट नहीं है (फ़ोन लाइन, या ऐसी जगह जो अभी नक़्शे पर नहीं है), इसलिए वह GeoJSON में नहीं है।
   *[other] { $count } रिकॉर्ड का कोई पॉइंट नहीं है (फ़ोन लाइनें, या ऐसी जगहें जो अभी नक़्शे पर नहीं हैं), इसलिए वे GeoJSON में नहीं हैं।
}

## ponte import / export: bad options

# Variables:
#   $value (String) - what was given
data-bad-text-lang = --text-lang “{ $value }” भाषा का कोड नहीं है (ISO 639-1 या 639-3, जैसे pt या kea)।
# Variables:
#   $value (String) - what was given
data-bad-verified-at = --verified-at “{ $value }” 2024-03-19 जैसी तारीख़ नहीं है।
# Variables:
#   $path (String) - the source given
data-looks-like-hsds = { $path } HSDS जैसा लगता है: `ponte import hsds` इस्तेमाल करें।
# Variables:
#   $path (String) - the source given
data-not-hsds = { $path } HSDS नहीं है (न .json फ़ाइल, न HSDS CSV पैकेज वाला फ़ोल्डर): टेम्पलेट के लिए `ponte import csv` इस्तेमाल करें।
