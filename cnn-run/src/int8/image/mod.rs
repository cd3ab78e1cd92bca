//! A network's int8 tables as one image: what [`Quantized::from_tflite`]
//! computes from a `.tflite`, written once on the host (`cnn import
//! model.tflite --image`, or [`image`]) and read back on the device by
//! [`Quantized::load_image`] without the model.
//!
//! A `.tflite` carries, beside its weights, what only a converter or an
//! interpreter needs: flatbuffer tables, tensor names, per-channel `f32`
//! scales and `i64` zero points for every filter and bias (91 KB of person
//! detection's 310 KB), and reading it needs the flatbuffer reader, the
//! checks and `f64` arithmetic (45 KB of DS-CNN's firmware). An image holds
//! the weights, the biases, the 5-byte multipliers and each step's
//! parameters only, and reading it is a copy of the parameters.
//!
//! The layout, little-endian:
//!
//! | bytes | what |
//! | --- | --- |
//! | 0..4 | `CNN8` |
//! | 4..8 | the format's version, [`VERSION`] |
//! | 8..12 | FNV-1a of the int8 program it was made for (what `cnn!` writes for the declaration) |
//! | 12..16, 16..20 | the tables' steps and per-channel multipliers |
//! | 20..24 | the length of the body |
//! | 24..28 | FNV-1a of the body |
//! | 28.. | the body: the multipliers (`i32`s), their shifts (`i8`s), then each step's entry (a tag, its parameters, its weights inline) |
//!
//! The checksum catches a damaged or truncated file; the program's hash,
//! an image made for another declaration. The tables' contents were
//! checked against the model when the image was made, and are not again:
//! an image altered by hand, checksum and all, can make `forward_int8`
//! panic (never read out of bounds).

mod wire;

use cnn_core::plan::int8::program_hash;

use super::entry::Entry;
use super::{ChannelsMut, Quantized};

/// The first bytes of every image.
pub const MAGIC: [u8; 4] = *b"CNN8";

/// The version of the layout this crate writes and reads.
pub const VERSION: u32 = 1;

/// The bytes before the body.
const HEADER: usize = 28;

/// Why an image does not load into a network's tables.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ImageError {
    /// The bytes do not start with `CNN8`.
    NotAnImage,
    /// The image is of another version of the layout.
    Version {
        /// The image's version.
        found: u32,
    },
    /// The image was made for another declaration (another int8 program,
    /// or tables of other sizes).
    OtherNetwork,
    /// The file is longer or shorter than its header says.
    Length {
        /// The header's length, with the header.
        expected: usize,
        /// The bytes given.
        found: usize,
    },
    /// The body's checksum differs: the file was damaged.
    Damaged,
    /// A step's entry does not read: a kernel the network does not run,
    /// or bytes past its end.
    Entry {
        /// The step.
        step: usize,
    },
}

impl core::fmt::Display for ImageError {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        match *self {
            ImageError::NotAnImage => {
                f.write_str("not an int8 image: it does not start with `CNN8` (`cnn import model.tflite --image` writes one)")
            }
            ImageError::Version { found } => write!(
                f,
                "the image is of version {found} of the layout, and this cnn reads version {VERSION}: make it again with this version's `cnn import --image`"
            ),
            ImageError::OtherNetwork => f.write_str(
                "the image was made for another declaration: make it again from the .tflite with `cnn import --image` for this network",
            ),
            ImageError::Length { expected, found } => write!(
                f,
                "the image is {found} bytes where its header says {expected}: the file was cut short or added to"
            ),
            ImageError::Damaged => f.write_str("the image is damaged: its checksum differs"),
            ImageError::Entry { step } => write!(
                f,
                "step {step}'s entry in the image does not read: a kernel this network does not run, or bytes past its end"
            ),
        }
    }
}

/// FNV-1a, 32 bits, of `bytes`: the checksum of the body, by the
/// function that hashes the program (no second one in a firmware's flash).
fn fnv1a(bytes: &[u8]) -> u32 {
    program_hash(bytes)
}

impl<'a, const STEPS: usize, const CHANNELS: usize> Quantized<'a, STEPS, CHANNELS> {
    /// Reads the tables of `program` (what `cnn!` writes for a network)
    /// from an image of them, in place: the weights stay in `image`.
    /// Nothing allocates; on an error the tables are left
    /// [`EMPTY`](Self::EMPTY).
    pub fn load_image(&mut self, program: &[u8], image: &'a [u8]) -> Result<(), ImageError> {
        self.load_image_kernels::<{ cnn_core::plan::int8::kernel::ALL }>(
            program_hash(program),
            image,
        )
    }

    /// [`load_image`](Self::load_image) for the program of hash `hash`
    /// ([`program_hash`], which the macro writes as a constant, so that a
    /// firmware holds neither the program nor its hashing of it), with the
    /// readers of the kernels `KINDS` only, as
    /// [`load_kernels`](Self::load_kernels).
    pub fn load_image_kernels<const KINDS: u32>(
        &mut self,
        hash: u32,
        image: &'a [u8],
    ) -> Result<(), ImageError> {
        let loaded = self.read_image::<KINDS>(hash, image);
        if loaded.is_err() {
            self.clear();
        }
        loaded
    }

