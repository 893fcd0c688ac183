# Names of the countries in the default directory, for text written by Ponte itself (rights
# notes, "phone lines for…"). Ids are country-<ISO 3166-1 code in lower case>.

country-pt = Португалія
country-th = Таїланд
country-my = Малайзія
country-la = Лаос
country-kh = Камбоджа
country-mm = М’янма
country-vn = В’єтнам
country-id = Індонезія
country-ph = Філіппіни
country-br = Бразилія
country-co = Колумбія
