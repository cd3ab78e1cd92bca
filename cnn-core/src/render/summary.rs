//! The printable table of a network: Keras's `model.summary()` plus the
//! article's formula for every layer.

use core::fmt::{self, Display, Write};

use crate::render::text::{chars as width, Grouped};
use crate::{Layer, Model, Network};

/// A network as a table, like Keras's `model.summary()`, with a last column
/// that shows each layer's parameter formula with its numbers.
///
/// ```
/// use cnn::{Kind, Layer, Model, ReceptiveField, Shape, Summary};
/// const LAYERS: &[Layer] = &[Layer {
///     name: None,
///     kind: Kind::Input,
///     spec: "input 10",
///     input: Shape::Flat(10),
///     output: Shape::Flat(10),
///     params: 0,
///     non_trainable_params: 0,
///     macs: 0,
///     formula: "",
///     receptive_field: ReceptiveField::INPUT,
///     depth: 0,
///     rows: 0,
///     times: 1,
/// }];
/// let model = Model {
///     input: Shape::Flat(10),
///     output: Shape::Flat(10),
///     params: 0,
///     non_trainable_params: 0,
///     total_params: 0,
///     macs: 0,
///     largest_activation: 10,
///     peak_activations: 10,
///     arena: None,
///     layers: LAYERS,
/// };
/// let table = Summary::new("Tiny", model).to_string();
/// assert!(table.starts_with("Model: \"Tiny\""));
/// assert!(table.contains("Total params: 0 (0.00 B)"));
/// // A model with no memory plan says so.
/// assert!(table.contains("Forward pass arena (f32): not planned, no ARENA_LEN"));
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Summary<'a> {
    name: &'a str,
    model: Model<'a>,
    /// The deepest rows shown; `u16::MAX` for all.
    depth: u16,
    /// An int8 network's figures.
    int8: Option<crate::Int8Figures>,
}

impl<'a> Model<'a> {
    /// A printable table of the network, Keras's `model.summary()` with the
    /// article's formulas.
    pub const fn summary(self, name: &'a str) -> Summary<'a> {
        Summary::new(name, self)
    }
}

impl<'a> Summary<'a> {
    /// The summary of `model`, titled `name`.
    pub const fn new(name: &'a str, model: Model<'a>) -> Summary<'a> {
        Summary {
            name,
            model,
            depth: u16::MAX,
            int8: None,
        }
    }

    /// The summary of a network declared with `cnn!` (what its inherent
    /// `summary()` gives), for code generic over [`Network`]s.
    pub const fn of<N: Network>() -> Summary<'static> {
        Summary::new(N::NAME, N::MODEL).int8(N::INT8)
    }

    /// The same summary with an int8 network's figures (`Network::INT8`)
    /// beside the `f32` ones.
    pub const fn int8(mut self, figures: Option<crate::Int8Figures>) -> Summary<'a> {
        self.int8 = figures;
        self
    }

    /// The same summary showing rows only `depth` blocks deep: `0` shows
    /// the top-level statements, each block as one row with its totals.
    /// The totals at the foot stay those of the whole network.
    pub const fn depth(mut self, depth: u16) -> Summary<'a> {
        self.depth = depth;
        self
    }
}

const HEADERS: [&str; 5] = ["Layer", "Output Shape", "Param #", "MACs", "Formula"];
/// Whether each column is numbers, aligned right.
const NUMERIC: [bool; 5] = [false, false, true, true, false];
/// Spaces between columns.
const GAP: usize = 3;
/// Bytes in one value when the summary states memory (f32).
const VALUE_BYTES: u64 = 4;

/// A byte count in Keras's units (1 KB = 1024 B), two decimals.
struct Bytes(u64);

impl Display for Bytes {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let units = ["B", "KB", "MB", "GB", "TB", "PB", "EB"];
        let mut unit = 0;
        let mut scale: u128 = 1;
        while unit + 1 < units.len() && u128::from(self.0) >= scale * 1024 {
            scale *= 1024;
            unit += 1;
        }
        // Hundredths, rounded to nearest.
        let hundredths = (u128::from(self.0) * 100 + scale / 2) / scale;
        write!(
            f,
            "{}.{:02} {}",
            hundredths / 100,
            hundredths % 100,
            units[unit]
        )
    }
}

