//! The walk over a network's statements, blocks included: each layer run
//! through `cnn-core` on the shape that reaches it, each block's branches
//! joined, `repeat` rounds counted in closed form once they repeat, and the
//! receptive field and live activations followed along. Every problem is
//! recorded as a spanned message; rows come out in the order `LAYERS` lists
//! them.

use std::collections::{HashMap, HashSet};

use super::describe::{describe, error_span};
use super::model::{layer_spec, shape, spec_text};
use super::names::constant_name;
use super::words::{block_subject, block_text, subject, Origin};
use super::MAX_ROWS;
use crate::syntax::ast::{BlockNode, Body, Name, Node, Statement};
use crate::{Diagnostics, Row, Span};
use cnn_core::{
    alive, Block, Field, Formula, Kind, LayerSpec, ReceptiveField, Shape, Step, Totals,
};

mod blocks;

/// What flows through a body: the shape, where it came from, and what its
/// values see of the input.
#[derive(Clone, Copy)]
pub struct Flow<'a> {
    pub shape: Shape,
    origin: Origin<'a>,
    field: ReceptiveField,
}

/// The activations that enclosing blocks keep alive while a body runs.
#[derive(Clone, Copy)]
pub struct Kept {
    /// How many values they hold.
    values: u64,
    /// Whether the body's own input is among them (so reading it costs
    /// nothing more).
    holds_input: bool,
}

impl Kept {
    pub const NOTHING: Kept = Kept {
        values: 0,
        holds_input: false,
    };
}

/// The state of one network's analysis.
pub struct Walk<'e, 'a> {
    errors: &'e mut Diagnostics,
    /// How messages name the network.
    network: &'a str,
    /// The names that become constants.
    constants: HashMap<String, Name>,
    /// The constants already given to a row (a name inside `repeat` names
    /// its first round).
    assigned: HashSet<String>,
    /// Every row so far.
    rows: Vec<Row>,
    /// The network's input shape, once read.
    input: Option<Shape>,
    /// Whether `input` stands where it must.
    has_input: bool,
    /// How many `repeat`s enclose the current statement.
    repeats: usize,
    /// Whether the row limit was reached (and reported).
    exhausted: bool,
    /// The most values of one activation so far.
    largest: u64,
    /// The most activation values alive at once so far.
    peak: u64,
}

/// What a walk found: the rows, the input, the largest activation and the
/// peak of live activations.
pub struct Found {
    /// Every row, in order.
    pub rows: Vec<Row>,
    /// The network's input, if it was read.
    pub input: Option<Shape>,
    /// The most values of one activation.
    pub largest: u64,
    /// The most activation values alive at once.
    pub peak: u64,
}

impl<'e, 'a> Walk<'e, 'a> {
    /// A walk of the network `network` (as messages name it), whose names
    /// `constants` become constants; `has_input` if its `input` is first.
    pub fn new(
        errors: &'e mut Diagnostics,
        network: &'a str,
        constants: HashMap<String, Name>,
        has_input: bool,
    ) -> Self {
        Walk {
            errors,
            network,
            constants,
            assigned: HashSet::new(),
            rows: Vec::new(),
            input: None,
            has_input,
            repeats: 0,
            exhausted: false,
            largest: 0,
            peak: 0,
        }
    }

    /// What the walk found, and the errors back.
    pub fn finish(self) -> (Found, &'e mut Diagnostics) {
        let found = Found {
            rows: self.rows,
            input: self.input,
            largest: self.largest,
            peak: self.peak,
        };
        (found, self.errors)
    }
}

