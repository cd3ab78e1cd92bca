//! Parameters as plain arrays: one `#[repr(C)]` type per kind of layer, in
//! PyTorch's `state_dict` order, the [`Weights`] trait that says a type is
//! nothing but values of `T`, and safe, allocation-free views of a flat
//! slice as such a type.
//!
//! For a network marked `#[cnn(weights)]`, the `cnn!` macro declares a struct
//! `NameWeights<T>` with one field of these types per layer that has
//! parameters, so a flat export of the network's parameters (PyTorch's
//! `torch.cat([t.flatten() for t in model.state_dict().values()])` without
//! `num_batches_tracked`) is that struct, read in place:
//!
//! ```
//! use cnn_run::weights::{Conv2d, Linear};
//! use cnn_run::weights::Weights;
//!
//! // conv 5x5x8 on 3 channels: ((5*5*3)+1)*8 = 608 values.
//! const _: () = assert!(<Conv2d<f32, 5, 5, 3, 8> as Weights<f32>>::LEN == 608);
//! const _: () = assert!(core::mem::size_of::<Conv2d<f32, 5, 5, 3, 8>>() == 608 * 4);
//!
//! let flat: Vec<f32> = (0..850).map(|i| i as f32).collect();
//! let out = Linear::<f32, 84, 10>::from_slice(&flat).unwrap();
//! assert_eq!(out.weight[1][0], 84.0); // row 1, column 0: PyTorch's weight[1, 0]
//! assert_eq!(out.bias[0], 840.0);
//! ```
//!
//! Element type `T` is anything: `f32`, `f64`, a half-precision type, `i8`.
//! Every layer type and every generated struct is `#[repr(C)]` and holds
//! only arrays of `T` (and other such types), so it has the alignment of
//! `T`, no padding, and `size_of` equal to its number of values times
//! `size_of::<T>()`; the macro checks that with a `const` assertion.

use core::fmt;
use core::mem::{align_of, size_of};

/// A type that is exactly [`LEN`](Weights::LEN) values of `T` in a row: a
/// layer's parameters, an array of them, or a network's weight struct.
///
/// # Safety
///
/// An implementor must be `#[repr(C)]` (or an array) and consist only of
/// values of `T`, arrays of `T` and other [`Weights<T>`] types, so that
/// every byte of it belongs to a `T` at a `T`-aligned offset, with no
/// padding, [`LEN`](Weights::LEN) values in all. Then any `LEN` values of
/// `T` in a row are a valid `Self`, which is what the views rely on. The
/// views also check, at compile time, that `size_of::<Self>()` is
/// `LEN * size_of::<T>()` and that `Self` needs no more alignment than `T`.
pub unsafe trait Weights<T>: Sized {
    /// The number of values of `T`.
    const LEN: usize;

    /// The values as `Self`, read in place; an error if there are not
    /// exactly [`LEN`](Weights::LEN) of them.
    fn from_slice(values: &[T]) -> Result<&Self, WrongLength> {
        let () = layout_holds::<T, Self>();
        if values.len() != Self::LEN {
            return Err(WrongLength::new(Self::LEN, values.len()));
        }
        // SAFETY: `values` holds `LEN` initialised values of `T`, which by
        // the trait's contract are a valid `Self` of the same size (checked
        // by `layout_holds`); the pointer is aligned for `T` and so for
        // `Self`, whose alignment is at most `T`'s (also checked); it may
        // read `LEN * size_of::<T>()` bytes, all of `Self`. The borrow of
        // `values` lasts as long as the result, and shared stays shared.
        Ok(unsafe { &*values.as_ptr().cast::<Self>() })
    }

    /// The values as `Self`, read and written in place; an error if there
    /// are not exactly [`LEN`](Weights::LEN) of them.
    fn from_slice_mut(values: &mut [T]) -> Result<&mut Self, WrongLength> {
        let () = layout_holds::<T, Self>();
        if values.len() != Self::LEN {
            return Err(WrongLength::new(Self::LEN, values.len()));
        }
        // SAFETY: as in `from_slice`; the exclusive borrow of `values` is
        // moved into the result, so nothing else reaches those values
        // while it lives, and any `Self` written through it is `LEN` valid
        // values of `T` again.
        Ok(unsafe { &mut *values.as_mut_ptr().cast::<Self>() })
    }

