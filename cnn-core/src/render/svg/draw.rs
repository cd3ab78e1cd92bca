//! Drawing a measured diagram: boxes, frames around blocks, branches side
//! by side with their join node, a residual's shortcut, and the arrows.

use core::fmt::{self, Write};

use super::labels::{BlockTitle, Info};
use super::layout::{Layout, Shape};
use super::style::{BRANCH_GAP, FRAME_LABEL, FRAME_PAD, GAP, MERGE, NODE, SHORTCUT, SPLIT};

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
    pub(super) fn draw_column(
        &self,
        f: &mut fmt::Formatter<'_>,
        index: Option<usize>,
        cx: i64,
        mut y: i64,
    ) -> fmt::Result {
        for (n, child) in self.children(index).enumerate() {
            if n > 0 {
                // A `from` starts anew from an earlier output: the value
                // above it goes no further.
                if self.reads_input(child) {
                    line(f, &[(cx, y), (cx, y + GAP)], self.takes_head(child))?;
                }
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

    pub(super) fn draw(
        &self,
        f: &mut fmt::Formatter<'_>,
        index: usize,
        cx: i64,
        y: i64,
    ) -> fmt::Result {
        let layer = &self.layers[index];
        let size = self.size(index);
        let left = cx - size.w / 2;
        match self.shape(index) {
            Shape::Box => self.layer_box(index).draw(f, left, y, size),
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
                if self.first_reads_input(index) {
                    line(f, &[(cx, y), (cx, top)], self.first_takes_head(index))?;
                }
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
                        if self.first_reads_input(child) {
                            line(
                                f,
                                &[(axis, split), (axis, y + SPLIT)],
                                self.first_takes_head(child),
                            )?;
                        }
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
                    if self.first_reads_input(index) {
                        line(f, &[(cx, y), (cx, y + SPLIT)], self.first_takes_head(index))?;
                    }
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
}
