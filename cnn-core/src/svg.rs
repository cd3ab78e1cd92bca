//! The network as an SVG diagram, written straight to a formatter: no
//! allocation, two passes over the layers (measure, then draw). See [`Svg`].

use core::fmt::{self, Display, Write};

use crate::text::{chars, Grouped, Xml};
use crate::{Block, Kind, Layer, Model, Network, OPTIONS};

/// A network as an SVG diagram; its [`Display`] writes the whole document,
/// with no allocation (two passes over the layers: measure, then draw).
///
/// The picture reads top to bottom: one box per layer with its statement,
/// its options, its output shape and its parameters (and the article's
/// formula), arrows between them; the branches of `add`, `concat` and `mul`
/// side by side, joined in a ⊕, `concat` or ⊗ node; a `residual`'s shortcut
/// drawn as an arrow that bypasses its body; the totals in a footer. Named
/// blocks (`layer1: { ... }`, `inception3a: concat { ... }`) and `repeat`
/// blocks are collapsed into one box with their totals, output shape and
/// `×N`, unless expanded with [`Svg::expanded`] or [`Svg::expand`].
///
/// Fills by kind: conv blue, pooling green, fully connected orange, batch
/// norm purple, activation yellow, collapsed block teal; the title is the
/// network's name, the size and `viewBox` come from the layout. Every text
/// is XML-escaped.
///
/// # Example
///
/// ```
/// use cnn_core::{Kind, Layer, Model, Shape, Svg};
/// const LAYERS: &[Layer] = &[
///     Layer {
///         name: None,
///         kind: Kind::Input,
///         spec: "input 10",
///         input: Shape::Flat(10),
///         output: Shape::Flat(10),
///         params: 0,
///         non_trainable_params: 0,
///         macs: 0,
///         formula: "",
///         receptive_field: cnn_core::ReceptiveField::INPUT,
///         depth: 0,
///         rows: 0,
///         times: 1,
///     },
///     Layer {
///         name: Some("out"),
///         kind: Kind::Dense,
///         spec: "fc 2",
///         input: Shape::Flat(10),
///         output: Shape::Flat(2),
///         params: 22,
///         non_trainable_params: 0,
///         macs: 20,
///         formula: "2*10+2 = 22",
///         receptive_field: cnn_core::ReceptiveField::INPUT,
///         depth: 0,
///         rows: 0,
///         times: 1,
///     },
/// ];
/// let model = Model {
///     input: Shape::Flat(10),
///     output: Shape::Flat(2),
///     params: 22,
///     non_trainable_params: 0,
///     total_params: 22,
///     macs: 20,
///     largest_activation: 0,
///     peak_activations: 0,
///     layers: LAYERS,
/// };
/// let svg = Svg::new("Tiny", model).to_string();
/// assert!(svg.starts_with("<svg xmlns=\"http://www.w3.org/2000/svg\""));
/// assert!(svg.contains(">fc 2</tspan>"));
/// assert!(svg.contains("2*10+2 = 22"));
/// assert!(svg.trim_end().ends_with("</svg>"));
/// ```
///
/// With the `cnn!` macro, `Svg::of::<LeNet>()` or `LeNet::MODEL.svg("LeNet")`
/// give the same picture; write it with `std::fs::write(path,
/// svg.to_string())`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Svg {
    name: &'static str,
    model: Model,
    expand: u16,
}

impl Svg {
    /// The diagram of `model`, titled `name`, named stages and `repeat`
    /// blocks collapsed.
    pub const fn new(name: &'static str, model: Model) -> Svg {
        Svg {
            name,
            model,
            expand: 0,
        }
    }

    /// The diagram of a network declared with `cnn!`.
    pub const fn of<N: Network>() -> Svg {
        Svg::new(N::NAME, N::MODEL)
    }

    /// Every block drawn with its contents: each layer gets its box.
    pub const fn expanded(self) -> Svg {
        self.expand(u16::MAX)
    }

    /// Named stages and `repeat` blocks expanded `levels` deep: 0 (the
    /// default) collapses all of them, 1 opens the top-level ones (ResNet's
    /// `layer1` ... `layer4`) but keeps the blocks inside them closed, and so
    /// on.
    pub const fn expand(mut self, levels: u16) -> Svg {
        self.expand = levels;
        self
    }
}

