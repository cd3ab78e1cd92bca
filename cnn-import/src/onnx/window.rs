//! The options of a sliding window, a conv's or a pool's: stride and
//! padding as the language writes them.

use onnx_protobuf::NodeProto;

use super::attrs::{describe, int, ints, positive, string};
use crate::spelling::uniform;

/// ` stride S` (when `stride_default` is given: a conv's) and ` pad P`
/// for a conv or pool of the window `kernel`. Pads more after than before
/// that are TensorFlow's "same" for the input's spatial sizes `input`
/// (what tf_efficientnet's and Keras's exports compute) are `pad same`.
pub fn window_options(
    node: &NodeProto,
    kernel: &[u64],
    stride_default: &[u64],
    input: Option<&[i64]>,
) -> Result<String, String> {
    let rank = kernel.len();
    let mut text = String::new();
    if !stride_default.is_empty() {
        if let Some(strides) = ints(node, "strides") {
            let strides = positive(node, strides)?;
            if strides.iter().any(|&s| s != 1) {
                text += &format!(" stride {}", uniform(&strides));
            }
        }
    }
    match string(node, "auto_pad").as_deref() {
        None | Some("NOTSET") => {}
        Some("VALID") => return Ok(text),
        // `avgpool ... pad same` leaves its padding out of the average,
        // as TensorFlow does; a pool that counts it has no statement.
        Some("SAME_UPPER")
            if node.op_type == "AveragePool"
                && int(node, "count_include_pad").unwrap_or(0) != 0 =>
        {
            return Err(format!(
                "{} pads SAME_UPPER and counts the padding in its averages \
                 (count_include_pad 1): the language's `avgpool ... pad same` leaves the \
                 padding out, as TensorFlow does, and `pad P` pads both sides alike",
                describe(node)
            ))
        }
        Some("SAME_UPPER") => return Ok(text + " pad same"),
        Some(other) => {
            return Err(format!(
                "{} has auto_pad {other}: the language pads symmetrically, or `same` as \
                 SAME_UPPER does",
                describe(node)
            ))
        }
    }
    if let Some(pads) = ints(node, "pads") {
        if pads.len() != 2 * rank || pads.iter().any(|&p| p < 0) {
            return Err(format!(
                "{} has pads {pads:?}: {rank} axes need {} pads of at least 0",
                describe(node),
                2 * rank
            ));
        }
        let (begin, end) = pads.split_at(rank);
        if begin != end && same(node, kernel, input).as_deref() == Some(pads) {
            return Ok(text + " pad same");
        }
        if begin != end {
            return Err(format!(
                "{} pads {begin:?} before and {end:?} after: the language's `pad` is the same \
                 on both sides (PyTorch's padding)",
                describe(node)
            ));
        }
        if begin.iter().any(|&p| p != 0) {
            let begin: Vec<u64> = begin.iter().map(|&p| p as u64).collect();
            text += &format!(" pad {}", uniform(&begin));
        }
    }
    Ok(text)
}

/// TensorFlow's "same" pads, begin then end, for a window `kernel` of
/// `node`'s strides and dilations over spatial sizes `input`: `ceil(I/S)`
/// outputs, the total padding they need split with the extra one after.
fn same(node: &NodeProto, kernel: &[u64], input: Option<&[i64]>) -> Option<Vec<i64>> {
    let input = input?;
    // Average pooling's "same" leaves the padding out of its count.
    if node.op_type == "AveragePool" && int(node, "count_include_pad").unwrap_or(0) != 0 {
        return None;
    }
    let rank = kernel.len();
    let strides = ints(node, "strides").map_or(vec![1; rank], <[i64]>::to_vec);
    let dilations = ints(node, "dilations").map_or(vec![1; rank], <[i64]>::to_vec);
    if input.len() != rank || strides.len() != rank || dilations.len() != rank {
        return None;
    }
    let mut begin = Vec::new();
    let mut end = Vec::new();
    for a in 0..rank {
        let (size, stride, k) = (input[a], strides[a], kernel[a] as i64);
        if size < 1 || stride < 1 {
            return None;
        }
        let out = (size + stride - 1) / stride;
        let total = ((out - 1) * stride + (k - 1) * dilations[a] + 1 - size).max(0);
        begin.push(total / 2);
        end.push(total - total / 2);
    }
    begin.extend(end);
    Some(begin)
}
