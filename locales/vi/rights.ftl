### Ponte: rights content, English (source locale).
### Structure, needs and citations: locales/rights.toml.
### Sources for every sentence: locales/RIGHTS-SOURCES.md.
### Style: plain words, short sentences, second person. "must" only where a binding
### treaty or law says "shall"; the Global Compact is a promise, never "must".

## Shown with every rights card

rights-disclaimer = Đây là thông tin chung, không phải tư vấn pháp lý. Luật pháp và cách áp dụng khác nhau giữa các nước và có thể thay đổi.

# Variables:
#   $date (String) - the date the text was checked, already formatted
rights-checked = Đã kiểm tra: { $date }

## Whether a country has joined the Migrant Workers Convention (shown on cards that cite it)

rights-ratification-note = Công ước của Liên Hợp Quốc về người lao động di trú chỉ ràng buộc những nước đã tham gia công ước.

# Variables:
#   $country (String) - the country's name, already localised
#   $year (String) - the year the country joined, already formatted
rights-ratification-party = { $country } đã tham gia công ước này vào năm { $year }, vì vậy nước này phải tôn trọng các quyền này.

# Variables:
#   $country (String) - the country's name, already localised
rights-ratification-signatory = { $country } đã ký công ước này nhưng chưa tham gia, vì vậy nước này không bị công ước ràng buộc.

# Variables:
#   $country (String) - the country's name, already localised
rights-ratification-not-party = { $country } chưa tham gia công ước này, vì vậy công ước không ràng buộc nước này. Luật riêng của nước này vẫn có thể cho bạn các quyền.

# Variables:
#   $country (String) - the country's name, already localised
rights-ratification-unknown = Chúng tôi chưa xác nhận được { $country } đã tham gia công ước này hay chưa.

# Variables:
#   $country (String) - the country's name, already localised
#   $date (String) - the month of the newest source we used, already formatted
rights-ratification-as-of = Thông tin của chúng tôi về { $country } là từ { $date }. Thông tin có thể đã thay đổi kể từ đó.

rights-gcm-note = Thỏa thuận toàn cầu về Di cư là một lời hứa mà nhiều nước cùng đưa ra vào năm 2018. Đây không phải là luật và không ràng buộc nước nào.

## Names of the instruments cited

