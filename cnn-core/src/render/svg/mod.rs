//! The network as an SVG diagram, written straight to a formatter: no
//! allocation, two passes over the layers (measure, then draw). See [`Svg`].

mod boxes;
mod draw;
mod labels;
mod layout;
mod style;

use core::fmt::{self, Display};

use crate::render::text::{chars, Grouped, Xml};
use crate::{Model, Network};
use labels::LayerCount;
use layout::Layout;
use style::{text_width, HEADER, LEGEND, MARGIN, STYLE, TEXT_SIZE};

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
/// use cnn::{Kind, Layer, Model, Shape, Svg};
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
///         receptive_field: cnn::ReceptiveField::INPUT,
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
///         receptive_field: cnn::ReceptiveField::INPUT,
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
///     arena: None,
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
pub struct Svg<'a> {
    name: &'a str,
    model: Model<'a>,
    expand: u16,
}

impl<'a> Svg<'a> {
    /// The diagram of `model`, titled `name`, named stages and `repeat`
    /// blocks collapsed.
    pub const fn new(name: &'a str, model: Model<'a>) -> Svg<'a> {
        Svg {
            name,
            model,
            expand: 0,
        }
    }

    /// The diagram of a network declared with `cnn!`.
    pub const fn of<N: Network>() -> Svg<'static> {
        Svg::new(N::NAME, N::MODEL)
    }

    /// Every block drawn with its contents: each layer gets its box.
    pub const fn expanded(self) -> Svg<'a> {
        self.expand(u16::MAX)
    }

    /// Named stages and `repeat` blocks expanded `levels` deep: 0 (the
    /// default) collapses all of them, 1 opens the top-level ones (ResNet's
    /// `layer1` ... `layer4`) but keeps the blocks inside them closed, and so
    /// on.
    pub const fn expand(mut self, levels: u16) -> Svg<'a> {
        self.expand = levels;
        self
    }
}

impl<'a> Model<'a> {
    /// The network as an SVG diagram titled `name` (see [`Svg`]).
    pub const fn svg(self, name: &'a str) -> Svg<'a> {
        Svg::new(name, self)
    }
}

/// The footer's lines.
struct Footer<'a>(&'a Model<'a>, usize);

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
struct Subtitle<'a>(&'a Model<'a>, u64);

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

impl Display for Svg<'_> {
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
