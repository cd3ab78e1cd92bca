//! Runs `cnn-core`'s analysis over a parsed network, blocks included, and
//! turns every problem into a message spanned on the tokens at fault, with
//! the numbers.

use std::collections::{HashMap, HashSet};

use cnn_core::{join, Block, Error, Field, Formula, Kind, LayerSpec, Shape, Step, Totals};
use proc_macro2::{Ident, TokenStream};

use crate::ast::{BlockNode, Body, Branch, Node, Statement};
use crate::errors::Errors;
use crate::model::{field_tokens, layer_spec, shape, spec_text};

/// Constant names the generated struct already has; a layer may not take
/// them.
pub const RESERVED: &[&str] = &[
    "NAME",
    "MODEL",
    "INPUT",
    "OUTPUT",
    "PARAMS",
    "NON_TRAINABLE_PARAMS",
    "TOTAL_PARAMS",
    "LAYERS",
    "MACS",
];

/// The most rows a network may list, `repeat` rounds included: a bound on
/// the work and the size of what is emitted, far above any real network
/// (DenseNet-264 lists fewer than 2,000).
pub const MAX_ROWS: usize = 250_000;

/// One analysed row: a layer, or a block with the sum of its contents.
pub struct Report {
    /// Its name, as written without `r#`, if any.
    pub name: Option<String>,
    /// The associated constant it gets, for a named row.
    pub constant: Option<Ident>,
    /// What it does.
    pub kind: Kind,
    /// The statement as the summary shows it.
    pub spec: String,
    /// What it gets.
    pub input: Shape,
    /// What it gives and costs (for a block, the sum of its contents).
    pub step: Step,
    /// The article's formula with its numbers.
    pub formula: String,
    /// How many blocks it sits in.
    pub depth: u16,
    /// For a block, how many rows follow inside it.
    pub rows: u32,
    /// How many times it runs at its place (see `cnn_core::Layer::times`).
    pub times: u64,
}

/// A network that passed every check.
pub struct Analyzed {
    /// Its input shape.
    pub input: Shape,
    /// Its output shape.
    pub output: Shape,
    /// Its totals.
    pub totals: Totals,
    /// Learnable plus non-trainable.
    pub total_params: u64,
    /// Every row.
    pub layers: Vec<Report>,
}

/// How a message names a statement: "`conv2` (conv 5x5x16)" or
/// "`conv 5x5x16`".
fn subject(statement: &Statement) -> String {
    match &statement.name {
        Some((name, _)) => format!("`{name}` ({})", spec_text(statement)),
        None => format!("`{}`", spec_text(statement)),
    }
}

/// The block's statement as the summary shows it: `add`, `repeat 3`,
/// `{ ... }`.
pub fn block_text(block: Block) -> String {
    match block {
        Block::Sequence => "{ ... }".to_string(),
        Block::Repeat(count) => format!("repeat {count}"),
        other => other.keyword().to_string(),
    }
}

/// How a message names a block: "`layer1` (repeat 3)" or "`add`".
fn block_subject(block: &BlockNode) -> String {
    match (&block.name, block.block) {
        (Some((name, _)), Block::Sequence) => format!("`{name}`"),
        (Some((name, _)), other) => format!("`{name}` ({})", block_text(other)),
        (None, other) => format!("`{}`", block_text(other)),
    }
}

/// A body's statements in short, for naming a branch: `conv 1x1x128; bn`.
fn body_text(body: &Body) -> String {
    let parts: Vec<String> = body
        .statements
        .iter()
        .map(|node| match node {
            Some(Node::Layer(statement)) => spec_text(statement),
            Some(Node::Block(block)) => format!("{} {{ ... }}", block_text(block.block)),
            None => "...".to_string(),
        })
        .collect();
    let text = parts.join("; ");
    match parts.as_slice() {
        // Long bodies keep their first and last statements: the last one
        // gives the shape a message is about.
        [first, .., last] if text.chars().count() > 60 => format!("{first}; ...; {last}"),
        _ => text,
    }
}

