# Labels shared by the app and the command line that came after the first translation
# round; and, below, the app's own screens.

## Rights cards

rights-applies-whatever-status = Para sa iyo ito anuman ang iyong status sa migrasyon.
rights-if-refused-heading = Kung tinanggihan ka
rights-sources-heading = Mga pinagkunan
# Variables:
#   $need (String) - the name of the need asked about, like "Health"
rights-none-for-need = Wala pang card tungkol sa karapatan para sa “{ $need }”.

## App frame, on every screen

app-name = Ponte
app-skip-link = Lumaktaw sa nilalaman
app-language-label = Wika
app-about = Tungkol
app-back = Bumalik
app-privacy-line = Hindi lumalabas sa device na ito ang anumang hinahanap mo.
# Said to screen readers after switching language.
# Variables:
#   $language (String) - the name of the language now shown, like "العربية"
app-language-changed = Pinalitan ang wika: { $language }

## Errors

error-input = Hindi iyan magamit. Tingnan ang tinype mo at subukang muli.
error-internal = May nagkamali sa loob ng Ponte. Subukang muli. Kung paulit-ulit ito, isara ang Ponte at buksan ulit.

## Quick exit (a button on every screen, and Shift pressed 3 times)

exit-button = Lumabas agad
exit-hint = Agad na itinatago ang Ponte at binubura ang paghahanap na ito. Puwede mo ring pindutin ang Shift nang 3 beses.
exit-press-two = Shift: pindutin pa nang 2 beses para lumabas.
exit-press-one = Shift: pindutin pa nang 1 beses para lumabas.
exit-expired = Kinansela ang mabilis na paglabas gamit ang keyboard.
# The only words on the blank page shown after a quick exit: keep them neutral, with
# nothing about Ponte, migration or help.
exit-neutral-continue = Magpatuloy

## Start: choosing a need

start-title = Anong tulong ang kailangan mo?
start-intro = Pumili ng isa. Pagkatapos, piliin kung saan.
start-more-needs = Iba pang uri ng tulong
start-specific-heading = Mas tiyak na tulong
# Variables:
#   $place (String) - the place chosen earlier, like "Lisboa, Portugal"
start-place-kept = Naghahanap malapit sa { $place }.

## Where: choosing a place

where-title = Saan?
where-back = Bumalik sa uri ng tulong
# Variables:
#   $need (String) - the need chosen, like "Health"
where-looking-for = Hinahanap: { $need }
where-type-heading = Mag-type ng lugar
where-place-label = Bayan o lungsod
where-place-hint = Mag-type ng lugar sa anumang wika o sulat.
where-suggestions-label = Mga lugar
# Variables:
#   $count (Number) - how many places match what was typed
where-suggestions-count = { $count ->
    [one] { $count } lugar ang nahanap
   *[other] { $count } lugar ang nahanap
}
# Variables:
#   $query (String) - what the person typed
where-no-place = Walang lugar na “{ $query }”. Subukan ang ibang baybay, o ang pangalan sa Ingles o sa sarili nitong wika.
# Variables:
#   $place (String) - a place name, like "Lisboa"
#   $country (String) - its country, like "Portugal"
where-place-label-full = { $place }, { $country }
# Variables:
#   $place (String) - the place chosen earlier, like "Lisboa, Portugal"
where-current = Ngayon: { $place }.
where-keep-place = Gamitin pa rin ito
where-pick-heading = Sa mapa
where-pick-button = Pumili sa mapa
where-pick-hint = I-tap o i-click ang mapa. Sa keyboard, igalaw ang mapa gamit ang mga arrow key, tapos gamitin ang gitna.
where-map-label = Mapa para pumili ng lugar
where-pick-centre = Gamitin ang gitna ng mapa
where-pick-looking = Hinahanap ang pinakamalapit na bayan…
# Variables:
#   $place (String) - the nearest town, like "Lisboa, Portugal"
#   $distance (String) - how far the point is from it, like "3 km"
where-picked-near = Malapit sa { $place } ({ $distance })
where-picked-point = Ang puntong pinili mo
where-pick-confirm = Maghanap dito
where-device-heading = Lokasyon ng iyong device
where-device-unavailable = Hindi ginagamit sa computer na ito: para mahanap ito, kailangang magtanong sa isang online na serbisyo, at malalaman nito kung nasaan ka. Mag-type na lang ng lugar o pumili sa mapa.
where-device-button = Gamitin ang lokasyon ko
where-device-private = Sa device na ito lang ginagamit ang lokasyon mo. Hindi ito kailanman ipinapadala o sine-save.
where-device-finding = Hinahanap ang lokasyon mo…
where-device-failed = Hindi mahanap ang lokasyon mo. Mag-type ng lugar o pumili sa mapa.
where-device-here = Ang lokasyon mo
where-private = Hindi kailanman lumalabas sa device na ito ang mga lugar na tina-type o pinipili mo.

