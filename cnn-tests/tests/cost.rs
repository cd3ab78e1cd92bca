//! Compute and memory: MACs, parameter bytes, activation memory and
//! receptive fields, each worked out by hand in a comment.

use cnn::{cnn, Network};

// The article's network. MACs by torchvision's rule (Hout*Wout*Cout*KH*KW*Cin
// for a conv, in*out for fc): conv1 28*28*8*5*5*3 = 470,400; conv2
// 10*10*16*5*5*8 = 320,000; fc3 400*120 = 48,000; fc4 120*84 = 10,080;
// out 84*10 = 840; in all 849,320 (the figure issue 4 gives for it).
cnn! {
    struct Article {
        input 32x32x3;
        conv1: conv 5x5x8;
        pool 2;
        conv2: conv 5x5x16;
        pool2: pool 2;
        fc3: fc 120;
        fc4: fc 84;
        out: softmax 10;
    }
}
const _: () = assert!(Article::CONV1.macs == 470_400);
const _: () = assert!(Article::CONV2.macs == 320_000);
const _: () = assert!(Article::FC3.macs == 48_000);
const _: () = assert!(Article::MACS == 849_320);
// 62,958 parameters at 4, 2 and 1 bytes.
const _: () = assert!(Article::param_bytes(4) == 251_832);
const _: () = assert!(Article::param_bytes(2) == 125_916);
const _: () = assert!(Article::param_bytes(1) == 62_958);
// The largest activation is conv1's 28*28*8 = 6,272 values; the peak is
// while conv1 runs, its input 32*32*3 = 3,072 and its output both alive.
const _: () = assert!(Article::LARGEST_ACTIVATION == 6_272);
const _: () = assert!(Article::PEAK_ACTIVATIONS == 3_072 + 6_272);
const _: () = assert!(Article::peak_activation_bytes(4) == 37_376);
// Receptive fields: conv1 sees 5x5; pool 2 makes it 6 with jump 2; conv2
// adds (5-1)*2 = 8: 14; pool2 adds 2: 16, jump 4; fc3 sees the whole 5x5
// map: 16 + 4*4 = 32, the whole image.
const _: () = assert!(Article::CONV1.receptive_field.size[0] == 5);
const _: () = assert!(Article::CONV2.receptive_field.size[0] == 14);
const _: () = assert!(Article::POOL2.receptive_field.size[0] == 16);
const _: () = assert!(Article::POOL2.receptive_field.jump[0] == 4);
const _: () = assert!(Article::FC3.receptive_field.size[1] == 32);

// Sepconv counts its depthwise and pointwise parts: on 8x8x4 with 3x3 and
// 16 filters, pad 1: 8*8*4*3*3 = 2,304 plus 8*8*16*4 = 4,096. A depthwise
// conv with multiplier 2 on its 8x8x16 output: 8*8*32*3*3 = 18,432.
cnn! {
    struct Separable {
        input 8x8x4;
        sep: sepconv 3x3x16 pad 1;
        dw: dwconv 3x3 pad 1 multiplier 2;
    }
}
const _: () = assert!(Separable::SEP.macs == 2_304 + 4_096);
const _: () = assert!(Separable::DW.macs == 18_432);

// Grouped conv: each filter sees C/groups channels. 8x8x16 in, 3x3x32 pad 1
// groups 4: 8*8*32*3*3*4 = 73,728.
const _: () = assert!(cnn!(input 8x8x16; conv 3x3x32 pad 1 groups 4).macs == 73_728);

// Branches keep what they need. Input 8x8x4 = 256 values; each branch
// gives 4x4x8 = 128.
// - while branch 1's conv runs: the input (kept for branch 2) 256 + its
//   output 128 = 384;
// - branch 2's conv: branch 1's output 128 + the input 256 + its output
//   128 = 512 (the peak);
// - its relu: 128 + 128 + 128 = 384; the add: 128 + 128 + 128 = 384.
cnn! {
    struct Branches {
        input 8x8x4;
        add {
            { conv 1x1x8 stride 2; }
            { conv 3x3x8 stride 2 pad 1; relu; }
        }
    }
}
const _: () = assert!(Branches::PEAK_ACTIVATIONS == 512);
const _: () = assert!(Branches::LARGEST_ACTIVATION == 256);
// A residual keeps its input to the end: input 32, then 32 + 32 while the
// conv runs, 32 + 32 + 32 during the relu and the add.
const _: () = assert!(cnn!(input 4x4x2; residual { conv 1x1x2; relu; }).peak_activations == 96);

// Budgets as a CI would state them, through the trait too.
const _: () = assert!(<Article as Network>::MACS < 1_000_000);
const _: () = assert!(Article::param_bytes(4) <= 256 * 1024);

#[test]
fn the_summary_states_the_costs() {
    let text = Article::summary().to_string();
    assert!(text.contains(" MACs"), "{text}");
    assert!(text.contains("470,400"), "{text}");
    assert!(text.contains("Total MACs: 849,320 (849.32 K)"), "{text}");
    assert!(text.contains("Params size (f32): 245.93 KB"), "{text}");
    assert!(
        text.contains("Peak activation memory (f32): 36.50 KB (9,344 values)"),
        "{text}"
    );
}
