//! Declared networks and their totals: the [`Network`] trait that every
//! `cnn!` struct implements, the running [`Totals`], and [`analyze`], which
//! runs a list of layers.

pub mod chain;
pub mod model;
pub mod types;

use crate::arith::{add, mul};
use crate::{Error, Field, Layer, LayerSpec, Model, ReceptiveField, Shape, Step};

/// A network declared with `cnn!`: its shapes and counts as constants.
///
/// Every struct that `cnn!` declares implements it; the same constants are
/// also inherent on the struct, so `LeNet::PARAMS` needs no import.
pub trait Network {
    /// The struct's name.
    const NAME: &'static str;
    /// The input shape as a type (`Dims<32, 32, 3>`, `Flat<64>`); see
    /// [`Chain`](crate::Chain), which joins networks whose shapes agree.
    type Input: crate::ShapeType;
    /// The output shape as a type (`Flat<10>`).
    type Output: crate::ShapeType;
    /// Everything, as one value.
    const MODEL: Model<'static>;
    /// The input shape.
    const INPUT: Shape = Self::MODEL.input;
    /// The output shape.
    const OUTPUT: Shape = Self::MODEL.output;
    /// Learnable parameters.
    const PARAMS: u64 = Self::MODEL.params;
    /// Non-trainable parameters.
    const NON_TRAINABLE_PARAMS: u64 = Self::MODEL.non_trainable_params;
    /// All parameters.
    const TOTAL_PARAMS: u64 = Self::MODEL.total_params;
    /// Multiply-accumulates for one input.
    const MACS: u64 = Self::MODEL.macs;
    /// The most values any one activation holds.
    const LARGEST_ACTIVATION: u64 = Self::MODEL.largest_activation;
    /// The most activation values alive at once during inference.
    const PEAK_ACTIVATIONS: u64 = Self::MODEL.peak_activations;
    /// Every layer, in order.
    const LAYERS: &'static [Layer<'static>] = Self::MODEL.layers;
    /// A `#[cnn(int8)]` network's int8 parameter bytes and `ARENA_BYTES`,
    /// which its summary and JSON show beside the `f32` figures; `None`
    /// for any other.
    const INT8: Option<crate::Int8Figures> = None;
}

/// Running totals over a network's layers, with checked arithmetic.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Totals {
    /// Learnable parameters so far.
    pub params: u64,
    /// Non-trainable parameters so far.
    pub non_trainable_params: u64,
    /// Multiply-accumulates so far.
    pub macs: u64,
}

impl Totals {
    /// Nothing counted yet.
    pub const ZERO: Totals = Totals {
        params: 0,
        non_trainable_params: 0,
        macs: 0,
    };

    /// The counts of one layer.
    pub const fn of(step: &Step) -> Totals {
        Totals {
            params: step.params,
            non_trainable_params: step.non_trainable_params,
            macs: step.macs,
        }
    }

    /// These totals with `step` added, or an overflow error.
    pub const fn add(self, step: &Step) -> Result<Totals, Error> {
        self.plus(Totals::of(step))
    }

    /// These totals and `other` together, or an overflow error.
    pub const fn plus(self, other: Totals) -> Result<Totals, Error> {
        let params = match add(self.params, other.params, Field::Params) {
            Ok(n) => n,
            Err(error) => return Err(error),
        };
        let non_trainable_params = match add(
            self.non_trainable_params,
            other.non_trainable_params,
            Field::Params,
        ) {
            Ok(n) => n,
            Err(error) => return Err(error),
        };
        let macs = match add(self.macs, other.macs, Field::Macs) {
            Ok(n) => n,
            Err(error) => return Err(error),
        };
        Ok(Totals {
            params,
            non_trainable_params,
            macs,
        })
    }

    /// These totals `n` times over (a `repeat`'s rounds), or an overflow
    /// error.
    pub const fn times(self, n: u64) -> Result<Totals, Error> {
        let params = match mul(self.params, n, Field::Params) {
            Ok(n) => n,
            Err(error) => return Err(error),
        };
        let non_trainable_params = match mul(self.non_trainable_params, n, Field::Params) {
            Ok(n) => n,
            Err(error) => return Err(error),
        };
        let macs = match mul(self.macs, n, Field::Macs) {
            Ok(n) => n,
            Err(error) => return Err(error),
        };
        Ok(Totals {
            params,
            non_trainable_params,
            macs,
        })
    }

