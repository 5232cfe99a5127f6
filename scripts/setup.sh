#!/usr/bin/env bash
# Installs what CallGap needs and skips what is already there.
#
#   scripts/setup.sh build   the wasm target, Trunk, wasm-bindgen, wasm-opt and the crates
#   scripts/setup.sh test    the same, plus Chromium and ChromeDriver for the browser tests
#
# Every tool comes from a package registry (crates.io, npm, Debian), never from a release
# page, so the set-up works on a machine that reaches only those registries.
set -euo pipefail

mode=${1:-build}
case "$mode" in
  build | test) ;;
  *)
    echo "usage: scripts/setup.sh [build|test]" >&2
    exit 2
    ;;
esac

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
# shellcheck source=scripts/env.sh
source "$root/scripts/env.sh"

trunk_version=0.21.14

say() { printf '[setup] %s\n' "$*"; }

as_root() {
  if [ "$(id -u)" -eq 0 ]; then
    "$@"
  else
    sudo "$@"
  fi
}

apt_packages=()
if ! command -v npm >/dev/null 2>&1; then
  apt_packages+=(nodejs npm)
fi
if [ "$mode" = test ]; then
  command -v chromium >/dev/null 2>&1 || apt_packages+=(chromium)
  command -v chromedriver >/dev/null 2>&1 || apt_packages+=(chromium-driver)
fi
if [ ${#apt_packages[@]} -gt 0 ]; then
  say "installing Debian packages: ${apt_packages[*]}"
  as_root apt-get update -q
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${apt_packages[@]}"
fi

if ! command -v cargo >/dev/null 2>&1 || ! command -v rustup >/dev/null 2>&1; then
  echo "[setup] cargo and rustup were not found: install Rust with rustup, then run this again." >&2
  exit 1
fi

if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  say "adding the wasm32-unknown-unknown target"
  rustup target add wasm32-unknown-unknown
fi

if [ "$(trunk --version 2>/dev/null)" != "trunk $trunk_version" ]; then
  say "installing trunk $trunk_version (a compile of about 7 minutes on 2 cores)"
  cargo install trunk --version "$trunk_version" --locked
fi

# wasm-bindgen's command-line tool must match the crate exactly, and Trunk checks the
# version named in Trunk.toml against the tool on PATH.
bindgen_version=$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print; exit }' "$root/Cargo.lock")
trunk_bindgen_version=$(sed -n 's/^wasm_bindgen = "\(.*\)"/\1/p' "$root/Trunk.toml")
if [ "$bindgen_version" != "$trunk_bindgen_version" ]; then
  echo "[setup] Cargo.lock has wasm-bindgen $bindgen_version but Trunk.toml names $trunk_bindgen_version: make them equal." >&2
  exit 1
fi
if [ "$(wasm-bindgen --version 2>/dev/null)" != "wasm-bindgen $bindgen_version" ]; then
  say "installing wasm-bindgen-cli $bindgen_version"
  # Not --locked, because the lock file of wasm-bindgen-cli 0.2.130 pins webpki-roots 1.0.11,
  # which the crate registry does not serve.
  cargo install wasm-bindgen-cli --version "$bindgen_version"
fi

# wasm-opt comes from the npm package binaryen; playwright-core drives Chromium in the
# end-to-end tests and downloads no browser of its own.
if ! npm ls --prefix "$root/scripts" --depth=0 >/dev/null 2>&1; then
  say "installing npm packages into scripts/node_modules"
  npm ci --prefix "$root/scripts" --no-audit --no-fund
fi

# Trunk runs cargo offline, so every crate must be in the local cache first.
cargo fetch --locked --manifest-path "$root/Cargo.toml" --quiet

say "ready for $mode"
