# Names of the countries in the default directory, for text written by Ponte itself (rights
# notes, "phone lines for…"). Ids are country-<ISO 3166-1 code in lower case>.

country-pt = पुर्तगाल
country-th = थाईलैंड
country-my = मलेशिया
country-la = लाओस
country-kh = कंबोडिया
country-mm = म्यांमार
country-vn = वियतनाम
country-id = इंडोनेशिया
country-ph = फ़िलीपींस
country-br = ब्राज़ील
country-co = कोलंबिया
