### Ponte: rights content, Portuguese (translated from locales/en/rights.ftl).
### Structure, needs and citations: locales/rights.toml.
### Sources for every sentence: locales/RIGHTS-SOURCES.md.
### Style: plain words, short sentences, written for readers in Brazil and in Portugal
### (third person, no "você"/"tu"). "tem de"/"deve"/"não pode" only where the English says
### "must" (a binding treaty or law); the Global Compact is a promise ("comprometeram-se"),
### never "tem de". Where Portugal and Brazil use different official names, the message
### uses the name of the country it is about (e.g. "registo" for Portugal).

## Shown with every rights card

rights-disclaimer = Informação geral, não é orientação jurídica. As leis e a prática variam de país para país e podem mudar.

# Variables:
#   $date (String) - the date the text was checked, already formatted
rights-checked = Verificado em { $date }

## Whether a country has joined the Migrant Workers Convention (shown on cards that cite it)

rights-ratification-note = A Convenção sobre os Trabalhadores Migrantes só obriga os países que são parte dela.

# Variables:
#   $country (String) - the country's name, already localised
#   $year (String) - the year the country joined, already formatted
rights-ratification-party = { $country }: este país tornou-se parte desta convenção em { $year }, por isso tem de respeitar estes direitos.

# Variables:
#   $country (String) - the country's name, already localised
rights-ratification-signatory = { $country }: este país assinou esta convenção, mas ainda não se tornou parte dela, por isso não está obrigado por ela.

# Variables:
#   $country (String) - the country's name, already localised
rights-ratification-not-party = { $country }: este país não se tornou parte desta convenção, por isso a convenção não o obriga. Mesmo assim, pode ter direitos pelas leis do próprio país.

# Variables:
#   $country (String) - the country's name, already localised
rights-ratification-unknown = { $country }: não conseguimos confirmar se este país se tornou parte desta convenção.

# Variables:
#   $country (String) - the country's name, already localised
#   $date (String) - the month of the newest source we used, already formatted
rights-ratification-as-of = { $country }: a nossa informação sobre este país é de { $date }. Pode ter mudado desde então.

rights-gcm-note = O Pacto Global para as Migrações é uma promessa que muitos países fizeram juntos em 2018. Não é uma lei e não obriga nenhum país.

## Names of the instruments cited

instrument-icrmw = Convenção Internacional sobre a Proteção dos Direitos de Todos os Trabalhadores Migrantes e dos Membros das suas Famílias (1990), resolução 45/158 da Assembleia Geral das Nações Unidas
instrument-gcm = Pacto Global para Migração Segura, Ordenada e Regular (em Portugal: Pacto Global para as Migrações Seguras, Ordenadas e Regulares) (2018), resolução A/RES/73/195 da Assembleia Geral das Nações Unidas
instrument-ecri-gpr16 = Recomendação de Política Geral n.º 16 da ECRI sobre a proteção dos migrantes em situação irregular contra a discriminação, CRI(2016)16, Conselho da Europa (2016)
instrument-sr-migrants-2018 = Relatório do Relator Especial das Nações Unidas sobre os direitos humanos dos migrantes (acesso à justiça), A/73/178/Rev.1 (2018)
instrument-pt-crp = Constituição da República Portuguesa (1976, na redação da revisão de 2005)
instrument-pt-ers-2023 = Entidade Reguladora da Saúde (ERS, Portugal), “Direito de acesso a cuidados de saúde por cidadãos estrangeiros” (2023)
instrument-pt-despacho-25360-2001 = Portugal, Despacho n.º 25 360/2001 do Ministro da Saúde, de 16 de novembro de 2001, sobre o acesso dos cidadãos estrangeiros ao Serviço Nacional de Saúde
instrument-pt-dl-67-2004 = Portugal, Decreto-Lei n.º 67/2004, de 25 de março de 2004 (registo nacional de menores estrangeiros em situação irregular)
instrument-pt-portaria-995-2004 = Portugal, Portaria n.º 995/2004, de 9 de agosto de 2004 (regras do registo de menores estrangeiros)
instrument-pt-acm-school = Alto Comissariado para as Migrações (ACM, Portugal), “Os meus filhos têm direito de acesso à escola?” (página de orientação na internet, anterior a 2023)
instrument-th-cabinet-2005 = Tailândia, Resolução do Conselho de Ministros de 5 de julho de 2005 sobre a educação de pessoas sem documentos de registro civil ou sem nacionalidade tailandesa
instrument-th-moe-2026 = Tailândia, anúncio do Ministério da Educação sobre a admissão de alunos sem registro civil ou sem nacionalidade tailandesa (Royal Gazette, o diário oficial, 30 de janeiro de 2026)
instrument-br-lei-13445-2017 = Brasil, Lei de Migração, Lei nº 13.445, de 24 de maio de 2017
instrument-co-ley-715-2001 = Colômbia, Lei 715 de 2001 (Ley 715 de 2001), artigo 67 (atendimento inicial de urgência)
instrument-co-cc-t-210-2018 = Corte Constitucional da Colômbia, sentença T-210 de 2018 (direito à saúde dos migrantes)
instrument-co-circular-16-2018 = Colômbia, Circular Conjunta 16 de 10 de abril de 2018, do Ministério da Educação Nacional e da Migración Colombia (crianças e adolescentes vindos da Venezuela nas escolas colombianas)

