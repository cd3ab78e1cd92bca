//! The int8 models of tests/int8 through `forward_int8`, each on every
//! input of its `.in`, compared byte for byte with TFLM's outputs (`.out`).
//! The tables come from the model's image (`MODEL.cnn8`, which `cnn import
//! MODEL.tflite --image` wrote, read by `load_image`), or with the
//! `tflite` feature from the `.tflite` itself (`load_tflite`): either
//! stays in flash (`include_bytes!`, borrowed in place). The arena and the
//! tables are statics, so the firmware's static RAM shows them and its
//! stack only the calls.

use cortex_m_semihosting::{hprint, hprintln};

use crate::{host, stack};

/// Bytes at an alignment of 16, a flatbuffer's largest: `include_bytes!`
/// promises none.
#[cfg(feature = "tflite")]
#[repr(C, align(16))]
pub struct Aligned<T: ?Sized>(pub T);

/// The bytes of `.in` and `.out` files as the `i8`s they are.
pub const fn signed<const N: usize>(bytes: &[u8; N]) -> [i8; N] {
    let mut out = [0i8; N];
    let mut i = 0;
    while i < N {
        out[i] = bytes[i] as i8;
        i += 1;
    }
    out
}

/// Runs `infer` on each `I`-byte case of `inputs`, prints its output and
/// whether it equals the matching `O` bytes of `expected`; true when every
/// case does.
#[inline(never)]
pub fn check<const I: usize, const O: usize>(
    name: &str,
    arena_bytes: usize,
    inputs: &[i8],
    expected: &[i8],
    mut infer: impl FnMut(&[i8; I]) -> [i8; O],
) -> bool {
    let cases = inputs.len() / I;
    if cases == 0 || inputs.len() != cases * I || expected.len() != cases * O {
        hprintln!(
            "{} int8: {} input bytes and {} output bytes are not cases of {} and {}",
            name,
            inputs.len(),
            expected.len(),
            I,
            O
        );
        return false;
    }
    let mut equal = 0;
    let (mut peak, mut depth) = (0, 0);
    for (case, (input, want)) in inputs
        .chunks_exact(I)
        .zip(expected.chunks_exact(O))
        .enumerate()
    {
        let Ok(input) = <&[i8; I]>::try_from(input) else {
            return false;
        };
        depth = stack::paint();
        host::cnn_firmware_mark();
        let y = infer(input);
        host::cnn_firmware_mark();
        peak = peak.max(stack::peak());
        let same = y[..] == want[..];
        equal += usize::from(same);
        hprint!(
            "{} int8 case {}: {} y =",
            name,
            case,
            if same { "equal" } else { "DIFFERENT" }
        );
        for v in y {
            hprint!(" {}", v);
        }
        if !same {
            hprint!("; TFLM:");
            for v in want {
                hprint!(" {}", v);
            }
        }
        hprintln!();
    }
    hprintln!(
        "{} int8: {} of {} outputs equal to TFLM's byte for byte; arena {} B, peak stack {} B (depth at the call {} B)",
        name,
        equal,
        cases,
        arena_bytes,
        peak,
        depth
    );
    equal == cases
}

