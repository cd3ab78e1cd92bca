//! The model's operators as the language's tree of statements: a chain
//! is a sequence, and a join (ADD, MUL, CONCATENATION) is a block whose
//! branches run from the tensor where its inputs fork, one branch per
//! input in the operator's order (`{}` for the fork itself; an add of
//! the fork and one branch is `residual`). The fork is
//! the inputs' nearest common dominator: the latest tensor every path
//! from the model's input to each of them passes through. A graph that
//! does not nest so (a tensor read again outside the block it is in) is
//! an error naming the operator.

use super::layers::{Lowered, Where};
use crate::stmt::{Origin, Stmt};

/// Forks nested deeper than this are refused rather than walked on a
/// stack that a crafted file could exhaust.
const DEEPEST: usize = 200;

/// The graph between the operators, and which are in the tree so far.
pub struct Tree<'t> {
    /// Each operator lowered, with where errors name it.
    ops: &'t [(Where, Lowered)],
    /// The operator that writes each tensor.
    producer: Vec<Option<usize>>,
    /// Each tensor's immediate dominator and its position (0 for the
    /// model's input, `i + 1` for operator `i`'s output).
    idom: Vec<Option<(usize, usize)>>,
    /// Whether each operator is in the tree.
    placed: Vec<bool>,
}

impl<'t> Tree<'t> {
    /// The graph of `ops` (operator `i` writes `outputs[i]`) from the
    /// model's input `input`.
    pub fn new(
        tensors: usize,
        ops: &'t [(Where, Lowered)],
        outputs: &[usize],
        input: usize,
    ) -> Result<Tree<'t>, String> {
        let mut tree = Tree {
            ops,
            producer: vec![None; tensors],
            idom: vec![None; tensors],
            placed: vec![false; ops.len()],
        };
        tree.idom[input] = Some((input, 0));
        for (i, ((at, lowered), &output)) in ops.iter().zip(outputs).enumerate() {
            tree.producer[output] = Some(i);
            let inputs = inputs(lowered);
            let mut fork = None;
            for &x in &inputs {
                if tree.idom[x].is_none() {
                    return Err(at.says(format!(
                        "reads tensor {x}, which neither the model's input nor an earlier \
                         operator gives: the language's network has one input"
                    )));
                }
                fork = Some(match fork {
                    None => x,
                    Some(other) => tree.common(other, x),
                });
            }
            tree.idom[output] = fork.map(|f| (f, i + 1));
        }
        Ok(tree)
    }

    /// The nearest common dominator of tensors `a` and `b`.
    fn common(&self, mut a: usize, mut b: usize) -> usize {
        let position = |t: usize| self.idom[t].map_or(0, |(_, p)| p);
        let parent = |t: usize| self.idom[t].map_or(t, |(d, _)| d);
        while a != b {
            // Climb from the later one; the input is its own parent.
            if position(a) >= position(b) {
                let up = parent(a);
                if up == a {
                    return a;
                }
                a = up;
            } else {
                let up = parent(b);
                if up == b {
                    return b;
                }
                b = up;
            }
        }
        a
    }

    /// The statements that compute `tensor` from `stop`, which dominates
    /// it, `depth` forks in.
    pub fn statements(
        &mut self,
        mut tensor: usize,
        stop: usize,
        depth: usize,
    ) -> Result<Vec<Stmt>, String> {
        let mut reversed = Vec::new();
        while tensor != stop {
            let Some(i) = self.producer[tensor] else {
                return Err(format!(
                    "tensor {tensor} is read, but neither the model's input nor an operator \
                     gives it"
                ));
            };
            let (at, lowered) = &self.ops[i];
            if self.placed[i] {
                return Err(at.says(
                    "writes a tensor that is read both inside a branch and outside it: the \
                     graph is not series-parallel, and the language's blocks (add, concat, \
                     mul) only join branches of one fork"
                        .to_string(),
                ));
            }
            self.placed[i] = true;
            let origin = |tensor: usize| Origin {
                value: Some((
                    tensor.to_string(),
                    format!("operator {} ({})", at.index, at.code),
                )),
                ..Origin::default()
            };
            let layer = |text: &str| Stmt::Layer {
                name: None,
                text: text.to_string(),
                origin: origin(tensor),
            };
            match lowered {
                Lowered::Layer {
                    input,
                    text,
                    activation,
                } => {
                    reversed.extend(activation.map(layer));
                    reversed.extend(text.as_deref().map(layer));
                    tensor = *input;
                }
                Lowered::Pass { input } => tensor = *input,
                Lowered::Join {
                    kind,
                    inputs,
                    activation,
                } => {
                    if depth >= DEEPEST {
                        return Err(at.says(format!(
                            "is a join inside {DEEPEST} others: deeper than the importer walks"
                        )));
                    }
                    let fork = self.idom[tensor].map_or(stop, |(fork, _)| fork);
                    let mut branches = Vec::new();
                    for &x in inputs {
                        branches.push(self.statements(x, fork, depth + 1)?);
                    }
                    reversed.extend(activation.map(layer));
                    reversed.push(block(kind, branches));
                    tensor = fork;
                }
            }
        }
        reversed.reverse();
        Ok(reversed)
    }

    /// The first operator left out of the tree, if any: one whose output
    /// leads nowhere the model's output is computed from.
    pub fn left_out(&self) -> Option<&Where> {
        let i = self.placed.iter().position(|placed| !placed)?;
        Some(&self.ops[i].0)
    }
}

