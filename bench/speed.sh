#!/usr/bin/env bash
# Forward latency at batch 1, f32: ours (`forward`, and `forward_prepared`
# on weights prepared once), tract and ONNX Runtime on LeNet,
# MobileNetV2, ResNet-18, ResNet-50 and EfficientNet-B0, on one thread and
# on all threads, in one run, with the micro-kernel ours ran
# (`CNN_KERNEL=avx2+fma` caps it) and the measured peak (BENCHMARKS.md,
# "Speed", has the table and what it means).
#
#   bash bench/speed.sh               # 3 rounds, about 8 minutes after the first build
#   ROUNDS=5 bash bench/speed.sh      # more rounds
#   PYTHON=/path/to/python bash bench/speed.sh
#   STEPS=1 bash bench/speed.sh       # also our prepared pass's time per step
#
# Needs: the Rust toolchain (the first build of bench/speed compiles tract,
# several minutes on 2 cores), and a Python with torch, torchvision, onnx
# and onnxruntime (default: /work/venv/bin/python if it exists, else
# python3). It exports the ONNX files into target/speed/ (not committed),
# then runs rounds; in each round every engine runs every model at every
# thread count, so that a change of machine load hits all three alike.
# The report gives, per row, the median over rounds of each round's median
# latency, and the machine's 1-minute load average before each round.
set -euo pipefail
cd "$(dirname "$0")/.."

ROUNDS="${ROUNDS:-3}"
THREADS="${THREADS:-1 $(nproc)}"
if [ -z "${PYTHON:-}" ]; then
  if [ -x /work/venv/bin/python ]; then PYTHON=/work/venv/bin/python; else PYTHON=python3; fi
fi
OUT=target/speed
mkdir -p "$OUT"

for model in lenet mobilenet_v2 resnet18 resnet50 efficientnet_b0; do
  if [ ! -f "$OUT/$model.onnx" ]; then
    "$PYTHON" bench/speed/export.py "$OUT"
    break
  fi
done

# NO_TRACT=1 leaves tract out (its first build takes many minutes): its
# columns then read "-".
if [ -n "${NO_TRACT:-}" ]; then
  cargo build --release --quiet --manifest-path bench/speed/Cargo.toml --no-default-features
else
  cargo build --release --quiet --manifest-path bench/speed/Cargo.toml
fi
SPEED=bench/speed/target/release/cnn-speed

