//! The firmware's memory.x (QEMU's mps2-an386), where the linker finds it.

use std::env;
use std::fs;
use std::path::PathBuf;

fn main() {
    let out_dir = PathBuf::from(env::var_os("OUT_DIR").expect("cargo sets OUT_DIR"));
    fs::copy("../../../firmware/memory.x", out_dir.join("memory.x")).expect("firmware/memory.x");
    println!("cargo:rustc-link-search={}", out_dir.display());
    // cortex-m-rt's linker script, here rather than in .cargo/config.toml's
    // `rustflags`, which a RUSTFLAGS in the environment (even an empty one,
    // as .ci/run exports) replaces: without it the image has no vector
    // table and QEMU locks up at reset.
    println!("cargo:rustc-link-arg=-Tlink.x");
    println!("cargo:rerun-if-changed=../../../firmware/memory.x");
}
