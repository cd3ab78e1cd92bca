//! Diagnostics as data: a message, a primary byte span, labelled secondary
//! spans and a help line. Each front end renders them its own way: the
//! macro as `syn::Error`s at the mapped tokens, the `cnn` command with a
//! snippet renderer.

use core::ops::Range;

/// A byte range in the source text.
pub type Span = Range<usize>;

/// How bad a diagnostic is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Severity {
    /// The network cannot be built.
    Error,
    /// The network builds, but is probably not what was meant.
    Warning,
}

/// A secondary span with its own message ("first given here").
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Label {
    /// Where it points.
    pub span: Span,
    /// What it says.
    pub message: String,
}

/// One problem in a network, with the text it is about.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Diagnostic {
    /// Error or warning.
    pub severity: Severity,
    /// What is wrong, with the numbers.
    pub message: String,
    /// The text at fault. A span covering the whole source means the
    /// network as a whole (its front end may point at its name instead).
    pub span: Span,
    /// Other places the message refers to.
    pub labels: Vec<Label>,
    /// How to fix it, when there is more to say than the message does.
    pub help: Option<String>,
}

impl Diagnostic {
    /// An error at `span`.
    pub fn error(span: Span, message: impl Into<String>) -> Diagnostic {
        Diagnostic {
            severity: Severity::Error,
            message: message.into(),
            span,
            labels: Vec::new(),
            help: None,
        }
    }

    /// A warning at `span`.
    pub fn warning(span: Span, message: impl Into<String>) -> Diagnostic {
        Diagnostic {
            severity: Severity::Warning,
            ..Diagnostic::error(span, message)
        }
    }

    /// The same diagnostic with a label at `span`.
    pub fn label(mut self, span: Span, message: impl Into<String>) -> Diagnostic {
        self.labels.push(Label {
            span,
            message: message.into(),
        });
        self
    }

    /// The same diagnostic with a help line.
    pub fn help(mut self, help: impl Into<String>) -> Diagnostic {
        self.help = Some(help.into());
        self
    }

    /// Whether it is an error.
    pub fn is_error(&self) -> bool {
        self.severity == Severity::Error
    }
}

/// The diagnostics found so far, in the order found.
#[derive(Default, Debug)]
pub struct Diagnostics {
    list: Vec<Diagnostic>,
}

impl Diagnostics {
    /// Records `diagnostic`.
    pub fn push(&mut self, diagnostic: Diagnostic) {
        self.list.push(diagnostic);
    }

    /// Records an error at `span`.
    pub fn at(&mut self, span: Span, message: impl Into<String>) {
        self.push(Diagnostic::error(span, message));
    }

    /// How many errors were recorded (warnings not counted).
    pub fn errors(&self) -> usize {
        self.list.iter().filter(|d| d.is_error()).count()
    }

    /// Every diagnostic.
    pub fn into_vec(self) -> Vec<Diagnostic> {
        self.list
    }
}
