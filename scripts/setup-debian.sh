#!/usr/bin/env bash
# Installs the Debian packages Ponte needs to build, run and test. Safe to run again.
# Usage: scripts/setup-debian.sh [build|test]
set -euo pipefail
what=${1:-build}
pkgs=(build-essential pkg-config curl ca-certificates)
if [ "$what" = test ]; then
  # nginx and minisign: the bundle tests serve a channel with a real web server and
  # check signatures against the real minisign tool in both directions.
  pkgs+=(python3 nginx minisign)
fi
missing=()
for p in "${pkgs[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "Installing Debian packages: ${missing[*]}"
  sudo_cmd=()
  [ "$(id -u)" -ne 0 ] && sudo_cmd=(sudo)
  "${sudo_cmd[@]}" apt-get update -qq
  DEBIAN_FRONTEND=noninteractive "${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi
if ! command -v cargo >/dev/null; then
  echo "Rust (cargo) is needed: install it with rustup (https://rustup.rs) and run this again." >&2
  exit 1
fi
