# Strings shared by the app and the command line.

## Needs (the taxonomy in data/README.md). Short: they label big tiles.

need-one-stop-shop = Balcão único
need-health = Saúde
need-health-emergency = Cuidados urgentes
need-health-primary = Médico
need-health-mental = Saúde mental
need-health-sexual-reproductive = Saúde sexual e reprodutiva
need-education = Educação
need-education-school-enrolment = Escola para crianças
need-education-language-classes = Aulas de língua
need-education-vocational = Formação profissional
need-housing = Habitação
need-housing-shelter = Abrigo para esta noite
need-housing-tenancy-advice = Ajuda para alugar casa
need-legal-aid = Ajuda jurídica
need-legal-aid-immigration = Imigração e asilo
need-legal-aid-regularisation = Documentos de residência
need-legal-aid-labour = Ajuda jurídica no trabalho
need-work = Trabalho
need-work-recruitment = Encontrar trabalho com segurança
need-work-wage-claims = Salários não pagos
need-social-protection = Apoio social
need-violence-support = Apoio em caso de violência
need-violence-support-trafficking = Tráfico de pessoas e trabalho forçado
need-child-protection = Crianças
need-documents = Documentos
need-interpretation = Interpretação
need-food = Alimentação e bens essenciais
need-money = Dinheiro
need-money-remittances = Enviar dinheiro para casa
need-money-banking = Conta bancária
need-return = Voltar ao país de origem
need-complaints = Reclamações
need-complaints-labour-inspection = Inspeção do trabalho
need-complaints-human-rights = Órgão de direitos humanos
need-information = Informação e orientação

## Who a service is for

serves-all = Todas as pessoas
serves-women = Mulheres
serves-children = Crianças
serves-unaccompanied-minors = Crianças desacompanhadas
serves-survivors-of-violence = Sobreviventes de violência
serves-workers = Trabalhadores
serves-families = Famílias
serves-lgbtiq = Pessoas LGBTIQ

## Distances and directions

# Variables:
#   $meters (Number) - distance in metres, under 1000
distance-meters = { NUMBER($meters, maximumFractionDigits: 0) } m
# Variables:
#   $kilometers (Number) - distance in kilometres
distance-kilometers = { NUMBER($kilometers, maximumFractionDigits: 1) } km
# For places known only approximately (a town's centre), when the person is within the
# town's reach.
# Variables:
#   $distance (String) - the town's reach, like "5 km"
distance-within-about = dentro de um raio de cerca de { $distance }
# Variables:
#   $distance (String) - a formatted distance, like "14 km"
distance-about = cerca de { $distance }
compass-n = norte
compass-ne = nordeste
compass-e = leste
compass-se = sudeste
compass-s = sul
compass-sw = sudoeste
compass-w = oeste
compass-nw = noroeste
# Variables:
#   $distance (String) - a formatted distance, like "2.3 km"
#   $direction (String) - a compass direction, like "north-east"
distance-direction = { $distance } a { $direction }

## Opening status, always in the service's own time

status-open = Aberto agora
status-closed = Fechado agora
status-unknown = Horário desconhecido
# Variables:
#   $time (String) - closing time, like "17:00"
status-open-until = Aberto até { $time }
# Variables:
#   $time (String) - closing time, like "17:00"
status-closes-soon = Fecha em breve ({ $time })
# Variables:
#   $time (String) - opening time today, like "09:00"
status-opens-at = Abre às { $time }
# Variables:
#   $day (String) - a weekday name, like "Monday"
#   $time (String) - opening time, like "09:00"
status-opens-on = Abre { $day } às { $time }
status-hours-unreadable = Horário tal como está escrito (não foi possível ler)
# Variables:
#   $zone (String) - an IANA time zone, like "Europe/Lisbon"
status-time-zone = Horas locais ({ $zone })

weekday-1 = segunda-feira
weekday-2 = terça-feira
weekday-3 = quarta-feira
weekday-4 = quinta-feira
weekday-5 = sexta-feira
weekday-6 = sábado
weekday-7 = domingo
hours-closed-all-day = Fechado
hours-today = Hoje

## Badges on results

badge-free = Gratuito
badge-no-documents = Não pede documentos
badge-no-status = Não pergunta a situação migratória
badge-firewall = Não passa dados à imigração
badge-shares-with-immigration = Pode passar dados à imigração
badge-one-stop-shop = Balcão único
badge-walk-in = Sem hora marcada
badge-appointment = Com hora marcada
badge-approximate = Localização aproximada
badge-phone-line = Linha de telefone
badge-emergency = Número de emergência

## Answers to yes/no questions about a service

answer-yes = Sim
answer-no = Não
answer-unknown = Não se sabe

## Labels on a service's page

field-what = O que oferecem
field-needs = Ajuda com
field-serves = Para
field-languages = Línguas faladas
field-asks-status = Pergunta a situação migratória
field-asks-documents = Pede documentos
field-shares-with-immigration = Passa dados às autoridades de imigração
field-free = Gratuito
field-appointment = É preciso marcar hora
field-walk-in = Pode ir sem hora marcada
field-what-to-bring = O que levar
field-organization = Responsável
field-address = Endereço
field-phone = Telefone
field-email = E-mail
field-website = Site
field-hours = Horário de funcionamento
field-location = Localização
field-source = Fonte
field-source-note = Sobre a fonte
field-verified = Última confirmação
field-id = Referência

precision-exact = Localização exata
precision-address = Localizado pelo endereço
# Variables:
#   $town (String) - the town whose centre is shown
precision-city = Aproximado: mostrado no centro de { $town }. Confirme o endereço.
precision-postal-code = Aproximado: mostrado no centro da área do seu código postal

## How old a record is

# Variables:
#   $months (Number) - whole months since the record was last confirmed
verified-months-ago = { $months ->
    [0] este mês
    [one] há { $months } mês
   *[other] há { $months } meses
}
# Variables:
#   $years (Number) - whole years since the record was last confirmed
verified-years-ago = { $years ->
    [one] há { $years } ano
   *[other] há { $years } anos
}
# Variables:
#   $when (String) - how long ago, like "3 years ago"
verified-old-warning = Última confirmação: { $when }. Os dados podem ter mudado: confirme antes de ir.

## Languages of the interface

# Variables:
#   $requested (String) - the language code asked for
#   $used (String) - the name of the language shown instead
lang-fallback = Não há tradução para “{ $requested }”. Língua mostrada: { $used }.
# Variables:
#   $language (String) - the name of this language
lang-draft-notice = Esta tradução ({ $language }) é um rascunho que ainda não foi verificado por um falante nativo. Onde faltar texto, ele aparece em inglês.
