//! `forward_int8` byte for byte against TensorFlow Lite Micro on whole
//! models: the article's LeNet, DS-CNN (keyword spotting) and MobileNet
//! v1 0.25 at TFLM's person-detection shape, each a Keras model with
//! seeded random weights converted full-integer int8 by TFLite's
//! converter, and TFLM's Python interpreter's outputs on 4 inputs
//! (`tests/int8/`, made by `scripts/int8/`). Each declaration is written
//! from the model's JSON op list, one statement per operator, as `cnn
//! import` prints it; and each `ARENA_BYTES` is held to TFLM's arena for
//! the same model (`tflm_arena_head`: the tensors and scratch TFLM's
//! RecordingMicroAllocator reports, the caller's input included there).

use cnn::cnn;

cnn! {
    /// lenet.json: CONV_2D, MAX_POOL_2D, CONV_2D, MAX_POOL_2D, RESHAPE,
    /// FULLY_CONNECTED x3, SOFTMAX (no fused activations).
    #[cnn(int8)]
    pub struct LeNet {
        input 32x32x3;
        conv 5x5x8;
        maxpool 2;
        conv 5x5x16;
        maxpool 2;
        flatten;
        fc 120;
        fc 84;
        fc 10;
        softmax;
    }

    /// The same model declared as the article writes it: `fc` flattens
    /// its map itself, and `softmax 10` is the last FULLY_CONNECTED and
    /// the SOFTMAX.
    #[cnn(int8)]
    pub struct ArticleLeNet {
        input 32x32x3;
        conv1: conv 5x5x8;
        pool1: pool 2;
        conv2: conv 5x5x16;
        pool2: pool 2;
        fc3: fc 120;
        fc4: fc 84;
        out: softmax 10;
    }

    /// ds_cnn.json: CONV_2D 10x4 stride 2 SAME with RELU fused, 4 x
    /// (DEPTHWISE_CONV_2D 3x3 SAME, CONV_2D 1x1, each with RELU fused),
    /// AVERAGE_POOL_2D 25x5, FULLY_CONNECTED 12, SOFTMAX.
    #[cnn(int8)]
    pub struct DsCnn {
        input 49x10x1;
        conv 10x4x64 stride 2 pad same; relu;
        dwconv 3x3 pad same; relu; conv 1x1x64; relu;
        dwconv 3x3 pad same; relu; conv 1x1x64; relu;
        dwconv 3x3 pad same; relu; conv 1x1x64; relu;
        dwconv 3x3 pad same; relu; conv 1x1x64; relu;
        avgpool 25x5;
        fc 12;
        softmax;
    }

    /// person_detect.json: MobileNet v1 alpha 0.25 on 96x96x1, every
    /// CONV_2D and DEPTHWISE_CONV_2D SAME with RELU6 fused, MEAN (keep
    /// dims), a 1x1 CONV_2D to 2, RESHAPE, SOFTMAX.
    #[cnn(int8)]
    pub struct PersonDetect {
        input 96x96x1;
        conv 3x3x8 stride 2 pad same; relu6;
        dwconv 3x3 pad same; relu6; conv 1x1x16 pad same; relu6;
        dwconv 3x3 stride 2 pad same; relu6; conv 1x1x32 pad same; relu6;
        dwconv 3x3 pad same; relu6; conv 1x1x32 pad same; relu6;
        dwconv 3x3 stride 2 pad same; relu6; conv 1x1x64 pad same; relu6;
        dwconv 3x3 pad same; relu6; conv 1x1x64 pad same; relu6;
        dwconv 3x3 stride 2 pad same; relu6; conv 1x1x128 pad same; relu6;
        dwconv 3x3 pad same; relu6; conv 1x1x128 pad same; relu6;
        dwconv 3x3 pad same; relu6; conv 1x1x128 pad same; relu6;
        dwconv 3x3 pad same; relu6; conv 1x1x128 pad same; relu6;
        dwconv 3x3 pad same; relu6; conv 1x1x128 pad same; relu6;
        dwconv 3x3 pad same; relu6; conv 1x1x128 pad same; relu6;
        dwconv 3x3 stride 2 pad same; relu6; conv 1x1x256 pad same; relu6;
        dwconv 3x3 pad same; relu6; conv 1x1x256 pad same; relu6;
        gap;
        conv 1x1x2 pad same;
        flatten;
        softmax;
    }
}

