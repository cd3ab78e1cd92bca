//! The one warning of `cnn!`: an input that looks like PyTorch's
//! channels-first order (`input 3x224x224`), which builds, as a
//! 3-pixel-high image with 224 channels.
//!
//! `cnn!` warns through rustc's `deprecated` lint (the use of a deprecated
//! constant `cnn_input_is_channels_last`), so this file denies that lint:
//! if any network below outside `channels_first` warned, this file would
//! not compile. The warning itself, as rustc prints it, is the
//! compile-fail case `tests/ui/input_channels_first.rs`.
#![deny(deprecated)]

use cnn::{cnn, Shape};

const fn spatial(height: u64, width: u64, channels: u64) -> Shape {
    Shape::Spatial {
        height,
        width,
        channels,
    }
}

// Channels-last inputs, none of them taken for channels-first: an
// ImageNet image, a 1x1 map (the end of a network), a small deep map whose
// first dimension is a usual channel count, and MNIST.
cnn! {
    pub struct ImageNet {
        input 224x224x3;
        conv 3x3x64 pad 1;
    }

    pub struct OnePixel {
        input 1x1x64;
        conv 1x1x16;
    }

    pub struct SmallDeep {
        input 4x4x512;
        conv 3x3x512 pad 1;
    }

    pub struct Mnist {
        input 28x28x1;
        conv 5x5x8;
    }
}

// The same in the expression form.
const _: () = assert!(cnn!(input 224x224x3; fc 10).params == 1_505_290);
const _: () = assert!(cnn!(input 1x1x64; fc 10).params == 650);
const _: () = assert!(cnn!(input 4x4x512; fc 10).params == 81_930);
const _: () = assert!(cnn!(input 28x28x1; fc 10).params == 7_850);

// (3*3*3+1)*64 = 28*64 = 1,792
const _: () = assert!(ImageNet::PARAMS == 1_792);
// (1*1*64+1)*16 = 65*16 = 1,040
const _: () = assert!(OnePixel::PARAMS == 1_040);
// (3*3*512+1)*512 = 4,609*512 = 2,359,808
const _: () = assert!(SmallDeep::PARAMS == 2_359_808);
// (5*5*1+1)*8 = 26*8 = 208
const _: () = assert!(Mnist::PARAMS == 208);

/// The network that warns still builds, and has its numbers as written:
/// channels-last, a 3-pixel-high, 224-pixel-wide image with 224 channels.
#[allow(deprecated)]
mod channels_first {
    use super::spatial;
    use cnn::cnn;

    cnn! {
        pub struct ChannelsFirst {
            input 3x224x224;
            conv 3x3x64 pad 1;
        }
    }

    // By hand: the kernel sees 3*3 pixels of all 224 channels, plus a bias,
    // for each of 64 filters: (3*3*224+1)*64 = (2,016+1)*64 = 2,017*64
    // = 129,088. (Read as PyTorch's 3x224x224 it would be
    // (3*3*3+1)*64 = 1,792.)
    const _: () = assert!(ChannelsFirst::PARAMS == 129_088);
    // `pad 1` keeps both spatial sizes: 3x224, now with 64 channels.
    const _: () = assert!(ChannelsFirst::INPUT.same_as(&spatial(3, 224, 224)));
    const _: () = assert!(ChannelsFirst::OUTPUT.same_as(&spatial(3, 224, 64)));
    // MACs: 3*224 positions * 64 filters * 3*3*224 = 672*64*2,016
    // = 86,704,128.
    const _: () = assert!(ChannelsFirst::MACS == 86_704_128);

    // The expression form, with the same warning allowed here.
    const _: () = assert!(cnn!(input 3x224x224; conv 3x3x64 pad 1).params == 129_088);

    #[test]
    fn the_network_that_warns_still_has_its_numbers() {
        assert_eq!(ChannelsFirst::PARAMS, 129_088);
        assert_eq!(ChannelsFirst::MACS, 86_704_128);
    }
}

#[test]
fn channels_last_inputs_build_without_a_warning() {
    // Compiling this file under `#![deny(deprecated)]` is the test; these
    // are the numbers once more at run time.
    assert_eq!(ImageNet::PARAMS, 1_792);
    assert_eq!(OnePixel::PARAMS, 1_040);
    assert_eq!(SmallDeep::PARAMS, 2_359_808);
    assert_eq!(Mnist::PARAMS, 208);
}
