cnn! {
    // Imported from hrnet_w18_small.legacy.onnx (pytorch 2.15.0) by `cnn import`.
    pub struct HrnetW18SmallLegacy {
        input 224x224x3;
        repeat 2 {
            conv 3x3x64 stride 2 pad 1;
            relu;
        }
        add {
            {
                conv 1x1x128;
            }
            {
                conv 1x1x32;
                relu;
                conv 3x3x32 pad 1;
                relu;
                conv 1x1x128;
            }
        }
        v3: relu;
        conv 3x3x16 pad 1;
        repeat 2 {
            relu;
            residual {
                conv 3x3x16 pad 1;
                relu;
                conv 3x3x16 pad 1;
            }
        }
        v6: relu;
        v7: conv 3x3x32 stride 2 pad 1;
        from v3;
        conv 3x3x32 stride 2 pad 1;
        repeat 2 {
            relu;
            residual {
                conv 3x3x32 pad 1;
                relu;
                conv 3x3x32 pad 1;
            }
        }
        v10: relu;
        conv 1x1x16;
        upsample 2;
        residual {
            from v6;
        }
        repeat 2 {
            relu;
            residual {
                conv 3x3x16 pad 1;
                relu;
                conv 3x3x16 pad 1;
            }
        }
        v13: relu;
        v14: conv 3x3x32 stride 2 pad 1;
        add {
            {
                from v7;
            }
            {
                from v10;
            }
        }
        v15: relu;
        add {
            {
                conv 3x3x32 pad 1;
                relu;
                conv 3x3x32 pad 1;
                residual {
                    from v15;
                }
                relu;
                residual {
                    conv 3x3x32 pad 1;
                    relu;
                    conv 3x3x32 pad 1;
                }
                v21: relu;
                conv 1x1x16;
                upsample 2;
                residual {
                    from v13;
                }
            }
            {
                conv 3x3x64 stride 2 pad 1;
                repeat 2 {
                    relu;
                    residual {
                        conv 3x3x64 pad 1;
                        relu;
                        conv 3x3x64 pad 1;
                    }
                }
                v18: relu;
                conv 1x1x16;
                upsample 4;
            }
        }
        repeat 2 {
            relu;
            residual {
                conv 3x3x16 pad 1;
                relu;
                conv 3x3x16 pad 1;
            }
        }
        v24: relu;
        v25: conv 3x3x32 stride 2 pad 1;
        v26: add {
            {
                from v14;
            }
            {
                from v21;
            }
        }
        from v18;
        conv 1x1x32;
        upsample 2;
        residual {
            from v26;
        }
        repeat 2 {
            relu;
            residual {
                conv 3x3x32 pad 1;
                relu;
                conv 3x3x32 pad 1;
            }
        }
        v29: relu;
        conv 1x1x16;
        upsample 2;
        v30: residual {
            from v24;
        }
        from v13;
        conv 3x3x16 stride 2 pad 1;
        relu;
        v31: conv 3x3x64 stride 2 pad 1;
        from v21;
        conv 3x3x64 stride 2 pad 1;
        residual {
            from v31;
        }
        residual {
            from v18;
        }
        v32: relu;
        add {
            {
                conv 3x3x64 pad 1;
                relu;
                conv 3x3x64 pad 1;
                residual {
                    from v32;
                }
                relu;
                residual {
                    conv 3x3x64 pad 1;
                    relu;
                    conv 3x3x64 pad 1;
                }
                v38: relu;
                conv 1x1x16;
                upsample 4;
                residual {
                    from v30;
                }
            }
            {
                conv 3x3x128 stride 2 pad 1;
                repeat 2 {
                    relu;
                    residual {
                        conv 3x3x128 pad 1;
                        relu;
                        conv 3x3x128 pad 1;
                    }
                }
                v35: relu;
                conv 1x1x16;
                upsample 8;
            }
        }
        v39: relu;
        conv 1x1x32;
        relu;
        conv 3x3x32 pad 1;
        relu;
        v40: conv 1x1x128;
        v41: add {
            {
                from v25;
            }
            {
                from v29;
            }
        }
        from v38;
        conv 1x1x32;
        upsample 2;
        v42: residual {
            from v41;
        }
        from v35;
        conv 1x1x32;
        upsample 4;
        residual {
            from v42;
        }
        v43: relu;
        conv 1x1x64;
        relu;
        conv 3x3x64 pad 1;
        relu;
        v44: conv 1x1x256;
        from v24;
        conv 3x3x16 stride 2 pad 1;
        relu;
        v45: conv 3x3x64 stride 2 pad 1;
        from v29;
        conv 3x3x64 stride 2 pad 1;
        residual {
            from v45;
        }
        v46: residual {
            from v38;
        }
        from v35;
        conv 1x1x64;
        upsample 2;
        residual {
            from v46;
        }
        v47: relu;
        conv 1x1x128;
        relu;
        conv 3x3x128 pad 1;
        relu;
        v48: conv 1x1x512;
        from v24;
        repeat 2 {
            conv 3x3x16 stride 2 pad 1;
            relu;
        }
        v49: conv 3x3x128 stride 2 pad 1;
        from v29;
        conv 3x3x32 stride 2 pad 1;
        relu;
        conv 3x3x128 stride 2 pad 1;
        v50: residual {
            from v49;
        }
        from v38;
        conv 3x3x128 stride 2 pad 1;
        residual {
            from v50;
        }
        residual {
            from v35;
        }
        v51: relu;
        conv 1x1x256;
        relu;
        conv 3x3x256 pad 1;
        relu;
        v52: conv 1x1x1024;
        from v39;
        conv 1x1x128;
        residual {
            from v40;
        }
        relu;
        conv 3x3x256 stride 2 pad 1;
        v53: relu;
        from v43;
        conv 1x1x256;
        residual {
            from v44;
        }
        relu;
        residual {
            from v53;
        }
        conv 3x3x512 stride 2 pad 1;
        v54: relu;
        from v47;
        conv 1x1x512;
        residual {
            from v48;
        }
        relu;
        residual {
            from v54;
        }
        conv 3x3x1024 stride 2 pad 1;
        v55: relu;
        from v51;
        conv 1x1x1024;
        residual {
            from v52;
        }
        relu;
        residual {
            from v55;
        }
        conv 1x1x2048;
        relu;
        gap;
        flatten;
        classifier: fc 1000;
    }
}
