//! The `flatbuffers` crate's verifier over the whole file (the
//! `generated` feature): every table of TFLite's schema checked, not only
//! those the view reads.

use crate::error::Error;
use crate::model::Model;
use crate::schema::tflite;

impl Model<'_> {
    /// Runs the verifier the `flatbuffers` crate generates for TFLite's
    /// whole schema over `bytes`: every offset, length, alignment, string
    /// and union of every table, read by the view or not. [`Model::parse`]
    /// does not need it (it checks what it reads as it reads it); a host
    /// may run both. Allocates (the verifier's trace of where a malformed
    /// buffer went wrong).
    pub fn verify(bytes: &[u8]) -> Result<(), Error> {
        if bytes.get(4..8) != Some(b"TFL3") {
            return Err(Error::NotTflite);
        }
        tflite::root_as_model(bytes)
            .map(|_| ())
            .map_err(|e| malformed(&e))
    }
}

/// The verifier's finding, as the end of [`Error::Malformed`]'s sentence
/// (its own message names positions and allocates a trace).
pub(crate) fn malformed(error: &flatbuffers::InvalidFlatbuffer) -> Error {
    use flatbuffers::InvalidFlatbuffer as E;
    Error::Malformed(match error {
        E::MissingRequiredField { .. } => "a required field is missing",
        E::InconsistentUnion { .. } => "a union's type and value disagree",
        E::Utf8Error { .. } => "a string is not UTF-8",
        E::MissingNullTerminator { .. } => "a string has no terminating zero",
        E::Unaligned { .. } => "a value is not aligned",
        E::RangeOutOfBounds { .. } => "an offset or length reaches past the end",
        E::SignedOffsetOutOfBounds { .. } => "a table's vtable offset reaches past the end",
        E::TooManyTables => "it has too many tables",
        E::ApparentSizeTooLarge => "it is too large",
        E::DepthLimitReached => "its tables nest too deep",
    })
}
