cnn! {
    // Imported from r3d_18.preserve.onnx (pytorch 2.15.0) by `cnn import`.
    pub struct R3d18Preserve {
        input 16x112x112x3;
        stem: {
            0: conv 3x7x7x64 stride 1x2x2 pad 1x3x3 nobias;
            1: bn;
        }
        relu;
        layer1: {
            0: {
                residual {
                    conv1: {
                        0: conv 3x3x3x64 pad 1 nobias;
                        1: bn;
                    }
                    relu;
                    conv2: {
                        0: conv 3x3x3x64 pad 1 nobias;
                        1: bn;
                    }
                }
            }
            relu;
            1: {
                residual {
                    conv1: {
                        0: conv 3x3x3x64 pad 1 nobias;
                        1: bn;
                    }
                    relu;
                    conv2: {
                        0: conv 3x3x3x64 pad 1 nobias;
                        1: bn;
                    }
                }
            }
        }
        relu;
        layer2: {
            0: {
                add {
                    {
                        conv1: {
                            0: conv 3x3x3x128 stride 2 pad 1 nobias;
                            1: bn;
                        }
                        relu;
                        conv2: {
                            0: conv 3x3x3x128 pad 1 nobias;
                            1: bn;
                        }
                    }
                    {
                        downsample: {
                            0: conv 1x1x1x128 stride 2 nobias;
                            1: bn;
                        }
                    }
                }
            }
            relu;
            1: {
                residual {
                    conv1: {
                        0: conv 3x3x3x128 pad 1 nobias;
                        1: bn;
                    }
                    relu;
                    conv2: {
                        0: conv 3x3x3x128 pad 1 nobias;
                        1: bn;
                    }
                }
            }
        }
        relu;
        layer3: {
            0: {
                add {
                    {
                        conv1: {
                            0: conv 3x3x3x256 stride 2 pad 1 nobias;
                            1: bn;
                        }
                        relu;
                        conv2: {
                            0: conv 3x3x3x256 pad 1 nobias;
                            1: bn;
                        }
                    }
                    {
                        downsample: {
                            0: conv 1x1x1x256 stride 2 nobias;
                            1: bn;
                        }
                    }
                }
            }
            relu;
            1: {
                residual {
                    conv1: {
                        0: conv 3x3x3x256 pad 1 nobias;
                        1: bn;
                    }
                    relu;
                    conv2: {
                        0: conv 3x3x3x256 pad 1 nobias;
                        1: bn;
                    }
                }
            }
        }
        relu;
        layer4: {
            0: {
                add {
                    {
                        conv1: {
                            0: conv 3x3x3x512 stride 2 pad 1 nobias;
                            1: bn;
                        }
                        relu;
                        conv2: {
                            0: conv 3x3x3x512 pad 1 nobias;
                            1: bn;
                        }
                    }
                    {
                        downsample: {
                            0: conv 1x1x1x512 stride 2 nobias;
                            1: bn;
                        }
                    }
                }
            }
            relu;
            1: {
                residual {
                    conv1: {
                        0: conv 3x3x3x512 pad 1 nobias;
                        1: bn;
                    }
                    relu;
                    conv2: {
                        0: conv 3x3x3x512 pad 1 nobias;
                        1: bn;
                    }
                }
            }
        }
        relu;
        gap;
        flatten;
        fc: fc 400;
    }
}
