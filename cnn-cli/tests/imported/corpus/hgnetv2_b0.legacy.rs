cnn! {
    // Imported from hgnetv2_b0.legacy.onnx (pytorch 2.15.0) by `cnn import`.
    pub struct Hgnetv2B0Legacy {
        input 224x224x3;
        conv 3x3x16 stride 2 pad 1;
        relu;
        affine;
        zeropad 0 end 1;
        concat {
            {
                maxpool 2 stride 1 ceil;
            }
            {
                conv 2x2x8;
                relu;
                affine;
                conv 2x2x16 pad same;
                relu;
                affine;
            }
        }
        conv 3x3x16 stride 2 pad 1;
        relu;
        affine;
        conv 1x1x16;
        relu;
        affine;
        concat {
            {}
            {
                conv 3x3x16 pad 1;
                relu;
                affine;
                concat {
                    {}
                    {
                        conv 3x3x16 pad 1;
                        relu;
                        affine;
                        concat {
                            {}
                            {
                                conv 3x3x16 pad 1;
                                relu;
                                affine;
                            }
                        }
                    }
                }
            }
        }
        conv 1x1x32;
        relu;
        affine;
        conv 1x1x64;
        relu;
        affine;
        dwconv 3x3 stride 2 pad 1;
        concat {
            {}
            {
                conv 3x3x32 pad 1;
                relu;
                affine;
                concat {
                    {}
                    {
                        conv 3x3x32 pad 1;
                        relu;
                        affine;
                        concat {
                            {}
                            {
                                conv 3x3x32 pad 1;
                                relu;
                                affine;
                            }
                        }
                    }
                }
            }
        }
        conv 1x1x128;
        relu;
        affine;
        conv 1x1x256;
        relu;
        affine;
        dwconv 3x3 stride 2 pad 1;
        concat {
            {}
            {
                conv 1x1x64;
                dwconv 5x5 pad 2;
                relu;
                affine;
                concat {
                    {}
                    {
                        conv 1x1x64;
                        dwconv 5x5 pad 2;
                        relu;
                        affine;
                        concat {
                            {}
                            {
                                conv 1x1x64;
                                dwconv 5x5 pad 2;
                                relu;
                                affine;
                            }
                        }
                    }
                }
            }
        }
        conv 1x1x256;
        relu;
        affine;
        conv 1x1x512;
        relu;
        affine;
        residual {
            concat {
                {}
                {
                    conv 1x1x64;
                    dwconv 5x5 pad 2;
                    relu;
                    affine;
                    concat {
                        {}
                        {
                            conv 1x1x64;
                            dwconv 5x5 pad 2;
                            relu;
                            affine;
                            concat {
                                {}
                                {
                                    conv 1x1x64;
                                    dwconv 5x5 pad 2;
                                    relu;
                                    affine;
                                }
                            }
                        }
                    }
                }
            }
            conv 1x1x256;
            relu;
            affine;
            conv 1x1x512;
            relu;
            affine;
        }
        dwconv 3x3 stride 2 pad 1;
        concat {
            {}
            {
                conv 1x1x128;
                dwconv 5x5 pad 2;
                relu;
                affine;
                concat {
                    {}
                    {
                        conv 1x1x128;
                        dwconv 5x5 pad 2;
                        relu;
                        affine;
                        concat {
                            {}
                            {
                                conv 1x1x128;
                                dwconv 5x5 pad 2;
                                relu;
                                affine;
                            }
                        }
                    }
                }
            }
        }
        conv 1x1x512;
        relu;
        affine;
        conv 1x1x1024;
        relu;
        affine;
        gap;
        head: {
            last_conv: {
                0: conv 1x1x2048 nobias;
            }
            relu;
            affine;
            flatten;
            fc: fc 1000;
        }
    }
}
