### Ponte: rights content, Spanish (translated from locales/en/rights.ftl).
### Structure, needs and citations: locales/rights.toml.
### Sources for every sentence: locales/RIGHTS-SOURCES.md.
### Style: plain words, short sentences, "usted". "debe" only where the English says "must"
### (a binding treaty or law); the Global Compact is a promise ("se comprometieron"), never "debe".

## Shown with every rights card

rights-disclaimer = Información general, no asesoría legal. Las leyes y la práctica cambian de un país a otro y pueden cambiar con el tiempo.

# Variables:
#   $date (String) - the date the text was checked, already formatted
rights-checked = Revisado el { $date }

## Whether a country has joined the Migrant Workers Convention (shown on cards that cite it)

rights-ratification-note = La Convención sobre los Trabajadores Migratorios solo obliga a los países que son parte de ella.

# Variables:
#   $country (String) - the country's name, already localised
#   $year (String) - the year the country joined, already formatted
rights-ratification-party = { $country } se hizo parte de esta convención en { $year }, así que debe respetar estos derechos.

# Variables:
#   $country (String) - the country's name, already localised
rights-ratification-signatory = { $country } firmó esta convención, pero todavía no se ha hecho parte de ella, así que la convención no obliga a este país.

# Variables:
#   $country (String) - the country's name, already localised
rights-ratification-not-party = { $country } no se ha hecho parte de esta convención, así que la convención no obliga a este país. Aun así, las leyes del propio país pueden darle derechos.

# Variables:
#   $country (String) - the country's name, already localised
rights-ratification-unknown = No pudimos confirmar si { $country } se ha hecho parte de esta convención.

# Variables:
#   $country (String) - the country's name, already localised
#   $date (String) - the month of the newest source we used, already formatted
rights-ratification-as-of = Nuestra información sobre { $country } es de { $date }. Puede haber cambiado desde entonces.

rights-gcm-note = El Pacto Mundial para la Migración es una promesa que muchos países hicieron juntos en 2018. No es una ley y no obliga a ningún país.

## Names of the instruments cited

instrument-icrmw = Convención Internacional sobre la protección de los derechos de todos los trabajadores migratorios y de sus familiares (1990), resolución 45/158 de la Asamblea General de las Naciones Unidas
instrument-gcm = Pacto Mundial para la Migración Segura, Ordenada y Regular (2018), resolución A/RES/73/195 de la Asamblea General de las Naciones Unidas
instrument-ecri-gpr16 = Recomendación de política general n.º 16 de la ECRI sobre la protección de los migrantes en situación irregular contra la discriminación, CRI(2016)16, Consejo de Europa (2016)
instrument-sr-migrants-2018 = Informe del Relator Especial de las Naciones Unidas sobre los derechos humanos de los migrantes (acceso a la justicia), A/73/178/Rev.1 (2018)
instrument-pt-crp = Constitución de la República Portuguesa (1976, en su versión revisada en 2005)
instrument-pt-ers-2023 = Entidade Reguladora da Saúde (ente regulador de la salud de Portugal), “Direito de acesso a cuidados de saúde por cidadãos estrangeiros” (2023)
instrument-pt-despacho-25360-2001 = Portugal, Resolución (Despacho) n.º 25 360/2001 del Ministro de Salud, 16 de noviembre de 2001, sobre el acceso de los ciudadanos extranjeros al Servicio Nacional de Salud
instrument-pt-dl-67-2004 = Portugal, Decreto-Ley n.º 67/2004 del 25 de marzo de 2004 (registro nacional de menores extranjeros en situación irregular)
instrument-pt-portaria-995-2004 = Portugal, Orden (Portaria) n.º 995/2004 del 9 de agosto de 2004 (reglas del registro de menores extranjeros)
instrument-pt-acm-school = Alto Comisionado para las Migraciones (ACM, Portugal), “Os meus filhos têm direito de acesso à escola?” (“¿Mis hijos tienen derecho a ir a la escuela?”) (página web de orientación, anterior a 2023)
instrument-th-cabinet-2005 = Tailandia, Resolución del Consejo de Ministros del 5 de julio de 2005 sobre la educación de personas sin documentos de registro civil o sin nacionalidad tailandesa
instrument-th-moe-2026 = Tailandia, anuncio del Ministerio de Educación sobre la admisión de estudiantes sin registro civil o sin nacionalidad tailandesa (Gaceta Real, 30 de enero de 2026)
instrument-br-lei-13445-2017 = Brasil, Ley de Migración (Lei de Migração), Ley n.º 13.445 del 24 de mayo de 2017
instrument-co-ley-715-2001 = Colombia, Ley 715 de 2001, artículo 67 (atención inicial de urgencias)
instrument-co-cc-t-210-2018 = Corte Constitucional de Colombia, Sentencia T-210 de 2018 (derecho a la salud de los migrantes)
instrument-co-circular-16-2018 = Colombia, Circular Conjunta 16 del 10 de abril de 2018, Ministerio de Educación Nacional y Migración Colombia (niños, niñas y adolescentes procedentes de Venezuela en establecimientos educativos colombianos)