instrument-icrmw = Công ước quốc tế về bảo vệ quyền của tất cả những người lao động di trú và các thành viên gia đình họ (1990), Nghị quyết 45/158 của Đại hội đồng Liên Hợp Quốc
instrument-gcm = Thỏa thuận toàn cầu về Di cư hợp pháp, an toàn và trật tự (2018), Nghị quyết A/RES/73/195 của Đại hội đồng Liên Hợp Quốc
instrument-ecri-gpr16 = Khuyến nghị chính sách chung số 16 của ECRI (Ủy ban châu Âu chống phân biệt chủng tộc và không khoan dung) về bảo vệ người di cư hiện diện không hợp lệ khỏi phân biệt đối xử, CRI(2016)16, Hội đồng châu Âu (2016)
instrument-sr-migrants-2018 = Báo cáo của Báo cáo viên đặc biệt của Liên Hợp Quốc về quyền con người của người di cư, về tiếp cận công lý, A/73/178/Rev.1 (2018)
instrument-pt-crp = Hiến pháp nước Cộng hòa Bồ Đào Nha (1976, sửa đổi năm 2005)
instrument-pt-ers-2023 = Entidade Reguladora da Saúde (cơ quan quản lý y tế của Bồ Đào Nha), “Direito de acesso a cuidados de saúde por cidadãos estrangeiros” (2023)
instrument-pt-despacho-25360-2001 = Bồ Đào Nha, Quyết định (Despacho) số 25 360/2001 của Bộ trưởng Bộ Y tế, ngày 16 tháng 11 năm 2001, về việc công dân nước ngoài tiếp cận Dịch vụ Y tế Quốc gia
instrument-pt-dl-67-2004 = Bồ Đào Nha, Nghị định-Luật số 67/2004 ngày 25 tháng 3 năm 2004 (sổ đăng ký quốc gia về người nước ngoài chưa thành niên ở tình trạng không hợp lệ)
instrument-pt-portaria-995-2004 = Bồ Đào Nha, Thông tư (Portaria) số 995/2004 ngày 9 tháng 8 năm 2004 (quy định về sổ đăng ký người nước ngoài chưa thành niên)
instrument-pt-acm-school = Alto Comissariado para as Migrações (Cao ủy về Di cư, ACM, Bồ Đào Nha), “Các con tôi có quyền được đi học không?” (trang web hướng dẫn, trước năm 2023)
instrument-th-cabinet-2005 = Thái Lan, Nghị quyết của Nội các ngày 5 tháng 7 năm 2005 về giáo dục cho người không có giấy tờ hộ tịch hoặc quốc tịch Thái
instrument-th-moe-2026 = Thái Lan, thông báo của Bộ Giáo dục về việc nhận học sinh không có đăng ký hộ tịch hoặc quốc tịch Thái (Công báo Hoàng gia, ngày 30 tháng 1 năm 2026)
instrument-br-lei-13445-2017 = Brazil, Luật Di cư, Luật số 13.445 ngày 24 tháng 5 năm 2017
instrument-co-ley-715-2001 = Colombia, Luật 715 năm 2001, Điều 67 (cấp cứu ban đầu)
instrument-co-cc-t-210-2018 = Tòa án Hiến pháp Colombia, phán quyết T-210 năm 2018 (quyền về sức khỏe của người di cư)
instrument-co-circular-16-2018 = Colombia, Thông tư liên tịch 16 ngày 10 tháng 4 năm 2018, Bộ Giáo dục Quốc gia và Migración Colombia (trẻ em từ Venezuela trong các trường học ở Colombia)

## General cards: health

rights-health-emergency-title = Cấp cứu y tế
rights-health-emergency-body = Nếu tính mạng của bạn gặp nguy hiểm, hoặc sức khỏe của bạn có thể bị tổn hại vĩnh viễn, bạn có quyền được chăm sóc y tế khẩn cấp với cùng điều kiện như công dân nước đó. Không được từ chối việc chăm sóc này vì bạn không có giấy tờ cư trú hoặc giấy phép lao động, nhưng việc chăm sóc có thể không miễn phí. Quyền này có trong Công ước của Liên Hợp Quốc về người lao động di trú, dành cho người lao động di trú và gia đình họ, dù có hay không có giấy tờ, tại các nước đã tham gia công ước. Trong Thỏa thuận toàn cầu về Di cư, các nước cũng đã hứa làm cho dịch vụ y tế dành cho người di cư có giá phải chăng và công bằng.
rights-health-emergency-if-refused = Nếu bệnh viện từ chối cấp cứu, hãy yêu cầu gặp người phụ trách và nói rằng tính mạng hoặc sức khỏe của bạn đang gặp nguy hiểm. Sau đó, bạn có thể khiếu nại với cơ quan nhân quyền quốc gia hoặc cơ quan thanh tra độc lập (ombudsman), hoặc nhờ một dịch vụ trợ giúp pháp lý hay một trung tâm hỗ trợ người di cư giúp đỡ.

## General cards: school

