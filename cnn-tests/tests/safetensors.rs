//! `NameWeights::from_safetensors` against files torch wrote
//! (`scripts/safetensors_fixtures.py`): a small network of every kind with
//! parameters, saved as F32, F16 and BF16, loads by name to the values
//! torch converts to float32; each error has its own hand-corrupted file;
//! hostile bytes give errors, never a panic.

use cnn::cnn;
use cnn::weights::safetensors::{Error, Malformed};

cnn! {
    /// The `Small` of the fixture script, with its module names: a
    /// `BasicBlock` repeated, a depthwise conv, PReLU, a grouped transposed
    /// conv, group norm and a layer scale, a separable conv, layer norm, fc.
    #[cnn(weights)]
    pub struct Small {
        input 8x8x3;
        conv1: conv 3x3x4 pad 1;
        bn1: bn;
        relu;
        layer1: repeat 2 {
            residual { conv1: conv 3x3x4 pad 1 nobias; bn1: bn; relu; conv2: conv 3x3x4 pad 1 nobias; bn2: bn; }
            relu;
        }
        down: { dwconv 3x3 stride 2 pad 1 multiplier 2; prelu; convtranspose 2x2x4 stride 2 groups 2; }
        block: { norm: groupnorm 2; layer_scale: scale; }
        sep: sepconv 3x3x6 pad 1;
        norm: layernorm;
        gap;
        fc: fc 10;
    }
}

const F32: &[u8] = include_bytes!("data/safetensors/small.f32.safetensors");
const F16: &[u8] = include_bytes!("data/safetensors/small.f16.safetensors");
const BF16: &[u8] = include_bytes!("data/safetensors/small.bf16.safetensors");

/// Torch's tensors of `Small`: key, shape, offset into the `.bin` values.
fn torch_layout() -> Vec<(String, Vec<usize>, usize)> {
    let json: serde_json::Value =
        serde_json::from_str(include_str!("data/safetensors/small.json")).expect("JSON");
    json.as_array()
        .expect("a list")
        .iter()
        .map(|entry| {
            let shape = entry["shape"].as_array().expect("a shape");
            (
                entry["key"].as_str().expect("a key").to_string(),
                shape
                    .iter()
                    .map(|n| n.as_u64().expect("a size") as usize)
                    .collect(),
                entry["offset"].as_u64().expect("an offset") as usize,
            )
        })
        .collect()
}

fn floats(bytes: &[u8]) -> Vec<f32> {
    bytes
        .chunks_exact(4)
        .map(|chunk| f32::from_le_bytes(chunk.try_into().expect("4 bytes")))
        .collect()
}

/// Loads `file` and checks every tensor against torch's float32 values.
fn loads_as_torch_converts(file: &[u8], expected: &[u8]) {
    let expected = floats(expected);
    let weights = SmallWeights::from_safetensors(file).expect("the file loads");
    let values = weights.as_slice();
    let layout = torch_layout();
    assert_eq!(layout.len(), SmallWeights::<f32>::TENSORS.len());
    for tensor in SmallWeights::<f32>::TENSORS {
        let (_, shape, offset) = layout
            .iter()
            .find(|(key, _, _)| key == tensor.key)
            .unwrap_or_else(|| panic!("torch has no `{}`", tensor.key));
        let count: usize = shape.iter().product();
        assert_eq!(tensor.elements(), count, "{}", tensor.key);
        let ours = &values[tensor.offset..tensor.offset + count];
        let torch = &expected[*offset..offset + count];
        // Exact: every F16 and BF16 value is an f32.
        assert!(
            ours.iter()
                .zip(torch)
                .all(|(a, b)| a.to_bits() == b.to_bits()),
            "{}: {ours:?} against {torch:?}",
            tensor.key
        );
    }
}

#[test]
fn f32_loads_to_torchs_values() {
    loads_as_torch_converts(F32, include_bytes!("data/safetensors/small.f32.bin"));
}

