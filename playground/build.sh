#!/usr/bin/env bash
# Builds playground/dist/: index.html, the .wasm, JS, CSS and the examples,
# static files that any web server hosts. Usage: bash playground/build.sh
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
cd "$here" # so that cargo reads playground/.cargo/config.toml (the `wasm` profile)

target=wasm32-unknown-unknown
# Its own target folder: the host's builds keep theirs.
target_dir="$here/../target/wasm"
if rustup target list --installed 2>/dev/null | grep -qx "$target"; then
  cargo build --profile wasm --target "$target" --target-dir "$target_dir"
else
  # No prebuilt std for wasm32 here: build it from rust-src. RUSTC_BOOTSTRAP
  # lets the stable toolchain take -Zbuild-std.
  RUSTC_BOOTSTRAP=1 cargo build --profile wasm --target "$target" --target-dir "$target_dir" \
    -Zbuild-std=std,panic_abort
fi

dist="$here/dist"
rm -rf "$dist"
mkdir -p "$dist/examples"
cp "$target_dir/$target/wasm/cnn_playground.wasm" "$dist/"
cp "$here"/web/*.html "$here"/web/*.js "$here"/web/*.css "$dist/"
cp "$here"/examples/*.cnn "$dist/examples/"
echo "built $dist: $(wc -c <"$dist/cnn_playground.wasm") bytes of wasm, $(du -sb "$dist" | cut -f1) bytes in all"
