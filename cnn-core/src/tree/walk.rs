//! The walk over a network's tree: each layer run on the shape that
//! reaches it, the receptive field and live activations followed along,
//! the rows listed in order. After a problem the walk goes on wherever the
//! shape is still known, so that every independent problem is found.

use alloc::collections::BTreeMap;
use alloc::string::ToString;
use alloc::vec::Vec;

use super::{Found, Node, NodeId, Origin, Problem, Row, MAX_ROWS};
use crate::{alive, Field, Formula, Kind, LayerSpec, ReceptiveField, Shape, Step, Totals};

/// What flows through a body: the shape, where it came from, and what its
/// values see of the input.
#[derive(Clone, Copy)]
pub(super) struct Flow {
    pub(super) shape: Shape,
    pub(super) origin: Origin,
    pub(super) field: ReceptiveField,
}

/// The activations that enclosing blocks keep alive while a body runs.
#[derive(Clone, Copy)]
pub(super) struct Kept {
    /// How many values they hold.
    pub(super) values: u64,
    /// Whether the body's own input is among them (so reading it costs
    /// nothing more).
    pub(super) holds_input: bool,
}

/// The state of one network's analysis.
pub(super) struct Walk {
    pub(super) rows: Vec<Row>,
    pub(super) problems: Vec<(NodeId, Problem)>,
    input: Option<Shape>,
    /// Whether `input` stands where it must.
    has_input: bool,
    /// How many `repeat`s enclose the current statement.
    pub(super) repeats: usize,
    /// Whether the row limit was reached (and reported).
    pub(super) exhausted: bool,
    largest: u64,
    peak: u64,
    /// For each output a `from` takes, the last `from` that takes it.
    pub(super) last_uses: BTreeMap<NodeId, NodeId>,
    /// Those outputs, as they are computed.
    pub(super) named: BTreeMap<NodeId, Flow>,
}

/// Analyses a network: `nodes` are its statements, `input` first;
/// `has_input` is whether the front end found its `input` where it must
/// be (first, once), else the walk only looks for problems that do not
/// depend on shapes.
pub fn analyze_tree(nodes: &[Node], has_input: bool) -> Found {
    let mut walk = Walk {
        rows: Vec::new(),
        problems: Vec::new(),
        input: None,
        has_input,
        repeats: 0,
        exhausted: false,
        largest: 0,
        peak: 0,
        last_uses: super::named::last_uses(nodes),
        named: BTreeMap::new(),
    };
    let kept = Kept {
        values: 0,
        holds_input: false,
    };
    let flow = walk.body(nodes, None, 0, kept);
    Found {
        rows: walk.rows,
        input: walk.input,
        output: flow.map(|(flow, _)| flow.shape),
        totals: flow.map_or(Totals::ZERO, |(_, totals)| totals),
        largest_activation: walk.largest,
        peak_activations: walk.peak,
        problems: walk.problems,
    }
}

/// The values of `shape`, or `u64::MAX` for one too large to count (which
/// its layer has already reported).
pub(super) fn values(shape: Shape) -> u64 {
    shape.elements().unwrap_or(u64::MAX)
}

impl Walk {
    pub(super) fn problem(&mut self, node: NodeId, problem: Problem) {
        self.problems.push((node, problem));
    }

    /// Whether the network lists more rows than it may; outside `repeat`
    /// this is reported here, inside by the `repeat`.
    pub(super) fn too_many_rows(&mut self, node: NodeId) -> bool {
        if self.rows.len() < MAX_ROWS {
            return false;
        }
        if !self.exhausted && self.repeats == 0 {
            self.problem(node, Problem::TooManyRows);
        }
        self.exhausted = true;
        true
    }

    /// Records a moment of inference when `alive_values` are alive and
    /// `output` is a new activation; `None` (with a problem at `node`) if
    /// their sum overflows.
    pub(super) fn moment(
        &mut self,
        alive_values: &[u64],
        output: Shape,
        node: NodeId,
    ) -> Option<()> {
        self.largest = self.largest.max(values(output));
        let held = self.held(node);
        let total = alive(alive_values).and_then(|sum| alive(&[sum, held]));
        match total {
            Ok(total) => {
                self.peak = self.peak.max(total);
                Some(())
            }
            Err(_) => {
                let parts = alive_values
                    .iter()
                    .copied()
                    .chain([held])
                    .filter(|&n| n > 0)
                    .collect();
                self.problem(node, Problem::Activations { values: parts });
                None
            }
        }
    }

    /// The values a layer or block reads from `input` beyond what is kept.
    pub(super) fn read(kept: Kept, input: Shape) -> u64 {
        if kept.holds_input {
            0
        } else {
            values(input)
        }
    }