## General cards: health

rights-health-emergency-title = Cuidados médicos urgentes
rights-health-emergency-body = Se a sua vida estiver em perigo, ou se a sua saúde puder sofrer danos para sempre, tem direito a cuidados médicos urgentes nas mesmas condições que os cidadãos do país. Esses cuidados não podem ser recusados por não ter documentos para ficar ou para trabalhar, mas podem não ser gratuitos. Este direito está na Convenção sobre os Trabalhadores Migrantes, para os trabalhadores migrantes e as suas famílias, com ou sem documentos, nos países que são parte dela. No Pacto Global para as Migrações, os países também se comprometeram a garantir aos migrantes cuidados de saúde justos e a preços que possam pagar.
rights-health-emergency-if-refused = Se um hospital recusar cuidados urgentes, peça para falar com o responsável e diga que a sua vida ou a sua saúde está em risco. Depois, pode fazer uma reclamação a uma instituição nacional de direitos humanos ou a uma provedoria de justiça (ombudsman), ou pedir ajuda a um serviço de apoio jurídico ou a um centro de apoio a migrantes.

## General cards: school

rights-education-children-title = Escola para crianças
rights-education-children-body = Todos os filhos de trabalhadores migrantes têm direito a ir à escola nas mesmas condições que as crianças do país. Uma escola ou pré-escola pública não pode recusar uma criança, nem limitar o seu acesso, porque a criança ou um dos pais não tem documentos. Isto está na Convenção sobre os Trabalhadores Migrantes, que obriga os países que são parte dela. No Pacto Global para as Migrações, os países também se comprometeram a dar às crianças migrantes uma educação boa e inclusiva.
rights-education-children-if-refused = Peça à escola que lhe entregue por escrito a recusa e o motivo. Os serviços locais de educação, um centro de apoio a migrantes, um serviço de apoio jurídico, ou uma instituição nacional de direitos humanos ou uma provedoria de justiça podem ajudar.

## General cards: social security

rights-social-security-title = Segurança social (previdência)
rights-social-security-body = Se cumprir as regras da lei de segurança social do país (no Brasil, previdência social), e de qualquer acordo entre países, tem direito ao mesmo tratamento que os cidadãos. A lei do país decide quem pode receber cada benefício, e pode pedir documentos, provas de trabalho ou contribuições pagas. Se a lei não permitir que receba um benefício, os países envolvidos têm de estudar a possibilidade de devolver o que pagou em contribuições para esse benefício. Isto está na Convenção sobre os Trabalhadores Migrantes, que obriga os países que são parte dela.
rights-social-security-if-refused = Peça aos serviços de segurança social a decisão e o motivo por escrito. Um serviço de apoio jurídico ou um centro de apoio a migrantes pode ajudar a verificar as regras ou a contestar a decisão.

## General cards: extra rights for people with papers