/// A module `$module` running the network `$net` on
/// `$file`.{tflite,cnn8,in,out} (a path from the repository's root): its
/// declaration the file `cnn import` printed for it (`imported PATH`, the
/// goldens of cnn-cli/tests/imported/tflite), or `{ $body }`.
macro_rules! model {
    ($module:ident, $net:ident, $quantized:ident, $file:literal, imported $declaration:literal) => {
        model!(@module $module, $net, $quantized, $file, {
            include!(concat!("../../", $declaration));
        });
    };
    ($module:ident, $net:ident, $quantized:ident, $file:literal, { $($body:tt)* }) => {
        model!(@module $module, $net, $quantized, $file, {
            cnn! {
                /// The model's declaration: one statement per TFLite
                /// operator, as `cnn import` prints it.
                #[cnn(int8)]
                pub struct $net { $($body)* }
            }
        });
    };
    (@module $module:ident, $net:ident, $quantized:ident, $file:literal, { $($declare:tt)* }) => {
        pub mod $module {
            use cnn::cnn;
            use cortex_m_semihosting::hprintln;

            #[cfg(feature = "tflite")]
            use super::Aligned;
            use super::{check, signed};
            use crate::stack;

            $($declare)*

            #[cfg(feature = "tflite")]
            static MODEL: &Aligned<[u8]> =
                &Aligned(*include_bytes!(concat!("../../", $file, ".tflite")));
            // An image's bytes need no alignment: its biases are read a
            // byte at a time.
            #[cfg(not(feature = "tflite"))]
            static MODEL: &[u8] = include_bytes!(concat!("../../", $file, ".cnn8"));
            static INPUTS: [i8; include_bytes!(concat!("../../", $file, ".in")).len()] =
                signed(include_bytes!(concat!("../../", $file, ".in")));
            static OUTPUTS: [i8; include_bytes!(concat!("../../", $file, ".out")).len()] =
                signed(include_bytes!(concat!("../../", $file, ".out")));

            // The tables, read from no model until `load` fills them in
            // place: all zero, so in .bss (no flash, no copy at start).
            static mut WEIGHTS: $quantized<'static> = $quantized::EMPTY;

            /// Reads the model into WEIGHTS in place (`load_image` or
            /// `load_tflite`, not `from_*`, which would build the tables
            /// on the stack and return them by value).
            #[inline(never)]
            fn load() -> Option<&'static $quantized<'static>> {
                // SAFETY: `load` is called once, from `run`, which `main`
                // calls once with no interrupt enabled: this is the only
                // reference to WEIGHTS there ever is.
                let weights = unsafe { &mut *core::ptr::addr_of_mut!(WEIGHTS) };
                #[cfg(feature = "tflite")]
                if let Err(error) = weights.load_tflite(&MODEL.0) {
                    hprintln!("{} int8: load_tflite: {}", $file, error);
                    return None;
                }
                #[cfg(not(feature = "tflite"))]
                if let Err(error) = weights.load_image(MODEL) {
                    hprintln!("{} int8: load_image: {}", $file, error);
                    return None;
                }
                Some(weights)
            }

            /// Runs every case; true when all are equal to TFLM's.
            #[inline(never)]
            pub fn run() -> bool {
                static mut ARENA: [u8; $net::ARENA_BYTES] = [0; $net::ARENA_BYTES];
                stack::paint();
                let Some(weights) = load() else {
                    return false;
                };
                hprintln!(
                    "{} int8: tables {} B (the multipliers and views, a static); loading's peak stack {} B",
                    $file,
                    core::mem::size_of::<$quantized<'static>>(),
                    stack::peak()
                );
                // SAFETY: as in `load`, the only reference to ARENA.
                let arena = unsafe { &mut *core::ptr::addr_of_mut!(ARENA) };
                check::<{ $net::INPUT_LEN }, { $net::OUTPUT_LEN }>(
                    $file,
                    $net::ARENA_BYTES,
                    &INPUTS,
                    &OUTPUTS,
                    |input| *$net::forward_int8(weights, input, arena),
                )
            }
        }
    };
}

// tests/int8's models, declared as `cnn import` prints them (the images
// were made for these declarations).

#[cfg(feature = "lenet")]
model!(lenet, Lenet, LenetQuantized, "tests/int8/lenet",
    imported "cnn-cli/tests/imported/tflite/lenet.rs");

#[cfg(feature = "person_detect")]
model!(person_detect, PersonDetect, PersonDetectQuantized, "tests/int8/person_detect",
    imported "cnn-cli/tests/imported/tflite/person_detect.rs");

#[cfg(feature = "ds_cnn")]
model!(ds_cnn, DsCnn, DsCnnQuantized, "tests/int8/ds_cnn",
    imported "cnn-cli/tests/imported/tflite/ds_cnn.rs");

// bench/mcu/models/: the variants MicroFlow accepts (bench/mcu/models.py),
// run here too so that bench/mcu.sh compares both engines on one file.

#[cfg(feature = "person_detect_mf")]
model!(person_detect_mf, PersonDetectMf, PersonDetectMfQuantized, "bench/mcu/models/person_detect", {
    input 96x96x1;
    conv 3x3x8 stride 2 pad same; relu6;
    dwconv 3x3 pad same; relu6; conv 1x1x16 pad same; relu6;
    dwconv 3x3 stride 2 pad same; relu6; conv 1x1x32 pad same; relu6;
    dwconv 3x3 pad same; relu6; conv 1x1x32 pad same; relu6;
    dwconv 3x3 stride 2 pad same; relu6; conv 1x1x64 pad same; relu6;
    dwconv 3x3 pad same; relu6; conv 1x1x64 pad same; relu6;
    dwconv 3x3 stride 2 pad same; relu6; conv 1x1x128 pad same; relu6;
    repeat 5 { dwconv 3x3 pad same; relu6; conv 1x1x128 pad same; relu6; }
    dwconv 3x3 stride 2 pad same; relu6; conv 1x1x256 pad same; relu6;
    dwconv 3x3 pad same; relu6; conv 1x1x256 pad same; relu6;
    avgpool 3;
    conv 1x1x2 pad same;
    flatten;
    softmax;
});

#[cfg(feature = "ds_cnn_mf")]
// The same declaration as tests/int8's DS-CNN: its dense weights per
// tensor change no statement.
model!(ds_cnn_mf, DsCnn, DsCnnQuantized, "bench/mcu/models/ds_cnn",
    imported "cnn-cli/tests/imported/tflite/ds_cnn.rs");