    /// Runs `nodes` on `flow` (`None` at the top, where `input` starts
    /// them) while `kept` is alive: what comes out, and the totals. `None`
    /// where a problem leaves the shape unknown.
    pub(super) fn body(
        &mut self,
        nodes: &[Node],
        mut flow: Option<Flow>,
        depth: u16,
        mut kept: Kept,
    ) -> Option<(Flow, Totals)> {
        let mut totals = Totals::ZERO;
        let mut unknown = false;
        for node in nodes {
            let result = match node {
                Node::Broken => None,
                Node::From { id, target } => self.from(*id, *target, depth),
                Node::Layer { id, spec, expect } => {
                    if spec.kind.info().is_input && depth == 0 {
                        if flow.is_some() || unknown {
                            // A second `input`, which the front end reports.
                            continue;
                        }
                        self.input_statement(*id, spec, *expect)
                    } else if unknown {
                        self.after_unknown(*id, spec, *expect)
                    } else {
                        self.layer(*id, spec, *expect, flow, depth, kept)
                    }
                }
                Node::Block { .. } if !unknown => {
                    flow.and_then(|flow| self.block(node, flow, depth, kept))
                }
                Node::Block { body, branches, .. } => {
                    self.validate_all(body);
                    for branch in branches {
                        self.validate_all(branch);
                    }
                    None
                }
            };
            // After the first statement, the input flowing on is new.
            kept.holds_input = false;
            match result {
                Some((next, step)) => match totals.plus(step) {
                    Ok(sum) => {
                        if let Node::Layer { id, .. } | Node::Block { id, .. } = node {
                            self.record(*id, next);
                        }
                        totals = sum;
                        flow = Some(next);
                        unknown = false;
                    }
                    Err(error) => {
                        let id = match node {
                            Node::Layer { id, .. } | Node::Block { id, .. } => *id,
                            Node::From { .. } | Node::Broken => continue,
                        };
                        let field = error.field().unwrap_or(Field::Params);
                        self.problem(
                            id,
                            Problem::TotalsOverflow {
                                field,
                                so_far: totals,
                                adds: step,
                            },
                        );
                        unknown = true;
                        flow = None;
                    }
                },
                None => {
                    unknown = true;
                    flow = None;
                }
            }
        }
        if unknown {
            return None;
        }
        flow.map(|flow| (flow, totals))
    }

    /// The layer, if nothing is wrong with it whatever its input; else
    /// `None`, with the problem recorded.
    fn valid(&mut self, id: NodeId, spec: &LayerSpec) -> Option<()> {
        match spec.validate() {
            Ok(()) => Some(()),
            Err(error) => {
                self.problem(id, Problem::Invalid(error));
                None
            }
        }
    }

    /// What is wrong with every layer in `nodes` and its blocks whatever
    /// their input, where an earlier problem leaves the input unknown.
    fn validate_all(&mut self, nodes: &[Node]) {
        for node in nodes {
            match node {
                Node::Layer { id, spec, .. } if !spec.kind.info().is_input => {
                    self.valid(*id, spec);
                }
                Node::Layer { .. } | Node::From { .. } | Node::Broken => {}
                Node::Block { body, branches, .. } => {
                    self.validate_all(body);
                    for branch in branches {
                        self.validate_all(branch);
                    }
                }
            }
        }
    }

    /// A layer whose input is unknown after an earlier problem: what is
    /// wrong with it whatever its input, and its output if that does not
    /// depend on the input (`fc 10` gives 10 values).
    fn after_unknown(
        &mut self,
        id: NodeId,
        spec: &LayerSpec,
        expect: Option<Shape>,
    ) -> Option<(Flow, Totals)> {
        self.valid(id, spec)?;
        if spec.kind.info().is_input {
            return None;
        }
        let output = spec.output_whatever_input()?;
        self.assertion(id, expect, output);
        let flow = Flow {
            shape: output,
            origin: Origin::After(id),
            field: ReceptiveField::INPUT,
        };
        Some((flow, Totals::ZERO))
    }

    /// The network's `input`.
    fn input_statement(
        &mut self,
        id: NodeId,
        spec: &LayerSpec,
        expect: Option<Shape>,
    ) -> Option<(Flow, Totals)> {
        if !self.has_input || self.input.is_some() {
            return None;
        }
        let step = match spec.apply(spec.shape) {
            Ok(step) => step,
            Err(error) => {
                self.problem(id, Problem::Invalid(error));
                return None;
            }
        };
        self.input = Some(step.output);
        self.assertion(id, expect, step.output);
        self.moment(&[values(step.output)], step.output, id)?;
        let field = ReceptiveField::INPUT;
        self.push_layer(id, spec, spec.shape, step, field, 0);
        let flow = Flow {
            shape: step.output,
            origin: Origin::Input,
            field,
        };
        Some((flow, Totals::of(&step)))
    }

