//! Writes `NameWeights<T>`: a network's parameters as one `#[repr(C)]`
//! struct of `cnn-run`'s layer types, one field per layer that has
//! parameters, in the network's order, every size a literal.
//!
//! Field names: a named layer's name, an unnamed one's `layer_<row>` (its
//! index in `LAYERS`), after the names of the named blocks around it, all
//! joined with `_` (`stage_conv1`, `layer1_layer_5`).
//!
//! `repeat N { body }`: `check` lists the rounds that change the shape one
//! by one, then one round for all the rounds alike (`times` of them). A
//! round listed on its own gives its fields flattened, after the repeat's
//! name and the round's number from 0 (`stage_0_conv`); the rounds alike
//! give one field, an array of a struct declared for one round
//! (`stage: [NetWeightsStage<T>; 3]`, or `stage_from_1` when round 0 was
//! listed on its own). An array of rounds keeps PyTorch's order, where
//! each round's layers come together (`stage.0.conv`, `stage.0.bn`,
//! `stage.1.conv`...).
//!
//! The sizes come from `cnn-core` (`LayerSpec::layout`, kept on each
//! report) and each field's number of values from the row's own counts;
//! a `const` assertion the struct carries checks that its size is the
//! network's `TOTAL_PARAMS` values.

use std::collections::HashSet;

use cnn_core::{Block, Kind, Totals};
use proc_macro2::{Ident, Literal, Span, TokenStream};
use quote::{format_ident, quote};

use cnn_lang::{Network as Analyzed, Row as Report};

/// One field of a weight struct.
struct Field {
    name: Ident,
    /// The layer or round type, `T` generic.
    ty: TokenStream,
    /// Array length; 1 for a plain field.
    count: u64,
    doc: String,
}

