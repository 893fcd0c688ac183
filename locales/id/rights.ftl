### Ponte: rights content, English (source locale).
### Structure, needs and citations: locales/rights.toml.
### Sources for every sentence: locales/RIGHTS-SOURCES.md.
### Style: plain words, short sentences, second person. "must" only where a binding
### treaty or law says "shall"; the Global Compact is a promise, never "must".

## Shown with every rights card

rights-disclaimer = Ini informasi umum, bukan nasihat hukum. Hukum dan praktiknya berbeda di tiap negara dan bisa berubah.

# Variables:
#   $date (String) - the date the text was checked, already formatted
rights-checked = Diperiksa pada { $date }

## Whether a country has joined the Migrant Workers Convention (shown on cards that cite it)

rights-ratification-note = Konvensi PBB tentang Pekerja Migran hanya mengikat negara-negara yang telah bergabung dengannya.

# Variables:
#   $country (String) - the country's name, already localised
#   $year (String) - the year the country joined, already formatted
rights-ratification-party = { $country } bergabung dengan konvensi ini pada tahun { $year }, jadi negara ini wajib menghormati hak-hak ini.

# Variables:
#   $country (String) - the country's name, already localised
rights-ratification-signatory = { $country } telah menandatangani konvensi ini tetapi belum bergabung, jadi negara ini tidak terikat olehnya.

# Variables:
#   $country (String) - the country's name, already localised
rights-ratification-not-party = { $country } belum bergabung dengan konvensi ini, jadi konvensi ini tidak mengikat negara itu. Hukum negara itu sendiri mungkin tetap memberi Anda hak.

# Variables:
#   $country (String) - the country's name, already localised
rights-ratification-unknown = Kami belum bisa memastikan apakah { $country } sudah bergabung dengan konvensi ini.

# Variables:
#   $country (String) - the country's name, already localised
#   $date (String) - the month of the newest source we used, already formatted
rights-ratification-as-of = Informasi kami tentang { $country } berasal dari { $date }. Mungkin sudah berubah sejak itu.

rights-gcm-note = Kesepakatan Global tentang Migrasi adalah janji yang dibuat bersama oleh banyak negara pada tahun 2018. Ini bukan hukum dan tidak mengikat negara mana pun.

## Names of the instruments cited

instrument-icrmw = Konvensi Internasional mengenai Perlindungan Hak-Hak Seluruh Pekerja Migran dan Anggota Keluarganya (1990), resolusi Majelis Umum PBB 45/158
instrument-gcm = Kesepakatan Global untuk Migrasi yang Aman, Tertib, dan Teratur (2018), resolusi Majelis Umum PBB A/RES/73/195
instrument-ecri-gpr16 = Rekomendasi Kebijakan Umum ECRI No. 16 tentang perlindungan migran yang berada secara tidak reguler dari diskriminasi, CRI(2016)16, Dewan Eropa (2016)
instrument-sr-migrants-2018 = Laporan Pelapor Khusus PBB tentang hak asasi manusia para migran mengenai akses terhadap keadilan, A/73/178/Rev.1 (2018)
instrument-pt-crp = Konstitusi Republik Portugal (1976, sebagaimana direvisi tahun 2005)
instrument-pt-ers-2023 = Entidade Reguladora da Saúde (badan pengatur kesehatan Portugal), “Direito de acesso a cuidados de saúde por cidadãos estrangeiros” (2023)
instrument-pt-despacho-25360-2001 = Portugal, Keputusan (Despacho) No. 25 360/2001 Menteri Kesehatan, 16 November 2001, tentang akses warga negara asing ke Layanan Kesehatan Nasional
instrument-pt-dl-67-2004 = Portugal, Dekret-Undang-Undang No. 67/2004 tanggal 25 Maret 2004 (daftar nasional anak di bawah umur warga negara asing dalam situasi tidak reguler)
instrument-pt-portaria-995-2004 = Portugal, Peraturan Menteri (Portaria) No. 995/2004 tanggal 9 Agustus 2004 (aturan daftar anak di bawah umur warga negara asing)
instrument-pt-acm-school = Alto Comissariado para as Migrações (Komisi Tinggi untuk Migrasi, ACM, Portugal), “Apakah anak-anak saya berhak bersekolah?” (halaman web panduan, sebelum 2023)
instrument-th-cabinet-2005 = Thailand, Resolusi Kabinet tanggal 5 Juli 2005 tentang pendidikan bagi orang tanpa dokumen pencatatan sipil atau kewarganegaraan Thailand
instrument-th-moe-2026 = Thailand, pengumuman Kementerian Pendidikan tentang penerimaan murid tanpa pencatatan sipil atau kewarganegaraan Thailand (Lembaran Kerajaan, 30 Januari 2026)
instrument-br-lei-13445-2017 = Brasil, Undang-Undang Migrasi, Undang-Undang No. 13.445 tanggal 24 Mei 2017
instrument-co-ley-715-2001 = Kolombia, Undang-Undang 715 tahun 2001, pasal 67 (pertolongan gawat darurat awal)
instrument-co-cc-t-210-2018 = Mahkamah Konstitusi Kolombia, putusan T-210 tahun 2018 (hak atas kesehatan bagi migran)
instrument-co-circular-16-2018 = Kolombia, Surat Edaran Bersama 16 tanggal 10 April 2018, Kementerian Pendidikan Nasional dan Migración Colombia (anak-anak dari Venezuela di sekolah Kolombia)