cnn! {
    /// mobilenet_v2.json: Keras's MobileNetV2 224 with logits; every
    /// CONV_2D and DEPTHWISE_CONV_2D SAME (the converter folds Keras's
    /// zero padding into them), RELU6 fused but on the projections, an
    /// ADD closing each block of the same shape, MEAN, FULLY_CONNECTED.
    #[cnn(int8)]
    pub struct MobileNetV2 {
        input 224x224x3;
        conv 3x3x32 stride 2 pad same; relu6;
        dwconv 3x3 pad same; relu6;
        conv 1x1x16 pad same;
        conv 1x1x96 pad same; relu6;
        dwconv 3x3 stride 2 pad same; relu6;
        conv 1x1x24 pad same;
        residual { conv 1x1x144 pad same; relu6; dwconv 3x3 pad same; relu6; conv 1x1x24 pad same; }
        conv 1x1x144 pad same; relu6;
        dwconv 3x3 stride 2 pad same; relu6;
        conv 1x1x32 pad same;
        residual { conv 1x1x192 pad same; relu6; dwconv 3x3 pad same; relu6; conv 1x1x32 pad same; }
        residual { conv 1x1x192 pad same; relu6; dwconv 3x3 pad same; relu6; conv 1x1x32 pad same; }
        conv 1x1x192 pad same; relu6;
        dwconv 3x3 stride 2 pad same; relu6;
        conv 1x1x64 pad same;
        residual { conv 1x1x384 pad same; relu6; dwconv 3x3 pad same; relu6; conv 1x1x64 pad same; }
        residual { conv 1x1x384 pad same; relu6; dwconv 3x3 pad same; relu6; conv 1x1x64 pad same; }
        residual { conv 1x1x384 pad same; relu6; dwconv 3x3 pad same; relu6; conv 1x1x64 pad same; }
        conv 1x1x384 pad same; relu6;
        dwconv 3x3 pad same; relu6;
        conv 1x1x96 pad same;
        residual { conv 1x1x576 pad same; relu6; dwconv 3x3 pad same; relu6; conv 1x1x96 pad same; }
        residual { conv 1x1x576 pad same; relu6; dwconv 3x3 pad same; relu6; conv 1x1x96 pad same; }
        conv 1x1x576 pad same; relu6;
        dwconv 3x3 stride 2 pad same; relu6;
        conv 1x1x160 pad same;
        residual { conv 1x1x960 pad same; relu6; dwconv 3x3 pad same; relu6; conv 1x1x160 pad same; }
        residual { conv 1x1x960 pad same; relu6; dwconv 3x3 pad same; relu6; conv 1x1x160 pad same; }
        conv 1x1x960 pad same; relu6;
        dwconv 3x3 pad same; relu6;
        conv 1x1x320 pad same;
        conv 1x1x1280; relu6;
        gap;
        fc 1000;
    }
}

cnn! {
    /// What `cnn import lenet.tflite` prints (the TFLite front end's
    /// golden, cnn-cli/tests/imported/tflite/lenet.rs): `fc` flattens the
    /// map itself, and the model's fc4 has no bias.
    #[cnn(int8)]
    pub struct ImportedLeNet {
        input 32x32x3;
        conv 5x5x8;
        maxpool 2;
        conv 5x5x16;
        maxpool 2;
        fc 120;
        fc 84 nobias;
        fc 10;
        softmax;
    }

    /// ... ds_cnn.rs: the repeated steps as a `repeat`.
    #[cnn(int8)]
    pub struct ImportedDsCnn {
        input 49x10x1;
        conv 10x4x64 stride 2 pad same;
        repeat 4 {
            relu;
            dwconv 3x3 pad same;
            relu;
            conv 1x1x64;
        }
        relu;
        avgpool 25x5;
        fc 12;
        softmax;
    }
}

/// The fixture's JSON.
fn figures(model: &str) -> serde_json::Value {
    let path = format!("{}/../tests/int8/{model}.json", env!("CARGO_MANIFEST_DIR"));
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
    serde_json::from_str(&text).unwrap()
}

/// TFLM's arena head for `model`, from its JSON.
fn tflm_head(model: &str) -> usize {
    figures(model)["tflm_arena_head"].as_u64().unwrap() as usize
}

