//! Elementwise binary operators' broadcasting over 4-D shapes (TFLite's
//! `BroadcastBinaryOpSimple` order: the output row-major, a size-1 axis
//! of an input repeated).

/// Calls `f(i, j, k)` for each output index `k` (row-major over `out`)
/// with the indices `i` into `a` and `j` into `b` it reads. Each input
/// axis is the output's or 1.
///
/// # Panics
///
/// If an input axis is neither 1 nor the output's.
#[inline]
pub(crate) fn each(
    a: [usize; 4],
    b: [usize; 4],
    out: [usize; 4],
    mut f: impl FnMut(usize, usize, usize),
) {
    let strides = |shape: [usize; 4]| {
        let mut strides = [0; 4];
        let mut stride = 1;
        for d in (0..4).rev() {
            assert!(shape[d] == out[d] || shape[d] == 1, "broadcast shapes");
            strides[d] = if shape[d] == 1 { 0 } else { stride };
            stride *= shape[d];
        }
        strides
    };
    let (sa, sb) = (strides(a), strides(b));
    let mut k = 0;
    for d0 in 0..out[0] {
        for d1 in 0..out[1] {
            for d2 in 0..out[2] {
                let ia = d0 * sa[0] + d1 * sa[1] + d2 * sa[2];
                let ib = d0 * sb[0] + d1 * sb[1] + d2 * sb[2];
                for d3 in 0..out[3] {
                    f(ia + d3 * sa[3], ib + d3 * sb[3], k);
                    k += 1;
                }
            }
        }
    }
}

/// The number of values of a shape.
pub(crate) fn len(shape: [usize; 4]) -> usize {
    shape.iter().product()
}
