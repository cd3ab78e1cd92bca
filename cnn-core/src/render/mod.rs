//! A network shown: the printable table, and, behind the `json`
//! and `svg` features, the JSON export and the diagram.

#[cfg(feature = "json")]
pub mod json;
pub mod summary;
#[cfg(feature = "svg")]
pub mod svg;
pub mod text;
