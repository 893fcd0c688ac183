# Names of the countries in the default directory, for text written by Ponte itself (rights
# notes, "phone lines for…"). Ids are country-<ISO 3166-1 code in lower case>.

country-pt = ປອກຕຸຍການ
country-th = ໄທ
country-my = ມາເລເຊຍ
country-la = ລາວ
country-kh = ກຳປູເຈຍ
country-mm = ມຽນມາ
country-vn = ຫວຽດນາມ
country-id = ອິນໂດເນເຊຍ
country-ph = ຟິລິບປິນ
country-br = ບຣາຊິນ
country-co = ໂຄລົມເບຍ
