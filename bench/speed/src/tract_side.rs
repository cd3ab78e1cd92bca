//! tract on the same ONNX files: its optimised plan, run on one input.

use std::path::Path;

use tract_onnx::prelude::*;

/// A model loaded, optimised for a fixed NCHW input, ready to run.
pub struct Tract {
    plan: Arc<TypedRunnableModel>,
    input: Tensor,
}

impl Tract {
    pub fn load(path: &Path, size: usize) -> TractResult<Tract> {
        let plan = tract_onnx::onnx()
            .model_for_path(path)?
            .with_input_fact(0, f32::fact([1, 3, size, size]).into())?
            .into_optimized()?
            .into_runnable()?;
        let mut seed = 0x9e37_79b9u32;
        let input = tract_ndarray::Array4::<f32>::from_shape_fn((1, 3, size, size), |_| {
            seed = seed.wrapping_mul(1_664_525).wrapping_add(1_013_904_223);
            (seed >> 8) as f32 / (1 << 24) as f32 - 0.5
        });
        Ok(Tract {
            plan,
            input: input.into(),
        })
    }

    /// One forward pass.
    pub fn run(&self) {
        let outputs = self
            .plan
            .run(tvec!(self.input.clone().into()))
            .expect("tract runs");
        std::hint::black_box(outputs);
    }
}

/// Runs `f` with tract's matrix products on `threads` threads.
pub fn with_threads<R>(threads: usize, f: impl FnOnce() -> R) -> R {
    use tract_linalg::multithread::{multithread_tract_scope, Executor};
    let executor = if threads > 1 {
        Executor::multithread(threads)
    } else {
        Executor::SingleThread
    };
    multithread_tract_scope(executor, f)
}
