# NGO data in and out: HSDS and spreadsheet import, export and validation
# (`ponte import`, `ponte export`, `ponte validate`). Read by NGO volunteers: plain words,
# and always what to do.
# Note for Arabic: "table.field" is written as "the field X in the table Y", so that right-to-left
# display does not swap the two names around the dot.

## Problems in the files themselves (nothing is imported while one stands)

# Variables:
#   $table (String) - the HSDS table, like "location"
#   $field (String) - the field, like "latitude"
#   $expected (String) - what the field must hold, like "a number"
#   $value (String) - the value found
data-bad-type = الحقل { $field } في الجدول { $table } يجب أن يكون { $expected }، لكن قيمته { $value }.
# Variables:
#   $table (String) - the HSDS table, like "service"
data-missing-id = هذا السجل من نوع { $table } ليس له معرّف (id). كلٌّ من service و location و organization و service_at_location يحتاج إلى معرّف.
data-bad-utf8 = هذا النص ليس بترميز UTF-8 صالح. احفظ الملف بترميز UTF-8 (في برامج الجداول: «CSV UTF-8»).
# Variables:
#   $reason (String) - what the JSON reader said
data-bad-json = هذا ليس JSON صالحًا: { $reason }.
# Variables:
#   $table (String) - the file or table name
data-unknown-table = { $table } ليس جدول HSDS يعرفه Ponte؛ لم تتمّ قراءته.
data-no-records = لم يُعثر على أي سجلات HSDS في هذا الملف.
data-unknown-object = لا يستطيع Ponte معرفة نوع كائن HSDS هذا (service أو organization أو location أو service_at_location).
# Variables:
#   $bytes (String) - the size of the value
#   $limit (String) - the largest size allowed
data-too-long = طول هذه القيمة بالبايت: { $bytes }، والحد الأقصى: { $limit }. قيمة بهذا الطول تعني أن الملف تالف، وليست بيانات خدمة.
# Variables:
#   $cells (String) - cells in the row
#   $columns (String) - columns in the header
data-cell-count = عدد الخلايا في هذا الصف { $cells }، لكن عدد الأعمدة في صف العناوين { $columns }: هل هناك فاصلة ناقصة أو زائدة، أو علامة اقتباس لم تُغلق؟
# Variables:
#   $reason (String) - what the CSV reader said
data-bad-csv = الملف ليس CSV صالحًا في هذا الموضع: { $reason }.
# Variables:
#   $table (String) - the HSDS table
#   $value (String) - the id
data-duplicate-row = يوجد صف آخر في الجدول { $table } له المعرّف «{ $value }». يحتاج كل صف إلى معرّف خاص به.
# Variables:
#   $table (String) - the table of the row
#   $field (String) - the link field, like "location_id"
#   $target (String) - the table it points to
#   $value (String) - the id it names
data-unknown-reference = الحقل { $field } في الجدول { $table } يشير إلى { $target } «{ $value }»، وهو غير موجود في البيانات. بدونه لا يمكن استخدام هذا الصف: أضف صف { $target } الناقص أو صحّح المعرّف.
# Variables:
#   $table (String) - the table of the row
#   $field (String) - the link field
#   $target (String) - the table it points to
#   $value (String) - the id it names
data-dangling-reference = الحقل { $field } في الجدول { $table } يشير إلى { $target } «{ $value }»، وهو غير موجود في البيانات. أُبقيت القيمة كما كُتبت.

## Mapping HSDS to Ponte