    /// One layer on `flow`.
    fn layer(
        &mut self,
        id: NodeId,
        spec: &LayerSpec,
        expect: Option<Shape>,
        flow: Option<Flow>,
        depth: u16,
        kept: Kept,
    ) -> Option<(Flow, Totals)> {
        self.valid(id, spec)?;
        if spec.kind.info().is_input {
            self.problem(id, Problem::InputInsideBlock);
            return None;
        }
        let flow = flow?;
        let input = flow.shape;
        if self.too_many_rows(id) {
            return None;
        }
        let step = match spec.apply(input) {
            Ok(step) => step,
            Err(error) => {
                self.problem(
                    id,
                    Problem::Apply {
                        error,
                        input,
                        origin: flow.origin,
                    },
                );
                // Go on with what the layer would give, where that is
                // known despite the error (a conv whose `groups` do not
                // divide still has its output size), so that later,
                // independent problems are found too.
                let output = spec.output_despite(&error, input)?;
                self.assertion(id, expect, output);
                let flow = Flow {
                    shape: output,
                    origin: Origin::After(id),
                    field: flow.field,
                };
                return Some((flow, Totals::ZERO));
            }
        };
        let Ok(field) = flow.field.through(spec, input) else {
            self.problem(id, Problem::ReceptiveField);
            return None;
        };
        self.moment(
            &[kept.values, Self::read(kept, input), values(step.output)],
            step.output,
            id,
        )?;
        self.assertion(id, expect, step.output);
        self.push_layer(id, spec, input, step, field, depth);
        let flow = Flow {
            shape: step.output,
            origin: Origin::After(id),
            field,
        };
        Some((flow, Totals::of(&step)))
    }

    /// Checks `-> shape`, if given, against `output`.
    pub(super) fn assertion(&mut self, id: NodeId, expect: Option<Shape>, output: Shape) {
        if let Some(expected) = expect {
            if expected != output {
                self.problem(id, Problem::Assertion { output });
            }
        }
    }

    fn push_layer(
        &mut self,
        id: NodeId,
        spec: &LayerSpec,
        input: Shape,
        step: Step,
        field: ReceptiveField,
        depth: u16,
    ) {
        self.rows.push(Row {
            node: Some(id),
            branch: None,
            kind: spec.kind,
            input,
            step,
            formula: Formula::new(*spec, input).to_string(),
            field,
            depth,
            rows: 0,
            times: 1,
            listed_rounds: 0,
            layout: spec.layout(input),
        });
    }

    /// Starts the row of a block or branch; its numbers come once its
    /// contents are known ([`Walk::finish_row`]).
    pub(super) fn start_row(
        &mut self,
        node: Option<NodeId>,
        branch: Option<(usize, bool)>,
        kind: Kind,
        flow: Flow,
        depth: u16,
    ) -> usize {
        self.rows.push(Row {
            node,
            branch,
            kind,
            input: flow.shape,
            step: Step {
                output: flow.shape,
                params: 0,
                non_trainable_params: 0,
                macs: 0,
            },
            formula: alloc::string::String::new(),
            field: flow.field,
            depth,
            rows: 0,
            times: 1,
            listed_rounds: 0,
            layout: None,
        });
        self.rows.len() - 1
    }

    /// Fills in the row started at `row` with what its contents give.
    pub(super) fn finish_row(
        &mut self,
        row: usize,
        output: Shape,
        field: ReceptiveField,
        totals: Totals,
    ) {
        let rows = self.rows.len() - row - 1;
        let report = &mut self.rows[row];
        report.step = Step {
            output,
            params: totals.params,
            non_trainable_params: totals.non_trainable_params,
            macs: totals.macs,
        };
        report.field = field;
        report.rows = u32::try_from(rows).unwrap_or(u32::MAX);
    }

    /// A block on `flow`: its row, then its contents one level deeper.
    fn block(&mut self, node: &Node, flow: Flow, depth: u16, kept: Kept) -> Option<(Flow, Totals)> {
        let Node::Block {
            id,
            block,
            body,
            branches,
            expect,
        } = node
        else {
            return None;
        };
        let id = *id;
        if self.too_many_rows(id) {
            return None;
        }
        let row = self.start_row(Some(id), None, Kind::Block(*block), flow, depth);
        let inner = depth + 1;
        let entry = Flow {
            origin: Origin::Enter(id, 1),
            ..flow
        };
        let (output, totals) = match *block {
            crate::Block::Sequence | crate::Block::Branch => {
                self.body(body, Some(entry), inner, kept)?
            }
            crate::Block::Residual => self.residual(id, body, entry, inner, kept)?,
            crate::Block::Add
            | crate::Block::Concat
            | crate::Block::Mul
            | crate::Block::Split
            | crate::Block::Sub => self.branches(id, *block, branches, entry, inner, kept)?,
            crate::Block::Mix => self.mix(id, branches, entry, inner, kept)?,
            crate::Block::Repeat(count) => self.repeat(id, row, count, body, entry, inner, kept)?,
        };
        self.assertion(id, *expect, output.shape);
        self.finish_row(row, output.shape, output.field, totals);
        let flow = Flow {
            origin: Origin::After(id),
            ..output
        };
        Some((flow, totals))
    }
}
