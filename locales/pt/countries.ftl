# Names of the countries in the default directory, for text written by Ponte itself (rights
# notes, "phone lines for…"). Ids are country-<ISO 3166-1 code in lower case>.

country-pt = Portugal
country-th = Tailândia
country-my = Malásia
country-la = Laos
country-kh = Camboja
country-mm = Myanmar
country-vn = Vietnã (Vietname)
country-id = Indonésia
country-ph = Filipinas
country-br = Brasil
country-co = Colômbia
