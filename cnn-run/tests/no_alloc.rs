//! The kernels allocate nothing on the default path: with the `std`
//! feature compiled in (and without it), layers large enough that more
//! threads would split them (a product, a depthwise convolution, batch
//! norm) run on the calling thread, and the count of allocations of this
//! test binary does not move. (cnn-tests/tests/no_alloc.rs checks whole
//! networks through `forward`, without the `std` feature.)

use std::alloc::{GlobalAlloc, Layout, System};
use std::cell::Cell;
use std::sync::atomic::{AtomicUsize, Ordering};

use cnn_core::{Axes, Kind, LayerSpec, Padding, Shape};
use cnn_run as run;

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

#[test]
fn the_default_pass_allocates_nothing() {
    COUNTED.with(|c| c.set(true));
    #[cfg(feature = "std")]
    assert_eq!(run::threads(), 1);
    let pad = Padding::Explicit(Axes::written_as(&[1]).unwrap());
    let cases = [
        (
            LayerSpec::new(Kind::Conv)
                .window(3, 3)
                .count(64)
                .padding(pad),
            Shape::spatial(40, 40, 32),
        ),
        (
            LayerSpec::new(Kind::DepthwiseConv)
                .window(3, 3)
                .padding(pad),
            Shape::spatial(56, 56, 96),
        ),
        (LayerSpec::new(Kind::BatchNorm), Shape::spatial(56, 56, 96)),
    ];
    for (spec, input) in cases {
        let step = spec.apply(input).unwrap();
        let x = vec![0.5f32; input.elements().unwrap() as usize];
        let w = vec![0.25f32; (step.params + step.non_trainable_params) as usize];
        let mut y = vec![0.0f32; step.output.elements().unwrap() as usize];
        let mut scratch = vec![0.0f32; run::scratch_len(&spec, input)];
        let mut values = x.clone();
        let before = ALLOCATIONS.load(Ordering::SeqCst);
        if spec.kind == Kind::BatchNorm {
            run::layer_in_place(&spec, input, &mut values, &w, &mut scratch).unwrap();
        } else {
            run::layer(&spec, input, &x, &w, &mut y, &mut scratch).unwrap();
        }
        let after = ALLOCATIONS.load(Ordering::SeqCst);
        assert_eq!(after - before, 0, "{:?} allocated", spec.kind);
        assert!(y.iter().chain(&values).all(|v| v.is_finite()));
    }
}