rights-education-children-title = Trường học cho trẻ em
rights-education-children-body = Mọi con của người lao động di trú đều có quyền đi học với cùng điều kiện như trẻ em là công dân nước đó. Trường mầm non hoặc trường học công lập không được từ chối hoặc hạn chế việc học của trẻ vì trẻ hoặc cha hay mẹ của trẻ không có giấy tờ. Điều này có trong Công ước của Liên Hợp Quốc về người lao động di trú, công ước ràng buộc các nước đã tham gia. Trong Thỏa thuận toàn cầu về Di cư, các nước cũng đã hứa mang lại cho trẻ em di cư nền giáo dục tốt và hòa nhập.
rights-education-children-if-refused = Hãy yêu cầu nhà trường đưa cho bạn văn bản từ chối và lý do. Phòng giáo dục địa phương, một trung tâm hỗ trợ người di cư, một dịch vụ trợ giúp pháp lý, hoặc cơ quan nhân quyền quốc gia hay cơ quan thanh tra độc lập có thể giúp bạn.

## General cards: social security

rights-social-security-title = An sinh xã hội
rights-social-security-body = Nếu bạn đáp ứng các quy định của luật an sinh xã hội nước đó, và của bất kỳ thỏa thuận nào giữa các nước, bạn có quyền được đối xử như công dân. Luật của nước đó quyết định ai được nhận từng khoản trợ cấp, và có thể yêu cầu giấy tờ, hồ sơ làm việc hoặc các khoản bạn đã đóng. Nếu luật không cho bạn nhận một khoản trợ cấp, các nước liên quan phải xem xét việc hoàn trả số tiền bạn đã đóng cho khoản đó. Điều này có trong Công ước của Liên Hợp Quốc về người lao động di trú, công ước ràng buộc các nước đã tham gia.
rights-social-security-if-refused = Hãy yêu cầu cơ quan an sinh xã hội đưa quyết định và lý do bằng văn bản. Một dịch vụ trợ giúp pháp lý hoặc trung tâm hỗ trợ người di cư có thể giúp bạn kiểm tra các quy định hoặc khiếu nại quyết định đó.

## General cards: extra rights for people with papers

rights-equal-access-documented-title = Tiếp cận bình đẳng cho người lao động có giấy tờ
rights-equal-access-documented-body = Nếu bạn là người lao động di trú có giấy tờ (ở “tình trạng hợp pháp”), bạn có quyền tiếp cận như công dân đối với trường học, đào tạo nghề, nhà ở (kể cả nhà ở xã hội) và các dịch vụ xã hội và y tế. Các thành viên gia đình bạn có giấy tờ cũng được tiếp cận như vậy đối với trường học, đào tạo nghề và các dịch vụ xã hội và y tế. Bạn vẫn phải đáp ứng các quy định thông thường của từng dịch vụ, và các quyền bổ sung này không áp dụng cho người không có giấy tờ. Điều này có trong Công ước của Liên Hợp Quốc về người lao động di trú, công ước ràng buộc các nước đã tham gia.
rights-equal-access-documented-if-refused = Hãy yêu cầu quyết định và lý do bằng văn bản. Một dịch vụ trợ giúp pháp lý hoặc trung tâm hỗ trợ người di cư có thể giúp bạn kiểm tra xem việc từ chối có hợp pháp không. Bạn cũng có thể khiếu nại với cơ quan nhân quyền quốc gia hoặc cơ quan thanh tra độc lập.

## General cards: using services safely (the "firewall")

rights-firewall-title = Sử dụng dịch vụ an toàn
rights-firewall-body = Trong Thỏa thuận toàn cầu về Di cư, các nước đã hứa để mọi người di cư, dù tình trạng thế nào, đều được sử dụng các dịch vụ cơ bản một cách an toàn, và bảo đảm rằng việc hợp tác giữa các dịch vụ và cơ quan di trú không khiến người di cư không có giấy tờ gặp nhiều rủi ro hơn. “Tường lửa” (firewall) nghĩa là các dịch vụ không phải kiểm tra hay chia sẻ tình trạng di trú của bạn, và cơ quan di trú không thể lấy thông tin đó từ họ. Một chuyên gia của Liên Hợp Quốc và một cơ quan nhân quyền châu Âu (ECRI) đã kêu gọi lập tường lửa. Tường lửa không được bảo đảm: ở một số nước, các dịch vụ vẫn buộc phải trình báo về người đến sử dụng dịch vụ.
rights-firewall-if-refused = Nếu bạn lo rằng một dịch vụ có thể chia sẻ thông tin của bạn, hãy hỏi một trung tâm hỗ trợ người di cư hoặc dịch vụ trợ giúp pháp lý trước khi đi, và xem ứng dụng này nói gì về dịch vụ đó. Nếu một dịch vụ đã hỏi về tình trạng của bạn hoặc trình báo về bạn, bạn có thể báo cho cơ quan nhân quyền quốc gia hoặc cơ quan thanh tra độc lập.