rights-equal-access-documented-title = Acesso igual para trabalhadores com documentos
rights-equal-access-documented-body = Se for trabalhador migrante com documentos (em “situação regular”), tem direito ao mesmo acesso que os cidadãos às escolas, à formação profissional, à habitação (incluindo habitação social) e aos serviços sociais e de saúde. Os membros da sua família com documentos têm o mesmo acesso às escolas, à formação e aos serviços sociais e de saúde. Mesmo assim, tem de cumprir as regras habituais de cada serviço, e estes direitos extra não abrangem pessoas sem documentos. Isto está na Convenção sobre os Trabalhadores Migrantes, que obriga os países que são parte dela.
rights-equal-access-documented-if-refused = Peça a decisão e o motivo por escrito. Um serviço de apoio jurídico ou um centro de apoio a migrantes pode ajudar a verificar se a recusa foi legal. Também pode fazer uma reclamação a uma instituição nacional de direitos humanos ou a uma provedoria de justiça.

## General cards: using services safely (the "firewall")

rights-firewall-title = Usar os serviços com segurança
rights-firewall-body = No Pacto Global para as Migrações, os países comprometeram-se a deixar todos os migrantes, qualquer que seja a sua situação, usar os serviços básicos com segurança, e a garantir que a cooperação entre os serviços e as autoridades de imigração não ponha em maior risco os migrantes sem documentos. Uma “barreira de proteção” (em inglês, “firewall”) significa que os serviços não são obrigados a verificar nem a passar a outros a sua situação migratória, e que as autoridades de imigração não podem obtê-la através deles. Um especialista da ONU e um órgão europeu de direitos humanos (a ECRI) pediram estas barreiras. Elas não estão garantidas: em alguns países, os serviços ainda são obrigados a denunciar as pessoas.
rights-firewall-if-refused = Se tiver medo de que um serviço passe as suas informações a outros, pergunte a um centro de apoio a migrantes ou a um serviço de apoio jurídico antes de ir, e veja o que se diz aqui sobre esse serviço. Se um serviço perguntou pela sua situação migratória ou denunciou a sua situação às autoridades, pode contar isso a uma instituição nacional de direitos humanos ou a uma provedoria de justiça.

## General cards: fair treatment and local help

rights-services-non-discrimination-title = Tratamento justo nos serviços
rights-services-non-discrimination-body = No Pacto Global para as Migrações, os países comprometeram-se a deixar todos os migrantes, qualquer que seja a sua situação, usar os serviços básicos com segurança, e a fazer leis para que os serviços não discriminem os migrantes por causa de raça, cor, sexo, língua, religião, origem, deficiência ou razões parecidas. Os cidadãos e os migrantes com documentos podem, mesmo assim, receber mais serviços, mas qualquer diferença deveria estar definida na lei, ser justa e ter uma boa razão. Isto é uma promessa, não uma lei que obrigue o país.
rights-services-non-discrimination-if-refused = Anote o que aconteceu, quando e quem estava presente. Pode fazer uma reclamação a uma instituição nacional de direitos humanos ou a uma provedoria de justiça, e um serviço de apoio jurídico ou um centro de apoio a migrantes pode ajudar.

rights-local-service-points-title = Centros de apoio locais
rights-local-service-points-body = No Pacto Global para as Migrações, os países comprometeram-se a criar centros locais fáceis de alcançar e que acolham os migrantes. Estes centros deveriam dar informação clara sobre os serviços básicos, adaptada a mulheres, crianças e pessoas com deficiência, e ajudar as pessoas a chegar a esses serviços com segurança. Isto é uma promessa, não uma lei, por isso o que existe muda de país para país. Aqui mostramos estes centros quando os conhecemos.
rights-local-service-points-if-refused = Se um centro não puder ajudar, peça que indique um serviço que possa. Também pode procurar aqui um serviço de apoio jurídico ou outro centro de apoio a migrantes perto de onde está.

## General cards: complaints