    /// Learnable plus non-trainable, or an overflow error.
    pub const fn total(&self) -> Result<u64, Error> {
        add(self.params, self.non_trainable_params, Field::Params)
    }
}

/// The result of [`analyze`]: the output shape, the totals, the last
/// layer's receptive field and the activation memory.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Analysis {
    /// The network's output shape.
    pub output: Shape,
    /// Its parameter and MAC totals.
    pub totals: Totals,
    /// What one output of the last layer sees of the input.
    pub receptive_field: ReceptiveField,
    /// The most values of one activation (the input included).
    pub largest_activation: u64,
    /// The most activation values alive at once: the input, then each
    /// layer's input and output together.
    pub peak_activations: u64,
}

/// Runs a sequential list of layers whose first is `input`: the output
/// shape, totals, receptive field and activation memory, or the index of
/// the first layer that cannot be applied and why. A list that is empty or
/// does not start with `input` fails at index 0 with a zero shape. This is
/// what `cnn!` computes for a network without blocks, and any count it
/// cannot hold in `u64` (parameters, MACs, live activations, a receptive
/// field) is an error here as there.
///
/// ```
/// use cnn_core::{analyze, Kind, LayerSpec, Shape};
/// const NET: &[LayerSpec] = &[
///     LayerSpec::input(Shape::spatial(28, 28, 1)),
///     LayerSpec::new(Kind::Dense).count(10),
/// ];
/// const PARAMS: u64 = match analyze(NET) {
///     Ok(analysis) => analysis.totals.params,
///     Err(_) => panic!("invalid network"),
/// };
/// assert_eq!(PARAMS, 7_850);
/// ```
pub const fn analyze(layers: &[LayerSpec]) -> Result<Analysis, (usize, Error)> {
    if layers.is_empty() || !layers[0].kind.info().is_input {
        return Err((
            0,
            Error::Zero {
                field: Field::Shape,
            },
        ));
    }
    let mut shape = layers[0].shape;
    let mut totals = Totals::ZERO;
    let mut field = ReceptiveField::INPUT;
    let mut largest = 0;
    let mut peak = 0;
    let mut index = 0;
    while index < layers.len() {
        let step = match layers[index].apply(shape) {
            Ok(step) => step,
            Err(error) => return Err((index, error)),
        };
        totals = match totals.add(&step) {
            Ok(totals) => totals,
            Err(error) => return Err((index, error)),
        };
        let output = match step.output.elements() {
            Some(n) => n,
            None => {
                return Err((
                    index,
                    Error::Overflow {
                        field: Field::Shape,
                    },
                ))
            }
        };
        let live = if index == 0 {
            Ok(output)
        } else {
            match shape.elements() {
                Some(input) => alive(&[input, output]),
                None => Err(Error::Overflow {
                    field: Field::Activations,
                }),
            }
        };
        match live {
            Ok(live) if live > peak => peak = live,
            Ok(_) => {}
            Err(error) => return Err((index, error)),
        }
        if output > largest {
            largest = output;
        }
        if index > 0 {
            field = match field.through(&layers[index], shape) {
                Ok(field) => field,
                Err(error) => return Err((index, error)),
            };
        }
        shape = step.output;
        index += 1;
    }
    if let Err(error) = totals.total() {
        return Err((layers.len() - 1, error));
    }
    Ok(Analysis {
        output: shape,
        totals,
        receptive_field: field,
        largest_activation: largest,
        peak_activations: peak,
    })
}

/// The values alive at one moment of inference: the sum of `values`, or an
/// overflow error.
///
/// ```
/// assert_eq!(cnn_core::alive(&[6_272, 1_568]), Ok(7_840));
/// ```
pub const fn alive(values: &[u64]) -> Result<u64, Error> {
    let mut sum: u64 = 0;
    let mut index = 0;
    while index < values.len() {
        sum = match add(sum, values[index], Field::Activations) {
            Ok(sum) => sum,
            Err(error) => return Err(error),
        };
        index += 1;
    }
    Ok(sum)
}
