//! Why a layer or a forward pass could not run: the lengths and sizes the
//! runner checks before it touches a value.

use core::fmt;

use cnn_core::Error;

/// Why [`layer`](crate::layer) could not run.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum RunError {
    /// The layer does not apply to its input: the error the analysis gives.
    Layer(Error),
    /// A block (`add`, `concat`, ...) holds other layers, and a `from`
    /// takes an output computed before; running either is the forward
    /// pass's job, not one layer's.
    Block,
    /// A buffer does not have the length the layer needs.
    Length {
        /// Which buffer.
        buffer: Buffer,
        /// The length needed (for `scratch`, the least).
        expected: usize,
        /// The length given.
        found: usize,
    },
    /// A size of the layer does not fit in `usize` on this target.
    TooLarge,
    /// [`layer_in_place`](crate::layer_in_place) was given a layer that needs its output apart.
    NotInPlace,
    /// A forward pass's program is not one the planner wrote, or places
    /// a tensor outside the arena or over another it reads.
    Program {
        /// The step where it went wrong.
        step: usize,
    },
}

/// The buffers [`layer`](crate::layer) takes.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Buffer {
    /// The input activations `x`.
    Input,
    /// The layer's parameters.
    Weights,
    /// The output activations `y`.
    Output,
    /// The working space.
    Scratch,
}

impl fmt::Display for RunError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            RunError::Layer(error) => write!(f, "{error}"),
            RunError::Block => f.write_str("a block is run by the forward pass, not as one layer"),
            RunError::Length {
                buffer,
                expected,
                found,
            } => {
                let name = match buffer {
                    Buffer::Input => "input",
                    Buffer::Weights => "weights",
                    Buffer::Output => "output",
                    Buffer::Scratch => "scratch",
                };
                let least = if matches!(buffer, Buffer::Scratch) {
                    "at least "
                } else {
                    ""
                };
                write!(
                    f,
                    "the {name} has {found} values, the layer needs {least}{expected}"
                )
            }
            RunError::TooLarge => f.write_str("a size of the layer does not fit in usize"),
            RunError::NotInPlace => f.write_str("this layer cannot run in place"),
            RunError::Program { step } => write!(
                f,
                "step {step} of the forward pass's program is not one the planner wrote"
            ),
        }
    }
}

/// `n` as `usize`, or [`RunError::TooLarge`].
pub(crate) fn size(n: u64) -> Result<usize, RunError> {
    usize::try_from(n).map_err(|_| RunError::TooLarge)
}

/// Checks that `buffer` has exactly `expected` values.
pub(crate) fn exactly(buffer: Buffer, expected: usize, found: usize) -> Result<(), RunError> {
    if expected == found {
        Ok(())
    } else {
        Err(RunError::Length {
            buffer,
            expected,
            found,
        })
    }
}