rights-complaints-title = Fazer uma reclamação
rights-complaints-body = No Pacto Global para as Migrações, os países comprometeram-se a ter órgãos independentes, como as instituições nacionais de direitos humanos, que recebam e investiguem reclamações quando os migrantes são impedidos de usar os serviços básicos vezes sem conta. Estes órgãos deveriam ajudar as pessoas a conseguir que o mal seja reparado e lutar por mudanças. A Convenção sobre os Trabalhadores Migrantes diz também que qualquer pessoa cujos direitos previstos na convenção sejam violados tem de ter um recurso efetivo, nos países que são parte dela. Antes de reclamar, pergunte se o órgão passa informações às autoridades de imigração.
rights-complaints-if-refused = Se um órgão não aceitar a sua reclamação, pergunte-lhe quem pode aceitá-la. Um serviço de apoio jurídico ou um centro de apoio a migrantes pode ajudar a encontrar o órgão certo e a escrever a reclamação.

## General cards: work

rights-work-equal-treatment-title = Salário e condições justas no trabalho
rights-work-equal-treatment-body = Como trabalhador migrante, tem direito a um salário e a condições de trabalho que não sejam piores do que as dos trabalhadores do país: horário de trabalho, horas extras, descanso semanal, férias pagas, segurança, saúde e as regras para o fim de um emprego. Um contrato de trabalho não pode tirar estes direitos. Mantém estes direitos mesmo sem documentos para ficar ou para trabalhar. Isto está na Convenção sobre os Trabalhadores Migrantes, que obriga os países que são parte dela.
rights-work-equal-treatment-if-refused = Guarde provas: o contrato, os recibos de pagamento, as mensagens, e os dias e as horas em que trabalhou. A inspeção do trabalho, um sindicato, um serviço de apoio jurídico ou um centro de apoio a migrantes podem ajudar. Antes de ir a um serviço do governo, pergunte a um centro de apoio a migrantes ou a um serviço de apoio jurídico se esse serviço passa informações às autoridades de imigração.

rights-work-wages-owed-title = Salários não pagos
rights-work-wages-owed-body = O empregador tem de cumprir o que dizem a lei e o contrato, incluindo pagar o salário, mesmo que não tenha documentos para ficar ou para trabalhar. Uma expulsão do país não tira, por si só, os direitos que ganhou de acordo com a lei, incluindo os salários em dívida. Isto está na Convenção sobre os Trabalhadores Migrantes, para trabalhadores migrantes com ou sem documentos, nos países que são parte dela.
rights-work-wages-owed-if-refused = Anote todos os dias e horas em que trabalhou, e guarde qualquer prova de pagamento ou de promessas de pagamento. A inspeção do trabalho, um sindicato, um serviço de apoio jurídico ou um centro de apoio a migrantes podem ajudar a reclamar os salários não pagos. Pergunte primeiro se um serviço passa informações às autoridades de imigração.

rights-work-forced-labour-title = Trabalho forçado e escravidão
rights-work-forced-labour-body = Ninguém pode manter uma pessoa em escravidão ou servidão, nem obrigá-la a fazer trabalho forçado. As únicas exceções são limitadas, como trabalho que faz parte de uma pena dada por um tribunal. Isto está na Convenção sobre os Trabalhadores Migrantes, para todos os trabalhadores migrantes e as suas famílias, com ou sem documentos, nos países que são parte dela.
rights-work-forced-labour-if-refused = Se tiver de trabalhar contra a sua vontade ou não puder sair, um serviço de apoio a vítimas de tráfico de pessoas e de trabalho forçado, a inspeção do trabalho, um serviço de apoio jurídico ou um centro de apoio a migrantes podem ajudar. Se estiver em perigo agora, ligue para o número de emergência local.

## General cards: safety, documents, courts

rights-protection-from-violence-title = Proteção contra a violência
rights-protection-from-violence-body = Tem direito a uma proteção real do Estado contra a violência, os ferimentos, as ameaças e a intimidação, venham eles de funcionários públicos ou de outras pessoas. Isto está na Convenção sobre os Trabalhadores Migrantes, para todos os trabalhadores migrantes e as suas famílias, com ou sem documentos, nos países que são parte dela.
rights-protection-from-violence-if-refused = Se estiver em perigo agora, ligue para o número de emergência local. Um serviço de apoio a sobreviventes de violência, um serviço de apoio jurídico ou um centro de apoio a migrantes podem ajudar, também para ir à polícia. Alguns países protegem as vítimas contra medidas de imigração quando denunciam um crime, mas muitos não, por isso pergunte primeiro a um serviço de apoio.

