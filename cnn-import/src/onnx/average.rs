//! An AveragePool that leaves its padding out of each average (ONNX's
//! `count_include_pad` 0, its default, which torch writes for
//! `count_include_pad=False`: PoolFormer's token mixer). The language's
//! `avgpool ... pad P` counts the padding, as PyTorch does by default;
//! its `pad same` leaves it out, as TensorFlow does. So such a pool is
//! `pad same` when that padding is the node's, and has no statement
//! otherwise.

use onnx_protobuf::NodeProto;

use super::attrs::{describe, int, ints};
use super::graph::Graph;

/// `text`, the pool's statement with its padding as `pad P`, for `node`:
/// as it is when the pool counts its padding or has none, with `pad same`
/// for `pad P` when the pool leaves out a padding that is `same`'s.
pub fn padding_left_out(node: &NodeProto, graph: &Graph, text: String) -> Result<String, String> {
    let pads = ints(node, "pads").unwrap_or(&[]);
    if int(node, "count_include_pad").unwrap_or(0) != 0 || pads.iter().all(|&p| p == 0) {
        return Ok(text);
    }
    let kernel = ints(node, "kernel_shape").unwrap_or(&[]);
    let rank = kernel.len();
    let strides = ints(node, "strides").map_or_else(|| vec![1; rank], <[i64]>::to_vec);
    let dilated = ints(node, "dilations").is_some_and(|d| d.iter().any(|&n| n != 1));
    let input = node
        .input
        .first()
        .and_then(|value| graph.shapes.get(value.as_str()));
    // TensorFlow's `same`: `ceil(I/S)` outputs, the padding they need split
    // with the odd one after.
    let same = input.filter(|dims| dims.len() == rank + 2).map(|dims| {
        let mut before = Vec::new();
        let mut after = Vec::new();
        for ((&size, &k), &s) in dims[2..].iter().zip(kernel).zip(&strides) {
            let out = (size + s - 1) / s.max(1);
            let total = ((out - 1) * s + k - size).max(0);
            before.push(total / 2);
            after.push(total - total / 2);
        }
        [before, after].concat()
    });
    match same {
        Some(same) if !dilated && same == pads && strides.len() == rank => {
            // The word after `pad` is its value.
            let mut words: Vec<&str> = text.split(' ').collect();
            if let Some(at) = words.iter().position(|&word| word == "pad") {
                if let Some(value) = words.get_mut(at + 1) {
                    *value = "same";
                }
            }
            Ok(words.join(" "))
        }
        _ => Err(format!(
            "{} averages without its padding {pads:?} (count_include_pad 0): the language's \
             avgpool counts a `pad P` padding, as PyTorch's default, and leaves out only \
             `pad same`'s",
            describe(node)
        )),
    }
}
