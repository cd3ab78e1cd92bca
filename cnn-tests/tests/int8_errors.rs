//! `from_tflite` refuses a model that is not the declaration's, and says
//! where: the operator (its index and TFLite name), the tensor (its index
//! and name in the model, as `tests/int8/*.json` lists them) and what
//! differs.

use cnn::cnn;

const LENET: &[u8] = include_bytes!("../../tests/int8/lenet.tflite");
const DS_CNN: &[u8] = include_bytes!("../../tests/int8/ds_cnn.tflite");
const CONV_RELU6: &[u8] = include_bytes!("../../tests/int8/kinds/conv_s2_same_relu6.tflite");

cnn! {
    /// lenet.json's operators, one statement each.
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

    /// LeNet with 6 filters where the model has 8.
    #[cnn(int8)]
    pub struct SixFilters {
        input 32x32x3;
        conv 5x5x6;
        maxpool 2;
        conv 5x5x16;
        maxpool 2;
        fc 120;
        fc 84;
        softmax 10;
    }

    /// LeNet's first convolution with a stride of 2.
    #[cnn(int8)]
    pub struct Strided {
        input 32x32x3;
        conv 5x5x8 stride 2;
    }

    /// LeNet's first two layers only.
    #[cnn(int8)]
    pub struct Short {
        input 32x32x3;
        conv 5x5x8;
        maxpool 2;
    }

    /// conv_s2_same_relu6.json's CONV_2D without its fused RELU6.
    #[cnn(int8)]
    pub struct NoRelu6 {
        input 9x9x4;
        conv 3x3x6 stride 2 pad same;
    }

    /// The same with a `relu` where the model fused RELU6.
    #[cnn(int8)]
    pub struct Relu {
        input 9x9x4;
        conv 3x3x6 stride 2 pad same;
        relu;
    }

    /// The same with one more layer than the model has.
    #[cnn(int8)]
    pub struct Longer {
        input 9x9x4;
        conv 3x3x6 stride 2 pad same;
        relu6;
        maxpool 2;
    }
}

#[test]
fn another_models_input_is_named_with_both_shapes() {
    let error = LeNetQuantized::from_tflite(DS_CNN).unwrap_err();
    assert_eq!(
        error.to_string(),
        "operator 0 (CONV_2D), its input tensor 0 `serving_default_input:0`: its shape is \
         [1, 49, 10, 1] where the declaration's is [1, 32, 32, 3]"
    );
}

#[test]
fn a_filter_of_another_count_is_named() {
    let error = SixFiltersQuantized::from_tflite(LENET).unwrap_err();
    assert_eq!(
        error.to_string(),
        "operator 0 (CONV_2D), its filter tensor 10 `lenet_1/conv1_1/convolution`: its shape \
         is [8, 5, 5, 3] where the declaration's is [6, 5, 5, 3]"
    );
}

#[test]
fn an_option_that_differs_is_named() {
    let error = StridedQuantized::from_tflite(LENET).unwrap_err();
    assert_eq!(
        error.to_string(),
        "operator 0 (CONV_2D): its `stride_h` is 1 where the declaration's is 2"
    );
}

#[test]
fn the_operators_past_the_declaration_are_an_error() {
    let error = ShortQuantized::from_tflite(LENET).unwrap_err();
    assert_eq!(
        error.to_string(),
        "operator 2 (CONV_2D) is past the declaration's last layer"
    );
    let error = LongerQuantized::from_tflite(CONV_RELU6).unwrap_err();
    assert!(
        error
            .to_string()
            .starts_with("the model ends before the declaration does"),
        "{error}"
    );
}

#[test]
fn a_fused_activation_must_be_the_declarations_next_layer() {
    for error in [
        NoRelu6Quantized::from_tflite(CONV_RELU6).unwrap_err(),
        ReluQuantized::from_tflite(CONV_RELU6).unwrap_err(),
    ] {
        assert_eq!(
            error.to_string(),
            "operator 0 (CONV_2D): its `fused_activation_function` is RELU6 where the \
             declaration's is NONE (the declaration has no such activation after it)"
        );
    }
}

#[test]
fn bytes_that_are_no_model_are_the_readers_error() {
    let error = LeNetQuantized::from_tflite(b"not a model at all").unwrap_err();
    assert!(error.to_string().contains("TFL3"), "{error}");
}

#[test]
fn tables_load_in_place_and_are_emptied_by_an_error() {
    // As a firmware's `static` would: EMPTY, then loaded where it is.
    let mut tables = LeNetQuantized::EMPTY;
    let error = tables.load_tflite(DS_CNN).unwrap_err();
    assert!(
        error.to_string().starts_with("operator 0 (CONV_2D)"),
        "{error}"
    );
    tables.load_tflite(LENET).unwrap();
    let input = [3i8; LeNet::INPUT_LEN];
    let mut arena = [0u8; LeNet::ARENA_BYTES];
    let in_place = *LeNet::forward_int8(&tables, &input, &mut arena);
    let returned = LeNetQuantized::from_tflite(LENET).unwrap();
    assert_eq!(
        *LeNet::forward_int8(&returned, &input, &mut arena),
        in_place
    );
    // An error leaves no half-read model behind: running it is refused.
    assert!(tables.load_tflite(CONV_RELU6).is_err());
    let run = std::panic::catch_unwind(move || {
        let mut arena = [0u8; LeNet::ARENA_BYTES];
        LeNet::forward_int8(&tables, &input, &mut arena)[0]
    });
    assert!(run.is_err());
}

cnn! {
    /// LeNet whose first `fc` has no bias, where the model's has one.
    #[cnn(int8)]
    pub struct NoBias {
        input 32x32x3;
        conv 5x5x8;
        maxpool 2;
        conv 5x5x16;
        maxpool 2;
        fc 120 nobias;
        fc 84;
        softmax 10;
    }
}

#[test]
fn a_bias_the_declaration_has_not_is_named() {
    let error = NoBiasQuantized::from_tflite(LENET).unwrap_err();
    let message = error.to_string();
    assert!(
        message.starts_with("operator 5 (FULLY_CONNECTED), its bias tensor "),
        "{message}"
    );
    assert!(
        message.ends_with(": it is not zero, where the declaration's layer has no bias (`nobias`)"),
        "{message}"
    );
}
