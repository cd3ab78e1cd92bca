cnn! {
    // Imported from lcnet_050.opset16.onnx (pytorch 2.15.0) by `cnn import`.
    pub struct Lcnet050Opset16 {
        input 224x224x3;
        conv 3x3x8 stride 2 pad 1;
        hardswish;
        dwconv 3x3 pad 1;
        hardswish;
        conv 1x1x16;
        hardswish;
        dwconv 3x3 stride 2 pad 1;
        hardswish;
        conv 1x1x32;
        hardswish;
        dwconv 3x3 pad 1;
        hardswish;
        conv 1x1x32;
        hardswish;
        dwconv 3x3 stride 2 pad 1;
        hardswish;
        conv 1x1x64;
        hardswish;
        dwconv 3x3 pad 1;
        hardswish;
        conv 1x1x64;
        hardswish;
        dwconv 3x3 stride 2 pad 1;
        repeat 5 {
            hardswish;
            conv 1x1x128;
            hardswish;
            dwconv 5x5 pad 2;
        }
        hardswish;
        conv 1x1x128;
        hardswish;
        dwconv 5x5 stride 2 pad 2;
        hardswish;
        blocks: {
            5: {
                0: {
                    se: {
                        mul {
                            {}
                            {
                                gap;
                                conv_reduce: conv 1x1x32;
                                relu;
                                conv_expand: conv 1x1x128;
                                hardsigmoid;
                            }
                        }
                    }
                }
                conv 1x1x256;
                hardswish;
                dwconv 5x5 pad 2;
                hardswish;
                1: {
                    se: {
                        mul {
                            {}
                            {
                                gap;
                                conv_reduce: conv 1x1x64;
                                relu;
                                conv_expand: conv 1x1x256;
                                hardsigmoid;
                            }
                        }
                    }
                }
            }
        }
        conv 1x1x256;
        hardswish;
        gap;
        conv_head: conv 1x1x1280;
        hardswish;
        flatten;
        classifier: fc 1000;
    }
}
