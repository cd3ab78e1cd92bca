//! Measuring a diagram: which rows are boxes, frames or forks, and how much
//! room each takes, from the boxes up.

use super::boxes::LayerBox;
use super::labels::{BlockTitle, Info};
use super::style::{
    text_width, Size, BRANCH_GAP, FRAME_LABEL, FRAME_PAD, GAP, IDENTITY_WIDTH, MERGE, NODE,
    SHORTCUT, SPLIT, TEXT_SIZE,
};
use crate::render::text::chars;
use crate::{Block, Kind, Layer};

/// How a row is drawn.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(super) enum Shape {
    /// A box: a layer, or a block collapsed to its totals.
    Box,
    /// A block drawn as a dashed frame around its contents, in sequence.
    Frame,
    /// `add`, `concat`, `mul`: branches side by side and a join node.
    Fork,
    /// `residual`: the body and a shortcut around it into a ⊕.
    Residual,
}

/// The indices of the rows directly inside a block, or at the top level.
pub(super) struct Children<'a> {
    layers: &'a [Layer<'a>],
    next: usize,
    end: usize,
}

impl Iterator for Children<'_> {
    type Item = usize;

    fn next(&mut self) -> Option<usize> {
        if self.next >= self.end || self.next >= self.layers.len() {
            return None;
        }
        let index = self.next;
        self.next += 1 + self.layers[index].rows as usize;
        Some(index)
    }
}

/// The measuring and drawing of one diagram.
pub(super) struct Layout<'a> {
    pub(super) layers: &'a [Layer<'a>],
    pub(super) expand: u16,
}

