//! torchvision's resnet18 and mobilenet_v2, declared with torchvision's
//! module names, list exactly the tensors torch's `state_dict` has, key
//! for key and shape for shape, in its order (without batch norm's
//! `num_batches_tracked`): so their weights load by name. The lists come
//! from torchvision (`scripts/safetensors_fixtures.py`).

use cnn::cnn;

cnn! {
    /// torchvision's `resnet18`: the stem's `conv1`, `bn1`; `layer1` to
    /// `layer4` of two `BasicBlock`s (`conv1`, `bn1`, `conv2`, `bn2`,
    /// `downsample`), whose shortcut is added before the last ReLU; `fc`.
    #[cnn(weights)]
    pub struct ResNet18 {
        input 224x224x3;
        conv1: conv 7x7x64 stride 2 pad 3 nobias;
        bn1: bn;
        relu;
        maxpool: maxpool 3 stride 2 pad 1;
        layer1: repeat 2 {
            residual { conv1: conv 3x3x64 pad 1 nobias; bn1: bn; relu; conv2: conv 3x3x64 pad 1 nobias; bn2: bn; }
            relu;
        }
        layer2: {
            0: {
                add {
                    { conv1: conv 3x3x128 stride 2 pad 1 nobias; bn1: bn; relu; conv2: conv 3x3x128 pad 1 nobias; bn2: bn; }
                    { downsample: { conv 1x1x128 stride 2 nobias; bn; } }
                }
                relu;
            }
            1: {
                residual { conv1: conv 3x3x128 pad 1 nobias; bn1: bn; relu; conv2: conv 3x3x128 pad 1 nobias; bn2: bn; }
                relu;
            }
        }
        layer3: {
            0: {
                add {
                    { conv1: conv 3x3x256 stride 2 pad 1 nobias; bn1: bn; relu; conv2: conv 3x3x256 pad 1 nobias; bn2: bn; }
                    { downsample: { conv 1x1x256 stride 2 nobias; bn; } }
                }
                relu;
            }
            1: {
                residual { conv1: conv 3x3x256 pad 1 nobias; bn1: bn; relu; conv2: conv 3x3x256 pad 1 nobias; bn2: bn; }
                relu;
            }
        }
        layer4: {
            0: {
                add {
                    { conv1: conv 3x3x512 stride 2 pad 1 nobias; bn1: bn; relu; conv2: conv 3x3x512 pad 1 nobias; bn2: bn; }
                    { downsample: { conv 1x1x512 stride 2 nobias; bn; } }
                }
                relu;
            }
            1: {
                residual { conv1: conv 3x3x512 pad 1 nobias; bn1: bn; relu; conv2: conv 3x3x512 pad 1 nobias; bn2: bn; }
                relu;
            }
        }
        avgpool: gap;
        fc: fc 1000;
    }

    /// torchvision's `mobilenet_v2`: `features`, an `nn.Sequential` whose
    /// children are numbered (`0:` ... `18:`), each inverted residual's
    /// `conv` a numbered sequence too; `classifier` of dropout and linear.
    #[cnn(weights)]
    pub struct MobileNetV2 {
        input 224x224x3;
        features: {
            0: { conv 3x3x32 stride 2 pad 1 nobias; bn; relu6; }
            1: {
                conv: {
                    { dwconv 3x3 pad 1 nobias; bn; relu6; }
                    conv 1x1x16 nobias; bn;
                }
            }
            2: {
                conv: {
                    { conv 1x1x96 nobias; bn; relu6; }
                    { dwconv 3x3 stride 2 pad 1 nobias; bn; relu6; }
                    conv 1x1x24 nobias; bn;
                }
            }
            3: residual {
                conv: {
                    { conv 1x1x144 nobias; bn; relu6; }
                    { dwconv 3x3 pad 1 nobias; bn; relu6; }
                    conv 1x1x24 nobias; bn;
                }
            }
            4: {
                conv: {
                    { conv 1x1x144 nobias; bn; relu6; }
                    { dwconv 3x3 stride 2 pad 1 nobias; bn; relu6; }
                    conv 1x1x32 nobias; bn;
                }
            }
            5: residual {
                conv: {
                    { conv 1x1x192 nobias; bn; relu6; }
                    { dwconv 3x3 pad 1 nobias; bn; relu6; }
                    conv 1x1x32 nobias; bn;
                }
            }
            6: residual {
                conv: {
                    { conv 1x1x192 nobias; bn; relu6; }
                    { dwconv 3x3 pad 1 nobias; bn; relu6; }
                    conv 1x1x32 nobias; bn;
                }
            }
            7: {
                conv: {
                    { conv 1x1x192 nobias; bn; relu6; }
                    { dwconv 3x3 stride 2 pad 1 nobias; bn; relu6; }
                    conv 1x1x64 nobias; bn;
                }
            }
            8: residual {
                conv: {
                    { conv 1x1x384 nobias; bn; relu6; }
                    { dwconv 3x3 pad 1 nobias; bn; relu6; }
                    conv 1x1x64 nobias; bn;
                }
            }
            9: residual {
                conv: {
                    { conv 1x1x384 nobias; bn; relu6; }
                    { dwconv 3x3 pad 1 nobias; bn; relu6; }
                    conv 1x1x64 nobias; bn;
                }
            }
            10: residual {
                conv: {
                    { conv 1x1x384 nobias; bn; relu6; }
                    { dwconv 3x3 pad 1 nobias; bn; relu6; }
                    conv 1x1x64 nobias; bn;
                }
            }
            11: {
                conv: {
                    { conv 1x1x384 nobias; bn; relu6; }
                    { dwconv 3x3 pad 1 nobias; bn; relu6; }
                    conv 1x1x96 nobias; bn;
                }
            }
            12: residual {
                conv: {
                    { conv 1x1x576 nobias; bn; relu6; }
                    { dwconv 3x3 pad 1 nobias; bn; relu6; }
                    conv 1x1x96 nobias; bn;
                }
            }
            13: residual {
                conv: {
                    { conv 1x1x576 nobias; bn; relu6; }
                    { dwconv 3x3 pad 1 nobias; bn; relu6; }
                    conv 1x1x96 nobias; bn;
                }
            }
            14: {
                conv: {
                    { conv 1x1x576 nobias; bn; relu6; }
                    { dwconv 3x3 stride 2 pad 1 nobias; bn; relu6; }
                    conv 1x1x160 nobias; bn;
                }
            }
            15: residual {
                conv: {
                    { conv 1x1x960 nobias; bn; relu6; }
                    { dwconv 3x3 pad 1 nobias; bn; relu6; }
                    conv 1x1x160 nobias; bn;
                }
            }
            16: residual {
                conv: {
                    { conv 1x1x960 nobias; bn; relu6; }
                    { dwconv 3x3 pad 1 nobias; bn; relu6; }
                    conv 1x1x160 nobias; bn;
                }
            }
            17: {
                conv: {
                    { conv 1x1x960 nobias; bn; relu6; }
                    { dwconv 3x3 pad 1 nobias; bn; relu6; }
                    conv 1x1x320 nobias; bn;
                }
            }
            18: { conv 1x1x1280 nobias; bn; relu6; }
        }
        gap;
        classifier: { dropout 0.2; fc 1000; }
    }
}

