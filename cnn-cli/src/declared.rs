//! One network a file declares, where its statements are in the file, and
//! checking it with `cnn_lang`, its diagnostics moved from the statements'
//! text to the file's.

use std::ops::Range;

use cnn_lang::{Diagnostic, Network};

/// How a network is written, which decides the name `cnn_lang` is given.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Form {
    /// `struct Name { ... }`, or a whole `.cnn` file: layer names become
    /// constants of the struct and must not clash as constants.
    Struct,
    /// `cnn!(input ...; fc 10)`: no struct, names need only differ.
    Expression,
}

/// A network found in a file.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Declared {
    /// Its name: the struct's, a `.cnn` file's stem, or `line N` for the
    /// expression form on line N.
    pub name: String,
    /// Where its statements are in the file.
    pub body: Range<usize>,
    /// What a diagnostic about the network as a whole points at: the
    /// struct's name, the whole `cnn!(...)`, or the whole file.
    pub whole: Range<usize>,
    /// How it is written.
    pub form: Form,
}

/// What checking one network gives.
pub struct Outcome {
    /// The network, if it has no error (warnings allowed).
    pub network: Option<Network>,
    /// Its diagnostics, on spans of the file.
    pub diagnostics: Vec<Diagnostic>,
}

impl Declared {
    /// The network of a `.cnn` file: all of its text but a byte-order
    /// mark, which is no statement.
    pub fn whole_file(name: &str, text: &str) -> Declared {
        let start = if text.starts_with('\u{feff}') { 3 } else { 0 };
        Declared {
            name: name.to_string(),
            body: start..text.len(),
            whole: 0..text.len(),
            form: Form::Struct,
        }
    }

    /// Checks the network in `text` (the file it was found in).
    pub fn check(&self, text: &str) -> Outcome {
        let body = text.get(self.body.clone()).unwrap_or("");
        let name = match self.form {
            Form::Struct => Some(self.name.as_str()),
            Form::Expression => None,
        };
        let checked = cnn_lang::check(body, name);
        let mut diagnostics: Vec<Diagnostic> = checked
            .diagnostics
            .into_iter()
            .map(|mut diagnostic| {
                diagnostic.span = self.in_file(&diagnostic.span, body.len());
                for label in &mut diagnostic.labels {
                    label.span = self.in_file(&label.span, body.len());
                }
                diagnostic
            })
            .collect();
        let errors = diagnostics.iter().any(Diagnostic::is_error);
        if checked.network.is_none() && !errors {
            // Only a bug in cnn-lang gets here; say so rather than print
            // nothing and fail.
            diagnostics.push(Diagnostic::error(
                self.whole.clone(),
                format!(
                    "internal error: cnn-lang gave no network for `{}` and no error to say why",
                    self.name
                ),
            ));
        }
        // A network with an error is no network, whatever cnn-lang gives:
        // its analysis can succeed on what is left once a statement the
        // parser refused is dropped (`conv2d ...;`), and its totals would
        // then be printed as the network's.
        Outcome {
            network: checked.network.filter(|_| !errors),
            diagnostics,
        }
    }

    /// A span of the statements' text as a span of the file; one covering
    /// all of it is about the network as a whole.
    fn in_file(&self, span: &Range<usize>, body_len: usize) -> Range<usize> {
        if span.start == 0 && span.end >= body_len {
            return self.whole.clone();
        }
        let start = self.body.start + span.start.min(body_len);
        let end = self.body.start + span.end.clamp(span.start.min(body_len), body_len);
        start..end
    }
}

#[cfg(test)]
mod tests {
    use super::{Declared, Form};

    fn net() -> Declared {
        Declared {
            name: "Net".to_string(),
            body: 20..40,
            whole: 14..17,
            form: Form::Struct,
        }
    }

    #[test]
    fn spans_move_by_the_offset_of_the_statements() {
        assert_eq!(net().in_file(&(2..5), 20), 22..25);
        // Out of range: clamped to the statements, never past them.
        assert_eq!(net().in_file(&(15..99), 20), 35..40);
        assert_eq!(net().in_file(&(30..31), 20), 40..40);
    }

    #[test]
    fn a_span_over_all_statements_points_at_the_network() {
        assert_eq!(net().in_file(&(0..20), 20), 14..17);
        assert_eq!(net().in_file(&(0..0), 0), 14..17);
    }

    #[test]
    fn a_cnn_file_skips_its_byte_order_mark() {
        let file = Declared::whole_file("LeNet", "\u{feff}input 10;");
        assert_eq!(file.body, 3..12);
        assert_eq!(file.whole, 0..12);
    }
}