## General cards: health

rights-health-emergency-title = Atención médica de urgencia
rights-health-emergency-body = Si su vida está en peligro, o su salud podría sufrir un daño para siempre, usted tiene derecho a recibir atención médica urgente en las mismas condiciones que los ciudadanos del país. No se la deben negar porque usted no tenga papeles para quedarse o para trabajar, pero puede que no sea gratuita. Este derecho está en la Convención sobre los Trabajadores Migratorios, para los trabajadores migrantes y sus familias, con o sin papeles, en los países que son parte de ella. En el Pacto Mundial para la Migración, los países también se comprometieron a que la atención de salud para los migrantes sea asequible y justa.
rights-health-emergency-if-refused = Si un hospital le niega la atención urgente, pida hablar con la persona encargada y diga que su vida o su salud está en riesgo. Después, puede presentar una queja ante una institución nacional de derechos humanos o una defensoría del pueblo, o pedir ayuda a un servicio de asistencia legal o a un centro de atención a migrantes.

## General cards: school

rights-education-children-title = Escuela para niños y niñas
rights-education-children-body = Todo hijo o hija de un trabajador migrante tiene derecho a ir a la escuela en las mismas condiciones que los niños del país. Una escuela o un preescolar público no debe rechazar a un niño ni limitar su acceso porque el niño o uno de sus padres no tiene papeles. Esto está en la Convención sobre los Trabajadores Migratorios, que obliga a los países que son parte de ella. En el Pacto Mundial para la Migración, los países también se comprometieron a dar a los niños migrantes una educación buena e inclusiva.
rights-education-children-if-refused = Pida a la escuela que le entregue por escrito la negativa y el motivo. La oficina local de educación, un centro de atención a migrantes, un servicio de asistencia legal, o una institución nacional de derechos humanos o una defensoría del pueblo pueden ayudarle.

## General cards: social security

rights-social-security-title = Seguridad social
rights-social-security-body = Si usted cumple las reglas de la ley de seguridad social del país, y de cualquier acuerdo entre países, tiene derecho al mismo trato que los ciudadanos. La ley del país decide quién puede recibir cada beneficio, y puede pedir papeles, registros de trabajo o cotizaciones pagadas. Si la ley no le permite recibir un beneficio, los países involucrados deben estudiar la posibilidad de devolverle lo que usted cotizó para ese beneficio. Esto está en la Convención sobre los Trabajadores Migratorios, que obliga a los países que son parte de ella.
rights-social-security-if-refused = Pida a la oficina de seguridad social su decisión y el motivo por escrito. Un servicio de asistencia legal o un centro de atención a migrantes puede ayudarle a revisar las reglas o a impugnar la decisión.

## General cards: extra rights for people with papers

