//! The bytes of an image's entries: each step's kernel parameters, and
//! its weights and biases inline. Each kind's fields are listed once, in
//! [`Fields`], for both directions: [`Writer`] appends them (on the host,
//! `image`), [`Reader`] reads them back in place (on the device,
//! `load_image`).
//!
//! Written by hand rather than with serde: a derived deserializer for
//! twenty variants would cost a microcontroller several KB of flash, where
//! this one keeps only the kinds the network has (`KINDS`), and borrows
//! the weights from the image without a copy.

use cnn_core::plan::int8::kernel;

use super::super::check::as_i8;
use super::super::entry::{Entry, Weighted};
use crate::quant::{
    self, add, conv, fully_connected, hardswish, logistic, mean, mul, pool, relu, resize, softmax,
    Range, Requant,
};

/// One direction over the bytes: a field's value appended, or read into
/// it. Fixed widths, little-endian.
pub(super) trait Io<'a> {
    /// An `i32`.
    fn i32(&mut self, v: &mut i32);
    /// A length, a stride, an offset: a `u32` on the wire.
    fn usize(&mut self, v: &mut usize);
    /// A byte of either sign.
    fn i8(&mut self, v: &mut i8);
    /// An `i16`.
    fn i16(&mut self, v: &mut i16);
    /// A flag: 0 or 1 (another byte fails the reader).
    fn bool(&mut self, v: &mut bool);
    /// A length, then that many bytes; `None` is the length `u32::MAX`.
    fn bytes(&mut self, v: &mut Option<&'a [u8]>);
}

/// Appends to a vector (the host side). A `usize` is written as a `u32`:
/// every one is a length or an offset within a `.tflite`, whose
/// flatbuffer cannot pass 2 GB.
#[cfg(feature = "alloc")]
pub(super) struct Writer<'v> {
    pub out: &'v mut alloc::vec::Vec<u8>,
}

#[cfg(feature = "alloc")]
impl<'a> Io<'a> for Writer<'_> {
    fn i32(&mut self, v: &mut i32) {
        self.out.extend_from_slice(&v.to_le_bytes());
    }
    fn usize(&mut self, v: &mut usize) {
        self.out.extend_from_slice(&(*v as u32).to_le_bytes());
    }
    fn i8(&mut self, v: &mut i8) {
        self.out.push(*v as u8);
    }
    fn i16(&mut self, v: &mut i16) {
        self.out.extend_from_slice(&v.to_le_bytes());
    }
    fn bool(&mut self, v: &mut bool) {
        self.out.push(u8::from(*v));
    }
    fn bytes(&mut self, v: &mut Option<&'a [u8]>) {
        match *v {
            Some(bytes) => {
                let mut len = bytes.len();
                self.usize(&mut len);
                self.out.extend_from_slice(bytes);
            }
            None => self.out.extend_from_slice(&u32::MAX.to_le_bytes()),
        }
    }
}

/// Reads from the image in place (the device side). A read past the end
/// or a malformed flag sets `failed` and leaves the field as it was; the
/// caller checks once an entry.
pub(super) struct Reader<'a> {
    pub bytes: &'a [u8],
    pub at: usize,
    pub failed: bool,
}

impl<'a> Reader<'a> {
    /// The next `n` bytes.
    pub fn take(&mut self, n: usize) -> Option<&'a [u8]> {
        let taken = self
            .at
            .checked_add(n)
            .and_then(|end| self.bytes.get(self.at..end));
        match taken {
            Some(_) => self.at += n,
            None => self.failed = true,
        }
        taken
    }

    fn array<const N: usize>(&mut self) -> Option<[u8; N]> {
        self.take(N).and_then(|bytes| bytes.try_into().ok())
    }

    /// A little-endian `u32`.
    pub fn u32(&mut self) -> Option<u32> {
        self.array().map(u32::from_le_bytes)
    }
}

impl<'a> Io<'a> for Reader<'a> {
    fn i32(&mut self, v: &mut i32) {
        if let Some(bytes) = self.array() {
            *v = i32::from_le_bytes(bytes);
        }
    }
    fn usize(&mut self, v: &mut usize) {
        if let Some(value) = self.u32() {
            *v = value as usize;
        }
    }
    fn i8(&mut self, v: &mut i8) {
        if let Some([byte]) = self.array() {
            *v = byte as i8;
        }
    }
    fn i16(&mut self, v: &mut i16) {
        if let Some(bytes) = self.array() {
            *v = i16::from_le_bytes(bytes);
        }
    }
    fn bool(&mut self, v: &mut bool) {
        match self.array() {
            Some([0]) => *v = false,
            Some([1]) => *v = true,
            _ => self.failed = true,
        }
    }
    fn bytes(&mut self, v: &mut Option<&'a [u8]>) {
        match self.u32() {
            Some(u32::MAX) => *v = None,
            Some(len) => *v = self.take(len as usize),
            None => {}
        }
    }
}

