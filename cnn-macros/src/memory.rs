//! Expanding a network again and again, as rust-analyzer's proc-macro
//! server does on every edit for as long as the editor is open, holds no
//! more memory after 10,000 expansions than after 1,000: an expansion
//! leaks nothing.
//!
//! The heap is measured by glibc (`mallinfo2`), in a process of its own
//! that runs only this test. A counting `#[global_allocator]` would not
//! do: a proc-macro crate's test binary links the standard library
//! dynamically, and the frees made inside it go straight to the system
//! allocator, uncounted. And the other tests of this binary allocate on
//! threads of their own.

use std::process::Command;

use crate::expand::expand;

/// Set in the process that measures.
const CHILD: &str = "CNN_MACROS_MEMORY_CHILD";

/// A declaration, with blocks and names, and an expression: the two paths
/// of the expansion that build a model.
const NETWORKS: [&str; 2] = [
    "pub struct Net {
        input 32x32x3;
        conv1: conv 3x3x16 pad same;
        residual { conv 3x3x16 pad same; relu; }
        pool 2;
        head: fc 10;
    }",
    "input 28x28x1; conv 5x5x8; pool 2; fc 10",
];

#[test]
fn ten_thousand_expansions_hold_no_more_memory_than_one_thousand() {
    if !heap::MEASURED {
        return;
    }
    if std::env::var_os(CHILD).is_some() {
        measure();
        return;
    }
    let this = "memory::ten_thousand_expansions_hold_no_more_memory_than_one_thousand";
    let output = Command::new(std::env::current_exe().expect("the test binary"))
        .args([this, "--exact", "--nocapture", "--test-threads=1"])
        .env(CHILD, "1")
        // Without glibc's per-thread cache and fast bins, a freed block is
        // free at once in its statistics, not kept aside as if in use.
        .env(
            "GLIBC_TUNABLES",
            "glibc.malloc.tcache_count=0:glibc.malloc.mxfast=0",
        )
        .output()
        .expect("the test binary runs");
    let stdout = String::from_utf8_lossy(&output.stdout);
    let stderr = String::from_utf8_lossy(&output.stderr);
    if let Some(at) = stdout.find("heap in use") {
        println!("{}", stdout[at..].lines().next().unwrap_or_default());
    }
    assert!(output.status.success(), "{stdout}\n{stderr}");
    assert!(stdout.contains("heap in use"), "{stdout}");
}

/// Expands the networks in turn, 10,000 times in all, and compares the
/// heap after 1,000 with the heap after 10,000.
fn measure() {
    let networks: [proc_macro2::TokenStream; 2] =
        NETWORKS.map(|text| text.parse().expect("the network lexes"));
    for tokens in &networks {
        let expanded = expand(tokens.clone()).to_string();
        assert!(!expanded.contains("compile_error"), "{expanded}");
    }
    let mut after_1000 = 0;
    for round in 0..10_000 {
        let expanded = expand(networks[round % 2].clone());
        assert!(!expanded.is_empty());
        drop(expanded);
        // The spans that proc-macro2 records outside a compiler (its
        // `span-locations` map, which grows with every string it lexes)
        // go too: in rust-analyzer, spans are the server's, not the macro's.
        proc_macro2::extra::invalidate_current_thread_spans();
        if round + 1 == 1_000 {
            after_1000 = heap::in_use();
        }
    }
    let after_10000 = heap::in_use();
    let growth = after_10000 as i64 - after_1000 as i64;
    println!(
        "heap in use: {after_1000} bytes after 1,000 expansions, {after_10000} after 10,000: \
         {growth} bytes more, {:.1} per expansion",
        growth as f64 / 9_000.0
    );
    // Less than a byte an expansion: a leak of any allocation, however
    // small, would be tens of bytes an expansion.
    assert!(
        growth < 9_000,
        "{growth} bytes more after 9,000 more expansions"
    );
}

#[cfg(all(target_os = "linux", target_env = "gnu"))]
mod heap {
    /// Whether this target can measure the heap.
    pub const MEASURED: bool = true;

    /// glibc's `struct mallinfo2`.
    #[repr(C)]
    struct Mallinfo2 {
        arena: usize,
        ordblks: usize,
        smblks: usize,
        hblks: usize,
        hblkhd: usize,
        usmblks: usize,
        fsmblks: usize,
        uordblks: usize,
        fordblks: usize,
        keepcost: usize,
    }

    extern "C" {
        fn mallinfo2() -> Mallinfo2;
    }

    /// Bytes allocated and not yet freed: in the heap's chunks, and in
    /// blocks mapped on their own.
    pub fn in_use() -> usize {
        // SAFETY: `mallinfo2` (glibc 2.33 and later) takes nothing, reads
        // the allocator's statistics under its lock, and returns them by
        // value.
        let info = unsafe { mallinfo2() };
        info.uordblks + info.hblkhd
    }
}

#[cfg(not(all(target_os = "linux", target_env = "gnu")))]
mod heap {
    /// Whether this target can measure the heap: only glibc's says how
    /// much is in use.
    pub const MEASURED: bool = false;

    pub fn in_use() -> usize {
        0
    }
}