rights-equal-access-documented-title = Igual acceso para trabajadores con papeles
rights-equal-access-documented-body = Si usted es un trabajador migrante con papeles (en “situación regular”), tiene derecho al mismo acceso que los ciudadanos a las escuelas, la capacitación laboral, la vivienda (incluida la vivienda social) y los servicios sociales y de salud. Los miembros de su familia con papeles tienen el mismo acceso a las escuelas, la capacitación y los servicios sociales y de salud. Usted igual debe cumplir las reglas habituales de cada servicio, y estos derechos adicionales no cubren a las personas sin papeles. Esto está en la Convención sobre los Trabajadores Migratorios, que obliga a los países que son parte de ella.
rights-equal-access-documented-if-refused = Pida la decisión y el motivo por escrito. Un servicio de asistencia legal o un centro de atención a migrantes puede ayudarle a revisar si la negativa fue legal. También puede presentar una queja ante una institución nacional de derechos humanos o una defensoría del pueblo.

## General cards: using services safely (the "firewall")

rights-firewall-title = Usar los servicios sin riesgo
rights-firewall-body = En el Pacto Mundial para la Migración, los países se comprometieron a que todos los migrantes, sin importar su situación migratoria, puedan usar los servicios básicos de forma segura, y a asegurar que la cooperación entre los servicios y las autoridades migratorias no ponga en mayor riesgo a los migrantes sin papeles. Un “cortafuegos” significa que los servicios no tienen que revisar ni compartir su situación migratoria, y que las autoridades migratorias no pueden obtenerla de ellos. Un experto de la ONU y un organismo europeo de derechos humanos (la ECRI) han pedido que haya cortafuegos. No están garantizados: en algunos países los servicios todavía deben denunciar a las personas.
rights-firewall-if-refused = Si le preocupa que un servicio comparta su información, pregunte a un centro de atención a migrantes o a un servicio de asistencia legal antes de ir, y revise lo que esta aplicación dice sobre ese servicio. Si un servicio le preguntó por su situación migratoria o informó sobre usted a las autoridades, puede contarlo a una institución nacional de derechos humanos o a una defensoría del pueblo.

## General cards: fair treatment and local help

rights-services-non-discrimination-title = Trato justo en los servicios
rights-services-non-discrimination-body = En el Pacto Mundial para la Migración, los países se comprometieron a que todos los migrantes, sin importar su situación migratoria, puedan usar los servicios básicos de forma segura, y a hacer leyes para que los servicios no discriminen a los migrantes por su raza, color, sexo, idioma, religión, origen, discapacidad u otras razones parecidas. Aun así, los ciudadanos y los migrantes con papeles pueden recibir más servicios, pero cualquier diferencia debería estar fijada por la ley, ser justa y tener una buena razón. Esto es una promesa, no una ley que obligue al país.
rights-services-non-discrimination-if-refused = Anote lo que pasó, cuándo y quién estaba presente. Puede presentar una queja ante una institución nacional de derechos humanos o una defensoría del pueblo, y un servicio de asistencia legal o un centro de atención a migrantes puede ayudarle.

rights-local-service-points-title = Centros de ayuda locales
rights-local-service-points-body = En el Pacto Mundial para la Migración, los países se comprometieron a crear centros locales de fácil acceso que acojan a los migrantes. Estos centros deberían dar información clara sobre los servicios básicos, adaptada a las mujeres, los niños y las personas con discapacidad, y ayudar a las personas a llegar a esos servicios de forma segura. Esto es una promesa, no una ley, así que lo que existe cambia de un país a otro. Esta aplicación muestra esos centros cuando los conocemos.
rights-local-service-points-if-refused = Si un centro no puede ayudarle, pídale que le indique un servicio que sí pueda. También puede buscar en esta aplicación un servicio de asistencia legal u otro centro de atención a migrantes cerca de usted.

## General cards: complaints

rights-complaints-title = Presentar una queja
rights-complaints-body = En el Pacto Mundial para la Migración, los países se comprometieron a que organismos independientes, como las instituciones nacionales de derechos humanos, reciban e investiguen quejas cuando a los migrantes se les impide una y otra vez usar los servicios básicos. Estos organismos deberían ayudar a las personas a conseguir que se repare el daño y a impulsar cambios. La Convención sobre los Trabajadores Migratorios también dice que toda persona cuyos derechos según esa convención sean violados debe tener un recurso efectivo, en los países que son parte de ella. Antes de presentar una queja, pregunte si el organismo comparte información con las autoridades migratorias.
rights-complaints-if-refused = Si un organismo no acepta su queja, pregúntele quién puede recibirla. Un servicio de asistencia legal o un centro de atención a migrantes puede ayudarle a encontrar el organismo correcto y a escribir su queja.