## General cards: fair treatment and local help

rights-services-non-discrimination-title = Được đối xử công bằng tại các dịch vụ
rights-services-non-discrimination-body = Trong Thỏa thuận toàn cầu về Di cư, các nước đã hứa để mọi người di cư, dù tình trạng thế nào, đều được sử dụng các dịch vụ cơ bản một cách an toàn, và hứa ban hành luật để các dịch vụ không phân biệt đối xử với người di cư vì chủng tộc, màu da, giới tính, ngôn ngữ, tôn giáo, nguồn gốc, khuyết tật hoặc các lý do tương tự. Công dân và người di cư có giấy tờ vẫn có thể được hưởng nhiều dịch vụ hơn, nhưng mọi sự khác biệt nên được quy định bằng luật, công bằng và có lý do chính đáng. Đây là một lời hứa, không phải luật ràng buộc quốc gia.
rights-services-non-discrimination-if-refused = Hãy ghi lại chuyện gì đã xảy ra, khi nào, và ai có mặt. Bạn có thể khiếu nại với cơ quan nhân quyền quốc gia hoặc cơ quan thanh tra độc lập, và một dịch vụ trợ giúp pháp lý hoặc trung tâm hỗ trợ người di cư có thể giúp bạn.

rights-local-service-points-title = Trung tâm hỗ trợ tại địa phương
rights-local-service-points-body = Trong Thỏa thuận toàn cầu về Di cư, các nước đã hứa lập các trung tâm tại địa phương, dễ đến và chào đón người di cư. Các trung tâm này nên cung cấp thông tin rõ ràng về các dịch vụ cơ bản, phù hợp với phụ nữ, trẻ em và người khuyết tật, và giúp mọi người tiếp cận các dịch vụ đó một cách an toàn. Đây là một lời hứa, không phải luật, nên thực tế mỗi nước một khác. Ứng dụng này liệt kê những trung tâm như vậy ở những nơi chúng tôi biết.
rights-local-service-points-if-refused = Nếu một trung tâm không giúp được bạn, hãy nhờ họ giới thiệu bạn đến một dịch vụ có thể giúp. Bạn cũng có thể tìm trong ứng dụng này một dịch vụ trợ giúp pháp lý hoặc một trung tâm hỗ trợ người di cư khác gần bạn.

## General cards: complaints

rights-complaints-title = Khiếu nại
rights-complaints-body = Trong Thỏa thuận toàn cầu về Di cư, các nước đã hứa để các cơ quan độc lập, như cơ quan nhân quyền quốc gia, tiếp nhận và xem xét khiếu nại khi người di cư nhiều lần bị ngăn cản sử dụng các dịch vụ cơ bản. Các cơ quan này nên giúp mọi người được khắc phục và thúc đẩy thay đổi. Công ước của Liên Hợp Quốc về người lao động di trú cũng nói rằng bất kỳ ai có quyền theo công ước bị vi phạm đều phải có một biện pháp khắc phục hiệu quả, tại các nước đã tham gia công ước. Trước khi khiếu nại, hãy hỏi xem cơ quan đó có chia sẻ thông tin với cơ quan di trú không.
rights-complaints-if-refused = Nếu một cơ quan không nhận khiếu nại của bạn, hãy hỏi họ cơ quan nào có thể nhận. Một dịch vụ trợ giúp pháp lý hoặc trung tâm hỗ trợ người di cư có thể giúp bạn tìm đúng cơ quan và viết đơn khiếu nại.

