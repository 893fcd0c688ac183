# Strings shared by the app and the command line.

## Needs (the taxonomy in data/README.md). Short: they label big tiles.

need-one-stop-shop = Lahat sa iisang lugar
need-health = Kalusugan
need-health-emergency = Pang-emerhensiyang lunas
need-health-primary = Doktor
need-health-mental = Kalusugan ng isip
need-health-sexual-reproductive = Kalusugang sekswal at reproduktibo
need-education = Edukasyon
need-education-school-enrolment = Paaralan para sa mga bata
need-education-language-classes = Klase sa wika
need-education-vocational = Pagsasanay sa trabaho
need-housing = Tirahan
need-housing-shelter = Matutulugan ngayong gabi
need-housing-tenancy-advice = Payo sa pag-upa
need-legal-aid = Tulong-legal
need-legal-aid-immigration = Imigrasyon at asylum
need-legal-aid-regularisation = Papeles sa paninirahan
need-legal-aid-labour = Tulong-legal sa trabaho
need-work = Trabaho
need-work-recruitment = Ligtas na paghahanap ng trabaho
need-work-wage-claims = Hindi nabayarang sahod
need-social-protection = Suportang panlipunan
need-violence-support = Tulong laban sa karahasan
need-violence-support-trafficking = Trafficking at sapilitang paggawa
need-child-protection = Mga bata
need-documents = Mga dokumento
need-interpretation = Interpreter
need-food = Pagkain at mga pangunahing pangangailangan
need-money = Pera
need-money-remittances = Pagpapadala ng pera pauwi
need-money-banking = Bank account
need-return = Pag-uwi
need-complaints = Mga reklamo
need-complaints-labour-inspection = Inspeksiyon sa paggawa
need-complaints-human-rights = Ahensiya sa karapatang pantao
need-information = Impormasyon at payo

## Who a service is for

serves-all = Lahat
serves-women = Kababaihan
serves-children = Mga bata
serves-unaccompanied-minors = Mga batang walang kasama
serves-survivors-of-violence = Mga nakaligtas sa karahasan
serves-workers = Mga manggagawa
serves-families = Mga pamilya
serves-lgbtiq = Mga taong LGBTIQ

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
distance-within-about = sa loob ng mga { $distance }
# Variables:
#   $distance (String) - a formatted distance, like "14 km"
distance-about = mga { $distance }
compass-n = hilaga
compass-ne = hilagang-silangan
compass-e = silangan
compass-se = timog-silangan
compass-s = timog
compass-sw = timog-kanluran
compass-w = kanluran
compass-nw = hilagang-kanluran
# Variables:
#   $distance (String) - a formatted distance, like "2.3 km"
#   $direction (String) - a compass direction, like "north-east"
distance-direction = { $distance } sa { $direction }

## Opening status, always in the service's own time

status-open = Bukas ngayon
status-closed = Sarado ngayon
status-unknown = Hindi alam ang oras
# Variables:
#   $time (String) - closing time, like "17:00"
status-open-until = Bukas hanggang { $time }
# Variables:
#   $time (String) - closing time, like "17:00"
status-closes-soon = Malapit nang magsara ({ $time })
# Variables:
#   $time (String) - opening time today, like "09:00"
status-opens-at = Magbubukas nang { $time }
# Variables:
#   $day (String) - a weekday name, like "Monday"
#   $time (String) - opening time, like "09:00"
status-opens-on = Magbubukas sa { $day } nang { $time }
status-hours-unreadable = Oras ayon sa pagkakasulat (hindi mabasa)
# Variables:
#   $zone (String) - an IANA time zone, like "Europe/Lisbon"
status-time-zone = Lokal na oras ({ $zone })

weekday-1 = Lunes
weekday-2 = Martes
weekday-3 = Miyerkoles
weekday-4 = Huwebes
weekday-5 = Biyernes
weekday-6 = Sabado
weekday-7 = Linggo
hours-closed-all-day = Sarado
hours-today = Ngayong araw

## Badges on results

badge-free = Libre
badge-no-documents = Walang hinihinging dokumento
badge-no-status = Hindi nagtatanong ng status
badge-firewall = Hindi nagbibigay ng datos sa imigrasyon
badge-shares-with-immigration = Maaaring magbigay ng datos sa imigrasyon
badge-one-stop-shop = Lahat sa iisang lugar
badge-walk-in = Walk-in
badge-appointment = Kailangan ng appointment
badge-approximate = Tinatayang lokasyon
badge-phone-line = Linya ng telepono
badge-emergency = Numero sa emerhensiya

## Answers to yes/no questions about a service

answer-yes = Oo
answer-no = Hindi
answer-unknown = Hindi alam

## Labels on a service's page

field-what = Ang iniaalok nila
field-needs = Tumutulong sa
field-serves = Para kanino
field-languages = Mga wikang ginagamit
field-asks-status = Nagtatanong ng status sa migrasyon
field-asks-documents = Humihingi ng mga dokumento
field-shares-with-immigration = Nagbibigay ng datos sa mga awtoridad sa imigrasyon
field-free = Libre
field-appointment = Kailangan ng appointment
field-walk-in = Puwedeng pumunta nang walang appointment
field-what-to-bring = Mga dapat dalhin
field-organization = Pinatatakbo ng
field-address = Address
field-phone = Telepono
field-email = Email
field-website = Website
field-hours = Oras ng pagbubukas
field-location = Lokasyon
field-source = Pinagkunan
field-source-note = Tungkol sa pinagkunan
field-verified = Huling kinumpirma
field-id = Reference

precision-exact = Eksaktong lokasyon
precision-address = Lokasyon batay sa address
# Variables:
#   $town (String) - the town whose centre is shown
precision-city = Tinatayang lokasyon: ipinapakita sa gitna ng { $town }. Tingnan ang address.
precision-postal-code = Tinatayang lokasyon: ipinapakita sa gitna ng lugar ng postal code nito

## How old a record is

# Variables:
#   $months (Number) - whole months since the record was last confirmed
verified-months-ago = { $months ->
    [0] ngayong buwan
    [one] { $months } buwan na ang nakalipas
   *[other] { $months } buwan na ang nakalipas
}
# Variables:
#   $years (Number) - whole years since the record was last confirmed
verified-years-ago = { $years ->
    [one] { $years } taon na ang nakalipas
   *[other] { $years } taon na ang nakalipas
}
# Variables:
#   $when (String) - how long ago, like "3 years ago"
verified-old-warning = Huling kinumpirma { $when }. Maaaring nagbago na ang mga detalye: alamin muna bago pumunta.

## Languages of the interface

# Variables:
#   $requested (String) - the language code asked for
#   $used (String) - the name of the language shown instead
lang-fallback = Walang salin para sa “{ $requested }”; ipinapakita ang { $used }.
# Variables:
#   $language (String) - the name of this language
lang-draft-notice = Borador pa ang saling ito sa { $language } at hindi pa ito nasusuri ng katutubong nagsasalita ng wika. Kung may kulang na teksto, Ingles ang makikita mo.