impl<'a> Walk<'_, 'a> {
    /// The constant for a row named `name`, the first time only.
    fn constant(&mut self, name: &Option<Name>) -> Option<String> {
        let constant = constant_name(&name.as_ref()?.text)?;
        if self.constants.contains_key(&constant) && self.assigned.insert(constant.clone()) {
            Some(constant)
        } else {
            None
        }
    }

    /// Whether the network lists more rows than it may; outside `repeat`
    /// this is reported here, inside by the `repeat`.
    fn too_many_rows(&mut self, span: &Span) -> bool {
        if self.rows.len() < MAX_ROWS {
            return false;
        }
        if !self.exhausted && self.repeats == 0 {
            self.errors.at(
                span.clone(),
                format!(
                    "{} has more than {MAX_ROWS} layers; `cnn!` analyses at most {MAX_ROWS}",
                    self.network
                ),
            );
        }
        self.exhausted = true;
        true
    }

    /// Records a moment of inference when `values` are alive, and `output`
    /// is a new activation; `None` (with an error at `span`) if the sum
    /// overflows.
    fn moment(&mut self, values: &[u64], output: Shape, span: &Span) -> Option<()> {
        let size = output.elements().unwrap_or(u64::MAX);
        self.largest = self.largest.max(size);
        match alive(values) {
            Ok(total) => {
                self.peak = self.peak.max(total);
                Some(())
            }
            Err(_) => {
                let parts: Vec<String> = values
                    .iter()
                    .filter(|&&n| n > 0)
                    .map(u64::to_string)
                    .collect();
                self.errors.at(
                    span.clone(),
                    format!(
                        "while this runs, the activations alive in {} ({} values: what blocks around it keep, its input and its output) are more than u64 can count",
                        self.network,
                        parts.join(" + ")
                    ),
                );
                None
            }
        }
    }

    /// The values a layer or block reads from `input` beyond what is kept.
    fn read(kept: Kept, input: Shape) -> u64 {
        if kept.holds_input {
            0
        } else {
            input.elements().unwrap_or(u64::MAX)
        }
    }

    /// Runs `body` on `flow` (`None` at the top, where `input` starts it)
    /// while `kept` is alive: what comes out, and the totals. `None` once an
    /// error leaves the shape unknown; every error is recorded.
    pub fn body(
        &mut self,
        body: &'a Body,
        mut flow: Option<Flow<'a>>,
        depth: u16,
        mut kept: Kept,
    ) -> Option<(Flow<'a>, Totals)> {
        let mut totals = Totals::ZERO;
        // After an error the walk goes on wherever the shape is still
        // known (see `Walk::layer`); `flow` is `None` where it is not, and
        // there only what is wrong whatever the input is reported.
        let mut unknown = false;
        for node in &body.statements {
            let result = match node {
                None => None,
                Some(Node::Layer(statement)) => {
                    if statement.info.kind == Kind::Input && depth == 0 {
                        if flow.is_some() || unknown {
                            // A second `input`, reported by `check_input`.
                            continue;
                        }
                        self.input_statement(statement)
                    } else if unknown {
                        self.after_unknown(statement)
                    } else {
                        self.layer(statement, flow, depth, kept)
                    }
                }
                Some(Node::Block(block)) if !unknown => {
                    flow.and_then(|flow| self.block(block, flow, depth, kept))
                }
                Some(Node::Block(block)) => {
                    for body in block.bodies() {
                        self.validate_body(body);
                    }
                    None
                }
            };
            // After the first statement, the input flowing on is new.
            kept.holds_input = false;
            match result {
                Some((next, step)) => match totals.plus(step) {
                    Ok(sum) => {
                        totals = sum;
                        flow = Some(next);
                        unknown = false;
                    }
                    Err(error) => {
                        let (span, what, this) = match node {
                            Some(Node::Layer(statement)) => {
                                (statement.span.clone(), subject(statement), "this layer")
                            }
                            Some(Node::Block(block)) => {
                                (block.head.clone(), block_subject(block), "this block")
                            }
                            None => continue,
                        };
                        let message = if error.field() == Some(Field::Macs) {
                            format!(
                                "the multiply-accumulates of {} overflow u64 at {what}: {} so far, and {this} adds {} (u64 holds at most {})",
                                self.network,
                                totals.macs,
                                step.macs,
                                u64::MAX
                            )
                        } else {
                            format!(
                                "the parameter count of {} overflows u64 at {what}: {} learnable and {} non-trainable so far, \
                                 and {this} adds {} and {} (u64 holds at most {})",
                                self.network,
                                totals.params,
                                totals.non_trainable_params,
                                step.params,
                                step.non_trainable_params,
                                u64::MAX
                            )
                        };
                        self.errors.at(span, message);
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

    /// A layer whose input is unknown after an earlier error: what is wrong
    /// with it whatever its input, and its output if that does not depend
    /// on the input (`fc 10` gives 10 values), so that the walk can go on.
    fn after_unknown(&mut self, statement: &'a Statement) -> Option<(Flow<'a>, Totals)> {
        let spec = self.valid_spec(statement)?;
        if spec.kind == Kind::Input {
            return None;
        }
        let output = spec.output_whatever_input()?;
        self.assertion(statement, output);
        let flow = Flow {
            shape: output,
            origin: Origin::Layer(statement),
            field: ReceptiveField::INPUT,
        };
        Some((flow, Totals::ZERO))
    }

    /// Reports what is wrong with `statement` whatever its input (a zero
    /// stride, a zero window), where an earlier error leaves its input
    /// unknown: those errors are independent of that one.
    fn validate(&mut self, statement: &Statement) {
        self.valid_spec(statement);
    }

    /// The layer `statement` declares, if nothing is wrong with it whatever
    /// its input; else `None`, with the error recorded.
    fn valid_spec(&mut self, statement: &Statement) -> Option<LayerSpec> {
        let spec = layer_spec(statement);
        match spec.validate() {
            Ok(()) => Some(spec),
            Err(error) => {
                self.errors.at(
                    error_span(statement, &error),
                    describe(&error, statement, &spec, None),
                );
                None
            }
        }
    }

    /// [`Walk::validate`] for every layer in `body` and its blocks.
    fn validate_body(&mut self, body: &Body) {
        for node in body.statements.iter().flatten() {
            match node {
                Node::Layer(statement) if statement.info.kind != Kind::Input => {
                    self.validate(statement)
                }
                Node::Layer(_) => {}
                Node::Block(block) => {
                    for body in block.bodies() {
                        self.validate_body(body);
                    }
                }
            }
        }
    }

    /// The network's `input` statement.
    fn input_statement(&mut self, statement: &'a Statement) -> Option<(Flow<'a>, Totals)> {
        if !self.has_input || self.input.is_some() {
            return None;
        }
        let spec = layer_spec(statement);
        let step = match spec.apply(spec.shape) {
            Ok(step) => step,
            Err(error) => {
                self.errors.at(
                    error_span(statement, &error),
                    describe(&error, statement, &spec, None),
                );
                return None;
            }
        };
        self.input = Some(step.output);
        if let Some(warning) = super::layout_warning::channels_first(statement, step.output) {
            self.errors.push(warning);
        }
        self.assertion(statement, step.output);
        let values = step.output.elements().unwrap_or(u64::MAX);
        self.moment(&[values], step.output, &statement.span)?;
        let field = ReceptiveField::INPUT;
        self.push_layer(statement, &spec, spec.shape, step, field, 0);
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
        statement: &'a Statement,
        flow: Option<Flow<'a>>,
        depth: u16,
        kept: Kept,
    ) -> Option<(Flow<'a>, Totals)> {
        let spec = self.valid_spec(statement)?;
        if spec.kind == Kind::Input {
            self.errors.at(
                statement.span.clone(),
                format!(
                    "`input` inside a block: {} has one input, its first statement; a block's input is what flows into it",
                    self.network
                ),
            );
            return None;
        }
        let flow = flow?;
        let input = flow.shape;
        if self.too_many_rows(&statement.span) {
            return None;
        }
        let step = match spec.apply(input) {
            Ok(step) => step,
            Err(error) => {
                self.errors.at(
                    error_span(statement, &error),
                    describe(&error, statement, &spec, Some((flow.origin, input))),
                );
                // Go on with what the layer would give, where that is
                // known despite the error (a conv whose `groups` do not
                // divide still has its output size), so that later,
                // independent errors are reported too.
                let output = spec.output_despite(&error, input)?;
                self.assertion(statement, output);
                let flow = Flow {
                    shape: output,
                    origin: Origin::Layer(statement),
                    field: flow.field,
                };
                return Some((flow, Totals::ZERO));
            }
        };
        let field = match flow.field.through(&spec, input) {
            Ok(field) => field,
            Err(_) => {
                self.errors.at(
                    statement.span.clone(),
                    format!(
                        "the receptive field of {} is larger than u64 can count",
                        subject(statement)
                    ),
                );
                return None;
            }
        };
        let output = step.output.elements().unwrap_or(u64::MAX);
        self.moment(
            &[kept.values, Self::read(kept, input), output],
            step.output,
            &statement.span,
        )?;
        self.assertion(statement, step.output);
        self.push_layer(statement, &spec, input, step, field, depth);
        let flow = Flow {
            shape: step.output,
            origin: Origin::Layer(statement),
            field,
        };
        Some((flow, Totals::of(&step)))
    }

    /// Checks `statement`'s `-> shape`, if it has one, against `output`.
    fn assertion(&mut self, statement: &Statement, output: Shape) {
        if let Some(assertion) = &statement.assertion {
            if shape(&assertion.dims) != output {
                self.errors.at(
                    assertion.span.clone(),
                    format!(
                        "`-> {}` does not hold: {} outputs {output}",
                        assertion.dims.text(),
                        subject(statement),
                    ),
                );
            }
        }
    }

    fn push_layer(
        &mut self,
        statement: &Statement,
        spec: &LayerSpec,
        input: Shape,
        step: Step,
        field: ReceptiveField,
        depth: u16,
    ) {
        let constant = self.constant(&statement.name);
        self.rows.push(Row {
            name: statement.name.as_ref().map(|name| name.text.clone()),
            constant,
            kind: spec.kind,
            spec: spec_text(statement),
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
    fn start_row(
        &mut self,
        name: Option<String>,
        constant: Option<String>,
        kind: Kind,
        spec: String,
        flow: Flow,
        depth: u16,
    ) -> usize {
        self.rows.push(Row {
            name,
            constant,
            kind,
            spec,
            input: flow.shape,
            step: Step {
                output: flow.shape,
                params: 0,
                non_trainable_params: 0,
                macs: 0,
            },
            formula: String::new(),
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
    fn finish_row(&mut self, row: usize, output: Shape, field: ReceptiveField, totals: Totals) {
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
    fn block(
        &mut self,
        block: &'a BlockNode,
        flow: Flow<'a>,
        depth: u16,
        kept: Kept,
    ) -> Option<(Flow<'a>, Totals)> {
        if self.too_many_rows(&block.head) {
            return None;
        }
        let constant = self.constant(&block.name);
        let row = self.start_row(
            block.name.as_ref().map(|name| name.text.clone()),
            constant,
            Kind::Block(block.block),
            block_text(block.block),
            flow,
            depth,
        );
        let inner = depth + 1;
        let entry = Flow {
            origin: Origin::Enter(block, 1),
            ..flow
        };
        let (output, totals) = match block.block {
            Block::Sequence | Block::Branch => {
                let body = block.body.as_ref()?;
                self.body(body, Some(entry), inner, kept)?
            }
            Block::Residual => self.residual(block, entry, inner, kept)?,
            Block::Add | Block::Concat | Block::Mul => self.branches(block, entry, inner, kept)?,
            Block::Repeat(count) => self.repeat(block, row, count, entry, inner, kept)?,
        };
        if let Some(assertion) = &block.assertion {
            let asserted = shape(&assertion.dims);
            if asserted != output.shape {
                self.errors.at(
                    assertion.span.clone(),
                    format!(
                        "`-> {}` does not hold: {} outputs {}",
                        assertion.dims.text(),
                        block_subject(block),
                        output.shape
                    ),
                );
            }
        }
        self.finish_row(row, output.shape, output.field, totals);
        let flow = Flow {
            origin: Origin::Block(block),
            ..output
        };
        Some((flow, totals))
    }
}