## General cards: work

rights-work-equal-treatment-title = Lương và điều kiện làm việc công bằng
rights-work-equal-treatment-body = Là người lao động di trú, bạn có quyền được trả lương và có điều kiện làm việc không kém hơn người lao động là công dân nước đó: giờ làm việc, làm thêm giờ, nghỉ hằng tuần, nghỉ phép có lương, an toàn, sức khỏe, và các quy định về chấm dứt việc làm. Hợp đồng lao động không thể tước bỏ các quyền này. Bạn vẫn giữ các quyền này ngay cả khi không có giấy tờ cư trú hoặc giấy phép lao động. Điều này có trong Công ước của Liên Hợp Quốc về người lao động di trú, công ước ràng buộc các nước đã tham gia.
rights-work-equal-treatment-if-refused = Hãy giữ lại bằng chứng: hợp đồng, phiếu lương, tin nhắn, và những ngày, giờ bạn đã làm. Thanh tra lao động, công đoàn, một dịch vụ trợ giúp pháp lý hoặc trung tâm hỗ trợ người di cư có thể giúp bạn. Trước khi đến một cơ quan nhà nước, hãy hỏi một trung tâm hỗ trợ người di cư hoặc dịch vụ trợ giúp pháp lý xem cơ quan đó có chia sẻ thông tin với cơ quan di trú không.

rights-work-wages-owed-title = Lương chưa được trả
rights-work-wages-owed-body = Chủ lao động vẫn phải làm đúng những gì luật và hợp đồng của bạn quy định, kể cả việc trả lương cho bạn, ngay cả khi bạn không có giấy tờ cư trú hoặc giấy phép lao động. Nếu bạn bị trục xuất khỏi nước đó, chỉ riêng việc này không làm mất các quyền bạn đã có theo luật, kể cả tiền lương còn nợ bạn. Điều này có trong Công ước của Liên Hợp Quốc về người lao động di trú, dành cho người lao động di trú dù có hay không có giấy tờ, tại các nước đã tham gia công ước.
rights-work-wages-owed-if-refused = Hãy ghi lại từng ngày, từng giờ bạn đã làm, và giữ mọi bằng chứng về việc trả lương hoặc hứa trả lương. Thanh tra lao động, công đoàn, một dịch vụ trợ giúp pháp lý hoặc trung tâm hỗ trợ người di cư có thể giúp bạn đòi lương chưa được trả. Trước tiên, hãy hỏi xem cơ quan đó có chia sẻ thông tin với cơ quan di trú không.

rights-work-forced-labour-title = Lao động cưỡng bức và nô lệ
rights-work-forced-labour-body = Không ai được giữ bạn làm nô lệ hoặc nô dịch, hay bắt bạn lao động cưỡng bức. Chỉ có vài ngoại lệ rất hẹp, như công việc là một phần của bản án do tòa tuyên. Điều này có trong Công ước của Liên Hợp Quốc về người lao động di trú, dành cho mọi người lao động di trú và gia đình họ, dù có hay không có giấy tờ, tại các nước đã tham gia công ước.
rights-work-forced-labour-if-refused = Nếu bạn bị ép làm việc trái ý muốn hoặc không thể rời đi, một dịch vụ hỗ trợ nạn nhân mua bán người và lao động cưỡng bức, thanh tra lao động, một dịch vụ trợ giúp pháp lý hoặc trung tâm hỗ trợ người di cư có thể giúp bạn. Nếu bạn đang gặp nguy hiểm ngay lúc này, hãy gọi số khẩn cấp tại địa phương.

## General cards: safety, documents, courts

