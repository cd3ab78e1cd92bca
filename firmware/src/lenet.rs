//! The article's LeNet in f32 through `forward`, on PyTorch's case
//! (cnn-tests/tests/data/forward/lenet_lenet.txt, turned into constants
//! by build.rs): max |difference| ≤ 1e-4 × max(1, max |y|), the bar of
//! cnn-tests' forward_examples.

use cnn::cnn;
use cortex_m_semihosting::hprintln;

use crate::{host, stack};

mod case {
    include!(concat!(env!("OUT_DIR"), "/lenet_case.rs"));
}

cnn! {
    /// examples/lenet.rs's declaration.
    #[cnn(weights)]
    pub struct LeNet {
        input 32x32x3;
        conv1: conv 5x5x8 -> 28x28x8;
        pool1: pool 2 -> 14x14x8;
        conv2: conv 5x5x16 -> 10x10x16;
        pool2: pool 2 -> 5x5x16;
        fc3: fc 120;
        fc4: fc 84;
        out: softmax 10;
    }
}

/// Runs the case; true when every output is within the tolerance.
#[inline(never)]
pub fn run() -> bool {
    let Ok(weights) = LeNetWeights::<f32>::from_slice(&case::WEIGHTS) else {
        hprintln!("lenet f32: the case has not LeNetWeights::LEN values");
        return false;
    };
    let input: &[f32; LeNet::INPUT_LEN] = &case::INPUT;
    static mut ARENA: [f32; LeNet::ARENA_LEN] = [0.0; LeNet::ARENA_LEN];
    // SAFETY: `run` is called once, from `main`, with no interrupt
    // enabled: this is the only reference to ARENA there ever is.
    let arena = unsafe { &mut *core::ptr::addr_of_mut!(ARENA) };
    let depth = stack::paint();
    host::cnn_firmware_mark();
    let y = LeNet::forward(weights, input, arena);
    host::cnn_firmware_mark();
    let peak = stack::peak();
    let tolerance = 1e-4 * case::MAXABS.max(1.0);
    let mut worst = 0f32;
    for (&found, &expected) in y.iter().zip(&case::EXPECTED) {
        let difference = (found - expected).abs();
        // NaN counts as a mismatch.
        worst = if difference.is_nan() {
            f32::INFINITY
        } else {
            worst.max(difference)
        };
    }
    let ok = y.len() == case::EXPECTED.len() && worst <= tolerance;
    hprintln!("lenet f32: y = {:?}", y);
    hprintln!(
        "lenet f32: {} (worst |difference| {:e}, tolerance {:e} against PyTorch); arena {} B, peak stack {} B (depth at the call {} B)",
        if ok { "ok" } else { "MISMATCH" },
        worst,
        tolerance,
        LeNet::ARENA_LEN * 4,
        peak,
        depth
    );
    ok
}
