cnn! {
    // Imported from res2net50_26w_4s.legacy.onnx (pytorch 2.15.0) by `cnn import`.
    pub struct Res2net5026w4sLegacy {
        input 224x224x3;
        conv 7x7x64 stride 2 pad 3;
        relu;
        v1: maxpool 3 stride 2 pad 1;
        conv 1x1x104;
        v2: relu;
        slice 0..26;
        conv 3x3x26 pad 1;
        v3: relu;
        from v2;
        slice 26..52;
        conv 3x3x26 pad 1;
        v4: relu;
        from v2;
        slice 52..78;
        conv 3x3x26 pad 1;
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
        v6: conv 1x1x256;
        from v1;
        conv 1x1x256;
        residual {
            from v6;
        }
        v7: relu;
        conv 1x1x104;
        v8: relu;
        slice 0..26;
        conv 3x3x26 pad 1;
        v9: relu;
        from v8;
        slice 26..52;
        residual {
            from v9;
        }
        conv 3x3x26 pad 1;
        v10: relu;
        from v8;
        slice 52..78;
        residual {
            from v10;
        }
        conv 3x3x26 pad 1;
        v11: relu;
        from v8;
        slice 78..104;
        concat {
            {
                from v9;
            }
            {
                from v10;
            }
            {
                from v11;
            }
            {}
        }
        conv 1x1x256;
        residual {
            from v7;
        }
        v12: relu;
        conv 1x1x104;
        v13: relu;
        slice 0..26;
        conv 3x3x26 pad 1;
        v14: relu;
        from v13;
        slice 26..52;
        residual {
            from v14;
        }
        conv 3x3x26 pad 1;
        v15: relu;
        from v13;
        slice 52..78;
        residual {
            from v15;
        }
        conv 3x3x26 pad 1;
        v16: relu;
        from v13;
        slice 78..104;
        concat {
            {
                from v14;
            }
            {
                from v15;
            }
            {
                from v16;
            }
            {}
        }
        conv 1x1x256;
        residual {
            from v12;
        }
        v17: relu;
        conv 1x1x208;
        v18: relu;
        slice 0..52;
        conv 3x3x52 stride 2 pad 1;
        v19: relu;
        from v18;
        slice 52..104;
        conv 3x3x52 stride 2 pad 1;
        v20: relu;
        from v18;
        slice 104..156;
        conv 3x3x52 stride 2 pad 1;
        v21: relu;
        from v18;
        slice 156..208;
        avgpool 3 stride 2 pad 1;
        concat {
            {
                from v19;
            }
            {
                from v20;
            }
            {
                from v21;
            }
            {}
        }
        v22: conv 1x1x512;
        from v17;
        conv 1x1x512 stride 2;
        residual {
            from v22;
        }
        v23: relu;
        conv 1x1x208;
        v24: relu;
        slice 0..52;
        conv 3x3x52 pad 1;
        v25: relu;
        from v24;
        slice 52..104;
        residual {
            from v25;
        }
        conv 3x3x52 pad 1;
        v26: relu;
        from v24;
        slice 104..156;
        residual {
            from v26;
        }
        conv 3x3x52 pad 1;
        v27: relu;
        from v24;
        slice 156..208;
        concat {
            {
                from v25;
            }
            {
                from v26;
            }
            {
                from v27;
            }
            {}
        }
        conv 1x1x512;
        residual {
            from v23;
        }
        v28: relu;
        conv 1x1x208;
        v29: relu;
        slice 0..52;
        conv 3x3x52 pad 1;
        v30: relu;
        from v29;
        slice 52..104;
        residual {
            from v30;
        }
        conv 3x3x52 pad 1;
        v31: relu;
        from v29;
        slice 104..156;
        residual {
            from v31;
        }
        conv 3x3x52 pad 1;
        v32: relu;
        from v29;
        slice 156..208;
        concat {
            {
                from v30;
            }
            {
                from v31;
            }
            {
                from v32;
            }
            {}
        }
        conv 1x1x512;
        residual {
            from v28;
        }
        v33: relu;
        conv 1x1x208;
        v34: relu;
        slice 0..52;
        conv 3x3x52 pad 1;
        v35: relu;
        from v34;
        slice 52..104;
        residual {
            from v35;
        }
        conv 3x3x52 pad 1;
        v36: relu;
        from v34;
        slice 104..156;
        residual {
            from v36;
        }
        conv 3x3x52 pad 1;
        v37: relu;
        from v34;
        slice 156..208;
        concat {
            {
                from v35;
            }
            {
                from v36;
            }
            {
                from v37;
            }
            {}
        }
        conv 1x1x512;
        residual {
            from v33;
        }
        v38: relu;
        conv 1x1x416;
        v39: relu;
        slice 0..104;
        conv 3x3x104 stride 2 pad 1;
        v40: relu;
        from v39;
        slice 104..208;
        conv 3x3x104 stride 2 pad 1;
        v41: relu;
        from v39;
        slice 208..312;
        conv 3x3x104 stride 2 pad 1;
        v42: relu;
        from v39;
        slice 312..416;
        avgpool 3 stride 2 pad 1;
        concat {
            {
                from v40;
            }
            {
                from v41;
            }
            {
                from v42;
            }
            {}
        }
        v43: conv 1x1x1024;
        from v38;
        conv 1x1x1024 stride 2;
        residual {
            from v43;
        }
        v44: relu;
        conv 1x1x416;
        v45: relu;
        slice 0..104;
        conv 3x3x104 pad 1;
        v46: relu;
        from v45;
        slice 104..208;
        residual {
            from v46;
        }
        conv 3x3x104 pad 1;
        v47: relu;
        from v45;
        slice 208..312;
        residual {
            from v47;
        }
        conv 3x3x104 pad 1;
        v48: relu;
        from v45;
        slice 312..416;
        concat {
            {
                from v46;
            }
            {
                from v47;
            }
            {
                from v48;
            }
            {}
        }
        conv 1x1x1024;
        residual {
            from v44;
        }
        v49: relu;
        conv 1x1x416;
        v50: relu;
        slice 0..104;
        conv 3x3x104 pad 1;
        v51: relu;
        from v50;
        slice 104..208;
        residual {
            from v51;
        }
        conv 3x3x104 pad 1;
        v52: relu;
        from v50;
        slice 208..312;
        residual {
            from v52;
        }
        conv 3x3x104 pad 1;
        v53: relu;
        from v50;
        slice 312..416;
        concat {
            {
                from v51;
            }
            {
                from v52;
            }
            {
                from v53;
            }
            {}
        }
        conv 1x1x1024;
        residual {
            from v49;
        }
        v54: relu;
        conv 1x1x416;
        v55: relu;
        slice 0..104;
        conv 3x3x104 pad 1;
        v56: relu;
        from v55;
        slice 104..208;
        residual {
            from v56;
        }
        conv 3x3x104 pad 1;
        v57: relu;
        from v55;
        slice 208..312;
        residual {
            from v57;
        }
        conv 3x3x104 pad 1;
        v58: relu;
        from v55;
        slice 312..416;
        concat {
            {
                from v56;
            }
            {
                from v57;
            }
            {
                from v58;
            }
            {}
        }
        conv 1x1x1024;
        residual {
            from v54;
        }
        v59: relu;
        conv 1x1x416;
        v60: relu;
        slice 0..104;
        conv 3x3x104 pad 1;
        v61: relu;
        from v60;
        slice 104..208;
        residual {
            from v61;
        }
        conv 3x3x104 pad 1;
        v62: relu;
        from v60;
        slice 208..312;
        residual {
            from v62;
        }
        conv 3x3x104 pad 1;
        v63: relu;
        from v60;
        slice 312..416;
        concat {
            {
                from v61;
            }
            {
                from v62;
            }
            {
                from v63;
            }
            {}
        }
        conv 1x1x1024;
        residual {
            from v59;
        }
        v64: relu;
        conv 1x1x416;
        v65: relu;
        slice 0..104;
        conv 3x3x104 pad 1;
        v66: relu;
        from v65;
        slice 104..208;
        residual {
            from v66;
        }
        conv 3x3x104 pad 1;
        v67: relu;
        from v65;
        slice 208..312;
        residual {
            from v67;
        }
        conv 3x3x104 pad 1;
        v68: relu;
        from v65;
        slice 312..416;
        concat {
            {
                from v66;
            }
            {
                from v67;
            }
            {
                from v68;
            }
            {}
        }
        conv 1x1x1024;
        residual {
            from v64;
        }
        v69: relu;
        conv 1x1x832;
        v70: relu;
        slice 0..208;
        conv 3x3x208 stride 2 pad 1;
        v71: relu;
        from v70;
        slice 208..416;
        conv 3x3x208 stride 2 pad 1;
        v72: relu;
        from v70;
        slice 416..624;
        conv 3x3x208 stride 2 pad 1;
        v73: relu;
        from v70;
        slice 624..832;
        avgpool 3 stride 2 pad 1;
        concat {
            {
                from v71;
            }
            {
                from v72;
            }
            {
                from v73;
            }
            {}
        }
        v74: conv 1x1x2048;
        from v69;
        conv 1x1x2048 stride 2;
        residual {
            from v74;
        }
        v75: relu;
        conv 1x1x832;
        v76: relu;
        slice 0..208;
        conv 3x3x208 pad 1;
        v77: relu;
        from v76;
        slice 208..416;
        residual {
            from v77;
        }
        conv 3x3x208 pad 1;
        v78: relu;
        from v76;
        slice 416..624;
        residual {
            from v78;
        }
        conv 3x3x208 pad 1;
        v79: relu;
        from v76;
        slice 624..832;
        concat {
            {
                from v77;
            }
            {
                from v78;
            }
            {
                from v79;
            }
            {}
        }
        conv 1x1x2048;
        residual {
            from v75;
        }
        v80: relu;
        conv 1x1x832;
        v81: relu;
        slice 0..208;
        conv 3x3x208 pad 1;
        v82: relu;
        from v81;
        slice 208..416;
        residual {
            from v82;
        }
        conv 3x3x208 pad 1;
        v83: relu;
        from v81;
        slice 416..624;
        residual {
            from v83;
        }
        conv 3x3x208 pad 1;
        v84: relu;
        from v81;
        slice 624..832;
        concat {
            {
                from v82;
            }
            {
                from v83;
            }
            {
                from v84;
            }
            {}
        }
        conv 1x1x2048;
        residual {
            from v80;
        }
        relu;
        gap;
        flatten;
        fc: fc 1000;
    }
}
