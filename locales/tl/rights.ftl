### Ponte: rights content, English (source locale).
### Structure, needs and citations: locales/rights.toml.
### Sources for every sentence: locales/RIGHTS-SOURCES.md.
### Style: plain words, short sentences, second person. "must" only where a binding
### treaty or law says "shall"; the Global Compact is a promise, never "must".

## Shown with every rights card

rights-disclaimer = Pangkalahatang impormasyon ito, hindi payong legal. Magkakaiba ang mga batas at ang pagpapatupad nito sa bawat bansa, at maaari itong magbago.

# Variables:
#   $date (String) - the date the text was checked, already formatted
rights-checked = Sinuri noong { $date }

## Whether a country has joined the Migrant Workers Convention (shown on cards that cite it)

rights-ratification-note = May bisa lamang ang Kumbensiyon ng UN para sa mga Migranteng Manggagawa sa mga bansang sumali rito.

# Variables:
#   $country (String) - the country's name, already localised
#   $year (String) - the year the country joined, already formatted
rights-ratification-party = Sumali ang { $country } sa kumbensiyong ito noong { $year }, kaya dapat nitong igalang ang mga karapatang ito.

# Variables:
#   $country (String) - the country's name, already localised
rights-ratification-signatory = Lumagda ang { $country } sa kumbensiyong ito pero hindi pa sumasali rito, kaya hindi ito nakatali sa kumbensiyon.

# Variables:
#   $country (String) - the country's name, already localised
rights-ratification-not-party = Hindi sumali ang { $country } sa kumbensiyong ito, kaya walang bisa rito ang kumbensiyon. Maaari ka pa ring bigyan ng mga karapatan ng sariling mga batas ng bansa.

# Variables:
#   $country (String) - the country's name, already localised
rights-ratification-unknown = Hindi namin makumpirma kung sumali na ang { $country } sa kumbensiyong ito.

# Variables:
#   $country (String) - the country's name, already localised
#   $date (String) - the month of the newest source we used, already formatted
rights-ratification-as-of = Ang impormasyon namin tungkol sa { $country } ay mula noong { $date }. Maaaring nagbago na ito mula noon.

rights-gcm-note = Ang Pandaigdigang Kasunduan sa Migrasyon (Global Compact for Migration) ay isang pangakong sabay-sabay na ginawa ng maraming bansa noong 2018. Hindi ito batas at wala itong bansang tinatali.

## Names of the instruments cited