## Results

results-back = Bumalik sa lugar
# Variables:
#   $need (String) - what is searched for, like "Health"
#   $place (String) - where, like "Lisboa, Portugal"
results-title = { $need } malapit sa { $place }
results-change-need = Ibang tulong
results-change-place = Ibang lugar
results-filters = Iba pang filter
# Variables:
#   $count (Number) - how many filters are switched on
results-filters-on = ({ $count } naka-on)
results-filter-only = Ipakita lang
results-filter-open-now = Bukas ngayon
results-filter-free = Libre
results-filter-no-documents = Walang hinihinging dokumento
results-filter-firewall = Di nagsusumbong sa imigrasyon
results-filter-kind = Uri ng tulong
# Variables:
#   $need (String) - the need chosen, like "Health"
results-filter-kind-all = Lahat: { $need }
results-filter-language = Wika ng staff
results-filter-language-any = Kahit anong wika
results-filter-serves = Para kanino
results-filter-serves-any = Lahat
results-filter-radius = Sa loob ng
results-filter-radius-any = Kahit anong layo
results-filter-words = Mga salitang hahanapin
results-filters-clear = Alisin ang mga filter
results-searching = Naghahanap…
# Variables:
#   $count (Number) - number of services shown
results-count = { $count ->
    [one] { $count } serbisyo, pinakamalapit muna
   *[other] { $count } serbisyo, pinakamalapit muna
}
results-none = Walang serbisyo sa direktoryo na tumutugma, sa anumang layo.
# Variables:
#   $radius (String) - the distance chosen, like "5 km"
#   $distance (String) - distance of the nearest result, like "37 km"
results-widened = Walang nahanap sa loob ng { $radius }. Mas malayo ang mga ito, simula sa { $distance }.
# Variables:
#   $distance (String) - distance of the nearest result, like "120 km"
results-far = Walang malapit: ang pinakamalapit ay { $distance } ang layo.
results-list-heading = Mga serbisyo, pinakamalapit muna
results-map-toggle = Mapa
results-map-label = Mapa ng mga resulta. Pareho ang impormasyon sa listahan.
results-badges-label = Tungkol sa lugar na ito
# Variables:
#   $count (Number) - how many more languages are spoken there
results-languages-more = at { $count } pa
results-show-more = Magpakita pa
# A short warning on a result whose record is old.
# Variables:
#   $when (String) - how long ago, like "3 years ago"
results-verified-old = Huling kinumpirma { $when }
# Variables:
#   $country (String) - country name, like "Portugal"
results-phone-lines = Mga linya ng telepono at numero sa emerhensiya sa { $country }
results-phone-lines-any = Mga linya ng telepono at numero sa emerhensiya

## Rights cards in the app

rights-heading = Ang iyong mga karapatan

## A service’s page

