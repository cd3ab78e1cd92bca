#!/usr/bin/env bash
# Times rustc checking each form of forms.py at 1,000 and 10,000 layers
# (median CPU and wall time of RUNS runs), against the `cnn` that
# bench/build-time.sh built: run that first. Needs python3.
#
#   bash bench/experiments/time-forms.sh [FORM...]
set -euo pipefail
HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
REPO=$(cd "$HERE/../.." && pwd)
BENCH_DIR=${BENCH_DIR:-$REPO/target/bench-build}
DEPS=$BENCH_DIR/ws/target/debug/deps
RUNS=${RUNS:-5}
OUT=$BENCH_DIR/forms
FORMS=("$@")
[ ${#FORMS[@]} -gt 0 ] || FORMS=(literal nodoc ctor nostr)

shopt -s nullglob
libs=("$DEPS"/libcnn-*.rmeta)
shopt -u nullglob
[ ${#libs[@]} -eq 1 ] || { echo "error: run bench/build-time.sh first (want one $DEPS/libcnn-*.rmeta)" >&2; exit 2; }
mkdir -p "$OUT"

# median of stdin
median() { sort -g | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }

# check FILE: prints "wall-ms cpu-ms", medians of RUNS rustc runs
check() {
  local TIMEFORMAT='%3R %3U %3S' times=$OUT/times i
  : >"$times"
  for ((i = 0; i < RUNS; i++)); do
    { time rustc --edition=2021 --crate-type lib --crate-name form --emit=metadata \
      -o "$OUT/form.rmeta" -L "dependency=$DEPS" --extern "cnn=${libs[0]}" "$1"; } 2>>"$times"
  done
  printf '%s %s\n' "$(awk '{ print int($1 * 1000) }' "$times" | median)" \
    "$(awk '{ print int(($2 + $3) * 1000) }' "$times" | median)"
}

printf '#![allow(dead_code)]\nuse cnn as _;\n' >"$OUT/empty.rs"
read -r _ empty_cpu < <(check "$OUT/empty.rs")
echo "rustc alone on an empty crate: ${empty_cpu} ms CPU; load $(cut -d' ' -f1 /proc/loadavg)"
printf '%-8s %8s %14s %14s %8s\n' form layers bytes/layer "CPU ms (wall)" growth
for form in "${FORMS[@]}"; do
  prev=
  for n in 1000 10000; do
    python3 "$HERE/forms.py" "$form" "$n" >"$OUT/$form-$n.rs"
    read -r wall cpu < <(check "$OUT/$form-$n.rs")
    growth=$([ -n "$prev" ] && awk -v a="$cpu" -v b="$prev" -v e="$empty_cpu" 'BEGIN { printf "%.1fx", (a - e) / (b - e) }' || echo "")
    printf '%-8s %8s %14s %14s %8s\n' "$form" "$n" "$(($(wc -c <"$OUT/$form-$n.rs") / n))" "$cpu ($wall)" "$growth"
    prev=$cpu
  done
done