/// Runs every case of `tests/int8/$file` through `$net` (its arena on the
/// heap, as big models' are) and compares the bytes with TFLM's.
macro_rules! exact {
    ($net:ident, $quantized:ident, $file:literal) => {{
        let model = include_bytes!(concat!("../../tests/int8/", $file, ".tflite"));
        let inputs: Vec<i8> = include_bytes!(concat!("../../tests/int8/", $file, ".in"))
            .iter()
            .map(|&b| b as i8)
            .collect();
        let outputs: Vec<i8> = include_bytes!(concat!("../../tests/int8/", $file, ".out"))
            .iter()
            .map(|&b| b as i8)
            .collect();
        let tables = $quantized::from_tflite(model).unwrap_or_else(|e| panic!("{}: {e}", $file));
        // The same tables through their image (what `cnn import --image`
        // writes), read back without the model: TFLM's bytes again.
        let image = tables.image();
        let imaged = $quantized::from_image(&image).unwrap_or_else(|e| panic!("{}: {e}", $file));
        let cases = inputs.len() / $net::INPUT_LEN;
        assert!(
            cases > 0 && inputs.len() == cases * $net::INPUT_LEN,
            "{}",
            $file
        );
        assert_eq!(outputs.len(), cases * $net::OUTPUT_LEN, "{}", $file);
        let mut arena: Box<[u8; $net::ARENA_BYTES]> = vec![0u8; $net::ARENA_BYTES]
            .into_boxed_slice()
            .try_into()
            .unwrap();
        for case in 0..cases {
            let input: &[i8; $net::INPUT_LEN] = inputs[case * $net::INPUT_LEN..][..$net::INPUT_LEN]
                .try_into()
                .unwrap();
            let expected = &outputs[case * $net::OUTPUT_LEN..][..$net::OUTPUT_LEN];
            for (how, tables) in [("from_tflite", &tables), ("from_image", &imaged)] {
                let output = $net::forward_int8(tables, input, &mut arena);
                assert_eq!(&output[..], expected, "{} case {case}, {how}", $file);
            }
        }
        cases
    }};
}

#[test]
fn lenet_is_tflms_byte_for_byte() {
    assert_eq!(exact!(LeNet, LeNetQuantized, "lenet"), 4);
    assert_eq!(exact!(ArticleLeNet, ArticleLeNetQuantized, "lenet"), 4);
}

#[test]
fn ds_cnn_is_tflms_byte_for_byte() {
    assert_eq!(exact!(DsCnn, DsCnnQuantized, "ds_cnn"), 4);
}

#[test]
fn the_imported_declarations_run_their_models() {
    assert_eq!(exact!(ImportedLeNet, ImportedLeNetQuantized, "lenet"), 4);
    assert_eq!(exact!(ImportedDsCnn, ImportedDsCnnQuantized, "ds_cnn"), 4);
    // The model's own weight and bias bytes, fc4's bias left out as the
    // model leaves it.
    assert_eq!(
        <ImportedLeNet as cnn::Network>::INT8.unwrap().param_bytes,
        model_param_bytes("lenet")
    );
}

#[test]
fn person_detect_is_tflms_byte_for_byte() {
    assert_eq!(
        exact!(PersonDetect, PersonDetectQuantized, "person_detect"),
        4
    );
}

#[test]
fn arena_bytes_are_at_most_tflms_head() {
    // TFLM's head holds the input too (the caller's here), and each
    // operator's input and output apart, where ours runs the activations
    // TFLite fused in place.
    for (model, arena) in [
        ("lenet", LeNet::ARENA_BYTES),
        ("lenet", ArticleLeNet::ARENA_BYTES),
        ("ds_cnn", DsCnn::ARENA_BYTES),
        ("person_detect", PersonDetect::ARENA_BYTES),
        ("mobilenet_v2", MobileNetV2::ARENA_BYTES),
    ] {
        let head = tflm_head(model);
        println!("{model}: ARENA_BYTES {arena}, TFLM's head {head}");
        assert!(
            arena <= head,
            "{model}: ARENA_BYTES {arena} > TFLM's head {head}"
        );
    }
    // By hand: LeNet's conv1 (28*28*8) and pool1 (14*14*8) outputs;
    // DS-CNN's 25x5x64 maps two at a time; person detection's first
    // depthwise output (48*48*8) and the pointwise one after it (48*48*16),
    // exactly TFLM's head (TFLM holds the same two at that step).
    assert_eq!(LeNet::ARENA_BYTES, 6_272 + 1_568);
    assert_eq!(DsCnn::ARENA_BYTES, 2 * 25 * 5 * 64);
    assert_eq!(PersonDetect::ARENA_BYTES, 48 * 48 * 8 + 48 * 48 * 16);
    // MobileNetV2's first expansion (112x112x96) and the stride-2
    // depthwise output after it (56x56x96), TFLM's head too.
    assert_eq!(MobileNetV2::ARENA_BYTES, 112 * 112 * 96 + 56 * 56 * 96);
}

