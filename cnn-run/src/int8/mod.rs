//! The int8 forward pass of a `#[cnn(int8)]` network, bit-exact with
//! TensorFlow Lite Micro: its quantisation tables read from a `.tflite`
//! model ([`Quantized::from_tflite`]) or from their image
//! ([`Quantized::load_image`], which `image` writes on a host), and the
//! runner of its int8 program ([`forward_int8`]) on the kernels of
//! [`quant`](crate::quant).
//!
//! The program is `cnn_core::plan::int8`'s, which `cnn!` writes: the
//! `f32` plan's walk in bytes, no convolution scratch, a `flatten` that
//! moves nothing (the arena is NHWC, as TFLite's tensors); a generated
//! `forward_int8` runs its steps as constants
//! (`cnn_core::plan::int8::Step`), decoding nothing. The tables are
//! fixed arrays whose sizes the macro computes from the same plan
//! (`cnn_core::plan::int8::Tables`): one entry a step, one multiplier a
//! channel of every convolution and fully connected layer. Neither reading
//! the model nor running it allocates.

mod check;
mod entry;
mod error;
mod image;
mod load;
mod run;

/// The vector [`image`] returns (what `cnn!`'s `NameQuantized::image`
/// names, from a crate that may not link `alloc` itself).
#[cfg(feature = "alloc")]
#[doc(hidden)]
pub use alloc::vec::Vec;
pub use error::{Dims, Error, Mismatch, Role, Value};
#[cfg(feature = "alloc")]
pub use image::image;
pub use image::{ImageError, MAGIC, VERSION};
pub use run::{forward_int8, forward_int8_array, Kernels};

use entry::Entry;

use cnn_core::plan::int8::kernel;

use crate::quant::Requant;

/// The quantisation tables of an int8 network of `STEPS` program steps
/// and `CHANNELS` per-channel multipliers: each step's kernel parameters,
/// its weights and biases borrowed from the model's bytes (`'a`), and the
/// multipliers TFLM's Prepare computes, once. `cnn!` wraps it in a
/// network's `NameQuantized`.
///
/// The per-channel multipliers take 5 bytes each, the significands and
/// the shifts (an `i8`) apart, rather than the 8 of a
/// [`Requant`]: on person detection's 2,738
/// channels, 8 KB of a microcontroller's RAM.
#[derive(Clone, Debug)]
pub struct Quantized<'a, const STEPS: usize, const CHANNELS: usize> {
    entries: [Entry<'a>; STEPS],
    multipliers: [i32; CHANNELS],
    shifts: [i8; CHANNELS],
}

impl<'a, const STEPS: usize, const CHANNELS: usize> Quantized<'a, STEPS, CHANNELS> {
    /// Tables read from no model, for a `static` to [`load`](Self::load)
    /// into (in `.bss` rather than on the stack); running on them is an
    /// error.
    pub const EMPTY: Self = Quantized {
        entries: [Entry::Same; STEPS],
        multipliers: [0; CHANNELS],
        shifts: [0; CHANNELS],
    };

    /// Reads the full-integer int8 model in `bytes` for the int8
    /// `program` (what `cnn!` writes for a network): its operators and
    /// the program's steps in lockstep, every tensor checked (shape,
    /// type, quantisation, and that it is what the step before wrote).
    /// Allocates nothing; the error names the operator and tensor that
    /// differ.
    pub fn from_tflite(program: &[u8], bytes: &'a [u8]) -> Result<Self, Error<'a>> {
        Self::from_tflite_kernels::<{ kernel::ALL }>(program, bytes)
    }

    /// [`from_tflite`](Self::from_tflite) with the loaders of the kernels
    /// `KINDS` only, as [`load_kernels`](Self::load_kernels).
    pub fn from_tflite_kernels<const KINDS: u32>(
        program: &[u8],
        bytes: &'a [u8],
    ) -> Result<Self, Error<'a>> {
        let mut tables = Self::EMPTY;
        tables.load_kernels::<KINDS>(program, bytes)?;
        Ok(tables)
    }

    /// [`from_tflite`](Self::from_tflite) into these tables, in place; on
    /// an error they are left [`EMPTY`](Self::EMPTY).
    pub fn load(&mut self, program: &[u8], bytes: &'a [u8]) -> Result<(), Error<'a>> {
        self.load_kernels::<{ kernel::ALL }>(program, bytes)
    }

    /// [`load`](Self::load) with the loaders of the kernels `KINDS` only
    /// (`cnn_core::plan::int8::kernel`'s bits; the macro writes a
    /// network's, `Plan::kernels`, so a firmware links no other): a step
    /// of another kernel is [`Error::Unsupported`].
    pub fn load_kernels<const KINDS: u32>(
        &mut self,
        program: &[u8],
        bytes: &'a [u8],
    ) -> Result<(), Error<'a>> {
        let loaded = load::load::<KINDS, STEPS, CHANNELS>(program, bytes, self);
        if loaded.is_err() {
            self.clear();
        }
        loaded
    }

