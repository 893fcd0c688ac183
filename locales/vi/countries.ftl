# Names of the countries in the default directory, for text written by Ponte itself (rights
# notes, "phone lines for…"). Ids are country-<ISO 3166-1 code in lower case>.

country-pt = Bồ Đào Nha
country-th = Thái Lan
country-my = Malaysia
country-la = Lào
country-kh = Campuchia
country-mm = Myanmar
country-vn = Việt Nam
country-id = Indonesia
country-ph = Philippines
country-br = Brazil
country-co = Colombia
