//! Which earlier output each `from` takes: the latest statement of that
//! name before it, as a later `let` shadows an earlier one in Rust. A
//! name that is only given later, the block the `from` is inside, a
//! statement inside a `repeat` (which gives it once per round) from
//! outside that `repeat`, or no statement at all: each an error on the
//! name, so that every reference points back and none can make a cycle.

use cnn_core::tree::NodeId;

use crate::suggest::nearest;
use crate::syntax::ast::{Name, Reference};
use crate::{Diagnostic, Span};

/// A name and the statement it names.
struct Named<'a> {
    name: &'a Name,
    id: NodeId,
}

/// The names a `from` may take at each point of the lowering.
pub struct Resolver<'a> {
    /// Names given so far, outside any `repeat` that has ended.
    visible: Vec<Named<'a>>,
    /// The blocks being lowered, outermost first.
    open: Vec<Named<'a>>,
    /// Names inside a `repeat` that has ended, with the `repeat`'s head.
    in_repeat: Vec<(Named<'a>, Span)>,
    /// Every name in the network, to tell a name given later.
    all: Vec<&'a Name>,
    /// The errors found.
    pub diagnostics: Vec<Diagnostic>,
}

impl<'a> Resolver<'a> {
    /// A resolver over a network whose names are `all`.
    pub fn new(all: Vec<&'a Name>) -> Resolver<'a> {
        Resolver {
            visible: Vec::new(),
            open: Vec::new(),
            in_repeat: Vec::new(),
            all,
            diagnostics: Vec::new(),
        }
    }

    /// Statement `id`, named `name`, is done: later statements may take it.
    pub fn given(&mut self, name: Option<&'a Name>, id: NodeId) {
        if let Some(name) = name {
            self.visible.push(Named { name, id });
        }
    }

    /// A block starts; what it returns is where its contents' names start.
    pub fn enter(&mut self, name: Option<&'a Name>, id: NodeId) -> usize {
        if let Some(name) = name {
            self.open.push(Named { name, id });
        }
        self.visible.len()
    }

    /// The block entered at `mark` ends; a `repeat`'s names (at `head`)
    /// can no longer be taken.
    pub fn leave(&mut self, name: Option<&'a Name>, mark: usize, repeat: Option<&Span>) {
        if name.is_some() {
            self.open.pop();
        }
        if let Some(head) = repeat {
            let inside = self.visible.split_off(mark.min(self.visible.len()));
            self.in_repeat
                .extend(inside.into_iter().map(|named| (named, head.clone())));
        }
    }

    /// The statement `reference` takes, or `None` with its error recorded.
    pub fn resolve(&mut self, reference: &Reference) -> Option<NodeId> {
        let text = &reference.name.text;
        let span = reference.name.span.clone();
        if let Some(named) = self.visible.iter().rev().find(|n| n.name.text == *text) {
            return Some(named.id);
        }
        let error = if let Some(open) = self.open.iter().find(|n| n.name.text == *text) {
            Diagnostic::error(
                span,
                format!(
                    "`from {text}` is inside `{text}`, whose output is not made until this `from` has run: a value cannot be its own input"
                ),
            )
            .label(open.name.span.clone(), format!("`{text}` starts here"))
        } else if let Some((named, head)) = self
            .in_repeat
            .iter()
            .rev()
            .find(|(n, _)| n.name.text == *text)
        {
            Diagnostic::error(
                span,
                format!(
                    "`{text}` is inside a `repeat`, which makes it once in every round; from outside, name the `repeat` itself and take its output"
                ),
            )
            .label(named.name.span.clone(), format!("`{text}` is named here"))
            .label(head.clone(), "in this `repeat`")
        } else if let Some(later) = self
            .all
            .iter()
            .find(|name| name.text == *text && name.span.start > span.start)
        {
            Diagnostic::error(
                span,
                format!(
                    "`{text}` is named only after this `from`; `from` takes an output made before it"
                ),
            )
            .label(later.span.clone(), format!("`{text}` is named here"))
        } else if text == "input" {
            Diagnostic::error(
                span,
                "the network's input has no name of its own; name it where it is declared, like `x: input 32x32x3;`, then `from x;`",
            )
        } else {
            let known = self.visible.iter().map(|n| n.name.text.as_str());
            match nearest(text, known) {
                Some(near) => Diagnostic::error(
                    span,
                    format!("no layer or block named `{text}` comes before this `from`; did you mean `{near}`?"),
                ),
                None => Diagnostic::error(
                    span,
                    format!(
                        "no layer or block named `{text}` comes before this `from`; name the output to take, like `{text}: conv 3x3x64;`, then `from {text};`"
                    ),
                ),
            }
        };
        self.diagnostics.push(error);
        None
    }
}