# Variables:
#   $need (String) - the need code given, like "health.mental"
#   $keyword (String) - the word that matched, like "counselling"
#   $text (String) - the name it was found in
data-needs-from-name = لا يوجد مصطلح تصنيف يبيّن ما تقدّمه هذه الخدمة، لذلك أُخذت الحاجة { $need } من الكلمة «{ $keyword }» في «{ $text }». تحقّق منها.
# Variables:
#   $value (String) - the language as written
data-unknown-language-name = «{ $value }» ليست لغة يعرفها Ponte؛ أُبقيت في بيانات HSDS، لكنها لا تظهر ضمن اللغات المستخدمة.
# Variables:
#   $lat (String) - the latitude given
#   $lon (String) - the longitude given
data-impossible-coordinates = الإحداثيات { $lat }، { $lon } ليست مكانًا على الأرض. لم تُستخدم (يُحدَّد مكان السجل من عنوانه إن أمكن)، وأُبقيت كما كُتبت.
# Variables:
#   $value (String) - the phone number as written
data-unreadable-phone = «{ $value }» ليس رقم هاتف يستطيع Ponte الاتصال به؛ أُبقي في بيانات HSDS، لكنه لا يُعرض.
# Variables:
#   $reason (String) - which part of the schedule, like "byweekno"
data-schedules-not-hours = تستخدم الجداول الزمنية (schedules) { $reason }، ولا يستطيع Ponte تحويل ذلك إلى ساعات عمل؛ أُبقيت كما كُتبت، وحالة «مفتوح الآن» غير معروفة.
data-no-services = لا توجد خدمات في هذه البيانات، فلا شيء للاستيراد (المنظمات والمواقع وحدها ليست نقاط خدمة).
# Variables:
#   $lang (String) - the language code assumed
data-assumed-language = لا يذكر HSDS لغة النصوص؛ افترض Ponte أنها «{ $lang }». إذا كان ذلك خطأ، فاستورد البيانات مرة أخرى مع --text-lang.
# Variables:
#   $value (String) - the Ponte id
#   $other (String) - where the first record with this id is
data-duplicate-id = سيحصل سجلّان على معرّف Ponte نفسه «{ $value }» (السجل الآخر في { $other }). استخدم --id-prefix أو صحّح المعرّفات.

## ponte validate: what to fix before publishing

data-unplaced = ليس لهذا المكان إحداثيات ولا بلدة استطاع Ponte إيجادها، لذلك لا يمكن عرضه على الخريطة. أضف lat و lon، أو البلدة (locality).
# Variables:
#   $value (String) - the phone number
#   $country (String) - the record's country code, like "PT"
data-phone-unreadable = لا يمكن قراءة «{ $value }» كرقم هاتف في البلد { $country }. اكتبه مع رمز البلد، مثل +351 21 000 0000.
# Variables:
#   $value (String) - the phone number
#   $country (String) - the record's country code
data-phone-not-valid = لا يبدو أن «{ $value }» رقم مستخدم في البلد { $country } (طول أو بادئة غير صحيحة؟). تحقّق منه.
# Variables:
#   $date (String) - the verified_at date
#   $months (String) - the staleness threshold in months
data-stale = آخر تأكيد في { $date }، أي منذ أكثر من { $months } شهرًا. تحقّق من أن المعلومات ما زالت صحيحة، وحدّث verified_at.
# Variables:
#   $value (String) - the source as written
data-source-not-public = المصدر «{ $value }» ملف على حاسوب، ولا يستطيع القرّاء فتحه. اكتب عنوان موقع إلكتروني أو اسم وثيقة (لبيانات HSDS: استورد مع --source).
# Variables:
#   $other (String) - the id of the other record
#   $metres (String) - the distance between them in metres
data-likely-duplicate = الاسم نفسه مثل { $other }، على بعد { $metres } م: هل أُدخل المكان نفسه مرتين؟

## ponte import / export / validate: summaries

