//! Shapes as types, and [`Joins`], the condition on two of them under
//! which [`Chain`](crate::Chain) joins two networks.
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

use crate::Shape;

/// A shape written as a type: [`Dims`], [`Dims1`], [`Dims3`], [`Flat`],
/// or [`Unknown`].
pub trait ShapeType {
    /// The shape as a value.
    const SHAPE: Shape;
}

/// The shape `HxWxC` as a type: a feature map of `H` rows, `W` columns and
/// `C` channels (channels last, as the language writes it).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct Dims<const H: u64, const W: u64, const C: u64>;

/// The shape `LxC` as a type: a sequence of `L` positions and `C`
/// channels.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct Dims1<const L: u64, const C: u64>;

/// The shape `DxHxWxC` as a type: a volume or clip of `D` slices or
/// frames, `H` rows, `W` columns and `C` channels.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct Dims3<const D: u64, const H: u64, const W: u64, const C: u64>;

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

impl<const L: u64, const C: u64> ShapeType for Dims1<L, C> {
    const SHAPE: Shape = Shape::sequence(L, C);
}

impl<const D: u64, const H: u64, const W: u64, const C: u64> ShapeType for Dims3<D, H, W, C> {
    const SHAPE: Shape = Shape::volume(D, H, W, C);
}

impl<const N: u64> ShapeType for Flat<N> {
    const SHAPE: Shape = Shape::Flat(N);
}

/// An empty vector, the value no declared network has.
impl ShapeType for Unknown {
    const SHAPE: Shape = Shape::Flat(0);
}

/// `Self`, the output shape of `Backbone`, is the input shape of `Head`:
/// the condition for [`Chain<Backbone, Head>`](crate::Chain) to be a network.
///
/// It holds when both are the same [`Dims`] or the same [`Flat`], and
/// whenever one side is [`Unknown`]. The networks are parameters only so
/// that the compiler's message can name them.
#[diagnostic::on_unimplemented(
    message = "`{Backbone}` outputs `{Self}`, but `{Head}` takes `{Input}`: they do not join",
    label = "`{Backbone}` outputs `{Self}`, `{Head}` takes `{Input}`",
    note = "`Chain<{Backbone}, {Head}>` feeds `{Backbone}`'s output to `{Head}`, so the two shapes must be equal; shapes are `Dims<height, width, channels>`, `Dims1<length, channels>`, `Dims3<depth, height, width, channels>` or `Flat<length>`"
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
impl<const L: u64, const C: u64, Backbone, Head> Joins<Dims1<L, C>, Backbone, Head>
    for Dims1<L, C>
{
}

#[diagnostic::do_not_recommend]
impl<const D: u64, const H: u64, const W: u64, const C: u64, Backbone, Head>
    Joins<Dims3<D, H, W, C>, Backbone, Head> for Dims3<D, H, W, C>
{
}

#[diagnostic::do_not_recommend]
impl<const L: u64, const C: u64, Backbone, Head> Joins<Unknown, Backbone, Head> for Dims1<L, C> {}

#[diagnostic::do_not_recommend]
impl<const D: u64, const H: u64, const W: u64, const C: u64, Backbone, Head>
    Joins<Unknown, Backbone, Head> for Dims3<D, H, W, C>
{
}

#[diagnostic::do_not_recommend]
impl<Input: ShapeType, Backbone, Head> Joins<Input, Backbone, Head> for Unknown {}

#[diagnostic::do_not_recommend]
impl<const H: u64, const W: u64, const C: u64, Backbone, Head> Joins<Unknown, Backbone, Head>
    for Dims<H, W, C>
{
}

#[diagnostic::do_not_recommend]
impl<const N: u64, Backbone, Head> Joins<Unknown, Backbone, Head> for Flat<N> {}
