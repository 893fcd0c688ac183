# Labels shared by the app and the command line that came after the first translation
# round; and, below, the app's own screens.

## Rights cards

rights-applies-whatever-status = This applies whatever your migration status.
rights-if-refused-heading = If you are refused
rights-sources-heading = Sources
# Variables:
#   $need (String) - the name of the need asked about, like "Health"
rights-none-for-need = There is no rights card for “{ $need }” yet.
