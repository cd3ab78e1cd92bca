//! Runs the article's LeNet (f32, `forward`) and the int8 models of
//! tests/int8 (`forward_int8`) on QEMU's mps2-an386 (a Cortex-M4F), prints
//! their outputs through semihosting, checks them against the committed
//! expectations, and exits with status 1 if any differs.
//!
//! ```text
//! cd firmware && cargo run --release
//! ```
#![no_std]
#![no_main]

use cortex_m_rt::entry;

mod host;
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
    host::exit(ok)
}