/// The first column: the statement as declared, indented by depth.
struct Declared<'a>(&'a Layer<'a>);

impl Display for Declared<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for _ in 0..self.0.depth {
            f.write_str("  ")?;
        }
        match self.0.name {
            Some(name) => write!(f, "{name}: {}", self.0.spec)?,
            None => f.write_str(self.0.spec)?,
        }
        if self.0.times > 1 {
            write!(f, " (×{})", self.0.times)?;
        }
        Ok(())
    }
}

fn pad(f: &mut fmt::Formatter<'_>, mut count: usize) -> fmt::Result {
    // Whole runs of spaces, not one call per space: the macro renders the
    // table in every build, unoptimized.
    const SPACES: &str = "                                ";
    while count > 0 {
        let run = count.min(SPACES.len());
        f.write_str(&SPACES[..run])?;
        count -= run;
    }
    Ok(())
}

fn rule(f: &mut fmt::Formatter<'_>, character: char, count: usize) -> fmt::Result {
    for _ in 0..count {
        f.write_char(character)?;
    }
    f.write_char('\n')
}

/// A count with its short form: `4,089,184,256 (4.09 G)`.
struct Short(u64);

impl Display for Short {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let units: [(u128, &str); 4] = [
            (1_000_000_000_000, "T"),
            (1_000_000_000, "G"),
            (1_000_000, "M"),
            (1_000, "K"),
        ];
        write!(f, "{}", Grouped(self.0))?;
        for (scale, unit) in units {
            if u128::from(self.0) >= scale {
                // Hundredths, rounded to nearest.
                let hundredths = (u128::from(self.0) * 100 + scale / 2) / scale;
                return write!(f, " ({}.{:02} {unit})", hundredths / 100, hundredths % 100);
            }
        }
        Ok(())
    }
}

impl Display for Summary<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let layers = self.model.layers;
        let mut widths = HEADERS.map(str::len);
        let shown = || layers.iter().filter(|layer| layer.depth <= self.depth);
        for layer in shown() {
            widths[0] = widths[0].max(width(Declared(layer)));
            widths[1] = widths[1].max(width(layer.output));
            widths[2] = widths[2].max(width(Grouped(layer.params)));
            widths[3] = widths[3].max(width(Grouped(layer.macs)));
            widths[4] = widths[4].max(width(layer.formula));
        }
        let last = widths.len() - 1;
        let total_width = 1 + widths.iter().sum::<usize>() + GAP * last;

        writeln!(f, "Model: \"{}\"", self.name)?;
        rule(f, '_', total_width)?;
        f.write_char(' ')?;
        for (column, header) in HEADERS.iter().enumerate() {
            cell(f, header, widths[column], NUMERIC[column], column == last)?;
        }
        f.write_char('\n')?;
        rule(f, '=', total_width)?;
        for layer in shown() {
            f.write_char(' ')?;
            cell(f, Declared(layer), widths[0], false, false)?;
            cell(f, layer.output, widths[1], false, false)?;
            cell(f, Grouped(layer.params), widths[2], true, false)?;
            let last_cell = layer.formula.is_empty();
            cell(f, Grouped(layer.macs), widths[3], true, last_cell)?;
            if !last_cell {
                f.write_str(layer.formula)?;
            }
            f.write_char('\n')?;
        }
        rule(f, '=', total_width)?;
        let model = &self.model;
        for (label, count) in [
            ("Total params", model.total_params),
            ("Trainable params", model.params),
            ("Non-trainable params", model.non_trainable_params),
        ] {
            let bytes = Bytes(count.saturating_mul(VALUE_BYTES));
            writeln!(f, " {label}: {} ({bytes})", Grouped(count))?;
        }
        rule(f, '-', total_width)?;
        writeln!(f, " Total MACs: {}; FLOPs = 2 x MACs", Short(model.macs))?;
        writeln!(
            f,
            " Params size (f32): {}",
            Bytes(model.param_bytes(VALUE_BYTES))
        )?;
        writeln!(
            f,
            " Largest activation (f32): {} ({} values)",
            Bytes(model.largest_activation_bytes(VALUE_BYTES)),
            Grouped(model.largest_activation)
        )?;
        writeln!(
            f,
            " Peak activation memory (f32): {} ({} values)",
            Bytes(model.peak_activation_bytes(VALUE_BYTES)),
            Grouped(model.peak_activations)
        )?;
        match model.arena {
            // The same memory as the forward pass plans it: layers run in
            // place, tensors share the arena when their lifetimes do not
            // meet, the input stays the caller's.
            Some(arena) => writeln!(
                f,
                " Forward pass arena (f32): {} ({} values, ARENA_LEN)",
                Bytes(arena.saturating_mul(VALUE_BYTES)),
                Grouped(arena)
            )?,
            // Said rather than left out, so that a network too large to
            // plan does not look like one planned in no memory.
            None => writeln!(f, " Forward pass arena (f32): not planned, no ARENA_LEN")?,
        }
        if let Some(int8) = self.int8 {
            writeln!(
                f,
                " Params size (int8): {} (int8 weights, int32 biases)",
                Bytes(int8.param_bytes)
            )?;
            writeln!(
                f,
                " Forward pass arena (int8): {} (ARENA_BYTES)",
                Bytes(int8.arena_bytes)
            )?;
        }
        rule(f, '_', total_width)
    }
}

