cnn! {
    // Imported from hgnetv2_lab.dynamo.onnx (pytorch 2.15.0+cu132) by `cnn import`.
    pub struct Hgnetv2LabDynamo {
        input 224x224x3;
        0: {
            conv: conv 3x3x16 stride 2 pad 1;
        }
        relu;
        affine;
        1: {
            conv: conv 3x3x32 stride 2 pad 1;
        }
        relu;
        affine;
        gap;
        flatten;
        4: fc 10;
    }
}