#[test]
fn mobilenet_v2_is_tflms_byte_for_byte_where_its_model_was_made() {
    // Its 4 MB .tflite and its inputs are not committed:
    // `python scripts/int8/make_int8.py mobilenet_v2` writes them to
    // target/int8/ (tests/int8/README.md). Without them, only its figures
    // are checked (above).
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/../target/int8/");
    let (Ok(model), Ok(inputs)) = (
        std::fs::read(format!("{dir}mobilenet_v2.tflite")),
        std::fs::read(format!("{dir}mobilenet_v2.in")),
    ) else {
        println!("target/int8/mobilenet_v2.tflite not made: its exactness not checked");
        return;
    };
    let outputs = include_bytes!("../../tests/int8/mobilenet_v2.out");
    let tables = MobileNetV2Quantized::from_tflite(&model).unwrap_or_else(|e| panic!("{e}"));
    let cases = inputs.len() / MobileNetV2::INPUT_LEN;
    assert_eq!(cases, 4);
    assert_eq!(outputs.len(), cases * MobileNetV2::OUTPUT_LEN);
    let mut arena: Box<[u8; MobileNetV2::ARENA_BYTES]> = vec![0u8; MobileNetV2::ARENA_BYTES]
        .into_boxed_slice()
        .try_into()
        .unwrap();
    for case in 0..cases {
        let input: Vec<i8> = inputs[case * MobileNetV2::INPUT_LEN..][..MobileNetV2::INPUT_LEN]
            .iter()
            .map(|&b| b as i8)
            .collect();
        let output = MobileNetV2::forward_int8(&tables, input[..].try_into().unwrap(), &mut arena);
        let expected: Vec<i8> = outputs[case * MobileNetV2::OUTPUT_LEN..]
            [..MobileNetV2::OUTPUT_LEN]
            .iter()
            .map(|&b| b as i8)
            .collect();
        assert_eq!(&output[..], &expected[..], "case {case}");
    }
}

/// The bytes of a model's weights and biases as its JSON lists them: each
/// int8 constant of a CONV_2D, DEPTHWISE_CONV_2D, FULLY_CONNECTED or
/// TRANSPOSE_CONV at one byte a value, each int32 bias at four (not a
/// TRANSPOSE_CONV's output shape, its first input).
fn model_param_bytes(model: &str) -> u64 {
    let figures = figures(model);
    let mut bytes = 0;
    for op in figures["ops"].as_array().unwrap() {
        let code = op["op"].as_str().unwrap();
        let weighted = [
            "CONV_2D",
            "DEPTHWISE_CONV_2D",
            "FULLY_CONNECTED",
            "TRANSPOSE_CONV",
        ];
        if !weighted.contains(&code) {
            continue;
        }
        for (i, tensor) in op["inputs"].as_array().unwrap().iter().enumerate() {
            if tensor["index"].as_i64() == Some(-1) || tensor["constant"] != true {
                continue;
            }
            if code == "TRANSPOSE_CONV" && i == 0 {
                continue;
            }
            let elements: u64 = tensor["shape"]
                .as_array()
                .unwrap()
                .iter()
                .map(|d| d.as_u64().unwrap())
                .product();
            bytes += match tensor["dtype"].as_str().unwrap() {
                "int8" => elements,
                "int32" => 4 * elements,
                other => panic!("{model}: a {other} constant"),
            };
        }
    }
    bytes
}

#[test]
fn the_summary_and_json_show_the_int8_figures() {
    use cnn::{Json, Network, Summary};
    let int8 = |figures: Option<cnn::Int8Figures>| figures.expect("an int8 network");
    assert_eq!(int8(DsCnn::INT8).param_bytes, model_param_bytes("ds_cnn"));
    assert_eq!(
        int8(PersonDetect::INT8).param_bytes,
        model_param_bytes("person_detect")
    );
    // The converter left out fc4's bias (84 zeros): the declaration
    // counts it, 84 * 4 bytes more than the model holds.
    assert_eq!(
        int8(LeNet::INT8).param_bytes,
        model_param_bytes("lenet") + 84 * 4
    );
    assert_eq!(int8(LeNet::INT8).arena_bytes, LeNet::ARENA_BYTES as u64);
    // 63,672 bytes are 62.18 KB; 7,840 are 7.66 KB.
    let summary = Summary::of::<LeNet>().to_string();
    assert!(
        summary.contains(" Params size (int8): 62.18 KB (int8 weights, int32 biases)\n"),
        "{summary}"
    );
    assert!(
        summary.contains(" Forward pass arena (int8): 7.66 KB (ARENA_BYTES)\n"),
        "{summary}"
    );
    let json: serde_json::Value = serde_json::from_str(&Json::of::<LeNet>().to_string()).unwrap();
    assert_eq!(json["int8"]["param_bytes"], 63_672);
    assert_eq!(json["int8"]["arena_bytes"], 7_840);
    // A network without `int8` shows neither.
    cnn! { struct Plain { input 4; fc 2; } }
    assert!(!Summary::of::<Plain>().to_string().contains("int8"));
    assert!(!Json::of::<Plain>().to_string().contains("int8"));
}
