cnn! {
    // Imported from dla34.legacy.onnx (pytorch 2.15.0) by `cnn import`.
    pub struct Dla34Legacy {
        input 224x224x3;
        conv 7x7x16 pad 3;
        relu;
        conv 3x3x16 pad 1;
        relu;
        conv 3x3x32 stride 2 pad 1;
        v1: relu;
        maxpool 2;
        v2: conv 1x1x64;
        from v1;
        conv 3x3x64 stride 2 pad 1;
        relu;
        conv 3x3x64 pad 1;
        residual {
            from v2;
        }
        v3: relu;
        conv 3x3x64 pad 1;
        relu;
        conv 3x3x64 pad 1;
        residual {
            from v3;
        }
        relu;
        concat {
            {}
            {
                from v3;
            }
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
        v7: relu;
        conv 3x3x128 pad 1;
        relu;
        conv 3x3x128 pad 1;
        residual {
            from v7;
        }
        relu;
        concat {
            {}
            {
                from v7;
            }
        }
        conv 1x1x128;
        v8: relu;
        conv 3x3x128 pad 1;
        relu;
        conv 3x3x128 pad 1;
        residual {
            from v8;
        }
        v9: relu;
        conv 3x3x128 pad 1;
        relu;
        conv 3x3x128 pad 1;
        residual {
            from v9;
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
        v13: relu;
        conv 3x3x256 pad 1;
        relu;
        conv 3x3x256 pad 1;
        residual {
            from v13;
        }
        relu;
        concat {
            {}
            {
                from v13;
            }
        }
        conv 1x1x256;
        v14: relu;
        conv 3x3x256 pad 1;
        relu;
        conv 3x3x256 pad 1;
        residual {
            from v14;
        }
        v15: relu;
        conv 3x3x256 pad 1;
        relu;
        conv 3x3x256 pad 1;
        residual {
            from v15;
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
        v16: relu;
        v17: maxpool 2;
        v18: conv 1x1x512;
        from v16;
        conv 3x3x512 stride 2 pad 1;
        relu;
        conv 3x3x512 pad 1;
        residual {
            from v18;
        }
        v19: relu;
        conv 3x3x512 pad 1;
        relu;
        conv 3x3x512 pad 1;
        residual {
            from v19;
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
