//! `forward`, `prepare` and `forward_prepared` allocate nothing: every
//! allocation of this test binary goes through a counting allocator, and
//! the count does not move while the networks are prepared and run (their
//! weights, prepared buffers, inputs and arenas are made before).

use std::alloc::{GlobalAlloc, Layout, System};
use std::cell::Cell;
use std::sync::atomic::{AtomicUsize, Ordering};

use cnn::cnn;

/// The system allocator, counting every allocation and reallocation.
struct Counting;

static ALLOCATIONS: AtomicUsize = AtomicUsize::new(0);

// SAFETY: every call is passed on to `System` unchanged; the counter is
// only a side effect.
unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        if counted() {
            ALLOCATIONS.fetch_add(1, Ordering::SeqCst);
        }
        // SAFETY: the caller's contract is `System`'s.
        unsafe { System.alloc(layout) }
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        // SAFETY: as above.
        unsafe { System.dealloc(ptr, layout) }
    }

    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        if counted() {
            ALLOCATIONS.fetch_add(1, Ordering::SeqCst);
        }
        // SAFETY: as above.
        unsafe { System.realloc(ptr, layout, new_size) }
    }
}

#[global_allocator]
static GLOBAL: Counting = Counting;

thread_local! {
    /// Whether this thread's allocations count: the test's own thread
    /// sets it. The harness's main thread allocates now and then while a
    /// test runs, which counted made the tests fail at random.
    static COUNTED: Cell<bool> = const { Cell::new(false) };
}

/// Whether the allocating thread is the test's (false while its
/// thread-local storage is torn down).
fn counted() -> bool {
    COUNTED.try_with(Cell::get).unwrap_or(false)
}

cnn! {
    /// The article's network.
    #[cnn(weights)]
    struct LeNet {
        input 32x32x3;
        conv1: conv 5x5x8;
        pool 2;
        conv2: conv 5x5x16;
        pool 2;
        fc3: fc 120;
        fc4: fc 84;
        out: softmax 10;
    }

    /// Every kind of block, in place and apart.
    #[cnn(weights)]
    struct Blocks {
        input 8x8x8;
        stem: { conv 3x3x16 pad 1 nobias; bn; relu; }
        repeat 2 { residual { conv 3x3x16 pad 1 nobias; bn; relu; } }
        add { { conv 1x1x32 stride 2 nobias; bn; } { dwconv 3 stride 2 pad 1 multiplier 2; } }
        concat { {} { conv 1x1x8; } }
        mul { {} { gap; conv 1x1x4; relu; conv 1x1x40; sigmoid; } }
        shuffle 2;
        split { {} { conv 1x1x20; gelu; } }
        upsample 2 bilinear;
        layernorm;
        gap;
        flatten;
        fc 10;
    }
}

fn values<const N: usize>(seed: u32) -> Box<[f32; N]> {
    let mut state = seed;
    let filled: Vec<f32> = (0..N)
        .map(|_| {
            state = state.wrapping_mul(1_664_525).wrapping_add(1_013_904_223);
            // In [0, 0.5): batch norm's running variances must not be negative.
            (state >> 8) as f32 / (1u32 << 25) as f32
        })
        .collect();
    filled.into_boxed_slice().try_into().unwrap()
}

#[test]
fn forward_allocates_nothing() {
    COUNTED.with(|c| c.set(true));
    let lenet_weights = values::<{ LeNetWeights::<f32>::LEN }>(1);
    let lenet_input = values::<{ LeNet::INPUT_LEN }>(2);
    let mut lenet_arena = values::<{ LeNet::ARENA_LEN }>(3);
    let blocks_weights = values::<{ BlocksWeights::<f32>::LEN }>(4);
    let blocks_input = values::<{ Blocks::INPUT_LEN }>(5);
    let mut blocks_arena = values::<{ Blocks::ARENA_LEN }>(6);
    let lenet = LeNetWeights::from_array(&lenet_weights);
    let blocks = BlocksWeights::from_array(&blocks_weights);

    let before = ALLOCATIONS.load(Ordering::SeqCst);
    let scores = *LeNet::forward(lenet, &lenet_input, &mut lenet_arena);
    let logits = *Blocks::forward(blocks, &blocks_input, &mut blocks_arena);
    let after = ALLOCATIONS.load(Ordering::SeqCst);

    assert_eq!(after - before, 0, "forward allocated");
    // The pass did run: softmax sums to 1, and the logits are finite.
    assert!((scores.iter().sum::<f32>() - 1.0).abs() < 1e-5);
    assert!(logits.iter().all(|v| v.is_finite()));
    prepare_and_forward_prepared_allocate_nothing();
}

/// One test for both paths: the count is global, and the test harness
/// allocates when a test running beside it ends.
fn prepare_and_forward_prepared_allocate_nothing() {
    let lenet_weights = values::<{ LeNetWeights::<f32>::LEN }>(1);
    let lenet_input = values::<{ LeNet::INPUT_LEN }>(2);
    let mut lenet_arena = values::<{ LeNet::ARENA_LEN }>(3);
    let blocks_weights = values::<{ BlocksWeights::<f32>::LEN }>(4);
    let blocks_input = values::<{ Blocks::INPUT_LEN }>(5);
    let mut blocks_arena = values::<{ Blocks::ARENA_LEN }>(6);
    let lenet = LeNetWeights::from_array(&lenet_weights);
    let blocks = BlocksWeights::from_array(&blocks_weights);
    let mut lenet_prepared = cnn::run::Prepared::<{ LeNet::PREPARED_LEN }>::boxed();
    let mut blocks_prepared = cnn::run::Prepared::<{ Blocks::PREPARED_LEN }>::boxed();
    let plain = *Blocks::forward(blocks, &blocks_input, &mut blocks_arena);

    let before = ALLOCATIONS.load(Ordering::SeqCst);
    LeNet::prepare(lenet, &mut lenet_prepared);
    Blocks::prepare(blocks, &mut blocks_prepared);
    let scores = *LeNet::forward_prepared(&lenet_prepared, &lenet_input, &mut lenet_arena);
    let logits = *Blocks::forward_prepared(&blocks_prepared, &blocks_input, &mut blocks_arena);
    let after = ALLOCATIONS.load(Ordering::SeqCst);

    assert_eq!(after - before, 0, "prepare or forward_prepared allocated");
    assert!((scores.iter().sum::<f32>() - 1.0).abs() < 1e-5);
    // The same values as the plain pass, within the folded norms' rounding.
    let scale = plain.iter().fold(1f32, |m, v| m.max(v.abs()));
    for (p, q) in plain.iter().zip(&logits) {
        assert!((p - q).abs() <= 1e-4 * scale, "{p} against {q}");
    }
}
