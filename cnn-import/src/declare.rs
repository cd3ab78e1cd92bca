//! The statements as a declaration: runs folded into `repeat`, printed,
//! and checked by `cnn_lang` as any `.cnn` file is. Every front end ends
//! here.

use crate::stmt::Stmt;
use crate::{print, repeat};

/// The text of `unfolded` after `input_line` (runs folded into `repeat`),
/// checked by `cnn_lang` as the network `name`, and that network.
pub fn declare(
    unfolded: &[Stmt],
    input_line: &str,
    name: &str,
) -> Result<(String, cnn_lang::Network), String> {
    let body = repeat::fold_repeats(unfolded.to_vec());
    let statements = print::text(input_line, &body);
    let checked = cnn_lang::check(&statements, Some(name));
    // A network comes with no error; the first error, if any, says why
    // not (cnn_lang has given a network beside a parse error).
    let first = checked.diagnostics.iter().find(|d| d.is_error());
    match (checked.network, first) {
        (Some(network), None) => Ok((statements, network)),
        (_, first) => {
            let first = first.map_or(String::new(), |d| format!(": {}", d.message));
            Err(format!(
                "the declaration read from the graph does not check{first}"
            ))
        }
    }
}
