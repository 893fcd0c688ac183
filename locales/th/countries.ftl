# Names of the countries in the default directory, for text written by Ponte itself (rights
# notes, "phone lines for…"). Ids are country-<ISO 3166-1 code in lower case>.

country-pt = โปรตุเกส
country-th = ประเทศไทย
country-my = มาเลเซีย
country-la = ลาว
country-kh = กัมพูชา
country-mm = เมียนมา
country-vn = เวียดนาม
country-id = อินโดนีเซีย
country-ph = ฟิลิปปินส์
country-br = บราซิล
country-co = โคลอมเบีย
