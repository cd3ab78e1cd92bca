//! The stack's high-water mark: the free RAM below the stack pointer is
//! painted with a pattern before an inference, and the lowest word that no
//! longer holds it afterwards is as deep as the stack went.

use core::ptr;

/// A word the firmware is unlikely to leave on the stack.
const PAINT: u32 = 0x5EED_C0DE;

extern "C" {
    // cortex-m-rt's linker script: the end of the statics (.data, .bss,
    // .uninit), where the heap would start, and the stack's top.
    static mut __sheap: u32;
    static mut _stack_start: u32;
}

fn bottom() -> usize {
    // Only the symbol's address, which is safe to take.
    ptr::addr_of_mut!(__sheap) as usize
}

fn top() -> usize {
    ptr::addr_of_mut!(_stack_start) as usize
}

/// Fills the RAM between the statics and this function's stack pointer
/// with the pattern, and returns how deep the stack is at the call: the
/// bytes from its top to the caller's frame.
#[inline(never)]
pub fn paint() -> usize {
    let sp = cortex_m::register::msp::read() as usize;
    // Some room below the current frame, which this loop does not grow.
    let end = sp - 64;
    let mut at = (bottom() + 3) & !3;
    while at < end {
        // SAFETY: [bottom, sp - 64) is RAM (memory.x) that holds no
        // object: the statics end at `bottom`, the stack's live frames
        // are above the stack pointer, and no interrupt is enabled that
        // could push a frame below it meanwhile.
        unsafe { ptr::write_volatile(at as *mut u32, PAINT) };
        at += 4;
    }
    top() - sp
}

/// Bytes from the stack's top down to the lowest word written since
/// [`paint`]: the deepest the stack has been, the frames that were live
/// at `paint` included.
#[inline(never)]
pub fn peak() -> usize {
    let mut at = (bottom() + 3) & !3;
    // SAFETY: reads words of RAM between the statics and the stack's top
    // (memory.x), which are all mapped; a torn or stale value only moves
    // the mark, and the frames above `at` are this function's callers'.
    while at < top() && unsafe { ptr::read_volatile(at as *const u32) } == PAINT {
        at += 4;
    }
    top() - at
}
