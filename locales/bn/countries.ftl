# Names of the countries in the default directory, for text written by Ponte itself (rights
# notes, "phone lines for…"). Ids are country-<ISO 3166-1 code in lower case>.

country-pt = পর্তুগাল
country-th = থাইল্যান্ড
country-my = মালয়েশিয়া
country-la = লাওস
country-kh = কম্বোডিয়া
country-mm = মিয়ানমার
country-vn = ভিয়েতনাম
country-id = ইন্দোনেশিয়া
country-ph = ফিলিপাইন
country-br = ব্রাজিল
country-co = কলম্বিয়া