rights-documents-confiscation-title = Os seus documentos de identidade
rights-documents-confiscation-body = Só um funcionário público autorizado por lei pode ficar com o seu passaporte, documento de identidade, documentos de residência ou autorização de trabalho; o empregador, o recrutador ou o dono da casa onde vive não podem. Se um funcionário público ficar com eles, tem de receber um recibo detalhado, e ninguém pode destruir o seu passaporte. Isto está na Convenção sobre os Trabalhadores Migrantes, para todos os trabalhadores migrantes e as suas famílias, com ou sem documentos, nos países que são parte dela.
rights-documents-confiscation-if-refused = Peça os seus documentos de volta. Se alguém não os quiser devolver, a inspeção do trabalho, um serviço de apoio jurídico, um centro de apoio a migrantes ou a embaixada ou o consulado do seu país podem ajudar. Guarde uma cópia ou uma foto dos seus documentos num lugar seguro.

rights-children-birth-registration-title = Registro de nascimento das crianças
rights-children-birth-registration-body = Todos os filhos de trabalhadores migrantes têm direito a um nome, a ter o seu nascimento registrado e a uma nacionalidade. Isto está na Convenção sobre os Trabalhadores Migrantes, para os filhos de todos os trabalhadores migrantes, com ou sem documentos, nos países que são parte dela.
rights-children-birth-registration-if-refused = Peça ao serviço de registro a recusa por escrito. A embaixada ou o consulado do seu país, um serviço de apoio jurídico ou um centro de apoio a migrantes podem ajudar a registrar o nascimento.

rights-arrest-and-court-title = Em caso de detenção ou de ida a tribunal
rights-arrest-and-court-body = Em caso de detenção, têm de lhe dizer o motivo, na medida do possível numa língua que entenda. Tem os mesmos direitos que os cidadãos nos tribunais. Em caso de acusação de um crime, pode ter um intérprete gratuito se não entender a língua do tribunal, e ajuda jurídica gratuita se não puder pagar e o interesse da justiça o exigir. Isto está na Convenção sobre os Trabalhadores Migrantes, para todos os trabalhadores migrantes e as suas famílias, com ou sem documentos, nos países que são parte dela.
rights-arrest-and-court-if-refused = Peça um advogado e um intérprete, e não assine nada que não entenda. A embaixada ou o consulado do seu país, um serviço de apoio jurídico ou um centro de apoio a migrantes podem ajudar.

rights-expulsion-safeguards-title = Em caso de expulsão do país
rights-expulsion-safeguards-body = Um país não pode expulsar migrantes em grupo: cada caso tem de ser analisado e decidido um a um, pela autoridade que a lei indica. A decisão tem de ser comunicada numa língua que entenda. A expulsão não tira, por si só, os direitos que ganhou de acordo com a lei, como os salários em dívida. Isto está na Convenção sobre os Trabalhadores Migrantes, para todos os trabalhadores migrantes e as suas famílias, com ou sem documentos, nos países que são parte dela.
rights-expulsion-safeguards-if-refused = Peça a decisão por escrito e procure ajuda jurídica depressa, porque o prazo para contestar uma decisão pode ser curto. Um serviço de apoio jurídico, um centro de apoio a migrantes ou a embaixada ou o consulado do seu país podem ajudar.

## Country notes: Portugal

rights-pt-health-title = Cuidados de saúde em Portugal
rights-pt-health-body = A Constituição da República Portuguesa diz que todos têm direito à proteção da saúde, e que os estrangeiros em Portugal têm os mesmos direitos que os cidadãos portugueses, com algumas exceções, como os direitos políticos. A Entidade Reguladora da Saúde (ERS) afirmou que a nenhuma pessoa estrangeira podem ser recusados cuidados de saúde por causa da sua nacionalidade ou por falta de dinheiro, qualquer que seja a situação dos seus documentos. Sem autorização de residência, podem pedir que pague alguns cuidados. Estas regras foram discutidas em 2024 e 2025 e podem ter mudado, por isso confirme antes de ir.
rights-pt-health-if-refused = Pode fazer uma reclamação à Entidade Reguladora da Saúde (ERS). Um centro de apoio a migrantes CLAIM ou CNAIM ou um serviço de apoio jurídico podem ajudar.

