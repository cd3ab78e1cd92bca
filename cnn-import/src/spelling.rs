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

/// PyTorch's default `eps` for batch, layer and group norm: a norm with it
/// writes none.
pub const NORM_EPS: f32 = 1e-5;

/// timm's default `eps` for `GlobalResponseNorm` (`grn`).
pub const RESPONSE_EPS: f32 = 1e-6;

/// ` eps E` for a norm that adds `epsilon` where its kind adds `default`:
/// nothing when they are the same `f32`, else the shortest text that
/// reads back as that `f32` (`1e-3`, `1.0000001e-5`). `Err` with what is
/// wrong for an epsilon the language cannot write (not positive, or not
/// finite).
pub fn eps(epsilon: f32, default: f32) -> Result<String, String> {
    if epsilon == default {
        return Ok(String::new());
    }
    if !(epsilon > 0.0 && epsilon.is_finite()) {
        return Err(format!(
            "eps {epsilon}: the language's `eps` is a positive number"
        ));
    }
    // `{:e}` of an `f32` is the shortest decimal that parses back to it.
    Ok(format!(" eps {epsilon:e}"))
}

#[cfg(test)]
mod tests {
    use super::{eps, NORM_EPS};

    #[test]
    fn eps_reads_back_as_the_same_f32() {
        assert_eq!(eps(1e-5, NORM_EPS).as_deref(), Ok(""));
        assert_eq!(eps(1e-3, NORM_EPS).as_deref(), Ok(" eps 1e-3"));
        assert_eq!(eps(1e-6, NORM_EPS).as_deref(), Ok(" eps 1e-6"));
        assert!(eps(0.0, NORM_EPS).is_err());
        assert!(eps(f32::INFINITY, NORM_EPS).is_err());
        // Every f32 from 1e-12 to 10, spaced to touch each exponent and
        // many mantissas, prints as text that parses back to its bits.
        let mut value = 1e-12f32;
        while value < 10.0 {
            let text = eps(value, NORM_EPS).unwrap_or_default();
            let written = text.strip_prefix(" eps ").unwrap_or("1e-5");
            assert_eq!(
                written.parse::<f32>().map(f32::to_bits),
                Ok(value.to_bits())
            );
            value = f32::from_bits(value.to_bits() + 7919);
        }
    }

    /// What the importer prints, read by the language, reaches the
    /// program (what `forward` runs) as the same f32.
    #[test]
    fn printed_eps_round_trips_through_the_language() {
        let mut value = 1e-9f32;
        while value < 1.0 {
            let text = eps(value, NORM_EPS).unwrap_or_default();
            let source = format!("input 4x4x2; bn{text};");
            let checked = cnn_lang::check(&source, None);
            let network = checked.network.expect("a network");
            let row = network.rows.last().expect("a row");
            assert_eq!(row.spec, format!("bn{text}"));
            let plan = network.plan.as_ref().expect("a plan");
            let layer = plan.ops.iter().rev().find_map(|op| match op {
                cnn_core::program::Op::Layer { spec, .. } => Some(*spec),
                cnn_core::program::Op::Add { .. }
                | cnn_core::program::Op::Mul { .. }
                | cnn_core::program::Op::Sub { .. }
                | cnn_core::program::Op::Softmax { .. }
                | cnn_core::program::Op::Weigh { .. }
                | cnn_core::program::Op::Copy { .. }
                | cnn_core::program::Op::Fused { .. } => None,
            });
            let eps = layer.map(|spec| spec.eps.value_or(NORM_EPS).to_bits());
            assert_eq!(eps, Some(value.to_bits()), "{source}");
            value = f32::from_bits(value.to_bits() + 1_048_573);
        }
    }
}
