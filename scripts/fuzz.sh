#!/usr/bin/env bash
# Fuzzes every cargo-fuzz target in tests/fuzz/ for a fixed time and fails when one of them
# finds a crash, a timeout or an out-of-memory.
#
#   scripts/fuzz.sh [SECONDS]   fuzz each target for SECONDS (default 30)
#
# Installs cargo-fuzz first when the pinned version is missing. The targets build with the
# stable toolchain and AddressSanitizer: RUSTC_BOOTSTRAP=1 lets stable rustc and cargo take
# the -Z flags that cargo-fuzz passes, so no nightly toolchain is needed. Each target's
# working corpus is tests/fuzz/corpus/<target>, seeded from tests/fuzz/seeds/<target>. A
# failing input is saved in tests/fuzz/artifacts/<target>/, and libFuzzer's output in
# tests/fuzz/logs/<target>.log.
set -euo pipefail

seconds=${1:-30}
if ! [[ $seconds =~ ^[1-9][0-9]*$ ]]; then
  echo "usage: scripts/fuzz.sh [SECONDS], where SECONDS is a whole number above 0" >&2
  exit 2
fi

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
# shellcheck source=scripts/env.sh
source "$root/scripts/env.sh"

cargo_fuzz_version=0.13.2
fuzz_dir=$root/tests/fuzz
sanitizer=address

# Limits for one input. No target gets more than 8 kB, so 5 seconds or a single allocation
# of 64 MB is far out of proportion and counts as a failure. libFuzzer checks allocations
# through the sanitizer's malloc hooks (FuzzerLoop.cpp in libfuzzer-sys 0.4.13), so the
# allocation limit applies with AddressSanitizer but not with `--sanitizer none`. The process
# limit leaves room for AddressSanitizer's quarantine of freed memory, 256 MB by default.
timeout_seconds=5
malloc_limit_mb=64
rss_limit_mb=2048

export RUSTUP_TOOLCHAIN=${RUSTUP_TOOLCHAIN:-stable}
export RUSTC_BOOTSTRAP=1

say() { printf '[fuzz] %s\n' "$*"; }

# Prints the longest input, in bytes, worth trying on a target: a little past the length
# at which its reader stops reading, so that the length check itself is fuzzed too.
max_len_of() {
  case $1 in
    # parse_number reads at most 64 characters, and a character takes up to 4 bytes.
    number_field) echo 300 ;;
    # decode_link reads at most 4,096 characters.
    share_link) echo 4600 ;;
    # The seed scenario file and stored list are 2 to 3 kB of JSON, so 8 kB leaves room
    # for more scenarios and reps.
    scenario_file | stored_library) echo 8192 ;;
    *) echo 4096 ;;
  esac
}

# Prints the kind of failure that a target's log reports, or nothing when it reports none.
failure_in() {
  local log=$1
  if grep -q 'ERROR: libFuzzer: timeout' "$log"; then
    echo timeout
  elif grep -q 'ERROR: libFuzzer: out-of-memory' "$log"; then
    echo out-of-memory
  elif grep -q -E 'ERROR: (libFuzzer|AddressSanitizer|LeakSanitizer)|panicked at' "$log"; then
    echo crash
  fi
}

# Prints libFuzzer's last status line of a run in short: runs, executions per second,
# coverage (edges and features), corpus size and memory. A run that failed while loading its
# corpus has no status line.
stats_in() {
  awk '
    /^#[0-9]+[[:space:]]+(INITED|NEW|REDUCE|pulse|DONE)/ { last = $0 }
    END {
      if (last == "") { print "no status line"; exit }
      count = split(last, word, /[[:space:]]+/)
      for (i = 1; i < count; i++) value[word[i]] = word[i + 1]
      printf "runs %s, exec/s %s, cov %s, ft %s, corpus %s, rss %s\n", substr(word[1], 2),
        value["exec/s:"], value["cov:"], value["ft:"], value["corp:"], value["rss:"]
    }' "$1"
}

if [ "$(cargo fuzz --version 2>/dev/null)" != "cargo-fuzz $cargo_fuzz_version" ]; then
  say "installing cargo-fuzz $cargo_fuzz_version"
  started=$(date +%s)
  cargo install cargo-fuzz --version "$cargo_fuzz_version" --locked
  say "installed cargo-fuzz in $(($(date +%s) - started)) s"
fi

mapfile -t targets < <(cargo fuzz list --fuzz-dir "$fuzz_dir")
if [ ${#targets[@]} -eq 0 ]; then
  echo "[fuzz] no fuzz targets found in $fuzz_dir/fuzz_targets" >&2
  exit 1
fi

say "checking that the generated seeds match what the writers produce now"
cargo test --quiet --locked --manifest-path "$fuzz_dir/Cargo.toml"

say "building ${#targets[@]} targets with $RUSTUP_TOOLCHAIN and the $sanitizer sanitizer"
started=$(date +%s)
cargo fuzz build --fuzz-dir "$fuzz_dir" --sanitizer "$sanitizer"
say "built in $(($(date +%s) - started)) s"

mkdir -p "$fuzz_dir/logs"
summary=()
failures=()
for target in "${targets[@]}"; do
  corpus=$fuzz_dir/corpus/$target
  seeds=$fuzz_dir/seeds/$target
  log=$fuzz_dir/logs/$target.log
  mkdir -p "$corpus"
  # libFuzzer reads every folder it is given and adds new inputs to the first one only.
  corpora=("$corpus")
  [ -d "$seeds" ] && corpora+=("$seeds")

  say "fuzzing $target for $seconds s (log: ${log#"$root"/})"
  status=0
  cargo fuzz run --fuzz-dir "$fuzz_dir" --sanitizer "$sanitizer" "$target" "${corpora[@]}" -- \
    -max_total_time="$seconds" \
    -timeout="$timeout_seconds" \
    -malloc_limit_mb="$malloc_limit_mb" \
    -rss_limit_mb="$rss_limit_mb" \
    -max_len="$(max_len_of "$target")" \
    >"$log" 2>&1 || status=$?

  failure=$(failure_in "$log")
  if [ -z "$failure" ] && [ "$status" -ne 0 ]; then
    failure="failure with exit status $status"
  fi
  if [ -n "$failure" ]; then
    artifact=$(sed -n 's/.*Test unit written to \(.*\)$/\1/p' "$log" | tail -n 1)
    panic_location=$(sed -n 's/.* panicked at \(.*\):$/\1/p' "$log" | head -n 1)
    if [ -n "$panic_location" ]; then
      failure="$failure (panic at $panic_location)"
    fi
    failures+=("$target: $failure, input ${artifact:-not saved}, log ${log#"$root"/}")
    summary+=("$target: $failure; $(stats_in "$log")")
  else
    summary+=("$target: ok; $(stats_in "$log")")
  fi
done

say "results after $seconds s per target:"
printf '  %s\n' "${summary[@]}"
if [ ${#failures[@]} -gt 0 ]; then
  echo "[fuzz] FAILED: ${#failures[@]} of ${#targets[@]} targets found a problem:" >&2
  printf '  %s\n' "${failures[@]}" >&2
  echo "[fuzz] Reproduce one with: RUSTC_BOOTSTRAP=1 cargo fuzz run --fuzz-dir tests/fuzz TARGET INPUT" >&2
  exit 1
fi
say "no crash, timeout or out-of-memory in ${#targets[@]} targets"
