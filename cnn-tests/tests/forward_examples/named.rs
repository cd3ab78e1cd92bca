//! Networks that take an earlier output again (`from name`), which the
//! examples do not declare: `scripts/pytorch_network_cases.py` rebuilds
//! them from their JSON, as it does the examples.

use cnn::cnn;

cnn! {
    /// A small U-Net with an FPN level (`Skips` of `named.rs`, whose
    /// forward torch's own graph checks): a `from` at the top level, one
    /// that starts a branch before a layer, one that is a branch.
    #[cnn(weights)]
    pub struct Skips {
        input 16x16x3;
        enc1: { conv 3x3x8 pad 1; relu; }
        maxpool 2;
        enc2: { conv 3x3x16 pad 1; relu; }
        maxpool 2;
        top: conv 3x3x16 pad 1;
        from enc2;
        lat2: conv 1x1x16;
        p2: add { {} { from top; upsample 2; } }
        convtranspose 2x2x8 stride 2;
        concat { { from enc1; } {} }
        conv 1x1x2;
    }
}

cnn! {
    /// GCNet's global context (timm's `GlobalContext`) both ways timm uses
    /// it: added to every position inside a bottleneck (gcresnext26ts's
    /// `gca`) and as a gate (gc_efficientnetv2's `gc`); then an `add` whose
    /// first branch is the one position. `contextpool`'s scratch and the
    /// broadcast `add`, in place over the map and not.
    #[cnn(weights)]
    pub struct GlobalContext {
        input 12x10x8;
        conv 3x3x16 pad 1; bn; relu;
        residual {
            conv 1x1x16 nobias; bn; relu;
            add { {} { contextpool; conv 1x1x4; layernorm eps 1e-6; relu; conv 1x1x16; } }
            conv 1x1x16 nobias; bn;
        }
        mul { {} { contextpool; conv 1x1x4; layernorm eps 1e-6; relu; conv 1x1x16; sigmoid; } }
        add { { contextpool; conv 1x1x16; } { relu; } }
        gap;
        fc 5;
    }
}
