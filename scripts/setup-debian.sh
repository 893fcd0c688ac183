#!/usr/bin/env bash
# Installs what Ponte needs to build, run and test on Debian 12, and builds the web UI.
# Safe to run again: it installs only what is missing.
# Usage: scripts/setup-debian.sh [build|test]
set -euo pipefail
cd "$(dirname "$0")/.."
what=${1:-build}

# Build: a C toolchain for SQLite and zstd; WebKitGTK for the app's window.
pkgs=(build-essential pkg-config curl ca-certificates file libwebkit2gtk-4.1-dev)
# Run: a virtual display when there is no screen.
pkgs+=(xvfb xauth)
if [ "$what" = test ]; then
  # End-to-end tests drive the real app through WebKit's WebDriver, watch its network
  # calls with strace and run it once more in a network namespace with no route (ip);
  # update tests use a real web server and the real minisign tool.
  pkgs+=(webkit2gtk-driver strace iproute2 nginx-light minisign python3 imagemagick)
fi
command -v node >/dev/null && command -v npm >/dev/null || pkgs+=(nodejs npm)

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

# The web UI: npm packages pinned by package-lock.json, then ui/dist.
if [ -f ui/package.json ]; then
  if [ ! -d ui/node_modules ] || [ ui/package-lock.json -nt ui/node_modules/.package-lock.json ]; then
    npm ci --prefix ui --no-audit --no-fund --loglevel=error
  fi
  node ui/build.mjs
fi
