//! Mentions `cnn!` only where it is not an invocation.
/// ```
/// cnn::cnn! { pub struct InADocExample { input 10; fc 2; } }
/// ```
const TEXT: &str = "cnn! { pub struct InAString { input 10; } }";
// cnn! { pub struct InAComment { input 10; } }
macro_rules! net {
    ($name:ident) => {
        cnn::cnn! { pub struct $name { input 10; fc 2; } }
    };
}
