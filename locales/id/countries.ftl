# Names of the countries in the default directory, for text written by Ponte itself (rights
# notes, "phone lines for…"). Ids are country-<ISO 3166-1 code in lower case>.

country-pt = Portugal
country-th = Thailand
country-my = Malaysia
country-la = Laos
country-kh = Kamboja
country-mm = Myanmar
country-vn = Vietnam
country-id = Indonesia
country-ph = Filipina
country-br = Brasil
country-co = Kolombia