instrument-icrmw = Pandaigdigang Kumbensiyon sa Proteksiyon ng mga Karapatan ng Lahat ng Migranteng Manggagawa at ng mga Miyembro ng Kanilang Pamilya (1990), resolusyon 45/158 ng Pangkalahatang Asembleya ng UN
instrument-gcm = Pandaigdigang Kasunduan para sa Ligtas, Maayos at Regular na Migrasyon (2018), resolusyon A/RES/73/195 ng Pangkalahatang Asembleya ng UN
instrument-ecri-gpr16 = Rekomendasyon sa Pangkalahatang Patakaran Blg. 16 ng ECRI tungkol sa pagprotekta laban sa diskriminasyon sa mga migranteng irregular ang pananatili, CRI(2016)16, Council of Europe (2016)
instrument-sr-migrants-2018 = Ulat ng Special Rapporteur ng UN sa karapatang pantao ng mga migrante tungkol sa access sa hustisya, A/73/178/Rev.1 (2018)
instrument-pt-crp = Konstitusyon ng Republika ng Portugal (1976, ayon sa rebisyon noong 2005)
instrument-pt-ers-2023 = Entidade Reguladora da Saúde (tagapangasiwa ng kalusugan sa Portugal), “Direito de acesso a cuidados de saúde por cidadãos estrangeiros” (2023)
instrument-pt-despacho-25360-2001 = Portugal, Kautusan (Despacho) Blg. 25 360/2001 ng Ministro ng Kalusugan, 16 Nobyembre 2001, tungkol sa access ng mga dayuhang mamamayan sa Pambansang Serbisyong Pangkalusugan
instrument-pt-dl-67-2004 = Portugal, Decree-Law Blg. 67/2004 ng 25 Marso 2004 (pambansang rehistro ng mga dayuhang menor de edad na nasa irregular na sitwasyon)
instrument-pt-portaria-995-2004 = Portugal, Ordinansa (Portaria) Blg. 995/2004 ng 9 Agosto 2004 (mga patakaran ng rehistro ng mga dayuhang menor de edad)
instrument-pt-acm-school = Alto Comissariado para as Migrações (Mataas na Komisyon para sa Migrasyon, ACM, Portugal), “May karapatan bang makapasok sa paaralan ang mga anak ko?” (web page na gabay, bago ang 2023)
instrument-th-cabinet-2005 = Thailand, Resolusyon ng Gabinete noong 5 Hulyo 2005 tungkol sa edukasyon ng mga taong walang dokumento ng civil registration o nasyonalidad na Thai
instrument-th-moe-2026 = Thailand, anunsiyo ng Ministri ng Edukasyon tungkol sa pagtanggap ng mga estudyanteng walang civil registration o nasyonalidad na Thai (Royal Gazette, 30 Enero 2026)
instrument-br-lei-13445-2017 = Brazil, Batas sa Migrasyon, Batas Blg. 13.445 ng 24 Mayo 2017
instrument-co-ley-715-2001 = Colombia, Batas 715 ng 2001, artikulo 67 (paunang pang-emerhensiyang lunas)
instrument-co-cc-t-210-2018 = Korte Konstitusyonal ng Colombia, desisyong T-210 ng 2018 (karapatan ng mga migrante sa kalusugan)
instrument-co-circular-16-2018 = Colombia, Pinagsamang Sirkular 16 ng 10 Abril 2018, Ministri ng Pambansang Edukasyon at Migración Colombia (mga batang mula Venezuela sa mga paaralan sa Colombia)

## General cards: health

rights-health-emergency-title = Pang-emerhensiyang lunas medikal
rights-health-emergency-body = Kung nasa panganib ang buhay mo, o maaaring masira habambuhay ang kalusugan mo, may karapatan kang tumanggap ng agarang lunas medikal sa parehong kondisyon ng mga mamamayan. Hindi ito maaaring ipagkait sa iyo dahil wala kang papeles para manatili o magtrabaho, pero maaaring hindi ito libre. Nasa Kumbensiyon ng UN para sa mga Migranteng Manggagawa ang karapatang ito, para sa mga migranteng manggagawa at kanilang pamilya, may papeles man o wala, sa mga bansang sumali rito. Sa Pandaigdigang Kasunduan sa Migrasyon, nangako rin ang mga bansa na gawing abot-kaya at patas ang pangangalagang pangkalusugan para sa mga migrante.
rights-health-emergency-if-refused = Kung tumanggi ang ospital na magbigay ng agarang lunas, hanapin ang taong namamahala at sabihing nasa panganib ang buhay o kalusugan mo. Pagkatapos, maaari kang magreklamo sa pambansang institusyon para sa karapatang pantao o sa ombudsman, o humingi ng tulong sa isang serbisyong tulong-legal o sa isang sentro ng tulong para sa mga migrante.

## General cards: school

rights-education-children-title = Paaralan para sa mga bata
rights-education-children-body = Bawat anak ng migranteng manggagawa ay may karapatang pumasok sa paaralan sa parehong kondisyon ng mga batang mamamayan ng bansa. Hindi maaaring tanggihan o limitahan ng pampublikong paaralan o preschool ang isang bata dahil walang papeles ang bata o ang isa sa mga magulang nito. Nasa Kumbensiyon ng UN para sa mga Migranteng Manggagawa ito, na may bisa sa mga bansang sumali rito. Sa Pandaigdigang Kasunduan sa Migrasyon, nangako rin ang mga bansa na bigyan ang mga batang migrante ng mahusay at inklusibong edukasyon.
rights-education-children-if-refused = Hilingin sa paaralan na isulat ang pagtanggi at ang dahilan nito. Maaaring tumulong sa iyo ang lokal na tanggapan ng edukasyon, isang sentro ng tulong para sa mga migrante, isang serbisyong tulong-legal, o ang pambansang institusyon para sa karapatang pantao o ombudsman.

