//! [`Chain`]: two networks in sequence, a network itself only when the
//! first one's output shape is the second one's input shape.

use core::marker::PhantomData;

use crate::{Joins, Layer, Model, Network};

/// Two networks in sequence: `Backbone`, then `Head` on its output.
///
/// It implements [`Network`] only when `Backbone`'s output shape is `Head`'s
/// input shape, which the compiler checks from the two networks' types.
/// Its counts are the sums of both networks' counts, usable in `const`:
///
/// ```
/// use cnn::{cnn, Chain, Network};
///
/// cnn! {
///     pub struct Features { input 32x32x3; conv 5x5x8; pool 2; conv 5x5x16; pool 2; }
///     pub struct Classifier { input 5x5x16; fc 120; fc 84; softmax 10; }
/// }
///
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
    const MODEL: Model<'static> = Model {
        input: Backbone::INPUT,
        output: Head::OUTPUT,
        params: Backbone::PARAMS + Head::PARAMS,
        non_trainable_params: Backbone::NON_TRAINABLE_PARAMS + Head::NON_TRAINABLE_PARAMS,
        total_params: Backbone::TOTAL_PARAMS + Head::TOTAL_PARAMS,
        macs: Backbone::MACS + Head::MACS,
        // The head's first moment already holds the backbone's output.
        largest_activation: max(Backbone::LARGEST_ACTIVATION, Head::LARGEST_ACTIVATION),
        peak_activations: max(Backbone::PEAK_ACTIVATIONS, Head::PEAK_ACTIVATIONS),
        // Each network runs in its own arena.
        arena: None,
        layers: &[],
    };
    const LAYERS: &'static [Layer<'static>] = &[];
}

const fn max(a: u64, b: u64) -> u64 {
    if a > b {
        a
    } else {
        b
    }
}
