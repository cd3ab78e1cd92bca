//! Runs the article's LeNet (f32, `forward`) and the int8 models of
//! tests/int8 (`forward_int8`) on QEMU's mps2-an386 (a Cortex-M4F), prints
//! their outputs through semihosting, checks them against the committed
//! expectations, and exits with status 1 if any differs.
//!
//! ```text
//! cd firmware && cargo run --release
//! ```
//!
//! Each model is a cargo feature (all of tests/int8's by default), so that
//! bench/mcu.sh can build one alone and measure its flash and RAM.
#![no_std]
#![no_main]

use cortex_m_rt::entry;

mod host;
#[cfg(any(
    feature = "lenet",
    feature = "person_detect",
    feature = "ds_cnn",
    feature = "person_detect_mf",
    feature = "ds_cnn_mf"
))]
mod int8;
#[cfg(feature = "lenet_f32")]
mod lenet;
mod stack;

#[entry]
fn main() -> ! {
    #[allow(unused_mut)]
    let mut ok = true;
    #[cfg(feature = "lenet_f32")]
    {
        ok &= lenet::run();
    }
    #[cfg(feature = "lenet")]
    {
        ok &= int8::lenet::run();
    }
    #[cfg(feature = "person_detect")]
    {
        ok &= int8::person_detect::run();
    }
    #[cfg(feature = "ds_cnn")]
    {
        ok &= int8::ds_cnn::run();
    }
    #[cfg(feature = "person_detect_mf")]
    {
        ok &= int8::person_detect_mf::run();
    }
    #[cfg(feature = "ds_cnn_mf")]
    {
        ok &= int8::ds_cnn_mf::run();
    }
    host::exit(ok)
}
