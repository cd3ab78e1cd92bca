//! The host through semihosting: printing, exiting with a status, and the
//! panic handler (a panic prints its message and exits with a failure).

use cortex_m_semihosting::debug;

/// Exits QEMU: status 0 when `ok`, 1 otherwise.
pub fn exit(ok: bool) -> ! {
    debug::exit(if ok {
        debug::EXIT_SUCCESS
    } else {
        debug::EXIT_FAILURE
    });
    // Without a debugger attached, SYS_EXIT returns: wait.
    loop {
        cortex_m::asm::wfi();
    }
}

#[panic_handler]
fn panic(info: &core::panic::PanicInfo) -> ! {
    cortex_m_semihosting::hprintln!("firmware panicked: {}", info);
    exit(false)
}

/// Where bench/mcu.sh's instruction counter (bench/mcu/count.c) starts
/// and stops: the firmware calls it right before and right after each
/// inference, and the counter reports the instructions executed between
/// each pair of calls.
#[inline(never)]
#[no_mangle]
pub extern "C" fn cnn_firmware_mark() {
    // SAFETY: a `nop` reads and writes nothing; the asm block (neither
    // `pure` nor `nomem`) keeps the call and its place among memory
    // accesses.
    unsafe { core::arch::asm!("nop") };
}

/// The global allocator a binary must have once any crate links `alloc`,
/// as `flatbuffers` (under `cnn-tflite`, which `from_tflite` reads with)
/// does even though nothing here allocates. It refuses every request, so
/// an allocation would not pass unseen: it would end in
/// `handle_alloc_error`, a panic, and the firmware's failure status.
struct Refuse;

// SAFETY: a null pointer is how `GlobalAlloc::alloc` reports failure, and
// `dealloc` is never given a pointer, since `alloc` never returns one.
unsafe impl core::alloc::GlobalAlloc for Refuse {
    unsafe fn alloc(&self, _: core::alloc::Layout) -> *mut u8 {
        core::ptr::null_mut()
    }

    unsafe fn dealloc(&self, _: *mut u8, _: core::alloc::Layout) {}
}

#[global_allocator]
static ALLOCATOR: Refuse = Refuse;
