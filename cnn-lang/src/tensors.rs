//! The tensors of a network's weights as PyTorch's `state_dict` names
//! them: each one's key, shape and offset in the flat values, every round
//! of a `repeat` with its own. What `NameWeights::TENSORS` lists and
//! `from_safetensors` finds by name.
//!
//! A key is the components of the rows around a layer and the layer's
//! own (see [`Row::component`]; the rule is in the README, "Loading
//! PyTorch weights"), a `repeat`'s round index after the repeat's, joined
//! with `.`, then the tensor's suffix from `cnn-core`
//! ([`cnn_core::Layout::tensors`]): `layer1.0.conv1.weight`.

use std::collections::HashMap;

use cnn_core::Block;

use crate::{Diagnostic, Network, Row, Span};

/// The most tensors a network's table may list: a bound on the work and
/// on what is emitted, far above any real network (a ResNet-152 has 931).
pub const MAX_TENSORS: usize = 250_000;

/// One tensor of a network's weights.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Tensor {
    /// Its `state_dict` key.
    pub key: String,
    /// PyTorch's shape.
    pub shape: Vec<u64>,
    /// Where its values start in the flat weights.
    pub offset: u64,
    /// The row of its layer.
    pub row: usize,
}

/// Every tensor of `network`, in the order of its flat weights; an error
/// at the layer whose tensor's key an earlier one already has (`{ 1: conv
/// 3x3x8; conv 3x3x8; }`: both `1.weight`), or where the table grows past
/// [`MAX_TENSORS`].
///
/// ```
/// let checked = cnn_lang::check("input 8x8x3; conv1: conv 3x3x4; relu; bn;", Some("Net"));
/// let tensors = cnn_lang::tensors(&checked.network.unwrap()).unwrap();
/// let keys: Vec<&str> = tensors.iter().map(|t| t.key.as_str()).collect();
/// assert_eq!(keys, ["conv1.weight", "conv1.bias", "2.weight", "2.bias", "2.running_mean", "2.running_var"]);
/// assert_eq!(tensors[0].shape, [4, 3, 3, 3]);
/// assert_eq!(tensors[2].offset, 4 * 3 * 3 * 3 + 4);
/// ```
pub fn tensors(network: &Network) -> Result<Vec<Tensor>, Diagnostic> {
    let mut walk = Walk {
        rows: &network.rows,
        path: Vec::new(),
        offset: 0,
        tensors: Vec::new(),
        keys: HashMap::new(),
    };
    walk.rows(0, network.rows.len())?;
    Ok(walk.tensors)
}

struct Walk<'a> {
    rows: &'a [Row],
    /// The components of the rows around the current one.
    path: Vec<String>,
    offset: u64,
    tensors: Vec<Tensor>,
    /// Each key given so far, and the row that has it.
    keys: HashMap<String, usize>,
}

