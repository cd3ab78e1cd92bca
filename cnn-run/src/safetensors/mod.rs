//! Loads a network's weights from a safetensors file (what PyTorch's
//! `safetensors.torch.save_file(model.state_dict(), path)` writes), each
//! tensor found by its key, its shape checked, in `no_std` and without
//! allocating.
//!
//! The format: 8 bytes, the little-endian length `N` of a JSON header; `N`
//! bytes of it, `{"conv1.weight": {"dtype": "F32", "shape": [8, 3, 5, 5],
//! "data_offsets": [0, 2400]}, ..., "__metadata__": {...}}`; then the data,
//! which the offsets count from. The `safetensors` crate reads it with
//! `std` (serde_json and a `HashMap`), so this module scans the header
//! itself, in place (`header.rs`), and never trusts a byte of it: any input
//! gives an `Ok` or an [`Error`], never a panic.
//!
//! A network marked `#[cnn(weights)]` lists its tensors in
//! `NameWeights::TENSORS` (a table of [`Tensor`]s: key, PyTorch shape,
//! offset in the flat values) and loads with
//! `NameWeights::from_safetensors(&bytes)` (boxed, with the `cnn` crate's
//! default `alloc` feature) or `weights.load_safetensors(&bytes)` (in
//! place, in `no_std`). How keys are made from the declaration's names is
//! in the README's "Loading PyTorch weights".
//!
//! What is checked, in this order, before any value is written (so on an
//! error the weights are unchanged):
//! - the file is well formed, every tensor's `data_offsets` lie in the
//!   data and hold its shape's values at its dtype's size;
//! - every tensor of the table is in the file once, stored as F32, F16 or
//!   BF16 (converted to `f32` exactly), of the table's shape;
//! - the file has no tensor the table does not name, except batch norm's
//!   `num_batches_tracked` counters (PyTorch's int64 buffers, not
//!   parameters), which are skipped.
//!
//! Shapes compare after trailing sizes of 1 are dropped from both: a layer
//! scale PyTorch stores as `[C, 1, 1]` is the declaration's `[C]`, and a
//! `Linear(C, N)`'s `[N, C]` is a `conv 1x1xN`'s `[N, C, 1, 1]`.

// The errors carry the file's text by value (a key, a shape), so that
// they need no allocation and borrow nothing: a few hundred bytes,
// returned at most once per load.
#![allow(clippy::result_large_err, clippy::large_enum_variant)]

mod dtype;
mod error;
mod header;

pub use dtype::{bf16_to_f32, f16_to_f32};
pub use error::{Error, FoundShape, Malformed, Text};

use crate::weights::Weights;
use dtype::Dtype;
use header::{Entry, Header};

/// One tensor a network's weights are made of: its `state_dict` key, its
/// PyTorch shape, and where its values start in the flat weights.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Tensor {
    /// The key (`layer1.0.conv1.weight`).
    pub key: &'static str,
    /// PyTorch's shape (`[64, 64, 3, 3]`).
    pub shape: &'static [usize],
    /// The index of its first value in the flat weights.
    pub offset: usize,
}

impl Tensor {
    /// How many values it holds: the product of its shape, saturating.
    pub const fn elements(&self) -> usize {
        let mut product: usize = 1;
        let mut i = 0;
        while i < self.shape.len() {
            product = product.saturating_mul(self.shape[i]);
            i += 1;
        }
        product
    }
}

/// The suffix of batch norm's counter, which is skipped.
const BATCHES: &str = "num_batches_tracked";

/// Fills `values` from `file`, each tensor of `tensors` at its offset;
/// `values` is unchanged on an error. See the [module](self) for what is
/// checked.
///
/// ```
/// use cnn_run::safetensors::{load, Tensor};
/// // A file of one F32 tensor `w` of shape [2]: 1.0 and 2.0.
/// let header = br#"{"w":{"dtype":"F32","shape":[2],"data_offsets":[0,8]}}"#;
/// let mut file = (header.len() as u64).to_le_bytes().to_vec();
/// file.extend_from_slice(header);
/// file.extend_from_slice(&[1f32.to_le_bytes(), 2f32.to_le_bytes()].concat());
/// const TENSORS: &[Tensor] = &[Tensor { key: "w", shape: &[2], offset: 0 }];
/// let mut values = [0.0; 2];
/// load(&file, TENSORS, &mut values).unwrap();
/// assert_eq!(values, [1.0, 2.0]);
/// ```
pub fn load(file: &[u8], tensors: &[Tensor], values: &mut [f32]) -> Result<(), Error> {
    let header = Header::parse(file)?;
    // The whole file first: well formed, and nothing in it unexpected.
    let mut extra = None;
    let mut others = 0usize;
    for entry in header.entries() {
        let entry = entry?;
        check_bytes(&entry, header.data.len())?;
        if expects(tensors, &entry) {
            continue;
        }
        if extra.is_none() {
            extra = Some((entry.name.text(), entry.shape));
        } else {
            others = others.saturating_add(1);
        }
    }
    // Every tensor of the table, as the table needs it.
    for tensor in tensors {
        let end = tensor.offset.saturating_add(tensor.elements());
        if end > values.len() {
            return Err(Error::Table {
                key: tensor.key,
                end,
                len: values.len(),
            });
        }
        let entry = find(&header, tensor)?;
        if Dtype::of(entry.dtype).is_none() {
            return Err(Error::Dtype {
                key: tensor.key,
                dtype: entry.dtype.text(),
            });
        }
        if !entry.shape.matches(tensor.shape) {
            return Err(Error::Misshapen {
                key: tensor.key,
                expected: tensor.shape,
                found: entry.shape,
            });
        }
    }
    if let Some((key, shape)) = extra {
        return Err(Error::Extra { key, shape, others });
    }
    // Only now, every check passed, the values.
    for tensor in tensors {
        let entry = find(&header, tensor)?;
        let (Some(dtype), Some(bytes), Some(target)) = (
            Dtype::of(entry.dtype),
            data_of(&entry, header.data),
            values.get_mut(tensor.offset..tensor.offset.saturating_add(tensor.elements())),
        ) else {
            // Checked above; a second look that disagrees is not a panic.
            return Err(Error::Missing {
                key: tensor.key,
                shape: tensor.shape,
            });
        };
        dtype.read(bytes, target);
    }
    Ok(())
}

