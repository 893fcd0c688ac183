# Names of the countries in the default directory, for text written by Ponte itself (rights
# notes, "phone lines for…"). Ids are country-<ISO 3166-1 code in lower case>.

country-pt = पोर्चुगल
country-th = थाइल्यान्ड
country-my = मलेसिया
country-la = लाओस
country-kh = कम्बोडिया
country-mm = म्यानमार
country-vn = भियतनाम
country-id = इन्डोनेसिया
country-ph = फिलिपिन्स
country-br = ब्राजिल
country-co = कोलम्बिया