results="$OUT/results.tsv"
loads=()
# REPORT_ONLY="LOAD1 LOAD2 ...": the report of the last run's results
# again, with the loads it recorded, without measuring.
if [ -n "${REPORT_ONLY:-}" ]; then
  read -r -a loads <<<"$REPORT_ONLY"
  ROUNDS=${#loads[@]}
else
  : >"$results"
fi
for round in $(seq 1 "$ROUNDS"); do
  [ -n "${REPORT_ONLY:-}" ] && break
  load=$(cut -d' ' -f1 /proc/loadavg)
  loads+=("$load")
  echo "round $round of $ROUNDS (1-minute load $load)" >&2
  # Model by model, ours and ONNX Runtime one after the other (which goes
  # first alternating by round), so that both meet the same minute's
  # load: run whole engine after whole engine, a busy minute fell on one
  # engine's rounds (EfficientNet-B0 on two threads, 2026-12-08: ours
  # 3.90, 4.21, 2.81 ms by round, ORT's 4.32, 3.35, 3.24).
  for model in lenet mobilenet_v2 resnet18 resnet50 efficientnet_b0; do
    ours() {
      # shellcheck disable=SC2086
      ONLY=$model "$SPEED" nets "$OUT" $THREADS | sed "s/^/$round\t/" | tee -a "$results" >&2
    }
    theirs() {
      # shellcheck disable=SC2086
      ONLY=$model "$PYTHON" bench/speed/ort.py "$OUT" $THREADS | sed "s/^/$round\t/" | tee -a "$results" >&2
    }
    if [ $((round % 2)) -eq 1 ]; then ours; theirs; else theirs; ours; fi
  done
done
# shellcheck disable=SC2086
peaks=$("$SPEED" peak $THREADS)
macs=$("$SPEED" macs)
kernel=$("$SPEED" kernel | cut -f2)

# The table: one row per model and thread count, the median over rounds
# of each engine's median, GFLOP/s from the network's MACs, and the share
# of the measured peak for that many threads.
awk -F'\t' -v peaks="$peaks" -v macs="$macs" -v kernel="$kernel" -v loads="${loads[*]}" -v rounds="$ROUNDS" '
  function median(list,    n, a, i, j, t) {
    n = split(list, a, " ")
    for (i = 1; i <= n; i++) for (j = i + 1; j <= n; j++) if (a[j] < a[i]) { t = a[i]; a[i] = a[j]; a[j] = t }
    return n % 2 ? a[(n + 1) / 2] : (a[n / 2] + a[n / 2 + 1]) / 2
  }
  BEGIN {
    n = split(peaks, lines, "\n")
    for (i = 1; i <= n; i++) { split(lines[i], f, "\t"); peak[f[2]] = f[3]; peakby = peakby (peakby ? "; " : "") f[2] " threads: " f[4] ", " f[5] }
    n = split(macs, lines, "\n")
    for (i = 1; i <= n; i++) { split(lines[i], f, "\t"); mac[f[2]] = f[3] }
  }
  { key = $3 "\t" $4; ms[$2 "\t" key] = ms[$2 "\t" key] " " $5; cpu[$2 "\t" key] = cpu[$2 "\t" key] " " $8; if (!(key in seen)) { seen[key] = 1; order[++rows] = key } }
  END {
    printf "%d rounds; 1-minute load before each: %s; measured peak (GFLOP/s by threads):", rounds, loads
    for (t in peak) printf " %s: %.1f", t, peak[t]
    printf " (%s); our micro-kernel: %s\n\n", peakby, kernel
    print "| model | threads | ours, ms | ours prepared, ms | tract, ms | ONNX Runtime, ms | ours / ORT | prepared / ORT | prepared, GFLOP/s (of peak) | tract, GFLOP/s | ORT, GFLOP/s (of peak) |"
    print "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |"
    for (r = 1; r <= rows; r++) {
      split(order[r], k, "\t"); model = k[1]; threads = k[2]
      c = median(ms["cnn\t" order[r]]); p = median(ms["prep\t" order[r]]); t = median(ms["tract\t" order[r]]); o = median(ms["ort\t" order[r]])
      flops = 2 * mac[model] / 1e9
      if (ms["tract\t" order[r]] == "") { tms = "-"; tflops = "-" } else { tms = sprintf("%.2f", t); tflops = sprintf("%.1f", flops / t * 1e3) }
      printf "| %s | %d | %.2f | %.2f | %s | %.2f | %.2fx | %.2fx | %.1f (%.0f%%) | %s | %.1f (%.0f%%) |\n", model, threads, c, p, tms, o, c / o, p / o, flops / p * 1e3, 100 * flops / p * 1e3 / peak[threads], tflops, flops / o * 1e3, 100 * flops / o * 1e3 / peak[threads]
    }
    # On one thread, the same by the process CPU time, which other
    # processes on a loaded machine do not add to.
    print ""
    print "One thread by CPU time (median over rounds of each round median CPU time per pass):"
    print ""
    print "| model | ours, ms | ours prepared, ms | ONNX Runtime, ms | ours / ORT | prepared / ORT | prepared, GFLOP/s |"
    print "| --- | ---: | ---: | ---: | ---: | ---: | ---: |"
    for (r = 1; r <= rows; r++) {
      split(order[r], k, "\t"); model = k[1]; threads = k[2]
      if (threads != 1) continue
      c = median(cpu["cnn\t" order[r]]); p = median(cpu["prep\t" order[r]]); o = median(cpu["ort\t" order[r]])
      flops = 2 * mac[model] / 1e9
      printf "| %s | %.2f | %.2f | %.2f | %.2fx | %.2fx | %.1f |\n", model, c, p, o, c / o, p / o, flops / p * 1e3
    }
  }' "$results" | tee "$OUT/report.md"

# STEPS=1: where the prepared pass's time goes, step by step, on one
# thread (`cnn-speed steps`), after the table.
if [ -n "${STEPS:-}" ]; then
  for model in lenet mobilenet_v2 resnet18 resnet50 efficientnet_b0; do
    echo
    "$SPEED" steps "$model" | head -n 30
  done | tee "$OUT/steps.md"
fi