## General cards: work

rights-work-equal-treatment-title = Pago y condiciones justas en el trabajo
rights-work-equal-treatment-body = Como trabajador migrante, usted tiene derecho a un pago y a condiciones de trabajo que no sean peores que los de los trabajadores del país: horas de trabajo, horas extras, descanso semanal, vacaciones pagadas, seguridad, salud y las reglas para terminar un empleo. Un contrato de trabajo no puede quitarle estos derechos. Usted los conserva aunque no tenga papeles para quedarse o para trabajar. Esto está en la Convención sobre los Trabajadores Migratorios, que obliga a los países que son parte de ella.
rights-work-equal-treatment-if-refused = Guarde pruebas: su contrato, sus comprobantes de pago, sus mensajes, y los días y horas que trabajó. La inspección del trabajo, un sindicato, un servicio de asistencia legal o un centro de atención a migrantes pueden ayudarle. Antes de ir a una oficina del gobierno, pregunte a un centro de atención a migrantes o a un servicio de asistencia legal si esa oficina comparte información con las autoridades migratorias.

rights-work-wages-owed-title = Salarios no pagados
rights-work-wages-owed-body = Su empleador debe cumplir igual lo que dicen la ley y su contrato, incluido pagarle, aunque usted no tenga papeles para quedarse o para trabajar. Si le sacan del país, eso por sí solo no le quita los derechos que usted ganó según la ley, incluidos los salarios que le deben. Esto está en la Convención sobre los Trabajadores Migratorios, para los trabajadores migrantes con o sin papeles, en los países que son parte de ella.
rights-work-wages-owed-if-refused = Anote cada día y cada hora que trabajó, y guarde cualquier prueba de pago o de promesas de pago. La inspección del trabajo, un sindicato, un servicio de asistencia legal o un centro de atención a migrantes pueden ayudarle a reclamar los salarios no pagados. Pregunte primero si una oficina comparte información con las autoridades migratorias.

rights-work-forced-labour-title = Trabajo forzoso y esclavitud
rights-work-forced-labour-body = Nadie puede mantenerle en esclavitud o servidumbre, ni obligarle a hacer trabajo forzoso. Las únicas excepciones son limitadas, como un trabajo que forma parte de una condena dictada por un tribunal. Esto está en la Convención sobre los Trabajadores Migratorios, para todos los trabajadores migrantes y sus familias, con o sin papeles, en los países que son parte de ella.
rights-work-forced-labour-if-refused = Si le obligan a trabajar contra su voluntad o no puede irse, un servicio de apoyo a víctimas de trata y trabajo forzoso, la inspección del trabajo, un servicio de asistencia legal o un centro de atención a migrantes pueden ayudarle. Si está en peligro ahora, llame al número de emergencias local.

## General cards: safety, documents, courts

rights-protection-from-violence-title = Protección contra la violencia
rights-protection-from-violence-body = Usted tiene derecho a que el Estado le proteja de verdad contra la violencia, las lesiones, las amenazas y la intimidación, ya vengan de funcionarios o de otras personas. Esto está en la Convención sobre los Trabajadores Migratorios, para todos los trabajadores migrantes y sus familias, con o sin papeles, en los países que son parte de ella.
rights-protection-from-violence-if-refused = Si está en peligro ahora, llame al número de emergencias local. Un servicio de apoyo a sobrevivientes de violencia, un servicio de asistencia legal o un centro de atención a migrantes pueden ayudarle, también para ir a la policía. Algunos países protegen a las víctimas de medidas migratorias cuando denuncian un delito, pero muchos no, así que pregunte primero a un servicio de apoyo.

