# Environment shared by the set-up, run and test scripts; meant to be sourced.

root=${root:-$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)}

# Tools from `cargo install` and from npm come first on PATH.
export PATH="${CARGO_HOME:-$HOME/.cargo}/bin:$root/scripts/node_modules/.bin:$PATH"

# Trunk would otherwise ask the crate registry whether a newer Trunk exists on every run.
export TRUNK_SKIP_VERSION_CHECK=true
