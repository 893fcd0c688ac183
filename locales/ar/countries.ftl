# Names of the countries in the default directory, for text written by Ponte itself (rights
# notes, "phone lines for…"). Ids are country-<ISO 3166-1 code in lower case>.

country-pt = البرتغال
country-th = تايلند
country-my = ماليزيا
country-la = لاوس
country-kh = كمبوديا
country-mm = ميانمار
country-vn = فيتنام
country-id = إندونيسيا
country-ph = الفلبين
country-br = البرازيل
country-co = كولومبيا