rights-documents-confiscation-title = Sus documentos de identidad
rights-documents-confiscation-body = Solo un funcionario autorizado por la ley puede quitarle su pasaporte, su documento de identidad, sus papeles de residencia o su permiso de trabajo; ni su empleador, ni su reclutador, ni el dueño de su vivienda pueden hacerlo. Si un funcionario se los quita, usted debe recibir un recibo detallado, y nadie puede destruir su pasaporte. Esto está en la Convención sobre los Trabajadores Migratorios, para todos los trabajadores migrantes y sus familias, con o sin papeles, en los países que son parte de ella.
rights-documents-confiscation-if-refused = Pida que le devuelvan sus documentos. Si alguien no quiere devolverlos, la inspección del trabajo, un servicio de asistencia legal, un centro de atención a migrantes o la embajada o el consulado de su país pueden ayudarle. Guarde una copia o una foto de sus documentos en un lugar seguro.

rights-children-birth-registration-title = Registro de nacimiento de los niños
rights-children-birth-registration-body = Todo hijo o hija de un trabajador migrante tiene derecho a un nombre, a que se registre su nacimiento y a una nacionalidad. Esto está en la Convención sobre los Trabajadores Migratorios, para los hijos de todos los trabajadores migrantes, con o sin papeles, en los países que son parte de ella.
rights-children-birth-registration-if-refused = Pida a la oficina de registro que le dé la negativa por escrito. La embajada o el consulado de su país, un servicio de asistencia legal o un centro de atención a migrantes pueden ayudarle a registrar el nacimiento.

rights-arrest-and-court-title = Si le detienen o tiene que ir a un tribunal
rights-arrest-and-court-body = Si le detienen, deben decirle por qué, en lo posible en un idioma que usted entienda. Usted tiene los mismos derechos que los ciudadanos ante los tribunales. Si le acusan de un delito, puede tener un intérprete gratis si no entiende el idioma del tribunal, y ayuda legal gratis si no puede pagarla y el interés de la justicia lo exige. Esto está en la Convención sobre los Trabajadores Migratorios, para todos los trabajadores migrantes y sus familias, con o sin papeles, en los países que son parte de ella.
rights-arrest-and-court-if-refused = Pida un abogado y un intérprete, y no firme nada que no entienda. La embajada o el consulado de su país, un servicio de asistencia legal o un centro de atención a migrantes pueden ayudarle.

rights-expulsion-safeguards-title = Si enfrenta una expulsión del país
rights-expulsion-safeguards-body = Un país no debe expulsar a migrantes en grupo: cada caso debe ser examinado y decidido uno por uno, por la autoridad que indica la ley. Le deben comunicar la decisión en un idioma que usted entienda. Una expulsión, por sí sola, no le quita los derechos que usted ganó según la ley, como los salarios que le deben. Esto está en la Convención sobre los Trabajadores Migratorios, para todos los trabajadores migrantes y sus familias, con o sin papeles, en los países que son parte de ella.
rights-expulsion-safeguards-if-refused = Pida la decisión por escrito y busque ayuda legal rápido, porque el plazo para impugnar una decisión puede ser corto. Un servicio de asistencia legal, un centro de atención a migrantes o la embajada o el consulado de su país pueden ayudarle.

## Country notes: Portugal

rights-pt-health-title = Atención de salud en Portugal
rights-pt-health-body = La Constitución de Portugal dice que toda persona tiene derecho a la protección de la salud, y que los extranjeros en Portugal tienen los mismos derechos que los ciudadanos portugueses, salvo algunos, como los derechos políticos. El ente regulador de la salud de Portugal (ERS) ha dicho que a ninguna persona extranjera se le puede negar atención de salud por su nacionalidad o por falta de dinero, sin importar la situación de sus papeles. Si usted no tiene permiso de residencia, pueden pedirle que pague por alguna atención. Estas reglas se debatieron en 2024 y 2025 y pueden haber cambiado, así que verifique antes de ir.
rights-pt-health-if-refused = Puede presentar una queja ante el ente regulador de la salud, la Entidade Reguladora da Saúde (ERS). Un centro de apoyo a migrantes CLAIM o CNAIM o un servicio de asistencia legal pueden ayudarle.