rights-protection-from-violence-title = Được bảo vệ khỏi bạo lực
rights-protection-from-violence-body = Bạn có quyền được Nhà nước bảo vệ thực sự khỏi bạo lực, thương tích, đe dọa và uy hiếp, dù đến từ quan chức hay từ người khác. Điều này có trong Công ước của Liên Hợp Quốc về người lao động di trú, dành cho mọi người lao động di trú và gia đình họ, dù có hay không có giấy tờ, tại các nước đã tham gia công ước.
rights-protection-from-violence-if-refused = Nếu bạn đang gặp nguy hiểm ngay lúc này, hãy gọi số khẩn cấp tại địa phương. Một dịch vụ hỗ trợ người bị bạo lực, một dịch vụ trợ giúp pháp lý hoặc trung tâm hỗ trợ người di cư có thể giúp bạn, kể cả việc đi báo cảnh sát. Một số nước bảo vệ nạn nhân khỏi các biện pháp di trú khi họ trình báo tội phạm, nhưng nhiều nước không làm vậy, vì thế hãy hỏi một dịch vụ hỗ trợ trước.

rights-documents-confiscation-title = Giấy tờ tùy thân của bạn
rights-documents-confiscation-body = Chỉ quan chức được pháp luật cho phép mới được lấy hộ chiếu, giấy tờ tùy thân, giấy tờ cư trú hoặc giấy phép lao động của bạn, vì vậy chủ lao động, người môi giới tuyển dụng hay chủ nhà đều không được lấy. Nếu quan chức lấy giấy tờ, bạn phải được nhận một biên nhận chi tiết, và không ai được hủy hộ chiếu của bạn. Điều này có trong Công ước của Liên Hợp Quốc về người lao động di trú, dành cho mọi người lao động di trú và gia đình họ, dù có hay không có giấy tờ, tại các nước đã tham gia công ước.
rights-documents-confiscation-if-refused = Hãy yêu cầu trả lại giấy tờ. Nếu ai đó không chịu trả lại, thanh tra lao động, một dịch vụ trợ giúp pháp lý, một trung tâm hỗ trợ người di cư hoặc đại sứ quán hay lãnh sự quán của nước bạn có thể giúp bạn. Hãy giữ bản sao hoặc ảnh chụp giấy tờ ở một nơi an toàn.

rights-children-birth-registration-title = Đăng ký khai sinh cho trẻ em
rights-children-birth-registration-body = Mọi con của người lao động di trú đều có quyền có tên, được đăng ký khai sinh và có quốc tịch. Điều này có trong Công ước của Liên Hợp Quốc về người lao động di trú, dành cho con của mọi người lao động di trú, dù có hay không có giấy tờ, tại các nước đã tham gia công ước.
rights-children-birth-registration-if-refused = Hãy yêu cầu cơ quan đăng ký đưa văn bản từ chối. Đại sứ quán hoặc lãnh sự quán của nước bạn, một dịch vụ trợ giúp pháp lý hoặc trung tâm hỗ trợ người di cư có thể giúp bạn đăng ký khai sinh.

rights-arrest-and-court-title = Nếu bạn bị bắt hoặc phải ra tòa
rights-arrest-and-court-body = Nếu bạn bị bắt, bạn phải được cho biết lý do, bằng ngôn ngữ bạn hiểu trong chừng mực có thể. Trước tòa án, bạn có các quyền như công dân. Nếu bạn bị buộc tội hình sự, bạn có thể được phiên dịch miễn phí nếu không hiểu ngôn ngữ của tòa, và được trợ giúp pháp lý miễn phí nếu bạn không có khả năng chi trả và lợi ích của công lý đòi hỏi điều đó. Điều này có trong Công ước của Liên Hợp Quốc về người lao động di trú, dành cho mọi người lao động di trú và gia đình họ, dù có hay không có giấy tờ, tại các nước đã tham gia công ước.
rights-arrest-and-court-if-refused = Hãy yêu cầu có luật sư và phiên dịch, và đừng ký bất cứ thứ gì bạn không hiểu. Đại sứ quán hoặc lãnh sự quán của nước bạn, một dịch vụ trợ giúp pháp lý hoặc trung tâm hỗ trợ người di cư có thể giúp bạn.