/// A value's fields, in order, through `io`.
pub(super) trait Fields {
    fn fields<'a>(&mut self, io: &mut impl Io<'a>);

    /// [`fields`](Self::fields), then true: an entry that is the value
    /// alone.
    fn read_or_write<'a>(&mut self, io: &mut impl Io<'a>) -> bool {
        self.fields(io);
        true
    }
}

impl Fields for Requant {
    fn fields<'a>(&mut self, io: &mut impl Io<'a>) {
        io.i32(&mut self.multiplier);
        io.i32(&mut self.shift);
    }
}

impl Fields for Range {
    fn fields<'a>(&mut self, io: &mut impl Io<'a>) {
        io.i32(&mut self.min);
        io.i32(&mut self.max);
    }
}

impl Fields for quant::Window {
    fn fields<'a>(&mut self, io: &mut impl Io<'a>) {
        for v in [
            &mut self.kh,
            &mut self.kw,
            &mut self.stride_h,
            &mut self.stride_w,
            &mut self.dilation_h,
            &mut self.dilation_w,
            &mut self.pad_top,
            &mut self.pad_left,
        ] {
            io.usize(v);
        }
    }
}

impl Fields for conv::Params {
    fn fields<'a>(&mut self, io: &mut impl Io<'a>) {
        self.window.fields(io);
        io.i32(&mut self.input_offset);
        io.i32(&mut self.output_offset);
        self.range.fields(io);
    }
}

impl Fields for fully_connected::Params {
    fn fields<'a>(&mut self, io: &mut impl Io<'a>) {
        io.i32(&mut self.input_offset);
        io.i32(&mut self.output_offset);
        self.range.fields(io);
    }
}

impl Fields for softmax::Params {
    fn fields<'a>(&mut self, io: &mut impl Io<'a>) {
        io.i32(&mut self.input_multiplier);
        io.i32(&mut self.input_left_shift);
        io.i32(&mut self.diff_min);
    }
}

impl Fields for pool::Params {
    fn fields<'a>(&mut self, io: &mut impl Io<'a>) {
        self.window.fields(io);
        self.range.fields(io);
    }
}

impl Fields for mean::Params {
    fn fields<'a>(&mut self, io: &mut impl Io<'a>) {
        io.i32(&mut self.input_zero_point);
        io.i32(&mut self.output_zero_point);
        io.i32(&mut self.count);
        self.multiplier.fields(io);
    }
}

impl Fields for add::Params {
    fn fields<'a>(&mut self, io: &mut impl Io<'a>) {
        io.i32(&mut self.left_shift);
        io.i32(&mut self.input1_offset);
        self.input1.fields(io);
        io.i32(&mut self.input2_offset);
        self.input2.fields(io);
        io.i32(&mut self.output_offset);
        self.output.fields(io);
        self.range.fields(io);
    }
}

impl Fields for mul::Params {
    fn fields<'a>(&mut self, io: &mut impl Io<'a>) {
        io.i32(&mut self.input1_offset);
        io.i32(&mut self.input2_offset);
        io.i32(&mut self.output_offset);
        self.output.fields(io);
        self.range.fields(io);
    }
}

impl Fields for relu::Relu {
    fn fields<'a>(&mut self, io: &mut impl Io<'a>) {
        io.i32(&mut self.input_zero_point);
        io.i32(&mut self.output_zero_point);
        self.output.fields(io);
        self.range.fields(io);
    }
}

impl Fields for relu::Relu6 {
    fn fields<'a>(&mut self, io: &mut impl Io<'a>) {
        io.i8(&mut self.zero);
        io.i8(&mut self.six);
    }
}

impl Fields for relu::LeakyRelu {
    fn fields<'a>(&mut self, io: &mut impl Io<'a>) {
        io.i32(&mut self.input_zero_point);
        io.i32(&mut self.output_zero_point);
        self.alpha.fields(io);
        self.identity.fields(io);
    }
}