## General cards: health

rights-health-emergency-title = Pertolongan medis darurat
rights-health-emergency-body = Jika nyawa Anda dalam bahaya, atau kesehatan Anda bisa rusak untuk selamanya, Anda berhak mendapat pertolongan medis darurat dengan syarat yang sama seperti warga negara. Pertolongan ini tidak boleh ditolak karena Anda tidak punya dokumen izin tinggal atau izin kerja, tetapi mungkin tidak gratis. Hak ini ada dalam Konvensi PBB tentang Pekerja Migran, untuk pekerja migran dan keluarganya, berdokumen maupun tidak, di negara-negara yang telah bergabung dengannya. Dalam Kesepakatan Global tentang Migrasi, negara-negara juga berjanji membuat layanan kesehatan bagi migran terjangkau dan adil.
rights-health-emergency-if-refused = Jika rumah sakit menolak memberi pertolongan darurat, mintalah bertemu petugas yang bertanggung jawab dan katakan bahwa nyawa atau kesehatan Anda dalam bahaya. Setelah itu, Anda bisa mengadu ke lembaga HAM nasional atau ombudsman, atau minta bantuan layanan bantuan hukum atau pusat layanan migran.

## General cards: school

rights-education-children-title = Sekolah untuk anak
rights-education-children-body = Setiap anak pekerja migran berhak bersekolah dengan syarat yang sama seperti anak-anak warga negara itu. Sekolah atau PAUD/TK negeri tidak boleh menolak atau membatasi seorang anak karena anak itu atau salah satu orang tuanya tidak punya dokumen. Ini ada dalam Konvensi PBB tentang Pekerja Migran, yang mengikat negara-negara yang telah bergabung dengannya. Dalam Kesepakatan Global tentang Migrasi, negara-negara juga berjanji memberi anak-anak migran pendidikan yang baik dan inklusif.
rights-education-children-if-refused = Minta sekolah memberikan penolakan dan alasannya secara tertulis. Kantor dinas pendidikan setempat, pusat layanan migran, layanan bantuan hukum, atau lembaga HAM nasional atau ombudsman bisa membantu Anda.

## General cards: social security

