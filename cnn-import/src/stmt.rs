//! The declaration as a tree of statements: what a front end makes of a
//! model's graph, before runs fold into `repeat` and the text is printed.
//! Each layer keeps where in the graph it comes from (the tensors of its
//! parameters, the value it writes), which the weights and the shape
//! check read.

/// A statement of the declaration.
#[derive(Clone)]
pub enum Stmt {
    /// A layer: its name, if the graph gives one, its text, and where in
    /// the graph it comes from.
    Layer {
        name: Option<String>,
        text: String,
        origin: Origin,
    },
    /// `add`, `concat` or `mul` of branches.
    Block(&'static str, Vec<Vec<Stmt>>),
    /// `residual { ... }`: the input added to the body's output.
    Residual(Vec<Stmt>),
    /// A Slice of channels `start..end`: the first statement of each
    /// branch of a `split` block, which the block stands for; anywhere
    /// else, `slice start..end`.
    Slice { start: u64, end: u64, channels: u64 },
    /// `repeat N { ... }`.
    Repeat(usize, Vec<Stmt>),
    /// `from name`: what follows reads the output of the statement
    /// `name`, not of the one before (a graph that is not
    /// series-parallel, `onnx::named`).
    From(String),
    /// A block given a name, so that a `from` may take its output.
    Named(String, Box<Stmt>),
    /// `name: { ... }`: a named sequence, one module of the model's
    /// (torch's `layer1`, `layer1.0`), whose path its tensors' keys
    /// begin with.
    Module(String, Vec<Stmt>),
}

/// Where a layer is in the graph: what its weights are read from and
/// the value it writes, which the declaration's are checked against.
#[derive(Clone, Default)]
pub struct Origin {
    /// The graph's tensors of its parameters, in the order of its layout
    /// (PyTorch's `state_dict` order: a conv's weight, then its bias).
    pub tensors: Vec<Source>,
    /// The value the layer's last node writes (channels first, as the
    /// graph's shapes give it) and that node, as errors name it; `None`
    /// inside a section the graph holds channels-last.
    pub value: Option<(String, String)>,
    /// The path of the module whose parameters these are, where the
    /// graph names them by torch's `state_dict` keys (`layer1.0.conv1`
    /// for `layer1.0.conv1.weight`), and each tensor's key there.
    pub path: Option<(Vec<String>, Vec<String>)>,
}

impl Stmt {
    /// A layer that has no parameters.
    pub fn layer(name: Option<String>, text: String) -> Stmt {
        Stmt::Layer {
            name,
            text,
            origin: Origin::default(),
        }
    }

    /// A layer whose parameters are the graph's `tensors`.
    pub fn weighted(name: Option<String>, text: String, tensors: Vec<Source>) -> Stmt {
        Stmt::Layer {
            name,
            text,
            origin: Origin {
                tensors,
                value: None,
                path: None,
            },
        }
    }

    /// Whether `self` and `other` declare the same: their text, not where
    /// in the graph they come from (the rounds of a `repeat` read
    /// different tensors).
    pub fn declares_same(&self, other: &Stmt) -> bool {
        let all = |a: &[Stmt], b: &[Stmt]| {
            a.len() == b.len() && a.iter().zip(b).all(|(a, b)| a.declares_same(b))
        };
        match (self, other) {
            (
                Stmt::Layer { name, text, .. },
                Stmt::Layer {
                    name: other_name,
                    text: other_text,
                    ..
                },
            ) => name == other_name && text == other_text,
            (Stmt::Block(kind, branches), Stmt::Block(other_kind, others)) => {
                kind == other_kind
                    && branches.len() == others.len()
                    && branches.iter().zip(others).all(|(a, b)| all(a, b))
            }
            (Stmt::Residual(body), Stmt::Residual(other)) => all(body, other),
            (Stmt::Repeat(count, body), Stmt::Repeat(other_count, other)) => {
                count == other_count && all(body, other)
            }
            (Stmt::Module(name, body), Stmt::Module(other_name, other)) => {
                name == other_name && all(body, other)
            }
            (
                Stmt::Slice {
                    start,
                    end,
                    channels,
                    ..
                },
                Stmt::Slice {
                    start: other_start,
                    end: other_end,
                    channels: other_channels,
                    ..
                },
            ) => start == other_start && end == other_end && channels == other_channels,
            _ => false,
        }
    }
}

/// One tensor of a layer's parameters in the graph: the value it is
/// read from (an initializer, a Constant, or an Identity or Transpose of
/// one), and whether its matrix is stored [in, out] and must be
/// transposed to PyTorch's [out, in].
#[derive(Clone)]
pub struct Source {
    /// The value's name in the graph.
    pub value: String,
    /// Whether it is a matrix stored [in, out].
    pub transpose: bool,
    /// What its values are multiplied by (1 for most): a `scaledws`
    /// conv's gain is the graph's folded `gain * gamma / sqrt(fan-in)`
    /// times `sqrt(fan-in)`.
    pub times: f64,
}

impl Source {
    /// The tensor `value`, transposed when `transpose`.
    pub fn new(value: &str, transpose: bool) -> Source {
        Source {
            value: value.to_string(),
            transpose,
            times: 1.0,
        }
    }

    /// The tensor `value`, each value times `times`.
    pub fn scaled(value: &str, times: f64) -> Source {
        Source {
            times,
            ..Source::new(value, false)
        }
    }
}

/// Where the graph's tensors are read from, by the value names a
/// [`Source`] gives: the front end's store of its file's tensors.
pub trait Tensors {
    /// The dims and values (as `f32`) of the value `name`.
    fn read(&mut self, name: &str) -> Result<(Vec<i64>, Vec<f32>), String>;
}

/// A matrix's values, [rows, columns] to [columns, rows].
pub fn transposed(name: &str, dims: &[i64], values: &[f32]) -> Result<Vec<f32>, String> {
    let [rows, columns] = dims else {
        return Err(format!(
            "`{name}` has dims {dims:?}: a fully connected layer's matrix has two"
        ));
    };
    let (rows, columns) = (*rows as usize, *columns as usize);
    let mut out = vec![0.0; values.len()];
    for row in 0..rows {
        for column in 0..columns {
            out[column * rows + row] = values[row * columns + column];
        }
    }
    Ok(out)
}