impl Model {
    /// The network as an SVG diagram titled `name` (see [`Svg`]).
    pub const fn svg(self, name: &'static str) -> Svg {
        Svg::new(name, self)
    }
}

// Layout, in pixels.
const MARGIN: i64 = 24;
/// Vertical gap between two boxes (an arrow).
const GAP: i64 = 26;
/// Horizontal gap between branches.
const BRANCH_GAP: i64 = 24;
/// Width of an identity branch (`{}`).
const IDENTITY_WIDTH: i64 = 24;
/// Height above branches or a residual body, where the flow splits.
const SPLIT: i64 = 26;
/// Height between branches and their join node.
const MERGE: i64 = 26;
/// Join node height (a circle's diameter).
const NODE: i64 = 24;
/// Room on each side of a residual body for the shortcut.
const SHORTCUT: i64 = 30;
/// A frame's padding and its label's height.
const FRAME_PAD: i64 = 12;
const FRAME_LABEL: i64 = 22;
const BOX_MIN_WIDTH: i64 = 150;
const BOX_PAD: i64 = 12;
const TITLE_SIZE: i64 = 13;
const TEXT_SIZE: i64 = 11;
const LINE: i64 = 16;
const HEADER: i64 = 64;

/// The estimated width of `n` characters at `size` pixels: generous for
/// DejaVu Sans (the widest common sans-serif), so the text fits whatever
/// sans-serif font the viewer picks.
const fn text_width(n: usize, size: i64, bold: bool) -> i64 {
    let per_mille = if bold { 680 } else { 620 };
    (n as i64 * size * per_mille + 999) / 1000
}

/// How a row is drawn.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Shape {
    /// A box: a layer, or a block collapsed to its totals.
    Box,
    /// A block drawn as a dashed frame around its contents, in sequence.
    Frame,
    /// `add`, `concat`, `mul`: branches side by side and a join node.
    Fork,
    /// `residual`: the body and a shortcut around it into a ⊕.
    Residual,
}

#[derive(Clone, Copy, Default)]
struct Size {
    w: i64,
    h: i64,
}

/// The indices of the rows directly inside a block, or at the top level.
struct Children<'a> {
    layers: &'a [Layer],
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

/// The part of a statement before its options, and the options:
/// `conv 3x3x64 stride 2 pad 1` is `conv 3x3x64` and `stride 2 pad 1`.
fn split_options(spec: &str) -> (&str, &str) {
    let mut offset = 0;
    for word in spec.split(' ') {
        if offset > 0 && OPTIONS.iter().any(|option| option.keyword == word) {
            return (spec[..offset].trim_end(), &spec[offset..]);
        }
        offset += word.len() + 1;
    }
    (spec, "")
}

/// The fill class of a row.
fn class(kind: Kind) -> &'static str {
    match kind {
        Kind::Input => "input",
        Kind::Conv | Kind::DepthwiseConv | Kind::SeparableConv => "conv",
        Kind::MaxPool
        | Kind::AvgPool
        | Kind::GlobalAvgPool
        | Kind::GlobalMaxPool
        | Kind::AdaptiveAvgPool => "pool",
        Kind::Dense | Kind::Softmax => "fc",
        Kind::BatchNorm => "norm",
        Kind::Activation(_) | Kind::PRelu => "act",
        Kind::Flatten | Kind::Dropout | Kind::ZeroPad => "other",
        Kind::Block(_) => "block",
    }
}

/// ` ×k` after a row that stands for `k` rounds of a `repeat`.
struct Times(u64);

impl Display for Times {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.0 > 1 {
            write!(f, " ×{}", self.0)?;
        }
        Ok(())
    }
}

/// `name: ` before a named row.
struct Named(Option<&'static str>);

impl Display for Named {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.0 {
            Some(name) => write!(f, "{}: ", Xml(name)),
            None => Ok(()),
        }
    }
}

/// The title of a block: `layer1`, `layer1: repeat ×3`, `add`, `residual ×2`.
struct BlockTitle<'a>(&'a Layer);

