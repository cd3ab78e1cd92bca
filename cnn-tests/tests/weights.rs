//! Weight structs: their size is the network's `TOTAL_PARAMS` values, each
//! field sits where a running sum over `LAYERS` says (counted here, not by
//! the macro), and a flat slice reads back in place.

use core::mem::{offset_of, size_of};

use cnn::weights::{Slot, Weights};
use cnn::{cnn, Chain, Dims, Flat, Layer, Network, ShapeType};

cnn! {
    /// The article's network.
    #[cnn(weights)]
    pub struct LeNet {
        input 32x32x3;
        conv1: conv 5x5x8;
        pool 2;
        conv2: conv 5x5x16 -> 10x10x16;
        pool 2;
        fc3: fc 120;
        fc4: fc 84;
        out: softmax 10;
    }

    /// Grouped, depthwise and separable convolutions, without bias too,
    /// batch norm, prelu, and a flat input.
    #[cnn(weights)]
    pub struct Grouped {
        input 16x16x8;
        grouped: conv 3x3x16 groups 4;
        conv 1x1x16 groups 2 nobias;
        bn;
        prelu;
        dw: dwconv 3 multiplier 2 pad 1;
        sep: sepconv 3x3x8 pad 1;
        sepconv 3x3x8 nobias;
        gap;
        fc 10 nobias;
    }

    /// `repeat`: rounds alike, a first round that changes the shape, nested.
    #[cnn(weights)]
    pub struct Rounds {
        input 6x6x4;
        alike: repeat 3 { conv 3x3x4 pad 1; bn; relu; }
        widen: repeat 3 { c: conv 1x1x8; relu; }
        outer: repeat 2 { inner: repeat 2 { conv 1x1x8 nobias; } bn; }
        gap;
        fc 3;
    }
}

// The zoo's VGG-16 and VGG-16-BN, with their weight structs.
cnn! {
    /// VGG-16, as the zoo declares it.
    #[cnn(weights)]
    pub struct Vgg16 {
        input 224x224x3;
        stage1: { repeat 2 { conv 3x3x64 pad 1; relu; } maxpool 2; } -> 112x112x64
        stage2: { repeat 2 { conv 3x3x128 pad 1; relu; } maxpool 2; } -> 56x56x128
        stage3: { repeat 3 { conv 3x3x256 pad 1; relu; } maxpool 2; } -> 28x28x256
        stage4: { repeat 3 { conv 3x3x512 pad 1; relu; } maxpool 2; } -> 14x14x512
        stage5: { repeat 3 { conv 3x3x512 pad 1; relu; } maxpool 2; } -> 7x7x512
        adaptivepool 7x7;
        classifier: {
            fc 4096; relu; dropout 0.5;
            fc 4096; relu; dropout 0.5;
            fc 1000;
        }
    }

    /// VGG-16 with batch normalization after every convolution (which keeps
    /// its bias, as in torchvision).
    #[cnn(weights)]
    pub struct Vgg16Bn {
        input 224x224x3;
        stage1: { repeat 2 { conv 3x3x64 pad 1; bn; relu; } maxpool 2; } -> 112x112x64
        stage2: { repeat 2 { conv 3x3x128 pad 1; bn; relu; } maxpool 2; } -> 56x56x128
        stage3: { repeat 3 { conv 3x3x256 pad 1; bn; relu; } maxpool 2; } -> 28x28x256
        stage4: { repeat 3 { conv 3x3x512 pad 1; bn; relu; } maxpool 2; } -> 14x14x512
        stage5: { repeat 3 { conv 3x3x512 pad 1; bn; relu; } maxpool 2; } -> 7x7x512
        adaptivepool 7x7;
        classifier: {
            fc 4096; relu; dropout 0.5;
            fc 4096; relu; dropout 0.5;
            fc 1000;
        }
    }
}

// `size_of` is the totals: the article's 62,958; VGG-16-BN's learnable and
// running statistics both; the grouped convolutions.
const _: () = assert!(size_of::<LeNetWeights<f32>>() == 62_958 * 4);
const _: () = assert!(size_of::<LeNetWeights<f64>>() == 62_958 * 8);
const _: () = assert!(size_of::<Vgg16Weights<f32>>() as u64 == 138_357_544 * 4);
const _: () = assert!(size_of::<Vgg16BnWeights<f32>>() as u64 == (138_365_992 + 8_448) * 4);
const _: () = assert!(size_of::<Vgg16BnWeights<u8>>() as u64 == Vgg16Bn::TOTAL_PARAMS);
const _: () = assert!(size_of::<GroupedWeights<f32>>() as u64 == Grouped::TOTAL_PARAMS * 4);
const _: () = assert!(size_of::<RoundsWeights<f32>>() as u64 == Rounds::TOTAL_PARAMS * 4);
const _: () = assert!(LeNetWeights::<f32>::LEN as u64 == LeNet::TOTAL_PARAMS);
const _: () = assert!(<Vgg16Weights<f32> as Weights<f32>>::LEN as u64 == Vgg16::TOTAL_PARAMS);

