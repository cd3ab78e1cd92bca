//! Declare a convolutional neural network in Rust source and get every
//! shape, parameter count, MAC count and memory figure at compile time:
//! a wrong layer is a compile error pointing at it, and a network marked
//! `#[cnn(weights)]` also gets a weight struct in PyTorch's `state_dict`
//! order, a safetensors loader and an allocation-free `forward`.
//!
//! ```
//! use cnn::cnn;
//!
//! cnn! {
//!     /// The CNN from the article "Understanding and Calculating the
//!     /// number of Parameters in Convolution Neural Networks (CNNs)".
//!     pub struct LeNet {
//!         input 32x32x3;
//!         conv1: conv 5x5x8 -> 28x28x8;
//!         pool1: pool 2 -> 14x14x8;
//!         conv2: conv 5x5x16 -> 10x10x16;
//!         pool2: pool 2 -> 5x5x16;
//!         fc3: fc 120;
//!         fc4: fc 84;
//!         out: softmax 10;
//!     }
//! }
//!
//! // The article's numbers, checked by the compiler.
//! const _: () = assert!(LeNet::PARAMS == 62_958);
//! const _: () = assert!(LeNet::CONV1.params == 608);
//!
//! // The table, as `torchinfo` prints it.
//! println!("{}", LeNet::summary());
//! ```
//!
//! # Where things are
//!
//! - [`cnn!`] declares a network; the type it declares implements
//!   [`Network`], whose [`Model`] lists every [`Layer`] with its [`Shape`]s
//!   and counts. [`Chain`] joins two networks whose shapes agree.
//! - [`Summary`], [`Json`] and [`Svg`] show a network as a table, as JSON
//!   and as a diagram.
//! - [`analysis`]: the same arithmetic without the macro, one
//!   [`LayerSpec`](analysis::LayerSpec) at a time, in `const`.
//! - [`lang`]: the language itself: its layer kinds and options, as tables
//!   that editors and front ends read.
//! - `run` (feature `run`): the forward pass and its kernels, `forward`,
//!   `layer`, `set_threads` (feature `std`).
//! - `weights` (feature `run`): the weight types, the `Weights` trait and
//!   the safetensors loader.
//!
//! # Features
//!
//! - `run` (default): the runtime crate, `cnn-run`: `cnn::run`,
//!   `cnn::weights`, and `#[cnn(weights)]` networks with their `forward`.
//!   `no_std`, no allocation.
//! - `alloc` (default): the `alloc` crate, for
//!   `NameWeights::from_safetensors`, which returns the weights in a `Box`.
//! - `std`: threads for the convolutions' products,
//!   `cnn::run::set_threads`.
//!
//! With `default-features = false` the crate is `no_std` and needs no
//! allocator; every count is still there.
//!
//! The kernels are slow unoptimised: a debug build of a crate that calls
//! `forward` wants `[profile.dev.package.cnn-run] opt-level = 3` in its
//! `Cargo.toml`.
//!
//! The language, its layer kinds and worked examples are in the README
//! on the crate's page.
#![no_std]
#![deny(missing_docs)]

/// Declares a network: a struct whose constants hold every shape and
/// count, checked at compile time.
///
pub use cnn_macros::cnn;

/// What every declared network is: its constants, its [`Model`], its
/// summary; a bound for code generic over networks.
///
pub use cnn_core::Network;

/// The shape of a tensor (`28x28x1`, `100x64`, `784`), to compare a
/// network's `INPUT` and `OUTPUT` with.
///
pub use cnn_core::Shape;

/// A whole network as data: its layers, shapes and totals, for code that
/// reads or shows it.
///
pub use cnn_core::Model;

/// One row of a network: its kind, shapes, parameters and MACs.
///
pub use cnn_core::Layer;

/// The kind of a layer (`Conv`, `MaxPool`, ...), to match on a [`Layer`].
///
pub use cnn_core::Kind;

/// The kind of a block (`Residual`, `Add`, `Concat`, ...), inside
/// [`Kind::Block`].
///
pub use cnn_core::Block;

