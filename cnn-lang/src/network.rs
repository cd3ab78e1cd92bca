//! What checking a network gives: every row of its table and its totals,
//! owned, for the front ends to print, draw or emit.

use cnn_core::plan::memory::{Plan, Unplanned};
use cnn_core::{Kind, Layer, Layout, Model, ReceptiveField, Shape, Step, Totals};

use crate::Span;

/// One analysed row: a layer, or a block with the sum of its contents.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Row {
    /// Its name, as written without `r#`, if any.
    pub name: Option<String>,
    /// The associated constant it gets (`conv1` → `CONV1`), for the first
    /// row a name names.
    pub constant: Option<String>,
    /// What it does.
    pub kind: Kind,
    /// The statement as the summary shows it (`conv 5x5x8`, `repeat 3`).
    pub spec: String,
    /// What it gets.
    pub input: Shape,
    /// What it gives and costs (for a block, the sum of its contents).
    pub step: Step,
    /// The article's formula with its numbers.
    pub formula: String,
    /// What one of its outputs sees of the input.
    pub field: ReceptiveField,
    /// How many blocks it sits in.
    pub depth: u16,
    /// For a block, how many rows follow inside it.
    pub rows: u32,
    /// How many times it runs at its place (see [`Layer::times`]).
    pub times: u64,
    /// For a `repeat`, how many rounds its rows list: each round that
    /// changes the shape on its own, then one for all the rounds alike
    /// (whose rows have [`times`](Row::times) above 1). 0 for other rows.
    pub listed_rounds: u64,
    /// How its parameters are laid out, for a layer that has any.
    pub layout: Option<Layout>,
    /// Its part of its tensors' `state_dict` keys: its name, or its
    /// position in its body; `None` for a row that adds none (`input`, a
    /// branch, an unnamed `add`, a round's one unnamed statement). See
    /// [`tensors`](crate::tensors).
    pub component: Option<String>,
    /// The statement, where messages about it point (a block's keyword);
    /// `None` for a branch.
    pub span: Option<Span>,
}

/// A network that passed every check.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Network {
    /// Its input shape.
    pub input: Shape,
    /// Its output shape.
    pub output: Shape,
    /// Its totals.
    pub totals: Totals,
    /// Learnable plus non-trainable.
    pub total_params: u64,
    /// The most values of one activation.
    pub largest_activation: u64,
    /// The most activation values alive at once.
    pub peak_activations: u64,
    /// The forward pass's memory plan, or why a network too large to
    /// plan has none (more than [`MAX_STEPS`](cnn_core::plan::memory::MAX_STEPS)
    /// steps, or sizes beyond `usize`).
    pub plan: Result<Plan, Unplanned>,
    /// Every row, in the order `LAYERS` lists them.
    pub rows: Vec<Row>,
    /// The network's tree, which the plans walk: kept for the int8 plan,
    /// made only for a network that asks for it ([`int8`](crate::int8)).
    pub nodes: Vec<cnn_core::tree::Node>,
}

impl Row {
    /// The row as `cnn-core`'s [`Layer`], its text borrowed from the row.
    pub fn layer(&self) -> Layer<'_> {
        Layer {
            name: self.name.as_deref(),
            kind: self.kind,
            spec: &self.spec,
            input: self.input,
            output: self.step.output,
            params: self.step.params,
            non_trainable_params: self.step.non_trainable_params,
            macs: self.step.macs,
            formula: &self.formula,
            receptive_field: self.field,
            depth: self.depth,
            rows: self.rows,
            times: self.times,
        }
    }
}

impl Network {
    /// The forward pass's arena in values, if it was planned.
    pub fn arena(&self) -> Option<u64> {
        self.plan
            .as_ref()
            .ok()
            .and_then(|plan| u64::try_from(plan.header.arena_len).ok())
    }

    /// Every row as `cnn-core`'s [`Layer`], borrowed from the network:
    /// what [`model`](Network::model) takes.
    pub fn layers(&self) -> Vec<Layer<'_>> {
        self.rows.iter().map(Row::layer).collect()
    }

    /// The network as `cnn-core`'s [`Model`] over `layers` (its
    /// [`layers`](Network::layers)), for its summary, JSON and SVG:
    /// borrowed, so nothing outlives the network, however often it is
    /// checked (rust-analyzer expands a macro on every edit).
    pub fn model<'a>(&self, layers: &'a [Layer<'a>]) -> Model<'a> {
        Model {
            input: self.input,
            output: self.output,
            params: self.totals.params,
            non_trainable_params: self.totals.non_trainable_params,
            total_params: self.total_params,
            macs: self.totals.macs,
            largest_activation: self.largest_activation,
            peak_activations: self.peak_activations,
            arena: self.arena(),
            layers,
        }
    }
}

#[cfg(test)]
mod tests {
    use cnn_core::Summary;

    #[test]
    fn the_model_borrows_the_networks_rows() {
        let network = crate::check("input 32x32x3; conv1: conv 5x5x8; pool 2; fc 10;", None)
            .network
            .expect("a valid network");
        let layers = network.layers();
        let model = network.model(&layers);
        // (5*5*3+1)*8 = 608, then 14*14*8 = 1,568 inputs to 10 outputs:
        // 1,568*10 + 10 = 15,690.
        assert_eq!(model.params, 608 + 15_690);
        assert_eq!(model.layers.len(), 4);
        assert_eq!(model.layers[1].name, Some("conv1"));
        assert_eq!(model.layers[1].formula, "((5*5*3)+1)*8 = 608");
        let table = Summary::new("n", model).to_string();
        assert!(table.contains("Total params: 16,298"), "{table}");
    }
}