rights-expulsion-safeguards-title = Nếu bạn có nguy cơ bị trục xuất
rights-expulsion-safeguards-body = Một nước không được trục xuất người di cư theo nhóm: mỗi trường hợp phải được xem xét và quyết định riêng, bởi cơ quan do luật quy định. Bạn phải được thông báo quyết định bằng ngôn ngữ bạn hiểu. Việc bị trục xuất tự nó không làm mất các quyền bạn đã có theo luật, như tiền lương còn nợ bạn. Điều này có trong Công ước của Liên Hợp Quốc về người lao động di trú, dành cho mọi người lao động di trú và gia đình họ, dù có hay không có giấy tờ, tại các nước đã tham gia công ước.
rights-expulsion-safeguards-if-refused = Hãy yêu cầu quyết định bằng văn bản và nhanh chóng tìm trợ giúp pháp lý, vì thời hạn để khiếu nại quyết định có thể ngắn. Một dịch vụ trợ giúp pháp lý, trung tâm hỗ trợ người di cư hoặc đại sứ quán hay lãnh sự quán của nước bạn có thể giúp bạn.

## Country notes: Portugal

rights-pt-health-title = Chăm sóc y tế tại Bồ Đào Nha
rights-pt-health-body = Hiến pháp Bồ Đào Nha nói rằng mọi người đều có quyền được bảo vệ sức khỏe, và người nước ngoài ở Bồ Đào Nha có các quyền như công dân Bồ Đào Nha, trừ một số quyền, như quyền chính trị. Cơ quan quản lý y tế của Bồ Đào Nha (ERS) đã nói rằng không được từ chối chăm sóc y tế cho bất kỳ người nước ngoài nào vì quốc tịch hoặc vì không có tiền, dù giấy tờ của họ thế nào. Nếu bạn không có giấy phép cư trú, bạn có thể bị yêu cầu trả tiền cho một số dịch vụ. Các quy định này đã được tranh luận trong năm 2024 và 2025 và có thể đã thay đổi, vì vậy hãy kiểm tra trước khi đi.
rights-pt-health-if-refused = Bạn có thể khiếu nại với cơ quan quản lý y tế, Entidade Reguladora da Saúde (ERS). Một trung tâm hỗ trợ người di cư CLAIM hoặc CNAIM, hoặc một dịch vụ trợ giúp pháp lý có thể giúp bạn.

rights-pt-children-title = Trường học và chăm sóc y tế cho trẻ em tại Bồ Đào Nha
rights-pt-children-body = Ở Bồ Đào Nha, một sổ đăng ký đặc biệt (Nghị định-Luật 67/2004) cho phép trẻ em không có giấy tờ được chăm sóc y tế và đi học mẫu giáo và đi học với các quyền như những trẻ em khác. Sổ đăng ký do AIMA, cơ quan di trú, quản lý, và luật nói rằng sổ chỉ được dùng cho việc này. Cơ quan di trú trước đây của Bồ Đào Nha (ACM) đã nói rằng mọi trẻ em, dù giấy tờ thế nào, đều có thể đi học. Theo cơ quan này, trường không được từ chối trẻ trong độ tuổi học bắt buộc, trừ khi trường đã hết chỗ, và khi đó cơ quan giáo dục phải tìm chỗ học cho trẻ.
rights-pt-children-if-refused = Hãy yêu cầu trường học hoặc trung tâm y tế ghi lời từ chối bằng văn bản. Một trung tâm hỗ trợ người di cư CLAIM hoặc CNAIM, hoặc một dịch vụ trợ giúp pháp lý có thể giúp bạn, và có thể giải thích về sổ đăng ký trước khi bạn dùng nó.