    /// Back to [`EMPTY`](Self::EMPTY), in place (an assignment of
    /// `EMPTY` could build the whole tables on the stack first).
    fn clear(&mut self) {
        self.entries.fill(Entry::Same);
        self.multipliers.fill(0);
        self.shifts.fill(0);
    }
}

/// The per-channel table being filled, or part of it.
pub(crate) struct ChannelsMut<'t> {
    multipliers: &'t mut [i32],
    shifts: &'t mut [i8],
}

impl<'t> ChannelsMut<'t> {
    /// `count` entries from `first`, if the table has them.
    pub(crate) fn part(&mut self, first: usize, count: usize) -> Option<ChannelsMut<'_>> {
        let range = first..first.checked_add(count)?;
        Some(ChannelsMut {
            multipliers: self.multipliers.get_mut(range.clone())?,
            shifts: self.shifts.get_mut(range)?,
        })
    }

    /// Every entry from `multipliers` (little-endian `i32`s) and `shifts`,
    /// of the table's length each (an image's, checked by its reader).
    pub(crate) fn fill(&mut self, multipliers: &[u8], shifts: &[u8]) {
        for (m, bytes) in self.multipliers.iter_mut().zip(multipliers.chunks_exact(4)) {
            *m = i32::from_le_bytes([bytes[0], bytes[1], bytes[2], bytes[3]]);
        }
        for (s, &byte) in self.shifts.iter_mut().zip(shifts) {
            *s = byte as i8;
        }
    }

    /// How many entries.
    pub(crate) fn len(&self) -> usize {
        self.multipliers.len()
    }

    /// Sets entry `i` to `requant`: false if there is no entry `i` or the
    /// shift does not fit an `i8` (a scale of `2^127` or more).
    pub(crate) fn set(&mut self, i: usize, requant: Requant) -> bool {
        let (Some(m), Some(s), Ok(shift)) = (
            self.multipliers.get_mut(i),
            self.shifts.get_mut(i),
            i8::try_from(requant.shift),
        ) else {
            return false;
        };
        (*m, *s) = (requant.multiplier, shift);
        true
    }
}

impl<'a, const STEPS: usize, const CHANNELS: usize> Quantized<'a, STEPS, CHANNELS> {
    /// The entries and the per-channel table, to fill.
    pub(crate) fn parts_mut(&mut self) -> (&mut [Entry<'a>], ChannelsMut<'_>) {
        (
            &mut self.entries,
            ChannelsMut {
                multipliers: &mut self.multipliers,
                shifts: &mut self.shifts,
            },
        )
    }
}

#[cfg(test)]
mod tests {
    use super::ChannelsMut;
    use crate::quant::{requant, Channels, Compact};

    #[test]
    fn the_table_of_5_bytes_a_channel_reads_back_every_multiplier() {
        // Scales from 2^-45 (flushed to zero) to 2^126 (shift 127).
        let scales: [f64; 64] = core::array::from_fn(|i| 1.37 * 2f64.powi(i as i32 * 27 / 10 - 45));
        let (mut multipliers, mut shifts) = ([0i32; 64], [0i8; 64]);
        let mut table = ChannelsMut {
            multipliers: &mut multipliers,
            shifts: &mut shifts,
        };
        for (i, &scale) in scales.iter().enumerate() {
            assert!(table.set(i, requant(scale)), "{scale}");
        }
        let compact = Compact::new(&multipliers, &shifts).unwrap();
        for (i, &scale) in scales.iter().enumerate() {
            assert_eq!(compact.at(i), requant(scale), "{scale}");
        }
        assert!(shifts.iter().any(|&s| s > 100) && shifts.iter().any(|&s| s < -20));
    }

    #[test]
    fn a_shift_past_an_i8_is_refused_not_wrapped() {
        let (mut multipliers, mut shifts) = ([0i32; 2], [0i8; 2]);
        let mut table = ChannelsMut {
            multipliers: &mut multipliers,
            shifts: &mut shifts,
        };
        assert_eq!(requant(2f64.powi(126)).shift, 127);
        assert!(table.set(0, requant(2f64.powi(126))));
        assert_eq!(requant(2f64.powi(127)).shift, 128);
        assert!(!table.set(1, requant(2f64.powi(127))));
        assert!(!table.set(2, requant(1.0)), "past the end");
        assert_eq!(shifts, [127, 0]);
    }
}
