#!/usr/bin/env bash
# Builds playground/dist/: index.html, the .wasm, JS, CSS and the examples,
# static files that any web server hosts. Usage: bash playground/build.sh
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
cd "$here" # so that cargo reads playground/.cargo/config.toml (the `wasm` profile)

target=wasm32-unknown-unknown
# Its own target folder: the host's builds keep theirs.
target_dir="$here/../target/wasm"
# Whether rustup has the prebuilt standard library for wasm32 (read whole,
# not piped to `grep -q`, which under pipefail can fail the pipe).
has_target() {
  local installed
  installed="$(rustup target list --installed 2>/dev/null || true)"
  grep -qx "$target" <<<"$installed"
}
# A fresh machine has only the host's target (and no rust-src either): add it.
if command -v rustup >/dev/null 2>&1 && ! has_target; then
  echo "build.sh: adding the $target target with rustup" >&2
  rustup target add "$target" || echo "build.sh: could not add $target; building std from rust-src" >&2
fi
if has_target; then
  cargo build --profile wasm --target "$target" --target-dir "$target_dir"
else
  # No rustup, or no network for it: build std for wasm32 from rust-src.
  # RUSTC_BOOTSTRAP lets the stable toolchain take -Zbuild-std.
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
