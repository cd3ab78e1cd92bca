cnn! {
    // Imported from tests/int8/blocks.tflite (MLIR Converted.) by `cnn import`.
    #[cnn(int8)]
    pub struct Blocks {
        input 8x8x4;
        conv 3x3x8 pad same;
        relu;
        residual {
            conv 3x3x8 pad same;
        }
        leakyrelu slope 1e-1;
        concat {
            {
                dwconv 3x3 pad same;
            }
            {
                conv 1x1x4;
            }
        }
        mul {
            {}
            {
                gap;
                conv 1x1x12;
                sigmoid;
            }
        }
        hardswish;
        maxpool 2;
        fc 10;
        softmax;
    }
}