## Country notes: Thailand

rights-th-school-title = Trường học cho mọi trẻ em tại Thái Lan
rights-th-school-body = Từ quyết định của Nội các ngày 5 tháng 7 năm 2005, Thái Lan đã cho phép trẻ em không có giấy tờ hộ tịch hoặc quốc tịch Thái được học trong các trường của mình. Vào tháng 1 năm 2026, Bộ Giáo dục đã yêu cầu tất cả các trường thuộc Bộ nhận những trẻ em này, ở mọi cấp học. Trẻ không có mã số định danh sẽ được cấp một mã số học sinh đặc biệt (“mã G”).
rights-th-school-if-refused = Hãy nhờ văn phòng khu vực giáo dục tại địa phương giúp đỡ. Một Trung tâm hỗ trợ lao động di cư (Migrant Worker Resource Centre) hoặc dịch vụ trợ giúp pháp lý cũng có thể giúp bạn.

## Country notes: Brazil

rights-br-services-title = Y tế, trường học và hỗ trợ xã hội tại Brazil
rights-br-services-body = Luật Di cư của Brazil (Luật 13.445 năm 2017) nói rằng người di cư được tiếp cận dịch vụ y tế công, trợ giúp xã hội và an sinh xã hội, theo quy định của pháp luật, mà không bị phân biệt đối xử vì quốc tịch hay tình trạng di trú. Luật này cũng cho người di cư quyền được học ở trường công mà không bị phân biệt đối xử như vậy. Vì vậy, giấy tờ của bạn không nên là lý do khiến bạn bị từ chối.
rights-br-services-if-refused = Văn phòng Luật sư Công (Defensoria Pública) trợ giúp pháp lý miễn phí cho những người không có khả năng chi trả. Một trung tâm hỗ trợ người di cư cũng có thể giúp bạn.

## Country notes: Colombia

rights-co-emergency-care-title = Cấp cứu tại Colombia
rights-co-emergency-care-body = Ở Colombia, mọi cơ sở y tế công hoặc tư đều phải cấp cứu ban đầu cho bất kỳ ai, dù người đó có trả được tiền hay không. Tòa án Hiến pháp Colombia đã nói rằng điều này bao gồm cả người di cư không có giấy tờ. Để tham gia hệ thống y tế cho các dịch vụ khác, bạn thường cần hợp thức hóa tình trạng cư trú và có giấy tờ tùy thân hợp lệ.
rights-co-emergency-care-if-refused = Bạn có thể khiếu nại với Cơ quan Giám sát Y tế Quốc gia (Superintendencia Nacional de Salud); cơ quan này có thể phạt các cơ sở từ chối cấp cứu ban đầu. Bạn cũng có thể yêu cầu tòa án bảo vệ các quyền cơ bản của bạn bằng đơn “tutela”; người nước ngoài cũng có thể dùng đơn này. Một personería (văn phòng bảo vệ quyền người dân tại địa phương) hoặc dịch vụ trợ giúp pháp lý có thể giúp bạn.

rights-co-school-title = Trường học cho trẻ em từ Venezuela tại Colombia
rights-co-school-body = Ở Colombia, trẻ em và thiếu niên từ Venezuela có thể nhập học mẫu giáo, tiểu học và trung học công lập mà không cần thị thực. Nếu trẻ không có giấy tờ tùy thân hợp lệ, nhà trường sẽ đăng ký cho trẻ bằng một mã số do phòng giáo dục địa phương cấp (mã số “NES”). Điều này dựa trên một thông tư liên tịch năm 2018 của Bộ Giáo dục và Migración Colombia, cơ quan di trú.
rights-co-school-if-refused = Hãy nhờ phòng giáo dục địa phương (Secretaría de Educación) giúp đỡ. Một personería, một dịch vụ trợ giúp pháp lý hoặc trung tâm hỗ trợ người di cư cũng có thể giúp bạn.
