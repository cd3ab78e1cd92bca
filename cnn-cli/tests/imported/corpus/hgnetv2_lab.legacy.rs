cnn! {
    // Imported from hgnetv2_lab.legacy.onnx (pytorch 2.15.0) by `cnn import`.
    pub struct Hgnetv2LabLegacy {
        input 224x224x3;
        conv 3x3x16 stride 2 pad 1;
        relu;
        affine;
        conv 3x3x32 stride 2 pad 1;
        relu;
        affine;
        gap;
        flatten;
        4: fc 10;
    }
}
