//! Reading the file a command is given: a path or `-` for standard input,
//! its text as UTF-8, and whether it is a `.cnn` file or Rust source.

use std::fs;
use std::io::{self, ErrorKind, Read};
use std::path::Path;

use crate::failure::Failure;
use crate::lines::Lines;

/// What a file holds.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Language {
    /// The statements of one network, as between the braces of
    /// `cnn! { struct Name { ... } }`.
    Cnn,
    /// Rust source, whose `cnn!` invocations declare the networks.
    Rust,
}

/// A file read whole.
pub struct Source {
    /// How diagnostics name it: the path as given, `<stdin>` for `-`.
    pub name: String,
    /// The name a `.cnn` file's network gets: the file's stem (`LeNet`
    /// for `nets/LeNet.cnn`), `stdin` for `-`.
    pub stem: String,
    /// Its text.
    pub text: String,
    /// Its lines, for locating spans.
    pub lines: Lines,
    /// What it holds.
    pub language: Language,
}

/// Reads `path`, or standard input for `-`. A file whose name ends in
/// `.rs` is Rust; anything else, standard input included, is a `.cnn`
/// file.
pub fn read(file: &Path) -> Result<Source, Failure> {
    let (name, stem, language, bytes) = if file == Path::new("-") {
        let mut bytes = Vec::new();
        io::stdin()
            .lock()
            .read_to_end(&mut bytes)
            .map_err(|error| Failure::usage(format!("cannot read standard input: {error}")))?;
        (
            "<stdin>".to_string(),
            "stdin".to_string(),
            Language::Cnn,
            bytes,
        )
    } else {
        let path = file.display().to_string();
        let cannot = |error: io::Error| {
            Failure::usage(format!("cannot read `{path}`: {}", describe(&error, file)))
        };
        if file.is_dir() {
            return Err(Failure::usage(format!(
                "cannot read `{path}`: it is a directory; give a `.cnn` or `.rs` file"
            )));
        }
        let bytes = fs::read(file).map_err(cannot)?;
        let language = match file.extension() {
            Some(extension) if extension == "rs" => Language::Rust,
            _ => Language::Cnn,
        };
        let stem = file
            .file_stem()
            .map(|stem| stem.to_string_lossy().into_owned())
            .filter(|stem| !stem.is_empty())
            .unwrap_or_else(|| "network".to_string());
        (path, stem, language, bytes)
    };
    let text = String::from_utf8(bytes).map_err(|error| not_utf8(&name, error))?;
    if text.trim().is_empty() {
        return Err(Failure::usage(format!(
            "`{name}` is empty: it holds no network"
        )));
    }
    let only_comments = text.lines().all(|line| {
        let line = line.trim();
        line.is_empty() || line.starts_with("//")
    });
    if language == Language::Cnn && only_comments {
        return Err(Failure::usage(format!(
            "`{name}` holds no network: it has only comments"
        )));
    }
    let lines = Lines::new(&text);
    Ok(Source {
        name,
        stem,
        text,
        lines,
        language,
    })
}

/// The reason a file cannot be read, in words rather than as an OS error
/// number where the kind says it all.
fn describe(error: &io::Error, path: &Path) -> String {
    match error.kind() {
        ErrorKind::NotFound => "no such file".to_string(),
        ErrorKind::PermissionDenied => "permission denied".to_string(),
        ErrorKind::IsADirectory => "it is a directory".to_string(),
        _ if path.as_os_str().is_empty() => "the path is empty".to_string(),
        _ => error.to_string(),
    }
}

/// Says where the text stops being UTF-8: the byte offset, and the line
/// and column that offset is at.
fn not_utf8(name: &str, error: std::string::FromUtf8Error) -> Failure {
    let offset = error.utf8_error().valid_up_to();
    let bytes = error.as_bytes();
    let before = String::from_utf8_lossy(&bytes[..offset]);
    let (line, column) = Lines::new(&before).locate(&before, offset);
    let byte = bytes.get(offset).copied().unwrap_or_default();
    Failure::usage(format!(
        "`{name}` is not UTF-8: byte {offset} (0x{byte:02x}, line {line}, column {column}) \
         does not start a valid character"
    ))
}

#[cfg(test)]
mod tests {
    use super::not_utf8;

    #[test]
    fn invalid_utf8_names_the_byte_offset_and_its_line() {
        let bytes = b"input 10;\nfc \xff 2;".to_vec();
        let error = String::from_utf8(bytes).unwrap_err();
        assert_eq!(
            not_utf8("net.cnn", error).message(),
            "`net.cnn` is not UTF-8: byte 13 (0xff, line 2, column 4) does not start a valid character"
        );
    }
}