rights-social-security-title = Jaminan sosial
rights-social-security-body = Jika Anda memenuhi aturan undang-undang jaminan sosial negara itu, dan aturan perjanjian antarnegara yang berlaku, Anda berhak diperlakukan sama seperti warga negara. Hukum negara itu menentukan siapa yang bisa mendapat setiap tunjangan, dan bisa meminta dokumen, catatan kerja, atau iuran yang sudah dibayar. Jika hukum tidak mengizinkan Anda mendapat suatu tunjangan, negara-negara yang terkait wajib mempertimbangkan untuk mengembalikan iuran yang sudah Anda bayar untuk tunjangan itu. Ini ada dalam Konvensi PBB tentang Pekerja Migran, yang mengikat negara-negara yang telah bergabung dengannya.
rights-social-security-if-refused = Minta kantor jaminan sosial memberikan keputusan dan alasannya secara tertulis. Layanan bantuan hukum atau pusat layanan migran bisa membantu Anda memeriksa aturannya atau menggugat keputusan itu.

## General cards: extra rights for people with papers

rights-equal-access-documented-title = Akses yang sama bagi pekerja berdokumen
rights-equal-access-documented-body = Jika Anda pekerja migran berdokumen (dalam “situasi reguler”), Anda berhak atas akses yang sama seperti warga negara ke sekolah, pelatihan kerja, perumahan (termasuk perumahan sosial), serta layanan sosial dan kesehatan. Anggota keluarga Anda yang berdokumen punya akses yang sama ke sekolah, pelatihan, serta layanan sosial dan kesehatan. Anda tetap harus memenuhi aturan biasa dari setiap layanan, dan hak tambahan ini tidak berlaku bagi orang yang tidak berdokumen. Ini ada dalam Konvensi PBB tentang Pekerja Migran, yang mengikat negara-negara yang telah bergabung dengannya.
rights-equal-access-documented-if-refused = Minta keputusan dan alasannya secara tertulis. Layanan bantuan hukum atau pusat layanan migran bisa membantu Anda memeriksa apakah penolakan itu sah menurut hukum. Anda juga bisa mengadu ke lembaga HAM nasional atau ombudsman.

## General cards: using services safely (the "firewall")

rights-firewall-title = Memakai layanan dengan aman
rights-firewall-body = Dalam Kesepakatan Global tentang Migrasi, negara-negara berjanji membiarkan semua migran, apa pun statusnya, memakai layanan dasar dengan aman, dan memastikan bahwa kerja sama antara layanan dan pihak imigrasi tidak membuat migran tanpa dokumen berada dalam bahaya yang lebih besar. “Firewall” (tembok pelindung) berarti layanan tidak wajib memeriksa atau membagikan status migrasi Anda, dan pihak imigrasi tidak bisa mendapatkannya dari layanan itu. Seorang ahli PBB dan sebuah badan HAM Eropa (ECRI) telah menyerukan adanya firewall. Firewall tidak dijamin: di beberapa negara, layanan masih wajib melaporkan orang.
rights-firewall-if-refused = Jika Anda khawatir suatu layanan akan membagikan informasi Anda, tanyakan dulu ke pusat layanan migran atau layanan bantuan hukum sebelum pergi, dan periksa apa yang dikatakan aplikasi ini tentang layanan itu. Jika suatu layanan menanyakan status Anda atau melaporkan Anda, Anda bisa memberi tahu lembaga HAM nasional atau ombudsman.

## General cards: fair treatment and local help

rights-services-non-discrimination-title = Perlakuan adil di layanan
rights-services-non-discrimination-body = Dalam Kesepakatan Global tentang Migrasi, negara-negara berjanji membiarkan semua migran, apa pun statusnya, memakai layanan dasar dengan aman, dan membuat undang-undang agar layanan tidak mendiskriminasi migran karena ras, warna kulit, jenis kelamin, bahasa, agama, asal-usul, disabilitas, atau alasan serupa. Warga negara dan migran berdokumen mungkin tetap mendapat lebih banyak layanan, tetapi setiap perbedaan seharusnya diatur oleh undang-undang, adil, dan punya alasan yang kuat. Ini adalah janji, bukan hukum yang mengikat negara.
rights-services-non-discrimination-if-refused = Catat apa yang terjadi, kapan, dan siapa yang ada di sana. Anda bisa mengadu ke lembaga HAM nasional atau ombudsman, dan layanan bantuan hukum atau pusat layanan migran bisa membantu Anda.