impl Walk<'_> {
    fn span(&self, row: usize) -> Span {
        self.rows
            .get(row)
            .and_then(|row| row.span.clone())
            .unwrap_or(0..0)
    }

    /// The rows `start..end`: siblings and their contents.
    fn rows(&mut self, start: usize, end: usize) -> Result<(), Diagnostic> {
        let mut index = start;
        while index < end {
            let Some(row) = self.rows.get(index) else {
                break;
            };
            let next = index
                .saturating_add(1)
                .saturating_add(row.rows as usize)
                .min(end);
            let pushed = row
                .component
                .clone()
                .map(|component| self.path.push(component));
            match row.kind.block() {
                Some(Block::Repeat(count)) => self.repeat(index, next, count)?,
                Some(
                    Block::Sequence
                    | Block::Branch
                    | Block::Add
                    | Block::Concat
                    | Block::Mul
                    | Block::Sub
                    | Block::Mix
                    | Block::Split
                    | Block::Residual,
                ) => self.rows(index + 1, next)?,
                None => self.layer(index)?,
            }
            if pushed.is_some() {
                self.path.pop();
            }
            index = next;
        }
        Ok(())
    }

    /// A layer's tensors, keyed by the path to it.
    fn layer(&mut self, index: usize) -> Result<(), Diagnostic> {
        let Some(layout) = self.rows.get(index).and_then(|row| row.layout) else {
            return Ok(());
        };
        for tensor in layout.tensors().as_slice() {
            let mut key = self.path.join(".");
            if !tensor.suffix.is_empty() {
                if !key.is_empty() {
                    key.push('.');
                }
                key.push_str(tensor.suffix);
            }
            if let Some(&first) = self.keys.get(&key) {
                return Err(self.collision(index, first, &key));
            }
            if self.tensors.len() >= MAX_TENSORS {
                return Err(Diagnostic::error(
                    self.span(index),
                    format!(
                        "this network's weights have more than {MAX_TENSORS} tensors, more than \
                         `#[cnn(weights)]` lists; leave the attribute out"
                    ),
                ));
            }
            let shape = tensor.shape;
            self.keys.insert(key.clone(), index);
            self.tensors.push(Tensor {
                key,
                shape: shape.as_slice().to_vec(),
                offset: self.offset,
                row: index,
            });
            // A layer's values fit `u64`: the network's total counts them.
            self.offset = self.offset.saturating_add(shape.elements().unwrap_or(0));
        }
        Ok(())
    }

    fn collision(&self, index: usize, first: usize, key: &str) -> Diagnostic {
        let spec = |row: usize| match self.rows.get(row) {
            Some(Row {
                name: Some(name),
                spec,
                ..
            }) => format!("{name}: {spec}"),
            Some(row) => row.spec.clone(),
            None => String::new(),
        };
        Diagnostic::error(
            self.span(index),
            format!(
                "`{}` gives the tensor `{key}`, a key that `{}` before it already gives; \
                 `from_safetensors` finds tensors by key, so give one of them a name of its \
                 own (`name: {}`)",
                spec(index),
                spec(first),
                self.rows.get(index).map_or("", |row| row.spec.as_str())
            ),
        )
        .label(self.span(first), format!("`{key}` is first given here"))
    }

    /// A `repeat` at row `index`, its contents up to `end`: each round
    /// listed on its own, then the rounds alike, each with its index.
    fn repeat(&mut self, index: usize, end: usize, count: u64) -> Result<(), Diagnostic> {
        let Some(repeat) = self.rows.get(index) else {
            return Ok(());
        };
        // The direct children: each round lists the body's statements.
        let mut children = Vec::new();
        let mut child = index + 1;
        while child < end {
            children.push(child);
            let rows = self.rows.get(child).map_or(0, |row| row.rows as usize);
            child = child.saturating_add(1).saturating_add(rows);
        }
        let listed = usize::try_from(repeat.listed_rounds).unwrap_or(0);
        if listed == 0 || children.len() % listed != 0 {
            return Ok(());
        }
        let per_round = children.len() / listed;
        let bounds = |round: usize| {
            let first = children.get(round * per_round).copied().unwrap_or(end);
            let last = children
                .get((round + 1) * per_round)
                .copied()
                .unwrap_or(end);
            (first, last)
        };
        for round in 0..listed - 1 {
            let (first, last) = bounds(round);
            self.path.push(round.to_string());
            let result = self.rows(first, last);
            self.path.pop();
            result?;
        }
        // The rounds alike: one listed, each of the rest the same rows.
        let (first, last) = bounds(listed - 1);
        let mut round = listed as u64 - 1;
        while round < count {
            let before = self.tensors.len();
            self.path.push(round.to_string());
            let result = self.rows(first, last);
            self.path.pop();
            result?;
            if self.tensors.len() == before {
                // A round without tensors: so are all the others.
                break;
            }
            round += 1;
        }
        Ok(())
    }
}
