//! `from_tflite`, `load_image` and `forward_int8` allocate nothing: every allocation of
//! the test's thread goes through a counting allocator, and the count
//! does not move while LeNet's model is read and run (its input and arena
//! are made before).

use std::alloc::{GlobalAlloc, Layout, System};
use std::cell::Cell;

use cnn::cnn;

/// The system allocator, counting every allocation and reallocation.
struct Counting;

// SAFETY: every call is passed on to `System` unchanged; the counter is
// only a side effect.
unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        count();
        // SAFETY: the caller's contract is `System`'s.
        unsafe { System.alloc(layout) }
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        // SAFETY: as above.
        unsafe { System.dealloc(ptr, layout) }
    }

    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        count();
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
    /// The thread's allocations while it counts: each test's own, so
    /// that tests running side by side do not move each other's.
    static ALLOCATIONS: Cell<usize> = const { Cell::new(0) };
}

/// Counts an allocation of the test's thread.
fn count() {
    if counted() {
        let _ = ALLOCATIONS.try_with(|n| n.set(n.get() + 1));
    }
}

/// This thread's allocations so far.
fn allocations() -> usize {
    ALLOCATIONS.with(Cell::get)
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
    let before = allocations();
    let tables = LeNetQuantized::from_tflite(LENET).unwrap();
    let output = LeNet::forward_int8(&tables, &input, &mut arena);
    let sum: i32 = output.iter().map(|&v| i32::from(v)).sum();
    let after = allocations();
    assert_eq!(after, before, "from_tflite and forward_int8 allocated");
    // The softmax's 10 outputs are probabilities on 1/256 from -128:
    // they sum to about 256 - 1280 = -1024.
    assert!((-1040..=-1008).contains(&sum), "{sum}");
}

#[test]
fn reading_an_image_allocates_nothing() {
    // The image is made first (on a host, `image` returns a vector).
    let image = LeNetQuantized::from_tflite(LENET).unwrap().image();
    COUNTED.with(|c| c.set(true));
    let input = [7i8; LeNet::INPUT_LEN];
    let mut arena = Box::new([0u8; LeNet::ARENA_BYTES]);
    let mut tables = Box::new(LeNetQuantized::EMPTY);
    let before = allocations();
    tables.load_image(&image).unwrap();
    let from_image = *LeNet::forward_int8(&tables, &input, &mut arena);
    let after = allocations();
    assert_eq!(after, before, "load_image and forward_int8 allocated");
    let tables = LeNetQuantized::from_tflite(LENET).unwrap();
    assert_eq!(
        from_image,
        *LeNet::forward_int8(&tables, &input, &mut arena)
    );
}
