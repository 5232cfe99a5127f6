#!/usr/bin/env bash
# Installs what is missing, then builds the release bundle and serves it on
# http://127.0.0.1:8080 until stopped with Ctrl-C. Trunk rebuilds when a source file changes.
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
"$root/scripts/setup.sh" build
# shellcheck source=scripts/env.sh
source "$root/scripts/env.sh"

cd "$root"
exec trunk serve --release
