### Ponte: rights content, English (source locale).
### Structure, needs and citations: locales/rights.toml.
### Sources for every sentence: locales/RIGHTS-SOURCES.md.
### Style: plain words, short sentences, second person. "must" only where a binding
### treaty or law says "shall"; the Global Compact is a promise, never "must".

## Shown with every rights card

rights-disclaimer = General information, not legal advice. Laws and practice differ between countries and can change.

# Variables:
#   $date (String) - the date the text was checked, already formatted
rights-checked = Checked on { $date }

## Whether a country has joined the Migrant Workers Convention (shown on cards that cite it)

rights-ratification-note = The Migrant Workers Convention binds only the countries that have joined it.

# Variables:
#   $country (String) - the country's name, already localised
#   $year (String) - the year the country joined, already formatted
rights-ratification-party = { $country } joined this convention in { $year }, so it must respect these rights.

# Variables:
#   $country (String) - the country's name, already localised
rights-ratification-signatory = { $country } signed this convention but has not joined it yet, so it is not bound by it.

# Variables:
#   $country (String) - the country's name, already localised
rights-ratification-not-party = { $country } has not joined this convention, so the convention does not bind it. The country's own laws may still give you rights.

# Variables:
#   $country (String) - the country's name, already localised
rights-ratification-unknown = We could not confirm whether { $country } has joined this convention.

# Variables:
#   $country (String) - the country's name, already localised
#   $date (String) - the month of the newest source we used, already formatted
rights-ratification-as-of = Our information about { $country } is from { $date }. It may have changed since.

rights-gcm-note = The Global Compact for Migration is a promise that many countries made together in 2018. It is not a law and does not bind any country.

## Names of the instruments cited

