//! The look of a diagram: its measures in pixels, how wide text is
//! estimated to be, the style sheet and the legend.

use crate::kind::kinds;
use crate::kind::spelling::same;

// Layout, in pixels.
pub(super) const MARGIN: i64 = 24;
/// Vertical gap between two boxes (an arrow).
pub(super) const GAP: i64 = 26;
/// Horizontal gap between branches.
pub(super) const BRANCH_GAP: i64 = 24;
/// Width of an identity branch (`{}`).
pub(super) const IDENTITY_WIDTH: i64 = 24;
/// Height above branches or a residual body, where the flow splits.
pub(super) const SPLIT: i64 = 26;
/// Height between branches and their join node.
pub(super) const MERGE: i64 = 26;
/// Join node height (a circle's diameter).
pub(super) const NODE: i64 = 24;
/// Room on each side of a residual body for the shortcut.
pub(super) const SHORTCUT: i64 = 30;
/// A frame's padding and its label's height.
pub(super) const FRAME_PAD: i64 = 12;
pub(super) const FRAME_LABEL: i64 = 22;
pub(super) const BOX_MIN_WIDTH: i64 = 150;
pub(super) const BOX_PAD: i64 = 12;
pub(super) const TITLE_SIZE: i64 = 13;
pub(super) const TEXT_SIZE: i64 = 11;
pub(super) const LINE: i64 = 16;
pub(super) const HEADER: i64 = 64;

/// The estimated width of `n` characters at `size` pixels: generous for
/// DejaVu Sans (the widest common sans-serif), so the text fits whatever
/// sans-serif font the viewer picks.
pub(super) const fn text_width(n: usize, size: i64, bold: bool) -> i64 {
    let per_mille = if bold { 680 } else { 620 };
    (n as i64 * size * per_mille + 999) / 1000
}

/// The room a row takes, in pixels.
#[derive(Clone, Copy, Default)]
pub(super) struct Size {
    pub(super) w: i64,
    pub(super) h: i64,
}

pub(super) const STYLE: &str = "<style>
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
pub(super) const LEGEND: [(&str, &str); 8] = [
    ("input", "input"),
    ("conv", "conv"),
    ("pool", "pool"),
    ("fc", "fc"),
    ("norm", "norm"),
    ("act", "activation"),
    ("other", "other"),
    ("block", "block"),
];

// Every kind's class has a swatch in the legend, and so a rule in `STYLE`:
// a class that has neither would draw its boxes unfilled.
const _: () = {
    let mut i = 0;
    while i < kinds::ALL.len() {
        let mut found = false;
        let mut j = 0;
        while j < LEGEND.len() {
            found |= same(LEGEND[j].0, kinds::ALL[i].svg_class);
            j += 1;
        }
        assert!(found, "a kind's SVG class has no legend entry");
        i += 1;
    }
};
