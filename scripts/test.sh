#!/usr/bin/env bash
# Runs Ponte's whole test suite on a fresh Debian machine: installs what it needs, checks
# formatting and lints, then runs every test.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup-debian.sh test
# A fresh clone on CI compiles everything once: incremental caches only cost time there.
if [ -n "${CI:-}" ]; then export CARGO_INCREMENTAL=0; fi
echo "== cargo fmt --check"
cargo fmt --all -- --check
echo "== cargo clippy"
cargo clippy --workspace --all-targets -- -D warnings
echo "== cargo test"
cargo test --workspace
# Last, so its summary is the run's last "test result:" line: the real app, driven through
# WebDriver under a virtual display (tests/e2e/README.md).
echo "== end-to-end tests"
tests/e2e/run.sh
