cnn::cnn! {
    pub struct Empty {}
}
