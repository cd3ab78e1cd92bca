//! `gain`'s one tensor is torch's 0-dimensional parameter: a file torch
//! wrote (`scripts/safetensors_fixtures.py`, `Gained`: a conv, then NFNet's
//! `skipinit_gain`, shape `[]`) loads by name to torch's values.

use cnn::cnn;

cnn! {
    /// The `Gained` of the fixture script, with its module names.
    #[cnn(weights)]
    pub struct Gained {
        input 4x4x2;
        conv1: conv 1x1x3;
        skipinit_gain: gain;
    }
}

#[test]
fn a_zero_dimensional_gain_loads_from_torchs_file() {
    let file = include_bytes!("data/safetensors/gain.f32.safetensors");
    let torch: serde_json::Value =
        serde_json::from_str(include_str!("data/safetensors/gain.json")).expect("JSON");
    let weights = GainedWeights::from_safetensors(file).expect("the file loads");
    let values = weights.as_slice();
    let entries = torch.as_array().expect("a list");
    assert_eq!(entries.len(), GainedWeights::<f32>::TENSORS.len());
    for entry in entries {
        let key = entry["key"].as_str().expect("a key");
        let tensor = GainedWeights::<f32>::TENSORS
            .iter()
            .find(|tensor| tensor.key == key)
            .unwrap_or_else(|| panic!("no `{key}`"));
        let shape: Vec<usize> = entry["shape"]
            .as_array()
            .expect("a shape")
            .iter()
            .map(|n| n.as_u64().expect("a size") as usize)
            .collect();
        assert_eq!(tensor.shape, shape, "{key}");
        let expected: Vec<f32> = entry["values"]
            .as_array()
            .expect("values")
            .iter()
            .map(|v| v.as_f64().expect("a number") as f32)
            .collect();
        assert_eq!(
            &values[tensor.offset..tensor.offset + tensor.elements()],
            expected,
            "{key}"
        );
    }
    let gain = GainedWeights::<f32>::TENSORS
        .iter()
        .find(|tensor| tensor.key == "skipinit_gain")
        .expect("the gain");
    assert_eq!(gain.shape, [0usize; 0]);
}
