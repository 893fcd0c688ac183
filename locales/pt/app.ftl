# Labels shared by the app and the command line that came after the first translation
# round; and, below, the app's own screens.
# Style: neutral for Portugal and Brazil (third person, no "você"/"tu"; words used in both).

## Rights cards

rights-applies-whatever-status = Isto vale seja qual for a sua situação migratória.
rights-if-refused-heading = Em caso de recusa
rights-sources-heading = Fontes
# Variables:
#   $need (String) - the name of the need asked about, like "Health"
rights-none-for-need = Ainda não há informação sobre os seus direitos para “{ $need }”.

## App frame, on every screen

app-name = Ponte
app-skip-link = Ir para o conteúdo
app-language-label = Língua
app-about = Sobre
app-back = Voltar
app-privacy-line = Nada do que pesquisa sai deste dispositivo.
# Said to screen readers after switching language.
# Variables:
#   $language (String) - the name of the language now shown, like "العربية"
app-language-changed = Língua mudada: { $language }

## Errors

error-input = Não foi possível usar isto. Verifique o que escreveu e tente outra vez.
error-internal = Houve um erro dentro do Ponte. Tente outra vez. Se o erro voltar, feche o Ponte e abra-o de novo.

## Quick exit (a button on every screen, and Shift pressed 3 times)

exit-button = Saída rápida
exit-hint = Esconde o Ponte de imediato e apaga esta pesquisa. Também pode pressionar Shift 3 vezes.
exit-press-two = Shift: pressione mais 2 vezes para sair.
exit-press-one = Shift: pressione mais 1 vez para sair.
exit-expired = A saída rápida pelo teclado foi cancelada.
# The only words on the blank page shown after a quick exit: keep them neutral, with
# nothing about Ponte, migration or help.
exit-neutral-continue = Continuar

## Start: choosing a need

start-title = De que ajuda precisa?
start-intro = Escolha uma. Depois, escolha onde.
start-more-needs = Mais tipos de ajuda
start-specific-heading = Algo mais específico
# Variables:
#   $place (String) - the place chosen earlier, like "Lisboa, Portugal"
start-place-kept = Pesquisa perto de { $place }.

## Where: choosing a place

where-title = Onde?
where-back = Voltar ao tipo de ajuda
# Variables:
#   $need (String) - the need chosen, like "Health"
where-looking-for = O que procura: { $need }
where-type-heading = Escrever um lugar
where-place-label = Cidade ou localidade
where-place-hint = Escreva um lugar em qualquer língua ou escrita.
where-suggestions-label = Lugares
# Variables:
#   $count (Number) - how many places match what was typed
where-suggestions-count = { $count ->
    [0] Nenhum lugar encontrado
    [one] { $count } lugar encontrado
   *[other] { $count } lugares encontrados
}
# Variables:
#   $query (String) - what the person typed
where-no-place = Nenhum lugar chamado “{ $query }”. Tente outra grafia, ou o nome em inglês ou na língua do lugar.
# Variables:
#   $place (String) - a place name, like "Lisboa"
#   $country (String) - its country, like "Portugal"
where-place-label-full = { $place }, { $country }
# Variables:
#   $place (String) - the place chosen earlier, like "Lisboa, Portugal"
where-current = Agora: { $place }.
where-keep-place = Manter este lugar
where-pick-heading = No mapa
where-pick-button = Escolher no mapa
where-pick-hint = Toque ou clique no mapa. Com o teclado, mova o mapa com as setas e depois use o centro.
where-map-label = Mapa para escolher um lugar
where-pick-centre = Usar o centro do mapa
where-pick-looking = Em busca da cidade mais próxima…
# Variables:
#   $place (String) - the nearest town, like "Lisboa, Portugal"
#   $distance (String) - how far the point is from it, like "3 km"
where-picked-near = Perto de { $place } ({ $distance })
where-picked-point = O ponto escolhido
where-pick-confirm = Pesquisar aqui
where-device-heading = Localização do seu dispositivo
where-device-unavailable = Não é usada neste computador: para encontrá-la, seria preciso perguntar a um serviço online, que passaria a saber onde está. Em vez disso, escreva um lugar ou escolha-o no mapa.
where-device-button = Usar a minha localização
where-device-private = A sua localização só é usada neste dispositivo. Nunca é enviada nem guardada.
where-device-finding = Em busca da sua localização…
where-device-failed = Não foi possível encontrar a sua localização. Escreva um lugar ou escolha-o no mapa.
where-device-here = A sua localização
where-private = Os lugares que escreve ou escolhe nunca saem deste dispositivo.

## Results