#[test]
fn f16_loads_to_the_values_torch_converts_it_to() {
    loads_as_torch_converts(F16, include_bytes!("data/safetensors/small.f16.bin"));
}

#[test]
fn bf16_loads_to_the_values_torch_converts_it_to() {
    loads_as_torch_converts(BF16, include_bytes!("data/safetensors/small.bf16.bin"));
}

#[test]
fn the_tensors_are_torchs_keys_and_shapes() {
    let mut torch: Vec<(String, Vec<usize>)> = torch_layout()
        .into_iter()
        .map(|(key, shape, _)| (key, shape))
        .collect();
    let mut ours: Vec<(String, Vec<usize>)> = SmallWeights::<f32>::TENSORS
        .iter()
        .map(|tensor| (tensor.key.to_string(), tensor.shape.to_vec()))
        .collect();
    // torch lists `block.layer_scale` (a parameter of the module) before
    // `block.norm` (a child); the declaration, in the order it runs, after.
    // Loading finds each by key; the rest of the order is torch's.
    let scale = |list: &mut Vec<(String, Vec<usize>)>| {
        let at = list
            .iter()
            .position(|(key, _)| key == "block.layer_scale")
            .expect("there");
        list.remove(at)
    };
    assert_eq!(scale(&mut torch).1, [4, 1, 1]);
    assert_eq!(scale(&mut ours).1, [4]);
    assert_eq!(ours, torch);
}

#[test]
fn loading_in_place_needs_no_allocation_and_leaves_the_weights_on_an_error() {
    let mut values = vec![0.5f32; SmallWeights::<f32>::LEN];
    let weights = SmallWeights::from_slice_mut(&mut values).expect("the length");
    assert!(weights.load_safetensors(&F32[..100]).is_err());
    assert!(
        weights.as_slice().iter().all(|&v| v == 0.5),
        "unchanged on an error"
    );
    weights.load_safetensors(F32).expect("the file loads");
    assert_eq!(
        weights.fc.bias,
        SmallWeights::from_safetensors(F32).expect("loads").fc.bias
    );
}

// Hand-corrupted files, one per error.

/// The fixture's header as JSON, and its data.
fn parts(file: &[u8]) -> (serde_json::Map<String, serde_json::Value>, Vec<u8>) {
    let length = u64::from_le_bytes(file[..8].try_into().expect("8 bytes")) as usize;
    let header = serde_json::from_slice(&file[8..8 + length]).expect("the header is JSON");
    (header, file[8 + length..].to_vec())
}

fn file(header: &str, data: &[u8]) -> Vec<u8> {
    let mut file = (header.len() as u64).to_le_bytes().to_vec();
    file.extend_from_slice(header.as_bytes());
    file.extend_from_slice(data);
    file
}

/// The F32 fixture with its header edited.
fn edited(edit: impl FnOnce(&mut serde_json::Map<String, serde_json::Value>)) -> Vec<u8> {
    let (mut header, data) = parts(F32);
    edit(&mut header);
    file(&serde_json::Value::Object(header).to_string(), &data)
}

fn error(file: &[u8]) -> Error {
    match SmallWeights::from_safetensors(file) {
        Ok(_) => panic!("the file loads"),
        Err(error) => error,
    }
}

#[test]
fn a_missing_tensor_is_named_with_the_shape_needed() {
    let file = edited(|header| {
        header.remove("layer1.1.conv2.weight");
    });
    assert_eq!(
        error(&file).to_string(),
        "the file has no tensor `layer1.1.conv2.weight`; the declaration needs it, of shape [4, 4, 3, 3]"
    );
}

#[test]
fn an_extra_tensor_is_named_with_its_shape_and_how_many_more() {
    let file = edited(|header| {
        let entry = header["fc.bias"].clone();
        header.insert("head.bias".into(), entry.clone());
        header.insert("head.other".into(), entry);
    });
    let message = error(&file).to_string();
    assert!(
        message.starts_with("the file has a tensor `head.")
            && message.ends_with("` of shape [10] that the declaration does not name, and 1 more"),
        "{message}"
    );
}

