//! How many threads the convolutions' products use, with the `std`
//! feature: one unless [`set_threads`] says more, so that the default
//! forward pass spawns and allocates nothing.
//!
//! A product of enough work splits its output positions into one share
//! per thread (whole row panels), in scoped threads spawned for it; each
//! helper packs into a buffer of its own, allocated then. The spawns
//! cost tens of microseconds a layer, so products under half a
//! millisecond stay on one thread.

use core::sync::atomic::{AtomicUsize, Ordering};

use cnn_core::MR;

/// The threads a product may use.
static THREADS: AtomicUsize = AtomicUsize::new(1);

/// Multiply-accumulates below which a product stays on one thread: about
/// 0.5 ms of work. With 4 M (0.1 ms) MobileNetV2 ran slower on two
/// threads than on one (31.8 ms against 24.6): spawning, and each helper's
/// packing space, cost more than half of such a product.
const WORK: usize = 1 << 25;

/// Lets each convolution's product use up to `threads` threads (0: one
/// per core the OS gives this process). Every call to `run::layer` and
/// `forward` after it uses them, from any thread. With more than one, a
/// large product spawns threads and allocates their packing space.
pub fn set_threads(threads: usize) {
    let threads = match threads {
        0 => std::thread::available_parallelism().map_or(1, |n| n.get()),
        n => n,
    };
    THREADS.store(threads, Ordering::Relaxed);
}

/// How many threads a product may use (1 unless [`set_threads`] said more).
pub fn threads() -> usize {
    THREADS.load(Ordering::Relaxed)
}

/// The threads to split an `m x k` by `k x n` product over, if more than
/// one: never more than it has row panels.
pub(crate) fn split(m: usize, n: usize, k: usize) -> Option<usize> {
    let threads = threads().min(m / MR);
    let work = m.saturating_mul(n).saturating_mul(k);
    (threads > 1 && work >= WORK).then_some(threads)
}