rights-pt-children-title = Escuela y salud para niños en Portugal
rights-pt-children-body = En Portugal, un registro especial (Decreto-Ley 67/2004) permite que los niños sin papeles reciban atención de salud y vayan al preescolar y a la escuela con los mismos derechos que los demás niños. El registro lo lleva la AIMA, la agencia de migraciones, y la ley dice que solo se usa para esto. La antigua oficina de migraciones de Portugal (ACM) dijo que todos los niños, tengan o no papeles, pueden ir a la escuela. Dijo que una escuela no debe rechazar a un niño en edad de escolaridad obligatoria, salvo que no tenga cupo, y que en ese caso la autoridad educativa debe encontrarle un lugar.
rights-pt-children-if-refused = Pida a la escuela o al centro de salud que ponga la negativa por escrito. Un centro de apoyo a migrantes CLAIM o CNAIM o un servicio de asistencia legal pueden ayudarle y explicarle el registro antes de que usted lo use.

## Country notes: Thailand

rights-th-school-title = Escuela para todos los niños en Tailandia
rights-th-school-body = Desde una decisión del Consejo de Ministros del 5 de julio de 2005, Tailandia permite que los niños sin papeles de registro civil o sin nacionalidad tailandesa estudien en sus escuelas. En enero de 2026, el Ministerio de Educación ordenó a todas sus escuelas inscribir a estos niños, en cualquier nivel. Un niño sin número de identificación recibe un número especial de estudiante (un “código G”).
rights-th-school-if-refused = Pida ayuda a la oficina local del área de servicios educativos. Un centro de recursos para trabajadores migrantes (Migrant Worker Resource Centre) o un servicio de asistencia legal también pueden ayudarle.

## Country notes: Brazil

rights-br-services-title = Salud, escuela y apoyo social en Brasil
rights-br-services-body = La Ley de Migración de Brasil (Ley 13.445 de 2017) dice que los migrantes tienen acceso a los servicios públicos de salud, a la asistencia social y a la seguridad social, según lo que establece la ley, sin discriminación por su nacionalidad o su situación migratoria. También da a los migrantes el derecho a la educación pública sin esa discriminación. Por eso, sus papeles no deberían ser el motivo para que le nieguen un servicio.
rights-br-services-if-refused = La Defensoría Pública (Defensoria Pública) da ayuda legal gratuita a las personas que no pueden pagar. Un centro de apoyo a migrantes también puede ayudarle.

## Country notes: Colombia

rights-co-emergency-care-title = Atención de urgencias en Colombia
rights-co-emergency-care-body = En Colombia, todo prestador de servicios de salud, público o privado, debe dar la atención inicial de urgencias a cualquier persona, pueda o no pagar. La Corte Constitucional de Colombia ha dicho que esto incluye a los migrantes sin papeles. Para afiliarse al sistema de salud y recibir otra atención, normalmente usted necesita regularizar su situación migratoria y tener un documento de identidad válido.
rights-co-emergency-care-if-refused = Puede presentar una queja ante la Superintendencia Nacional de Salud, que puede multar a los prestadores que nieguen la atención inicial de urgencias. También puede pedir a un juez que proteja sus derechos fundamentales con una acción de tutela; los extranjeros también pueden usarla. Una personería (oficina local que defiende los derechos de las personas) o un servicio de asistencia legal pueden ayudarle.

rights-co-school-title = Escuela en Colombia para niños que vienen de Venezuela
rights-co-school-body = En Colombia, los niños, niñas y adolescentes que vienen de Venezuela pueden matricularse sin visa en preescolar, primaria y secundaria en colegios públicos. Si un niño no tiene un documento de identidad válido, el colegio lo registra con un número de la Secretaría de Educación local (un número “NES”). Esto viene de una circular conjunta de 2018 del Ministerio de Educación y de Migración Colombia, la autoridad migratoria.
rights-co-school-if-refused = Pida ayuda a la Secretaría de Educación local. Una personería, un servicio de asistencia legal o un centro de apoyo a migrantes también pueden ayudarle.