/// An activation function, inside [`Kind::Activation`].
///
pub use cnn_core::Activation;

/// The input pixels a layer's output sees, as each [`Layer`] gives it.
///
pub use cnn_core::ReceptiveField;

/// A `#[cnn(int8)]` network's int8 parameter bytes and `ARENA_BYTES`
/// ([`Network::INT8`]), which its summary and JSON show.
///
pub use cnn_core::Int8Figures;

/// A network as the table `torchinfo` prints, what `Net::summary()`
/// gives to `println!`.
///
pub use cnn_core::Summary;

/// A network as JSON, for tools outside Rust (`Json::of::<Net>()`).
///
pub use cnn_core::Json;

/// A network as an SVG diagram (`Svg::of::<Net>()`).
///
pub use cnn_core::Svg;

/// Why a layer does not fit its input, as the analysis reports it.
///
pub use cnn_core::Error;

/// The number an [`Error`] is about (kernel, stride, channels, ...).
///
pub use cnn_core::Field;

/// Two networks run one after the other, their shapes checked at compile
/// time.
///
pub use cnn_core::Chain;

/// The type of a network's input or output shape, which [`Chain`] compares.
///
pub use cnn_core::ShapeType;

/// Shapes [`Chain`] can join: implemented by the shape types.
///
pub use cnn_core::Joins;

/// A spatial shape `HxWxC` as a type.
///
pub use cnn_core::Dims;

/// A sequence shape `LxC` as a type.
///
pub use cnn_core::Dims1;

/// A volume shape `DxHxWxC` as a type.
///
pub use cnn_core::Dims3;

/// A flat vector of `N` values as a type.
///
pub use cnn_core::Flat;

/// The shape type of a network whose shapes could not be worked out.
///
pub use cnn_core::Unknown;

/// The arithmetic without the macro: one layer at a time
/// ([`LayerSpec`](analysis::LayerSpec) to [`Step`](analysis::Step)) or a
/// list of them ([`analyze`](analysis::analyze)), in `const` code, with
/// what each layer stores and how its weights are laid out.
pub mod analysis {
    pub use cnn_core::{
        analyze, output_size, Analysis, Axes, Formula, Kernel, LayerSpec, LayerTensor,
        LayerTensors, Layout, Padding, PerAxis, Resolved, Step, Storage, TensorShape, Totals,
        TypeArgs, MAX_TENSOR_RANK,
    };
}

/// The language: every layer kind and option with its keyword and
/// arguments, the tables an editor, a linter or another front end reads.
pub mod lang {
    pub use cnn_core::{
        block_by_keyword, kind_by_keyword, option_by_keyword, Argument, Class, KindInfo, Opt,
        OptValue, OptionInfo, OptionSet, Scratch, BLOCK_KEYWORDS, KINDS, OPTIONS,
    };
}

/// The forward pass: a declared network's `forward` runs its plan on
/// these kernels; [`layer`](run::layer) runs one layer by hand.
#[cfg(feature = "run")]
pub mod run {
    pub use cnn_run::{
        forward, forward_prepared, kernel, layer, layer_in_place, prepare, scratch_len, Arena,
        Buffer, Kernel, Prepared, RunError,
    };
    #[cfg(feature = "std")]
    pub use cnn_run::{set_threads, threads};

    /// The int8 forward pass of a `#[cnn(int8)]` network: its quantisation
    /// tables read from a `.tflite` model ([`Quantized`](int8::Quantized),
    /// which `NameQuantized` wraps), their [`Error`](int8::Error), the
    /// tables' image and its [`ImageError`](int8::ImageError), and the
    /// runner of TensorFlow Lite Micro's arithmetic.
    pub mod int8 {
        #[cfg(feature = "alloc")]
        pub use cnn_run::int8::image;
        pub use cnn_run::int8::{forward_int8, Error, ImageError, Mismatch, Quantized};
    }
}

