//! The tensors a layer's parameters are in PyTorch's `state_dict`: each
//! one's key suffix (`weight`, `bias`, `running_mean`...) and PyTorch's
//! shape for it, in the order the weight types of `cnn_run::weights` hold
//! them. What a front end joins to a layer's path to name the tensors of
//! a network (see `cnn_run::safetensors`).

use crate::Layout;

/// The most axes a parameter tensor has: a 3-D convolution's weight,
/// `[out][in][kd][kh][kw]`.
pub const MAX_TENSOR_RANK: usize = 5;

/// One tensor's shape as PyTorch gives it, outermost axis first.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct TensorShape {
    dims: [u64; MAX_TENSOR_RANK],
    rank: u8,
}

impl TensorShape {
    /// A shape of `N` axes.
    const fn new<const N: usize>(given: [u64; N]) -> TensorShape {
        let mut dims = [1; MAX_TENSOR_RANK];
        let mut i = 0;
        while i < N && i < MAX_TENSOR_RANK {
            dims[i] = given[i];
            i += 1;
        }
        TensorShape {
            dims,
            rank: i as u8,
        }
    }

    /// `[first, second, kernel...]`: a convolution's weight.
    const fn kernel(first: u64, second: u64, kernel: &[u64]) -> TensorShape {
        let mut shape = TensorShape::new([first, second]);
        let mut i = 0;
        while i < kernel.len() && 2 + i < MAX_TENSOR_RANK {
            shape.dims[2 + i] = kernel[i];
            i += 1;
        }
        shape.rank = (2 + i) as u8;
        shape
    }

    /// The sizes, one per axis.
    pub const fn as_slice(&self) -> &[u64] {
        self.dims.split_at(self.rank as usize).0
    }

    /// How many values: the product of the sizes, `None` past `u64`.
    pub const fn elements(&self) -> Option<u64> {
        let mut product: u64 = 1;
        let mut i = 0;
        while i < self.rank as usize {
            product = match product.checked_mul(self.dims[i]) {
                Some(product) => product,
                None => return None,
            };
            i += 1;
        }
        Some(product)
    }
}

/// One tensor of a layer: the last part of its `state_dict` key and its
/// shape.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct LayerTensor {
    /// What follows the layer's path in the key, after a `.`: `weight`,
    /// `bias`, `running_mean`, `depthwise.weight`. Empty for the one tensor
    /// of a `scale` layer, which PyTorch keys by the path itself
    /// (ConvNeXt's `features.1.0.layer_scale`).
    pub suffix: &'static str,
    /// PyTorch's shape.
    pub shape: TensorShape,
}

/// A layer's tensors, at most four (batch norm's).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct LayerTensors {
    items: [LayerTensor; 4],
    len: usize,
}

impl LayerTensors {
    const fn new<const N: usize>(given: [LayerTensor; N]) -> LayerTensors {
        let blank = LayerTensor {
            suffix: "",
            shape: TensorShape::new([]),
        };
        let mut items = [blank; 4];
        let mut i = 0;
        while i < N && i < 4 {
            items[i] = given[i];
            i += 1;
        }
        LayerTensors { items, len: i }
    }

    /// The tensors, in `state_dict` order.
    pub const fn as_slice(&self) -> &[LayerTensor] {
        self.items.split_at(self.len).0
    }
}

const fn tensor<const N: usize>(suffix: &'static str, dims: [u64; N]) -> LayerTensor {
    LayerTensor {
        suffix,
        shape: TensorShape::new(dims),
    }
}

const fn weight(shape: TensorShape) -> LayerTensor {
    LayerTensor {
        suffix: "weight",
        shape,
    }
}