#[test]
fn a_misshapen_tensor_gives_both_shapes() {
    let file = edited(|header| {
        header["layer1.0.conv1.weight"]["shape"] = serde_json::json!([4, 2, 3, 6]);
    });
    assert_eq!(
        error(&file).to_string(),
        "tensor `layer1.0.conv1.weight` has shape [4, 2, 3, 6], the declaration needs [4, 4, 3, 3]"
    );
}

#[test]
fn a_dtype_that_is_not_read_is_named() {
    let file = edited(|header| header["bn1.running_var"]["dtype"] = "I32".into());
    assert_eq!(
        error(&file).to_string(),
        "tensor `bn1.running_var` is stored as I32; only F32, F16 and BF16 are read"
    );
}

#[test]
fn trailing_sizes_of_one_do_not_count() {
    // `block.layer_scale` is [4, 1, 1] in torch's file, [4] declared; a
    // conv's [6, 4, 1, 1] may be written [6, 4] too, but not [6, 1, 4].
    let file = edited(|header| {
        header["sep.pointwise.weight"]["shape"] = serde_json::json!([6, 4]);
    });
    assert!(SmallWeights::from_safetensors(&file).is_ok());
    let file = edited(|header| {
        header["sep.pointwise.weight"]["shape"] = serde_json::json!([6, 1, 4]);
    });
    assert!(matches!(
        error(&file),
        Error::Misshapen {
            key: "sep.pointwise.weight",
            ..
        }
    ));
}

#[test]
fn batch_norms_counters_are_skipped_but_only_for_a_batch_norm() {
    let (header, _) = parts(F32);
    assert_eq!(header["bn1.num_batches_tracked"]["dtype"], "I64");
    let file = edited(|header| {
        let entry = header["bn1.num_batches_tracked"].clone();
        header.insert("conv1.num_batches_tracked".into(), entry);
    });
    assert!(matches!(error(&file), Error::Extra { others: 0, .. }));
}

fn malformed(file: &[u8]) -> (usize, Malformed, String) {
    match error(file) {
        error @ Error::Malformed { at, problem } => (at, problem, error.to_string()),
        other => panic!("not malformed: {other}"),
    }
}

