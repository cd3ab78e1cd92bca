//! The sizes operators compute from their inputs' sizes: numpy's
//! broadcast and matmul, a window sliding over a map (Conv, pools), its
//! transpose, Reshape's 0 and -1. Pure arithmetic on shapes, for
//! `infer`; an axis not known is -1 and stays so.

use onnx_protobuf::NodeProto;

use super::attrs::{int, ints, string};

/// `axis` of a rank-`rank` shape, from the end if negative.
pub(super) fn axis(axis: i64, rank: usize) -> Option<usize> {
    let rank = rank as i64;
    let at = if axis < 0 { axis + rank } else { axis };
    usize::try_from(at)
        .ok()
        .filter(|&a| (a as i64) < rank.max(1))
}

pub(super) fn add(a: i64, b: i64) -> i64 {
    if a < 0 {
        -1
    } else {
        a + b
    }
}

pub(super) fn sum(dims: impl Iterator<Item = i64>) -> i64 {
    dims.fold(
        0,
        |total, d| if total < 0 || d < 0 { -1 } else { total + d },
    )
}

pub(super) fn product(dims: &[i64]) -> i64 {
    dims.iter().fold(
        1,
        |total, &d| if total < 0 || d < 0 { -1 } else { total * d },
    )
}

/// numpy's broadcast of `a` and `b`.
pub(super) fn broadcast(a: &[i64], b: &[i64]) -> Option<Vec<i64>> {
    let rank = a.len().max(b.len());
    let at = |s: &[i64], i: usize| {
        let pad = rank - s.len();
        if i < pad {
            1
        } else {
            s[i - pad]
        }
    };
    (0..rank)
        .map(|i| match (at(a, i), at(b, i)) {
            (x, y) if x == y => Some(x),
            (1, y) => Some(y),
            (x, 1) => Some(x),
            (x, y) if x < 0 || y < 0 => Some(x.max(y)),
            _ => None,
        })
        .collect()
}

/// numpy's matmul.
pub(super) fn matmul(a: &[i64], b: &[i64]) -> Option<Vec<i64>> {
    let (a1, b1) = (a.len() == 1, b.len() == 1);
    let a: Vec<i64> = if a1 { vec![1, a[0]] } else { a.to_vec() };
    let b: Vec<i64> = if b1 { vec![b[0], 1] } else { b.to_vec() };
    let (ra, rb) = (a.len(), b.len());
    if ra < 2 || rb < 2 {
        return None;
    }
    let mut out = broadcast(&a[..ra - 2], &b[..rb - 2])?;
    if !a1 {
        out.push(a[ra - 2]);
    }
    if !b1 {
        out.push(b[rb - 1]);
    }
    Some(out)
}

/// Each spatial axis's begin and end pads, and whether they are
/// SAME_* auto padding (the output the input's size over the stride).
pub(super) fn pads(node: &NodeProto, spatial: usize) -> Option<(Vec<i64>, bool)> {
    let auto = string(node, "auto_pad").unwrap_or_default();
    match auto.as_str() {
        "SAME_UPPER" | "SAME_LOWER" => Some((vec![0; 2 * spatial], true)),
        "VALID" => Some((vec![0; 2 * spatial], false)),
        _ => {
            let pads = ints(node, "pads").map_or(vec![0; 2 * spatial], <[i64]>::to_vec);
            (pads.len() == 2 * spatial).then_some((pads, false))
        }
    }
}