## General cards: social security

rights-social-security-title = Social security
rights-social-security-body = Kung natutugunan mo ang mga patakaran ng batas sa social security ng bansa, at ng anumang kasunduan sa pagitan ng mga bansa, may karapatan ka sa parehong pagtrato gaya ng mga mamamayan. Ang batas ng bansa ang nagpapasya kung sino ang maaaring tumanggap ng bawat benepisyo, at maaari itong humingi ng mga papeles, rekord ng trabaho o mga kontribusyong naibayad mo. Kung hindi ka pinapayagan ng batas na tumanggap ng isang benepisyo, dapat isaalang-alang ng mga bansang sangkot ang pagbabalik ng ibinayad mo para rito. Nasa Kumbensiyon ng UN para sa mga Migranteng Manggagawa ito, na may bisa sa mga bansang sumali rito.
rights-social-security-if-refused = Hilingin sa tanggapan ng social security na isulat ang desisyon at ang dahilan nito. Maaaring tulungan ka ng isang serbisyong tulong-legal o sentro ng tulong para sa mga migrante na suriin ang mga patakaran o kuwestiyunin ang desisyon.

## General cards: extra rights for people with papers

rights-equal-access-documented-title = Pantay na access para sa mga manggagawang may papeles
rights-equal-access-documented-body = Kung isa kang migranteng manggagawa na may papeles (nasa “regular na sitwasyon”), may karapatan ka sa parehong access ng mga mamamayan sa mga paaralan, pagsasanay sa trabaho, pabahay (kasama ang pabahay na panlipunan) at mga serbisyong panlipunan at pangkalusugan. Ang mga miyembro ng pamilya mo na may papeles ay may parehong access sa mga paaralan, pagsasanay, at mga serbisyong panlipunan at pangkalusugan. Kailangan mo pa ring matugunan ang karaniwang mga patakaran ng bawat serbisyo, at hindi saklaw ng mga dagdag na karapatang ito ang mga taong walang papeles. Nasa Kumbensiyon ng UN para sa mga Migranteng Manggagawa ito, na may bisa sa mga bansang sumali rito.
rights-equal-access-documented-if-refused = Hilingin na isulat ang desisyon at ang dahilan nito. Maaaring tulungan ka ng isang serbisyong tulong-legal o sentro ng tulong para sa mga migrante na alamin kung naaayon sa batas ang pagtanggi. Maaari ka ring magreklamo sa pambansang institusyon para sa karapatang pantao o sa ombudsman.

## General cards: using services safely (the "firewall")

rights-firewall-title = Ligtas na paggamit ng mga serbisyo
rights-firewall-body = Sa Pandaigdigang Kasunduan sa Migrasyon, nangako ang mga bansa na hayaan ang lahat ng migrante, anuman ang kanilang status, na gumamit nang ligtas ng mga pangunahing serbisyo, at tiyaking hindi naglalagay sa mas malaking panganib sa mga migranteng walang papeles ang pakikipagtulungan ng mga serbisyo sa mga awtoridad sa imigrasyon. Ang “firewall” ay nangangahulugang hindi obligado ang mga serbisyo na suriin o ibahagi ang iyong status sa migrasyon, at hindi ito makukuha sa kanila ng mga awtoridad sa imigrasyon. Nanawagan ang isang eksperto ng UN at isang ahensiya sa Europa para sa karapatang pantao (ECRI) na magkaroon ng mga firewall. Hindi garantisado ang mga ito: sa ilang bansa, obligado pa rin ang mga serbisyo na i-report ang mga tao.
rights-firewall-if-refused = Kung nag-aalala ka na baka ibahagi ng isang serbisyo ang impormasyon mo, magtanong muna sa isang sentro ng tulong para sa mga migrante o serbisyong tulong-legal bago pumunta, at tingnan ang sinasabi ng app na ito tungkol sa serbisyong iyon. Kung tinanong ng isang serbisyo ang status mo o ini-report ka nito, maaari mo itong sabihin sa pambansang institusyon para sa karapatang pantao o sa ombudsman.

