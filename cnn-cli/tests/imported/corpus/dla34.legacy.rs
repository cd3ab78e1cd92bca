cnn! {
    // Imported from dla34.legacy.onnx (pytorch 2.15.0) by `cnn import`.
    pub struct Dla34Legacy {
        input 224x224x3;
        conv 7x7x16 pad 3;
        relu;
        conv 3x3x16 pad 1;
        relu;
        conv 3x3x32 stride 2 pad 1;
        relu;
        add {
            {
                conv 3x3x64 stride 2 pad 1;
                relu;
                conv 3x3x64 pad 1;
            }
            {
                maxpool 2;
                conv 1x1x64;
            }
        }
        relu;
        concat {
            {
                residual {
                    conv 3x3x64 pad 1;
                    relu;
                    conv 3x3x64 pad 1;
                }
                relu;
            }
            {}
        }
        conv 1x1x64;
        v4: relu;
        v5: maxpool 2;
        from v4;
        maxpool 2;
        v6: conv 1x1x128;
        from v4;
        conv 3x3x128 stride 2 pad 1;
        relu;
        conv 3x3x128 pad 1;
        residual {
            from v6;
        }
        relu;
        concat {
            {
                residual {
                    conv 3x3x128 pad 1;
                    relu;
                    conv 3x3x128 pad 1;
                }
                relu;
            }
            {}
        }
        conv 1x1x128;
        v8: relu;
        residual {
            conv 3x3x128 pad 1;
            relu;
            conv 3x3x128 pad 1;
        }
        v9: relu;
        residual {
            conv 3x3x128 pad 1;
            relu;
            conv 3x3x128 pad 1;
        }
        relu;
        concat {
            {}
            {
                from v9;
            }
            {
                from v5;
            }
            {
                from v8;
            }
        }
        conv 1x1x128;
        v10: relu;
        v11: maxpool 2;
        from v10;
        maxpool 2;
        v12: conv 1x1x256;
        from v10;
        conv 3x3x256 stride 2 pad 1;
        relu;
        conv 3x3x256 pad 1;
        residual {
            from v12;
        }
        relu;
        concat {
            {
                residual {
                    conv 3x3x256 pad 1;
                    relu;
                    conv 3x3x256 pad 1;
                }
                relu;
            }
            {}
        }
        conv 1x1x256;
        v14: relu;
        residual {
            conv 3x3x256 pad 1;
            relu;
            conv 3x3x256 pad 1;
        }
        v15: relu;
        residual {
            conv 3x3x256 pad 1;
            relu;
            conv 3x3x256 pad 1;
        }
        relu;
        concat {
            {}
            {
                from v15;
            }
            {
                from v11;
            }
            {
                from v14;
            }
        }
        conv 1x1x256;
        relu;
        add {
            {
                conv 3x3x512 stride 2 pad 1;
                relu;
                conv 3x3x512 pad 1;
            }
            {
                v17: maxpool 2;
                conv 1x1x512;
            }
        }
        v19: relu;
        residual {
            conv 3x3x512 pad 1;
            relu;
            conv 3x3x512 pad 1;
        }
        relu;
        concat {
            {}
            {
                from v19;
            }
            {
                from v17;
            }
        }
        conv 1x1x512;
        relu;
        gap;
        fc: conv 1x1x1000;
        flatten;
    }
}
