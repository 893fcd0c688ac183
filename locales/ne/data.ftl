# NGO data in and out: HSDS and spreadsheet import, export and validation
# (`ponte import`, `ponte export`, `ponte validate`). Read by NGO volunteers: plain words,
# and always what to do.

## Problems in the files themselves (nothing is imported while one stands)

# Variables:
#   $table (String) - the HSDS table, like "location"
#   $field (String) - the field, like "latitude"
#   $expected (String) - what the field must hold, like "a number"
#   $value (String) - the value found
data-bad-type = { $table }.{ $field } मा { $expected } हुनुपर्छ, तर यसमा { $value } छ।
# Variables:
#   $table (String) - the HSDS table, like "service"
data-missing-id = यो { $table } को id छैन। हरेक service, location, organization र service_at_location मा id हुनैपर्छ।
data-bad-utf8 = यो पाठ मान्य UTF-8 होइन। फाइललाई UTF-8 मा सेभ गर्नुहोस् (स्प्रेडसिटमा: “CSV UTF-8”)।
# Variables:
#   $reason (String) - what the JSON reader said
data-bad-json = यो मान्य JSON होइन: { $reason }।
# Variables:
#   $table (String) - the file or table name
data-unknown-table = { $table } Ponte ले चिन्ने HSDS तालिका (table) होइन; यसलाई पढिएन।
data-no-records = यो फाइलमा कुनै HSDS रेकर्ड भेटिएन।
data-unknown-object = यो कुन किसिमको HSDS वस्तु (object) हो, Ponte ले छुट्याउन सकेन (service, organization, location वा service_at_location)।
# Variables:
#   $bytes (String) - the size of the value
#   $limit (String) - the largest size allowed
data-too-long = यो मान { $bytes } बाइट लामो छ; सीमा { $limit } हो। यति लामो मान भनेको बिग्रिएको फाइल हो, कुनै सेवाको डेटा होइन।
# Variables:
#   $cells (String) - cells in the row
#   $columns (String) - columns in the header
data-cell-count = यो पङ्क्ति (row) मा { $cells } कोठा (cell) छन्, तर हेडरमा { $columns } स्तम्भ (column) छन्: कतै अल्पविराम (comma) छुटेको वा बढी भएको, वा उद्धरण चिह्न (quote) बन्द नभएको हो कि?
# Variables:
#   $reason (String) - what the CSV reader said
data-bad-csv = यहाँ फाइल मान्य CSV छैन: { $reason }।
# Variables:
#   $table (String) - the HSDS table
#   $value (String) - the id
data-duplicate-row = अर्को { $table } पङ्क्तिमा पहिले नै “{ $value }” id छ। हरेक पङ्क्तिको आफ्नै छुट्टै id चाहिन्छ।
# Variables:
#   $table (String) - the table of the row
#   $field (String) - the link field, like "location_id"
#   $target (String) - the table it points to
#   $value (String) - the id it names
data-unknown-reference = { $table }.{ $field } ले { $target } “{ $value }” जनाउँछ, तर त्यो डेटामा छैन। त्यसबिना यो पङ्क्ति प्रयोग गर्न सकिँदैन: { $target } थप्नुहोस् वा id सच्याउनुहोस्।
# Variables:
#   $table (String) - the table of the row
#   $field (String) - the link field
#   $target (String) - the table it points to
#   $value (String) - the id it names
data-dangling-reference = { $table }.{ $field } ले { $target } “{ $value }” जनाउँछ, तर त्यो डेटामा छैन। मान जस्तो लेखिएको थियो त्यस्तै राखिएको छ।

## Mapping HSDS to Ponte

