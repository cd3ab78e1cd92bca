//! A row drawn as a box: a layer with its statement, options, output,
//! parameters and formula, or a block collapsed to its totals.

use core::fmt;

use super::labels::{split_options, BlockTitle, Info, LayerCount, Named, Times};
use super::style::{text_width, Size, BOX_MIN_WIDTH, BOX_PAD, LINE, TEXT_SIZE, TITLE_SIZE};
use crate::render::text::{chars, Xml};
use crate::Layer;

/// The box of one row, line by line.
pub(super) struct LayerBox<'a> {
    layer: &'a Layer<'a>,
    collapsed: bool,
    /// The layers a collapsed block holds, one round of it.
    layers: u64,
}

impl<'a> LayerBox<'a> {
    /// A box for `layer`; `layers` is what a block's box counts inside it,
    /// one round of it (unused for a layer).
    pub(super) fn new(layer: &'a Layer<'a>, layers: u64) -> LayerBox<'a> {
        LayerBox {
            layer,
            collapsed: layer.is_block(),
            layers,
        }
    }

    /// The room the box takes.
    pub(super) fn size(&self) -> Size {
        Size {
            w: self.width(),
            h: self.lines() * LINE + 2 * BOX_PAD - 4,
        }
    }

    /// The options as written, the second line of a layer's box.
    fn middle(&self) -> &'a str {
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

    fn width(&self) -> i64 {
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
            text_width(chars(LayerCount(self.layers)), TEXT_SIZE, false)
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

    /// Draws the box with its top left corner at `(left, y)`.
    pub(super) fn draw(
        &self,
        f: &mut fmt::Formatter<'_>,
        left: i64,
        y: i64,
        size: Size,
    ) -> fmt::Result {
        let layer = self.layer;
        let collapsed = self.collapsed;
        let cx = left + size.w / 2;
        // A `from`'s box is dashed: it computes nothing, it shows the
        // earlier output taken.
        let dashed = if layer.taken().is_some() {
            " stroke-dasharray=\"4 3\""
        } else {
            ""
        };
        writeln!(
            f,
            "<rect class=\"{}\" x=\"{left}\" y=\"{y}\" width=\"{}\" height=\"{}\" rx=\"6\"{dashed}/>",
            layer.kind.info().svg_class,
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
                LayerCount(self.layers)
            )?;
            baseline += LINE;
        } else if !self.middle().is_empty() {
            writeln!(
                f,
                "<text class=\"muted\" x=\"{cx}\" y=\"{baseline}\">{}</text>",
                Xml(self.middle())
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