// Grouped by hand: (3*3*8/4+1)*16 = 304; 1x1 groups 2 nobias: 8*16 = 128;
// bn 4*16 = 64; prelu 16; dwconv multiplier 2: 32*9+32 = 320; sepconv on 32
// channels: 32*9 + 8*32 + 8 = 552; nobias: 8*9 + 8*8 = 136; fc 80.
const _: () = assert!(Grouped::TOTAL_PARAMS == 304 + 128 + 64 + 16 + 320 + 552 + 136 + 80);

/// Each parameterised layer's values, times the rounds it stands for,
/// computed from `LAYERS` alone: a row counts `times` times each enclosing
/// block's `times`.
fn counts(layers: &[Layer]) -> Vec<u64> {
    let mut counts = Vec::new();
    // (row where the block ends, its times)
    let mut open: Vec<(usize, u64)> = Vec::new();
    for (index, layer) in layers.iter().enumerate() {
        open.retain(|&(end, _)| index <= end);
        let times: u64 = open.iter().map(|&(_, times)| times).product::<u64>() * layer.times;
        if layer.is_block() {
            open.push((index + layer.rows as usize, layer.times));
        } else if layer.params + layer.non_trainable_params > 0 {
            counts.push((layer.params + layer.non_trainable_params) * times);
        }
    }
    counts
}

/// The slots' offsets are a running sum of their lengths, which sum to
/// the total.
fn running_sum(slots: &[Slot], total: u64) {
    let mut offset = 0;
    for slot in slots {
        assert_eq!(slot.offset, offset, "{}", slot.name);
        assert_eq!(slot.len % slot.count, 0, "{}", slot.name);
        offset += slot.len;
    }
    assert_eq!(offset as u64, total);
}

#[test]
fn offsets_are_running_sums_of_the_counts_in_layers() {
    for (slots, layers, total) in [
        (
            LeNetWeights::<f32>::SLOTS,
            LeNet::LAYERS,
            LeNet::TOTAL_PARAMS,
        ),
        (
            Grouped::WEIGHT_SLOTS,
            Grouped::LAYERS,
            Grouped::TOTAL_PARAMS,
        ),
        (
            Vgg16BnWeights::<f32>::SLOTS,
            Vgg16Bn::LAYERS,
            Vgg16Bn::TOTAL_PARAMS,
        ),
    ] {
        // A plain field is one layer; an array of `repeat` rounds is the
        // layers of the rounds alike, each counted `times` times.
        let mut counts = counts(layers).into_iter();
        for slot in slots {
            let mut sum = counts.next().unwrap();
            while slot.count > 1 && sum < slot.len as u64 {
                sum += counts.next().unwrap();
            }
            assert_eq!(sum, slot.len as u64, "{}", slot.name);
        }
        assert_eq!(counts.next(), None);
        running_sum(slots, total);
    }
}

trait WeightSlots {
    const WEIGHT_SLOTS: &'static [Slot];
}
impl WeightSlots for Grouped {
    const WEIGHT_SLOTS: &'static [Slot] = GroupedWeights::<f32>::SLOTS;
}

#[test]
fn lenet_fields_sit_at_their_slots() {
    let names: Vec<&str> = LeNetWeights::<f32>::SLOTS.iter().map(|s| s.name).collect();
    assert_eq!(names, ["conv1", "conv2", "fc3", "fc4", "out"]);
    let offsets = [
        offset_of!(LeNetWeights<f32>, conv1),
        offset_of!(LeNetWeights<f32>, conv2),
        offset_of!(LeNetWeights<f32>, fc3),
        offset_of!(LeNetWeights<f32>, fc4),
        offset_of!(LeNetWeights<f32>, out),
    ];
    for (slot, bytes) in LeNetWeights::<f32>::SLOTS.iter().zip(offsets) {
        assert_eq!(slot.offset * 4, bytes, "{}", slot.name);
    }
    // The article's per-layer counts.
    let lens: Vec<usize> = LeNetWeights::<f32>::SLOTS.iter().map(|s| s.len).collect();
    assert_eq!(lens, [608, 3_216, 48_120, 10_164, 850]);
}