# Variables:
#   $need (String) - the need code given, like "health.mental"
#   $keyword (String) - the word that matched, like "counselling"
#   $text (String) - the name it was found in
data-needs-from-name = यो सेवाले के दिन्छ भन्ने कुनै taxonomy शब्द छैन, त्यसैले सहायताको किसिम (need) { $need } “{ $text }” मा भएको “{ $keyword }” शब्दबाट लिइयो। यसलाई जाँच गर्नुहोस्।
# Variables:
#   $value (String) - the language as written
data-unknown-language-name = “{ $value }” Ponte ले चिन्ने भाषा होइन; यो HSDS डेटामा राखिएको छ, तर बोलिने भाषाको सूचीमा देखाइँदैन।
# Variables:
#   $lat (String) - the latitude given
#   $lon (String) - the longitude given
data-impossible-coordinates = { $lat }, { $lon } निर्देशाङ्क पृथ्वीको कुनै ठाउँ होइनन्। यिनलाई प्रयोग गरिएन (सकिन्छ भने रेकर्डलाई ठेगानाबाट नक्सामा राखिन्छ) र जस्तो लेखिएको थियो त्यस्तै राखिएको छ।
# Variables:
#   $value (String) - the phone number as written
data-unreadable-phone = “{ $value }” Ponte ले डायल गर्न सक्ने फोन नम्बर होइन; यो HSDS डेटामा राखिएको छ, तर देखाइँदैन।
# Variables:
#   $reason (String) - which part of the schedule, like "byweekno"
data-schedules-not-hours = तालिका (schedules) ले { $reason } प्रयोग गर्छ, जसलाई Ponte ले खुल्ने समयमा बदल्न सक्दैन; तालिका जस्तो लेखिएको थियो त्यस्तै राखिएको छ र “अहिले खुला” थाहा हुँदैन।
data-no-services = यो डेटामा कुनै सेवा (service) छैन, त्यसैले आयात (import) गर्ने केही छैन (organization र location मात्र भएर सेवा दिने ठाउँ बन्दैन)।
# Variables:
#   $lang (String) - the language code assumed
data-assumed-language = पाठहरू कुन भाषामा छन्, HSDS ले भन्दैन; Ponte ले “{ $lang }” मान्यो। त्यो गलत हो भने, --text-lang राखेर फेरि आयात (import) गर्नुहोस्।
# Variables:
#   $value (String) - the Ponte id
#   $other (String) - where the first record with this id is
data-duplicate-id = दुई रेकर्डले एउटै Ponte id “{ $value }” पाउनेछन् (अर्को { $other } मा छ)। --id-prefix प्रयोग गर्नुहोस् वा id हरू सच्याउनुहोस्।

## ponte validate: what to fix before publishing

data-unplaced = यो ठाउँको निर्देशाङ्क छैन, र Ponte ले यसको सहर पनि भेट्टाउन सकेन, त्यसैले यसलाई नक्सामा देखाउन सकिँदैन। lat र lon, वा सहर (locality) थप्नुहोस्।
# Variables:
#   $value (String) - the phone number
#   $country (String) - the record's country code, like "PT"
data-phone-unreadable = “{ $value }” लाई { $country } को फोन नम्बरका रूपमा पढ्न सकिँदैन। देशको कोडसहित लेख्नुहोस्, जस्तै +351 21 000 0000।
# Variables:
#   $value (String) - the phone number
#   $country (String) - the record's country code
data-phone-not-valid = “{ $value }” { $country } मा चलिरहेको नम्बरजस्तो देखिँदैन (लम्बाइ वा सुरुका अङ्क गलत?)। जाँच गर्नुहोस्।
# Variables:
#   $date (String) - the verified_at date
#   $months (String) - the staleness threshold in months
data-stale = पछिल्लो पटक { $date } मा पुष्टि गरिएको, { $months } महिनाभन्दा पहिले। यो अझै सही छ कि छैन जाँच गर्नुहोस् र verified_at अपडेट गर्नुहोस्।
# Variables:
#   $value (String) - the source as written
data-source-not-public = स्रोत “{ $value }” कम्प्युटरमा भएको एउटा फाइल हो, जुन पाठकहरूले खोल्न सक्दैनन्। वेब ठेगाना वा कागजातको नाम दिनुहोस् (HSDS का लागि: --source राखेर आयात गर्नुहोस्)।
# Variables:
#   $other (String) - the id of the other record
#   $metres (String) - the distance between them in metres
data-likely-duplicate = { $other } सँग उही नाम, { $metres } मि. टाढा: एउटै ठाउँ दुई पटक हालिएको हो कि?

