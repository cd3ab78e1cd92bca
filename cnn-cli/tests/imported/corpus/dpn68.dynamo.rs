cnn! {
    // Imported from dpn68.dynamo.onnx (pytorch 2.15.0+cu132) by `cnn import`.
    pub struct Dpn68Dynamo {
        input 224x224x3;
        features_conv1_1_conv: conv 3x3x10 stride 2 pad 1;
        relu;
        v1: maxpool 3 stride 2 pad 1;
        features_conv2_1_c1x1_w_s1_bn: bn eps 1e-3;
        relu;
        features_conv2_1_c1x1_w_s1_conv: conv 1x1x96 nobias;
        v2: slice 0..64;
        from features_conv2_1_c1x1_w_s1_conv;
        v3: slice 64..96;
        from v1;
        features_conv2_1_c1x1_a_bn: bn eps 1e-3;
        relu;
        features_conv2_1_c1x1_a_conv: conv 1x1x128;
        relu;
        features_conv2_1_c3x3_b_conv: conv 3x3x128 groups 32 pad 1;
        relu;
        features_conv2_1_c1x1_c_conv: conv 1x1x80 nobias;
        slice 0..64;
        v4: residual {
            from v2;
        }
        from features_conv2_1_c1x1_c_conv;
        slice 64..80;
        v5: concat {
            {
                from v4;
            }
            {
                from v3;
            }
            {}
        }
        v6: slice 0..64;
        from v5;
        v7: slice 64..112;
        from v5;
        features_conv2_2_c1x1_a_bn: bn eps 1e-3;
        relu;
        features_conv2_2_c1x1_a_conv: conv 1x1x128;
        relu;
        features_conv2_2_c3x3_b_conv: conv 3x3x128 groups 32 pad 1;
        relu;
        features_conv2_2_c1x1_c_conv: conv 1x1x80 nobias;
        slice 0..64;
        v8: residual {
            from v6;
        }
        from features_conv2_2_c1x1_c_conv;
        slice 64..80;
        v9: concat {
            {
                from v8;
            }
            {
                from v7;
            }
            {}
        }
        v10: slice 0..64;
        from v9;
        v11: slice 64..128;
        from v9;
        features_conv2_3_c1x1_a_bn: bn eps 1e-3;
        relu;
        features_conv2_3_c1x1_a_conv: conv 1x1x128;
        relu;
        features_conv2_3_c3x3_b_conv: conv 3x3x128 groups 32 pad 1;
        relu;
        features_conv2_3_c1x1_c_conv: conv 1x1x80 nobias;
        slice 0..64;
        v12: residual {
            from v10;
        }
        from features_conv2_3_c1x1_c_conv;
        slice 64..80;
        v13: concat {
            {
                from v12;
            }
            {
                from v11;
            }
            {}
        }
        features_conv3_1_c1x1_w_s2_bn: bn eps 1e-3;
        relu;
        features_conv3_1_c1x1_w_s2_conv: conv 1x1x192 stride 2 nobias;
        v14: slice 0..128;
        from features_conv3_1_c1x1_w_s2_conv;
        v15: slice 128..192;
        from v13;
        features_conv3_1_c1x1_a_bn: bn eps 1e-3;
        relu;
        features_conv3_1_c1x1_a_conv: conv 1x1x256;
        relu;
        features_conv3_1_c3x3_b_conv: conv 3x3x256 groups 32 stride 2 pad 1;
        relu;
        features_conv3_1_c1x1_c_conv: conv 1x1x160 nobias;
        slice 0..128;
        v16: residual {
            from v14;
        }
        from features_conv3_1_c1x1_c_conv;
        slice 128..160;
        v17: concat {
            {
                from v16;
            }
            {
                from v15;
            }
            {}
        }
        v18: slice 0..128;
        from v17;
        v19: slice 128..224;
        from v17;
        features_conv3_2_c1x1_a_bn: bn eps 1e-3;
        relu;
        features_conv3_2_c1x1_a_conv: conv 1x1x256;
        relu;
        features_conv3_2_c3x3_b_conv: conv 3x3x256 groups 32 pad 1;
        relu;
        features_conv3_2_c1x1_c_conv: conv 1x1x160 nobias;
        slice 0..128;
        v20: residual {
            from v18;
        }
        from features_conv3_2_c1x1_c_conv;
        slice 128..160;
        v21: concat {
            {
                from v20;
            }
            {
                from v19;
            }
            {}
        }
        v22: slice 0..128;
        from v21;
        v23: slice 128..256;
        from v21;
        features_conv3_3_c1x1_a_bn: bn eps 1e-3;
        relu;
        features_conv3_3_c1x1_a_conv: conv 1x1x256;
        relu;
        features_conv3_3_c3x3_b_conv: conv 3x3x256 groups 32 pad 1;
        relu;
        features_conv3_3_c1x1_c_conv: conv 1x1x160 nobias;
        slice 0..128;
        v24: residual {
            from v22;
        }
        from features_conv3_3_c1x1_c_conv;
        slice 128..160;
        v25: concat {
            {
                from v24;
            }
            {
                from v23;
            }
            {}
        }
        v26: slice 0..128;
        from v25;
        v27: slice 128..288;
        from v25;
        features_conv3_4_c1x1_a_bn: bn eps 1e-3;
        relu;
        features_conv3_4_c1x1_a_conv: conv 1x1x256;
        relu;
        features_conv3_4_c3x3_b_conv: conv 3x3x256 groups 32 pad 1;
        relu;
        features_conv3_4_c1x1_c_conv: conv 1x1x160 nobias;
        slice 0..128;
        v28: residual {
            from v26;
        }
        from features_conv3_4_c1x1_c_conv;
        slice 128..160;
        v29: concat {
            {
                from v28;
            }
            {
                from v27;
            }
            {}
        }
        features_conv4_1_c1x1_w_s2_bn: bn eps 1e-3;
        relu;
        features_conv4_1_c1x1_w_s2_conv: conv 1x1x320 stride 2 nobias;
        v30: slice 0..256;
        from features_conv4_1_c1x1_w_s2_conv;
        v31: slice 256..320;
        from v29;
        features_conv4_1_c1x1_a_bn: bn eps 1e-3;
        relu;
        features_conv4_1_c1x1_a_conv: conv 1x1x512;
        relu;
        features_conv4_1_c3x3_b_conv: conv 3x3x512 groups 32 stride 2 pad 1;
        relu;
        features_conv4_1_c1x1_c_conv: conv 1x1x288 nobias;
        slice 0..256;
        v32: residual {
            from v30;
        }
        from features_conv4_1_c1x1_c_conv;
        slice 256..288;
        v33: concat {
            {
                from v32;
            }
            {
                from v31;
            }
            {}
        }
        v34: slice 0..256;
        from v33;
        v35: slice 256..352;
        from v33;
        features_conv4_2_c1x1_a_bn: bn eps 1e-3;
        relu;
        features_conv4_2_c1x1_a_conv: conv 1x1x512;
        relu;
        features_conv4_2_c3x3_b_conv: conv 3x3x512 groups 32 pad 1;
        relu;
        features_conv4_2_c1x1_c_conv: conv 1x1x288 nobias;
        slice 0..256;
        v36: residual {
            from v34;
        }
        from features_conv4_2_c1x1_c_conv;
        slice 256..288;
        v37: concat {
            {
                from v36;
            }
            {
                from v35;
            }
            {}
        }
        v38: slice 0..256;
        from v37;
        v39: slice 256..384;
        from v37;
        features_conv4_3_c1x1_a_bn: bn eps 1e-3;
        relu;
        features_conv4_3_c1x1_a_conv: conv 1x1x512;
        relu;
        features_conv4_3_c3x3_b_conv: conv 3x3x512 groups 32 pad 1;
        relu;
        features_conv4_3_c1x1_c_conv: conv 1x1x288 nobias;
        slice 0..256;
        v40: residual {
            from v38;
        }
        from features_conv4_3_c1x1_c_conv;
        slice 256..288;
        v41: concat {
            {
                from v40;
            }
            {
                from v39;
            }
            {}
        }
        v42: slice 0..256;
        from v41;
        v43: slice 256..416;
        from v41;
        features_conv4_4_c1x1_a_bn: bn eps 1e-3;
        relu;
        features_conv4_4_c1x1_a_conv: conv 1x1x512;
        relu;
        features_conv4_4_c3x3_b_conv: conv 3x3x512 groups 32 pad 1;
        relu;
        features_conv4_4_c1x1_c_conv: conv 1x1x288 nobias;
        slice 0..256;
        v44: residual {
            from v42;
        }
        from features_conv4_4_c1x1_c_conv;
        slice 256..288;
        v45: concat {
            {
                from v44;
            }
            {
                from v43;
            }
            {}
        }
        v46: slice 0..256;
        from v45;
        v47: slice 256..448;
        from v45;
        features_conv4_5_c1x1_a_bn: bn eps 1e-3;
        relu;
        features_conv4_5_c1x1_a_conv: conv 1x1x512;
        relu;
        features_conv4_5_c3x3_b_conv: conv 3x3x512 groups 32 pad 1;
        relu;
        features_conv4_5_c1x1_c_conv: conv 1x1x288 nobias;
        slice 0..256;
        v48: residual {
            from v46;
        }
        from features_conv4_5_c1x1_c_conv;
        slice 256..288;
        v49: concat {
            {
                from v48;
            }
            {
                from v47;
            }
            {}
        }
        v50: slice 0..256;
        from v49;
        v51: slice 256..480;
        from v49;
        features_conv4_6_c1x1_a_bn: bn eps 1e-3;
        relu;
        features_conv4_6_c1x1_a_conv: conv 1x1x512;
        relu;
        features_conv4_6_c3x3_b_conv: conv 3x3x512 groups 32 pad 1;
        relu;
        features_conv4_6_c1x1_c_conv: conv 1x1x288 nobias;
        slice 0..256;
        v52: residual {
            from v50;
        }
        from features_conv4_6_c1x1_c_conv;
        slice 256..288;
        v53: concat {
            {
                from v52;
            }
            {
                from v51;
            }
            {}
        }
        v54: slice 0..256;
        from v53;
        v55: slice 256..512;
        from v53;
        features_conv4_7_c1x1_a_bn: bn eps 1e-3;
        relu;
        features_conv4_7_c1x1_a_conv: conv 1x1x512;
        relu;
        features_conv4_7_c3x3_b_conv: conv 3x3x512 groups 32 pad 1;
        relu;
        features_conv4_7_c1x1_c_conv: conv 1x1x288 nobias;
        slice 0..256;
        v56: residual {
            from v54;
        }
        from features_conv4_7_c1x1_c_conv;
        slice 256..288;
        v57: concat {
            {
                from v56;
            }
            {
                from v55;
            }
            {}
        }
        v58: slice 0..256;
        from v57;
        v59: slice 256..544;
        from v57;
        features_conv4_8_c1x1_a_bn: bn eps 1e-3;
        relu;
        features_conv4_8_c1x1_a_conv: conv 1x1x512;
        relu;
        features_conv4_8_c3x3_b_conv: conv 3x3x512 groups 32 pad 1;
        relu;
        features_conv4_8_c1x1_c_conv: conv 1x1x288 nobias;
        slice 0..256;
        v60: residual {
            from v58;
        }
        from features_conv4_8_c1x1_c_conv;
        slice 256..288;
        v61: concat {
            {
                from v60;
            }
            {
                from v59;
            }
            {}
        }
        v62: slice 0..256;
        from v61;
        v63: slice 256..576;
        from v61;
        features_conv4_9_c1x1_a_bn: bn eps 1e-3;
        relu;
        features_conv4_9_c1x1_a_conv: conv 1x1x512;
        relu;
        features_conv4_9_c3x3_b_conv: conv 3x3x512 groups 32 pad 1;
        relu;
        features_conv4_9_c1x1_c_conv: conv 1x1x288 nobias;
        slice 0..256;
        v64: residual {
            from v62;
        }
        from features_conv4_9_c1x1_c_conv;
        slice 256..288;
        v65: concat {
            {
                from v64;
            }
            {
                from v63;
            }
            {}
        }
        v66: slice 0..256;
        from v65;
        v67: slice 256..608;
        from v65;
        features_conv4_10_c1x1_a_bn: bn eps 1e-3;
        relu;
        features_conv4_10_c1x1_a_conv: conv 1x1x512;
        relu;
        features_conv4_10_c3x3_b_conv: conv 3x3x512 groups 32 pad 1;
        relu;
        features_conv4_10_c1x1_c_conv: conv 1x1x288 nobias;
        slice 0..256;
        v68: residual {
            from v66;
        }
        from features_conv4_10_c1x1_c_conv;
        slice 256..288;
        v69: concat {
            {
                from v68;
            }
            {
                from v67;
            }
            {}
        }
        v70: slice 0..256;
        from v69;
        v71: slice 256..640;
        from v69;
        features_conv4_11_c1x1_a_bn: bn eps 1e-3;
        relu;
        features_conv4_11_c1x1_a_conv: conv 1x1x512;
        relu;
        features_conv4_11_c3x3_b_conv: conv 3x3x512 groups 32 pad 1;
        relu;
        features_conv4_11_c1x1_c_conv: conv 1x1x288 nobias;
        slice 0..256;
        v72: residual {
            from v70;
        }
        from features_conv4_11_c1x1_c_conv;
        slice 256..288;
        v73: concat {
            {
                from v72;
            }
            {
                from v71;
            }
            {}
        }
        v74: slice 0..256;
        from v73;
        v75: slice 256..672;
        from v73;
        features_conv4_12_c1x1_a_bn: bn eps 1e-3;
        relu;
        features_conv4_12_c1x1_a_conv: conv 1x1x512;
        relu;
        features_conv4_12_c3x3_b_conv: conv 3x3x512 groups 32 pad 1;
        relu;
        features_conv4_12_c1x1_c_conv: conv 1x1x288 nobias;
        slice 0..256;
        v76: residual {
            from v74;
        }
        from features_conv4_12_c1x1_c_conv;
        slice 256..288;
        v77: concat {
            {
                from v76;
            }
            {
                from v75;
            }
            {}
        }
        features_conv5_1_c1x1_w_s2_bn: bn eps 1e-3;
        relu;
        features_conv5_1_c1x1_w_s2_conv: conv 1x1x640 stride 2 nobias;
        v78: slice 0..512;
        from features_conv5_1_c1x1_w_s2_conv;
        v79: slice 512..640;
        from v77;
        features_conv5_1_c1x1_a_bn: bn eps 1e-3;
        relu;
        features_conv5_1_c1x1_a_conv: conv 1x1x1024;
        relu;
        features_conv5_1_c3x3_b_conv: conv 3x3x1024 groups 32 stride 2 pad 1;
        relu;
        features_conv5_1_c1x1_c_conv: conv 1x1x576 nobias;
        slice 0..512;
        v80: residual {
            from v78;
        }
        from features_conv5_1_c1x1_c_conv;
        slice 512..576;
        v81: concat {
            {
                from v80;
            }
            {
                from v79;
            }
            {}
        }
        v82: slice 0..512;
        from v81;
        v83: slice 512..704;
        from v81;
        features_conv5_2_c1x1_a_bn: bn eps 1e-3;
        relu;
        features_conv5_2_c1x1_a_conv: conv 1x1x1024;
        relu;
        features_conv5_2_c3x3_b_conv: conv 3x3x1024 groups 32 pad 1;
        relu;
        features_conv5_2_c1x1_c_conv: conv 1x1x576 nobias;
        slice 0..512;
        v84: residual {
            from v82;
        }
        from features_conv5_2_c1x1_c_conv;
        slice 512..576;
        v85: concat {
            {
                from v84;
            }
            {
                from v83;
            }
            {}
        }
        v86: slice 0..512;
        from v85;
        v87: slice 512..768;
        from v85;
        features_conv5_3_c1x1_a_bn: bn eps 1e-3;
        relu;
        features_conv5_3_c1x1_a_conv: conv 1x1x1024;
        relu;
        features_conv5_3_c3x3_b_conv: conv 3x3x1024 groups 32 pad 1;
        relu;
        features_conv5_3_c1x1_c_conv: conv 1x1x576 nobias;
        slice 0..512;
        v88: residual {
            from v86;
        }
        from features_conv5_3_c1x1_c_conv;
        slice 512..576;
        concat {
            {
                from v88;
            }
            {
                from v87;
            }
            {}
        }
        features_conv5_bn_ac_bn: bn eps 1e-3;
        relu;
        gap;
        classifier: conv 1x1x1000;
        flatten;
    }
}
