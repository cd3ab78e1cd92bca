cnn! {
    // Imported from res2net50_26w_4s.dynamo.onnx (pytorch 2.15.0+cu132) by `cnn import`.
    pub struct Res2net5026w4sDynamo {
        input 224x224x3;
        conv1: conv 7x7x64 stride 2 pad 3;
        relu;
        v1: maxpool 3 stride 2 pad 1;
        layer1_0_conv1: conv 1x1x104;
        v2: relu;
        slice 0..26;
        layer1_0_convs_0: conv 3x3x26 pad 1;
        v3: relu;
        from v2;
        slice 26..52;
        layer1_0_convs_1: conv 3x3x26 pad 1;
        v4: relu;
        from v2;
        slice 52..78;
        layer1_0_convs_2: conv 3x3x26 pad 1;
        v5: relu;
        from v2;
        slice 78..104;
        avgpool 3 stride 1 pad 1;
        concat {
            {
                from v3;
            }
            {
                from v4;
            }
            {
                from v5;
            }
            {}
        }
        layer1_0_conv3: conv 1x1x256;
        from v1;
        layer1_0_downsample_0: conv 1x1x256;
        residual {
            from layer1_0_conv3;
        }
        v6: relu;
        layer1_1_conv1: conv 1x1x104;
        v7: relu;
        slice 0..26;
        layer1_1_convs_0: conv 3x3x26 pad 1;
        v8: relu;
        from v7;
        slice 26..52;
        residual {
            from v8;
        }
        layer1_1_convs_1: conv 3x3x26 pad 1;
        v9: relu;
        from v7;
        slice 52..78;
        residual {
            from v9;
        }
        layer1_1_convs_2: conv 3x3x26 pad 1;
        v10: relu;
        from v7;
        slice 78..104;
        concat {
            {
                from v8;
            }
            {
                from v9;
            }
            {
                from v10;
            }
            {}
        }
        layer1_1_conv3: conv 1x1x256;
        residual {
            from v6;
        }
        v11: relu;
        layer1_2_conv1: conv 1x1x104;
        v12: relu;
        slice 0..26;
        layer1_2_convs_0: conv 3x3x26 pad 1;
        v13: relu;
        from v12;
        slice 26..52;
        residual {
            from v13;
        }
        layer1_2_convs_1: conv 3x3x26 pad 1;
        v14: relu;
        from v12;
        slice 52..78;
        residual {
            from v14;
        }
        layer1_2_convs_2: conv 3x3x26 pad 1;
        v15: relu;
        from v12;
        slice 78..104;
        concat {
            {
                from v13;
            }
            {
                from v14;
            }
            {
                from v15;
            }
            {}
        }
        layer1_2_conv3: conv 1x1x256;
        residual {
            from v11;
        }
        v16: relu;
        layer2_0_conv1: conv 1x1x208;
        v17: relu;
        slice 0..52;
        layer2_0_convs_0: conv 3x3x52 stride 2 pad 1;
        v18: relu;
        from v17;
        slice 52..104;
        layer2_0_convs_1: conv 3x3x52 stride 2 pad 1;
        v19: relu;
        from v17;
        slice 104..156;
        layer2_0_convs_2: conv 3x3x52 stride 2 pad 1;
        v20: relu;
        from v17;
        slice 156..208;
        avgpool 3 stride 2 pad 1;
        concat {
            {
                from v18;
            }
            {
                from v19;
            }
            {
                from v20;
            }
            {}
        }
        layer2_0_conv3: conv 1x1x512;
        from v16;
        layer2_0_downsample_0: conv 1x1x512 stride 2;
        residual {
            from layer2_0_conv3;
        }
        v21: relu;
        layer2_1_conv1: conv 1x1x208;
        v22: relu;
        slice 0..52;
        layer2_1_convs_0: conv 3x3x52 pad 1;
        v23: relu;
        from v22;
        slice 52..104;
        residual {
            from v23;
        }
        layer2_1_convs_1: conv 3x3x52 pad 1;
        v24: relu;
        from v22;
        slice 104..156;
        residual {
            from v24;
        }
        layer2_1_convs_2: conv 3x3x52 pad 1;
        v25: relu;
        from v22;
        slice 156..208;
        concat {
            {
                from v23;
            }
            {
                from v24;
            }
            {
                from v25;
            }
            {}
        }
        layer2_1_conv3: conv 1x1x512;
        residual {
            from v21;
        }
        v26: relu;
        layer2_2_conv1: conv 1x1x208;
        v27: relu;
        slice 0..52;
        layer2_2_convs_0: conv 3x3x52 pad 1;
        v28: relu;
        from v27;
        slice 52..104;
        residual {
            from v28;
        }
        layer2_2_convs_1: conv 3x3x52 pad 1;
        v29: relu;
        from v27;
        slice 104..156;
        residual {
            from v29;
        }
        layer2_2_convs_2: conv 3x3x52 pad 1;
        v30: relu;
        from v27;
        slice 156..208;
        concat {
            {
                from v28;
            }
            {
                from v29;
            }
            {
                from v30;
            }
            {}
        }
        layer2_2_conv3: conv 1x1x512;
        residual {
            from v26;
        }
        v31: relu;
        layer2_3_conv1: conv 1x1x208;
        v32: relu;
        slice 0..52;
        layer2_3_convs_0: conv 3x3x52 pad 1;
        v33: relu;
        from v32;
        slice 52..104;
        residual {
            from v33;
        }
        layer2_3_convs_1: conv 3x3x52 pad 1;
        v34: relu;
        from v32;
        slice 104..156;
        residual {
            from v34;
        }
        layer2_3_convs_2: conv 3x3x52 pad 1;
        v35: relu;
        from v32;
        slice 156..208;
        concat {
            {
                from v33;
            }
            {
                from v34;
            }
            {
                from v35;
            }
            {}
        }
        layer2_3_conv3: conv 1x1x512;
        residual {
            from v31;
        }
        v36: relu;
        layer3_0_conv1: conv 1x1x416;
        v37: relu;
        slice 0..104;
        layer3_0_convs_0: conv 3x3x104 stride 2 pad 1;
        v38: relu;
        from v37;
        slice 104..208;
        layer3_0_convs_1: conv 3x3x104 stride 2 pad 1;
        v39: relu;
        from v37;
        slice 208..312;
        layer3_0_convs_2: conv 3x3x104 stride 2 pad 1;
        v40: relu;
        from v37;
        slice 312..416;
        avgpool 3 stride 2 pad 1;
        concat {
            {
                from v38;
            }
            {
                from v39;
            }
            {
                from v40;
            }
            {}
        }
        layer3_0_conv3: conv 1x1x1024;
        from v36;
        layer3_0_downsample_0: conv 1x1x1024 stride 2;
        residual {
            from layer3_0_conv3;
        }
        v41: relu;
        layer3_1_conv1: conv 1x1x416;
        v42: relu;
        slice 0..104;
        layer3_1_convs_0: conv 3x3x104 pad 1;
        v43: relu;
        from v42;
        slice 104..208;
        residual {
            from v43;
        }
        layer3_1_convs_1: conv 3x3x104 pad 1;
        v44: relu;
        from v42;
        slice 208..312;
        residual {
            from v44;
        }
        layer3_1_convs_2: conv 3x3x104 pad 1;
        v45: relu;
        from v42;
        slice 312..416;
        concat {
            {
                from v43;
            }
            {
                from v44;
            }
            {
                from v45;
            }
            {}
        }
        layer3_1_conv3: conv 1x1x1024;
        residual {
            from v41;
        }
        v46: relu;
        layer3_2_conv1: conv 1x1x416;
        v47: relu;
        slice 0..104;
        layer3_2_convs_0: conv 3x3x104 pad 1;
        v48: relu;
        from v47;
        slice 104..208;
        residual {
            from v48;
        }
        layer3_2_convs_1: conv 3x3x104 pad 1;
        v49: relu;
        from v47;
        slice 208..312;
        residual {
            from v49;
        }
        layer3_2_convs_2: conv 3x3x104 pad 1;
        v50: relu;
        from v47;
        slice 312..416;
        concat {
            {
                from v48;
            }
            {
                from v49;
            }
            {
                from v50;
            }
            {}
        }
        layer3_2_conv3: conv 1x1x1024;
        residual {
            from v46;
        }
        v51: relu;
        layer3_3_conv1: conv 1x1x416;
        v52: relu;
        slice 0..104;
        layer3_3_convs_0: conv 3x3x104 pad 1;
        v53: relu;
        from v52;
        slice 104..208;
        residual {
            from v53;
        }
        layer3_3_convs_1: conv 3x3x104 pad 1;
        v54: relu;
        from v52;
        slice 208..312;
        residual {
            from v54;
        }
        layer3_3_convs_2: conv 3x3x104 pad 1;
        v55: relu;
        from v52;
        slice 312..416;
        concat {
            {
                from v53;
            }
            {
                from v54;
            }
            {
                from v55;
            }
            {}
        }
        layer3_3_conv3: conv 1x1x1024;
        residual {
            from v51;
        }
        v56: relu;
        layer3_4_conv1: conv 1x1x416;
        v57: relu;
        slice 0..104;
        layer3_4_convs_0: conv 3x3x104 pad 1;
        v58: relu;
        from v57;
        slice 104..208;
        residual {
            from v58;
        }
        layer3_4_convs_1: conv 3x3x104 pad 1;
        v59: relu;
        from v57;
        slice 208..312;
        residual {
            from v59;
        }
        layer3_4_convs_2: conv 3x3x104 pad 1;
        v60: relu;
        from v57;
        slice 312..416;
        concat {
            {
                from v58;
            }
            {
                from v59;
            }
            {
                from v60;
            }
            {}
        }
        layer3_4_conv3: conv 1x1x1024;
        residual {
            from v56;
        }
        v61: relu;
        layer3_5_conv1: conv 1x1x416;
        v62: relu;
        slice 0..104;
        layer3_5_convs_0: conv 3x3x104 pad 1;
        v63: relu;
        from v62;
        slice 104..208;
        residual {
            from v63;
        }
        layer3_5_convs_1: conv 3x3x104 pad 1;
        v64: relu;
        from v62;
        slice 208..312;
        residual {
            from v64;
        }
        layer3_5_convs_2: conv 3x3x104 pad 1;
        v65: relu;
        from v62;
        slice 312..416;
        concat {
            {
                from v63;
            }
            {
                from v64;
            }
            {
                from v65;
            }
            {}
        }
        layer3_5_conv3: conv 1x1x1024;
        residual {
            from v61;
        }
        v66: relu;
        layer4_0_conv1: conv 1x1x832;
        v67: relu;
        slice 0..208;
        layer4_0_convs_0: conv 3x3x208 stride 2 pad 1;
        v68: relu;
        from v67;
        slice 208..416;
        layer4_0_convs_1: conv 3x3x208 stride 2 pad 1;
        v69: relu;
        from v67;
        slice 416..624;
        layer4_0_convs_2: conv 3x3x208 stride 2 pad 1;
        v70: relu;
        from v67;
        slice 624..832;
        avgpool 3 stride 2 pad 1;
        concat {
            {
                from v68;
            }
            {
                from v69;
            }
            {
                from v70;
            }
            {}
        }
        layer4_0_conv3: conv 1x1x2048;
        from v66;
        layer4_0_downsample_0: conv 1x1x2048 stride 2;
        residual {
            from layer4_0_conv3;
        }
        v71: relu;
        layer4_1_conv1: conv 1x1x832;
        v72: relu;
        slice 0..208;
        layer4_1_convs_0: conv 3x3x208 pad 1;
        v73: relu;
        from v72;
        slice 208..416;
        residual {
            from v73;
        }
        layer4_1_convs_1: conv 3x3x208 pad 1;
        v74: relu;
        from v72;
        slice 416..624;
        residual {
            from v74;
        }
        layer4_1_convs_2: conv 3x3x208 pad 1;
        v75: relu;
        from v72;
        slice 624..832;
        concat {
            {
                from v73;
            }
            {
                from v74;
            }
            {
                from v75;
            }
            {}
        }
        layer4_1_conv3: conv 1x1x2048;
        residual {
            from v71;
        }
        v76: relu;
        layer4_2_conv1: conv 1x1x832;
        v77: relu;
        slice 0..208;
        layer4_2_convs_0: conv 3x3x208 pad 1;
        v78: relu;
        from v77;
        slice 208..416;
        residual {
            from v78;
        }
        layer4_2_convs_1: conv 3x3x208 pad 1;
        v79: relu;
        from v77;
        slice 416..624;
        residual {
            from v79;
        }
        layer4_2_convs_2: conv 3x3x208 pad 1;
        v80: relu;
        from v77;
        slice 624..832;
        concat {
            {
                from v78;
            }
            {
                from v79;
            }
            {
                from v80;
            }
            {}
        }
        layer4_2_conv3: conv 1x1x2048;
        residual {
            from v76;
        }
        relu;
        gap;
        flatten;
        fc: fc 1000;
    }
}