/// The sizes of a window `kernel` sliding over `shape`'s spatial axes.
pub(super) fn window(
    node: &NodeProto,
    shape: &[i64],
    kernel: &[i64],
    ceil: bool,
) -> Option<Vec<i64>> {
    let spatial = kernel.len();
    if shape.len() != spatial + 2 {
        return None;
    }
    let strides = ints(node, "strides").map_or(vec![1; spatial], <[i64]>::to_vec);
    let dilations = ints(node, "dilations").map_or(vec![1; spatial], <[i64]>::to_vec);
    let (pads, same) = pads(node, spatial)?;
    if strides.len() != spatial || dilations.len() != spatial {
        return None;
    }
    let mut out = Vec::new();
    for i in 0..spatial {
        let size = shape[i + 2];
        let stride = strides[i].max(1);
        if size < 0 {
            out.push(-1);
        } else if same {
            out.push((size + stride - 1) / stride);
        } else {
            let span = size + pads[i] + pads[i + spatial] - dilations[i] * (kernel[i] - 1) - 1;
            if span < 0 {
                return None;
            }
            let mut n = if ceil {
                (span + stride - 1) / stride + 1
            } else {
                span / stride + 1
            };
            // The last window must start inside the input or its begin
            // pad (PyTorch's rule, and ONNX's from opset 19).
            if ceil && (n - 1) * stride >= size + pads[i] {
                n -= 1;
            }
            out.push(n);
        }
    }
    Some(out)
}

pub(super) fn conv(node: &NodeProto, x: &[i64], w: &[i64]) -> Option<Vec<i64>> {
    let kernel = ints(node, "kernel_shape")
        .map_or_else(|| w.get(2..).map(<[i64]>::to_vec), |k| Some(k.to_vec()))?;
    let mut out = vec![*x.first()?, *w.first()?];
    out.extend(window(node, x, &kernel, false)?);
    Some(out)
}

pub(super) fn conv_transpose(node: &NodeProto, x: &[i64], w: &[i64]) -> Option<Vec<i64>> {
    let kernel = ints(node, "kernel_shape")
        .map_or_else(|| w.get(2..).map(<[i64]>::to_vec), |k| Some(k.to_vec()))?;
    let spatial = kernel.len();
    let group = int(node, "group").unwrap_or(1);
    let mut out = vec![*x.first()?, *w.get(1)? * group];
    if x.len() != spatial + 2 {
        return None;
    }
    if let Some(sizes) = ints(node, "output_shape") {
        out.extend_from_slice(sizes.get(sizes.len().checked_sub(spatial)?..)?);
        return Some(out);
    }
    let strides = ints(node, "strides").map_or(vec![1; spatial], <[i64]>::to_vec);
    let dilations = ints(node, "dilations").map_or(vec![1; spatial], <[i64]>::to_vec);
    let extra = ints(node, "output_padding").map_or(vec![0; spatial], <[i64]>::to_vec);
    let (pads, same) = pads(node, spatial)?;
    if strides.len() != spatial || dilations.len() != spatial || extra.len() != spatial {
        return None;
    }
    for i in 0..spatial {
        let size = x[i + 2];
        out.push(match (size < 0, same) {
            (true, _) => -1,
            (false, true) => size * strides[i],
            (false, false) => {
                strides[i] * (size - 1) + extra[i] + (kernel[i] - 1) * dilations[i] + 1
                    - pads[i]
                    - pads[i + spatial]
            }
        });
    }
    Some(out)
}

pub(super) fn pool(node: &NodeProto, x: &[i64]) -> Option<Vec<i64>> {
    let kernel = ints(node, "kernel_shape")?;
    let ceil = int(node, "ceil_mode").unwrap_or(0) != 0;
    let mut out = x.get(..2)?.to_vec();
    out.extend(window(node, x, kernel, ceil)?);
    Some(out)
}

/// Reshape's `shape`: 0 copies the input's axis (unless `allowzero`),
/// -1 is what the others leave.
pub(super) fn reshape(node: &NodeProto, x: &[i64], shape: &[i64]) -> Option<Vec<i64>> {
    let allowzero = int(node, "allowzero").unwrap_or(0) != 0;
    let mut out: Vec<i64> = shape
        .iter()
        .enumerate()
        .map(|(i, &d)| match d {
            0 if !allowzero => x.get(i).copied(),
            d => Some(d),
        })
        .collect::<Option<_>>()?;
    if let Some(at) = out.iter().position(|&d| d == -1) {
        let total = product(x);
        let rest = product(&[&out[..at], &out[at + 1..]].concat());
        out[at] = if total < 0 || rest <= 0 || total % rest != 0 {
            if total >= 0 && rest > 0 {
                return None;
            }
            -1
        } else {
            total / rest
        };
    }
    Some(out)
}
