#!/usr/bin/env bash
# Instructions (and simulated cache misses) per forward pass, `forward`
# against `forward_prepared`, counted by callgrind: numbers that the
# machine's load does not move, unlike the wall and CPU times of
# bench/speed.sh (bench/HISTORY-speed.md, "Instructions per pass", has the table).
#
#   bash bench/count.sh                       # ResNet-18, MobileNetV2, EfficientNet-B0; ~10 minutes
#   MODELS="mobilenet_v2" bash bench/count.sh
#   CACHE=0 bash bench/count.sh               # instructions only, about twice as fast
#   PASSES=2 bash bench/count.sh              # passes counted per run (default 1)
#   JOBS=2 bash bench/count.sh                # two runs at a time
#
# Each run is `cnn-speed count MODEL plain|prepared PASSES` under
# `valgrind --tool=callgrind`: the weights made and prepared, one pass to
# warm up, then PASSES passes inside `cnn_speed::count::counted`, the only
# function collected (`--collect-atstart=no --toggle-collect`), so setup
# and the warm-up are not counted, and the simulated caches start as a
# repeated pass finds them. With CACHE=1 (the default), `--cache-sim=yes`
# simulates the caches below (the report's first lines name them); "LL
# misses" are the last level's, of instructions, reads and writes
# together.
#
# Valgrind does not run AVX-512: the kernel is capped to AVX2 and FMA
# (`CNN_KERNEL=avx2+fma`; valgrind hides AVX-512 from CPUID anyway), on
# one thread (the default pass spawns nothing). The outputs stay in
# target/count/ (callgrind_annotate reads them: where each path spends).
set -euo pipefail
cd "$(dirname "$0")/.."

MODELS="${MODELS:-resnet18 mobilenet_v2 efficientnet_b0}"
PASSES="${PASSES:-1}"
CACHE="${CACHE:-1}"
OUT=target/count
mkdir -p "$OUT"

cargo build --release --quiet --manifest-path bench/speed/Cargo.toml --no-default-features
SPEED=bench/speed/target/release/cnn-speed

sim=()
# The caches of the machine BENCHMARKS.md ran on (a core's 32 KB L1 and
# 1 MB L2; callgrind has two levels, and the last is the core's own L2,
# not the 32 MB L3 that other processes share): set here, not read from
# CPUID, which in this VM gives valgrind a 256 MB direct-mapped last level.
if [ "$CACHE" = 1 ]; then sim=(--cache-sim=yes --I1=32768,8,64 --D1=32768,8,64 --LL=1048576,8,64); fi
export SPEED OUT PASSES
export SIM="${sim[*]}"
# JOBS runs at a time (default 1): the counts do not depend on it.
for model in $MODELS; do for path in plain prepared; do echo "$model $path"; done; done |
  xargs -P "${JOBS:-1}" -L 1 bash -c '
    echo "counting $0 $1" >&2
    # shellcheck disable=SC2086
    CNN_KERNEL=avx2+fma valgrind --tool=callgrind $SIM \
      --collect-atstart=no --toggle-collect="cnn_speed::count::counted" \
      --callgrind-out-file="$OUT/$0-$1.out" \
      "$SPEED" count "$0" "$1" "$PASSES" >"$OUT/$0-$1.log" 2>&1'

# The table: per model, each path's events per pass from the `totals:`
# line of its output (events in the order of its `events:` line).
for model in $MODELS; do
  for path in plain prepared; do
    file="$OUT/$model-$path.out"
    kernel=$(grep -m1 '^counted' "$OUT/$model-$path.log" | cut -f3)
    awk -v model="$model" -v path="$path" -v passes="$PASSES" -v kernel="$kernel" '
      /^events:/ { for (i = 2; i <= NF; i++) name[i - 1] = $i; n = NF - 1 }
      /^totals:/ { for (i = 2; i <= NF; i++) total[name[i - 1]] = $i }
      END {
        ll = total["ILmr"] + total["DLmr"] + total["DLmw"]
        d1 = total["D1mr"] + total["D1mw"]
        printf "%s\t%s\t%s\t%.0f\t%.0f\t%.0f\n", model, path, kernel, total["Ir"] / passes, d1 / passes, ll / passes
      }' "$file"
  done
done >"$OUT/counts.tsv"

for model in $MODELS; do cat "$OUT/$model-plain.out" "$OUT/$model-prepared.out"; done |
  grep '^desc: .* cache: [0-9]' | sort -u | sed 's/^desc: /simulated /' || true
echo
echo "| network | kernel | forward, instructions | prepared, instructions | prepared / forward | forward, D1 misses | prepared, D1 misses | forward, LL misses | prepared, LL misses |"
echo "| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |"
awk -F'\t' -v cache="$CACHE" '
  function m(x) { return sprintf("%.1f M", x / 1e6) }
  function k(x) { return cache == 1 ? sprintf("%.0f k", x / 1e3) : "-" }
  $2 == "plain" { ir[$1] = $4; d1[$1] = $5; ll[$1] = $6; kern[$1] = $3; order[++rows] = $1 }
  $2 == "prepared" { pir[$1] = $4; pd1[$1] = $5; pll[$1] = $6 }
  END {
    for (r = 1; r <= rows; r++) {
      x = order[r]
      printf "| %s | %s | %s | %s | %.3f | %s | %s | %s | %s |\n", x, kern[x], m(ir[x]), m(pir[x]), pir[x] / ir[x], k(d1[x]), k(pd1[x]), k(ll[x]), k(pll[x])
    }
  }' "$OUT/counts.tsv" | tee "$OUT/report.md"
