#!/usr/bin/env bash
# Builds the Ponte app and opens it on the built-in directory. On a machine without a
# screen it says so and shows how to use the command line instead.
#   scripts/run.sh            the app
#   scripts/run.sh cli ARGS   the `ponte` command line (e.g. cli search --near Lisboa --need health)
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup-debian.sh build
if [ "${1:-}" = cli ]; then
  shift
  cargo build --release --bin ponte
  [ $# -eq 0 ] && set -- search --near Lisboa --need health
  exec target/release/ponte "$@"
fi
cargo build --release -p ponte-app --features custom-protocol
if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
  cat >&2 <<MSG
There is no display here (DISPLAY and WAYLAND_DISPLAY are unset), so the app's window
cannot open. Either run it on a virtual display:

    xvfb-run -a -s "-screen 0 1280x800x24" target/release/ponte-app

or use the command line, which does everything the app does:

    scripts/run.sh cli search --near Lisboa --need health
    scripts/run.sh cli --help
MSG
  exit 2
fi
exec target/release/ponte-app
