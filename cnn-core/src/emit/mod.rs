//! What the macro writes: the compact encoding of a network's
//! rows, decoded again in `const` in the user's crate.

pub mod table;
