//! U-Net (Ronneberger, Fischer and Brox, "U-Net: Convolutional Networks for
//! Biomedical Image Segmentation", 2015) for a one-channel image and two
//! classes.
//!
//! The contracting path has four down steps: two 3x3 convs, each followed
//! by ReLU, then a 2x2 max pool of stride 2, doubling the channels from 64
//! to 1024 at the bottom. The expanding path has four up steps: a 2x2
//! up-convolution (`ConvTranspose2d` of stride 2) halving the channels,
//! concatenated with the contracting path's map at the same level (the
//! skip first, as `torch.cat([x2, x1])` does), and two 3x3 convs with ReLU.
//! A 1x1 conv maps the 64 channels to the classes.
//!
//! Not as the paper: its 3x3 convs are unpadded (572x572 in, 388x388 out)
//! and each skip is cropped to the up-sampled map's size. The language has
//! no crop, so the convs here have padding 1, as most PyTorch U-Nets
//! (milesial/Pytorch-UNet among them) do, and the input is 512x512, which
//! four poolings divide. Padding changes no parameter count; the MACs are
//! those of the padded network at 512x512.
//!
//! The skips nest: each level is `concat { {} { maxpool 2; ...; up-conv } }`
//! inside the level above it.

use cnn::cnn;

cnn! {
    /// The paper's U-Net, every conv with a bias and no batch norm, at
    /// 512x512x1 with padded convs: 31,030,658 parameters, as
    /// `scripts/unet_counts.py` works them out layer by layer.
    #[cnn(weights)]
    pub struct UNet {
        input 512x512x1;
        enc1: { conv 3x3x64 pad 1; relu; conv 3x3x64 pad 1; relu; } -> 512x512x64
        concat {
            {}
            {
                maxpool 2;
                enc2: { conv 3x3x128 pad 1; relu; conv 3x3x128 pad 1; relu; } -> 256x256x128
                concat {
                    {}
                    {
                        maxpool 2;
                        enc3: { conv 3x3x256 pad 1; relu; conv 3x3x256 pad 1; relu; } -> 128x128x256
                        concat {
                            {}
                            {
                                maxpool 2;
                                enc4: { conv 3x3x512 pad 1; relu; conv 3x3x512 pad 1; relu; } -> 64x64x512
                                concat {
                                    {}
                                    {
                                        maxpool 2;
                                        bottom: { conv 3x3x1024 pad 1; relu; conv 3x3x1024 pad 1; relu; } -> 32x32x1024
                                        up4: convtranspose 2x2x512 stride 2 -> 64x64x512
                                    }
                                }
                                dec4: { conv 3x3x512 pad 1; relu; conv 3x3x512 pad 1; relu; } -> 64x64x512
                                up3: convtranspose 2x2x256 stride 2 -> 128x128x256
                            }
                        }
                        dec3: { conv 3x3x256 pad 1; relu; conv 3x3x256 pad 1; relu; } -> 128x128x256
                        up2: convtranspose 2x2x128 stride 2 -> 256x256x128
                    }
                }
                dec2: { conv 3x3x128 pad 1; relu; conv 3x3x128 pad 1; relu; } -> 256x256x128
                up1: convtranspose 2x2x64 stride 2 -> 512x512x64
            }
        }
        dec1: { conv 3x3x64 pad 1; relu; conv 3x3x64 pad 1; relu; } -> 512x512x64
        classifier: conv 1x1x2 -> 512x512x2
    }

    /// milesial/Pytorch-UNet's `UNet(n_channels=1, n_classes=2,
    /// bilinear=False)` (`unet/unet_parts.py`): the same network, but each
    /// `DoubleConv` conv has no bias and is followed by batch norm; the
    /// up-convolutions and the 1x1 classifier keep their bias.
    #[cnn(weights)]
    pub struct UNetBn {
        input 512x512x1;
        enc1: { conv 3x3x64 pad 1 nobias; bn; relu; conv 3x3x64 pad 1 nobias; bn; relu; } -> 512x512x64
        concat {
            {}
            {
                maxpool 2;
                enc2: { conv 3x3x128 pad 1 nobias; bn; relu; conv 3x3x128 pad 1 nobias; bn; relu; } -> 256x256x128
                concat {
                    {}
                    {
                        maxpool 2;
                        enc3: { conv 3x3x256 pad 1 nobias; bn; relu; conv 3x3x256 pad 1 nobias; bn; relu; } -> 128x128x256
                        concat {
                            {}
                            {
                                maxpool 2;
                                enc4: { conv 3x3x512 pad 1 nobias; bn; relu; conv 3x3x512 pad 1 nobias; bn; relu; } -> 64x64x512
                                concat {
                                    {}
                                    {
                                        maxpool 2;
                                        bottom: { conv 3x3x1024 pad 1 nobias; bn; relu; conv 3x3x1024 pad 1 nobias; bn; relu; } -> 32x32x1024
                                        up4: convtranspose 2x2x512 stride 2 -> 64x64x512
                                    }
                                }
                                dec4: { conv 3x3x512 pad 1 nobias; bn; relu; conv 3x3x512 pad 1 nobias; bn; relu; } -> 64x64x512
                                up3: convtranspose 2x2x256 stride 2 -> 128x128x256
                            }
                        }
                        dec3: { conv 3x3x256 pad 1 nobias; bn; relu; conv 3x3x256 pad 1 nobias; bn; relu; } -> 128x128x256
                        up2: convtranspose 2x2x128 stride 2 -> 256x256x128
                    }
                }
                dec2: { conv 3x3x128 pad 1 nobias; bn; relu; conv 3x3x128 pad 1 nobias; bn; relu; } -> 256x256x128
                up1: convtranspose 2x2x64 stride 2 -> 512x512x64
            }
        }
        dec1: { conv 3x3x64 pad 1 nobias; bn; relu; conv 3x3x64 pad 1 nobias; bn; relu; } -> 512x512x64
        classifier: conv 1x1x2 -> 512x512x2
    }
}