impl Fields for logistic::Params {
    fn fields<'a>(&mut self, io: &mut impl Io<'a>) {
        io.i32(&mut self.input_zero_point);
        io.i32(&mut self.input_range_radius);
        io.i32(&mut self.input_multiplier);
        io.i32(&mut self.input_left_shift);
    }
}

impl Fields for hardswish::Params {
    fn fields<'a>(&mut self, io: &mut impl Io<'a>) {
        io.i16(&mut self.input_zero_point);
        io.i16(&mut self.output_zero_point);
        io.i16(&mut self.reluish_multiplier_fixedpoint_int16);
        io.i32(&mut self.reluish_multiplier_exponent);
        io.i16(&mut self.output_multiplier_fixedpoint_int16);
        io.i32(&mut self.output_multiplier_exponent);
    }
}

impl Fields for resize::Params {
    fn fields<'a>(&mut self, io: &mut impl Io<'a>) {
        io.bool(&mut self.align_corners);
        io.bool(&mut self.half_pixel_centers);
    }
}

/// A layer's weights: the filter, the bias (or none) and its first
/// multiplier. A missing filter reads as a failure.
fn weighted<'a>(w: &mut Weighted<'a>, io: &mut impl Io<'a>) -> bool {
    let filter: &'a [u8] = {
        let f: &'a [i8] = w.filter;
        // The writer's view of the filter as bytes, and the reader's slot.
        i8_bytes(f)
    };
    let mut filter = Some(filter);
    io.bytes(&mut filter);
    io.bytes(&mut w.bias);
    io.usize(&mut w.first);
    match filter {
        Some(filter) => {
            w.filter = as_i8(filter);
            true
        }
        None => false,
    }
}

/// `values` as the bytes they are.
fn i8_bytes(values: &[i8]) -> &[u8] {
    // SAFETY: `u8` and `i8` have the same size and alignment and every bit
    // pattern is valid for both; the slice keeps `values`' lifetime and
    // length.
    unsafe { core::slice::from_raw_parts(values.as_ptr().cast::<u8>(), values.len()) }
}

/// The entry's tag on the wire.
#[cfg(feature = "alloc")]
pub(super) fn tag(entry: &Entry<'_>) -> u8 {
    match entry {
        Entry::Same => 0,
        Entry::Copy => 1,
        Entry::Conv { .. } => 2,
        Entry::Depthwise { .. } => 3,
        Entry::Dense { .. } => 4,
        Entry::MaxPool(_) => 5,
        Entry::AvgPool(_) => 6,
        Entry::Softmax(_) => 7,
        Entry::TransposeConv { .. } => 8,
        Entry::Mean(_) => 9,
        Entry::Pad { .. } => 10,
        Entry::Add { .. } => 11,
        Entry::Mul { .. } => 12,
        Entry::Relu(_) => 13,
        Entry::Relu6(_) => 14,
        Entry::LeakyRelu(_) => 15,
        Entry::Logistic(_) => 16,
        Entry::Tanh(_) => 17,
        Entry::HardSwish(_) => 18,
        Entry::Resize { .. } => 19,
    }
}

/// An entry of tag `tag` with its fields zero, to read into: `None` for
/// an unknown tag, or one whose kernel is not among `KINDS` (so a firmware
/// keeps the readers of its network's kernels only).
pub(super) fn blank<const KINDS: u32>(tag: u8) -> Option<Entry<'static>> {
    let has = |bits: u32| KINDS & bits != 0;
    let weighted = Weighted {
        filter: &[],
        bias: None,
        first: 0,
    };
    let entry = match tag {
        0 => Entry::Same,
        1 if has(kernel::COPY) => Entry::Copy,
        2 if has(kernel::CONV) => Entry::Conv {
            params: Default::default(),
            weighted,
        },
        3 if has(kernel::DEPTHWISE) => Entry::Depthwise {
            params: Default::default(),
            weighted,
        },
        4 if has(kernel::DENSE) => Entry::Dense {
            params: Default::default(),
            weighted,
            softmax: None,
            per_tensor: false,
        },
        5 if has(kernel::MAX_POOL) => Entry::MaxPool(Default::default()),
        6 if has(kernel::AVG_POOL) => Entry::AvgPool(Default::default()),
        7 if has(kernel::SOFTMAX) => Entry::Softmax(Default::default()),
        8 if has(kernel::TRANSPOSE_CONV) => Entry::TransposeConv {
            params: Default::default(),
            weighted,
        },
        9 if has(kernel::MEAN) => Entry::Mean(Default::default()),
        10 if has(kernel::PAD) => Entry::Pad {
            before: [0; 4],
            value: 0,
        },
        11 if has(kernel::ADD) => Entry::Add {
            params: Default::default(),
            swapped: false,
        },
        12 if has(kernel::MUL) => Entry::Mul {
            params: Default::default(),
            swapped: false,
        },
        13 if has(kernel::RELU) => Entry::Relu(Default::default()),
        14 if has(kernel::RELU6) => Entry::Relu6(Default::default()),
        15 if has(kernel::LEAKY_RELU) => Entry::LeakyRelu(Default::default()),
        16 if has(kernel::LOGISTIC) => Entry::Logistic(Default::default()),
        17 if has(kernel::TANH) => Entry::Tanh(Default::default()),
        18 if has(kernel::HARD_SWISH) => Entry::HardSwish(Default::default()),
        19 if has(kernel::RESIZE) => Entry::Resize {
            params: Default::default(),
            bilinear: false,
        },
        _ => return None,
    };
    Some(entry)
}