impl Layout {
    /// The layer's tensors as PyTorch's `state_dict` lists them, in the
    /// order of its type in `cnn_run::weights`, each with PyTorch's
    /// shape: a convolution's weight `[out, in / groups, k...]`, a
    /// transposed one's `[in, out / groups, k...]`, a linear layer's
    /// `[out, in]`, every per-channel vector `[C]`.
    ///
    /// ```
    /// use cnn_core::{Kernel, Layout};
    /// let conv = Layout::Conv { kernel: Kernel::two(5, 5), inputs: 3, outputs: 8, bias: true };
    /// let tensors = conv.tensors();
    /// let [weight, bias] = tensors.as_slice() else { panic!() };
    /// assert_eq!((weight.suffix, weight.shape.as_slice()), ("weight", &[8, 3, 5, 5][..]));
    /// assert_eq!((bias.suffix, bias.shape.as_slice()), ("bias", &[8][..]));
    /// ```
    pub const fn tensors(&self) -> LayerTensors {
        match *self {
            Layout::Conv {
                kernel,
                inputs,
                outputs,
                bias,
            } => {
                let weight = weight(TensorShape::kernel(outputs, inputs, kernel.as_slice()));
                if bias {
                    LayerTensors::new([weight, tensor("bias", [outputs])])
                } else {
                    LayerTensors::new([weight])
                }
            }
            Layout::ScaledConv {
                kernel,
                inputs,
                outputs,
                bias,
            } => {
                let weight = weight(TensorShape::kernel(outputs, inputs, kernel.as_slice()));
                // `[F, 1, 1, 1]` on an image: one per filter.
                let ones = [1; 3];
                let gain = LayerTensor {
                    suffix: "gain",
                    shape: TensorShape::kernel(
                        outputs,
                        1,
                        ones.split_at(kernel.as_slice().len()).0,
                    ),
                };
                if bias {
                    LayerTensors::new([weight, tensor("bias", [outputs]), gain])
                } else {
                    LayerTensors::new([weight, gain])
                }
            }
            Layout::Separable {
                kernel,
                middle,
                outputs,
                bias,
            } => {
                let depthwise = LayerTensor {
                    suffix: "depthwise.weight",
                    shape: TensorShape::kernel(middle, 1, kernel.as_slice()),
                };
                // The pointwise kernel is 1 on every axis the depthwise has.
                let ones = [1; 3];
                let pointwise = LayerTensor {
                    suffix: "pointwise.weight",
                    shape: TensorShape::kernel(
                        outputs,
                        middle,
                        ones.split_at(kernel.as_slice().len()).0,
                    ),
                };
                if bias {
                    LayerTensors::new([depthwise, pointwise, tensor("pointwise.bias", [outputs])])
                } else {
                    LayerTensors::new([depthwise, pointwise])
                }
            }
            Layout::Linear {
                inputs,
                outputs,
                bias,
            } => {
                let weight = tensor("weight", [outputs, inputs]);
                if bias {
                    LayerTensors::new([weight, tensor("bias", [outputs])])
                } else {
                    LayerTensors::new([weight])
                }
            }
            Layout::BatchNorm { channels } => LayerTensors::new([
                tensor("weight", [channels]),
                tensor("bias", [channels]),
                tensor("running_mean", [channels]),
                tensor("running_var", [channels]),
            ]),
            Layout::PRelu { channels } => LayerTensors::new([tensor("weight", [channels])]),
            Layout::ConvTranspose {
                kernel,
                inputs,
                outputs_per_group,
                outputs,
                bias,
            } => {
                let weight = weight(TensorShape::kernel(
                    inputs,
                    outputs_per_group,
                    kernel.as_slice(),
                ));
                if bias {
                    LayerTensors::new([weight, tensor("bias", [outputs])])
                } else {
                    LayerTensors::new([weight])
                }
            }
            Layout::Norm { channels } => {
                LayerTensors::new([tensor("weight", [channels]), tensor("bias", [channels])])
            }
            Layout::Scale { channels } => LayerTensors::new([tensor("", [channels])]),
            Layout::Affine => LayerTensors::new([tensor("scale", [1]), tensor("bias", [1])]),
            // torch's `nn.Parameter(torch.tensor(0.))`, keyed by its path
            // (`stages.0.0.skipinit_gain`) as `scale`'s.
            Layout::Gain => LayerTensors::new([tensor("", [])]),
            Layout::Blur { kernel, channels } => LayerTensors::new([LayerTensor {
                suffix: "filt",
                shape: TensorShape::kernel(channels, 1, kernel.as_slice()),
            }]),
        }
    }
}
