//! Two networks, one with a statement in PyTorch's spelling: the valid
//! one is still reported, the other never is.
use cnn::cnn;

cnn! {
    pub struct Valid { input 28x28x1; conv 3x3x8; relu; gap; fc 10; }

    pub struct Invalid { input 28x28x1; conv2d 3x3x8 padding 1; gap; linear 10; }
}
