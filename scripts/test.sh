#!/usr/bin/env bash
# Installs what is missing, then runs every test: native model tests, component tests in
# headless Chromium, end-to-end tests against the release build served on 127.0.0.1, and a
# bounded fuzzing run (CALLGAP_FUZZ_SECONDS per target, 20 by default).
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
"$root/scripts/setup.sh" test
# shellcheck source=scripts/env.sh
source "$root/scripts/env.sh"
cd "$root"

step() { printf '\n== %s\n' "$*"; }

step "native tests: the cost model, parsing and state"
cargo test --locked

step "component tests in headless Chromium"
CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER=wasm-bindgen-test-runner \
  CHROMEDRIVER=/usr/bin/chromedriver \
  WASM_BINDGEN_TEST_WEBDRIVER_JSON="$root/tests/webdriver.json" \
  WASM_BINDGEN_TEST_TIMEOUT=120 \
  cargo test --locked --target wasm32-unknown-unknown --test web

step "release build"
trunk build --release

step "end-to-end tests on the release build"
node --test --test-concurrency=1 tests/e2e/

step "fuzzing the readers of untrusted text"
"$root/scripts/fuzz.sh" "${CALLGAP_FUZZ_SECONDS:-20}"
