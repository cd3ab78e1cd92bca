//! The dtypes a safetensors file may hold: their sizes, for checking any
//! tensor's bytes, and the three that are read into `f32` (F32, F16, BF16),
//! converted exactly, by hand: the bit layouts are short, and the `half`
//! crate would be the only dependency of a crate that has none.

use super::header::RawStr;

/// A dtype that is read.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Dtype {
    F32,
    F16,
    Bf16,
}

/// Every dtype the format defines, with its size in bytes.
const SIZES: [(&str, u64); 14] = [
    ("BOOL", 1),
    ("U8", 1),
    ("I8", 1),
    ("F8_E5M2", 1),
    ("F8_E4M3", 1),
    ("I16", 2),
    ("U16", 2),
    ("F16", 2),
    ("BF16", 2),
    ("I32", 4),
    ("U32", 4),
    ("F32", 4),
    ("I64", 8),
    ("F64", 8),
];

impl Dtype {
    /// The dtype a file names, if it is one that is read.
    pub(super) fn of(name: RawStr<'_>) -> Option<Dtype> {
        if name.is("F32") {
            Some(Dtype::F32)
        } else if name.is("F16") {
            Some(Dtype::F16)
        } else if name.is("BF16") {
            Some(Dtype::Bf16)
        } else {
            None
        }
    }

    /// The values of `bytes`, little-endian, into `values`, one for each.
    pub(super) fn read(self, bytes: &[u8], values: &mut [f32]) {
        match self {
            Dtype::F32 => {
                for (value, chunk) in values.iter_mut().zip(bytes.chunks_exact(4)) {
                    *value = f32::from_le_bytes([chunk[0], chunk[1], chunk[2], chunk[3]]);
                }
            }
            Dtype::F16 => {
                for (value, chunk) in values.iter_mut().zip(bytes.chunks_exact(2)) {
                    *value = f16_to_f32(u16::from_le_bytes([chunk[0], chunk[1]]));
                }
            }
            Dtype::Bf16 => {
                for (value, chunk) in values.iter_mut().zip(bytes.chunks_exact(2)) {
                    *value = bf16_to_f32(u16::from_le_bytes([chunk[0], chunk[1]]));
                }
            }
        }
    }
}

/// The size in bytes of a dtype the format defines; `None` for a name it
/// does not.
pub(super) fn size_of(name: RawStr<'_>) -> Option<u64> {
    SIZES
        .iter()
        .find(|(known, _)| name.is(known))
        .map(|&(_, size)| size)
}

/// An IEEE 754 half-precision value (sign, 5 exponent bits, 10 fraction
/// bits) as `f32`, exactly: every half is an `f32`. Infinities stay
/// infinite and a NaN stays a NaN with its payload.
///
/// ```
/// use cnn_run::safetensors::f16_to_f32;
/// assert_eq!(f16_to_f32(0x3C00), 1.0);
/// assert_eq!(f16_to_f32(0xC000), -2.0);
/// assert_eq!(f16_to_f32(0x0001), 2f32.powi(-24)); // the smallest subnormal
/// assert_eq!(f16_to_f32(0x7BFF), 65504.0); // the largest finite half
/// ```
pub const fn f16_to_f32(bits: u16) -> f32 {
    let sign = ((bits as u32) & 0x8000) << 16;
    let exponent = ((bits >> 10) & 0x1F) as u32;
    let fraction = (bits & 0x03FF) as u32;
    let magnitude = match exponent {
        // Zero and the subnormals: fraction * 2^-24, normal in f32. Shift
        // the fraction up until its leading 1 is the implicit bit.
        0 => {
            if fraction == 0 {
                0
            } else {
                let shift = fraction.leading_zeros() - 21;
                let normalized = (fraction << shift) & 0x03FF;
                ((127 - 15 + 1 - shift) << 23) | (normalized << 13)
            }
        }
        // Infinity and NaN.
        0x1F => 0x7F80_0000 | (fraction << 13),
        _ => ((exponent + 127 - 15) << 23) | (fraction << 13),
    };
    f32::from_bits(sign | magnitude)
}

/// A bfloat16 value (the high half of an `f32`) as `f32`, exactly.
///
/// ```
/// use cnn_run::safetensors::bf16_to_f32;
/// assert_eq!(bf16_to_f32(0x3F80), 1.0);
/// assert_eq!(bf16_to_f32(0xC040), -3.0);
/// ```
pub const fn bf16_to_f32(bits: u16) -> f32 {
    f32::from_bits((bits as u32) << 16)
}