instrument-icrmw = International Convention on the Protection of the Rights of All Migrant Workers and Members of Their Families (1990), UN General Assembly resolution 45/158
instrument-gcm = Global Compact for Safe, Orderly and Regular Migration (2018), UN General Assembly resolution A/RES/73/195
instrument-ecri-gpr16 = ECRI General Policy Recommendation No. 16 on safeguarding irregularly present migrants from discrimination, CRI(2016)16, Council of Europe (2016)
instrument-sr-migrants-2018 = Report of the UN Special Rapporteur on the human rights of migrants on access to justice, A/73/178/Rev.1 (2018)
instrument-pt-crp = Constitution of the Portuguese Republic (1976, as revised in 2005)
instrument-pt-ers-2023 = Entidade Reguladora da Saúde (Portugal's health regulator), "Direito de acesso a cuidados de saúde por cidadãos estrangeiros" (2023)
instrument-pt-despacho-25360-2001 = Portugal, Order (Despacho) No. 25 360/2001 of the Minister of Health, 16 November 2001, on access of foreign citizens to the National Health Service
instrument-pt-dl-67-2004 = Portugal, Decree-Law No. 67/2004 of 25 March 2004 (national register of foreign minors in an irregular situation)
instrument-pt-portaria-995-2004 = Portugal, Ordinance (Portaria) No. 995/2004 of 9 August 2004 (rules of the register of foreign minors)
instrument-pt-acm-school = High Commission for Migration (ACM, Portugal), "My children have the right to access to school?" (guidance web page, before 2023)
instrument-th-cabinet-2005 = Thailand, Cabinet Resolution of 5 July 2005 on education for persons without civil registration documents or Thai nationality
instrument-th-moe-2026 = Thailand, Ministry of Education announcement on admitting students without civil registration or Thai nationality (Royal Gazette, 30 January 2026)
instrument-br-lei-13445-2017 = Brazil, Migration Law, Law No. 13.445 of 24 May 2017
instrument-co-ley-715-2001 = Colombia, Law 715 of 2001, article 67 (initial emergency care)
instrument-co-cc-t-210-2018 = Constitutional Court of Colombia, judgment T-210 of 2018 (right to health of migrants)
instrument-co-circular-16-2018 = Colombia, Joint Circular 16 of 10 April 2018, Ministry of National Education and Migración Colombia (children from Venezuela in Colombian schools)

## General cards: health

rights-health-emergency-title = Emergency medical care
rights-health-emergency-body = If your life is in danger, or your health could be harmed for ever, you have the right to urgent medical care on the same terms as citizens. It must not be refused because you have no papers to stay or to work, but it may not be free. This right is in the Migrant Workers Convention, for migrant workers and their families, with or without papers, in the countries that joined it. In the Global Compact for Migration, countries also committed to make health care for migrants affordable and fair.
rights-health-emergency-if-refused = If a hospital refuses urgent care, ask for the person in charge and say that your life or health is at risk. Afterwards, you can complain to a national human rights institution or ombudsperson, or ask a legal aid service or a migrant resource centre for help.

## General cards: school

rights-education-children-title = School for children
rights-education-children-body = Every child of a migrant worker has the right to go to school on the same terms as the country's own children. A public school or pre-school must not refuse or limit a child because the child or a parent has no papers. This is in the Migrant Workers Convention, which binds the countries that joined it. In the Global Compact for Migration, countries also committed to give migrant children good, inclusive education.
rights-education-children-if-refused = Ask the school to give you the refusal and the reason in writing. The local education office, a migrant resource centre, a legal aid service, or a national human rights institution or ombudsperson can help you.

## General cards: social security

rights-social-security-title = Social security
rights-social-security-body = If you meet the rules of the country's social security law, and of any agreement between countries, you have the right to the same treatment as citizens. The country's law decides who can get each benefit, and it may ask for papers, work records or payments in. If the law does not let you get a benefit, the countries involved must consider paying back what you paid in for it. This is in the Migrant Workers Convention, which binds the countries that joined it.
rights-social-security-if-refused = Ask the social security office for its decision and the reason in writing. A legal aid service or a migrant resource centre can help you check the rules or challenge the decision.

## General cards: extra rights for people with papers

rights-equal-access-documented-title = Equal access for workers with papers
rights-equal-access-documented-body = If you are a migrant worker with papers (in a "regular situation"), you have the right to the same access as citizens to schools, job training, housing (including social housing) and social and health services. Your family members with papers have the same access to schools, training and social and health services. You must still meet each service's usual rules, and these extra rights do not cover people without papers. This is in the Migrant Workers Convention, which binds the countries that joined it.
rights-equal-access-documented-if-refused = Ask for the decision and the reason in writing. A legal aid service or a migrant resource centre can help you check whether the refusal was lawful. You can also complain to a national human rights institution or ombudsperson.

## General cards: using services safely (the "firewall")

rights-firewall-title = Using services safely
rights-firewall-body = In the Global Compact for Migration, countries committed to let all migrants use basic services safely, whatever their status, and to make sure that cooperation between services and immigration authorities does not put migrants without papers at greater risk. A "firewall" means that services do not have to check or share your migration status, and immigration authorities cannot get it from them. A UN expert and a European human rights body (ECRI) have called for firewalls. They are not guaranteed: in some countries services must still report people.
rights-firewall-if-refused = If you are worried that a service may share your information, ask a migrant resource centre or a legal aid service before you go, and check what this app says about that service. If a service asked about your status or reported you, you can tell a national human rights institution or ombudsperson.

## General cards: fair treatment and local help

rights-services-non-discrimination-title = Fair treatment in services
rights-services-non-discrimination-body = In the Global Compact for Migration, countries committed to let all migrants, whatever their status, use basic services safely, and to make laws so that services do not discriminate against migrants because of race, colour, sex, language, religion, origin, disability or similar reasons. Citizens and migrants with papers may still get more services, but any difference should be set by law, be fair and have a good reason. This is a promise, not a law that binds the country.
rights-services-non-discrimination-if-refused = Write down what happened, when, and who was there. You can complain to a national human rights institution or ombudsperson, and a legal aid service or a migrant resource centre can help you.

rights-local-service-points-title = Local help centres
rights-local-service-points-body = In the Global Compact for Migration, countries committed to set up easy-to-reach local centres that welcome migrants. These centres should give clear information about basic services, suited to women, children and people with disabilities, and help people reach those services safely. This is a promise, not a law, so what exists differs from country to country. This app lists such centres where we know of them.
rights-local-service-points-if-refused = If a centre cannot help you, ask them to send you to a service that can. You can also look in this app for a legal aid service or another migrant resource centre near you.

## General cards: complaints

rights-complaints-title = Making a complaint
rights-complaints-body = In the Global Compact for Migration, countries committed to have independent bodies, such as national human rights institutions, take and look into complaints when migrants are kept out of basic services again and again. These bodies should help people get things put right and push for change. The Migrant Workers Convention also says that anyone whose rights under it are broken must have an effective remedy, in the countries that joined it. Before you complain, ask whether the body shares information with immigration authorities.
rights-complaints-if-refused = If a body will not take your complaint, ask it who can. A legal aid service or a migrant resource centre can help you find the right body and write your complaint.

## General cards: work

rights-work-equal-treatment-title = Fair pay and conditions at work
rights-work-equal-treatment-body = As a migrant worker, you have the right to pay and working conditions that are no worse than for the country's own workers: working hours, overtime, weekly rest, paid holidays, safety, health, and the rules on ending a job. A work contract cannot take these rights away. You keep them even if you have no papers to stay or to work. This is in the Migrant Workers Convention, which binds the countries that joined it.
rights-work-equal-treatment-if-refused = Keep records: your contract, pay slips, messages, and the days and hours you worked. A labour inspection, a trade union, a legal aid service or a migrant resource centre can help you. Before you go to a government office, ask a migrant centre or legal aid whether it shares information with immigration authorities.

rights-work-wages-owed-title = Unpaid wages
rights-work-wages-owed-body = Your employer must still do what the law and your contract say, including paying you, even if you have no papers to stay or to work. If you are sent out of the country, that alone does not take away rights you earned under the law, including wages owed to you. This is in the Migrant Workers Convention, for migrant workers with or without papers, in the countries that joined it.
rights-work-wages-owed-if-refused = Write down every day and hour you worked, and keep any proof of pay or promises of pay. A labour inspection, a trade union, a legal aid service or a migrant resource centre can help you claim unpaid wages. Ask first whether an office shares information with immigration authorities.

rights-work-forced-labour-title = Forced labour and slavery
rights-work-forced-labour-body = No one may hold you in slavery or servitude, or make you do forced labour. The only exceptions are narrow, such as work that is part of a sentence from a court. This is in the Migrant Workers Convention, for all migrant workers and their families, with or without papers, in the countries that joined it.
rights-work-forced-labour-if-refused = If you are made to work against your will or cannot leave, a support service for victims of trafficking and forced labour, a labour inspection, a legal aid service or a migrant resource centre can help you. If you are in danger now, call the local emergency number.

## General cards: safety, documents, courts

rights-protection-from-violence-title = Protection from violence
rights-protection-from-violence-body = You have the right to real protection by the State against violence, injury, threats and intimidation, whether they come from officials or from other people. This is in the Migrant Workers Convention, for all migrant workers and their families, with or without papers, in the countries that joined it.
rights-protection-from-violence-if-refused = If you are in danger now, call the local emergency number. A support service for survivors of violence, a legal aid service or a migrant resource centre can help you, including with going to the police. Some countries protect victims from immigration action when they report a crime, but many do not, so ask a support service first.

rights-documents-confiscation-title = Your identity documents
rights-documents-confiscation-body = Only an official allowed by law may take your passport, ID, residence papers or work permit, so not your employer, recruiter or landlord. If an official takes them, you must get a detailed receipt, and no one may destroy your passport. This is in the Migrant Workers Convention, for all migrant workers and their families, with or without papers, in the countries that joined it.
rights-documents-confiscation-if-refused = Ask for your documents back. If someone will not return them, a labour inspection, a legal aid service, a migrant resource centre or your country's embassy or consulate can help you. Keep a copy or photo of your documents in a safe place.

rights-children-birth-registration-title = Birth registration for children
rights-children-birth-registration-body = Every child of a migrant worker has the right to a name, to have their birth registered, and to a nationality. This is in the Migrant Workers Convention, for children of all migrant workers, with or without papers, in the countries that joined it.
rights-children-birth-registration-if-refused = Ask the registration office for the refusal in writing. Your country's embassy or consulate, a legal aid service or a migrant resource centre can help you register the birth.

rights-arrest-and-court-title = If you are arrested or go to court
rights-arrest-and-court-body = If you are arrested, you must be told why, as far as possible in a language you understand. You have the same rights as citizens in the courts. If you are charged with a crime, you can have a free interpreter if you do not understand the court's language, and free legal help if you cannot pay and justice needs it. This is in the Migrant Workers Convention, for all migrant workers and their families, with or without papers, in the countries that joined it.
rights-arrest-and-court-if-refused = Ask for a lawyer and an interpreter, and do not sign anything you do not understand. Your country's embassy or consulate, a legal aid service or a migrant resource centre can help you.

rights-expulsion-safeguards-title = If you face removal from the country
rights-expulsion-safeguards-body = A country must not expel migrants as a group: each case must be looked at and decided one by one, by the authority the law names. You must be told the decision in a language you understand. Being expelled does not by itself take away rights you earned under the law, such as wages owed to you. This is in the Migrant Workers Convention, for all migrant workers and their families, with or without papers, in the countries that joined it.
rights-expulsion-safeguards-if-refused = Ask for the decision in writing and get legal help quickly, because the time to challenge a decision may be short. A legal aid service, a migrant resource centre or your country's embassy or consulate can help you.

## Country notes: Portugal

rights-pt-health-title = Health care in Portugal
rights-pt-health-body = Portugal's Constitution says that everyone has the right to health protection, and that foreigners in Portugal have the same rights as Portuguese citizens, except some, such as political rights. Portugal's health regulator (ERS) has said that no foreign person may be denied health care because of nationality or lack of money, whatever the state of their papers. If you have no residence permit, you may be asked to pay for some care. These rules were debated in 2024 and 2025 and may have changed, so check before you go.
rights-pt-health-if-refused = You can complain to the health regulator, the Entidade Reguladora da Saúde (ERS). A CLAIM or CNAIM migrant support centre or a legal aid service can help you.

rights-pt-children-title = School and health care for children in Portugal
rights-pt-children-body = In Portugal, a special register (Decree-Law 67/2004) lets children without papers get health care and go to pre-school and school with the same rights as other children. The register is kept by AIMA, the migration agency, and the law says it is used only for this. Portugal's former migration office (ACM) said that all children, whatever their papers, can go to school. It said a school must not refuse a child of compulsory school age unless it is full, and then the education authority must find a place.
rights-pt-children-if-refused = Ask the school or health centre to put the refusal in writing. A CLAIM or CNAIM migrant support centre or a legal aid service can help you, and can explain the register before you use it.

## Country notes: Thailand

rights-th-school-title = School for all children in Thailand
rights-th-school-body = Since a Cabinet decision of 5 July 2005, Thailand has let children without civil registration papers or Thai nationality study in its schools. In January 2026 the Ministry of Education told all its schools to enrol these children, at any level. A child without an ID number gets a special student number (a "G code").
rights-th-school-if-refused = Ask the local education service area office for help. A Migrant Worker Resource Centre or a legal aid service can also help you.

## Country notes: Brazil

rights-br-services-title = Health, school and social support in Brazil
rights-br-services-body = Brazil's Migration Law (Law 13.445 of 2017) says that migrants have access to public health services, social assistance and social security, as the law sets out, without discrimination because of nationality or migration status. It also gives migrants the right to public education without that discrimination. So your papers should not be the reason you are refused.
rights-br-services-if-refused = The Public Defender's Office (Defensoria Pública) gives free legal help to people who cannot pay. A migrant support centre can also help you.

## Country notes: Colombia

rights-co-emergency-care-title = Emergency care in Colombia
rights-co-emergency-care-body = In Colombia, every public or private health provider must give initial emergency care to any person, whether or not they can pay. Colombia's Constitutional Court has said this includes migrants without papers. To join the health system for other care, you usually need to regularise your status and have a valid ID document.
rights-co-emergency-care-if-refused = You can complain to the National Health Superintendency (Superintendencia Nacional de Salud), which can fine providers that refuse initial emergency care. You can also ask a court to protect your fundamental rights with a "tutela"; foreigners can use it too. A personería (local public rights office) or a legal aid service can help you.

rights-co-school-title = School for children from Venezuela in Colombia
rights-co-school-body = In Colombia, children and teenagers from Venezuela can enrol in public pre-school, primary and secondary school without a visa. If a child has no valid ID document, the school registers them with a number from the local education office (an "NES" number). This comes from a 2018 joint circular of the Ministry of Education and Migración Colombia, the migration authority.
rights-co-school-if-refused = Ask the local education office (Secretaría de Educación) for help. A personería, a legal aid service or a migrant support centre can also help you.
