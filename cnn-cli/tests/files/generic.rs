cnn::cnn! {
    pub struct Net<T> {
        input 10;
        fc 10;
    }
}
