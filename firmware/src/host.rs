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