## General cards: fair treatment and local help

rights-services-non-discrimination-title = Patas na pagtrato sa mga serbisyo
rights-services-non-discrimination-body = Sa Pandaigdigang Kasunduan sa Migrasyon, nangako ang mga bansa na hayaan ang lahat ng migrante, anuman ang kanilang status, na gumamit nang ligtas ng mga pangunahing serbisyo, at gumawa ng mga batas para hindi magdiskrimina ang mga serbisyo laban sa mga migrante dahil sa lahi, kulay, kasarian, wika, relihiyon, pinagmulan, kapansanan o katulad na dahilan. Maaari pa ring makatanggap ng mas maraming serbisyo ang mga mamamayan at mga migranteng may papeles, pero inaasahang itatakda ng batas ang anumang pagkakaiba, at na ito ay patas at may mabuting dahilan. Pangako ito, hindi batas na may bisa sa bansa.
rights-services-non-discrimination-if-refused = Isulat kung ano ang nangyari, kailan, at sino ang naroon. Maaari kang magreklamo sa pambansang institusyon para sa karapatang pantao o sa ombudsman, at maaaring tumulong sa iyo ang isang serbisyong tulong-legal o sentro ng tulong para sa mga migrante.

rights-local-service-points-title = Mga lokal na sentro ng tulong
rights-local-service-points-body = Sa Pandaigdigang Kasunduan sa Migrasyon, nangako ang mga bansa na magtayo ng mga lokal na sentro na madaling puntahan at tumatanggap sa mga migrante. Inaasahang magbibigay ang mga sentrong ito ng malinaw na impormasyon tungkol sa mga pangunahing serbisyo, na angkop sa kababaihan, mga bata at mga taong may kapansanan, at tutulong sa mga tao na ligtas na makarating sa mga serbisyong iyon. Pangako ito, hindi batas, kaya iba-iba sa bawat bansa kung ano ang mayroon. Inililista ng app na ito ang mga ganitong sentro kung saan may alam kami.
rights-local-service-points-if-refused = Kung hindi ka matulungan ng isang sentro, hilingin na i-refer ka nila sa serbisyong makatutulong. Maaari ka ring maghanap sa app na ito ng serbisyong tulong-legal o ibang sentro ng tulong para sa mga migrante na malapit sa iyo.

## General cards: complaints

rights-complaints-title = Paghahain ng reklamo
rights-complaints-body = Sa Pandaigdigang Kasunduan sa Migrasyon, nangako ang mga bansa na magkaroon ng mga independiyenteng ahensiya, gaya ng mga pambansang institusyon para sa karapatang pantao, na tatanggap at magsisiyasat ng mga reklamo kapag paulit-ulit na hinahadlangan ang mga migrante sa mga pangunahing serbisyo. Inaasahang tutulungan ng mga ahensiyang ito ang mga tao na maitama ang mali at magsusulong sila ng pagbabago. Sinasabi rin ng Kumbensiyon ng UN para sa mga Migranteng Manggagawa na ang sinumang nilabag ang mga karapatan sa ilalim nito ay dapat magkaroon ng mabisang remedyo, sa mga bansang sumali rito. Bago ka magreklamo, itanong kung nagbabahagi ng impormasyon ang ahensiya sa mga awtoridad sa imigrasyon.
rights-complaints-if-refused = Kung ayaw tanggapin ng isang ahensiya ang reklamo mo, itanong kung sino ang maaaring tumanggap nito. Maaaring tulungan ka ng isang serbisyong tulong-legal o sentro ng tulong para sa mga migrante na hanapin ang tamang ahensiya at isulat ang reklamo mo.

