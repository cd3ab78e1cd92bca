//! The firmware's memory.x (QEMU's mps2-an386), where the linker finds it.

use std::env;
use std::fs;
use std::path::PathBuf;

fn main() {
    let out_dir = PathBuf::from(env::var_os("OUT_DIR").expect("cargo sets OUT_DIR"));
    fs::copy("../../../firmware/memory.x", out_dir.join("memory.x")).expect("firmware/memory.x");
    println!("cargo:rustc-link-search={}", out_dir.display());
    println!("cargo:rerun-if-changed=../../../firmware/memory.x");
}
