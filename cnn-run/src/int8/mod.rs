//! The int8 forward pass of a `#[cnn(int8)]` network, bit-exact with
//! TensorFlow Lite Micro: its quantisation tables read from a `.tflite`
//! model ([`Quantized::from_tflite`]) and the runner of its int8 program
//! ([`forward_int8`]) on the kernels of [`quant`](crate::quant).
//!
//! The program is `cnn_core::plan::int8`'s, which `cnn!` writes: the
//! `f32` plan's walk in bytes, no convolution scratch, a `flatten` that
//! moves nothing (the arena is NHWC, as TFLite's tensors). The tables are
//! fixed arrays whose sizes the macro computes from the same plan
//! (`cnn_core::plan::int8::Tables`): one entry a step, one multiplier a
//! channel of every convolution and fully connected layer. Neither reading
//! the model nor running it allocates.

mod check;
mod entry;
mod error;
mod load;
mod run;

pub use error::{Dims, Error, Mismatch, Role, Value};
pub use run::{forward_int8, forward_int8_array};

use entry::Entry;

use crate::quant::Requant;

/// The quantisation tables of an int8 network of `STEPS` program steps
/// and `CHANNELS` per-channel multipliers: each step's kernel parameters,
/// its weights and biases borrowed from the model's bytes (`'a`), and the
/// multipliers TFLM's Prepare computes, once. `cnn!` wraps it in a
/// network's `NameQuantized`.
#[derive(Clone, Debug)]
pub struct Quantized<'a, const STEPS: usize, const CHANNELS: usize> {
    entries: [Entry<'a>; STEPS],
    requants: [Requant; CHANNELS],
}

impl<'a, const STEPS: usize, const CHANNELS: usize> Quantized<'a, STEPS, CHANNELS> {
    /// Tables read from no model, for a `static` to [`load`](Self::load)
    /// into (in `.bss` rather than on the stack); running on them is an
    /// error.
    pub const EMPTY: Self = Quantized {
        entries: [Entry::Same; STEPS],
        requants: [Requant {
            multiplier: 0,
            shift: 0,
        }; CHANNELS],
    };

    /// Reads the full-integer int8 model in `bytes` for the int8
    /// `program` (what `cnn!` writes for a network): its operators and
    /// the program's steps in lockstep, every tensor checked (shape,
    /// type, quantisation, and that it is what the step before wrote).
    /// Allocates nothing; the error names the operator and tensor that
    /// differ.
    pub fn from_tflite(program: &[u8], bytes: &'a [u8]) -> Result<Self, Error<'a>> {
        let mut tables = Self::EMPTY;
        tables.load(program, bytes)?;
        Ok(tables)
    }

    /// [`from_tflite`](Self::from_tflite) into these tables, in place; on
    /// an error they are left [`EMPTY`](Self::EMPTY).
    pub fn load(&mut self, program: &[u8], bytes: &'a [u8]) -> Result<(), Error<'a>> {
        let loaded = load::load(program, bytes, self);
        if loaded.is_err() {
            *self = Self::EMPTY;
        }
        loaded
    }
}
