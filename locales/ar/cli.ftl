# The `ponte` command line.

## ponte search

# Variables:
#   $place (String) - the place searched near, like "Lisbon"
#   $country (String) - its country, like "Portugal"
#   $point (String) - its coordinates, like "38.72509,-9.14980"
cli-search-near = قرب { $place }، { $country } ({ $point })
# Variables:
#   $point (String) - coordinates, like "16.71000,98.57000"
cli-search-near-point = قرب { $point }
# Variables:
#   $others (String) - other places with the same name, comma-separated
cli-search-also = أماكن أخرى بهذا الاسم: { $others }. أضف رمز البلد («Cartagena, CO») أو أدخل الإحداثيات.
cli-search-none = لا توجد في الدليل أي خدمة تطابق هذه المرشّحات، على أي مسافة.
# Variables:
#   $radius (String) - the radius asked for, like "5 km"
#   $distance (String) - distance of the nearest result, like "37 km"
cli-search-widened = لا يوجد شيء ضمن { $radius }. أقرب الخدمات المطابقة أبعد من ذلك، ابتداءً من { $distance }.
# Variables:
#   $distance (String) - distance of the nearest result, like "120 km"
cli-search-far = أقرب خدمة مطابقة تبعد { $distance }.
# Variables:
#   $count (Number) - number of results shown
cli-search-count = { $count ->
    [zero] لا توجد خدمات
    [one] خدمة واحدة
    [two] خدمتان
    [few] { $count } خدمات
    [many] { $count } خدمة
   *[other] { $count } خدمة
}
# Variables:
#   $country (String) - country name, like "Portugal"
cli-search-phone-lines = الخطوط الهاتفية وأرقام الطوارئ في { $country }
cli-col-distance = المسافة
cli-col-name = الاسم
cli-col-open = الآن
cli-col-languages = اللغات
cli-col-verified = التأكيد
cli-col-id = المرجع
cli-col-notes = ملاحظات
cli-hint-show = التفاصيل: ponte show <المرجع>

## Errors (exit code 2: something in the command needs fixing)

# Variables:
#   $query (String) - what the person typed
cli-place-not-found = لا يوجد مكان باسم «{ $query }» في دليل الأماكن المتاح بدون إنترنت. جرّب كتابة أخرى للاسم، أو الاسم بالإنجليزية أو بلغة المكان نفسه، أو إحداثيات مثل 38.72,-9.14.
# Variables:
#   $reason (String) - what is wrong with the coordinates
cli-bad-coordinates = هذه الإحداثيات ليست على الكرة الأرضية: { $reason }. اكتب خط العرض ثم خط الطول (latitude,longitude) بالدرجات العشرية، مثل 38.72,-9.14.
# Variables:
#   $reason (String) - what is wrong
cli-bad-filter = { $reason }
# Variables:
#   $id (String) - the reference asked for
cli-show-not-found = لا توجد خدمة بالمرجع «{ $id }» في الدليل المستخدم. ابحث أولًا لترى المراجع.
cli-bad-radius = يجب أن يكون نصف القطر عددًا موجبًا من الكيلومترات، مثل 5 أو 2.5.
cli-bad-limit = يجب أن يكون الحد عددًا صحيحًا من 1 إلى 1000.

## ponte places

# Variables:
#   $query (String) - what the person typed
cli-places-none = لا يوجد مكان يطابق «{ $query }».
cli-places-credit = أسماء الأماكن: GeoNames (geonames.org)، CC BY 4.0.
cli-col-place = المكان
cli-col-country = البلد
cli-col-population = عدد السكان
cli-col-coordinates = الإحداثيات
cli-col-matched = المطابقة

## ponte show

cli-show-check-before = تحقّق قبل أن تذهب.
cli-show-directory = الدليل