service-back = Bumalik sa mga resulta
service-loading = Naglo-load…
# Variables:
#   $organization (String) - who runs the service
service-run-by = Pinatatakbo ng { $organization }
service-call = Tumawag
service-directions = Direksiyon
service-directions-hint = Binubuksan ng “Direksiyon” ang lugar na ito sa isang map app sa device na ito, kung mayroon.
service-before-you-go = Bago ka pumunta
service-help-and-for = Tulong sa ano, at para kanino
service-contact = Kontak
service-no-contact = Walang alam na telepono, email o website.
# Variables:
#   $title (String) - the directory’s title
service-directory = Mula sa: { $title }
# Variables:
#   $id (String) - the service’s reference code
service-reference = Reference: { $id }
# Variables:
#   $from (String) - opening time, like "09:00"
#   $to (String) - closing time, like "17:00"
hours-period = { $from }–{ $to }
hours-period-unknown = (maaaring mag-iba)
service-wrong-button = May mali rito
service-wrong-which = Aling bahagi?
service-wrong-field-any = Iba pa, o hindi sigurado
service-wrong-field-name = Pangalan
service-wrong-note = Ano ang mali?
service-wrong-private = Sa device na ito lang naka-save. Walang ipinapadala.
service-wrong-save = I-save
service-wrong-empty = Isulat muna kung ano ang mali.
service-wrong-saved = Na-save sa device na ito. Salamat.

## The map

map-label = Mapa
map-zoom-in = Palakihin
map-zoom-out = Paliitin

## About

about-back = Bumalik
about-title = Tungkol sa Ponte
about-intro = Tinutulungan ka ng Ponte na makahanap ng mga serbisyo malapit sa iyo, at sinasabi nito ang iyong mga karapatan sa sarili mong wika. Gumagana ito kahit walang internet.
about-privacy-heading = Ang iyong privacy
about-privacy-search = Ang hinahanap mo, at kung saan, ay nananatili sa device na ito. Walang ipinapadala ang Ponte tungkol sa iyo kahit saan.
about-privacy-location = Hindi kailanman nagtatanong ang Ponte sa isang online na serbisyo kung nasaan ka.
about-privacy-stored = Ang iniimbak lang ng Ponte ay ang wika mo, ang mga pinili mo para sa display at ang mga pagtatamang sine-save mo. Hindi ito nag-iimbak ng kasaysayan ng paghahanap.
about-privacy-exit = Agad na itinatago ng “Lumabas agad” ang Ponte at binubura ang paghahanap. Puwede mo ring pindutin ang Shift nang 3 beses.
about-directory-heading = Ang direktoryo
about-directory-title = Pangalan
about-directory-description = Tungkol dito
about-directory-services = Mga serbisyo
about-directory-publisher = Inilathala ng
about-directory-built = Ginawa noong
about-directory-bundle = Edisyon
about-directory-built-in = kasama sa app
# Variables:
#   $sequence (Number) - the update number of the directory
about-directory-sequence = update { $sequence }

## Updating the directory (About page). A "directory file" (.ponte) is a signed file from an
## organisation that keeps the directory current; a "channel" is the web address where it
## publishes them.

about-update-heading = I-update ang direktoryo
about-update-intro = Sinusuri ng Ponte na ang bawat file ng direktoryo ay pinirmahan ng organisasyong pinagkakatiwalaan nito at mas bago kaysa sa nasa iyo. Kung may mali, walang magbabago.
about-update-file = I-install mula sa file
about-update-file-hint = Isang .ponte file mula sa USB stick o sa isang mensahe.
about-update-channel = Address ng channel
about-update-channel-hint = Ang web address na ibinigay sa iyo ng iyong organisasyon. Mga file lang nito ang dina-download ng Ponte at wala itong ipinapadala tungkol sa iyo: hindi ang lugar mo, ang mga hinahanap mo o ang wika mo.
about-update-check = Tingnan kung may update
about-update-working = Sinusuri…
# Variables:
#   $title (String) - the directory's title
#   $publisher (String) - who published it
#   $sequence (Number) - its update number
#   $count (Number) - services in it
app-update-installed = Na-install ang “{ $title }” mula sa { $publisher }, update { $sequence }: { $count ->
        [one] { $count } serbisyo.
       *[other] { $count } serbisyo.
    }