#[test]
fn repeats_give_arrays_of_rounds_in_pytorch_order() {
    let names: Vec<(&str, usize)> = RoundsWeights::<f32>::SLOTS
        .iter()
        .map(|slot| (slot.name, slot.count))
        .collect();
    assert_eq!(
        names,
        [
            ("alike", 3),
            ("widen_0_c", 1),
            ("widen_from_1", 2),
            ("outer", 2),
            ("layer_15", 1),
        ]
    );
    running_sum(RoundsWeights::<f32>::SLOTS, Rounds::TOTAL_PARAMS);
    // One round of `alike`: conv then bn, together, as `alike.0.*` in PyTorch.
    let values: Vec<f32> = (0..Rounds::TOTAL_PARAMS).map(|i| i as f32).collect();
    let weights = RoundsWeights::from_slice(&values).unwrap();
    let round = 3 * 3 * 4 * 4 + 4 + 4 * 4;
    assert_eq!(weights.alike[1].layer_2.weight[0][0][0][0], round as f32);
    assert_eq!(
        weights.alike[0].layer_3.weight[0],
        (3 * 3 * 4 * 4 + 4) as f32
    );
    assert_eq!(weights.widen_from_1[0].c.bias.len(), 8);
    assert_eq!(weights.outer[1].inner[1].layer_12.weight.len(), 8);
}

#[test]
fn views_read_and_write_in_place() {
    let mut values: Vec<f32> = (0..LeNet::TOTAL_PARAMS).map(|i| i as f32).collect();
    let weights = LeNetWeights::<f32>::from_slice(&values).unwrap();
    // PyTorch's conv1.weight[7, 2, 4, 3]: 7*75 + 2*25 + 4*5 + 3.
    assert_eq!(weights.conv1.weight[7][2][4][3], 598.0);
    assert_eq!(weights.conv1.bias[0], 600.0);
    assert_eq!(weights.fc3.weight[1][0], (3_824 + 400) as f32);
    assert_eq!(weights.as_slice(), &values[..]);

    let weights = LeNetWeights::<f32>::from_slice_mut(&mut values).unwrap();
    weights.out.bias[9] = -1.0;
    assert_eq!(values.last(), Some(&-1.0));

    let Err(error) = LeNetWeights::<f32>::from_slice(&values[1..]) else {
        panic!("one value short")
    };
    assert_eq!((error.expected, error.found), (62_958, 62_957));
    assert_eq!(
        error.to_string(),
        "expected 62958 parameter values, got 62957"
    );
    assert!(LeNetWeights::<f32>::from_slice(&[]).is_err());

    let array: Box<[f32; 62_958]> = vec![0.5; 62_958].try_into().unwrap();
    assert_eq!(LeNetWeights::from_array(&array).fc4.bias[83], 0.5);
}

#[test]
fn batch_norm_keeps_pytorch_state_dict_order() {
    let values: Vec<f32> = (0..Vgg16Bn::TOTAL_PARAMS).map(|i| i as f32).collect();
    let weights = Vgg16BnWeights::<f32>::from_slice(&values).unwrap();
    // features.0 (conv 3x3x64 on 3 channels: 1,728 + 64), then
    // features.1: weight, bias, running_mean, running_var, 64 each.
    let bn = &weights.stage1_0_layer_4;
    assert_eq!(bn.weight[0], 1_792.0);
    assert_eq!(bn.bias[0], 1_792.0 + 64.0);
    assert_eq!(bn.running_mean[0], 1_792.0 + 128.0);
    assert_eq!(bn.running_var[63], 1_792.0 + 255.0);
}

// Joining: the shapes are types, the sums are constants.
cnn! {
    /// The article's network up to its second pooling.
    pub struct Features {
        input 32x32x3;
        conv 5x5x8;
        pool 2;
        conv 5x5x16;
        pool 2;
    }

    /// The article's classifier.
    pub struct Classifier {
        input 5x5x16;
        fc 120;
        fc 84;
        softmax 10;
    }
}

type Joined = Chain<Features, Classifier>;
const _: () = assert!(Joined::PARAMS == LeNet::PARAMS);
const _: () = assert!(Joined::TOTAL_PARAMS == LeNet::TOTAL_PARAMS);
const _: () = assert!(Joined::MACS == LeNet::MACS);
const _: () = assert!(Joined::INPUT.same_as(&LeNet::INPUT));
const _: () = assert!(Joined::OUTPUT.same_as(&LeNet::OUTPUT));
const _: () =
    assert!(<<Features as Network>::Output as ShapeType>::SHAPE.same_as(&Features::OUTPUT));

/// The types are the literal shapes.
fn same_type<A: 'static, B: 'static>() -> bool {
    core::any::TypeId::of::<A>() == core::any::TypeId::of::<B>()
}

#[test]
fn networks_carry_their_shapes_as_types() {
    assert!(same_type::<<LeNet as Network>::Input, Dims<32, 32, 3>>());
    assert!(same_type::<<LeNet as Network>::Output, Flat<10>>());
    assert!(same_type::<<Joined as Network>::Input, Dims<32, 32, 3>>());
    assert!(same_type::<<Joined as Network>::Output, Flat<10>>());
    assert!(Joined::LAYERS.is_empty());
    // Chains nest.
    type Twice = Chain<Chain<Features, Classifier>, cnn::Chain<Head10, Head10>>;
    assert_eq!(Twice::PARAMS, LeNet::PARAMS + 2 * 110);
}

cnn! {
    struct Head10 { input 10; fc 10; }
}
