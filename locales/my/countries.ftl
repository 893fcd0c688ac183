# Names of the countries in the default directory, for text written by Ponte itself (rights
# notes, "phone lines for…"). Ids are country-<ISO 3166-1 code in lower case>.

country-pt = ပေါ်တူဂီ
country-th = ထိုင်း
country-my = မလေးရှား
country-la = လာအို
country-kh = ကမ္ဘောဒီးယား
country-mm = မြန်မာ
country-vn = ဗီယက်နမ်
country-id = အင်ဒိုနီးရှား
country-ph = ဖိလစ်ပိုင်
country-br = ဘရာဇီး
country-co = ကိုလံဘီယာ