# Variables:
#   $sequence (Number) - the update number installed
app-update-up-to-date = Nasa iyo na ang pinakabagong direktoryo (update { $sequence }).
# Variables:
#   $limit (Number) - the largest size accepted, in megabytes
app-update-file-too-large = Masyadong malaki ang file na ito para sa isang direktoryo (higit sa { $limit } MB). Walang binago.
start-directory-expired = Lampas na sa expiry date ang direktoryong ito. Gumagana pa ito, pero baka luma na ang ilang detalye. I-update ito sa pahinang “Tungkol sa Ponte”.
about-display-heading = Display
about-text-size = Laki ng teksto
about-text-size-normal = Karaniwan
about-text-size-large = Malaki
about-text-size-larger = Mas malaki
about-contrast = Contrast
about-contrast-normal = Karaniwan
about-contrast-more = Mas malakas na contrast
about-display-system = Sinusunod din ng Ponte ang mga setting ng iyong device para sa laki ng teksto, contrast at kulay.
about-languages-heading = Mga wika
# Variables:
#   $language (String) - the name of the language shown now
about-languages-current = Ipinapakita ngayon sa: { $language }. Mapapalitan mo ito sa itaas ng bawat screen.
about-locale-name = Wika
about-locale-status = Status
about-locale-review = Sino ang sumuri
about-status-source = Orihinal na teksto
about-status-reviewed = Sinuri ng katutubong nagsasalita
about-status-complete = Kumpleto, hindi pa nasusuri
about-status-draft = Borador: may tekstong nasa Ingles
about-status-pseudo = Para sa pagsubok
about-testing = Pagsubok
about-testing-intro = Mga gawa-gawang wika na nagpapakita kung kaya ng layout ang mas mahabang teksto at ang pagsulat mula kanan pakaliwa.
about-use-locale = Gamitin
about-corrections-heading = Ang iyong mga pagtatama
about-corrections-intro = Mga maling itinala mo gamit ang “May mali rito”. Nananatili ang mga ito sa device na ito.
about-corrections-none = Walang naka-save.
about-correction-delete = Burahin
about-correction-deleted = Binura ang pagtatama.
about-credits-heading = Mga kredito
about-credit-places = Mga pangalan ng lugar: GeoNames (geonames.org), lisensiyang CC BY 4.0.
about-credit-map = Mapa: Natural Earth (naturalearthdata.com), pampublikong domain, sa pamamagitan ng package na world-atlas (lisensiyang ISC).
about-credit-leaflet = Pagpapakita ng mapa: Leaflet (lisensiyang BSD 2-Clause).
about-credit-icons = Mga icon: Lucide (lisensiyang ISC; ilang icon mula sa Feather, lisensiyang MIT).
about-credit-fluent = Mga salin: Project Fluent, @fluent/bundle (lisensiyang Apache 2.0).
about-credit-fonts = Mga font: Noto Sans para sa bawat uri ng sulat ng mga wika ng app (lisensiyang SIL Open Font License 1.1), sa pamamagitan ng Fontsource.
# Variables:
#   $version (String) - the app’s version, like "0.1.0"
about-version = Ponte bersiyon { $version }

## Handing off to a phone or map app, where this device has none

# Variables:
#   $number (String) - the phone number, like "+351218106100"
handoff-tel = Hindi makatawag ang device na ito. Tawagan ang { $number } mula sa isang telepono.
# Variables:
#   $coordinates (String) - latitude and longitude, like "38.724927, -9.134284"
handoff-geo = Walang map app na mabubuksan dito. Sa anumang map app, hanapin ang { $coordinates }.
