# Names of the countries in the default directory, for text written by Ponte itself (rights
# notes, "phone lines for…"). Ids are country-<ISO 3166-1 code in lower case>.

country-pt = پرتغال
country-th = تایلند
country-my = مالزی
country-la = لائوس
country-kh = کامبوج
country-mm = میانمار
country-vn = ویتنام
country-id = اندونزی
country-ph = فیلیپین
country-br = برزیل
country-co = کلمبیا
