# Labels shared by the app and the command line that came after the first translation
# round; and, below, the app's own screens.

## Rights cards

rights-applies-whatever-status = This applies whatever your migration status.
rights-if-refused-heading = If you are refused
rights-sources-heading = Sources
# Variables:
#   $need (String) - the name of the need asked about, like "Health"
rights-none-for-need = There is no rights card for “{ $need }” yet.

## App frame, on every screen

app-name = Ponte
app-skip-link = Skip to content
app-language-label = Language
app-about = About
app-back = Back
app-privacy-line = Nothing you search leaves this device.
# Said to screen readers after switching language.
# Variables:
#   $language (String) - the name of the language now shown, like "العربية"
app-language-changed = Language changed: { $language }

## Errors

error-input = That could not be used. Check what you typed and try again.
error-internal = Something went wrong inside Ponte. Try again. If it keeps happening, close Ponte and open it again.

## Quick exit (a button on every screen, and Shift pressed 3 times)

exit-button = Quick exit
exit-hint = Hides Ponte at once and clears this search. You can also press Shift 3 times.
exit-press-two = Shift: press 2 more times to exit.
exit-press-one = Shift: press 1 more time to exit.
exit-expired = Quick exit by keyboard was cancelled.
# The only words on the blank page shown after a quick exit: keep them neutral, with
# nothing about Ponte, migration or help.
exit-neutral-continue = Continue

## Start: choosing a need

start-title = What do you need help with?
start-intro = Choose one. Then choose where.
start-more-needs = More kinds of help
start-specific-heading = Something more specific
# Variables:
#   $place (String) - the place chosen earlier, like "Lisboa, Portugal"
start-place-kept = Searching near { $place }.

## Where: choosing a place

where-title = Where?
where-back = Back to needs
# Variables:
#   $need (String) - the need chosen, like "Health"
where-looking-for = Looking for: { $need }
where-type-heading = Type a place
where-place-label = Town or city
where-place-hint = Type a place in any language or script.
where-suggestions-label = Places
# Variables:
#   $count (Number) - how many places match what was typed
where-suggestions-count = { $count ->
    [one] 1 place found
   *[other] { $count } places found
}
# Variables:
#   $query (String) - what the person typed
where-no-place = No place called “{ $query }”. Try another spelling, or the name in English or in its own language.
# Variables:
#   $place (String) - a place name, like "Lisboa"
#   $country (String) - its country, like "Portugal"
where-place-label-full = { $place }, { $country }
# Variables:
#   $place (String) - the place chosen earlier, like "Lisboa, Portugal"
where-current = Now: { $place }.
where-keep-place = Keep this place
where-pick-heading = On the map
where-pick-button = Pick on the map
where-pick-hint = Tap or click the map. With a keyboard, move the map with the arrow keys, then use the centre.
where-map-label = Map for picking a place
where-pick-centre = Use the centre of the map
where-pick-looking = Finding the nearest town…
# Variables:
#   $place (String) - the nearest town, like "Lisboa, Portugal"
#   $distance (String) - how far the point is from it, like "3 km"
where-picked-near = Near { $place } ({ $distance })
where-picked-point = The point you picked
where-pick-confirm = Search here
where-device-heading = Your device’s location
where-device-unavailable = Not used on this computer: finding it would ask an online service, which would then know where you are. Type a place or pick it on the map instead.
where-device-button = Use my location
where-device-private = Your location is used on this device only. It is never sent or saved.
where-device-finding = Finding your location…
where-device-failed = Your location could not be found. Type a place or pick it on the map.
where-device-here = Your location
where-private = Places you type or pick never leave this device.

## Results

results-back = Back to place
# Variables:
#   $need (String) - what is searched for, like "Health"
#   $place (String) - where, like "Lisboa, Portugal"
results-title = { $need } near { $place }
results-change-need = Change need
results-change-place = Change place
results-filters = More filters
# Variables:
#   $count (Number) - how many filters are switched on
results-filters-on = ({ $count } on)
results-filter-only = Show only
results-filter-open-now = Open now
results-filter-free = Free
results-filter-no-documents = No documents asked
results-filter-firewall = Don’t share data with immigration
results-filter-kind = Kind of help
# Variables:
#   $need (String) - the need chosen, like "Health"
results-filter-kind-all = All: { $need }
results-filter-language = Staff speak
results-filter-language-any = Any language
results-filter-serves = For
results-filter-serves-any = Everyone
results-filter-radius = Within
results-filter-radius-any = Any distance
results-filter-words = Words to look for
results-filters-clear = Clear filters
results-searching = Searching…
# Variables:
#   $count (Number) - number of services shown
results-count = { $count ->
    [one] 1 service, nearest first
   *[other] { $count } services, nearest first
}
results-none = No service in the directory matches, at any distance.
# Variables:
#   $radius (String) - the distance chosen, like "5 km"
#   $distance (String) - distance of the nearest result, like "37 km"
results-widened = Nothing within { $radius }. These are farther away, starting at { $distance }.
# Variables:
#   $distance (String) - distance of the nearest result, like "120 km"
results-far = Nothing nearby: the nearest is { $distance } away.
results-list-heading = Services, nearest first
results-map-toggle = Map
results-map-label = Map of the results. The list has the same information.
results-badges-label = About this place
# Variables:
#   $count (Number) - how many more languages are spoken there
results-languages-more = and { $count } more
results-show-more = Show more
# A short warning on a result whose record is old.
# Variables:
#   $when (String) - how long ago, like "3 years ago"
results-verified-old = Last confirmed { $when }
# Variables:
#   $country (String) - country name, like "Portugal"
results-phone-lines = Phone lines and emergency numbers in { $country }
results-phone-lines-any = Phone lines and emergency numbers

## Rights cards in the app