    fn read_image<const KINDS: u32>(
        &mut self,
        hash: u32,
        image: &'a [u8],
    ) -> Result<(), ImageError> {
        let mut reader = wire::Reader {
            bytes: image,
            at: 0,
            failed: false,
        };
        if reader.take(4) != Some(&MAGIC[..]) {
            return Err(ImageError::NotAnImage);
        }
        let mut word = || reader.u32().ok_or(ImageError::NotAnImage);
        let version = word()?;
        if version != VERSION {
            return Err(ImageError::Version { found: version });
        }
        let (made_for, steps, channels) = (word()?, word()?, word()?);
        let (length, checksum) = (word()?, word()?);
        if made_for != hash || steps as usize != STEPS || channels as usize != CHANNELS {
            return Err(ImageError::OtherNetwork);
        }
        let expected = HEADER.saturating_add(length as usize);
        if image.len() != expected {
            return Err(ImageError::Length {
                expected,
                found: image.len(),
            });
        }
        if fnv1a(&image[HEADER..]) != checksum {
            return Err(ImageError::Damaged);
        }
        let (entries, mut table) = self.parts_mut();
        read_channels(&mut reader, &mut table).ok_or(ImageError::Entry { step: 0 })?;
        for (step, slot) in entries.iter_mut().enumerate() {
            let bad = ImageError::Entry { step };
            let tag = reader.take(1).ok_or(bad)?[0];
            let mut entry: Entry<'a> = wire::blank::<KINDS>(tag).ok_or(bad)?;
            if !wire::fields::<KINDS>(&mut entry, &mut reader) || reader.failed {
                return Err(bad);
            }
            *slot = entry;
        }
        if reader.at != image.len() {
            return Err(ImageError::Entry { step: STEPS });
        }
        Ok(())
    }

    /// The image of these tables, for `program` (the one they were read
    /// for): what [`load_image`](Self::load_image) reads back.
    #[cfg(feature = "alloc")]
    pub fn image(&self, program: &[u8]) -> alloc::vec::Vec<u8> {
        write(program, &self.entries, &self.multipliers, &self.shifts)
    }
}

/// The multipliers, then their shifts.
fn read_channels(reader: &mut wire::Reader<'_>, table: &mut ChannelsMut<'_>) -> Option<()> {
    let n = table.len();
    let multipliers = reader.take(n.checked_mul(4)?)?;
    let shifts = reader.take(n)?;
    table.fill(multipliers, shifts);
    Some(())
}

/// The image of `program`'s tables.
#[cfg(feature = "alloc")]
fn write(
    program: &[u8],
    entries: &[Entry<'_>],
    multipliers: &[i32],
    shifts: &[i8],
) -> alloc::vec::Vec<u8> {
    use wire::Io;
    let mut body = alloc::vec::Vec::new();
    for m in multipliers {
        body.extend_from_slice(&m.to_le_bytes());
    }
    body.extend(shifts.iter().map(|&s| s as u8));
    let mut writer = wire::Writer { out: &mut body };
    for entry in entries {
        let mut entry = *entry;
        writer.i8(&mut (wire::tag(&entry) as i8));
        wire::fields::<{ cnn_core::plan::int8::kernel::ALL }>(&mut entry, &mut writer);
    }
    let mut image = alloc::vec::Vec::with_capacity(HEADER + body.len());
    image.extend_from_slice(&MAGIC);
    for word in [
        VERSION,
        program_hash(program),
        entries.len() as u32,
        multipliers.len() as u32,
        body.len() as u32,
        fnv1a(&body),
    ] {
        image.extend_from_slice(&word.to_le_bytes());
    }
    image.extend_from_slice(&body);
    image
}

/// The image of the int8 tables of `program` (what `cnn!` writes for a
/// `#[cnn(int8)]` network, with `channels` per-channel multipliers), read
/// from the full-integer `.tflite` model in `model` with every check of
/// [`Quantized::from_tflite`]: what `cnn import model.tflite --image`
/// writes, for a network whose sizes are known only at run time.
#[cfg(feature = "alloc")]
pub fn image<'m>(
    program: &[u8],
    channels: usize,
    model: &'m [u8],
) -> Result<alloc::vec::Vec<u8>, super::Error<'m>> {
    use alloc::vec;
    let steps = cnn_core::program::Reader::new(program)
        .header()
        .map_err(|_| super::Error::Program { step: 0 })?
        .steps;
    let mut entries = vec![Entry::Same; steps];
    let (mut multipliers, mut shifts) = (vec![0i32; channels], vec![0i8; channels]);
    let mut written = vec![(u32::MAX, u32::MAX); steps];
    let table = ChannelsMut {
        multipliers: &mut multipliers,
        shifts: &mut shifts,
    };
    let used = super::load::load_into::<{ cnn_core::plan::int8::kernel::ALL }>(
        program,
        model,
        &mut entries,
        table,
        &mut written,
    )?;
    if used != channels {
        return Err(super::Error::Program { step: steps });
    }
    Ok(write(program, &entries, &multipliers, &shifts))
}