    /// An array of exactly [`LEN`](Weights::LEN) values as `Self`. A
    /// generated weight struct's own `from_array` names the length as a
    /// literal, so a wrong one is a type error; here, where `N` is generic,
    /// a wrong one fails the build when this is instantiated.
    fn from_array<const N: usize>(values: &[T; N]) -> &Self {
        struct Check<T, W, const N: usize>(core::marker::PhantomData<(T, W)>);
        impl<T, W: Weights<T>, const N: usize> Check<T, W, N> {
            const SAME: () = assert!(N == W::LEN, "the array's length is not `LEN`");
        }
        let () = Check::<T, Self, N>::SAME;
        let () = layout_holds::<T, Self>();
        // SAFETY: as in `from_slice`, with the length `N == LEN` checked at
        // compile time.
        unsafe { &*values.as_ptr().cast::<Self>() }
    }

    /// The values as one flat slice, in order.
    fn as_slice(&self) -> &[T] {
        let () = layout_holds::<T, Self>();
        if Self::LEN == 0 {
            // `Self` may be less aligned than `T` when it holds none.
            return &[];
        }
        // SAFETY: `Self` is `LEN` values of `T` with no padding and, since
        // it holds at least one `T` and consists only of them, the
        // alignment of `T`; the slice borrows `self`.
        unsafe { core::slice::from_raw_parts((self as *const Self).cast::<T>(), Self::LEN) }
    }

    /// The values as one flat slice, in order, to write.
    fn as_mut_slice(&mut self) -> &mut [T] {
        let () = layout_holds::<T, Self>();
        if Self::LEN == 0 {
            return &mut [];
        }
        // SAFETY: as in `as_slice`, with the exclusive borrow of `self`;
        // whatever `T`s are written there are a valid `Self`.
        unsafe { core::slice::from_raw_parts_mut((self as *mut Self).cast::<T>(), Self::LEN) }
    }
}

/// Fails the build, where a view of `W` is used, if `W`'s layout is not
/// `LEN` values of `T`: the second line of defence behind the contract of
/// [`Weights`] and the macro's own `const` assertion.
const fn layout_holds<T, W: Weights<T>>() {
    struct Check<T, W>(core::marker::PhantomData<(T, W)>);
    impl<T, W: Weights<T>> Check<T, W> {
        const HOLDS: () = assert!(
            size_of::<W>() == W::LEN * size_of::<T>() && align_of::<W>() <= align_of::<T>(),
            "a `Weights<T>` type is not exactly `LEN` values of `T`"
        );
    }
    Check::<T, W>::HOLDS
}

/// A `W` of zeros on the heap, allocated as zeros (no copy through the
/// stack, where a large network's weights do not fit). With the `alloc`
/// feature.
///
/// ```
/// # #[cfg(feature = "alloc")] {
/// use cnn_run::weights::{zeroed_box, Linear};
/// let fc = zeroed_box::<Linear<f32, 400, 120>>();
/// assert_eq!(fc.weight[119][399], 0.0);
/// # }
/// ```
#[cfg(feature = "alloc")]
pub fn zeroed_box<W: Weights<f32>>() -> alloc::boxed::Box<W> {
    let () = layout_holds::<f32, W>();
    // SAFETY: a `W` is nothing but `LEN` `f32`s with no padding (the
    // contract of `Weights`, checked by `layout_holds`), each of which is
    // 0.0 as zero bits, so zero bytes are a valid `W`.
    unsafe { crate::arena::zeroed_box() }
}

/// A slice of the wrong length for a weight struct or layer.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct WrongLength {
    /// The number of values the type holds.
    pub expected: usize,
    /// The number of values given.
    pub found: usize,
}

impl WrongLength {
    const fn new(expected: usize, found: usize) -> WrongLength {
        WrongLength { expected, found }
    }
}

impl fmt::Display for WrongLength {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "expected {} parameter values, got {}",
            self.expected, self.found
        )
    }
}

impl core::error::Error for WrongLength {}

/// Where one field of a network's weight struct sits in the flat slice, in
/// values of `T` (not bytes), as the table `NameWeights::SLOTS` lists them.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Slot {
    /// The field's name (`conv1`, `layer_3`, `stage_conv`).
    pub name: &'static str,
    /// The index of its first value.
    pub offset: usize,
    /// How many values it holds (all rounds of a `repeat` together).
    pub len: usize,
    /// How many times the layer or round is stored: its array's length, 1
    /// for a plain field.
    pub count: usize,
}

