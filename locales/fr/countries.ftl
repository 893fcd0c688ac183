# Names of the countries in the default directory, for text written by Ponte itself (rights
# notes, "phone lines for…"). Ids are country-<ISO 3166-1 code in lower case>.

country-pt = Portugal
country-th = Thaïlande
country-my = Malaisie
country-la = Laos
country-kh = Cambodge
country-mm = Myanmar
country-vn = Viet Nam
country-id = Indonésie
country-ph = Philippines
country-br = Brésil
country-co = Colombie