/// The block of `kind` joining `branches`: an add of the fork and one
/// branch is `residual { branch }`, as the ONNX front end prints it
/// (either input order: an add is the same both ways).
fn block(kind: &'static str, mut branches: Vec<Vec<Stmt>>) -> Stmt {
    let empty = branches.iter().filter(|branch| branch.is_empty()).count();
    if kind == "add" && branches.len() == 2 && empty == 1 {
        branches.retain(|branch| !branch.is_empty());
        return Stmt::Residual(branches.remove(0));
    }
    Stmt::Block(kind, branches)
}

/// The tensors an operator reads at run time.
fn inputs(lowered: &Lowered) -> Vec<usize> {
    match lowered {
        Lowered::Layer { input, .. } | Lowered::Pass { input } => vec![*input],
        Lowered::Join { inputs, .. } => inputs.clone(),
    }
}

#[cfg(test)]
mod tests {
    use cnn_tflite::Code;

    use super::{Lowered, Tree, Where};
    use crate::print;

    /// Operator `index` of `code`: a layer `text` on tensor `input`.
    fn layer(index: usize, text: &str, input: usize) -> (Where, Lowered) {
        let at = Where {
            index,
            code: Code::Conv2d,
        };
        let text = Some(text.to_string());
        (
            at,
            Lowered::Layer {
                input,
                text,
                activation: None,
            },
        )
    }

    /// Operator `index`: a join `kind` of `inputs`.
    fn join(index: usize, kind: &'static str, inputs: &[usize]) -> (Where, Lowered) {
        let at = Where {
            index,
            code: Code::Add,
        };
        let inputs = inputs.to_vec();
        (
            at,
            Lowered::Join {
                kind,
                inputs,
                activation: Some("relu"),
            },
        )
    }

    /// The text of operator `i` writing tensor `i + 1` from tensor 0.
    fn text(ops: &[(Where, Lowered)]) -> Result<String, String> {
        let outputs: Vec<usize> = (1..=ops.len()).collect();
        let mut tree = Tree::new(ops.len() + 1, ops, &outputs, 0)?;
        let stmts = tree.statements(ops.len(), 0, 0)?;
        if let Some(at) = tree.left_out() {
            return Err(format!("left out: operator {}", at.index));
        }
        Ok(print::text("input 8x8x4;", &stmts))
    }

    #[test]
    fn forks_nest_into_blocks_in_the_operators_input_order() {
        // 1 = a(0); 2 = b(1); 3 = c(0); 4 = concat(3, 2); 5 = d(4);
        // 6 = add(4, 5): a concat of two branches of the input, then a
        // residual around d whose identity is the add's first input.
        let ops = [
            layer(0, "a", 0),
            layer(1, "b", 1),
            layer(2, "c", 0),
            join(3, "concat", &[3, 2]),
            layer(4, "d", 4),
            join(5, "add", &[4, 5]),
        ];
        let expected = "input 8x8x4;
concat {
    {
        c;
    }
    {
        a;
        b;
    }
}
relu;
residual {
    d;
}
relu;
";
        assert_eq!(text(&ops).as_deref(), Ok(expected));
    }

    #[test]
    fn a_value_read_outside_its_branch_is_refused() {
        // 1 = a(0); 2 = b(1); 3 = add(0, 2); 4 = add(3, 1): tensor 1 is
        // inside the first add's branch and read again by the second.
        let ops = [
            layer(0, "a", 0),
            layer(1, "b", 1),
            join(2, "add", &[0, 2]),
            join(3, "add", &[3, 1]),
        ];
        let error = text(&ops).unwrap_err();
        assert!(
            error.starts_with("operator 0 (CONV_2D) writes a tensor that is read both"),
            "{error}"
        );
    }

    #[test]
    fn an_operator_off_the_path_to_the_output_is_refused() {
        // 1 = a(0); 2 = b(0), which nothing reads; 3 = c(1).
        let ops = [layer(0, "a", 0), layer(1, "b", 0), layer(2, "c", 1)];
        assert_eq!(text(&ops), Err("left out: operator 1".to_string()));
    }

    #[test]
    fn a_tensor_no_operator_gives_is_refused() {
        let ops = [layer(0, "a", 0), join(1, "add", &[1, 7])];
        let error = Tree::new(8, &ops, &[1, 2], 0).err().unwrap_or_default();
        assert!(
            error.contains("reads tensor 7, which neither the model's input"),
            "{error}"
        );
    }
}