impl Field {
    /// Its type, an array of `count` for rounds alike.
    fn full_type(&self) -> TokenStream {
        let ty = &self.ty;
        if self.count == 1 {
            ty.clone()
        } else {
            let count = Literal::u64_unsuffixed(self.count);
            quote!([#ty; #count])
        }
    }
}

/// The struct `NameWeights<T>` and its items, or nothing if some layer's
/// parameters have no layout here (which `check`'s kinds never give).
pub fn tokens(name: &Ident, vis: &TokenStream, analyzed: &Analyzed) -> TokenStream {
    let weights = format_ident!("{}Weights", name);
    let mut writer = Writer {
        rows: &analyzed.rows,
        vis,
        base: weights.to_string(),
        items: Vec::new(),
        types: HashSet::new(),
    };
    let Some(fields) = writer.fields(0, analyzed.rows.len(), &[]) else {
        return TokenStream::new();
    };
    let len = analyzed.total_params;
    let doc = format!(
        "The parameters of [`{name}`], {len} values of `T`, laid out as PyTorch's `state_dict` \
         lists them (batch norm's `num_batches_tracked` left out): one field per layer with \
         parameters, in order.\n\n\
         View a flat slice as this struct, without copying, with [`from_slice`](Self::from_slice) \
         or [`from_array`](Self::from_array); [`SLOTS`](Self::SLOTS) gives each field's offset."
    );
    let body = writer.struct_tokens(&weights, &doc, &fields);
    let slots = fields.iter().map(|field| {
        let name = field.name.to_string();
        let ty = field.full_type();
        let count = Literal::u64_unsuffixed(field.count);
        quote!((#name, <#ty as ::cnn::weights::Weights<T>>::LEN, #count))
    });
    let slot_count = Literal::usize_unsuffixed(fields.len());
    let items = &writer.items;
    let Ok(tensors) = cnn_lang::tensors(analyzed) else {
        // The macro reported it when it checked the network.
        return TokenStream::new();
    };
    let tensor_table = tensors.iter().map(|tensor| {
        let key = &tensor.key;
        let shape = tensor.shape.iter().map(|&n| Literal::u64_unsuffixed(n));
        let offset = Literal::u64_unsuffixed(tensor.offset);
        quote!(::cnn::weights::safetensors::Tensor { key: #key, shape: &[#(#shape),*], offset: #offset })
    });
    let tensor_count = Literal::usize_unsuffixed(tensors.len());
    let boxed = boxed_loader();
    quote! {
        ::cnn::__cnn_weights! {
        #body
        #(#items)*

        #[allow(dead_code)]
        impl<T> #weights<T> {
            /// The number of values of `T`: the network's `TOTAL_PARAMS`.
            pub const LEN: usize = #name::TOTAL_PARAMS as usize;
            /// Each field's name, offset and length, in values of `T`.
            pub const SLOTS: &'static [::cnn::weights::Slot] = &{
                let slots: [::cnn::weights::Slot; #slot_count] =
                    ::cnn::__private::slots([#(#slots),*]);
                slots
            };

            /// Every tensor, as PyTorch's `state_dict` names it: its key,
            /// shape and offset in the flat values, in order (every round of
            /// a `repeat` with its own key). What
            /// [`load_safetensors`](Self::load_safetensors) finds by name.
            pub const TENSORS: &'static [::cnn::weights::safetensors::Tensor] = &{
                let tensors: [::cnn::weights::safetensors::Tensor; #tensor_count] = [#(#tensor_table),*];
                tensors
            };

            /// The values as the network's weights, read in place; an error
            /// if there are not exactly [`LEN`](Self::LEN) of them.
            pub fn from_slice(values: &[T]) -> ::core::result::Result<&Self, ::cnn::weights::WrongLength> {
                <Self as ::cnn::weights::Weights<T>>::from_slice(values)
            }

            /// The values as the network's weights, to write in place.
            pub fn from_slice_mut(values: &mut [T]) -> ::core::result::Result<&mut Self, ::cnn::weights::WrongLength> {
                <Self as ::cnn::weights::Weights<T>>::from_slice_mut(values)
            }

            /// An array of exactly [`LEN`](Self::LEN) values as the network's
            /// weights: a wrong length does not compile.
            pub fn from_array(values: &[T; #name::TOTAL_PARAMS as usize]) -> &Self {
                <Self as ::cnn::weights::Weights<T>>::from_array(values)
            }

            /// The weights as one flat slice.
            pub fn as_slice(&self) -> &[T] {
                <Self as ::cnn::weights::Weights<T>>::as_slice(self)
            }
        }

        #[allow(dead_code)]
        impl #weights<f32> {
            /// Reads a safetensors file (`safetensors.torch.save_file(model.state_dict(), path)`)
            /// into these weights, in place, without allocating: each tensor of
            /// [`TENSORS`](Self::TENSORS) found by its key, its shape checked, F32,
            /// F16 or BF16 read as `f32`. On an error the weights are unchanged.
            pub fn load_safetensors(&mut self, bytes: &[u8]) -> ::core::result::Result<(), ::cnn::weights::safetensors::Error> {
                ::cnn::__private::load_into(self, bytes, Self::TENSORS)
            }

            #boxed
        }

        const _: () = ::core::assert!(
            ::cnn::__private::ends_at(#weights::<f32>::TENSORS, #weights::<f32>::LEN)
        );

        const _: () = ::core::assert!(
            <#weights<f32> as ::cnn::weights::Weights<f32>>::LEN as u64 == #name::TOTAL_PARAMS
                && ::core::mem::size_of::<#weights<f32>>() as u64 == #name::TOTAL_PARAMS * 4
        );
        }
    }
}

/// `from_safetensors`, inside the `cnn` crate's `__cnn_alloc!`, which
/// keeps it where that crate's `alloc` feature gives `Box`: decided in
/// that crate, not by a `#[cfg]` in the user's, which would read the
/// user's features.
fn boxed_loader() -> TokenStream {
    quote! {
        ::cnn::__cnn_alloc! {
            /// The weights read from a safetensors file, on the heap (a
            /// network's weights are often too large for a stack): see
            /// [`load_safetensors`](Self::load_safetensors).
            pub fn from_safetensors(bytes: &[u8]) -> ::core::result::Result<::cnn::__private::Box<Self>, ::cnn::weights::safetensors::Error> {
                ::cnn::__private::boxed(bytes, Self::TENSORS)
            }
        }
    }
}

struct Writer<'a> {
    rows: &'a [Report],
    vis: &'a TokenStream,
    /// `NameWeights`, the start of every round struct's name.
    base: String,
    /// The round structs.
    items: Vec<TokenStream>,
    types: HashSet<String>,
}

impl Writer<'_> {
    /// The fields of the rows `start..end` (siblings and their contents),
    /// after the name segments `prefix`; `None` if a layer has no layout.
    fn fields(&mut self, start: usize, end: usize, prefix: &[String]) -> Option<Vec<Field>> {
        let mut fields = Vec::new();
        let mut names = HashSet::new();
        self.collect(start, end, prefix, &mut fields, &mut names)?;
        Some(fields)
    }

    fn collect(
        &mut self,
        start: usize,
        end: usize,
        prefix: &[String],
        fields: &mut Vec<Field>,
        names: &mut HashSet<String>,
    ) -> Option<()> {
        let mut index = start;
        while index < end {
            let row = self.rows.get(index)?;
            let next = (index + 1).checked_add(row.rows as usize)?.min(end);
            let segment = match row.name.as_deref() {
                // Digits (`0:`) lead a field name after `_`: `_0_conv`,
                // but `features_0`.
                Some(name) if prefix.is_empty() && starts_with_digit(name) => format!("_{name}"),
                Some(name) => name.to_lowercase(),
                None => format!("layer_{index}"),
            };
            match row.kind.block() {
                Some(Block::Repeat(_)) => {
                    // An unnamed repeat's rounds take only their number
                    // (`stage_0_conv`); an array of rounds needs a name.
                    let path = if row.name.is_some() {
                        joined(prefix, &segment)
                    } else {
                        prefix.to_vec()
                    };
                    self.repeat(index, next, &path, &segment, fields, names)?;
                }
                Some(
                    Block::Sequence
                    | Block::Branch
                    | Block::Add
                    | Block::Concat
                    | Block::Mul
                    | Block::Sub
                    | Block::Mix
                    | Block::Split
                    | Block::Residual,
                ) => {
                    let mut inner = prefix.to_vec();
                    if row.name.is_some() {
                        inner.push(segment);
                    }
                    self.collect(index + 1, next, &inner, fields, names)?;
                }
                None if row.step.params == 0 && row.step.non_trainable_params == 0 => {}
                None => {
                    let ty = layer_type(row)?;
                    let len = Totals::of(&row.step).total().ok()?;
                    let name = unique(&joined(prefix, &segment), index, names);
                    let doc = format!(
                        "`{}`: `{}`, {} to {}, {len} values.",
                        row.name.as_deref().unwrap_or("(unnamed)"),
                        row.spec,
                        row.input,
                        row.step.output
                    );
                    fields.push(Field {
                        name,
                        ty,
                        count: 1,
                        doc,
                    });
                }
            }
            index = next;
        }
        Some(())
    }

    /// A `repeat` at row `index`, its contents up to `end`.
    fn repeat(
        &mut self,
        index: usize,
        end: usize,
        path: &[String],
        segment: &str,
        fields: &mut Vec<Field>,
        names: &mut HashSet<String>,
    ) -> Option<()> {
        let repeat = self.rows.get(index)?;
        let Kind::Block(Block::Repeat(_)) = repeat.kind else {
            return None;
        };
        // The direct children: each round lists the body's statements.
        let mut children = Vec::new();
        let mut child = index + 1;
        while child < end {
            children.push(child);
            child = (child + 1).checked_add(self.rows[child].rows as usize)?;
        }
        let alike = children.last().map_or(1, |&last| self.rows[last].times);
        let listed = usize::try_from(repeat.listed_rounds)
            .ok()
            .filter(|&n| n > 0)?;
        if children.len() % listed != 0 {
            return None;
        }
        let per_round = children.len() / listed;
        for round in 0..listed {
            let first = *children.get(round * per_round)?;
            let last = children
                .get((round + 1) * per_round)
                .copied()
                .unwrap_or(end);
            let mut inner = path.to_vec();
            if alike > 1 && round + 1 == listed {
                let named = self.rows.get(index)?.name.is_some();
                let array_path = if named {
                    path.to_vec()
                } else {
                    joined(path, segment)
                };
                // One struct for the rounds alike, an array of it.
                let round_fields = self.fields(first, last, &[])?;
                if round_fields.is_empty() {
                    continue;
                }
                let type_name = self.type_name(&array_path);
                let doc = format!(
                    "One round of `{}` in [`{}`].",
                    array_path.join("_"),
                    self.base
                );
                let item = self.struct_tokens(&type_name, &doc, &round_fields);
                self.items.push(item);
                let field_name = if round == 0 {
                    array_path.join("_")
                } else {
                    format!("{}_from_{round}", array_path.join("_"))
                };
                let name = unique(&[field_name], index, names);
                let repeat = self.rows.get(index)?;
                fields.push(Field {
                    name,
                    ty: quote!(#type_name<T>),
                    count: alike,
                    doc: format!(
                        "`{}`: the last {alike} rounds of `{}`, alike.",
                        array_path.join("_"),
                        repeat.spec
                    ),
                });
            } else {
                inner.push(round.to_string());
                self.collect(first, last, &inner, fields, names)?;
            }
        }
        Some(())
    }

    /// `NetWeightsStage` for the rounds of `stage`, not taken before.
    fn type_name(&mut self, path: &[String]) -> Ident {
        let camel: String = path
            .iter()
            .flat_map(|segment| segment.split('_'))
            .map(|word| {
                let mut chars = word.chars();
                match chars.next() {
                    Some(first) => first.to_uppercase().chain(chars).collect(),
                    None => String::new(),
                }
            })
            .collect();
        let mut name = format!("{}{camel}", self.base);
        let mut suffix = 2;
        while !self.types.insert(name.clone()) {
            name = format!("{}{camel}{suffix}", self.base);
            suffix += 1;
        }
        ident(&name).unwrap_or_else(|| format_ident!("{}Round{}", self.base, self.types.len()))
    }

    /// A `#[repr(C)]` struct of `fields` and its `Weights` implementation,
    /// both written by the `cnn` crate's `__cnn_weights_struct!` from the
    /// one list of fields: the `unsafe impl` is that crate's code, sound
    /// for any list it is given (the argument is there), not an `unsafe`
    /// this macro writes into the user's crate.
    fn struct_tokens(&self, name: &Ident, doc: &str, fields: &[Field]) -> TokenStream {
        let vis = self.vis;
        let field_tokens = fields.iter().map(|field| {
            let Field { name, doc, .. } = field;
            let ty = field.full_type();
            quote! {
                #[doc = #doc]
                #name: #ty,
            }
        });
        quote! {
            ::cnn::__cnn_weights_struct! {
                #[doc = #doc]
                #vis struct #name<T> {
                    #(#field_tokens)*
                }
            }
        }
    }
}

/// The layer type of a row with parameters, its name and sizes from
/// `cnn-core`'s layout; `None` for a row without one.
fn layer_type(row: &Report) -> Option<TokenStream> {
    let layout = row.layout?;
    let name = Ident::new(layout.type_name(), Span::call_site());
    let args = layout
        .type_args()
        .as_slice()
        .iter()
        .map(|&n| Literal::u64_unsuffixed(n))
        .collect::<Vec<_>>();
    Some(quote!(::cnn::weights::#name<T, #(#args),*>))
}

fn starts_with_digit(text: &str) -> bool {
    text.as_bytes().first().is_some_and(u8::is_ascii_digit)
}

fn joined(prefix: &[String], segment: &str) -> Vec<String> {
    let mut path = prefix.to_vec();
    path.push(segment.to_string());
    path
}

/// A field name from `path`, made an identifier (`type` becomes `type_`)
/// and not taken before in this struct.
fn unique(path: &[String], row: usize, names: &mut HashSet<String>) -> Ident {
    let mut text = path.join("_");
    if ident(&text).is_none() {
        text.push('_');
    }
    if ident(&text).is_none() {
        text = format!("layer_{row}");
    }
    let base = text.clone();
    let mut suffix = 2;
    while !names.insert(text.clone()) {
        text = format!("{base}_{suffix}");
        suffix += 1;
    }
    ident(&text).unwrap_or_else(|| format_ident!("layer_{}_{}", row, names.len()))
}

/// `text` as an identifier, if it is one and not a keyword.
fn ident(text: &str) -> Option<Ident> {
    syn::parse_str::<Ident>(text).ok()
}
