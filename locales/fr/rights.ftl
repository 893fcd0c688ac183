### Ponte: rights content, French (translated from locales/en/rights.ftl).
### Structure, needs and citations: locales/rights.toml.
### Sources for every sentence: locales/RIGHTS-SOURCES.md.
### Style: plain words, short sentences, "vous". "doit" only where the English says "must"
### (a binding treaty or law); the Global Compact is a promise ("se sont engagés"), never "doit".

## Shown with every rights card

rights-disclaimer = Informations générales, pas un conseil juridique. Les lois et les pratiques varient d'un pays à l'autre et peuvent changer.

# Variables:
#   $date (String) - the date the text was checked, already formatted
rights-checked = Vérifié le { $date }

## Whether a country has joined the Migrant Workers Convention (shown on cards that cite it)

rights-ratification-note = La Convention sur les travailleurs migrants oblige seulement les pays qui l'ont rejointe.

# Variables:
#   $country (String) - the country's name, already localised
#   $year (String) - the year the country joined, already formatted
rights-ratification-party = { $country } : ce pays a rejoint cette convention en { $year }. Il doit donc respecter ces droits.

# Variables:
#   $country (String) - the country's name, already localised
rights-ratification-signatory = { $country } : ce pays a signé cette convention mais ne l'a pas encore rejointe. Il n'est donc pas lié par elle.

# Variables:
#   $country (String) - the country's name, already localised
rights-ratification-not-party = { $country } : ce pays n'a pas rejoint cette convention, donc la convention ne l'oblige pas. Les lois du pays peuvent quand même vous donner des droits.

# Variables:
#   $country (String) - the country's name, already localised
rights-ratification-unknown = { $country } : nous n'avons pas pu confirmer si ce pays a rejoint cette convention.

# Variables:
#   $country (String) - the country's name, already localised
#   $date (String) - the month of the newest source we used, already formatted
rights-ratification-as-of = { $country } : nos informations sur ce pays datent de { $date }. Elles ont pu changer depuis.

rights-gcm-note = Le Pacte mondial sur les migrations est une promesse que de nombreux pays ont faite ensemble en 2018. Ce n'est pas une loi, et il n'oblige aucun pays.

## Names of the instruments cited

