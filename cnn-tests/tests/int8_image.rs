//! The tables' image (`NameQuantized::image`, `cnn import --image`):
//! smaller than the model, read back by `from_image` with nothing lost
//! (the runs through it are in int8_models.rs, int8_kinds.rs and
//! int8_blocks.rs, byte for byte with TFLM), and refused with a reason
//! when it is not this network's, damaged or cut short. No byte changed
//! and no length cut makes it panic.

use cnn::cnn;
use cnn::run::int8::ImageError;

const LENET: &[u8] = include_bytes!("../../tests/int8/lenet.tflite");
const DS_CNN: &[u8] = include_bytes!("../../tests/int8/ds_cnn.tflite");

// The declarations `cnn import` prints for the models (cnn-cli's
// goldens), which the committed images were made for.
include!("../../cnn-cli/tests/imported/tflite/lenet.rs");
include!("../../cnn-cli/tests/imported/tflite/ds_cnn.rs");

cnn! {
    /// DS-CNN with its last layer of 11 classes: the same kinds, another
    /// program.
    #[cnn(int8)]
    pub struct DsCnn11 {
        input 49x10x1;
        conv 10x4x64 stride 2 pad same; relu;
        repeat 4 { dwconv 3x3 pad same; relu; conv 1x1x64; relu; }
        avgpool 25x5;
        fc 11;
        softmax;
    }
}

fn lenet_image() -> Vec<u8> {
    LenetQuantized::from_tflite(LENET).expect("lenet").image()
}

/// The model's weight and bias bytes, from tests/int8/NAME.json (what the
/// fixture script wrote from TFLite's interpreter), not from us: each
/// weighted operator's constant inputs.
fn json_param_bytes(file: &str) -> usize {
    let text = std::fs::read_to_string(format!(
        "{}/../tests/int8/{file}.json",
        env!("CARGO_MANIFEST_DIR")
    ))
    .expect("json");
    let json: serde_json::Value = serde_json::from_str(&text).expect("json");
    let mut bytes = 0;
    for op in json["ops"].as_array().expect("ops") {
        let weighted = ["CONV_2D", "DEPTHWISE_CONV_2D", "FULLY_CONNECTED"];
        if !weighted.contains(&op["op"].as_str().unwrap_or("")) {
            continue;
        }
        for tensor in op["inputs"].as_array().expect("inputs") {
            if tensor["constant"] != true {
                continue;
            }
            let count: u64 = tensor["shape"]
                .as_array()
                .expect("shape")
                .iter()
                .map(|d| d.as_u64().expect("dim"))
                .product();
            bytes += count as usize
                * match tensor["dtype"].as_str() {
                    Some("int8") => 1,
                    Some("int32") => 4,
                    other => panic!("{file}: a {other:?} constant"),
                };
        }
    }
    bytes
}

#[test]
fn an_image_is_its_weights_and_little_more() {
    for (name, model, image) in [
        ("lenet", LENET, lenet_image()),
        (
            "ds_cnn",
            DS_CNN,
            DsCnnQuantized::from_tflite(DS_CNN).expect("ds_cnn").image(),
        ),
    ] {
        let weights = json_param_bytes(name);
        assert!(weights > 0, "{name}: no constant tensors in the json");
        assert!(
            image.len() > weights && image.len() < weights + weights / 8 + 2048,
            "{name}: image {} B, weights {weights} B, model {} B",
            image.len(),
            model.len()
        );
        assert!(image.len() < model.len(), "{name}");
    }
}

#[test]
fn the_image_reads_back_the_same_image() {
    let image = lenet_image();
    let back = LenetQuantized::from_image(&image).expect("reads");
    assert_eq!(back.image(), image);
}

#[test]
fn an_image_of_another_network_is_refused() {
    let image = DsCnnQuantized::from_tflite(DS_CNN).expect("ds_cnn").image();
    // Same steps and kinds, another program: the hash tells them apart.
    let error = DsCnn11Quantized::from_image(&image).unwrap_err();
    assert_eq!(error, ImageError::OtherNetwork);
    assert_eq!(
        error.to_string(),
        "the image was made for another declaration: make it again from the .tflite with `cnn import --image` for this network"
    );
    assert_eq!(
        LenetQuantized::from_image(&image).unwrap_err(),
        ImageError::OtherNetwork
    );
}

#[test]
fn a_tflite_is_not_an_image() {
    let error = LenetQuantized::from_image(LENET).unwrap_err();
    assert_eq!(error, ImageError::NotAnImage);
    assert_eq!(
        error.to_string(),
        "not an int8 image: it does not start with `CNN8` (`cnn import model.tflite --image` writes one)"
    );
}

#[test]
fn another_version_is_refused_by_name() {
    let mut image = lenet_image();
    image[4] = 2;
    let error = LenetQuantized::from_image(&image).unwrap_err();
    assert_eq!(error, ImageError::Version { found: 2 });
    assert!(error.to_string().contains("version 2"), "{error}");
}

#[test]
fn a_cut_or_longer_image_is_refused() {
    let image = lenet_image();
    let error = LenetQuantized::from_image(&image[..image.len() - 1]).unwrap_err();
    assert_eq!(
        error,
        ImageError::Length {
            expected: image.len(),
            found: image.len() - 1
        }
    );
    let mut longer = image.clone();
    longer.push(0);
    assert!(matches!(
        LenetQuantized::from_image(&longer),
        Err(ImageError::Length { .. })
    ));
}

#[test]
fn a_damaged_image_is_refused() {
    let image = lenet_image();
    for at in [28, 500, image.len() / 2, image.len() - 1] {
        let mut damaged = image.clone();
        damaged[at] ^= 0x10;
        let error = LenetQuantized::from_image(&damaged).unwrap_err();
        assert_eq!(error, ImageError::Damaged, "byte {at}");
        assert_eq!(
            error.to_string(),
            "the image is damaged: its checksum differs"
        );
    }
}

#[test]
fn no_cut_and_no_changed_header_byte_panics_or_loads() {
    let image = lenet_image();
    let mut tables = LenetQuantized::EMPTY;
    for len in 0..image.len() {
        assert!(tables.load_image(&image[..len]).is_err(), "cut at {len}");
    }
    for at in 0..28 {
        for bit in 0..8 {
            let mut changed = image.clone();
            changed[at] ^= 1 << bit;
            assert!(
                LenetQuantized::from_image(&changed).is_err(),
                "byte {at} bit {bit}"
            );
        }
    }
    assert!(tables.load_image(&image).is_ok());
}

#[test]
fn the_committed_images_are_these_declarations_tables() {
    let lenet = include_bytes!("../../tests/int8/lenet.cnn8");
    assert_eq!(&lenet_image()[..], &lenet[..]);
    let ds_cnn = include_bytes!("../../tests/int8/ds_cnn.cnn8");
    let tables = DsCnnQuantized::from_image(ds_cnn).expect("the committed image");
    assert_eq!(&tables.image()[..], &ds_cnn[..]);
}