/// A network's weights: the layer types a generated `NameWeights` struct
/// is made of, the [`Weights`](weights::Weights) trait that views flat
/// values as one, and the loader of PyTorch's safetensors files.
#[cfg(feature = "run")]
pub mod weights {
    #[cfg(feature = "alloc")]
    pub use cnn_run::weights::zeroed_box;
    pub use cnn_run::weights::{
        Affine, BatchNorm, Conv1d, Conv1dNoBias, Conv2d, Conv2dNoBias, Conv3d, Conv3dNoBias,
        ConvTranspose1d, ConvTranspose1dNoBias, ConvTranspose2d, ConvTranspose2dNoBias,
        ConvTranspose3d, ConvTranspose3dNoBias, Gain, Linear, LinearNoBias, Norm, PRelu, Scale,
        ScaledStdConv1d, ScaledStdConv1dNoBias, ScaledStdConv2d, ScaledStdConv2dNoBias,
        ScaledStdConv3d, ScaledStdConv3dNoBias, SeparableConv1d, SeparableConv1dNoBias,
        SeparableConv2d, SeparableConv2dNoBias, SeparableConv3d, SeparableConv3dNoBias, Slot,
        Weights, WrongLength,
    };

    /// Reads a safetensors file (what PyTorch's `save_file` writes) into
    /// weights, in `no_std` and without allocating.
    pub mod safetensors {
        pub use cnn_run::safetensors::{
            bf16_to_f32, f16_to_f32, load, Error, FoundShape, Malformed, Tensor, Text,
        };
    }
}

/// What the code `cnn!` writes calls, and nothing else: not an API.
#[doc(hidden)]
pub mod __private {
    pub use cnn_core::plan::int8::Step as Int8Step;
    pub use cnn_core::program::Header;
    pub use cnn_core::{alive, bytes, join, len, table};
    #[cfg(feature = "alloc")]
    #[cfg(feature = "run")]
    pub use cnn_run::int8::Vec;
    #[cfg(feature = "alloc")]
    #[cfg(feature = "run")]
    pub use cnn_run::safetensors::{boxed, Box};
    #[cfg(feature = "run")]
    pub use cnn_run::{
        forward_array, forward_prepared_array,
        int8::{forward_int8_array, Kernels},
        prepare_array,
        safetensors::{ends_at, load_into},
        weights::slots,
    };
}

/// Keeps a network's `forward`, which `cnn!` writes inside it, where the
/// kernels are (the `run` feature).
#[cfg(feature = "run")]
#[doc(hidden)]
#[macro_export]
macro_rules! __cnn_forward {
    ($($item:tt)*) => { $($item)* };
}

/// Drops a network's `forward` where the kernels are off.
#[cfg(not(feature = "run"))]
#[doc(hidden)]
#[macro_export]
macro_rules! __cnn_forward {
    ($($item:tt)*) => {};
}

/// Keeps a network's int8 tables and `forward_int8`, which `cnn!` writes
/// for `#[cnn(int8)]`, where the runtime is (the `run` feature).
#[cfg(feature = "run")]
#[doc(hidden)]
#[macro_export]
macro_rules! __cnn_int8 {
    ($($item:tt)*) => { $($item)* };
}

/// Says why `#[cnn(int8)]` gives no `forward_int8` without the runtime.
#[cfg(not(feature = "run"))]
#[doc(hidden)]
#[macro_export]
macro_rules! __cnn_int8 {
    ($($item:tt)*) => {
        ::core::compile_error!(
            "`#[cnn(int8)]` needs the `run` feature of the `cnn` crate (the runtime: \
             `NameQuantized::from_tflite` and `forward_int8`), which `default-features = false` \
             turns off"
        );
    };
}

/// Keeps a network's weight struct and loaders, which `cnn!` writes for
/// `#[cnn(weights)]`, where the runtime is (the `run` feature).
#[cfg(feature = "run")]
#[doc(hidden)]
#[macro_export]
macro_rules! __cnn_weights {
    ($($item:tt)*) => { $($item)* };
}

/// Says why `#[cnn(weights)]` gives nothing without the runtime.
#[cfg(not(feature = "run"))]
#[doc(hidden)]
#[macro_export]
macro_rules! __cnn_weights {
    ($($item:tt)*) => {
        ::core::compile_error!(
            "`#[cnn(weights)]` needs the `run` feature of the `cnn` crate (the runtime: weight \
             types, loader and `forward`), which `default-features = false` turns off"
        );
    };
}

