//! A checked network as `cnn-core`'s [`Model`] for as long as a closure
//! runs, without leaking it.
//!
//! [`Network::leak_model`] leaks the rows' texts and the layer slice, as
//! `cnn-core`'s printers take `'static` data (they are made for constants);
//! for the `cnn` command, which checks a network once, that is right. The
//! playground checks the network again after every pause in typing, and
//! leaking would cost some 30 KB an update on ResNet-50. So the model is
//! built the same way ([`Row::layer`], the fields `leak_model` copies),
//! from texts and a slice owned here, which live until the closure returns.
//!
//! [`Row::layer`]: cnn_lang::Row::layer

use cnn_core::{Layer, Model};
use cnn_lang::Network;

/// Runs `show` on `network`'s model and gives the texts it writes. The
/// model's `'static` references are only valid during the call, so `show`
/// gives back owned `String`s only, never the model or a reference from
/// it, and must not store one anywhere (the printers it calls write text
/// and keep nothing). Crate-private for that reason: a caller outside
/// could break it without writing `unsafe`. The sound fix is a lifetime on
/// `cnn_core::Model`, a change to a public type left for later.
pub(crate) fn with_model<const N: usize>(
    network: &Network,
    show: impl FnOnce(Model) -> [String; N],
) -> [String; N] {
    // Boxed texts keep their address when the Vec grows.
    let mut texts: Vec<Box<str>> = Vec::new();
    let mut keep = |text: &str| -> &'static str {
        texts.push(text.into());
        let kept: &str = texts.last().map_or("", |text| text);
        // SAFETY: the text lives in `texts` until this function returns,
        // after `show` and every reference to it are gone.
        unsafe { &*(kept as *const str) }
    };
    let layers: Vec<Layer> = network
        .rows
        .iter()
        .map(|row| row.layer(&mut keep))
        .collect();
    // SAFETY: as for the texts: `layers` outlives the call to `show`.
    let slice: &'static [Layer] = unsafe { &*(layers.as_slice() as *const [Layer]) };
    let model = Model {
        input: network.input,
        output: network.output,
        params: network.totals.params,
        non_trainable_params: network.totals.non_trainable_params,
        total_params: network.total_params,
        macs: network.totals.macs,
        largest_activation: network.largest_activation,
        peak_activations: network.peak_activations,
        arena: network.arena(),
        layers: slice,
    };
    show(model)
}

#[cfg(test)]
mod tests {
    use super::with_model;

    #[test]
    fn gives_the_model_leak_model_gives() {
        let network = cnn_lang::check("input 32x32x3; conv1: conv 5x5x8; pool 2; fc 10;", None)
            .network
            .unwrap();
        let leaked = network.leak_model();
        let [shown] = with_model(&network, |model| {
            assert_eq!(model, leaked);
            [cnn_core::Summary::new("n", model).to_string()]
        });
        assert_eq!(shown, cnn_core::Summary::new("n", leaked).to_string());
    }
}
