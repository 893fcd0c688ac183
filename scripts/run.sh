#!/usr/bin/env bash
# Builds Ponte and runs it on the built-in directory. Extra arguments go to `ponte`;
# with none, it searches for health services near Lisbon as a demonstration.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup-debian.sh build
cargo build --release --bin ponte
if [ $# -eq 0 ]; then
  set -- search --near Lisboa --need health
fi
exec target/release/ponte "$@"