rights-local-service-points-title = Pusat bantuan setempat
rights-local-service-points-body = Dalam Kesepakatan Global tentang Migrasi, negara-negara berjanji mendirikan pusat layanan setempat yang mudah dijangkau dan terbuka bagi migran. Pusat-pusat ini seharusnya memberi informasi yang jelas tentang layanan dasar, yang sesuai untuk perempuan, anak-anak, dan penyandang disabilitas, serta membantu orang mendapatkan layanan itu dengan aman. Ini adalah janji, bukan hukum, jadi yang tersedia berbeda dari satu negara ke negara lain. Aplikasi ini mencantumkan pusat-pusat seperti itu jika kami mengetahuinya.
rights-local-service-points-if-refused = Jika suatu pusat tidak bisa membantu Anda, minta mereka mengarahkan Anda ke layanan yang bisa. Anda juga bisa mencari di aplikasi ini layanan bantuan hukum atau pusat layanan migran lain di dekat Anda.

## General cards: complaints

rights-complaints-title = Mengajukan pengaduan
rights-complaints-body = Dalam Kesepakatan Global tentang Migrasi, negara-negara berjanji agar lembaga-lembaga independen, seperti lembaga HAM nasional, menerima dan memeriksa pengaduan ketika migran berulang kali dihalangi mendapat layanan dasar. Lembaga-lembaga ini seharusnya membantu orang mendapat pemulihan dan mendorong perubahan. Konvensi PBB tentang Pekerja Migran juga menyatakan bahwa setiap orang yang haknya menurut konvensi itu dilanggar harus mendapat upaya pemulihan yang efektif, di negara-negara yang telah bergabung dengannya. Sebelum mengadu, tanyakan apakah lembaga itu membagikan informasi kepada pihak imigrasi.
rights-complaints-if-refused = Jika suatu lembaga tidak mau menerima pengaduan Anda, tanyakan lembaga mana yang bisa. Layanan bantuan hukum atau pusat layanan migran bisa membantu Anda menemukan lembaga yang tepat dan menulis pengaduan Anda.

## General cards: work

rights-work-equal-treatment-title = Upah dan kondisi kerja yang adil
rights-work-equal-treatment-body = Sebagai pekerja migran, Anda berhak atas upah dan kondisi kerja yang tidak lebih buruk daripada pekerja yang merupakan warga negara itu: jam kerja, lembur, istirahat mingguan, cuti berbayar, keselamatan, kesehatan, dan aturan tentang pemutusan hubungan kerja. Kontrak kerja tidak bisa menghapus hak-hak ini. Anda tetap memilikinya meskipun Anda tidak punya dokumen izin tinggal atau izin kerja. Ini ada dalam Konvensi PBB tentang Pekerja Migran, yang mengikat negara-negara yang telah bergabung dengannya.
rights-work-equal-treatment-if-refused = Simpan catatan: kontrak, slip gaji, pesan, serta hari dan jam Anda bekerja. Pengawas ketenagakerjaan, serikat pekerja, layanan bantuan hukum, atau pusat layanan migran bisa membantu Anda. Sebelum pergi ke kantor pemerintah, tanyakan kepada pusat layanan migran atau layanan bantuan hukum apakah kantor itu membagikan informasi kepada pihak imigrasi.

rights-work-wages-owed-title = Upah belum dibayar
rights-work-wages-owed-body = Majikan Anda tetap harus menjalankan apa yang ditetapkan hukum dan kontrak Anda, termasuk membayar Anda, meskipun Anda tidak punya dokumen izin tinggal atau izin kerja. Jika Anda dikeluarkan dari negara itu, hal itu saja tidak menghapus hak yang Anda peroleh menurut hukum, termasuk upah yang masih harus dibayarkan kepada Anda. Ini ada dalam Konvensi PBB tentang Pekerja Migran, untuk pekerja migran berdokumen maupun tidak, di negara-negara yang telah bergabung dengannya.
rights-work-wages-owed-if-refused = Catat setiap hari dan jam Anda bekerja, dan simpan setiap bukti pembayaran atau janji pembayaran. Pengawas ketenagakerjaan, serikat pekerja, layanan bantuan hukum, atau pusat layanan migran bisa membantu Anda menuntut upah yang belum dibayar. Tanyakan dulu apakah kantor itu membagikan informasi kepada pihak imigrasi.