instrument-icrmw = Convention internationale sur la protection des droits de tous les travailleurs migrants et des membres de leur famille (1990), résolution 45/158 de l'Assemblée générale des Nations Unies
instrument-gcm = Pacte mondial pour des migrations sûres, ordonnées et régulières (2018), résolution A/RES/73/195 de l'Assemblée générale des Nations Unies
instrument-ecri-gpr16 = Recommandation de politique générale n° 16 de l'ECRI sur la protection des migrants en situation irrégulière contre la discrimination, CRI(2016)16, Conseil de l'Europe (2016)
instrument-sr-migrants-2018 = Rapport du Rapporteur spécial des Nations Unies sur les droits de l'homme des migrants (accès à la justice), A/73/178/Rev.1 (2018)
instrument-pt-crp = Constitution de la République portugaise (1976, telle que révisée en 2005)
instrument-pt-ers-2023 = Entidade Reguladora da Saúde (autorité de régulation de la santé au Portugal), « Direito de acesso a cuidados de saúde por cidadãos estrangeiros » (2023)
instrument-pt-despacho-25360-2001 = Portugal, arrêté (Despacho) n° 25 360/2001 du ministre de la Santé, 16 novembre 2001, sur l'accès des citoyens étrangers au Service national de santé
instrument-pt-dl-67-2004 = Portugal, décret-loi n° 67/2004 du 25 mars 2004 (registre national des mineurs étrangers en situation irrégulière)
instrument-pt-portaria-995-2004 = Portugal, arrêté (Portaria) n° 995/2004 du 9 août 2004 (règles du registre des mineurs étrangers)
instrument-pt-acm-school = Haut-Commissariat pour les migrations (ACM, Portugal), « Os meus filhos têm direito de acesso à escola? » (« Mes enfants ont-ils le droit d'aller à l'école ? ») (page web d'information, avant 2023)
instrument-th-cabinet-2005 = Thaïlande, résolution du Conseil des ministres du 5 juillet 2005 sur l'éducation des personnes sans documents d'état civil ou sans nationalité thaïlandaise
instrument-th-moe-2026 = Thaïlande, annonce du ministère de l'Éducation sur l'admission des élèves sans enregistrement à l'état civil ou sans nationalité thaïlandaise (Journal officiel royal, 30 janvier 2026)
instrument-br-lei-13445-2017 = Brésil, loi sur la migration (Lei de Migração), loi n° 13.445 du 24 mai 2017
instrument-co-ley-715-2001 = Colombie, loi 715 de 2001, article 67 (soins d'urgence initiaux)
instrument-co-cc-t-210-2018 = Cour constitutionnelle de Colombie, arrêt T-210 de 2018 (droit à la santé des migrants)
instrument-co-circular-16-2018 = Colombie, circulaire conjointe 16 du 10 avril 2018, ministère de l'Éducation nationale et Migración Colombia (enfants venant du Venezuela dans les écoles colombiennes)

## General cards: health

rights-health-emergency-title = Soins médicaux d'urgence
rights-health-emergency-body = Si votre vie est en danger, ou si votre santé risque d'être atteinte pour toujours, vous avez le droit de recevoir des soins médicaux urgents aux mêmes conditions que les citoyens du pays. Ces soins ne doivent pas vous être refusés parce que vous n'avez pas de papiers pour rester ou pour travailler, mais ils ne sont pas forcément gratuits. Ce droit figure dans la Convention sur les travailleurs migrants, pour les travailleurs migrants et leur famille, avec ou sans papiers, dans les pays qui l'ont rejointe. Dans le Pacte mondial sur les migrations, les pays se sont aussi engagés à rendre les soins de santé abordables et équitables pour les migrants.
rights-health-emergency-if-refused = Si un hôpital refuse de vous donner des soins urgents, demandez à parler au responsable et dites que votre vie ou votre santé est en danger. Ensuite, vous pouvez faire une réclamation auprès d'une institution nationale des droits humains ou d'un médiateur, ou demander de l'aide à un service d'aide juridique ou à un centre d'aide aux migrants.

## General cards: school

rights-education-children-title = L'école pour les enfants
rights-education-children-body = Chaque enfant d'un travailleur migrant a le droit d'aller à l'école aux mêmes conditions que les enfants du pays. Une école ou une école maternelle publique ne doit pas refuser un enfant, ni limiter son accès, parce que l'enfant ou l'un de ses parents n'a pas de papiers. Ce droit figure dans la Convention sur les travailleurs migrants, qui oblige les pays qui l'ont rejointe. Dans le Pacte mondial sur les migrations, les pays se sont aussi engagés à offrir aux enfants migrants une éducation de qualité et inclusive.
rights-education-children-if-refused = Demandez à l'école de vous donner par écrit le refus et sa raison. Le service local de l'éducation, un centre d'aide aux migrants, un service d'aide juridique, ou une institution nationale des droits humains ou un médiateur peuvent vous aider.

## General cards: social security

rights-social-security-title = Sécurité sociale
rights-social-security-body = Si vous remplissez les conditions de la loi du pays sur la sécurité sociale, et de tout accord entre pays, vous avez droit au même traitement que les citoyens. C'est la loi du pays qui décide qui peut recevoir chaque prestation, et elle peut demander des papiers, des preuves de travail ou des cotisations versées. Si la loi ne vous permet pas de recevoir une prestation, les pays concernés doivent étudier la possibilité de vous rembourser les cotisations que vous avez versées pour cette prestation. Ce droit figure dans la Convention sur les travailleurs migrants, qui oblige les pays qui l'ont rejointe.
rights-social-security-if-refused = Demandez à l'organisme de sécurité sociale sa décision et la raison par écrit. Un service d'aide juridique ou un centre d'aide aux migrants peut vous aider à vérifier les règles ou à contester la décision.

## General cards: extra rights for people with papers

rights-equal-access-documented-title = Égalité d'accès pour les travailleurs avec papiers
rights-equal-access-documented-body = Si vous êtes un travailleur migrant avec papiers (en « situation régulière »), vous avez droit au même accès que les citoyens aux écoles, à la formation professionnelle, au logement (y compris le logement social) et aux services sociaux et de santé. Les membres de votre famille qui ont des papiers ont le même accès aux écoles, à la formation et aux services sociaux et de santé. Vous devez quand même remplir les conditions habituelles de chaque service, et ces droits supplémentaires ne concernent pas les personnes sans papiers. Cela figure dans la Convention sur les travailleurs migrants, qui oblige les pays qui l'ont rejointe.
rights-equal-access-documented-if-refused = Demandez la décision et la raison par écrit. Un service d'aide juridique ou un centre d'aide aux migrants peut vous aider à vérifier si le refus était légal. Vous pouvez aussi faire une réclamation auprès d'une institution nationale des droits humains ou d'un médiateur.

## General cards: using services safely (the "firewall")

rights-firewall-title = Utiliser les services sans danger
rights-firewall-body = Dans le Pacte mondial sur les migrations, les pays se sont engagés à permettre à tous les migrants, quel que soit leur statut, d'utiliser les services de base sans danger, et à faire en sorte que la coopération entre les services et les autorités de l'immigration ne mette pas davantage en danger les migrants sans papiers. Un « pare-feu » veut dire que les services n'ont pas à vérifier ni à transmettre votre statut migratoire, et que les autorités de l'immigration ne peuvent pas l'obtenir auprès d'eux. Un expert de l'ONU et un organisme européen de défense des droits humains (l'ECRI) ont demandé des pare-feu. Ils ne sont pas garantis : dans certains pays, les services doivent quand même signaler les personnes.
rights-firewall-if-refused = Si vous avez peur qu'un service transmette vos informations, demandez conseil à un centre d'aide aux migrants ou à un service d'aide juridique avant d'y aller, et regardez ce que cette application dit de ce service. Si un service vous a posé des questions sur votre statut ou a signalé votre situation aux autorités, vous pouvez le dire à une institution nationale des droits humains ou à un médiateur.

## General cards: fair treatment and local help

rights-services-non-discrimination-title = Un traitement juste dans les services
rights-services-non-discrimination-body = Dans le Pacte mondial sur les migrations, les pays se sont engagés à permettre à tous les migrants, quel que soit leur statut, d'utiliser les services de base sans danger, et à adopter des lois pour que les services ne fassent pas de discrimination contre les migrants à cause de la race, de la couleur, du sexe, de la langue, de la religion, de l'origine, d'un handicap ou pour des raisons semblables. Les citoyens et les migrants avec papiers peuvent quand même recevoir plus de services, mais toute différence devrait être fixée par la loi, être juste et avoir une bonne raison. C'est une promesse, pas une loi qui oblige le pays.
rights-services-non-discrimination-if-refused = Notez ce qui s'est passé, quand, et qui était présent. Vous pouvez faire une réclamation auprès d'une institution nationale des droits humains ou d'un médiateur, et un service d'aide juridique ou un centre d'aide aux migrants peut vous aider.

rights-local-service-points-title = Centres d'aide locaux
rights-local-service-points-body = Dans le Pacte mondial sur les migrations, les pays se sont engagés à créer des centres locaux faciles d'accès, qui accueillent les migrants. Ces centres devraient donner des informations claires sur les services de base, adaptées aux femmes, aux enfants et aux personnes handicapées, et aider les gens à accéder à ces services sans danger. C'est une promesse, pas une loi : ce qui existe varie donc d'un pays à l'autre. Cette application indique ces centres quand nous les connaissons.
rights-local-service-points-if-refused = Si un centre ne peut pas vous aider, demandez-lui de vous orienter vers un service qui le peut. Vous pouvez aussi chercher dans cette application un service d'aide juridique ou un autre centre d'aide aux migrants près de chez vous.

## General cards: complaints

rights-complaints-title = Faire une réclamation
rights-complaints-body = Dans le Pacte mondial sur les migrations, les pays se sont engagés à ce que des organismes indépendants, comme les institutions nationales des droits humains, reçoivent et examinent les plaintes quand des migrants sont empêchés, encore et encore, d'accéder aux services de base. Ces organismes devraient aider les personnes à obtenir réparation et pousser au changement. La Convention sur les travailleurs migrants dit aussi que toute personne dont les droits prévus par cette convention sont violés doit disposer d'un recours efficace, dans les pays qui l'ont rejointe. Avant de faire une réclamation, demandez si l'organisme partage des informations avec les autorités de l'immigration.
rights-complaints-if-refused = Si un organisme refuse votre réclamation, demandez-lui qui peut la recevoir. Un service d'aide juridique ou un centre d'aide aux migrants peut vous aider à trouver le bon organisme et à écrire votre réclamation.

## General cards: work

rights-work-equal-treatment-title = Salaire et conditions de travail justes
rights-work-equal-treatment-body = En tant que travailleur migrant, vous avez droit à un salaire et à des conditions de travail qui ne sont pas moins bons que pour les travailleurs du pays : horaires de travail, heures supplémentaires, repos hebdomadaire, congés payés, sécurité, santé, et règles sur la fin d'un emploi. Un contrat de travail ne peut pas vous retirer ces droits. Vous les gardez même si vous n'avez pas de papiers pour rester ou pour travailler. Cela figure dans la Convention sur les travailleurs migrants, qui oblige les pays qui l'ont rejointe.
rights-work-equal-treatment-if-refused = Gardez des preuves : votre contrat, vos fiches de paie, vos messages, et les jours et les heures où vous avez travaillé. L'inspection du travail, un syndicat, un service d'aide juridique ou un centre d'aide aux migrants peut vous aider. Avant d'aller dans un bureau de l'administration, demandez à un centre d'aide aux migrants ou à un service d'aide juridique si ce bureau partage des informations avec les autorités de l'immigration.

rights-work-wages-owed-title = Salaires impayés
rights-work-wages-owed-body = Votre employeur doit quand même respecter la loi et votre contrat, y compris vous payer, même si vous n'avez pas de papiers pour rester ou pour travailler. Si on vous renvoie du pays, cela seul ne vous enlève pas les droits que vous avez acquis selon la loi, y compris les salaires qu'on vous doit. Cela figure dans la Convention sur les travailleurs migrants, pour les travailleurs migrants avec ou sans papiers, dans les pays qui l'ont rejointe.
rights-work-wages-owed-if-refused = Notez chaque jour et chaque heure où vous avez travaillé, et gardez toute preuve de paiement ou de promesse de paiement. L'inspection du travail, un syndicat, un service d'aide juridique ou un centre d'aide aux migrants peut vous aider à réclamer les salaires impayés. Demandez d'abord si un bureau partage des informations avec les autorités de l'immigration.

rights-work-forced-labour-title = Travail forcé et esclavage
rights-work-forced-labour-body = Personne n'a le droit de vous tenir en esclavage ou en servitude, ni de vous obliger à faire un travail forcé. Les seules exceptions sont limitées, comme un travail qui fait partie d'une peine décidée par un tribunal. Cela figure dans la Convention sur les travailleurs migrants, pour tous les travailleurs migrants et leur famille, avec ou sans papiers, dans les pays qui l'ont rejointe.
rights-work-forced-labour-if-refused = Si on vous oblige à travailler contre votre volonté ou si vous ne pouvez pas partir, un service d'aide aux victimes de traite et de travail forcé, l'inspection du travail, un service d'aide juridique ou un centre d'aide aux migrants peut vous aider. Si vous êtes en danger maintenant, appelez le numéro d'urgence local.

## General cards: safety, documents, courts

rights-protection-from-violence-title = Protection contre la violence
rights-protection-from-violence-body = Vous avez droit à une vraie protection de l'État contre la violence, les blessures, les menaces et l'intimidation, qu'elles viennent d'agents de l'État ou d'autres personnes. Cela figure dans la Convention sur les travailleurs migrants, pour tous les travailleurs migrants et leur famille, avec ou sans papiers, dans les pays qui l'ont rejointe.
rights-protection-from-violence-if-refused = Si vous êtes en danger maintenant, appelez le numéro d'urgence local. Un service d'aide aux victimes de violences, un service d'aide juridique ou un centre d'aide aux migrants peut vous aider, y compris pour aller à la police. Certains pays protègent les victimes contre les mesures des services de l'immigration quand elles signalent un crime, mais beaucoup ne le font pas : demandez donc d'abord conseil à un service d'aide.

rights-documents-confiscation-title = Vos papiers d'identité
rights-documents-confiscation-body = Seul un agent de l'État autorisé par la loi peut prendre votre passeport, votre carte d'identité, vos papiers de séjour ou votre permis de travail : votre employeur, votre recruteur ou votre propriétaire ne le peuvent pas. Si un agent de l'État les prend, vous devez recevoir un reçu détaillé, et personne n'a le droit de détruire votre passeport. Cela figure dans la Convention sur les travailleurs migrants, pour tous les travailleurs migrants et leur famille, avec ou sans papiers, dans les pays qui l'ont rejointe.
rights-documents-confiscation-if-refused = Demandez qu'on vous rende vos documents. Si quelqu'un refuse de vous les rendre, l'inspection du travail, un service d'aide juridique, un centre d'aide aux migrants ou l'ambassade ou le consulat de votre pays peut vous aider. Gardez une copie ou une photo de vos documents dans un endroit sûr.

rights-children-birth-registration-title = Enregistrer la naissance des enfants
rights-children-birth-registration-body = Chaque enfant d'un travailleur migrant a droit à un nom, à l'enregistrement de sa naissance et à une nationalité. Cela figure dans la Convention sur les travailleurs migrants, pour les enfants de tous les travailleurs migrants, avec ou sans papiers, dans les pays qui l'ont rejointe.
rights-children-birth-registration-if-refused = Demandez au bureau de l'état civil de vous donner le refus par écrit. L'ambassade ou le consulat de votre pays, un service d'aide juridique ou un centre d'aide aux migrants peut vous aider à enregistrer la naissance.

rights-arrest-and-court-title = En cas d'arrestation ou de passage devant un tribunal
rights-arrest-and-court-body = Si on vous arrête, on doit vous dire pourquoi, autant que possible dans une langue que vous comprenez. Vous avez les mêmes droits que les citoyens devant les tribunaux. Si on vous accuse d'une infraction pénale, vous pouvez avoir un interprète gratuit si vous ne comprenez pas la langue du tribunal, et une aide juridique gratuite si vous ne pouvez pas payer et si l'intérêt de la justice l'exige. Cela figure dans la Convention sur les travailleurs migrants, pour tous les travailleurs migrants et leur famille, avec ou sans papiers, dans les pays qui l'ont rejointe.
rights-arrest-and-court-if-refused = Demandez un avocat et un interprète, et ne signez rien que vous ne comprenez pas. L'ambassade ou le consulat de votre pays, un service d'aide juridique ou un centre d'aide aux migrants peut vous aider.

rights-expulsion-safeguards-title = En cas de menace d'expulsion du pays
rights-expulsion-safeguards-body = Un pays ne doit pas expulser des migrants en groupe : chaque cas doit être examiné et décidé un par un, par l'autorité que la loi désigne. On doit vous communiquer la décision dans une langue que vous comprenez. Une expulsion ne vous enlève pas, à elle seule, les droits que vous avez acquis selon la loi, comme les salaires qu'on vous doit. Cela figure dans la Convention sur les travailleurs migrants, pour tous les travailleurs migrants et leur famille, avec ou sans papiers, dans les pays qui l'ont rejointe.
rights-expulsion-safeguards-if-refused = Demandez la décision par écrit et trouvez vite une aide juridique, car le délai pour contester une décision peut être court. Un service d'aide juridique, un centre d'aide aux migrants ou l'ambassade ou le consulat de votre pays peut vous aider.

## Country notes: Portugal

rights-pt-health-title = Soins de santé au Portugal
rights-pt-health-body = La Constitution du Portugal dit que toute personne a droit à la protection de la santé, et que les étrangers au Portugal ont les mêmes droits que les citoyens portugais, sauf certains, comme les droits politiques. L'autorité de régulation de la santé du Portugal (ERS) a dit qu'aucune personne étrangère ne peut se voir refuser des soins de santé à cause de sa nationalité ou d'un manque d'argent, quelle que soit la situation de ses papiers. Si vous n'avez pas de titre de séjour, on peut vous demander de payer certains soins. Ces règles ont été débattues en 2024 et 2025 et ont peut-être changé : vérifiez avant d'y aller.
rights-pt-health-if-refused = Vous pouvez faire une réclamation auprès de l'autorité de régulation de la santé, l'Entidade Reguladora da Saúde (ERS). Un centre d'aide aux migrants CLAIM ou CNAIM ou un service d'aide juridique peut vous aider.

rights-pt-children-title = École et soins de santé pour les enfants au Portugal
rights-pt-children-body = Au Portugal, un registre spécial (décret-loi 67/2004) permet aux enfants sans papiers de recevoir des soins de santé et d'aller à l'école maternelle et à l'école avec les mêmes droits que les autres enfants. Le registre est tenu par l'AIMA, l'agence des migrations, et la loi dit qu'il sert uniquement à cela. L'ancien office des migrations du Portugal (ACM) a dit que tous les enfants, quels que soient leurs papiers, peuvent aller à l'école. Selon lui, une école ne doit pas refuser un enfant en âge de scolarité obligatoire, sauf si elle est complète ; l'administration de l'éducation doit alors trouver une place.
rights-pt-children-if-refused = Demandez à l'école ou au centre de santé de mettre le refus par écrit. Un centre d'aide aux migrants CLAIM ou CNAIM ou un service d'aide juridique peut vous aider, et peut vous expliquer le registre avant que vous l'utilisiez.

## Country notes: Thailand

rights-th-school-title = L'école pour tous les enfants en Thaïlande
rights-th-school-body = Depuis une décision du Conseil des ministres du 5 juillet 2005, la Thaïlande permet aux enfants sans papiers d'état civil ou sans nationalité thaïlandaise d'étudier dans ses écoles. En janvier 2026, le ministère de l'Éducation a ordonné à toutes ses écoles d'inscrire ces enfants, à tous les niveaux. Un enfant sans numéro d'identité reçoit un numéro d'élève spécial (un « code G »).
rights-th-school-if-refused = Demandez de l'aide au bureau local de la zone de service éducatif. Un centre de ressources pour travailleurs migrants (Migrant Worker Resource Centre) ou un service d'aide juridique peut aussi vous aider.

## Country notes: Brazil

rights-br-services-title = Santé, école et aide sociale au Brésil
rights-br-services-body = La loi sur la migration du Brésil (loi 13.445 de 2017) dit que les migrants ont accès aux services publics de santé, à l'assistance sociale et à la sécurité sociale, selon ce que prévoit la loi, sans discrimination à cause de la nationalité ou du statut migratoire. Elle donne aussi aux migrants le droit à l'éducation publique, sans cette discrimination. Vos papiers ne devraient donc pas être la raison d'un refus.
rights-br-services-if-refused = La Défense publique (Defensoria Pública) donne une aide juridique gratuite aux personnes qui ne peuvent pas payer. Un centre d'aide aux migrants peut aussi vous aider.

## Country notes: Colombia

rights-co-emergency-care-title = Soins d'urgence en Colombie
rights-co-emergency-care-body = En Colombie, tout prestataire de santé, public ou privé, doit donner les soins d'urgence initiaux à toute personne, qu'elle puisse payer ou non. La Cour constitutionnelle de Colombie a dit que cela inclut les migrants sans papiers. Pour entrer dans le système de santé et recevoir d'autres soins, vous devez en général régulariser votre situation et avoir une pièce d'identité valide.
rights-co-emergency-care-if-refused = Vous pouvez faire une réclamation auprès de la Surintendance nationale de la santé (Superintendencia Nacional de Salud), qui peut donner des amendes aux prestataires qui refusent les soins d'urgence initiaux. Vous pouvez aussi demander à un juge de protéger vos droits fondamentaux avec une « tutela » ; les étrangers peuvent aussi l'utiliser. Une personería (bureau local de défense des droits) ou un service d'aide juridique peut vous aider.

rights-co-school-title = L'école en Colombie pour les enfants venant du Venezuela
rights-co-school-body = En Colombie, les enfants et les adolescents venant du Venezuela peuvent s'inscrire sans visa à l'école publique : maternelle, primaire et secondaire. Si un enfant n'a pas de pièce d'identité valide, l'école l'inscrit avec un numéro donné par le service local de l'éducation (un numéro « NES »). Cela vient d'une circulaire conjointe de 2018 du ministère de l'Éducation et de Migración Colombia, l'autorité des migrations.
rights-co-school-if-refused = Demandez de l'aide au service local de l'éducation (Secretaría de Educación). Une personería, un service d'aide juridique ou un centre d'aide aux migrants peut aussi vous aider.