results-back = Voltar ao lugar
# Variables:
#   $need (String) - what is searched for, like "Health"
#   $place (String) - where, like "Lisboa, Portugal"
results-title = { $need } perto de { $place }
results-change-need = Outra ajuda
results-change-place = Outro lugar
results-filters = Mais filtros
# Variables:
#   $count (Number) - how many filters are switched on
results-filters-on = { $count ->
    [one] ({ $count } ativo)
   *[other] ({ $count } ativos)
}
results-filter-only = Mostrar só
results-filter-open-now = Aberto agora
results-filter-free = Gratuito
results-filter-no-documents = Não pede documentos
results-filter-firewall = Não passa dados à imigração
results-filter-kind = Tipo de ajuda
# Variables:
#   $need (String) - the need chosen, like "Health"
results-filter-kind-all = Tudo: { $need }
results-filter-language = Língua falada
results-filter-language-any = Qualquer língua
results-filter-serves = Para
results-filter-serves-any = Todas as pessoas
results-filter-radius = A menos de
results-filter-radius-any = Qualquer distância
results-filter-words = Palavras a procurar
results-filters-clear = Limpar filtros
results-searching = Pesquisa em curso…
# Variables:
#   $count (Number) - number of services shown
results-count = { $count ->
    [0] Nenhum serviço
    [one] { $count } serviço, o mais próximo primeiro
   *[other] { $count } serviços, os mais próximos primeiro
}
results-none = Nenhum serviço do diretório corresponde, a qualquer distância.
# Variables:
#   $radius (String) - the distance chosen, like "5 km"
#   $distance (String) - distance of the nearest result, like "37 km"
results-widened = Nada a menos de { $radius }. Estes ficam mais longe, a partir de { $distance }.
# Variables:
#   $distance (String) - distance of the nearest result, like "120 km"
results-far = Nada por perto: o mais próximo fica a { $distance }.
results-list-heading = Serviços, os mais próximos primeiro
results-map-toggle = Mapa
results-map-label = Mapa dos resultados. A lista tem a mesma informação.
results-badges-label = Sobre este lugar
# Variables:
#   $count (Number) - how many more languages are spoken there
results-languages-more = e mais { $count }
results-show-more = Mostrar mais
# A short warning on a result whose record is old.
# Variables:
#   $when (String) - how long ago, like "3 years ago"
results-verified-old = Confirmado { $when }
# Variables:
#   $country (String) - country name, like "Portugal"
results-phone-lines = Linhas de telefone e números de emergência: { $country }
results-phone-lines-any = Linhas de telefone e números de emergência

## Rights cards in the app

rights-heading = Os seus direitos

## A service’s page

service-back = Voltar aos resultados
service-loading = Um momento…
# Variables:
#   $organization (String) - who runs the service
service-run-by = Responsável: { $organization }
service-call = Ligar
service-directions = Como chegar
service-directions-hint = “Como chegar” abre este lugar numa app de mapas deste dispositivo, se houver uma.
service-before-you-go = Antes de ir
service-help-and-for = Ajuda com quê, e para quem
service-contact = Telefone, e-mail, site
service-no-contact = Não se conhece telefone, e-mail nem site.
# Variables:
#   $title (String) - the directory’s title
service-directory = Diretório: { $title }
# Variables:
#   $id (String) - the service’s reference code
service-reference = Referência: { $id }
# Variables:
#   $from (String) - opening time, like "09:00"
#   $to (String) - closing time, like "17:00"
hours-period = { $from }–{ $to }
hours-period-unknown = (pode variar)
service-wrong-button = Há um erro aqui
service-wrong-which = Que parte?
service-wrong-field-any = Outra coisa, ou não sei
service-wrong-field-name = Nome
service-wrong-note = O que está errado?
service-wrong-private = Guardado só neste dispositivo. Nada é enviado.
service-wrong-save = Guardar
service-wrong-empty = Escreva primeiro o que está errado.
service-wrong-saved = Guardado neste dispositivo. Obrigado.

## The map

map-label = Mapa
map-zoom-in = Aproximar
map-zoom-out = Afastar

## About

about-back = Voltar
about-title = Sobre o Ponte
about-intro = O Ponte ajuda a encontrar serviços perto de onde está e informa sobre os seus direitos, na sua língua. Funciona sem internet.
about-privacy-heading = A sua privacidade
about-privacy-search = O que pesquisa, e onde, fica neste dispositivo. O Ponte não envia nenhum dado seu para lugar nenhum.
about-privacy-location = O Ponte nunca pergunta a um serviço online onde está.
about-privacy-stored = O Ponte só guarda a sua língua, as suas escolhas de aparência e as correções que guardar. Não guarda histórico de pesquisas.
about-privacy-exit = A saída rápida esconde o Ponte de imediato e apaga a pesquisa. Também pode pressionar Shift 3 vezes.
about-directory-heading = O diretório
about-directory-title = Nome
about-directory-description = Descrição
about-directory-services = Serviços
about-directory-publisher = Publicado por
about-directory-built = Criado em
about-directory-bundle = Edição
about-directory-built-in = incluída no Ponte
# Variables:
#   $sequence (Number) - the update number of the directory
about-directory-sequence = atualização { $sequence }