rights-work-forced-labour-title = Kerja paksa dan perbudakan
rights-work-forced-labour-body = Tidak seorang pun boleh memperbudak atau memperhambakan Anda, atau memaksa Anda melakukan kerja paksa. Pengecualiannya sangat sempit, misalnya pekerjaan yang merupakan bagian dari hukuman yang dijatuhkan pengadilan. Ini ada dalam Konvensi PBB tentang Pekerja Migran, untuk semua pekerja migran dan keluarganya, berdokumen maupun tidak, di negara-negara yang telah bergabung dengannya.
rights-work-forced-labour-if-refused = Jika Anda dipaksa bekerja di luar kehendak Anda atau tidak bisa pergi, layanan pendamping korban perdagangan orang dan kerja paksa, pengawas ketenagakerjaan, layanan bantuan hukum, atau pusat layanan migran bisa membantu Anda. Jika Anda dalam bahaya sekarang, telepon nomor darurat setempat.

## General cards: safety, documents, courts

rights-protection-from-violence-title = Perlindungan dari kekerasan
rights-protection-from-violence-body = Anda berhak atas perlindungan yang nyata dari Negara terhadap kekerasan, luka, ancaman, dan intimidasi, baik yang datang dari pejabat maupun dari orang lain. Ini ada dalam Konvensi PBB tentang Pekerja Migran, untuk semua pekerja migran dan keluarganya, berdokumen maupun tidak, di negara-negara yang telah bergabung dengannya.
rights-protection-from-violence-if-refused = Jika Anda dalam bahaya sekarang, telepon nomor darurat setempat. Layanan pendamping penyintas kekerasan, layanan bantuan hukum, atau pusat layanan migran bisa membantu Anda, termasuk untuk melapor ke polisi. Beberapa negara melindungi korban dari tindakan imigrasi ketika mereka melaporkan kejahatan, tetapi banyak negara tidak, jadi tanyakan dulu ke layanan pendamping.

rights-documents-confiscation-title = Dokumen identitas Anda
rights-documents-confiscation-body = Hanya pejabat yang diberi wewenang oleh hukum yang boleh mengambil paspor, kartu identitas, dokumen izin tinggal, atau izin kerja Anda, jadi bukan majikan, perekrut, atau pemilik tempat tinggal Anda. Jika seorang pejabat mengambilnya, Anda harus mendapat tanda terima yang terperinci, dan tidak seorang pun boleh menghancurkan paspor Anda. Ini ada dalam Konvensi PBB tentang Pekerja Migran, untuk semua pekerja migran dan keluarganya, berdokumen maupun tidak, di negara-negara yang telah bergabung dengannya.
rights-documents-confiscation-if-refused = Minta dokumen Anda dikembalikan. Jika seseorang tidak mau mengembalikannya, pengawas ketenagakerjaan, layanan bantuan hukum, pusat layanan migran, atau kedutaan atau konsulat negara Anda bisa membantu Anda. Simpan salinan atau foto dokumen Anda di tempat yang aman.

rights-children-birth-registration-title = Pencatatan kelahiran anak
rights-children-birth-registration-body = Setiap anak pekerja migran berhak atas nama, atas pencatatan kelahirannya, dan atas kewarganegaraan. Ini ada dalam Konvensi PBB tentang Pekerja Migran, untuk anak-anak semua pekerja migran, berdokumen maupun tidak, di negara-negara yang telah bergabung dengannya.
rights-children-birth-registration-if-refused = Minta kantor pencatatan memberikan penolakan secara tertulis. Kedutaan atau konsulat negara Anda, layanan bantuan hukum, atau pusat layanan migran bisa membantu Anda mencatatkan kelahiran.

