#!/usr/bin/env bash
# Installs what is missing, builds the release bundle and runs the benchmark, which replaces
# the generated part of docs/BENCHMARKS.md. Not part of the test command: it takes minutes
# and its figures depend on the machine.
#
#   scripts/bench.sh [RUNS]    RUNS: fresh page loads per figure, 5 by default
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
"$root/scripts/setup.sh" test
# shellcheck source=scripts/env.sh
source "$root/scripts/env.sh"
cd "$root"

trunk build --release
node scripts/bench.mjs "${1:-5}"