rights-heading = Your rights

## A service’s page

service-back = Back to results
service-loading = Loading…
# Variables:
#   $organization (String) - who runs the service
service-run-by = Run by { $organization }
service-call = Call
service-directions = Directions
service-directions-hint = “Directions” opens this place in a map app on this device, if there is one.
service-before-you-go = Before you go
service-help-and-for = Help with, and for whom
service-contact = Contact
service-no-contact = No phone, email or website known.
# Variables:
#   $title (String) - the directory’s title
service-directory = From: { $title }
# Variables:
#   $id (String) - the service’s reference code
service-reference = Reference: { $id }
# Variables:
#   $from (String) - opening time, like "09:00"
#   $to (String) - closing time, like "17:00"
hours-period = { $from }–{ $to }
hours-period-unknown = (may vary)
service-wrong-button = Something here is wrong
service-wrong-which = Which part?
service-wrong-field-any = Something else, or not sure
service-wrong-field-name = Name
service-wrong-note = What is wrong?
service-wrong-private = Saved on this device only. Nothing is sent.
service-wrong-save = Save
service-wrong-empty = Write what is wrong first.
service-wrong-saved = Saved on this device. Thank you.

## The map

map-label = Map
map-zoom-in = Zoom in
map-zoom-out = Zoom out

## About

about-back = Back
about-title = About Ponte
about-intro = Ponte helps you find services near you and tells you your rights, in your language. It works without the internet.
about-privacy-heading = Your privacy
about-privacy-search = What you search for, and where, stays on this device. Ponte sends nothing about you anywhere.
about-privacy-location = Ponte never asks an online service where you are.
about-privacy-stored = Ponte keeps only your language, your display choices and the corrections you save. It keeps no search history.
about-privacy-exit = Quick exit hides Ponte at once and clears the search. You can also press Shift 3 times.
about-directory-heading = The directory
about-directory-title = Name
about-directory-description = About it
about-directory-services = Services
about-directory-publisher = Published by
about-directory-built = Made on
about-directory-bundle = Edition
about-directory-built-in = built in
# Variables:
#   $sequence (Number) - the update number of the directory
about-directory-sequence = update { $sequence }

## Updating the directory (About page). A "directory file" (.ponte) is a signed file from an
## organisation that keeps the directory current; a "channel" is the web address where it
## publishes them.

about-update-heading = Update the directory
about-update-intro = Ponte checks that every directory file is signed by an organisation it trusts and is newer than the one you have. If anything is wrong, nothing changes.
about-update-file = Install from file
about-update-file-hint = A .ponte file from a USB stick or a message.
about-update-channel = Channel address
about-update-channel-hint = The web address your organisation gave you. Ponte downloads only its files and sends nothing about you: not your place, your searches or your language.
about-update-check = Check for updates
about-update-working = Checking…
# Variables:
#   $title (String) - the directory's title
#   $publisher (String) - who published it
#   $sequence (Number) - its update number
#   $count (Number) - services in it
app-update-installed = Installed “{ $title }” from { $publisher }, update { $sequence }: { $count ->
        [one] { $count } service.
       *[other] { $count } services.
    }
# Variables:
#   $sequence (Number) - the update number installed
app-update-up-to-date = You have the newest directory (update { $sequence }).
# Variables:
#   $limit (Number) - the largest size accepted, in megabytes
app-update-file-too-large = This file is too large for a directory (more than { $limit } MB). Nothing was changed.
start-directory-expired = This directory is past its expiry date. It still works, but some details may be out of date. Update it from the About page.
about-display-heading = Display
about-text-size = Text size
about-text-size-normal = Normal
about-text-size-large = Large
about-text-size-larger = Larger
about-contrast = Contrast
about-contrast-normal = Normal
about-contrast-more = More contrast
about-display-system = Ponte also follows your device’s text size, contrast and colour settings.
about-languages-heading = Languages
# Variables:
#   $language (String) - the name of the language shown now
about-languages-current = Shown now in: { $language }. You can change it at the top of every screen.
about-locale-name = Language
about-locale-status = Status
about-locale-review = Who checked it
about-status-source = Original text
about-status-reviewed = Checked by a native speaker
about-status-complete = Complete, not yet checked
about-status-draft = Draft: some text in English
about-status-pseudo = For testing
about-testing = Testing
about-testing-intro = Made-up languages that show whether the layout copes with longer text and with right-to-left writing.
about-use-locale = Use
about-corrections-heading = Your corrections
about-corrections-intro = Mistakes you noted with “Something here is wrong”. They stay on this device.
about-corrections-none = None saved.
about-correction-delete = Delete
about-correction-deleted = Correction deleted.
about-credits-heading = Credits
about-credit-places = Place names: GeoNames (geonames.org), licensed CC BY 4.0.
about-credit-map = Map: Natural Earth (naturalearthdata.com), public domain, through the world-atlas package (ISC licence).
about-credit-leaflet = Map display: Leaflet (BSD 2-Clause licence).
about-credit-icons = Icons: Lucide (ISC licence; some icons from Feather, MIT licence).
about-credit-fluent = Translations: Project Fluent, @fluent/bundle (Apache 2.0 licence).
about-credit-fonts = Fonts: Noto Sans for every script of the app's languages (SIL Open Font License 1.1), through Fontsource.
# Variables:
#   $version (String) - the app’s version, like "0.1.0"
about-version = Ponte version { $version }

## Handing off to a phone or map app, where this device has none

# Variables:
#   $number (String) - the phone number, like "+351218106100"
handoff-tel = This device cannot make calls. Call { $number } from a phone.
# Variables:
#   $coordinates (String) - latitude and longitude, like "38.724927, -9.134284"
handoff-geo = No map app to open here. In any map app, search for { $coordinates }.
