//! `from_tflite` and `forward_int8` allocate nothing: every allocation of
//! the test's thread goes through a counting allocator, and the count
//! does not move while LeNet's model is read and run (its input and arena
//! are made before).

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

const LENET: &[u8] = include_bytes!("../../tests/int8/lenet.tflite");

cnn! {
    /// lenet.json's operators, one statement each.
    #[cnn(int8)]
    pub struct LeNet {
        input 32x32x3;
        conv 5x5x8;
        maxpool 2;
        conv 5x5x16;
        maxpool 2;
        flatten;
        fc 120;
        fc 84;
        fc 10;
        softmax;
    }
}

#[test]
fn reading_and_running_allocate_nothing() {
    COUNTED.with(|c| c.set(true));
    let input = [7i8; LeNet::INPUT_LEN];
    let mut arena = Box::new([0u8; LeNet::ARENA_BYTES]);
    let before = ALLOCATIONS.load(Ordering::SeqCst);
    let tables = LeNetQuantized::from_tflite(LENET).unwrap();
    let output = LeNet::forward_int8(&tables, &input, &mut arena);
    let sum: i32 = output.iter().map(|&v| i32::from(v)).sum();
    let after = ALLOCATIONS.load(Ordering::SeqCst);
    assert_eq!(after, before, "from_tflite and forward_int8 allocated");
    // The softmax's 10 outputs are probabilities on 1/256 from -128:
    // they sum to about 256 - 1280 = -1024.
    assert!((-1040..=-1008).contains(&sum), "{sum}");
}