/// Fills `weights` from `file` with `tensors` (a weight struct's
/// `TENSORS`): [`load`] on its values.
pub fn load_into<W: Weights<f32>>(
    weights: &mut W,
    file: &[u8],
    tensors: &[Tensor],
) -> Result<(), Error> {
    load(file, tensors, weights.as_mut_slice())
}

/// The weights `W` loaded from `file` with `tensors`, on the heap: a
/// network's weights are often too large for a stack. With the `alloc`
/// feature (the `cnn` crate's default `alloc`).
#[cfg(feature = "alloc")]
pub fn boxed<W: Weights<f32>>(file: &[u8], tensors: &[Tensor]) -> Result<Box<W>, Error> {
    let mut weights = crate::weights::zeroed_box::<W>();
    load_into(&mut *weights, file, tensors)?;
    Ok(weights)
}

// For the code `cnn!` writes, which names `Box` through the `cnn` crate.
#[cfg(feature = "alloc")]
#[doc(hidden)]
pub use alloc::boxed::Box;

/// Whether the table names the entry's tensor, or it is the
/// `num_batches_tracked` of a batch norm the table has.
fn expects(tensors: &[Tensor], entry: &Entry<'_>) -> bool {
    tensors.iter().any(|tensor| {
        entry.name.is(tensor.key)
            || tensor
                .key
                .strip_suffix("running_mean")
                .is_some_and(|path| entry.name.is_joined(path, BATCHES))
    })
}

/// The one entry of `tensor` in the header.
fn find<'a>(header: &Header<'a>, tensor: &Tensor) -> Result<Entry<'a>, Error> {
    let mut found = None;
    for entry in header.entries() {
        let entry = entry?;
        if entry.name.is(tensor.key) {
            if found.is_some() {
                return Err(Error::malformed(
                    entry.at,
                    Malformed::Duplicate { tensor: tensor.key },
                ));
            }
            found = Some(entry);
        }
    }
    found.ok_or(Error::Missing {
        key: tensor.key,
        shape: tensor.shape,
    })
}

/// That the entry's bytes lie in the data and are its shape's values at
/// its dtype's size (for every dtype the format defines).
fn check_bytes(entry: &Entry<'_>, data: usize) -> Result<(), Error> {
    let inside =
        entry.begin <= entry.end && usize::try_from(entry.end).is_ok_and(|end| end <= data);
    if !inside {
        return Err(Error::malformed(
            entry.at,
            Malformed::Offsets {
                tensor: entry.name.text(),
                begin: entry.begin,
                end: entry.end,
                data,
            },
        ));
    }
    let Some(size) = dtype::size_of(entry.dtype) else {
        // A dtype this reader does not know: only a tensor that is read
        // needs a known one, and that is refused by name later.
        return Ok(());
    };
    let bytes = entry.end - entry.begin;
    let needs = entry.shape.elements().and_then(|n| n.checked_mul(size));
    if needs == Some(bytes) {
        Ok(())
    } else {
        Err(Error::malformed(
            entry.at,
            Malformed::Size {
                tensor: entry.name.text(),
                dtype: entry.dtype.text(),
                shape: entry.shape,
                bytes,
                value_bytes: u8::try_from(size).unwrap_or(u8::MAX),
            },
        ))
    }
}

/// The entry's bytes in `data`.
fn data_of<'a>(entry: &Entry<'_>, data: &'a [u8]) -> Option<&'a [u8]> {
    let begin = usize::try_from(entry.begin).ok()?;
    let end = usize::try_from(entry.end).ok()?;
    data.get(begin..end)
}

/// Whether the tensors of `tensors`, in order, fill exactly `len` values
/// one after the other: what a generated table asserts at compile time.
pub const fn ends_at(tensors: &[Tensor], len: usize) -> bool {
    let mut end = 0;
    let mut i = 0;
    while i < tensors.len() {
        if tensors[i].offset != end {
            return false;
        }
        end = tensors[i].offset.saturating_add(tensors[i].elements());
        i += 1;
    }
    end == len
}
