//! A network with `gain`, which the examples do not declare:
//! `scripts/pytorch_network_cases.py` rebuilds it from its JSON and runs
//! each `gain` as timm's `NormFreeBlock` with skipinit does (its residual
//! branch times the learnt 0-d `skipinit_gain`).

use cnn::cnn;

cnn! {
    /// An NFNet block in small (plain convs): a residual whose branch is
    /// scaled by `beta`, ends in the learnt gain, then `alpha`.
    #[cnn(weights)]
    pub struct Skipinit {
        input 8x8x3;
        conv 3x3x8 pad 1; relu;
        residual {
            times 0.5;
            conv 3x3x8 pad 1; relu;
            conv 1x1x8;
            skipinit_gain: gain;
            times 0.2;
        }
        gap;
        fc 3;
    }
}
