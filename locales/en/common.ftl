# Strings shared by the app and the command line.

## Needs (the taxonomy in data/README.md). Short: they label big tiles.

need-one-stop-shop = One-stop shop
need-health = Health
need-health-emergency = Emergency care
need-health-primary = Doctor
need-health-mental = Mental health
need-health-sexual-reproductive = Sexual and reproductive health
need-education = Education
need-education-school-enrolment = School for children
need-education-language-classes = Language classes
need-education-vocational = Training
need-housing = Housing
need-housing-shelter = Shelter tonight
need-housing-tenancy-advice = Renting advice
need-legal-aid = Legal help
need-legal-aid-immigration = Immigration and asylum
need-legal-aid-regularisation = Residence papers
need-legal-aid-labour = Legal help at work
need-work = Work
need-work-recruitment = Finding work safely
need-work-wage-claims = Unpaid wages
need-social-protection = Social support
need-violence-support = Violence support
need-violence-support-trafficking = Trafficking and forced labour
need-child-protection = Children
need-documents = Documents
need-interpretation = Interpreting
need-food = Food and essentials
need-money = Money
need-money-remittances = Sending money home
need-money-banking = Bank account
need-return = Going home
need-complaints = Complaints
need-complaints-labour-inspection = Labour inspection
need-complaints-human-rights = Human rights body
need-information = Information and advice

## Who a service is for

serves-all = Everyone
serves-women = Women
serves-children = Children
serves-unaccompanied-minors = Children on their own
serves-survivors-of-violence = Survivors of violence
serves-workers = Workers
serves-families = Families
serves-lgbtiq = LGBTIQ people

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
distance-within-about = within about { $distance }
# Variables:
#   $distance (String) - a formatted distance, like "14 km"
distance-about = about { $distance }
compass-n = north
compass-ne = north-east
compass-e = east
compass-se = south-east
compass-s = south
compass-sw = south-west
compass-w = west
compass-nw = north-west
# Variables:
#   $distance (String) - a formatted distance, like "2.3 km"
#   $direction (String) - a compass direction, like "north-east"
distance-direction = { $distance } { $direction }

## Opening status, always in the service's own time

status-open = Open now
status-closed = Closed now
status-unknown = Hours not known
# Variables:
#   $time (String) - closing time, like "17:00"
status-open-until = Open until { $time }
# Variables:
#   $time (String) - closing time, like "17:00"
status-closes-soon = Closes soon ({ $time })
# Variables:
#   $time (String) - opening time today, like "09:00"
status-opens-at = Opens at { $time }
# Variables:
#   $day (String) - a weekday name, like "Monday"
#   $time (String) - opening time, like "09:00"
status-opens-on = Opens { $day } at { $time }
status-hours-unreadable = Hours as written (could not be read)
# Variables:
#   $zone (String) - an IANA time zone, like "Europe/Lisbon"
status-time-zone = Times are local ({ $zone })

weekday-1 = Monday
weekday-2 = Tuesday
weekday-3 = Wednesday
weekday-4 = Thursday
weekday-5 = Friday
weekday-6 = Saturday
weekday-7 = Sunday
hours-closed-all-day = Closed
hours-today = Today

## Badges on results

badge-free = Free
badge-no-documents = No documents asked
badge-no-status = Doesn't ask about status
badge-firewall = Doesn't share data with immigration
badge-shares-with-immigration = May share data with immigration
badge-one-stop-shop = One-stop shop
badge-walk-in = Walk in
badge-appointment = Appointment needed
badge-approximate = Approximate location
badge-phone-line = Phone line
badge-emergency = Emergency number

## Answers to yes/no questions about a service

answer-yes = Yes
answer-no = No
answer-unknown = Not known

## Labels on a service's page

field-what = What they offer
field-needs = Help with
field-serves = For
field-languages = Languages spoken
field-asks-status = Asks about migration status
field-asks-documents = Asks for documents
field-shares-with-immigration = Shares data with immigration authorities
field-free = Free of charge
field-appointment = Appointment needed
field-walk-in = Can come without appointment
field-what-to-bring = What to bring
field-organization = Run by
field-address = Address
field-phone = Phone
field-email = Email
field-website = Website
field-hours = Opening hours
field-location = Location
field-source = Source
field-source-note = About the source
field-verified = Last confirmed
field-id = Reference

precision-exact = Exact location
precision-address = Located from its street address
# Variables:
#   $town (String) - the town whose centre is shown
precision-city = Approximate: shown at the centre of { $town }. Check the address.
precision-postal-code = Approximate: shown at the centre of its postal code area

## How old a record is

# Variables:
#   $months (Number) - whole months since the record was last confirmed
verified-months-ago = { $months ->
    [0] this month
    [one] 1 month ago
   *[other] { $months } months ago
}
# Variables:
#   $years (Number) - whole years since the record was last confirmed
verified-years-ago = { $years ->
    [one] 1 year ago
   *[other] { $years } years ago
}
# Variables:
#   $when (String) - how long ago, like "3 years ago"
verified-old-warning = Last confirmed { $when }. Details may have changed: check before you go.

## Languages of the interface

# Variables:
#   $requested (String) - the language code asked for
#   $used (String) - the name of the language shown instead
lang-fallback = No translation for “{ $requested }”; showing { $used }.
# Variables:
#   $language (String) - the name of this language
lang-draft-notice = This { $language } translation is a draft that a native speaker has not yet checked. Where text is missing, you will see English.