/// Each field's [`Slot`] from its name, its number of values (an array's
/// values all together) and its array length (1 for a plain field): the
/// offsets are the running sum, as `#[repr(C)]` lays the fields out. What
/// a generated `NameWeights::SLOTS` is made of.
///
/// ```
/// use cnn_run::weights::{slots, Slot};
/// const SLOTS: [Slot; 2] = slots([("conv1", 608, 1), ("stage", 3 * 20, 3)]);
/// assert_eq!(SLOTS[1], Slot { name: "stage", offset: 608, len: 60, count: 3 });
/// ```
pub const fn slots<const N: usize>(fields: [(&'static str, usize, usize); N]) -> [Slot; N] {
    let mut slots = [Slot {
        name: "",
        offset: 0,
        len: 0,
        count: 0,
    }; N];
    let mut offset = 0;
    let mut index = 0;
    while index < N {
        let (name, len, count) = fields[index];
        slots[index] = Slot {
            name,
            offset,
            len,
            count,
        };
        offset += len;
        index += 1;
    }
    slots
}

// SAFETY: an array of `Weights<T>` types is those types' values one after
// the other: arrays have no padding between elements, the alignment of
// their element, and `K * W::LEN` values.
unsafe impl<T, W: Weights<T>, const K: usize> Weights<T> for [W; K] {
    const LEN: usize = K * W::LEN;
}

/// Declares a layer type: the struct, its `Weights` implementation and its
/// value count, from one list of fields.
macro_rules! layer {
    (
        $(#[$attr:meta])*
        $name:ident<$($param:ident),*> = $len:expr;
        $($(#[$field_attr:meta])* $field:ident: $ty:ty,)*
    ) => {
        $(#[$attr])*
        #[repr(C)]
        #[derive(Clone, Copy, Debug, PartialEq)]
        pub struct $name<T, $(const $param: usize),*> {
            $($(#[$field_attr])* pub $field: $ty,)*
        }

        // SAFETY: `#[repr(C)]`, and every field an array of `T` (possibly
        // nested), so there is no padding and the alignment is `T`'s; the
        // fields' lengths add up to `LEN`.
        unsafe impl<T, $(const $param: usize),*> Weights<T> for $name<T, $($param),*> {
            const LEN: usize = $len;
        }
    };
}

layer! {
    /// A 2-D convolution with bias, PyTorch's `Conv2d` state: `weight` is
    /// `[out_channels][in_channels / groups][kernel_h][kernel_w]`, then
    /// `bias`. A depthwise convolution (`dwconv`, multiplier `M`, `C`
    /// channels) is PyTorch's `Conv2d(C, M*C, k, groups=C)`: `CIN = 1`,
    /// `COUT = M*C`.
    Conv2d<KH, KW, CIN, COUT> = COUT * (CIN * KH * KW + 1);
    /// The kernel, `[COUT][CIN / groups][KH][KW]`.
    weight: [[[[T; KW]; KH]; CIN]; COUT],
    /// One bias per output channel.
    bias: [T; COUT],
}

layer! {
    /// A 2-D convolution without bias (`nobias`): [`Conv2d`]'s `weight`
    /// only.
    Conv2dNoBias<KH, KW, CIN, COUT> = COUT * CIN * KH * KW;
    /// The kernel, `[COUT][CIN / groups][KH][KW]`.
    weight: [[[[T; KW]; KH]; CIN]; COUT],
}

layer! {
    /// A scaled weight-standardised 2-D convolution (`conv ... scaledws`,
    /// timm's `ScaledStdConv2d`): [`Conv2d`]'s `weight` and `bias`, then
    /// `gain`, one per filter (PyTorch shape `[COUT, 1, 1, 1]`).
    ScaledStdConv2d<KH, KW, CIN, COUT> = COUT * (CIN * KH * KW + 2);
    /// The kernel, `[COUT][CIN / groups][KH][KW]`, before standardisation.
    weight: [[[[T; KW]; KH]; CIN]; COUT],
    /// One bias per output channel.
    bias: [T; COUT],
    /// One learnt gain per filter.
    gain: [[[[T; 1]; 1]; 1]; COUT],
}

layer! {
    /// [`ScaledStdConv2d`] without bias (`nobias`): `weight`, then `gain`.
    ScaledStdConv2dNoBias<KH, KW, CIN, COUT> = COUT * (CIN * KH * KW + 1);
    /// The kernel, `[COUT][CIN / groups][KH][KW]`, before standardisation.
    weight: [[[[T; KW]; KH]; CIN]; COUT],
    /// One learnt gain per filter.
    gain: [[[[T; 1]; 1]; 1]; COUT],
}

layer! {
    /// A scaled weight-standardised 1-D convolution: `weight`
    /// `[COUT][CIN / groups][K]`, `bias`, then `gain` `[COUT, 1, 1]`.
    ScaledStdConv1d<K, CIN, COUT> = COUT * (CIN * K + 2);
    /// The kernel, before standardisation.
    weight: [[[T; K]; CIN]; COUT],
    /// One bias per output channel.
    bias: [T; COUT],
    /// One learnt gain per filter.
    gain: [[[T; 1]; 1]; COUT],
}

layer! {
    /// [`ScaledStdConv1d`] without bias.
    ScaledStdConv1dNoBias<K, CIN, COUT> = COUT * (CIN * K + 1);
    /// The kernel, before standardisation.
    weight: [[[T; K]; CIN]; COUT],
    /// One learnt gain per filter.
    gain: [[[T; 1]; 1]; COUT],
}

layer! {
    /// A scaled weight-standardised 3-D convolution: `weight`
    /// `[COUT][CIN / groups][KD][KH][KW]`, `bias`, then `gain`
    /// `[COUT, 1, 1, 1, 1]`.
    ScaledStdConv3d<KD, KH, KW, CIN, COUT> = COUT * (CIN * KD * KH * KW + 2);
    /// The kernel, before standardisation.
    weight: [[[[[T; KW]; KH]; KD]; CIN]; COUT],
    /// One bias per output channel.
    bias: [T; COUT],
    /// One learnt gain per filter.
    gain: [[[[[T; 1]; 1]; 1]; 1]; COUT],
}

layer! {
    /// [`ScaledStdConv3d`] without bias.
    ScaledStdConv3dNoBias<KD, KH, KW, CIN, COUT> = COUT * (CIN * KD * KH * KW + 1);
    /// The kernel, before standardisation.
    weight: [[[[[T; KW]; KH]; KD]; CIN]; COUT],
    /// One learnt gain per filter.
    gain: [[[[[T; 1]; 1]; 1]; 1]; COUT],
}

layer! {
    /// A separable convolution (`sepconv`), as PyTorch users write Keras's
    /// `SeparableConv2D`: a depthwise `Conv2d(C, M*C, k, groups=C,
    /// bias=False)` then a pointwise `Conv2d(M*C, F, 1)` with bias.
    /// `MID = M*C`, the depthwise output's channels.
    SeparableConv2d<KH, KW, MID, COUT> = MID * KH * KW + COUT * (MID + 1);
    /// The depthwise kernel, `[MID][1][KH][KW]`.
    depthwise: [[[[T; KW]; KH]; 1]; MID],
    /// The pointwise kernel, `[COUT][MID][1][1]`.
    pointwise: [[[[T; 1]; 1]; MID]; COUT],
    /// The pointwise bias.
    bias: [T; COUT],
}

layer! {
    /// A separable convolution without bias (`sepconv ... nobias`).
    SeparableConv2dNoBias<KH, KW, MID, COUT> = MID * KH * KW + COUT * MID;
    /// The depthwise kernel, `[MID][1][KH][KW]`.
    depthwise: [[[[T; KW]; KH]; 1]; MID],
    /// The pointwise kernel, `[COUT][MID][1][1]`.
    pointwise: [[[[T; 1]; 1]; MID]; COUT],
}

layer! {
    /// A fully connected layer (`fc`, `dense`, `linear`, `softmax N`),
    /// PyTorch's `Linear`: `weight` is `[out][in]`, then `bias`. On a
    /// feature map `IN` is `H*W*C`, the flattened length.
    Linear<IN, OUT> = OUT * (IN + 1);
    /// `[OUT][IN]`.
    weight: [[T; IN]; OUT],
    /// One bias per output.
    bias: [T; OUT],
}

layer! {
    /// A fully connected layer without bias (`nobias`).
    LinearNoBias<IN, OUT> = OUT * IN;
    /// `[OUT][IN]`.
    weight: [[T; IN]; OUT],
}

layer! {
    /// Batch normalization over `C` channels (or a vector of `C`), in
    /// PyTorch's `state_dict` order: the learnable `weight` (scale) and
    /// `bias` (shift), then the non-trainable running statistics. PyTorch's
    /// `num_batches_tracked` is an integer counter, not a parameter, and is
    /// not here: skip it when exporting.
    BatchNorm<C> = 4 * C;
    /// Scale (`gamma`), learnable.
    weight: [T; C],
    /// Shift (`beta`), learnable.
    bias: [T; C],
    /// Running mean, non-trainable.
    running_mean: [T; C],
    /// Running variance, non-trainable.
    running_var: [T; C],
}

layer! {
    /// A parametric ReLU with one slope per channel, PyTorch's
    /// `PReLU(num_parameters=C)`.
    PRelu<C> = C;
    /// The slopes.
    weight: [T; C],
}

layer! {
    /// A 2-D transposed convolution with bias, PyTorch's `ConvTranspose2d`
    /// state: `weight` is `[in_channels][out_channels / groups][kernel_h][kernel_w]`
    /// (inputs first, unlike [`Conv2d`]), then `bias`. `COUTG` is
    /// `COUT / groups`.
    ConvTranspose2d<KH, KW, CIN, COUTG, COUT> = CIN * COUTG * KH * KW + COUT;
    /// The kernel, `[CIN][COUT / groups][KH][KW]`.
    weight: [[[[T; KW]; KH]; COUTG]; CIN],
    /// One bias per output channel.
    bias: [T; COUT],
}

layer! {
    /// A 2-D transposed convolution without bias (`nobias`):
    /// [`ConvTranspose2d`]'s `weight` only.
    ConvTranspose2dNoBias<KH, KW, CIN, COUTG, COUT> = CIN * COUTG * KH * KW;
    /// The kernel, `[CIN][COUT / groups][KH][KW]`.
    weight: [[[[T; KW]; KH]; COUTG]; CIN],
}

layer! {
    /// Layer norm (`layernorm`, PyTorch's `LayerNorm(C)` on a channels-last
    /// map, torchvision's `LayerNorm2d`), group norm (`groupnorm G`,
    /// `GroupNorm(G, C)`) or global response norm (`grn`, timm's
    /// `GlobalResponseNorm(C)`) over `C` channels: `weight`, then `bias`.
    Norm<C> = 2 * C;
    /// Scale (`gamma`).
    weight: [T; C],
    /// Shift (`beta`).
    bias: [T; C],
}

layer! {
    /// Layer scale (`scale`): one learnable multiplier per channel, one
    /// tensor, as ConvNeXt's `layer_scale` (PyTorch shape `[C, 1, 1]`).
    Scale<C> = C;
    /// The multipliers.
    scale: [T; C],
}

layer! {
    /// A learnable scalar affine (`affine`, timm's `LearnableAffineBlock`):
    /// `scale`, then `bias`, one value each (PyTorch shape `[1]`).
    Affine<> = 2;
    /// The scale.
    scale: [T; 1],
    /// The bias.
    bias: [T; 1],
}

layer! {
    /// A learnt scalar multiplier (`gain`, NFNet's `skipinit_gain`): one
    /// value (PyTorch shape `[]`, a 0-dimensional parameter).
    Gain<> = 1;
    /// The multiplier.
    gain: [T; 1],
}

// The same layers on sequences (PyTorch's `Conv1d`, ...) and volumes
// (`Conv3d`, ...): the kernel has one size per spatial axis.

layer! {
    /// A 1-D convolution with bias, PyTorch's `Conv1d`: `weight` is
    /// `[out_channels][in_channels / groups][kernel]`, then `bias`.
    Conv1d<K, CIN, COUT> = COUT * (CIN * K + 1);
    /// The kernel, `[COUT][CIN / groups][K]`.
    weight: [[[T; K]; CIN]; COUT],
    /// One bias per output channel.
    bias: [T; COUT],
}

layer! {
    /// A 1-D convolution without bias.
    Conv1dNoBias<K, CIN, COUT> = COUT * CIN * K;
    /// The kernel, `[COUT][CIN / groups][K]`.
    weight: [[[T; K]; CIN]; COUT],
}

layer! {
    /// A 3-D convolution with bias, PyTorch's `Conv3d`: `weight` is
    /// `[out_channels][in_channels / groups][kernel_d][kernel_h][kernel_w]`,
    /// then `bias`.
    Conv3d<KD, KH, KW, CIN, COUT> = COUT * (CIN * KD * KH * KW + 1);
    /// The kernel, `[COUT][CIN / groups][KD][KH][KW]`.
    weight: [[[[[T; KW]; KH]; KD]; CIN]; COUT],
    /// One bias per output channel.
    bias: [T; COUT],
}

layer! {
    /// A 3-D convolution without bias.
    Conv3dNoBias<KD, KH, KW, CIN, COUT> = COUT * CIN * KD * KH * KW;
    /// The kernel, `[COUT][CIN / groups][KD][KH][KW]`.
    weight: [[[[[T; KW]; KH]; KD]; CIN]; COUT],
}

layer! {
    /// A 1-D separable convolution (Keras's `SeparableConv1D`): depthwise
    /// `[MID][1][K]`, pointwise `[COUT][MID][1]`, pointwise bias.
    SeparableConv1d<K, MID, COUT> = MID * K + COUT * (MID + 1);
    /// The depthwise kernel, `[MID][1][K]`.
    depthwise: [[[T; K]; 1]; MID],
    /// The pointwise kernel, `[COUT][MID][1]`.
    pointwise: [[[T; 1]; MID]; COUT],
    /// The pointwise bias.
    bias: [T; COUT],
}

layer! {
    /// A 1-D separable convolution without bias.
    SeparableConv1dNoBias<K, MID, COUT> = MID * K + COUT * MID;
    /// The depthwise kernel, `[MID][1][K]`.
    depthwise: [[[T; K]; 1]; MID],
    /// The pointwise kernel, `[COUT][MID][1]`.
    pointwise: [[[T; 1]; MID]; COUT],
}

layer! {
    /// A 3-D separable convolution: depthwise `[MID][1][KD][KH][KW]`,
    /// pointwise `[COUT][MID][1][1][1]`, pointwise bias.
    SeparableConv3d<KD, KH, KW, MID, COUT> = MID * KD * KH * KW + COUT * (MID + 1);
    /// The depthwise kernel, `[MID][1][KD][KH][KW]`.
    depthwise: [[[[[T; KW]; KH]; KD]; 1]; MID],
    /// The pointwise kernel, `[COUT][MID][1][1][1]`.
    pointwise: [[[[[T; 1]; 1]; 1]; MID]; COUT],
    /// The pointwise bias.
    bias: [T; COUT],
}

layer! {
    /// A 3-D separable convolution without bias.
    SeparableConv3dNoBias<KD, KH, KW, MID, COUT> = MID * KD * KH * KW + COUT * MID;
    /// The depthwise kernel, `[MID][1][KD][KH][KW]`.
    depthwise: [[[[[T; KW]; KH]; KD]; 1]; MID],
    /// The pointwise kernel, `[COUT][MID][1][1][1]`.
    pointwise: [[[[[T; 1]; 1]; 1]; MID]; COUT],
}

layer! {
    /// A 1-D transposed convolution with bias, PyTorch's
    /// `ConvTranspose1d`: `weight` is `[in][out / groups][kernel]`.
    ConvTranspose1d<K, CIN, COUTG, COUT> = CIN * COUTG * K + COUT;
    /// The kernel, `[CIN][COUT / groups][K]`.
    weight: [[[T; K]; COUTG]; CIN],
    /// One bias per output channel.
    bias: [T; COUT],
}

layer! {
    /// A 1-D transposed convolution without bias.
    ConvTranspose1dNoBias<K, CIN, COUTG, COUT> = CIN * COUTG * K;
    /// The kernel, `[CIN][COUT / groups][K]`.
    weight: [[[T; K]; COUTG]; CIN],
}

layer! {
    /// A 3-D transposed convolution with bias, PyTorch's
    /// `ConvTranspose3d`: `weight` is `[in][out / groups][kd][kh][kw]`.
    ConvTranspose3d<KD, KH, KW, CIN, COUTG, COUT> = CIN * COUTG * KD * KH * KW + COUT;
    /// The kernel, `[CIN][COUT / groups][KD][KH][KW]`.
    weight: [[[[[T; KW]; KH]; KD]; COUTG]; CIN],
    /// One bias per output channel.
    bias: [T; COUT],
}

layer! {
    /// A 3-D transposed convolution without bias.
    ConvTranspose3dNoBias<KD, KH, KW, CIN, COUTG, COUT> = CIN * COUTG * KD * KH * KW;
    /// The kernel, `[CIN][COUT / groups][KD][KH][KW]`.
    weight: [[[[[T; KW]; KH]; KD]; COUTG]; CIN],
}