#[test]
fn a_malformed_file_says_what_and_where() {
    let (at, _, message) = malformed(&F32[..5]);
    assert_eq!((at, message.as_str()), (0, "not a safetensors file: at byte 0, the file is 5 bytes long, shorter than the 8 bytes of the header's length"));

    let mut long = F32.to_vec();
    long[..8].copy_from_slice(&1_000_000u64.to_le_bytes());
    let (_, problem, _) = malformed(&long);
    assert_eq!(
        problem,
        Malformed::HeaderLength {
            header: 1_000_000,
            after: F32.len() - 8
        }
    );

    let (at, _, message) = malformed(&file(r#"{"w" {"dtype":"F32"}}"#, &[]));
    assert_eq!(at, 13);
    assert!(
        message.ends_with("expected `:` after a tensor's name"),
        "{message}"
    );

    let (_, _, message) = malformed(&file(
        r#"{"w":{"dtype":"F32","shape":[2],"data_offsets":[0,8]}}"#,
        &[0; 4],
    ));
    assert!(
        message.ends_with("tensor `w` has data_offsets [0, 8], outside the 4 bytes of data"),
        "{message}"
    );

    let (_, _, message) = malformed(&file(
        r#"{"w":{"dtype":"F16","shape":[3],"data_offsets":[0,8]}}"#,
        &[0; 8],
    ));
    assert!(
        message.ends_with(
            "tensor `w` is F16 of shape [3], which takes 6 bytes, but its data_offsets give 8"
        ),
        "{message}"
    );

    let (_, _, message) = malformed(&file(
        r#"{"w":{"dtype":"F32","data_offsets":[0,8]}}"#,
        &[0; 8],
    ));
    assert!(
        message.ends_with("the entry of tensor `w` has no `shape`"),
        "{message}"
    );

    let (_, _, message) = malformed(&file(
        r#"{"w":{"shape":[-1],"dtype":"F32","data_offsets":[0,8]}}"#,
        &[0; 8],
    ));
    assert!(
        message.ends_with("expected a whole number that fits in 64 bits"),
        "{message}"
    );

    // JSON maps have no duplicate keys: a second `fc.bias` written in.
    let (header, data) = parts(F32);
    let text = serde_json::Value::Object(header).to_string();
    let entry = r#","fc.bias":{"dtype":"F32","shape":[10],"data_offsets":[0,40]}}"#;
    let header = format!("{}{entry}", &text[..text.len() - 1]);
    let (_, problem, _) = malformed(&file(&header, &data));
    assert_eq!(problem, Malformed::Duplicate { tensor: "fc.bias" });
}

#[test]
fn metadata_and_escapes_and_padding_are_read() {
    // A `__metadata__` object, a key written with escapes, the spaces a
    // writer pads the header with.
    let data: Vec<u8> = [1.5f32, -2.0]
        .iter()
        .flat_map(|v| v.to_le_bytes())
        .collect();
    let header = r#"{"__metadata__":{"format":"pt","nested":[{"a":"}"}]},"w\u0031":{"dtype":"F32","shape":[2],"data_offsets":[0,8]}}   "#;
    const TENSORS: &[cnn::weights::safetensors::Tensor] = &[cnn::weights::safetensors::Tensor {
        key: "w1",
        shape: &[2],
        offset: 0,
    }];
    let mut values = [0.0; 2];
    cnn::weights::safetensors::load(&file(header, &data), TENSORS, &mut values).expect("loads");
    assert_eq!(values, [1.5, -2.0]);
}

/// A small deterministic generator (xorshift), so that a failure repeats.
struct Bytes(u64);

impl Bytes {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
}

#[test]
fn hostile_bytes_give_an_error_never_a_panic() {
    let header_end = 8 + u64::from_le_bytes(F16[..8].try_into().expect("8")) as usize;
    // Every truncation of the header, and of the data at a few places.
    for length in (0..header_end + 16).chain([F16.len() - 1, F16.len() / 2]) {
        assert!(
            SmallWeights::from_safetensors(&F16[..length]).is_err(),
            "{length}"
        );
    }
    let mut random = Bytes(0x9E37_79B9_7F4A_7C15);
    let interesting = b"{}[]\":,\\u0123456789-.eEFBI ";
    for _ in 0..4_000 {
        let mut file = F16.to_vec();
        for _ in 0..1 + random.next() % 4 {
            let at = 8 + (random.next() as usize) % (header_end - 8);
            let choice = random.next() as usize;
            file[at] = if choice.is_multiple_of(3) {
                choice as u8
            } else {
                interesting[choice % interesting.len()]
            };
        }
        // Whatever comes out, it comes out.
        let _ = SmallWeights::from_safetensors(&file);
    }
    for _ in 0..2_000 {
        let length = (random.next() % 300) as usize;
        let mut file: Vec<u8> = (0..length).map(|_| random.next() as u8).collect();
        if length >= 8 {
            file[..8]
                .copy_from_slice(&((length as u64 - 8).min(random.next() % 400)).to_le_bytes());
        }
        let _ = SmallWeights::from_safetensors(&file);
    }
    // Deep nesting in a skipped value is refused, not followed.
    let deep = format!(
        "{{\"__metadata__\":{}{}}}",
        "[".repeat(100_000),
        "]".repeat(100_000)
    );
    let (_, problem, _) = malformed(&file(&deep, &[]));
    assert_eq!(problem, Malformed::TooDeep);
}