/// Declares a network's weight struct and its [`Weights`](weights::Weights)
/// implementation from one list of fields, for `cnn!`.
///
/// The `unsafe impl` is sound for any list this accepts, whoever calls it,
/// so its soundness rests on this macro alone, not on the proc macro's
/// output. A crate under `#![forbid(unsafe_code)]` may declare
/// `#[cnn(weights)]` networks: rustc's `unsafe_code` lint does not report
/// code expanded from another crate's macros (tested by
/// `cnn-tests/tests/pass/forbid_unsafe_code.rs` and
/// `tests/no-std-user`). The contract of
/// `Weights<T>` is that the type is `LEN` values of `T` in a row, no
/// padding, aligned at most as `T`. The struct is `#[repr(C)]` with
/// exactly the fields listed, in order, and no attribute but docs can be
/// passed in (no `packed`, no `align`); each field's type must itself be
/// `Weights<T>` (`LEN` names `<$ty as Weights<T>>::LEN`, which does not
/// compile otherwise), so each is `LEN_i` values of `T`, a multiple of
/// `size_of::<T>()` in size and aligned at most as `T`. Each field then
/// starts where the one before ends, at a multiple of `size_of::<T>()`,
/// which is aligned for it; the struct's size is the sum, a multiple of its
/// alignment, so there is no padding anywhere, and `LEN` is the sum of the
/// fields' `LEN`s. Without fields, `[T; 0]` gives the alignment of `T` at
/// no size. The views of `Weights` check size and alignment again at
/// compile time.
#[cfg(feature = "run")]
#[doc(hidden)]
#[macro_export]
macro_rules! __cnn_weights_struct {
    (
        #[doc = $doc:expr]
        $vis:vis struct $name:ident<T> {}
    ) => {
        #[doc = $doc]
        #[repr(C)]
        #[allow(dead_code)]
        $vis struct $name<T> {
            _empty: [T; 0],
        }

        // SAFETY: no values of `T` and no bytes: see `__cnn_weights_struct!`.
        unsafe impl<T> $crate::weights::Weights<T> for $name<T> {
            const LEN: usize = 0;
        }
    };
    (
        #[doc = $doc:expr]
        $vis:vis struct $name:ident<T> {
            $(#[doc = $field_doc:expr] $field:ident: $ty:ty,)+
        }
    ) => {
        #[doc = $doc]
        #[repr(C)]
        #[allow(dead_code, non_snake_case)]
        $vis struct $name<T> {
            $(#[doc = $field_doc] pub $field: $ty,)+
        }

        // SAFETY: `#[repr(C)]`, every field a `Weights<T>` type, so no
        // padding, the alignment of `T` at most, and `LEN` the sum of the
        // fields' values: the argument is on `__cnn_weights_struct!`.
        unsafe impl<T> $crate::weights::Weights<T> for $name<T> {
            const LEN: usize = 0 $(+ <$ty as $crate::weights::Weights<T>>::LEN)+;
        }
    };
}

/// Keeps a weight struct's `from_safetensors`, which `cnn!` writes inside
/// it, where `Box` is (the `alloc` feature): decided here, in this crate,
/// not by a `#[cfg]` in the user's crate, which would read the user's
/// features.
#[cfg(feature = "alloc")]
#[doc(hidden)]
#[macro_export]
macro_rules! __cnn_alloc {
    ($($item:tt)*) => { $($item)* };
}

/// Drops a weight struct's `from_safetensors` without `alloc`.
#[cfg(not(feature = "alloc"))]
#[doc(hidden)]
#[macro_export]
macro_rules! __cnn_alloc {
    ($($item:tt)*) => {};
}

/// The README's examples, run as doc tests (`cargo test --doc`); not part
/// of the documentation, whose front page is this crate's own.
#[cfg(doctest)]
#[doc = include_str!("../README.md")]
pub struct ReadmeDoctests;