rights-arrest-and-court-title = Jika Anda ditangkap atau berurusan dengan pengadilan
rights-arrest-and-court-body = Jika Anda ditangkap, Anda harus diberi tahu alasannya, sedapat mungkin dalam bahasa yang Anda pahami. Anda punya hak yang sama seperti warga negara di pengadilan. Jika Anda didakwa melakukan kejahatan, Anda bisa mendapat juru bahasa gratis jika tidak memahami bahasa pengadilan, dan bantuan hukum gratis jika Anda tidak mampu membayar dan kepentingan keadilan memerlukannya. Ini ada dalam Konvensi PBB tentang Pekerja Migran, untuk semua pekerja migran dan keluarganya, berdokumen maupun tidak, di negara-negara yang telah bergabung dengannya.
rights-arrest-and-court-if-refused = Minta pengacara dan juru bahasa, dan jangan menandatangani apa pun yang tidak Anda pahami. Kedutaan atau konsulat negara Anda, layanan bantuan hukum, atau pusat layanan migran bisa membantu Anda.

rights-expulsion-safeguards-title = Jika Anda terancam dikeluarkan dari negara itu
rights-expulsion-safeguards-body = Negara tidak boleh mengusir migran secara berkelompok: setiap kasus harus diperiksa dan diputuskan satu per satu, oleh pihak berwenang yang ditunjuk hukum. Keputusan itu harus diberitahukan kepada Anda dalam bahasa yang Anda pahami. Diusir dari negara itu saja tidak menghapus hak yang Anda peroleh menurut hukum, seperti upah yang masih harus dibayarkan kepada Anda. Ini ada dalam Konvensi PBB tentang Pekerja Migran, untuk semua pekerja migran dan keluarganya, berdokumen maupun tidak, di negara-negara yang telah bergabung dengannya.
rights-expulsion-safeguards-if-refused = Minta keputusan itu secara tertulis dan segera cari bantuan hukum, karena waktu untuk menggugat keputusan bisa singkat. Layanan bantuan hukum, pusat layanan migran, atau kedutaan atau konsulat negara Anda bisa membantu Anda.

## Country notes: Portugal

rights-pt-health-title = Layanan kesehatan di Portugal
rights-pt-health-body = Konstitusi Portugal menyatakan bahwa setiap orang berhak atas perlindungan kesehatan, dan bahwa orang asing di Portugal punya hak yang sama seperti warga negara Portugal, kecuali beberapa hak, seperti hak politik. Badan pengatur kesehatan Portugal (ERS) telah menyatakan bahwa tidak seorang asing pun boleh ditolak layanan kesehatannya karena kewarganegaraan atau karena tidak punya uang, bagaimanapun keadaan dokumennya. Jika Anda tidak punya izin tinggal, Anda mungkin diminta membayar untuk sebagian layanan. Aturan ini diperdebatkan pada tahun 2024 dan 2025 dan mungkin sudah berubah, jadi periksa dulu sebelum pergi.
rights-pt-health-if-refused = Anda bisa mengadu ke badan pengatur kesehatan, Entidade Reguladora da Saúde (ERS). Pusat pendukung migran CLAIM atau CNAIM, atau layanan bantuan hukum bisa membantu Anda.

rights-pt-children-title = Sekolah dan layanan kesehatan untuk anak di Portugal
rights-pt-children-body = Di Portugal, sebuah daftar khusus (Dekret-Undang-Undang 67/2004) memungkinkan anak tanpa dokumen mendapat layanan kesehatan dan masuk PAUD/TK dan sekolah dengan hak yang sama seperti anak-anak lain. Daftar ini dikelola oleh AIMA, badan migrasi, dan undang-undang menyatakan bahwa daftar ini hanya dipakai untuk tujuan ini. Kantor migrasi Portugal yang lama (ACM) menyatakan bahwa semua anak, apa pun dokumennya, boleh bersekolah. Menurut ACM, sekolah tidak boleh menolak anak usia wajib sekolah kecuali sekolah itu sudah penuh, dan dalam hal itu dinas pendidikan wajib mencarikan tempat.
rights-pt-children-if-refused = Minta sekolah atau pusat kesehatan menuliskan penolakannya. Pusat pendukung migran CLAIM atau CNAIM, atau layanan bantuan hukum bisa membantu Anda, dan bisa menjelaskan daftar itu sebelum Anda memakainya.

