# Names of the countries in the default directory, for text written by Ponte itself (rights
# notes, "phone lines for…"). Ids are country-<ISO 3166-1 code in lower case>.

country-pt = Португалия
country-th = Таиланд
country-my = Малайзия
country-la = Лаос
country-kh = Камбоджа
country-mm = Мьянма
country-vn = Вьетнам
country-id = Индонезия
country-ph = Филиппины
country-br = Бразилия
country-co = Колумбия
