//! The network as written: statements, blocks, shapes and options, each
//! with the byte span it came from so diagnostics can point at it.

use cnn_core::{Block, KindInfo, OptionInfo};

use crate::Span;

/// The statements of one network, or of one block.
pub struct Body {
    /// Each statement, in order; `None` for one that did not parse (its
    /// error is already recorded, and shapes after it are unknown).
    pub statements: Vec<Option<Node>>,
}

impl Body {
    /// Every name given in this body and the blocks in it, in order.
    pub fn names(&self) -> Vec<&Name> {
        let mut names = Vec::new();
        self.collect_names(&mut names);
        names
    }

    fn collect_names<'a>(&'a self, names: &mut Vec<&'a Name>) {
        for node in self.statements.iter().flatten() {
            match node {
                Node::Layer(statement) => names.extend(&statement.name),
                Node::Block(block) => {
                    names.extend(&block.name);
                    for body in block.bodies() {
                        body.collect_names(names);
                    }
                }
                Node::From(_) => {}
            }
        }
    }
}

/// `name:` before a statement.
#[derive(Clone, Debug)]
pub struct Name {
    /// The name without `r#`.
    pub text: String,
    /// The name as written (`r#fc`).
    pub written: String,
    /// Where it is.
    pub span: Span,
}

/// One statement: a layer or a block.
pub enum Node {
    /// `conv 3x3x64 pad 1;`
    Layer(Statement),
    /// `residual { ... }`, `add { {..} {..} }`, `repeat 3 { ... }`,
    /// `{ ... }`.
    Block(BlockNode),
    /// `from enc1;`
    From(Reference),
}

/// `from name`: what flows on is the output of the earlier statement of
/// that name.
pub struct Reference {
    /// The whole statement.
    pub span: Span,
    /// The name it takes, as written, and where.
    pub name: Name,
}

/// A block statement: `name: keyword { ... } -> shape`.
pub struct BlockNode {
    /// The whole statement, for errors about it.
    pub span: Span,
    /// The keyword and count (`repeat 3`), or the braces of a plain
    /// sequence: where errors about the block as a whole point.
    pub head: Span,
    /// The `name:` label.
    pub name: Option<Name>,
    /// What the block does.
    pub block: Block,
    /// The body of a sequence, `residual` or `repeat`.
    pub body: Option<Body>,
    /// The branches of `add`, `concat` or `mul`.
    pub branches: Vec<Branch>,
    /// `-> shape`, if given.
    pub assertion: Option<Assertion>,
}

impl BlockNode {
    /// The bodies inside: the one body, or every branch's.
    pub fn bodies(&self) -> impl Iterator<Item = &Body> {
        self.body
            .iter()
            .chain(self.branches.iter().map(|branch| &branch.body))
    }
}

/// One `{ ... }` branch of `add`, `concat` or `mul`.
pub struct Branch {
    /// Its statements; none for the identity `{}`.
    pub body: Body,
}

/// `name: keyword argument options -> shape;`
pub struct Statement {
    /// The whole statement, for errors about it.
    pub span: Span,
    /// The `name:` label.
    pub name: Option<Name>,
    /// The keyword as written (`dense` stays `dense`), without `r#`.
    pub keyword: String,
    /// The keyword's entry in `cnn-core`'s table.
    pub info: &'static KindInfo,
    /// The numbers after the keyword (`5x5x8`), if any.
    pub argument: Option<Dims>,
    /// `dropout`'s rate as written, if given, and where.
    pub rate: Option<(String, Span)>,
    /// The options, in the order written.
    pub options: Vec<OptionUse>,
    /// `-> shape`, if given.
    pub assertion: Option<Assertion>,
}

/// Numbers separated by `x`: `32x32x3`, `32 x 32 x 3`, `2`.
pub struct Dims {
    /// The numbers.
    pub values: Vec<u64>,
    /// Where they were read from.
    pub span: Span,
}

impl Dims {
    /// The numbers as the language writes them: `32x32x3`.
    pub fn text(&self) -> String {
        let parts: Vec<String> = self.values.iter().map(u64::to_string).collect();
        parts.join("x")
    }
}

/// One option after a layer: `stride 2`, `pad same`, `nobias`.
pub struct OptionUse {
    /// Its entry in `cnn-core`'s table.
    pub info: &'static OptionInfo,
    /// Its value.
    pub value: OptionValue,
    /// The option and its value, for errors.
    pub span: Span,
}

/// The value of an option.
pub enum OptionValue {
    /// A flag (`nobias`, `ceil`).
    Flag,
    /// Numbers (`stride 2`, `pad 1x2`).
    Dims(Dims),
    /// `pad same`.
    Same,
    /// `pad valid`.
    Valid,
    /// A real number (`eps 1e-3`): as written, and as the `f32` it is.
    Real {
        /// The number as written.
        text: String,
        /// Its value, positive and finite.
        value: f32,
    },
}

/// `-> shape`.
pub struct Assertion {
    /// The asserted shape.
    pub dims: Dims,
    /// `-> shape`, for errors.
    pub span: Span,
}
