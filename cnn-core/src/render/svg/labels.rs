//! The words of a diagram: a box's title, its options line and its
//! output-and-parameters line, a block's title, a count of layers.

use core::fmt::{self, Display};

use crate::render::text::{Grouped, Xml};
use crate::{Block, Layer, OPTIONS};

/// The part of a statement before its options, and the options:
/// `conv 3x3x64 stride 2 pad 1` is `conv 3x3x64` and `stride 2 pad 1`.
pub(super) fn split_options(spec: &str) -> (&str, &str) {
    let mut offset = 0;
    for word in spec.split(' ') {
        if offset > 0 && OPTIONS.iter().any(|option| option.keyword == word) {
            return (spec[..offset].trim_end(), &spec[offset..]);
        }
        offset += word.len() + 1;
    }
    (spec, "")
}

/// ` ×k` after a row that stands for `k` rounds of a `repeat`.
pub(super) struct Times(pub(super) u64);

impl Display for Times {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.0 > 1 {
            write!(f, " ×{}", self.0)?;
        }
        Ok(())
    }
}

/// `name: ` before a named row.
pub(super) struct Named<'a>(pub(super) Option<&'a str>);

impl Display for Named<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.0 {
            Some(name) => write!(f, "{}: ", Xml(name)),
            None => Ok(()),
        }
    }
}

/// The title of a block: `layer1`, `layer1: repeat ×3`, `add`, `residual ×2`.
pub(super) struct BlockTitle<'a>(pub(super) &'a Layer<'a>);

impl Display for BlockTitle<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let layer = self.0;
        let keyword = match layer.kind.block() {
            Some(repeat @ Block::Repeat(rounds)) => {
                let keyword = repeat.info().svg_name;
                write!(f, "{}{keyword} ×{rounds}", Named(layer.name))?;
                return write!(f, "{}", Times(layer.times));
            }
            Some(
                block @ (Block::Sequence
                | Block::Branch
                | Block::Add
                | Block::Concat
                | Block::Mul
                | Block::Sub
                | Block::Mix
                | Block::Split
                | Block::Residual),
            ) => block.info().svg_name,
            None => layer.spec,
        };
        match (layer.name, keyword) {
            (Some(name), "") => write!(f, "{}", Xml(name))?,
            (None, "") => f.write_str("{ }")?,
            (name, keyword) => write!(f, "{}{}", Named(name), Xml(keyword))?,
        }
        write!(f, "{}", Times(layer.times))
    }
}

/// `56x56x256 · 215,808 params`.
pub(super) struct Info<'a>(pub(super) &'a Layer<'a>);

impl Display for Info<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let layer = self.0;
        let plural = if layer.params == 1 { "" } else { "s" };
        write!(
            f,
            "{} · {} param{plural}",
            layer.output,
            Grouped(layer.params)
        )
    }
}

/// The layers inside a block, counted with their rounds: `30 layers`.
pub(super) struct LayerCount(pub(super) u64);

impl Display for LayerCount {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let plural = if self.0 == 1 { "" } else { "s" };
        write!(f, "{} layer{plural}", Grouped(self.0))
    }
}

#[cfg(test)]
mod tests {
    use super::split_options;

    #[test]
    fn options_split_from_the_statement() {
        assert_eq!(
            split_options("conv 7x7x64 stride 2 pad 3 nobias"),
            ("conv 7x7x64", "stride 2 pad 3 nobias")
        );
        assert_eq!(split_options("conv 5x5x8"), ("conv 5x5x8", ""));
        assert_eq!(split_options("relu"), ("relu", ""));
        assert_eq!(split_options("softmax 10 nobias"), ("softmax 10", "nobias"));
    }
}