impl Display for BlockTitle<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let layer = self.0;
        let keyword = match layer.kind {
            Kind::Block(Block::Repeat(n)) => {
                write!(f, "{}repeat ×{n}", Named(layer.name))?;
                return write!(f, "{}", Times(layer.times));
            }
            Kind::Block(Block::Sequence | Block::Branch) => "",
            Kind::Block(block) => block.keyword(),
            _ => layer.spec,
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
struct Info<'a>(&'a Layer);

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
struct LayerCount(u64);

impl Display for LayerCount {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let plural = if self.0 == 1 { "" } else { "s" };
        write!(f, "{} layer{plural}", Grouped(self.0))
    }
}

/// The text of a box, line by line.
struct BoxText<'a> {
    layer: &'a Layer,
    collapsed: bool,
}

impl BoxText<'_> {
    /// The options as written, the second line of a layer's box.
    fn middle(&self) -> &'static str {
        if self.collapsed {
            ""
        } else {
            split_options(self.layer.spec).1
        }
    }

    fn lines(&self) -> i64 {
        let mut lines = 2;
        if self.collapsed || !self.middle().is_empty() {
            lines += 1;
        }
        if !self.collapsed && !self.layer.formula.is_empty() {
            lines += 1;
        }
        lines
    }

    fn width(&self, layout: &Layout<'_>, index: usize) -> i64 {
        let layer = self.layer;
        let title = if self.collapsed {
            text_width(chars(BlockTitle(layer)), TITLE_SIZE, true)
        } else {
            let (head, _) = split_options(layer.spec);
            text_width(
                chars(Named(layer.name)) + chars(head) + chars(Times(layer.times)),
                TITLE_SIZE,
                true,
            )
        };
        let middle = if self.collapsed {
            text_width(
                chars(LayerCount(layout.count(index) / layer.times.max(1))),
                TEXT_SIZE,
                false,
            )
        } else {
            text_width(chars(self.middle()), TEXT_SIZE, false)
        };
        let info = text_width(chars(Info(layer)), TEXT_SIZE, false);
        let formula = if self.collapsed {
            0
        } else {
            text_width(chars(layer.formula), TEXT_SIZE, false)
        };
        let widest = title.max(middle).max(info).max(formula);
        (widest + 2 * BOX_PAD).max(BOX_MIN_WIDTH)
    }
}

/// The measuring and drawing of one diagram.
struct Layout<'a> {
    layers: &'a [Layer],
    expand: u16,
}