/// "branch 2 (`conv 1x1x128; bn`)", or "branch 1 (`{}`, the identity)".
fn branch_subject(index: usize, branch: &Branch) -> String {
    if branch.body.statements.is_empty() {
        format!("branch {} (`{{}}`, the identity)", index + 1)
    } else {
        format!("branch {} (`{}`)", index + 1, body_text(&branch.body))
    }
}

/// Where a layer's input comes from, for messages.
#[derive(Clone, Copy)]
enum Origin<'a> {
    /// The network's `input`.
    Input,
    /// The layer before.
    Layer(&'a Statement),
    /// The block before.
    Block(&'a BlockNode),
    /// The start of a block's body (or branch), in a given round.
    Enter(&'a BlockNode, u64),
}

impl Origin<'_> {
    /// "the input is 32x32x3", "`pool 2` outputs 14x14x8".
    fn describe(self, shape: Shape) -> String {
        match self {
            Origin::Input => format!("the input is {shape}"),
            Origin::Layer(previous) => format!("{} outputs {shape}", subject(previous)),
            Origin::Block(previous) => format!("{} outputs {shape}", block_subject(previous)),
            Origin::Enter(block, round) if round > 1 => {
                format!("round {round} of {} gets {shape}", block_subject(block))
            }
            Origin::Enter(block, _) => format!("{} gets {shape}", block_subject(block)),
        }
    }
}

/// The constant a layer name becomes (`conv1` → `CONV1`), if it is one.
pub fn constant_name(name: &str) -> Option<Ident> {
    syn::parse_str::<Ident>(&name.to_uppercase()).ok()
}

/// The constants of every well-formed name, for the fallback stub.
pub fn constants(body: &Body) -> Vec<Ident> {
    let mut seen = HashSet::new();
    let mut constants = Vec::new();
    for (name, ident) in body.names() {
        if let Some(mut constant) = constant_name(name) {
            constant.set_span(ident.span());
            let text = constant.to_string();
            if !RESERVED.contains(&text.as_str()) && seen.insert(text) {
                constants.push(constant);
            }
        }
    }
    constants
}

/// Checks the names of layers and blocks: each one a constant, none twice,
/// none taken.
fn check_names(body: &Body, network: Option<&str>, errors: &mut Errors) -> HashMap<String, Ident> {
    let mut constants: HashMap<String, Ident> = HashMap::new();
    let mut names: HashMap<String, Ident> = HashMap::new();
    for (name, ident) in body.names() {
        let Some(network) = network else {
            // The expression form makes no constants: names need only differ.
            if let Some(first) = names.get(name) {
                let mut error = syn::Error::new_spanned(
                    ident,
                    format!("layer name `{name}` is used twice in this network"),
                );
                error.combine(syn::Error::new_spanned(
                    first,
                    format!("`{name}` is first used here"),
                ));
                errors.push(error);
            } else {
                names.insert(name.clone(), ident.clone());
            }
            continue;
        };
        if name == "_" {
            errors.at(
                ident,
                "`_` cannot name a layer; use an identifier, like `conv1:`",
            );
            continue;
        }
        let Some(constant) = constant_name(name) else {
            errors.at(
                ident,
                format!(
                    "layer name `{name}` cannot be made into a constant (`{network}::{}`)",
                    name.to_uppercase()
                ),
            );
            continue;
        };
        let text = constant.to_string();
        if RESERVED.contains(&text.as_str()) {
            errors.at(
                ident,
                format!(
                    "layer name `{name}` would be `{network}::{text}`, which every network already has; choose another name"
                ),
            );
        } else if let Some(first) = constants.get(&text) {
            let mut error = syn::Error::new_spanned(
                ident,
                if unraw_eq(first, name) {
                    format!("layer name `{name}` is used twice in `{network}`")
                } else {
                    format!("layer names `{first}` and `{name}` would both be `{network}::{text}`")
                },
            );
            error.combine(syn::Error::new_spanned(
                first,
                format!("`{first}` is first used here"),
            ));
            errors.push(error);
        } else {
            constants.insert(text, ident.clone());
        }
    }
    constants
}

fn unraw_eq(ident: &Ident, name: &str) -> bool {
    crate::parse::unraw(ident) == name
}

/// Checks where `input` stands: first, exactly once. Returns whether the
/// network has a usable input.
fn check_input(body: &Body, owner: &TokenStream, network: &str, errors: &mut Errors) -> bool {
    // `network` is how messages name it: "`LeNet`" or "this network".
    let inputs: Vec<(usize, &Statement)> = body
        .statements
        .iter()
        .enumerate()
        .filter_map(|(index, node)| match node {
            Some(Node::Layer(statement)) if statement.info.kind == Kind::Input => {
                Some((index, statement))
            }
            _ => None,
        })
        .collect();
    let Some((first_index, first)) = inputs.first() else {
        let broken = body.statements.iter().any(Option::is_none);
        if !broken {
            errors.at(
                owner,
                format!(
                    "{network} has no `input`; start it with `input HxWxC` (a feature map) or `input N` (a vector)"
                ),
            );
        }
        return false;
    };
    for (_, second) in &inputs[1..] {
        let mut error = syn::Error::new_spanned(
            &second.tokens,
            format!("a second `input` in {network}: a network has exactly one input, its first statement"),
        );
        error.combine(syn::Error::new_spanned(
            &first.tokens,
            "the first `input` is here",
        ));
        errors.push(error);
    }
    if *first_index != 0 {
        if let Some(Some(head)) = body.statements.first() {
            let (tokens, what) = match head {
                Node::Layer(statement) => (&statement.tokens, subject(statement)),
                Node::Block(block) => (&block.tokens, block_subject(block)),
            };
            let mut error = syn::Error::new_spanned(
                tokens,
                format!("{network} must start with its `input`, but starts with {what}"),
            );
            error.combine(syn::Error::new_spanned(
                &first.tokens,
                "the `input` is here; move it to the top",
            ));
            errors.push(error);
        }
        return false;
    }
    true
}

/// Analyses one network's statements; `network` is the struct's name, or
/// `None` for the expression form. Returns the result only if there was no
/// error; every error found is recorded.
pub fn check(
    body: &Body,
    owner: &TokenStream,
    network: Option<&str>,
    errors: &mut Errors,
) -> Option<Analyzed> {
    let errors_before = errors.count();
    let constants = check_names(body, network, errors);
    let label = match network {
        Some(name) => format!("`{name}`"),
        None => "this network".to_string(),
    };
    let has_input = check_input(body, owner, &label, errors);
    let mut walk = Walk {
        errors,
        network: &label,
        constants,
        assigned: HashSet::new(),
        rows: Vec::new(),
        input: None,
        has_input,
        repeats: 0,
        exhausted: false,
    };
    let flow = walk.body(body, None, 0);
    let Walk {
        errors,
        rows,
        input,
        ..
    } = walk;
    let (output, _, totals) = flow?;
    let total_params = match totals.total() {
        Ok(total) => total,
        Err(_) => {
            errors.at(
                owner,
                format!(
                    "{label} has {} learnable and {} non-trainable parameters, and together they overflow u64 (at most {})",
                    totals.params,
                    totals.non_trainable_params,
                    u64::MAX
                ),
            );
            return None;
        }
    };
    match (errors.count() == errors_before, input) {
        (true, Some(input)) => Some(Analyzed {
            input,
            output,
            totals,
            total_params,
            layers: rows,
        }),
        _ => None,
    }
}

/// The shape flowing through a body: what it is and where it came from.
type Flow<'a> = (Shape, Origin<'a>);