## ponte import / export / validate: summaries

# Variables:
#   $services (Number) - records read
#   $errors (Number) - errors found
#   $warnings (Number) - warnings found
data-summary = { $services ->
    [one] { $services } रेकर्ड
   *[other] { $services } वटा रेकर्ड
}, { $errors ->
    [one] { $errors } त्रुटि
   *[other] { $errors } वटा त्रुटि
}, { $warnings ->
    [one] { $warnings } चेतावनी
   *[other] { $warnings } वटा चेतावनी
}।
# Variables:
#   $source (Number) - places with coordinates from the source
#   $city (Number) - places put at their town's centre
#   $postal (Number) - places put at their postal code's centre
#   $unplaced (Number) - places not placed
data-placement = ठाउँहरू: { $source } स्रोतकै निर्देशाङ्कसहित, { $city } आफ्नो सहरको बीचमा, { $postal } आफ्नो हुलाक कोड क्षेत्रको बीचमा, { $unplaced } नक्सामा राखिएनन्।
# Variables:
#   $count (Number) - places placed by town that gave a postal code
data-postal-not-used = { $count ->
    [one] { $count } ठाउँले हुलाक कोड दियो तर त्यो प्रयोग भएन: Ponte सँग अहिलेसम्म अफलाइन हुलाक कोड डेटा छैन, त्यसैले त्यसलाई आफ्नो सहरको बीचमा राखियो।
   *[other] { $count } वटा ठाउँले हुलाक कोड दिए तर ती प्रयोग भएनन्: Ponte सँग अहिलेसम्म अफलाइन हुलाक कोड डेटा छैन, त्यसैले तिनलाई आफ्नो सहरको बीचमा राखियो।
}
# Variables:
#   $id (String) - the record's id
#   $reason (String) - why it was not placed
data-unplaced-item = नक्सामा राखिएन: { $id }: { $reason }
data-fix-errors = माथिका त्रुटिहरू सच्याउनुहोस्: केही पनि लेखिएन।
# Variables:
#   $path (String) - the file or folder written
data-written = लेखियो: { $path }
# Variables:
#   $count (Number) - records exported
#   $path (String) - where
data-exported = { $count ->
    [one] { $count } रेकर्ड { $path } मा निर्यात (export) गरियो।
   *[other] { $count } वटा रेकर्ड { $path } मा निर्यात (export) गरियो।
}
# Variables:
#   $done (Number) - records done
#   $total (Number) - records in all
data-progress = { $total } मध्ये { $done }…
data-example-row = यो टेम्प्लेटको नमुना पङ्क्ति हो: प्रकाशित गर्नुअघि यसलाई मेटाउनुहोस्।
# Variables:
#   $count (Number) - records without a point
data-geojson-left-out = { $count ->
    [one] { $count } रेकर्डको बिन्दु (point) छैन (फोन लाइन, वा अहिलेसम्म नक्सामा नभएको ठाउँ), त्यसैले यो GeoJSON मा छैन।
   *[other] { $count } वटा रेकर्डको बिन्दु (point) छैन (फोन लाइन, वा अहिलेसम्म नक्सामा नभएका ठाउँ), त्यसैले ती GeoJSON मा छैनन्।
}

## ponte import / export: bad options

# Variables:
#   $value (String) - what was given
data-bad-text-lang = --text-lang “{ $value }” भाषाको कोड होइन (ISO 639-1 वा 639-3, जस्तै pt वा kea)।
# Variables:
#   $value (String) - what was given
data-bad-verified-at = --verified-at “{ $value }” 2024-03-19 जस्तो मिति होइन।
# Variables:
#   $path (String) - the source given
data-looks-like-hsds = { $path } HSDS जस्तो देखिन्छ: `ponte import hsds` प्रयोग गर्नुहोस्।
# Variables:
#   $path (String) - the source given
data-not-hsds = { $path } HSDS होइन (न .json फाइल, न HSDS CSV प्याकेज भएको फोल्डर): टेम्प्लेटका लागि `ponte import csv` प्रयोग गर्नुहोस्।