## General cards: work

rights-work-equal-treatment-title = Patas na sahod at kondisyon sa trabaho
rights-work-equal-treatment-body = Bilang migranteng manggagawa, may karapatan ka sa sahod at mga kondisyon sa trabaho na hindi mas masama kaysa sa mga manggagawang mamamayan ng bansa: oras ng trabaho, overtime, lingguhang pahinga, bayad na bakasyon, kaligtasan, kalusugan, at ang mga patakaran sa pagtatapos ng trabaho. Hindi maaaring alisin ng kontrata sa trabaho ang mga karapatang ito. Nasa iyo pa rin ang mga ito kahit wala kang papeles para manatili o magtrabaho. Nasa Kumbensiyon ng UN para sa mga Migranteng Manggagawa ito, na may bisa sa mga bansang sumali rito.
rights-work-equal-treatment-if-refused = Magtabi ng mga rekord: ang kontrata mo, mga pay slip, mga mensahe, at ang mga araw at oras na nagtrabaho ka. Maaaring tumulong sa iyo ang inspeksiyon sa paggawa, isang unyon, isang serbisyong tulong-legal o sentro ng tulong para sa mga migrante. Bago pumunta sa isang tanggapan ng gobyerno, itanong sa isang sentro para sa mga migrante o serbisyong tulong-legal kung nagbabahagi ng impormasyon ang tanggapang iyon sa mga awtoridad sa imigrasyon.

rights-work-wages-owed-title = Hindi nabayarang sahod
rights-work-wages-owed-body = Dapat pa ring gawin ng employer mo ang sinasabi ng batas at ng kontrata mo, kasama ang pagbabayad sa iyo, kahit wala kang papeles para manatili o magtrabaho. Kung paalisin ka sa bansa, ang pagpapaalis lamang ay hindi nag-aalis ng mga karapatang nakamit mo sa ilalim ng batas, kasama ang sahod na utang sa iyo. Nasa Kumbensiyon ng UN para sa mga Migranteng Manggagawa ito, para sa mga migranteng manggagawa, may papeles man o wala, sa mga bansang sumali rito.
rights-work-wages-owed-if-refused = Isulat ang bawat araw at oras na nagtrabaho ka, at itabi ang anumang patunay ng bayad o ng pangakong bayad. Maaaring tulungan ka ng inspeksiyon sa paggawa, isang unyon, isang serbisyong tulong-legal o sentro ng tulong para sa mga migrante na singilin ang hindi nabayarang sahod. Itanong muna kung nagbabahagi ng impormasyon ang isang tanggapan sa mga awtoridad sa imigrasyon.

rights-work-forced-labour-title = Sapilitang paggawa at pang-aalipin
rights-work-forced-labour-body = Walang sinumang maaaring magpanatili sa iyo sa pagkaalipin o pagkabusabos, o pumilit sa iyo sa sapilitang paggawa. Makikitid lamang ang mga eksepsiyon, gaya ng trabahong bahagi ng sentensiya ng korte. Nasa Kumbensiyon ng UN para sa mga Migranteng Manggagawa ito, para sa lahat ng migranteng manggagawa at kanilang pamilya, may papeles man o wala, sa mga bansang sumali rito.
rights-work-forced-labour-if-refused = Kung pinipilit kang magtrabaho nang labag sa kalooban mo o hindi ka makaalis, maaaring tumulong sa iyo ang isang serbisyo ng suporta para sa mga biktima ng trafficking at sapilitang paggawa, ang inspeksiyon sa paggawa, isang serbisyong tulong-legal o sentro ng tulong para sa mga migrante. Kung nasa panganib ka ngayon, tumawag sa lokal na numero sa emerhensiya.

## General cards: safety, documents, courts