/// `[["key", [shape...]], ...]` from a fixture.
fn torch_tensors(json: &str) -> Vec<(String, Vec<usize>)> {
    let value: serde_json::Value = serde_json::from_str(json).expect("the fixture is JSON");
    value
        .as_array()
        .expect("a list")
        .iter()
        .map(|entry| {
            let key = entry[0].as_str().expect("a key").to_string();
            let shape = entry[1]
                .as_array()
                .expect("a shape")
                .iter()
                .map(|n| n.as_u64().expect("a size") as usize)
                .collect();
            (key, shape)
        })
        .collect()
}

fn ours(tensors: &[cnn::weights::safetensors::Tensor]) -> Vec<(String, Vec<usize>)> {
    tensors
        .iter()
        .map(|tensor| (tensor.key.to_string(), tensor.shape.to_vec()))
        .collect()
}

fn assert_same(name: &str, ours: Vec<(String, Vec<usize>)>, torch: Vec<(String, Vec<usize>)>) {
    for (index, (mine, theirs)) in ours.iter().zip(&torch).enumerate() {
        assert_eq!(mine, theirs, "{name}: tensor {index}");
    }
    assert_eq!(ours.len(), torch.len(), "{name}: how many tensors");
}

#[test]
fn resnet18_lists_torchvisions_tensors_key_for_key() {
    let torch = torch_tensors(include_str!("data/safetensors/resnet18.json"));
    assert_same("resnet18", ours(ResNet18Weights::<f32>::TENSORS), torch);
    // torchvision: 11,689,512 parameters.
    assert_eq!(ResNet18::PARAMS, 11_689_512);
}

#[test]
fn mobilenet_v2_lists_torchvisions_tensors_key_for_key() {
    let torch = torch_tensors(include_str!("data/safetensors/mobilenet_v2.json"));
    assert_same(
        "mobilenet_v2",
        ours(MobileNetV2Weights::<f32>::TENSORS),
        torch,
    );
    // torchvision: 3,504,872 parameters.
    assert_eq!(MobileNetV2::PARAMS, 3_504_872);
}

#[test]
fn every_tensor_starts_where_the_one_before_ends() {
    for tensors in [
        ResNet18Weights::<f32>::TENSORS,
        MobileNetV2Weights::<f32>::TENSORS,
    ] {
        let mut end = 0;
        for tensor in tensors {
            assert_eq!(tensor.offset, end, "{}", tensor.key);
            end += tensor.elements();
        }
    }
    assert_eq!(
        ResNet18Weights::<f32>::TENSORS
            .last()
            .map(|t| t.offset + t.elements()),
        Some(ResNet18Weights::<f32>::LEN)
    );
}
