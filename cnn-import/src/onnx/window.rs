//! The options of a sliding window, a conv's or a pool's: stride and
//! padding as the language writes them.

use onnx_protobuf::NodeProto;

use super::attrs::{describe, ints, positive, string};
use crate::spelling::uniform;

/// ` stride S` (when `stride_default` is given: a conv's) and ` pad P`
/// for a conv or pool of `rank` spatial axes.
pub fn window_options(
    node: &NodeProto,
    rank: usize,
    stride_default: &[u64],
) -> Result<String, String> {
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