# Variables:
#   $services (Number) - records read
#   $errors (Number) - errors found
#   $warnings (Number) - warnings found
data-summary = { $services ->
    [zero] لا توجد سجلات
    [one] سجل واحد
    [two] سجلّان
    [few] { $services } سجلات
    [many] { $services } سجلًا
   *[other] { $services } سجل
}، { $errors ->
    [zero] لا أخطاء
    [one] خطأ واحد
    [two] خطآن
    [few] { $errors } أخطاء
    [many] { $errors } خطأً
   *[other] { $errors } خطأ
}، { $warnings ->
    [zero] لا تحذيرات
    [one] تحذير واحد
    [two] تحذيران
    [few] { $warnings } تحذيرات
    [many] { $warnings } تحذيرًا
   *[other] { $warnings } تحذير
}.
# Variables:
#   $source (Number) - places with coordinates from the source
#   $city (Number) - places put at their town's centre
#   $postal (Number) - places put at their postal code's centre
#   $unplaced (Number) - places not placed
data-placement = الأماكن: { $source } بإحداثيات من المصدر، و{ $city } في وسط بلدتها، و{ $postal } في وسط منطقة رمزها البريدي، و{ $unplaced } بلا موقع.
# Variables:
#   $count (Number) - places placed by town that gave a postal code
data-postal-not-used = { $count ->
    [zero] لا يوجد مكان أُعطي رمزًا بريديًا لم يُستخدم.
    [one] لم يُستخدم الرمز البريدي المُعطى لمكان واحد: لا توجد في Ponte بعدُ بيانات رموز بريدية تعمل بدون إنترنت، لذلك وُضع في وسط بلدته.
    [two] لم يُستخدم الرمز البريدي المُعطى لمكانين: لا توجد في Ponte بعدُ بيانات رموز بريدية تعمل بدون إنترنت، لذلك وُضع كلٌّ منهما في وسط بلدته.
    [few] لم تُستخدم الرموز البريدية المُعطاة لـ{ $count } أماكن: لا توجد في Ponte بعدُ بيانات رموز بريدية تعمل بدون إنترنت، لذلك وُضع كلٌّ منها في وسط بلدته.
    [many] لم تُستخدم الرموز البريدية المُعطاة لـ{ $count } مكانًا: لا توجد في Ponte بعدُ بيانات رموز بريدية تعمل بدون إنترنت، لذلك وُضع كلٌّ منها في وسط بلدته.
   *[other] لم تُستخدم الرموز البريدية المُعطاة لـ{ $count } مكان: لا توجد في Ponte بعدُ بيانات رموز بريدية تعمل بدون إنترنت، لذلك وُضع كلٌّ منها في وسط بلدته.
}
# Variables:
#   $id (String) - the record's id
#   $reason (String) - why it was not placed
data-unplaced-item = بلا موقع: { $id }: { $reason }
data-fix-errors = صحّح الأخطاء أعلاه: لم يُكتب أي شيء.
# Variables:
#   $path (String) - the file or folder written
data-written = كُتب: { $path }
# Variables:
#   $count (Number) - records exported
#   $path (String) - where
data-exported = { $count ->
    [zero] لم يُصدَّر أي سجل إلى { $path }.
    [one] تم تصدير سجل واحد إلى { $path }.
    [two] تم تصدير سجلّين إلى { $path }.
    [few] تم تصدير { $count } سجلات إلى { $path }.
    [many] تم تصدير { $count } سجلًا إلى { $path }.
   *[other] تم تصدير { $count } سجل إلى { $path }.
}
# Variables:
#   $done (Number) - records done
#   $total (Number) - records in all
data-progress = { $done } من { $total }…
data-example-row = هذا هو صف المثال في القالب: احذفه قبل النشر.
# Variables:
#   $count (Number) - records without a point
data-geojson-left-out = { $count ->
    [zero] لا توجد سجلات بلا نقطة على الخريطة.
    [one] سجل واحد بلا نقطة على الخريطة (خط هاتفي، أو مكان لم يُحدَّد موقعه بعد)، لذلك لم يُدرَج في ملف GeoJSON.
    [two] سجلّان بلا نقطة على الخريطة (خطوط هاتفية، أو أماكن لم يُحدَّد موقعها بعد)، لذلك لم يُدرَجا في ملف GeoJSON.
    [few] { $count } سجلات بلا نقطة على الخريطة (خطوط هاتفية، أو أماكن لم يُحدَّد موقعها بعد)، لذلك لم تُدرَج في ملف GeoJSON.
    [many] { $count } سجلًا بلا نقطة على الخريطة (خطوط هاتفية، أو أماكن لم يُحدَّد موقعها بعد)، لذلك لم تُدرَج في ملف GeoJSON.
   *[other] { $count } سجل بلا نقطة على الخريطة (خطوط هاتفية، أو أماكن لم يُحدَّد موقعها بعد)، لذلك لم تُدرَج في ملف GeoJSON.
}

## ponte import / export: bad options

# Variables:
#   $value (String) - what was given
data-bad-text-lang = القيمة «{ $value }» للخيار --text-lang ليست رمز لغة (ISO 639-1 أو 639-3، مثل pt أو kea).
# Variables:
#   $value (String) - what was given
data-bad-verified-at = القيمة «{ $value }» للخيار --verified-at ليست تاريخًا بصيغة مثل 2024-03-19.
# Variables:
#   $path (String) - the source given
data-looks-like-hsds = يبدو أن { $path } بيانات HSDS: استخدم `ponte import hsds`.
# Variables:
#   $path (String) - the source given
data-not-hsds = { $path } ليس بيانات HSDS (ملف JSON، أو مجلد فيه حزمة CSV بصيغة HSDS): استخدم `ponte import csv` للقالب.