/// The entry's fields through `io`; false if a weighted entry's filter
/// is missing, or its kernel is not among `KINDS` (each arm tests its bit,
/// a constant, so a firmware keeps the readers of its network's kernels
/// only).
pub(super) fn fields<'a, const KINDS: u32>(entry: &mut Entry<'a>, io: &mut impl Io<'a>) -> bool {
    let has = |bits: u32| KINDS & bits != 0;
    match entry {
        Entry::Same => true,
        Entry::Copy => has(kernel::COPY),
        Entry::Conv {
            params,
            weighted: w,
        } => {
            has(kernel::CONV) && {
                params.fields(io);
                weighted(w, io)
            }
        }
        Entry::Depthwise {
            params,
            weighted: w,
        } => {
            has(kernel::DEPTHWISE) && {
                params.fields(io);
                weighted(w, io)
            }
        }
        Entry::TransposeConv {
            params,
            weighted: w,
        } => {
            has(kernel::TRANSPOSE_CONV) && {
                params.fields(io);
                weighted(w, io)
            }
        }
        Entry::Dense {
            params,
            weighted: w,
            softmax,
            per_tensor,
        } => {
            if !has(kernel::DENSE) {
                return false;
            }
            params.fields(io);
            let ok = weighted(w, io);
            let mut has_softmax = softmax.is_some();
            io.bool(&mut has_softmax);
            let mut s = softmax.unwrap_or_default();
            if has_softmax {
                s.fields(io);
            }
            *softmax = has_softmax.then_some(s);
            io.bool(per_tensor);
            ok
        }
        Entry::MaxPool(p) => has(kernel::MAX_POOL) && p.read_or_write(io),
        Entry::AvgPool(p) => has(kernel::AVG_POOL) && p.read_or_write(io),
        Entry::Softmax(p) => has(kernel::SOFTMAX) && p.read_or_write(io),
        Entry::Mean(p) => has(kernel::MEAN) && p.read_or_write(io),
        Entry::Pad { before, value } => {
            if !has(kernel::PAD) {
                return false;
            }
            for v in before.iter_mut() {
                io.usize(v);
            }
            io.i8(value);
            true
        }
        Entry::Add { params, swapped } => {
            has(kernel::ADD) && {
                params.fields(io);
                io.bool(swapped);
                true
            }
        }
        Entry::Mul { params, swapped } => {
            has(kernel::MUL) && {
                params.fields(io);
                io.bool(swapped);
                true
            }
        }
        Entry::Relu(p) => has(kernel::RELU) && p.read_or_write(io),
        Entry::Relu6(p) => has(kernel::RELU6) && p.read_or_write(io),
        Entry::LeakyRelu(p) => has(kernel::LEAKY_RELU) && p.read_or_write(io),
        Entry::Logistic(p) => has(kernel::LOGISTIC) && p.read_or_write(io),
        Entry::Tanh(p) => has(kernel::TANH) && p.read_or_write(io),
        Entry::HardSwish(p) => has(kernel::HARD_SWISH) && p.read_or_write(io),
        Entry::Resize { params, bilinear } => {
            has(kernel::RESIZE) && {
                params.fields(io);
                io.bool(bilinear);
                true
            }
        }
    }
}
