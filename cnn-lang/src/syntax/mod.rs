//! The network as written: its tree ([`ast`]) and the parser that reads it
//! from tokens.

mod affixes;
pub mod ast;
mod cursor;
mod dims;
mod parse;
mod real;
mod reference;
mod spellings;
mod statement;

pub use parse::parse_body;