/// The state of one network's analysis.
struct Walk<'e, 'a> {
    errors: &'e mut Errors,
    /// How messages name the network.
    network: &'a str,
    /// The names that become constants.
    constants: HashMap<String, Ident>,
    /// The constants already given to a row (a name inside `repeat` names
    /// its first round).
    assigned: HashSet<String>,
    /// Every row so far.
    rows: Vec<Report>,
    /// The network's input shape, once read.
    input: Option<Shape>,
    /// Whether `input` stands where it must.
    has_input: bool,
    /// How many `repeat`s enclose the current statement.
    repeats: usize,
    /// Whether the row limit was reached (and reported).
    exhausted: bool,
}

impl<'a> Walk<'_, 'a> {
    /// The constant for a row named `name`, the first time only.
    fn constant(&mut self, name: &Option<(String, Ident)>) -> Option<Ident> {
        let constant = constant_name(&name.as_ref()?.0)?;
        let text = constant.to_string();
        if self.constants.contains_key(&text) && self.assigned.insert(text) {
            Some(constant)
        } else {
            None
        }
    }

    /// Whether the network lists more rows than it may; outside `repeat`
    /// this is reported here, inside by the `repeat`.
    fn too_many_rows(&mut self, tokens: &TokenStream) -> bool {
        if self.rows.len() < MAX_ROWS {
            return false;
        }
        if !self.exhausted && self.repeats == 0 {
            self.errors.at(
                tokens,
                format!(
                    "{} has more than {MAX_ROWS} layers; `cnn!` analyses at most {MAX_ROWS}",
                    self.network
                ),
            );
        }
        self.exhausted = true;
        true
    }

    /// Runs `body` on `flow` (`None` at the top, where `input` starts it):
    /// the output, where it came from, and the totals. `None` once an error
    /// leaves the shape unknown; every error is recorded.
    fn body(
        &mut self,
        body: &'a Body,
        mut flow: Option<Flow<'a>>,
        depth: u16,
    ) -> Option<(Shape, Origin<'a>, Totals)> {
        let mut totals = Totals::ZERO;
        let mut broken = false;
        for node in &body.statements {
            let result = match node {
                None => None,
                Some(Node::Layer(statement)) => {
                    if statement.info.kind == Kind::Input && depth == 0 {
                        if flow.is_some() || broken {
                            // A second `input`, reported by `check_input`.
                            continue;
                        }
                        self.input_statement(statement)
                    } else if broken {
                        None
                    } else {
                        self.layer(statement, flow, depth)
                    }
                }
                Some(Node::Block(block)) if !broken => {
                    flow.and_then(|flow| self.block(block, flow, depth))
                }
                Some(Node::Block(_)) => None,
            };
            match result {
                Some((shape, origin, step)) => match totals.plus(step) {
                    Ok(sum) => {
                        totals = sum;
                        flow = Some((shape, origin));
                    }
                    Err(error) => {
                        let (tokens, what, this) = match node {
                            Some(Node::Layer(statement)) => {
                                (&statement.tokens, subject(statement), "this layer")
                            }
                            Some(Node::Block(block)) => {
                                (&block.head, block_subject(block), "this block")
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
                        self.errors.at(tokens, message);
                        broken = true;
                        flow = None;
                    }
                },
                None => {
                    broken = true;
                    flow = None;
                }
            }
        }
        if broken {
            return None;
        }
        flow.map(|(shape, origin)| (shape, origin, totals))
    }

    /// The network's `input` statement.
    fn input_statement(&mut self, statement: &'a Statement) -> Option<(Shape, Origin<'a>, Totals)> {
        if !self.has_input || self.input.is_some() {
            return None;
        }
        let spec = layer_spec(statement);
        let step = match spec.apply(spec.shape) {
            Ok(step) => step,
            Err(error) => {
                self.errors.at(
                    error_tokens(statement, &error),
                    describe(&error, statement, &spec, None),
                );
                return None;
            }
        };
        self.input = Some(step.output);
        self.push_layer(statement, &spec, spec.shape, step, 0);
        Some((step.output, Origin::Input, Totals::of(&step)))
    }

    /// One layer on `flow`.
    fn layer(
        &mut self,
        statement: &'a Statement,
        flow: Option<Flow<'a>>,
        depth: u16,
    ) -> Option<(Shape, Origin<'a>, Totals)> {
        let spec = layer_spec(statement);
        if let Err(error) = spec.validate() {
            self.errors.at(
                error_tokens(statement, &error),
                describe(&error, statement, &spec, None),
            );
            return None;
        }
        if spec.kind == Kind::Input {
            self.errors.at(
                &statement.tokens,
                format!(
                    "`input` inside a block: {} has one input, its first statement; a block's input is what flows into it",
                    self.network
                ),
            );
            return None;
        }
        let (input, origin) = flow?;
        if self.too_many_rows(&statement.tokens) {
            return None;
        }
        let step = match spec.apply(input) {
            Ok(step) => step,
            Err(error) => {
                self.errors.at(
                    error_tokens(statement, &error),
                    describe(&error, statement, &spec, Some((origin, input))),
                );
                return None;
            }
        };
        if let Some(assertion) = &statement.assertion {
            let asserted = shape(&assertion.dims);
            if asserted != step.output {
                self.errors.at(
                    &assertion.tokens,
                    format!(
                        "`-> {}` does not hold: {} outputs {}",
                        assertion.dims.text(),
                        subject(statement),
                        step.output
                    ),
                );
            }
        }
        self.push_layer(statement, &spec, input, step, depth);
        Some((step.output, Origin::Layer(statement), Totals::of(&step)))
    }

    fn push_layer(
        &mut self,
        statement: &Statement,
        spec: &LayerSpec,
        input: Shape,
        step: Step,
        depth: u16,
    ) {
        let constant = self.constant(&statement.name);
        self.rows.push(Report {
            name: statement.name.as_ref().map(|(name, _)| name.clone()),
            constant,
            kind: spec.kind,
            spec: spec_text(statement),
            input,
            step,
            formula: Formula::new(*spec, input).to_string(),
            depth,
            rows: 0,
            times: 1,
        });
    }

    /// A block on `flow`: its row, then its contents one level deeper.
    fn block(
        &mut self,
        block: &'a BlockNode,
        (input, origin): Flow<'a>,
        depth: u16,
    ) -> Option<(Shape, Origin<'a>, Totals)> {
        if self.too_many_rows(&block.head) {
            return None;
        }
        let row = self.rows.len();
        let constant = self.constant(&block.name);
        self.rows.push(Report {
            name: block.name.as_ref().map(|(name, _)| name.clone()),
            constant,
            kind: Kind::Block(block.block),
            spec: block_text(block.block),
            input,
            step: Step {
                output: input,
                params: 0,
                non_trainable_params: 0,
                macs: 0,
            },
            formula: String::new(),
            depth,
            rows: 0,
            times: 1,
        });
        let inner = depth + 1;
        let result = match block.block {
            Block::Sequence | Block::Branch => {
                let body = block.body.as_ref()?;
                self.body(body, Some((input, Origin::Enter(block, 1))), inner)
                    .map(|(output, _, totals)| (output, totals))
            }
            Block::Residual => self.residual(block, input, inner),
            Block::Add | Block::Concat | Block::Mul => self.branches(block, input, inner),
            Block::Repeat(count) => self.repeat(block, count, (input, origin), inner),
        };
        let (output, totals) = result?;
        if let Some(assertion) = &block.assertion {
            let asserted = shape(&assertion.dims);
            if asserted != output {
                self.errors.at(
                    &assertion.tokens,
                    format!(
                        "`-> {}` does not hold: {} outputs {output}",
                        assertion.dims.text(),
                        block_subject(block),
                    ),
                );
            }
        }
        let rows = self.rows.len() - row - 1;
        let report = &mut self.rows[row];
        report.step = Step {
            output,
            params: totals.params,
            non_trainable_params: totals.non_trainable_params,
            macs: totals.macs,
        };
        report.rows = u32::try_from(rows).unwrap_or(u32::MAX);
        Some((output, Origin::Block(block), totals))
    }

    /// `residual { body }`: the body, added to the block's input.
    fn residual(
        &mut self,
        block: &'a BlockNode,
        input: Shape,
        depth: u16,
    ) -> Option<(Shape, Totals)> {
        let body = block.body.as_ref()?;
        let (output, _, totals) = self.body(body, Some((input, Origin::Enter(block, 1))), depth)?;
        match join(Block::Residual, input, output) {
            Ok(shape) => Some((shape, totals)),
            Err(_) => {
                self.errors.at(
                    &block.head,
                    format!(
                        "{} adds its input to its body's output, so they must be the same shape, but it gets {input} and its body (`{}`) ends in {output}; \
                         for a shortcut that changes the shape, use `add` with a projection branch: `add {{ {{ conv 1x1x{} stride S nobias; bn; }} {{ ... }} }}`",
                        block_subject(block),
                        body_text(body),
                        output.channels(),
                    ),
                );
                None
            }
        }
    }

    /// `add`, `concat`, `mul`: each branch on the same input, then joined.
    fn branches(
        &mut self,
        block: &'a BlockNode,
        input: Shape,
        depth: u16,
    ) -> Option<(Shape, Totals)> {
        let mut outputs = Vec::new();
        let mut totals = Totals::ZERO;
        let mut broken = false;
        for (index, branch) in block.branches.iter().enumerate() {
            let row = self.rows.len();
            self.rows.push(Report {
                name: None,
                constant: None,
                kind: Kind::Block(Block::Branch),
                spec: if branch.body.statements.is_empty() {
                    format!("branch {} (identity)", index + 1)
                } else {
                    format!("branch {}", index + 1)
                },
                input,
                step: Step {
                    output: input,
                    params: 0,
                    non_trainable_params: 0,
                    macs: 0,
                },
                formula: String::new(),
                depth,
                rows: 0,
                times: 1,
            });
            let Some((output, _, branch_totals)) = self.body(
                &branch.body,
                Some((input, Origin::Enter(block, 1))),
                depth + 1,
            ) else {
                broken = true;
                continue;
            };
            let rows = self.rows.len() - row - 1;
            let report = &mut self.rows[row];
            report.step = Step {
                output,
                params: branch_totals.params,
                non_trainable_params: branch_totals.non_trainable_params,
                macs: branch_totals.macs,
            };
            report.rows = u32::try_from(rows).unwrap_or(u32::MAX);
            match totals.plus(branch_totals) {
                Ok(sum) => totals = sum,
                Err(_) => {
                    self.overflow(&block.head, block);
                    return None;
                }
            }
            outputs.push((index, branch, output));
        }
        if broken {
            return None;
        }
        let (_, first_branch, first) = outputs.first().copied()?;
        let mut joined = first;
        for &(index, branch, output) in &outputs[1..] {
            joined = match join(block.block, joined, output) {
                Ok(shape) => shape,
                Err(Error::Mismatch { .. }) => {
                    let rule = match block.block {
                        Block::Add => "needs every branch to end in the same shape",
                        Block::Concat => "stacks channels, so every branch must end in the same height and width",
                        _ => "needs branches of the same shape, or a 1x1xC gate with the same channels as an HxWxC branch",
                    };
                    self.errors.at(
                        &block.head,
                        format!(
                            "{} {rule}, but {} ends in {first} and {} ends in {output}",
                            block_subject(block),
                            branch_subject(0, first_branch),
                            branch_subject(index, branch),
                        ),
                    );
                    return None;
                }
                Err(_) => {
                    self.errors.at(
                        &block.head,
                        format!(
                            "{} stacks more channels than u64 can count: {joined} and {output}",
                            block_subject(block)
                        ),
                    );
                    return None;
                }
            };
        }
        Some((joined, totals))
    }

    /// `repeat N { body }`: round after round, each fed the last, until a
    /// round gives back the shape it got; from there every round is alike,
    /// so one is listed and counted `N - r + 1` times.
    fn repeat(
        &mut self,
        block: &'a BlockNode,
        count: u64,
        (input, _): Flow<'a>,
        depth: u16,
    ) -> Option<(Shape, Totals)> {
        let body = block.body.as_ref()?;
        let mut totals = Totals::ZERO;
        let mut current = input;
        let mut round = 1;
        let mut first_output = input;
        loop {
            let first_row = self.rows.len();
            let errors_before = self.errors.count();
            let was_exhausted = self.exhausted;
            self.repeats += 1;
            let result = self.body(body, Some((current, Origin::Enter(block, round))), depth);
            self.repeats -= 1;
            let Some((output, _, round_totals)) = result else {
                if self.exhausted && !was_exhausted {
                    self.errors.at(
                        &block.head,
                        format!(
                            "{} changes the shape in every round (round 1 turns {input} into {first_output}, round {round} gets {current}), \
                             so each round is listed on its own, and `cnn!` lists at most {MAX_ROWS} layers; \
                             a `repeat` this long needs a body that gives back the shape it gets",
                            block_subject(block),
                        ),
                    );
                } else if round > 1 && self.errors.count() > errors_before && !self.exhausted {
                    self.errors.at(
                        &block.head,
                        format!(
                            "round {round} of {} cannot run: each round is fed the last one's output, and round 1 turned {input} into the {} it got; \
                             a `repeat` body must give back a shape it can take again",
                            block_subject(block),
                            current
                        ),
                    );
                }
                return None;
            };
            if output == current || round == count {
                // Every round left is this one again.
                let left = count - round + 1;
                let round_totals = match round_totals.times(left) {
                    Ok(sum) => sum,
                    Err(_) => {
                        self.overflow(&block.head, block);
                        return None;
                    }
                };
                for row in &mut self.rows[first_row..] {
                    if row.depth == depth {
                        row.times = left;
                    }
                }
                return match totals.plus(round_totals) {
                    Ok(sum) => Some((output, sum)),
                    Err(_) => {
                        self.overflow(&block.head, block);
                        None
                    }
                };
            }
            totals = match totals.plus(round_totals) {
                Ok(sum) => sum,
                Err(_) => {
                    self.overflow(&block.head, block);
                    return None;
                }
            };
            if round == 1 {
                first_output = output;
            }
            current = output;
            round += 1;
        }
    }

    fn overflow(&mut self, tokens: &TokenStream, block: &BlockNode) {
        self.errors.at(
            tokens,
            format!(
                "the counts of {} overflow u64 (at most {})",
                block_subject(block),
                u64::MAX
            ),
        );
    }
}

/// The tokens an error about `statement` points at: the number at fault
/// where there is one, else the whole statement.
fn error_tokens(statement: &Statement, error: &Error) -> TokenStream {
    match error {
        Error::Overflow {
            field: Field::Shape | Field::Params,
        } => statement.tokens.clone(),
        _ => field_tokens(statement, error.field()),
    }
}

/// Which sides of a declared shape are zero: "its width is 0".
fn zero_sides(shape: Shape) -> String {
    let sides: Vec<&str> = match shape {
        Shape::Spatial {
            height,
            width,
            channels,
        } => [("height", height), ("width", width), ("channels", channels)]
            .iter()
            .filter(|(_, value)| *value == 0)
            .map(|(side, _)| *side)
            .collect(),
        Shape::Flat(_) => vec!["length"],
    };
    let verb = if sides.len() == 1 && sides[0] != "channels" {
        "is"
    } else {
        "are"
    };
    format!("its {} {verb} 0", sides.join(" and "))
}

/// The message for `error` of `statement`, with the numbers; `context` is
/// the statement the input came from and the input.
fn describe(
    error: &Error,
    statement: &Statement,
    spec: &LayerSpec,
    context: Option<(Origin, Shape)>,
) -> String {
    let subject = subject(statement);
    let from = |shape: Shape| match context {
        Some((origin, _)) => origin.describe(shape),
        None => format!("its input is {shape}"),
    };
    let window_word = match spec.kind {
        Kind::Conv | Kind::DepthwiseConv | Kind::SeparableConv => "kernel",
        Kind::AdaptiveAvgPool => "output size",
        Kind::ZeroPad => "padding",
        _ => "window",
    };
    match *error {
        Error::Zero { field } => match field {
            Field::Shape => format!(
                "{subject}: {}; every dimension of a shape must be at least 1",
                zero_sides(spec.shape)
            ),
            Field::Window => format!(
                "{subject}: its {window_word} {}x{} has a side of 0; each side must be at least 1",
                spec.window[0], spec.window[1]
            ),
            Field::Count => match spec.kind {
                Kind::Conv | Kind::SeparableConv => {
                    format!("{subject} has 0 filters; a convolution needs at least 1")
                }
                _ => format!("{subject} has 0 units; a fully connected layer needs at least 1"),
            },
            Field::Stride | Field::Dilation | Field::Groups | Field::Multiplier => {
                let keyword = match field {
                    Field::Stride => "stride",
                    Field::Dilation => "dilation",
                    Field::Groups => "groups",
                    _ => "multiplier",
                };
                format!("{subject}: {keyword} must be at least 1, not 0")
            }
            Field::Padding | Field::Params | Field::Macs | Field::Rounds => {
                format!("{subject}: {error}")
            }
        },
        Error::NeedsSpatial { input } => format!(
            "{subject} needs an HxWxC feature map, but {} (a flat vector); convolutions, pooling and padding must come before `flatten` and `fc`",
            from(input)
        ),
        Error::WindowTooLarge {
            window,
            padding,
            padded,
            input,
        } => {
            let [min_h, min_w] = error.smallest_input().unwrap_or(window);
            let mut why = Vec::new();
            if spec.dilation != [1, 1] {
                why.push(format!(
                    "its {}x{} {window_word} dilated by {}x{} spans {}x{}",
                    spec.window[0], spec.window[1], spec.dilation[0], spec.dilation[1], window[0], window[1]
                ));
            }
            if padding != [0, 0] {
                why.push(format!(
                    "with {}x{} padding on each side {input} becomes {}x{}, still smaller than its {}x{} {window_word}",
                    padding[0], padding[1], padded[0], padded[1], window[0], window[1]
                ));
            }
            let why = if why.is_empty() {
                String::new()
            } else {
                format!(" ({})", why.join("; "))
            };
            format!(
                "{subject} needs an input of at least {min_h}x{min_w}, but {}{why}",
                from(input)
            )
        }
        Error::GroupsInput { groups, channels } => {
            let input = context.map_or(Shape::Flat(channels), |(_, input)| input);
            format!(
                "{subject}: groups {groups} must divide the input channels, but {} ({channels} channels)",
                from(input)
            )
        }
        Error::GroupsFilters { groups, filters } => format!(
            "{subject}: groups {groups} must divide the filters too, but it has {filters} filters"
        ),
        Error::PoolPaddingTooLarge { padding, window } => format!(
            "{subject}: padding {}x{} is more than half of its {}x{} window, which PyTorch refuses (a window would see only padding)",
            padding[0], padding[1], window[0], window[1]
        ),
        Error::Mismatch { .. } => format!("{subject}: {error}"),
        Error::Overflow { field } => match field {
            Field::Params => format!(
                "{subject} has more parameters than u64 can count (more than {})",
                u64::MAX
            ),
            Field::Macs => format!(
                "{subject} needs more multiply-accumulates than u64 can count (more than {})",
                u64::MAX
            ),
            Field::Multiplier => {
                let channels = context.map_or(0, |(_, input)| input.channels());
                format!(
                    "{subject}: multiplier {} times its {channels} input channels overflows u64",
                    spec.multiplier
                )
            }
            Field::Dilation => format!(
                "{subject}: dilation {}x{} spreads its {}x{} {window_word} beyond what u64 can count",
                spec.dilation[0], spec.dilation[1], spec.window[0], spec.window[1]
            ),
            Field::Padding => format!(
                "{subject}: its input padded on both sides is larger than u64 can count"
            ),
            _ if spec.kind == Kind::Input => format!(
                "{subject} has more values than u64 can count (more than {})",
                u64::MAX
            ),
            _ => match context {
                Some((_, input)) if matches!(spec.kind, Kind::Dense | Kind::Softmax | Kind::Flatten) => {
                    format!(
                        "{subject} flattens its input {input}, and that many values overflow u64"
                    )
                }
                _ => format!(
                    "{subject}: its output has more values than u64 can count (more than {})",
                    u64::MAX
                ),
            },
        },
    }
}