## Updating the directory (About page). A "directory file" (.ponte) is a signed file from an
## organisation that keeps the directory current; a "channel" is the web address where it
## publishes them.

about-update-heading = Atualizar o diretório
about-update-intro = O Ponte verifica se cada ficheiro de diretório está assinado por uma organização em que o Ponte confia e se é mais recente do que o que tem. Se algo estiver errado, nada muda.
about-update-file = Instalar de um ficheiro
about-update-file-hint = Um ficheiro .ponte de uma pen USB ou de uma mensagem.
about-update-channel = Endereço do canal
about-update-channel-hint = O endereço web que a sua organização lhe deu. O Ponte só descarrega os ficheiros desse endereço e não envia nada sobre si: nem o seu local, nem as suas pesquisas, nem a sua língua.
about-update-check = Procurar atualizações
about-update-working = A verificar…
# Variables:
#   $title (String) - the directory's title
#   $publisher (String) - who published it
#   $sequence (Number) - its update number
#   $count (Number) - services in it
app-update-installed = Instalado “{ $title }” de { $publisher }, atualização { $sequence }: { $count ->
        [one] { $count } serviço.
       *[other] { $count } serviços.
    }
# Variables:
#   $sequence (Number) - the update number installed
app-update-up-to-date = Já tem o diretório mais recente (atualização { $sequence }).
# Variables:
#   $limit (Number) - the largest size accepted, in megabytes
app-update-file-too-large = Este ficheiro é demasiado grande para um diretório (mais de { $limit } MB). Nada foi alterado.
start-directory-expired = Este diretório já passou do prazo de validade. Ainda funciona, mas alguns dados podem estar desatualizados. Atualize-o na página “Sobre”.
about-display-heading = Aparência
about-text-size = Tamanho do texto
about-text-size-normal = Normal
about-text-size-large = Grande
about-text-size-larger = Maior
about-contrast = Contraste
about-contrast-normal = Normal
about-contrast-more = Mais contraste
about-display-system = O Ponte também segue o tamanho do texto, o contraste e as cores escolhidos no seu dispositivo.
about-languages-heading = Línguas
# Variables:
#   $language (String) - the name of the language shown now
about-languages-current = Língua atual: { $language }. Pode mudá-la no topo de cada página.
about-locale-name = Língua
about-locale-status = Estado
about-locale-review = Quem verificou
about-status-source = Texto original
about-status-reviewed = Verificada por um falante nativo
about-status-complete = Completa, ainda não verificada
about-status-draft = Rascunho: parte em inglês
about-status-pseudo = Para testes
about-testing = Testes
about-testing-intro = Línguas inventadas que mostram se a apresentação aguenta textos mais longos e a escrita da direita para a esquerda.
about-use-locale = Usar
about-corrections-heading = As suas correções
about-corrections-intro = Erros que anotou com “Há um erro aqui”. Ficam neste dispositivo.
about-corrections-none = Nenhuma correção guardada.
about-correction-delete = Apagar
about-correction-deleted = Correção apagada.
about-credits-heading = Créditos
about-credit-places = Nomes de lugares: GeoNames (geonames.org), licença CC BY 4.0.
about-credit-map = Mapa: Natural Earth (naturalearthdata.com), domínio público, através do pacote world-atlas (licença ISC).
about-credit-leaflet = Apresentação do mapa: Leaflet (licença BSD 2-Clause).
about-credit-icons = Ícones: Lucide (licença ISC; alguns ícones vêm do Feather, licença MIT).
about-credit-fluent = Traduções: Project Fluent, @fluent/bundle (licença Apache 2.0).
about-credit-fonts = Tipos de letra: Noto Sans para todas as escritas das línguas da aplicação (licença SIL Open Font License 1.1), através do Fontsource.
# Variables:
#   $version (String) - the app’s version, like "0.1.0"
about-version = Ponte, versão { $version }

## Handing off to a phone or map app, where this device has none

# Variables:
#   $number (String) - the phone number, like "+351218106100"
handoff-tel = Este dispositivo não faz chamadas. Ligue para { $number } de um telefone.
# Variables:
#   $coordinates (String) - latitude and longitude, like "38.724927, -9.134284"
handoff-geo = Não há nenhuma app de mapas aqui. Em qualquer app de mapas, pesquise { $coordinates }.
