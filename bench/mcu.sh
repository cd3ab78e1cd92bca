#!/usr/bin/env bash
# On a microcontroller: the firmware (firmware/) and MicroFlow
# (bench/mcu/microflow/) on the models of tests/int8, on QEMU's mps2-an386
# (a Cortex-M4F), each model in a build of its own (BENCHMARKS.md, "On a
# microcontroller", has the table and says what each column is).
#
#   bash bench/mcu.sh          # ~2 minutes on 2 cores once built, most of it building
#
# For each model and each engine:
#   - instructions per inference: bench/mcu/count.c, a QEMU TCG plugin,
#     counts the guest instructions between the firmware's two calls of
#     `cnn_firmware_mark` around each inference (every input of MODEL.in);
#   - flash: .vector_table + .text + .rodata of the ELF (llvm-size -A);
#   - static RAM: .data + .bss + .uninit (the arena is a static);
#   - peak stack: the firmware paints the free RAM before each inference
#     and prints how deep the stack went (firmware/src/stack.rs);
#   - outputs: the firmware checks its own against MODEL.out byte for
#     byte; MicroFlow's (dequantised f32) are quantised back with the
#     output tensor's scale and zero point and compared here.
# MicroFlow 0.1.3 refuses the three models of tests/int8, so both engines
# also run bench/mcu/models/ (NAME_mf): person detection and DS-CNN with
# the one change each that MicroFlow needs (bench/mcu/models.py).
# Needs qemu-system-arm, a C compiler, llvm-nm and llvm-size (Debian:
# `apt-get install qemu-system-arm gcc llvm`), python3 (the standard
# library only) and the thumbv7em-none-eabihf target. Logs and the ELFs
# go to target/mcu/; the table is printed at the end.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
out=$root/target/mcu
mkdir -p "$out"
rustup target list --installed 2>/dev/null | grep -qx thumbv7em-none-eabihf \
  || rustup target add thumbv7em-none-eabihf
cc -shared -fPIC -O2 -Wall -Wextra -o "$out/count.so" bench/mcu/count.c

# run NAME ELF: runs it under QEMU with the counter; NAME.size, NAME.out
# (the firmware's semihosting output, with its exit status last) and
# NAME.count (the counter's spans).
run() {
  local name=$1 elf=$2 mark status=0
  cp "$elf" "$out/$name.elf"
  mark=$(llvm-nm "$elf" | awk '$3 == "cnn_firmware_mark" { print $1 }')
  llvm-size -A "$elf" >"$out/$name.size"
  timeout 900 qemu-system-arm -M mps2-an386 -nographic \
    -semihosting-config enable=on,target=native \
    -plugin "$out/count.so,mark=0x$mark" -d plugin -D "$out/$name.count" \
    -kernel "$elf" >"$out/$name.out" 2>&1 || status=$?
  echo "exit status $status" >>"$out/$name.out"
  echo "$name: exit status $status"
}

# fixture MODEL: the .tflite of MODEL (NAME_mf: bench/mcu/models/NAME, the
# variant MicroFlow accepts, made by bench/mcu/models.py).
fixture() {
  case $1 in
    *_mf) echo "bench/mcu/models/${1%_mf}.tflite" ;;
    *) echo "tests/int8/$1.tflite" ;;
  esac
}

models="lenet person_detect ds_cnn person_detect_mf ds_cnn_mf"
# Ours twice: the tables from the model's image (MODEL.cnn8, `cnn import
# --image`; engine `cnn`), and from the .tflite itself (engine
# `cnn-tflite`, the firmware's `tflite` feature).
for model in lenet_f32 $models; do
  [ "$model" = lenet_f32 ] || [ -f "$(fixture "$model")" ] || continue
  for engine in cnn cnn-tflite; do
    features=$model
    if [ $engine = cnn-tflite ]; then
      [ "$model" = lenet_f32 ] && continue
      features="$model tflite"
    fi
    if (cd firmware && nice cargo build --release --no-default-features --features "$features") \
      >"$out/$engine-$model.build" 2>&1; then
      run "$engine-$model" firmware/target/thumbv7em-none-eabihf/release/cnn-firmware
    else
      echo "$engine-$model: build failed ($(grep -m1 -E '^error' "$out/$engine-$model.build" || echo '?'))"
    fi
  done
done

for model in $models; do
  [ -f "$(fixture "$model")" ] || continue
  # A model MicroFlow cannot compile fails its build: the log says why.
  if (cd bench/mcu/microflow && nice cargo build --release --features "$model") \
    >"$out/microflow-$model.build" 2>&1; then
    run "microflow-$model" bench/mcu/microflow/target/thumbv7em-none-eabihf/release/cnn-bench-microflow
  else
    echo "microflow-$model: refused ($(grep -m1 -E '^error' "$out/microflow-$model.build" || echo 'build failed'))"
  fi
done

python3 bench/mcu/table.py "$out"