rights-protection-from-violence-title = Proteksiyon laban sa karahasan
rights-protection-from-violence-body = May karapatan ka sa tunay na proteksiyon ng Estado laban sa karahasan, pinsala sa katawan, mga banta at pananakot, galing man ito sa mga opisyal o sa ibang tao. Nasa Kumbensiyon ng UN para sa mga Migranteng Manggagawa ito, para sa lahat ng migranteng manggagawa at kanilang pamilya, may papeles man o wala, sa mga bansang sumali rito.
rights-protection-from-violence-if-refused = Kung nasa panganib ka ngayon, tumawag sa lokal na numero sa emerhensiya. Maaaring tumulong sa iyo ang isang serbisyo ng suporta para sa mga nakaligtas sa karahasan, isang serbisyong tulong-legal o sentro ng tulong para sa mga migrante, kasama na sa pagpunta sa pulis. May mga bansang nagpoprotekta sa mga biktima laban sa aksiyon ng imigrasyon kapag nag-ulat sila ng krimen, pero marami ang hindi, kaya magtanong muna sa isang serbisyo ng suporta.

rights-documents-confiscation-title = Ang iyong mga dokumento ng pagkakakilanlan
rights-documents-confiscation-body = Tanging opisyal na pinahihintulutan ng batas ang maaaring kumuha ng iyong pasaporte, ID, papeles sa paninirahan o permit sa trabaho, kaya hindi ang employer, recruiter o may-ari ng tinitirhan mo. Kung kunin ito ng isang opisyal, dapat kang bigyan ng detalyadong resibo, at walang sinumang maaaring sumira sa pasaporte mo. Nasa Kumbensiyon ng UN para sa mga Migranteng Manggagawa ito, para sa lahat ng migranteng manggagawa at kanilang pamilya, may papeles man o wala, sa mga bansang sumali rito.
rights-documents-confiscation-if-refused = Hilingin na ibalik ang mga dokumento mo. Kung ayaw itong ibalik ng isang tao, maaaring tumulong sa iyo ang inspeksiyon sa paggawa, isang serbisyong tulong-legal, isang sentro ng tulong para sa mga migrante, o ang embahada o konsulado ng bansa mo. Magtabi ng kopya o litrato ng mga dokumento mo sa ligtas na lugar.

rights-children-birth-registration-title = Pagpaparehistro ng kapanganakan ng mga bata
rights-children-birth-registration-body = Bawat anak ng migranteng manggagawa ay may karapatan sa pangalan, sa pagpaparehistro ng kapanganakan, at sa nasyonalidad. Nasa Kumbensiyon ng UN para sa mga Migranteng Manggagawa ito, para sa mga anak ng lahat ng migranteng manggagawa, may papeles man o wala, sa mga bansang sumali rito.
rights-children-birth-registration-if-refused = Hilingin sa tanggapan ng pagpaparehistro na isulat ang pagtanggi. Maaaring tulungan ka ng embahada o konsulado ng bansa mo, isang serbisyong tulong-legal o sentro ng tulong para sa mga migrante na iparehistro ang kapanganakan.

rights-arrest-and-court-title = Kung inaresto ka o haharap ka sa korte
rights-arrest-and-court-body = Kung inaresto ka, dapat sabihin sa iyo kung bakit, hangga't maaari sa wikang naiintindihan mo. Pareho ang mga karapatan mo sa korte gaya ng mga mamamayan. Kung kinasuhan ka ng krimen, maaari kang magkaroon ng libreng interpreter kung hindi mo naiintindihan ang wika ng korte, at ng libreng tulong-legal kung hindi mo kayang magbayad at kinakailangan ito ng hustisya. Nasa Kumbensiyon ng UN para sa mga Migranteng Manggagawa ito, para sa lahat ng migranteng manggagawa at kanilang pamilya, may papeles man o wala, sa mga bansang sumali rito.
rights-arrest-and-court-if-refused = Humingi ng abogado at interpreter, at huwag pumirma sa anumang hindi mo naiintindihan. Maaaring tumulong sa iyo ang embahada o konsulado ng bansa mo, isang serbisyong tulong-legal o sentro ng tulong para sa mga migrante.

