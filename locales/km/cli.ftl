# The `ponte` command line.

## ponte search

# Variables:
#   $place (String) - the place searched near, like "Lisbon"
#   $country (String) - its country, like "Portugal"
#   $point (String) - its coordinates, like "38.72509,-9.14980"
cli-search-near = នៅជិត { $place }, { $country } ({ $point })
# Variables:
#   $point (String) - coordinates, like "16.71000,98.57000"
cli-search-near-point = នៅជិត { $point }
# Variables:
#   $others (String) - other places with the same name, comma-separated
cli-search-also = កន្លែងផ្សេងទៀតដែលមានឈ្មោះនេះ៖ { $others }។ បន្ថែមលេខកូដប្រទេស ("Cartagena, CO") ឬផ្តល់កូអរដោនេ។
cli-search-none = គ្មានសេវាណាក្នុងបញ្ជីដែលត្រូវនឹងតម្រងទាំងនេះទេ មិនថានៅចម្ងាយប៉ុន្មានឡើយ។
# Variables:
#   $radius (String) - the radius asked for, like "5 km"
#   $distance (String) - distance of the nearest result, like "37 km"
cli-search-widened = រកមិនឃើញអ្វីក្នុងរង្វង់ { $radius } ទេ។ សេវាដែលត្រូវគ្នានៅជិតបំផុត នៅឆ្ងាយជាងនេះ ចាប់ពី { $distance }។
# Variables:
#   $distance (String) - distance of the nearest result, like "120 km"
cli-search-far = សេវាដែលត្រូវគ្នានៅជិតបំផុត នៅចម្ងាយ { $distance }។
# Variables:
#   $count (Number) - number of results shown
cli-search-count = { $count ->
   *[other] សេវា { $count }
}
# Variables:
#   $country (String) - country name, like "Portugal"
cli-search-phone-lines = ខ្សែទូរស័ព្ទជំនួយ និងលេខសង្គ្រោះបន្ទាន់សម្រាប់ { $country }
cli-col-distance = ចម្ងាយ
cli-col-name = ឈ្មោះ
cli-col-open = ឥឡូវ
cli-col-languages = ភាសា
cli-col-verified = បានបញ្ជាក់
cli-col-id = លេខយោង
cli-col-notes = កំណត់សម្គាល់
cli-hint-show = ព័ត៌មានលម្អិត៖ ponte show <លេខយោង>

## Errors (exit code 2: something in the command needs fixing)

# Variables:
#   $query (String) - what the person typed
cli-place-not-found = គ្មានកន្លែងឈ្មោះ “{ $query }” ក្នុងបញ្ជីឈ្មោះទីកន្លែងក្រៅបណ្តាញទេ។ សាកល្បងប្រកបម្យ៉ាងទៀត ឈ្មោះជាភាសាអង់គ្លេស ឬជាភាសាក្នុងស្រុករបស់វា ឬកូអរដោនេដូចជា 38.72,-9.14។
# Variables:
#   $reason (String) - what is wrong with the coordinates
cli-bad-coordinates = កូអរដោនេទាំងនោះមិននៅលើផែនដីទេ៖ { $reason }។ សូមប្រើ រយៈទទឹង,រយៈបណ្តោយ ជាដឺក្រេទសភាគ ដូចជា 38.72,-9.14។
# Variables:
#   $reason (String) - what is wrong
cli-bad-filter = { $reason }
# Variables:
#   $id (String) - the reference asked for
cli-show-not-found = គ្មានសេវាដែលមានលេខយោង “{ $id }” ក្នុងបញ្ជីដែលកំពុងប្រើទេ។ សូមស្វែងរកជាមុនសិន ដើម្បីមើលលេខយោង។
cli-bad-radius = កាំត្រូវតែជាចំនួនគីឡូម៉ែត្រធំជាងសូន្យ ដូចជា 5 ឬ 2.5។
cli-bad-limit = ដែនកំណត់ត្រូវតែជាចំនួនគត់ពី 1 ដល់ 1000។

## ponte places

# Variables:
#   $query (String) - what the person typed
cli-places-none = គ្មានកន្លែងណាត្រូវនឹង “{ $query }” ទេ។
cli-places-credit = ឈ្មោះទីកន្លែង៖ GeoNames (geonames.org), CC BY 4.0
cli-col-place = ទីកន្លែង
cli-col-country = ប្រទេស
cli-col-population = ចំនួនប្រជាជន
cli-col-coordinates = កូអរដោនេ
cli-col-matched = ត្រូវនឹង

## ponte show

cli-show-check-before = សូមពិនិត្យមុនពេលទៅ។
cli-show-directory = បញ្ជីសេវា
