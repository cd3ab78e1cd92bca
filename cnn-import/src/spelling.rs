//! How the language writes sizes: `3x3` for a kernel, `2` for an option
//! the same on every axis.

/// An option's sizes: `2` when every axis has the same, else `1x2x2`.
pub fn uniform(values: &[u64]) -> String {
    match values {
        [first, rest @ ..] if rest.iter().all(|v| v == first) => first.to_string(),
        _ => axes(values),
    }
}

/// A kernel's sizes, one per axis: `3x3`.
pub fn axes(values: &[u64]) -> String {
    let texts: Vec<String> = values.iter().map(u64::to_string).collect();
    texts.join("x")
}