rights-expulsion-safeguards-title = Kung pinapaalis ka sa bansa
rights-expulsion-safeguards-body = Hindi maaaring magpaalis ang isang bansa ng mga migrante nang maramihan: dapat suriin at pagpasyahan nang isa-isa ang bawat kaso, ng awtoridad na itinakda ng batas. Dapat sabihin sa iyo ang desisyon sa wikang naiintindihan mo. Ang pagpapaalis lamang ay hindi nag-aalis ng mga karapatang nakamit mo sa ilalim ng batas, gaya ng sahod na utang sa iyo. Nasa Kumbensiyon ng UN para sa mga Migranteng Manggagawa ito, para sa lahat ng migranteng manggagawa at kanilang pamilya, may papeles man o wala, sa mga bansang sumali rito.
rights-expulsion-safeguards-if-refused = Hilingin na isulat ang desisyon at humingi agad ng tulong-legal, dahil maaaring maikli ang panahon para kuwestiyunin ang desisyon. Maaaring tumulong sa iyo ang isang serbisyong tulong-legal, isang sentro ng tulong para sa mga migrante, o ang embahada o konsulado ng bansa mo.

## Country notes: Portugal

rights-pt-health-title = Pangangalagang pangkalusugan sa Portugal
rights-pt-health-body = Sinasabi ng Konstitusyon ng Portugal na lahat ay may karapatan sa proteksiyon ng kalusugan, at na ang mga dayuhan sa Portugal ay may parehong mga karapatan ng mga mamamayang Portuges, maliban sa ilan, gaya ng mga karapatang pampolitika. Sinabi ng tagapangasiwa ng kalusugan sa Portugal (ERS) na walang dayuhang maaaring pagkaitan ng pangangalagang pangkalusugan dahil sa nasyonalidad o kawalan ng pera, anuman ang kalagayan ng kanyang papeles. Kung wala kang residence permit, maaaring pagbayarin ka sa ilang pangangalaga. Pinagtalunan ang mga patakarang ito noong 2024 at 2025 at maaaring nagbago na, kaya alamin muna bago pumunta.
rights-pt-health-if-refused = Maaari kang magreklamo sa tagapangasiwa ng kalusugan, ang Entidade Reguladora da Saúde (ERS). Maaaring tumulong sa iyo ang isang sentro ng suporta para sa mga migrante na CLAIM o CNAIM, o isang serbisyong tulong-legal.

rights-pt-children-title = Paaralan at pangangalagang pangkalusugan para sa mga bata sa Portugal
rights-pt-children-body = Sa Portugal, may espesyal na rehistro (Decree-Law 67/2004) na nagpapahintulot sa mga batang walang papeles na tumanggap ng pangangalagang pangkalusugan at pumasok sa preschool at paaralan na may parehong karapatan ng ibang mga bata. Ang AIMA, ang ahensiya sa migrasyon, ang nag-iingat ng rehistro, at sinasabi ng batas na para lamang dito ito ginagamit. Sinabi ng dating tanggapan sa migrasyon ng Portugal (ACM) na lahat ng bata, anuman ang kanilang papeles, ay maaaring pumasok sa paaralan. Ayon dito, hindi maaaring tanggihan ng paaralan ang batang nasa edad ng sapilitang pag-aaral maliban kung puno na ito, at sa ganoong kaso dapat humanap ng lugar ang awtoridad sa edukasyon.
rights-pt-children-if-refused = Hilingin sa paaralan o health center na isulat ang pagtanggi. Maaaring tumulong sa iyo ang isang sentro ng suporta para sa mga migrante na CLAIM o CNAIM, o isang serbisyong tulong-legal, at maaari nilang ipaliwanag ang rehistro bago mo ito gamitin.

## Country notes: Thailand

