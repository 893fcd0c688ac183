# Names of the countries in the default directory, for text written by Ponte itself (rights
# notes, "phone lines for…"). Ids are country-<ISO 3166-1 code in lower case>.

country-pt = ព័រទុយហ្គាល់
country-th = ថៃ
country-my = ម៉ាឡេស៊ី
country-la = ឡាវ
country-kh = កម្ពុជា
country-mm = មីយ៉ាន់ម៉ា
country-vn = វៀតណាម
country-id = ឥណ្ឌូណេស៊ី
country-ph = ហ្វីលីពីន
country-br = ប្រេស៊ីល
country-co = កូឡុំប៊ី