rights-pt-children-title = Escola e cuidados de saúde para crianças em Portugal
rights-pt-children-body = Em Portugal, um registo especial (Decreto-Lei 67/2004) permite que as crianças sem documentos tenham cuidados de saúde e frequentem a educação pré-escolar e a escola com os mesmos direitos que as outras crianças. O registo é mantido pela AIMA (Agência para a Integração, Migrações e Asilo), e a lei diz que só serve para isto. O antigo Alto Comissariado para as Migrações (ACM) disse que todas as crianças, quaisquer que sejam os seus documentos, podem ir à escola. Disse que uma escola não pode recusar uma criança em idade de escolaridade obrigatória, a não ser que não tenha vagas, e que nesse caso as autoridades de educação têm de encontrar uma vaga.
rights-pt-children-if-refused = Peça à escola ou ao centro de saúde que ponha a recusa por escrito. Um centro de apoio a migrantes CLAIM ou CNAIM ou um serviço de apoio jurídico podem ajudar e explicar como funciona o registo antes de fazer o pedido.

## Country notes: Thailand

rights-th-school-title = Escola para todas as crianças na Tailândia
rights-th-school-body = Desde uma decisão do Conselho de Ministros de 5 de julho de 2005, a Tailândia deixa as crianças sem documentos de registro civil ou sem nacionalidade tailandesa estudar nas suas escolas. Em janeiro de 2026, o Ministério da Educação mandou todas as suas escolas matricular estas crianças, em qualquer nível. Uma criança sem número de identificação recebe um número especial de aluno (um “código G”).
rights-th-school-if-refused = Peça ajuda ao escritório local da área de serviços educativos. Um centro de recursos para trabalhadores migrantes (Migrant Worker Resource Centre) ou um serviço de apoio jurídico também podem ajudar.

## Country notes: Brazil

rights-br-services-title = Saúde, escola e apoio social no Brasil
rights-br-services-body = A Lei de Migração do Brasil (Lei 13.445 de 2017) diz que os migrantes têm acesso aos serviços públicos de saúde, à assistência social e à previdência social, nos termos da lei, sem discriminação por causa da nacionalidade ou da condição migratória. Também dá aos migrantes o direito à educação pública sem essa discriminação. Por isso, os seus documentos não deveriam ser o motivo de uma recusa.
rights-br-services-if-refused = A Defensoria Pública dá ajuda jurídica gratuita a quem não pode pagar. Um centro de apoio a migrantes também pode ajudar.

## Country notes: Colombia

rights-co-emergency-care-title = Atendimento de urgência na Colômbia
rights-co-emergency-care-body = Na Colômbia, todos os prestadores de serviços de saúde, públicos ou privados, têm de dar o atendimento inicial de urgência a qualquer pessoa, possa ela pagar ou não. A Corte Constitucional da Colômbia disse que isso inclui os migrantes sem documentos. Para entrar no sistema de saúde e receber outros cuidados, normalmente é preciso regularizar a situação migratória e ter um documento de identidade válido.
rights-co-emergency-care-if-refused = Pode fazer uma reclamação à Superintendência Nacional de Saúde (Superintendencia Nacional de Salud), que pode multar os prestadores que recusem o atendimento inicial de urgência. Também pode pedir a um juiz que proteja os seus direitos fundamentais com uma “tutela”; os estrangeiros também a podem usar. Uma personería (serviço local de defesa dos direitos) ou um serviço de apoio jurídico podem ajudar.

rights-co-school-title = Escola na Colômbia para crianças vindas da Venezuela
rights-co-school-body = Na Colômbia, as crianças e os adolescentes vindos da Venezuela podem matricular-se sem visto na pré-escola, no ensino primário e no ensino secundário públicos. Se uma criança não tiver um documento de identidade válido, a escola faz a matrícula com um número dado pela secretaria de educação local (um número “NES”). Isto vem de uma circular conjunta de 2018 do Ministério da Educação e da Migración Colombia, a autoridade de migração.
rights-co-school-if-refused = Peça ajuda à secretaria de educação local (Secretaría de Educación). Uma personería, um serviço de apoio jurídico ou um centro de apoio a migrantes também podem ajudar.
