//! Shapes as types, and [`Chain`], which joins two networks only when the
//! first one's output shape is the second one's input shape.
//!
//! The `cnn!` macro knows every shape and writes it as literal const
//! generics (`type Output = ::cnn::Dims<5, 5, 16>;`), so the compiler
//! compares two plain types: no type-level arithmetic, no nightly.
//!
//! ```
//! use cnn::{Dims, Flat, ShapeType, Shape};
//! const _: () = assert!(<Dims<32, 32, 3> as ShapeType>::SHAPE.same_as(&Shape::spatial(32, 32, 3)));
//! const _: () = assert!(<Flat<10> as ShapeType>::SHAPE.same_as(&Shape::Flat(10)));
//! ```

use core::marker::PhantomData;

use crate::{Layer, Model, Network, Shape, Summary};

/// A shape written as a type: [`Dims`], [`Flat`], or [`Unknown`].
pub trait ShapeType {
    /// The shape as a value.
    const SHAPE: Shape;
}

/// The shape `HxWxC` as a type: a feature map of `H` rows, `W` columns and
/// `C` channels (channels last, as the language writes it).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct Dims<const H: u64, const W: u64, const C: u64>;

/// The shape `N` as a type: a flat vector of `N` values.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct Flat<const N: u64>;

/// The shape of a network whose declaration has errors. The `cnn!` macro
/// reports those errors; the stub it declares in the network's place has
/// `Unknown` input and output, which join with any shape, so that the rest
/// of the user's code adds no second error to the real one.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct Unknown;

impl<const H: u64, const W: u64, const C: u64> ShapeType for Dims<H, W, C> {
    const SHAPE: Shape = Shape::spatial(H, W, C);
}

impl<const N: u64> ShapeType for Flat<N> {
    const SHAPE: Shape = Shape::Flat(N);
}

/// An empty vector, the value no declared network has.
impl ShapeType for Unknown {
    const SHAPE: Shape = Shape::Flat(0);
}

/// `Self`, the output shape of `Backbone`, is the input shape of `Head`:
/// the condition for [`Chain<Backbone, Head>`] to be a network.
///
/// It holds when both are the same [`Dims`] or the same [`Flat`], and
/// whenever one side is [`Unknown`]. The networks are parameters only so
/// that the compiler's message can name them.
#[diagnostic::on_unimplemented(
    message = "`{Backbone}` outputs `{Self}`, but `{Head}` takes `{Input}`: they do not join",
    label = "`{Backbone}` outputs `{Self}`, `{Head}` takes `{Input}`",
    note = "`Chain<{Backbone}, {Head}>` feeds `{Backbone}`'s output to `{Head}`, so the two shapes must be equal; shapes are `Dims<height, width, channels>` or `Flat<length>`"
)]
pub trait Joins<Input, Backbone, Head> {}

#[diagnostic::do_not_recommend]
impl<const H: u64, const W: u64, const C: u64, Backbone, Head> Joins<Dims<H, W, C>, Backbone, Head>
    for Dims<H, W, C>
{
}

#[diagnostic::do_not_recommend]
impl<const N: u64, Backbone, Head> Joins<Flat<N>, Backbone, Head> for Flat<N> {}

#[diagnostic::do_not_recommend]
impl<Input: ShapeType, Backbone, Head> Joins<Input, Backbone, Head> for Unknown {}

#[diagnostic::do_not_recommend]
impl<const H: u64, const W: u64, const C: u64, Backbone, Head> Joins<Unknown, Backbone, Head>
    for Dims<H, W, C>
{
}

#[diagnostic::do_not_recommend]
impl<const N: u64, Backbone, Head> Joins<Unknown, Backbone, Head> for Flat<N> {}

/// Two networks in sequence: `Backbone`, then `Head` on its output.
///
/// It implements [`Network`] only when `Backbone`'s output shape is `Head`'s
/// input shape, which the compiler checks from the two networks' types.
/// Its counts are the sums of both networks' counts, usable in `const`:
///
/// ```
/// use cnn::{Chain, Network};
/// # use cnn::{Dims, Flat, Model, Shape};
/// # struct Features;
/// # impl Network for Features {
/// #     const NAME: &'static str = "Features";
/// #     type Input = Dims<32, 32, 3>;
/// #     type Output = Dims<5, 5, 16>;
/// #     const MODEL: Model = Model { input: Shape::spatial(32, 32, 3), output: Shape::spatial(5, 5, 16),
/// #         params: 3_824, non_trainable_params: 0, total_params: 3_824, macs: 0,
/// #         largest_activation: 0, peak_activations: 0, layers: &[] };
/// # }
/// # struct Classifier;
/// # impl Network for Classifier {
/// #     const NAME: &'static str = "Classifier";
/// #     type Input = Dims<5, 5, 16>;
/// #     type Output = Flat<10>;
/// #     const MODEL: Model = Model { input: Shape::spatial(5, 5, 16), output: Shape::Flat(10),
/// #         params: 59_134, non_trainable_params: 0, total_params: 59_134, macs: 0,
/// #         largest_activation: 0, peak_activations: 0, layers: &[] };
/// # }
/// // With `Features` ending in 5x5x16 and `Classifier` starting there
/// // (declared with `cnn!`):
/// type LeNet = Chain<Features, Classifier>;
/// const _: () = assert!(LeNet::PARAMS == 62_958);
/// ```
///
/// Const code cannot concatenate two `&'static [Layer]` of generic lengths,
/// so a chain's [`MODEL`](Network::MODEL) has the sums and the shapes but no
/// layers: [`LAYERS`](Network::LAYERS) is empty and its summary shows the
/// totals only. The layers are the two networks' own: walk
/// `Backbone::LAYERS`, then `Head::LAYERS` (whose first row is its `input`).
/// Its [`NAME`](Network::NAME) is `"Chain"` for the same reason.
pub struct Chain<Backbone, Head>(PhantomData<(Backbone, Head)>);

impl<Backbone, Head> Network for Chain<Backbone, Head>
where
    Backbone: Network,
    Head: Network,
    Backbone::Output: Joins<Head::Input, Backbone, Head>,
{
    const NAME: &'static str = "Chain";
    type Input = Backbone::Input;
    type Output = Head::Output;
    const MODEL: Model = Model {
        input: Backbone::INPUT,
        output: Head::OUTPUT,
        params: Backbone::PARAMS + Head::PARAMS,
        non_trainable_params: Backbone::NON_TRAINABLE_PARAMS + Head::NON_TRAINABLE_PARAMS,
        total_params: Backbone::TOTAL_PARAMS + Head::TOTAL_PARAMS,
        macs: Backbone::MACS + Head::MACS,
        // The head's first moment already holds the backbone's output.
        largest_activation: max(Backbone::LARGEST_ACTIVATION, Head::LARGEST_ACTIVATION),
        peak_activations: max(Backbone::PEAK_ACTIVATIONS, Head::PEAK_ACTIVATIONS),
        layers: &[],
    };
    const LAYERS: &'static [Layer] = &[];

    fn summary() -> Summary {
        Summary::new(Self::NAME, Self::MODEL)
    }
}

const fn max(a: u64, b: u64) -> u64 {
    if a > b {
        a
    } else {
        b
    }
}