rights-th-school-title = Paaralan para sa lahat ng bata sa Thailand
rights-th-school-body = Mula nang magpasya ang Gabinete noong 5 Hulyo 2005, pinapayagan ng Thailand ang mga batang walang papeles ng civil registration o nasyonalidad na Thai na mag-aral sa mga paaralan nito. Noong Enero 2026, inutusan ng Ministri ng Edukasyon ang lahat ng paaralan nito na i-enroll ang mga batang ito, sa anumang antas. Ang batang walang ID number ay binibigyan ng espesyal na student number (isang “G code”).
rights-th-school-if-refused = Humingi ng tulong sa lokal na tanggapan ng education service area. Maaari ring tumulong sa iyo ang isang Migrant Worker Resource Centre o isang serbisyong tulong-legal.

## Country notes: Brazil

rights-br-services-title = Kalusugan, paaralan at suportang panlipunan sa Brazil
rights-br-services-body = Sinasabi ng Batas sa Migrasyon ng Brazil (Batas 13.445 ng 2017) na may access ang mga migrante sa pampublikong serbisyong pangkalusugan, tulong panlipunan at social security, ayon sa itinatakda ng batas, nang walang diskriminasyon dahil sa nasyonalidad o status sa migrasyon. Binibigyan din nito ang mga migrante ng karapatan sa pampublikong edukasyon nang walang ganoong diskriminasyon. Kaya hindi dapat maging dahilan ng pagtanggi sa iyo ang papeles mo.
rights-br-services-if-refused = Nagbibigay ang Tanggapan ng Pampublikong Tagapagtanggol (Defensoria Pública) ng libreng tulong-legal sa mga taong hindi kayang magbayad. Maaari ring tumulong sa iyo ang isang sentro ng suporta para sa mga migrante.

## Country notes: Colombia

rights-co-emergency-care-title = Pang-emerhensiyang lunas sa Colombia
rights-co-emergency-care-body = Sa Colombia, bawat pampubliko o pribadong tagapagbigay ng serbisyong pangkalusugan ay dapat magbigay ng paunang pang-emerhensiyang lunas sa sinumang tao, kaya man nitong magbayad o hindi. Sinabi ng Korte Konstitusyonal ng Colombia na saklaw nito ang mga migranteng walang papeles. Para makasali sa sistemang pangkalusugan para sa ibang pangangalaga, karaniwang kailangan mong gawing regular ang iyong status at magkaroon ng balidong ID.
rights-co-emergency-care-if-refused = Maaari kang magreklamo sa Pambansang Superintendensiya ng Kalusugan (Superintendencia Nacional de Salud), na maaaring magmulta sa mga tagapagbigay na tumatangging magbigay ng paunang pang-emerhensiyang lunas. Maaari ka ring humiling sa korte na protektahan ang iyong mga pangunahing karapatan sa pamamagitan ng “tutela”; magagamit din ito ng mga dayuhan. Maaaring tumulong sa iyo ang isang personería (lokal na tanggapan para sa karapatan ng publiko) o isang serbisyong tulong-legal.

rights-co-school-title = Paaralan para sa mga batang mula Venezuela sa Colombia
rights-co-school-body = Sa Colombia, maaaring mag-enroll ang mga bata at kabataang mula Venezuela sa pampublikong preschool, elementarya at sekundaryang paaralan nang walang visa. Kung walang balidong ID ang bata, irerehistro siya ng paaralan gamit ang numero mula sa lokal na tanggapan ng edukasyon (isang “NES” number). Nagmula ito sa isang pinagsamang sirkular noong 2018 ng Ministri ng Edukasyon at ng Migración Colombia, ang awtoridad sa migrasyon.
rights-co-school-if-refused = Humingi ng tulong sa lokal na tanggapan ng edukasyon (Secretaría de Educación). Maaari ring tumulong sa iyo ang isang personería, isang serbisyong tulong-legal o isang sentro ng suporta para sa mga migrante.
