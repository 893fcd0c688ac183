#!/usr/bin/env bash
# Runs Ponte's whole test suite on a fresh Debian machine: installs what it needs, checks
# formatting and lints, then runs every test.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup-debian.sh test
echo "== cargo fmt --check"
cargo fmt --all -- --check
echo "== cargo clippy"
cargo clippy --workspace --all-targets -- -D warnings
echo "== cargo test"
cargo test --workspace