impl Layout<'_> {
    pub(super) fn children(&self, index: Option<usize>) -> Children<'_> {
        match index {
            Some(index) => Children {
                layers: self.layers,
                next: index + 1,
                end: index + 1 + self.layers[index].rows as usize,
            },
            None => Children {
                layers: self.layers,
                next: 0,
                end: self.layers.len(),
            },
        }
    }

    /// The box of the row at `index`.
    pub(super) fn layer_box(&self, index: usize) -> LayerBox<'_> {
        let layer = &self.layers[index];
        // Only a block's box counts what it holds: a walk of its rows.
        let layers = if layer.is_block() {
            self.count(index) / layer.times.max(1)
        } else {
            1
        };
        LayerBox::new(layer, layers)
    }

    /// Whether the row reads what flows into it: every row but a `from`,
    /// which takes an earlier output instead, so no arrow leads into it.
    pub(super) fn reads_input(&self, index: usize) -> bool {
        !matches!(self.layers[index].kind, Kind::From)
    }

    /// Whether the first row inside `index` reads the block's input (an
    /// empty block passes it on).
    pub(super) fn first_reads_input(&self, index: usize) -> bool {
        self.children(Some(index))
            .next()
            .is_none_or(|first| self.reads_input(first))
    }

    /// The layers a row stands for, each counted once per round; a `from`
    /// is none.
    pub(super) fn count(&self, index: usize) -> u64 {
        let layer = &self.layers[index];
        if !self.reads_input(index) {
            return 0;
        }
        let inside = if layer.is_block() {
            self.children(Some(index))
                .map(|child| self.count(child))
                .fold(0u64, u64::saturating_add)
        } else {
            1
        };
        inside.saturating_mul(layer.times)
    }

    pub(super) fn shape(&self, index: usize) -> Shape {
        let layer = &self.layers[index];
        let block = match layer.kind.block() {
            Some(block) => block,
            None => return Shape::Box,
        };
        let collapsible = match block {
            Block::Repeat(_) => true,
            Block::Branch => false,
            Block::Sequence
            | Block::Add
            | Block::Concat
            | Block::Mul
            | Block::Sub
            | Block::Mix
            | Block::Split
            | Block::Residual => layer.name.is_some(),
        };
        if collapsible && layer.depth >= self.expand {
            return Shape::Box;
        }
        match block {
            Block::Add | Block::Concat | Block::Mul | Block::Sub | Block::Mix | Block::Split => {
                Shape::Fork
            }
            Block::Residual => Shape::Residual,
            Block::Sequence | Block::Branch | Block::Repeat(_) => Shape::Frame,
        }
    }

    /// Whether an arrow into this row ends with a head: boxes and frames
    /// take one; a fork or residual continues the line into its split.
    pub(super) fn takes_head(&self, index: usize) -> bool {
        match self.shape(index) {
            Shape::Box => true,
            Shape::Frame | Shape::Fork | Shape::Residual => false,
        }
    }

    /// The join node's symbol, and its width.
    pub(super) fn node(&self, index: usize) -> (&'static str, i64) {
        match self.layers[index].kind.block() {
            Some(Block::Concat | Block::Split) => ("concat", text_width(6, TEXT_SIZE, true) + 16),
            Some(Block::Mul) => ("⊗", NODE),
            Some(Block::Sub) => ("⊖", NODE),
            // The softmax-weighted sum of the paths, the weights branch
            // drawn beside them.
            Some(Block::Mix) => ("mix", text_width(3, TEXT_SIZE, true) + 16),
            Some(
                Block::Add | Block::Residual | Block::Sequence | Block::Branch | Block::Repeat(_),
            )
            | None => ("⊕", NODE),
        }
    }

    /// The label beside a join node: `layer2: add ×2 → 28x28x512`.
    pub(super) fn node_label_width(&self, index: usize) -> i64 {
        let layer = &self.layers[index];
        text_width(
            chars(BlockTitle(layer)) + 3 + chars(layer.output),
            TEXT_SIZE,
            false,
        )
    }

    /// The wider of a frame's two labels: its title top left, its output
    /// and parameters top right, the arrow in between.
    pub(super) fn frame_label_width(&self, index: usize) -> i64 {
        let title = text_width(chars(BlockTitle(&self.layers[index])), TEXT_SIZE, true);
        let info = text_width(chars(Info(&self.layers[index])), TEXT_SIZE, false);
        title.max(info)
    }

    /// The size of the rows inside `index` (or the top level) one above
    /// the other.
    pub(super) fn column(&self, index: Option<usize>) -> Size {
        let mut size = Size::default();
        for (n, child) in self.children(index).enumerate() {
            let item = self.size(child);
            size.w = size.w.max(item.w);
            size.h += item.h + if n > 0 { GAP } else { 0 };
        }
        size
    }

    /// The width a branch takes side by side with the others.
    pub(super) fn branch(&self, index: usize) -> Size {
        let column = self.column(Some(index));
        Size {
            w: column.w.max(IDENTITY_WIDTH),
            h: column.h,
        }
    }

    pub(super) fn size(&self, index: usize) -> Size {
        match self.shape(index) {
            Shape::Box => self.layer_box(index).size(),
            Shape::Frame => {
                let column = self.column(Some(index));
                Size {
                    w: (column.w + 2 * FRAME_PAD)
                        .max(2 * (self.frame_label_width(index) + FRAME_PAD + 10)),
                    h: FRAME_LABEL + FRAME_PAD + column.h + FRAME_PAD,
                }
            }
            Shape::Fork => {
                let mut branches = Size::default();
                for (n, child) in self.children(Some(index)).enumerate() {
                    let branch = self.branch(child);
                    branches.w += branch.w + if n > 0 { BRANCH_GAP } else { 0 };
                    branches.h = branches.h.max(branch.h);
                }
                let (_, node) = self.node(index);
                let label = 2 * (node / 2 + 8 + self.node_label_width(index));
                Size {
                    w: branches.w.max(label),
                    h: SPLIT + branches.h + MERGE + NODE,
                }
            }
            Shape::Residual => {
                let body = self.column(Some(index));
                let label = 2 * (NODE / 2 + 8 + self.node_label_width(index));
                Size {
                    w: (body.w + 2 * SHORTCUT).max(label),
                    h: SPLIT + body.h + MERGE + NODE,
                }
            }
        }
    }
}
