//! A layer's parameters: the article's formula for their count,
//! how they are laid out as arrays and the tensors PyTorch's `state_dict`
//! keeps them in.

pub mod formula;
pub mod layout;
pub mod state_dict;