/// Writes `value` in a column of `column_width`, right-aligned if
/// `numeric`, followed by the gap unless it is the `last` cell of its row
/// (no trailing spaces).
fn cell(
    f: &mut fmt::Formatter<'_>,
    value: impl Display,
    column_width: usize,
    numeric: bool,
    last: bool,
) -> fmt::Result {
    let padding = column_width.saturating_sub(width(&value));
    if numeric {
        pad(f, padding)?;
    }
    write!(f, "{value}")?;
    if !last {
        if !numeric {
            pad(f, padding)?;
        }
        pad(f, GAP)?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    extern crate std;
    use std::string::ToString;

    use super::{Bytes, Grouped, Short};

    #[test]
    fn grouped_matches_keras() {
        assert_eq!(Grouped(0).to_string(), "0");
        assert_eq!(Grouped(999).to_string(), "999");
        assert_eq!(Grouped(62_958).to_string(), "62,958");
        assert_eq!(Grouped(138_357_544).to_string(), "138,357,544");
        assert_eq!(Grouped(1_000_000).to_string(), "1,000,000");
        assert_eq!(Grouped(u64::MAX).to_string(), "18,446,744,073,709,551,615");
    }

    #[test]
    fn short_counts_round_to_nearest() {
        assert_eq!(Short(999).to_string(), "999");
        assert_eq!(Short(849_320).to_string(), "849,320 (849.32 K)");
        assert_eq!(Short(4_089_184_256).to_string(), "4,089,184,256 (4.09 G)");
        assert_eq!(Short(1_995_000).to_string(), "1,995,000 (2.00 M)");
        assert!(Short(u64::MAX).to_string().ends_with("(18446744.07 T)"));
    }

    #[test]
    fn bytes_match_keras() {
        // Keras prints LeNet's 62,958 f32 parameters as 245.93 KB.
        assert_eq!(Bytes(62_958 * 4).to_string(), "245.93 KB");
        assert_eq!(Bytes(0).to_string(), "0.00 B");
        assert_eq!(Bytes(1023).to_string(), "1023.00 B");
        assert_eq!(Bytes(1024).to_string(), "1.00 KB");
        // VGG-16: Keras reports 527.79 MB for 138,357,544 parameters.
        assert_eq!(Bytes(138_357_544 * 4).to_string(), "527.79 MB");
        assert_eq!(Bytes(u64::MAX).to_string(), "16.00 EB");
    }
}
