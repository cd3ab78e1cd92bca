cnn! {
    // Imported from fastvit_t8.legacy.onnx (pytorch 2.15.0) by `cnn import`.
    pub struct FastvitT8Legacy {
        input 224x224x3;
        add {
            {
                conv 1x1x48 stride 2;
            }
            {
                conv 3x3x48 stride 2 pad 1;
            }
        }
        gelu;
        add {
            {
                dwconv 1x1 stride 2;
            }
            {
                dwconv 3x3 stride 2 pad 1;
            }
        }
        gelu;
        stem: {
            2: {
                add {
                    {
                        identity: bn;
                    }
                    {
                        conv 1x1x48;
                    }
                }
            }
        }
        gelu;
        stages: {
            0: {
                blocks: {
                    0: {
                        token_mixer: {
                            residual {
                                sub {
                                    {
                                        mixer: {
                                            add {
                                                {
                                                    dwconv 1x1;
                                                }
                                                {
                                                    identity: bn;
                                                }
                                                {
                                                    dwconv 3x3 pad 1;
                                                }
                                            }
                                        }
                                    }
                                    {
                                        norm: {
                                            identity: bn;
                                        }
                                    }
                                }
                                layer_scale: {
                                    gamma: scale;
                                }
                            }
                        }
                        residual {
                            dwconv 7x7 pad 3;
                            mlp: {
                                fc1: conv 1x1x144;
                                gelu;
                                fc2: conv 1x1x48;
                            }
                            layer_scale: {
                                gamma: scale;
                            }
                        }
                    }
                    1: {
                        token_mixer: {
                            residual {
                                sub {
                                    {
                                        mixer: {
                                            add {
                                                {
                                                    dwconv 1x1;
                                                }
                                                {
                                                    identity: bn;
                                                }
                                                {
                                                    dwconv 3x3 pad 1;
                                                }
                                            }
                                        }
                                    }
                                    {
                                        norm: {
                                            identity: bn;
                                        }
                                    }
                                }
                                layer_scale: {
                                    gamma: scale;
                                }
                            }
                        }
                        residual {
                            dwconv 7x7 pad 3;
                            mlp: {
                                fc1: conv 1x1x144;
                                gelu;
                                fc2: conv 1x1x48;
                            }
                            layer_scale: {
                                gamma: scale;
                            }
                        }
                    }
                }
            }
            add {
                {
                    dwconv 7x7 multiplier 2 stride 2 pad 3;
                }
                {
                    dwconv 3x3 multiplier 2 stride 2 pad 1;
                }
            }
            1: {
                downsample: {
                    proj: {
                        1: {
                            add {
                                {
                                    identity: bn;
                                }
                                {
                                    conv 1x1x96;
                                }
                            }
                        }
                    }
                }
                gelu;
                blocks: {
                    0: {
                        token_mixer: {
                            residual {
                                sub {
                                    {
                                        mixer: {
                                            add {
                                                {
                                                    dwconv 1x1;
                                                }
                                                {
                                                    identity: bn;
                                                }
                                                {
                                                    dwconv 3x3 pad 1;
                                                }
                                            }
                                        }
                                    }
                                    {
                                        norm: {
                                            identity: bn;
                                        }
                                    }
                                }
                                layer_scale: {
                                    gamma: scale;
                                }
                            }
                        }
                        residual {
                            dwconv 7x7 pad 3;
                            mlp: {
                                fc1: conv 1x1x288;
                                gelu;
                                fc2: conv 1x1x96;
                            }
                            layer_scale: {
                                gamma: scale;
                            }
                        }
                    }
                    1: {
                        token_mixer: {
                            residual {
                                sub {
                                    {
                                        mixer: {
                                            add {
                                                {
                                                    dwconv 1x1;
                                                }
                                                {
                                                    identity: bn;
                                                }
                                                {
                                                    dwconv 3x3 pad 1;
                                                }
                                            }
                                        }
                                    }
                                    {
                                        norm: {
                                            identity: bn;
                                        }
                                    }
                                }
                                layer_scale: {
                                    gamma: scale;
                                }
                            }
                        }
                        residual {
                            dwconv 7x7 pad 3;
                            mlp: {
                                fc1: conv 1x1x288;
                                gelu;
                                fc2: conv 1x1x96;
                            }
                            layer_scale: {
                                gamma: scale;
                            }
                        }
                    }
                }
            }
            add {
                {
                    dwconv 7x7 multiplier 2 stride 2 pad 3;
                }
                {
                    dwconv 3x3 multiplier 2 stride 2 pad 1;
                }
            }
            2: {
                downsample: {
                    proj: {
                        1: {
                            add {
                                {
                                    identity: bn;
                                }
                                {
                                    conv 1x1x192;
                                }
                            }
                        }
                    }
                }
                gelu;
                blocks: {
                    0: {
                        token_mixer: {
                            residual {
                                sub {
                                    {
                                        mixer: {
                                            add {
                                                {
                                                    dwconv 1x1;
                                                }
                                                {
                                                    identity: bn;
                                                }
                                                {
                                                    dwconv 3x3 pad 1;
                                                }
                                            }
                                        }
                                    }
                                    {
                                        norm: {
                                            identity: bn;
                                        }
                                    }
                                }
                                layer_scale: {
                                    gamma: scale;
                                }
                            }
                        }
                        residual {
                            dwconv 7x7 pad 3;
                            mlp: {
                                fc1: conv 1x1x576;
                                gelu;
                                fc2: conv 1x1x192;
                            }
                            layer_scale: {
                                gamma: scale;
                            }
                        }
                    }
                    1: {
                        token_mixer: {
                            residual {
                                sub {
                                    {
                                        mixer: {
                                            add {
                                                {
                                                    dwconv 1x1;
                                                }
                                                {
                                                    identity: bn;
                                                }
                                                {
                                                    dwconv 3x3 pad 1;
                                                }
                                            }
                                        }
                                    }
                                    {
                                        norm: {
                                            identity: bn;
                                        }
                                    }
                                }
                                layer_scale: {
                                    gamma: scale;
                                }
                            }
                        }
                        residual {
                            dwconv 7x7 pad 3;
                            mlp: {
                                fc1: conv 1x1x576;
                                gelu;
                                fc2: conv 1x1x192;
                            }
                            layer_scale: {
                                gamma: scale;
                            }
                        }
                    }
                    2: {
                        token_mixer: {
                            residual {
                                sub {
                                    {
                                        mixer: {
                                            add {
                                                {
                                                    dwconv 1x1;
                                                }
                                                {
                                                    identity: bn;
                                                }
                                                {
                                                    dwconv 3x3 pad 1;
                                                }
                                            }
                                        }
                                    }
                                    {
                                        norm: {
                                            identity: bn;
                                        }
                                    }
                                }
                                layer_scale: {
                                    gamma: scale;
                                }
                            }
                        }
                        residual {
                            dwconv 7x7 pad 3;
                            mlp: {
                                fc1: conv 1x1x576;
                                gelu;
                                fc2: conv 1x1x192;
                            }
                            layer_scale: {
                                gamma: scale;
                            }
                        }
                    }
                    3: {
                        token_mixer: {
                            residual {
                                sub {
                                    {
                                        mixer: {
                                            add {
                                                {
                                                    dwconv 1x1;
                                                }
                                                {
                                                    identity: bn;
                                                }
                                                {
                                                    dwconv 3x3 pad 1;
                                                }
                                            }
                                        }
                                    }
                                    {
                                        norm: {
                                            identity: bn;
                                        }
                                    }
                                }
                                layer_scale: {
                                    gamma: scale;
                                }
                            }
                        }
                        residual {
                            dwconv 7x7 pad 3;
                            mlp: {
                                fc1: conv 1x1x576;
                                gelu;
                                fc2: conv 1x1x192;
                            }
                            layer_scale: {
                                gamma: scale;
                            }
                        }
                    }
                }
            }
            add {
                {
                    dwconv 7x7 multiplier 2 stride 2 pad 3;
                }
                {
                    dwconv 3x3 multiplier 2 stride 2 pad 1;
                }
            }
            3: {
                downsample: {
                    proj: {
                        1: {
                            add {
                                {
                                    identity: bn;
                                }
                                {
                                    conv 1x1x384;
                                }
                            }
                        }
                    }
                }
                gelu;
                blocks: {
                    0: {
                        token_mixer: {
                            residual {
                                sub {
                                    {
                                        mixer: {
                                            add {
                                                {
                                                    dwconv 1x1;
                                                }
                                                {
                                                    identity: bn;
                                                }
                                                {
                                                    dwconv 3x3 pad 1;
                                                }
                                            }
                                        }
                                    }
                                    {
                                        norm: {
                                            identity: bn;
                                        }
                                    }
                                }
                                layer_scale: {
                                    gamma: scale;
                                }
                            }
                        }
                        residual {
                            dwconv 7x7 pad 3;
                            mlp: {
                                fc1: conv 1x1x1152;
                                gelu;
                                fc2: conv 1x1x384;
                            }
                            layer_scale: {
                                gamma: scale;
                            }
                        }
                    }
                    1: {
                        token_mixer: {
                            residual {
                                sub {
                                    {
                                        mixer: {
                                            add {
                                                {
                                                    dwconv 1x1;
                                                }
                                                {
                                                    identity: bn;
                                                }
                                                {
                                                    dwconv 3x3 pad 1;
                                                }
                                            }
                                        }
                                    }
                                    {
                                        norm: {
                                            identity: bn;
                                        }
                                    }
                                }
                                layer_scale: {
                                    gamma: scale;
                                }
                            }
                        }
                        residual {
                            dwconv 7x7 pad 3;
                            mlp: {
                                fc1: conv 1x1x1152;
                                gelu;
                                fc2: conv 1x1x384;
                            }
                            layer_scale: {
                                gamma: scale;
                            }
                        }
                    }
                }
            }
        }
        add {
            {
                dwconv 1x1 multiplier 2;
            }
            {
                dwconv 3x3 multiplier 2 pad 1;
            }
        }
        final_conv: {
            se: {
                mul {
                    {}
                    {
                        gap;
                        fc1: conv 1x1x48;
                        relu;
                        fc2: conv 1x1x768;
                        sigmoid;
                    }
                }
            }
        }
        gelu;
        gap;
        flatten;
        head: {
            fc: fc 1000;
        }
    }
}