impl Layout<'_> {
    fn children(&self, index: Option<usize>) -> Children<'_> {
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

    /// The layers a row stands for, each counted once per round.
    fn count(&self, index: usize) -> u64 {
        let layer = &self.layers[index];
        let inside = if layer.is_block() {
            self.children(Some(index))
                .map(|child| self.count(child))
                .fold(0u64, u64::saturating_add)
        } else {
            1
        };
        inside.saturating_mul(layer.times)
    }

    fn shape(&self, index: usize) -> Shape {
        let layer = &self.layers[index];
        let Kind::Block(block) = layer.kind else {
            return Shape::Box;
        };
        let collapsible = match block {
            Block::Repeat(_) => true,
            Block::Branch => false,
            _ => layer.name.is_some(),
        };
        if collapsible && layer.depth >= self.expand {
            return Shape::Box;
        }
        match block {
            Block::Add | Block::Concat | Block::Mul => Shape::Fork,
            Block::Residual => Shape::Residual,
            Block::Sequence | Block::Branch | Block::Repeat(_) => Shape::Frame,
        }
    }

    /// Whether an arrow into this row ends with a head: boxes and frames
    /// take one; a fork or residual continues the line into its split.
    fn takes_head(&self, index: usize) -> bool {
        matches!(self.shape(index), Shape::Box)
    }

    /// The join node's symbol, and its width.
    fn node(&self, index: usize) -> (&'static str, i64) {
        match self.layers[index].kind {
            Kind::Block(Block::Concat) => ("concat", text_width(6, TEXT_SIZE, true) + 16),
            Kind::Block(Block::Mul) => ("⊗", NODE),
            _ => ("⊕", NODE),
        }
    }

    /// The label beside a join node: `layer2: add ×2 → 28x28x512`.
    fn node_label_width(&self, index: usize) -> i64 {
        let layer = &self.layers[index];
        text_width(
            chars(BlockTitle(layer)) + 3 + chars(layer.output),
            TEXT_SIZE,
            false,
        )
    }

    /// The wider of a frame's two labels: its title top left, its output
    /// and parameters top right, the arrow in between.
    fn frame_label_width(&self, index: usize) -> i64 {
        let title = text_width(chars(BlockTitle(&self.layers[index])), TEXT_SIZE, true);
        let info = text_width(chars(Info(&self.layers[index])), TEXT_SIZE, false);
        title.max(info)
    }

    /// The size of the rows inside `index` (or the top level) one above
    /// the other.
    fn column(&self, index: Option<usize>) -> Size {
        let mut size = Size::default();
        for (n, child) in self.children(index).enumerate() {
            let item = self.size(child);
            size.w = size.w.max(item.w);
            size.h += item.h + if n > 0 { GAP } else { 0 };
        }
        size
    }

    /// The width a branch takes side by side with the others.
    fn branch(&self, index: usize) -> Size {
        let column = self.column(Some(index));
        Size {
            w: column.w.max(IDENTITY_WIDTH),
            h: column.h,
        }
    }

    fn size(&self, index: usize) -> Size {
        match self.shape(index) {
            Shape::Box => {
                let layer = &self.layers[index];
                let text = BoxText {
                    layer,
                    collapsed: layer.is_block(),
                };
                Size {
                    w: text.width(self, index),
                    h: text.lines() * LINE + 2 * BOX_PAD - 4,
                }
            }
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

/// Writes an SVG path from `(x1, y1)` through the points.
fn line(f: &mut fmt::Formatter<'_>, points: &[(i64, i64)], head: bool) -> fmt::Result {
    f.write_str("<path class=\"edge\" d=\"")?;
    for (n, (x, y)) in points.iter().enumerate() {
        write!(f, "{}{x},{y}", if n == 0 { "M" } else { " L" })?;
    }
    f.write_char('"')?;
    if head {
        f.write_str(" marker-end=\"url(#head)\"")?;
    }
    f.write_str("/>\n")
}

impl Layout<'_> {
    /// Draws the rows inside `index` (or the top level) centred on `cx`
    /// from `y` down, with arrows between them.
    fn draw_column(
        &self,
        f: &mut fmt::Formatter<'_>,
        index: Option<usize>,
        cx: i64,
        mut y: i64,
    ) -> fmt::Result {
        for (n, child) in self.children(index).enumerate() {
            if n > 0 {
                line(f, &[(cx, y), (cx, y + GAP)], self.takes_head(child))?;
                y += GAP;
            }
            self.draw(f, child, cx, y)?;
            y += self.size(child).h;
        }
        Ok(())
    }

    /// The first row inside `index` takes an arrow head.
    fn first_takes_head(&self, index: usize) -> bool {
        self.children(Some(index))
            .next()
            .is_some_and(|first| self.takes_head(first))
    }

    fn draw(&self, f: &mut fmt::Formatter<'_>, index: usize, cx: i64, y: i64) -> fmt::Result {
        let layer = &self.layers[index];
        let size = self.size(index);
        let left = cx - size.w / 2;
        match self.shape(index) {
            Shape::Box => self.draw_box(f, index, left, y, size),
            Shape::Frame => {
                writeln!(
                    f,
                    "<rect class=\"frame\" x=\"{left}\" y=\"{y}\" width=\"{}\" height=\"{}\" rx=\"8\"/>",
                    size.w, size.h
                )?;
                writeln!(
                    f,
                    "<text class=\"label strong\" x=\"{}\" y=\"{}\">{}</text>",
                    left + FRAME_PAD,
                    y + 16,
                    BlockTitle(layer),
                )?;
                writeln!(
                    f,
                    "<text class=\"label end\" x=\"{}\" y=\"{}\">{}</text>",
                    left + size.w - FRAME_PAD,
                    y + 16,
                    Info(layer)
                )?;
                let top = y + FRAME_LABEL + FRAME_PAD;
                let column = self.column(Some(index));
                if column.h == 0 {
                    return line(f, &[(cx, y), (cx, y + size.h)], false);
                }
                line(f, &[(cx, y), (cx, top)], self.first_takes_head(index))?;
                self.draw_column(f, Some(index), cx, top)?;
                line(f, &[(cx, top + column.h), (cx, y + size.h)], false)
            }
            Shape::Fork => {
                let mut total = 0;
                let mut tallest = 0;
                for (n, child) in self.children(Some(index)).enumerate() {
                    let branch = self.branch(child);
                    total += branch.w + if n > 0 { BRANCH_GAP } else { 0 };
                    tallest = tallest.max(branch.h);
                }
                let split = y + SPLIT / 2;
                let merge = y + SPLIT + tallest + MERGE / 2;
                let node_top = y + SPLIT + tallest + MERGE;
                line(f, &[(cx, y), (cx, split)], false)?;
                let mut x = cx - total / 2;
                let (mut first_axis, mut last_axis) = (cx, cx);
                for (n, child) in self.children(Some(index)).enumerate() {
                    let branch = self.branch(child);
                    let axis = x + branch.w / 2;
                    if n == 0 {
                        first_axis = axis;
                    }
                    last_axis = axis;
                    if self.layers[child].rows == 0 {
                        line(f, &[(axis, split), (axis, merge)], false)?;
                    } else {
                        line(
                            f,
                            &[(axis, split), (axis, y + SPLIT)],
                            self.first_takes_head(child),
                        )?;
                        self.draw_column(f, Some(child), axis, y + SPLIT)?;
                        line(f, &[(axis, y + SPLIT + branch.h), (axis, merge)], false)?;
                    }
                    x += branch.w + BRANCH_GAP;
                }
                line(f, &[(first_axis, split), (last_axis, split)], false)?;
                line(f, &[(first_axis, merge), (last_axis, merge)], false)?;
                line(f, &[(cx, merge), (cx, node_top)], true)?;
                self.draw_node(f, index, cx, node_top)
            }
            Shape::Residual => {
                let body = self.column(Some(index));
                let split = y + SPLIT / 2;
                let node_top = y + SPLIT + body.h + MERGE;
                let node_cy = node_top + NODE / 2;
                let bypass = cx + body.w / 2 + SHORTCUT / 2;
                if body.h == 0 {
                    line(f, &[(cx, y), (cx, node_top)], true)?;
                } else {
                    line(f, &[(cx, y), (cx, y + SPLIT)], self.first_takes_head(index))?;
                    self.draw_column(f, Some(index), cx, y + SPLIT)?;
                    line(f, &[(cx, y + SPLIT + body.h), (cx, node_top)], true)?;
                }
                line(
                    f,
                    &[
                        (cx, split),
                        (bypass, split),
                        (bypass, node_cy),
                        (cx + NODE / 2, node_cy),
                    ],
                    true,
                )?;
                writeln!(
                    f,
                    "<circle class=\"dot\" cx=\"{cx}\" cy=\"{split}\" r=\"3\"/>"
                )?;
                self.draw_node(f, index, cx, node_top)
            }
        }
    }

    /// The join node of a fork or residual, its top at `y`, with its label
    /// to the left.
    fn draw_node(&self, f: &mut fmt::Formatter<'_>, index: usize, cx: i64, y: i64) -> fmt::Result {
        let layer = &self.layers[index];
        let (symbol, width) = self.node(index);
        if width == NODE {
            writeln!(
                f,
                "<circle class=\"node\" cx=\"{cx}\" cy=\"{}\" r=\"{}\"/>",
                y + NODE / 2,
                NODE / 2
            )?;
            writeln!(
                f,
                "<text class=\"symbol\" x=\"{cx}\" y=\"{}\">{symbol}</text>",
                y + NODE / 2 + 6
            )?;
        } else {
            writeln!(
                f,
                "<rect class=\"node\" x=\"{}\" y=\"{y}\" width=\"{width}\" height=\"{NODE}\" rx=\"{}\"/>",
                cx - width / 2,
                NODE / 2
            )?;
            writeln!(
                f,
                "<text class=\"word\" x=\"{cx}\" y=\"{}\">{symbol}</text>",
                y + NODE / 2 + 4
            )?;
        }
        writeln!(
            f,
            "<text class=\"label end\" x=\"{}\" y=\"{}\">{} → {}</text>",
            cx - width / 2 - 8,
            y + NODE / 2 + 4,
            BlockTitle(layer),
            layer.output
        )
    }

    fn draw_box(
        &self,
        f: &mut fmt::Formatter<'_>,
        index: usize,
        left: i64,
        y: i64,
        size: Size,
    ) -> fmt::Result {
        let layer = &self.layers[index];
        let collapsed = layer.is_block();
        let text = BoxText { layer, collapsed };
        let cx = left + size.w / 2;
        writeln!(
            f,
            "<rect class=\"{}\" x=\"{left}\" y=\"{y}\" width=\"{}\" height=\"{}\" rx=\"6\"/>",
            class(layer.kind),
            size.w,
            size.h
        )?;
        if collapsed {
            // A second outline: this box holds more boxes.
            writeln!(
                f,
                "<rect class=\"inner\" x=\"{}\" y=\"{}\" width=\"{}\" height=\"{}\" rx=\"4\"/>",
                left + 3,
                y + 3,
                size.w - 6,
                size.h - 6
            )?;
        }
        let mut baseline = y + BOX_PAD + TITLE_SIZE - 1;
        if collapsed {
            writeln!(
                f,
                "<text class=\"title\" x=\"{cx}\" y=\"{baseline}\">{}</text>",
                BlockTitle(layer)
            )?;
        } else {
            let (head, _) = split_options(layer.spec);
            f.write_str("<text class=\"title\" x=\"")?;
            write!(f, "{cx}\" y=\"{baseline}\">")?;
            if let Some(name) = layer.name {
                write!(f, "<tspan class=\"name\">{}:</tspan>", Xml(name))?;
            }
            // An offset rather than a space: some renderers (librsvg) drop
            // a space between two spans.
            writeln!(
                f,
                "<tspan dx=\"{}\">{}</tspan>{}</text>",
                if layer.name.is_some() { 5 } else { 0 },
                Xml(head),
                Times(layer.times)
            )?;
        }
        baseline += LINE;
        if collapsed {
            writeln!(
                f,
                "<text class=\"muted\" x=\"{cx}\" y=\"{baseline}\">{}</text>",
                LayerCount(self.count(index) / layer.times.max(1))
            )?;
            baseline += LINE;
        } else if !text.middle().is_empty() {
            writeln!(
                f,
                "<text class=\"muted\" x=\"{cx}\" y=\"{baseline}\">{}</text>",
                Xml(text.middle())
            )?;
            baseline += LINE;
        }
        writeln!(
            f,
            "<text class=\"info\" x=\"{cx}\" y=\"{baseline}\">{}</text>",
            Info(layer)
        )?;
        if !collapsed && !layer.formula.is_empty() {
            baseline += LINE;
            writeln!(
                f,
                "<text class=\"formula\" x=\"{cx}\" y=\"{baseline}\">{}</text>",
                Xml(layer.formula)
            )?;
        }
        Ok(())
    }
}

const STYLE: &str = "<style>
text { font-family: 'DejaVu Sans', Verdana, sans-serif; font-size: 11px; fill: #1e293b; text-anchor: middle; }
.heading { font-size: 20px; font-weight: bold; text-anchor: start; }
.sub { font-size: 12px; fill: #475569; text-anchor: start; }
.foot { font-size: 12px; text-anchor: start; }
.title { font-size: 13px; font-weight: bold; }
.name { fill: #64748b; }
.strong { font-weight: bold; }
.muted { fill: #64748b; }
.info { fill: #1e293b; }
.formula { fill: #475569; }
.label { fill: #334155; text-anchor: start; }
.end { text-anchor: end; }
.symbol { font-size: 18px; }
.word { font-weight: bold; }
.edge { fill: none; stroke: #475569; stroke-width: 1.5; }
.dot { fill: #475569; }
.node { fill: #ffffff; stroke: #475569; stroke-width: 1.5; }
.frame { fill: #f8fafc; stroke: #94a3b8; stroke-width: 1; stroke-dasharray: 5 4; }
.inner { fill: none; stroke: #0d9488; stroke-width: 0.8; }
rect.input { fill: #f1f5f9; stroke: #64748b; }
rect.conv { fill: #dbeafe; stroke: #2563eb; }
rect.pool { fill: #dcfce7; stroke: #16a34a; }
rect.fc { fill: #ffedd5; stroke: #ea580c; }
rect.norm { fill: #f3e8ff; stroke: #9333ea; }
rect.act { fill: #fef9c3; stroke: #ca8a04; }
rect.other { fill: #f8fafc; stroke: #94a3b8; }
rect.block { fill: #ccfbf1; stroke: #0d9488; }
</style>
";

/// The legend: one swatch per fill.
const LEGEND: [(&str, &str); 8] = [
    ("input", "input"),
    ("conv", "conv"),
    ("pool", "pool"),
    ("fc", "fc"),
    ("norm", "norm"),
    ("act", "activation"),
    ("other", "other"),
    ("block", "block"),
];

/// The footer's lines.
struct Footer<'a>(&'a Model, usize);

impl Display for Footer<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let model = self.0;
        match self.1 {
            0 => write!(
                f,
                "Total params: {} · trainable {} · non-trainable {}",
                Grouped(model.total_params),
                Grouped(model.params),
                Grouped(model.non_trainable_params)
            ),
            _ => write!(f, "MACs: {} per input", Grouped(model.macs)),
        }
    }
}

/// The line under the title.
struct Subtitle<'a>(&'a Model, u64);

impl Display for Subtitle<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "input {} → output {} · {}",
            self.0.input,
            self.0.output,
            LayerCount(self.1)
        )
    }
}

impl Display for Svg {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let layout = Layout {
            layers: self.model.layers,
            expand: self.expand,
        };
        let count = layout
            .children(None)
            .map(|index| layout.count(index))
            .fold(0u64, u64::saturating_add);
        let column = layout.column(None);
        let legend_width = LEGEND
            .iter()
            .map(|(_, label)| 20 + text_width(label.len(), TEXT_SIZE, false) + 14)
            .sum::<i64>();
        let title = text_width(chars(Xml(self.name)), 20, true).max(text_width(
            chars(Subtitle(&self.model, count)),
            12,
            false,
        ));
        let footer = text_width(chars(Footer(&self.model, 0)), 12, false).max(text_width(
            chars(Footer(&self.model, 1)),
            12,
            false,
        ));
        let inner = column.w.max(title).max(footer).max(legend_width);
        let width = inner + 2 * MARGIN;
        let top = MARGIN + HEADER;
        let foot = top + column.h + 36;
        let height = foot + 3 * 20 + MARGIN;

        writeln!(
            f,
            "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{width}\" height=\"{height}\" viewBox=\"0 0 {width} {height}\">"
        )?;
        writeln!(f, "<title>{}</title>", Xml(self.name))?;
        f.write_str(STYLE)?;
        f.write_str("<defs><marker id=\"head\" viewBox=\"0 0 10 10\" refX=\"10\" refY=\"5\" markerWidth=\"7\" markerHeight=\"7\" orient=\"auto\"><path d=\"M0,0 L10,5 L0,10 z\" fill=\"#475569\"/></marker></defs>\n")?;
        writeln!(
            f,
            "<rect x=\"0\" y=\"0\" width=\"{width}\" height=\"{height}\" fill=\"#ffffff\"/>"
        )?;
        writeln!(
            f,
            "<text class=\"heading\" x=\"{MARGIN}\" y=\"{}\">{}</text>",
            MARGIN + 20,
            Xml(self.name)
        )?;
        writeln!(
            f,
            "<text class=\"sub\" x=\"{MARGIN}\" y=\"{}\">{}</text>",
            MARGIN + 40,
            Subtitle(&self.model, count)
        )?;
        layout.draw_column(f, None, MARGIN + inner / 2, top)?;
        writeln!(
            f,
            "<line x1=\"{MARGIN}\" y1=\"{y}\" x2=\"{}\" y2=\"{y}\" stroke=\"#cbd5e1\"/>",
            width - MARGIN,
            y = foot - 16
        )?;
        for line in 0..2 {
            writeln!(
                f,
                "<text class=\"foot\" x=\"{MARGIN}\" y=\"{}\">{}</text>",
                foot + 20 * line as i64,
                Footer(&self.model, line)
            )?;
        }
        let mut x = MARGIN;
        let y = foot + 40;
        for (class, label) in LEGEND {
            writeln!(
                f,
                "<rect class=\"{class}\" x=\"{x}\" y=\"{}\" width=\"14\" height=\"12\" rx=\"2\"/><text class=\"label\" x=\"{}\" y=\"{y}\">{label}</text>",
                y - 10,
                x + 20
            )?;
            x += 20 + text_width(label.len(), TEXT_SIZE, false) + 14;
        }
        f.write_str("</svg>\n")
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