## Country notes: Thailand

rights-th-school-title = Sekolah untuk semua anak di Thailand
rights-th-school-body = Sejak keputusan Kabinet tanggal 5 Juli 2005, Thailand mengizinkan anak-anak tanpa dokumen pencatatan sipil atau kewarganegaraan Thailand untuk belajar di sekolah-sekolahnya. Pada Januari 2026, Kementerian Pendidikan memerintahkan semua sekolahnya untuk menerima anak-anak ini, di jenjang apa pun. Anak tanpa nomor identitas mendapat nomor murid khusus (“kode G”).
rights-th-school-if-refused = Minta bantuan ke kantor wilayah layanan pendidikan setempat. Migrant Worker Resource Centre (pusat layanan pekerja migran) atau layanan bantuan hukum juga bisa membantu Anda.

## Country notes: Brazil

rights-br-services-title = Kesehatan, sekolah, dan bantuan sosial di Brasil
rights-br-services-body = Undang-Undang Migrasi Brasil (Undang-Undang 13.445 tahun 2017) menyatakan bahwa migran punya akses ke layanan kesehatan umum, bantuan sosial, dan jaminan sosial, sebagaimana diatur oleh hukum, tanpa diskriminasi karena kewarganegaraan atau status migrasi. Undang-undang ini juga memberi migran hak atas pendidikan negeri tanpa diskriminasi itu. Jadi, dokumen Anda seharusnya tidak menjadi alasan Anda ditolak.
rights-br-services-if-refused = Kantor Pembela Umum (Defensoria Pública) memberi bantuan hukum gratis kepada orang yang tidak mampu membayar. Pusat pendukung migran juga bisa membantu Anda.

## Country notes: Colombia

rights-co-emergency-care-title = Pertolongan darurat di Kolombia
rights-co-emergency-care-body = Di Kolombia, setiap penyedia layanan kesehatan negeri atau swasta wajib memberi pertolongan gawat darurat awal kepada siapa pun, mampu membayar atau tidak. Mahkamah Konstitusi Kolombia telah menyatakan bahwa ini termasuk migran tanpa dokumen. Untuk masuk ke sistem kesehatan demi layanan lain, biasanya Anda perlu mengurus status tinggal Anda agar sah dan punya dokumen identitas yang berlaku.
rights-co-emergency-care-if-refused = Anda bisa mengadu ke Superintendensi Kesehatan Nasional (Superintendencia Nacional de Salud), yang bisa mendenda penyedia layanan yang menolak memberi pertolongan gawat darurat awal. Anda juga bisa meminta pengadilan melindungi hak-hak dasar Anda dengan “tutela”; orang asing juga bisa memakainya. Personería (kantor hak warga setempat) atau layanan bantuan hukum bisa membantu Anda.

rights-co-school-title = Sekolah untuk anak-anak dari Venezuela di Kolombia
rights-co-school-body = Di Kolombia, anak-anak dan remaja dari Venezuela bisa mendaftar di PAUD/TK, sekolah dasar, dan sekolah menengah negeri tanpa visa. Jika seorang anak tidak punya dokumen identitas yang berlaku, sekolah mendaftarkannya dengan nomor dari dinas pendidikan setempat (nomor “NES”). Ini berasal dari surat edaran bersama tahun 2018 dari Kementerian Pendidikan dan Migración Colombia, otoritas migrasi.
rights-co-school-if-refused = Minta bantuan ke dinas pendidikan setempat (Secretaría de Educación). Personería, layanan bantuan hukum, atau pusat pendukung migran juga bisa membantu Anda.
