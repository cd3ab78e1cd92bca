cnn::cnn! {
    pub struct Good { input 10; fc 2; }

    pub struct TooSmall {
        input 12x12x3;
        conv 5x5x8;
        pool 2;
        conv 5x5x16;
    }
}
