cnn! {
    // Imported from densenet121.legacy.onnx (pytorch 2.15.0) by `cnn import`.
    pub struct Densenet121Legacy {
        input 224x224x3;
        conv 7x7x64 stride 2 pad 3;
        relu;
        maxpool 3 stride 2 pad 1;
        features: {
            denseblock1: {
                denselayer1: {
                    concat {
                        {}
                        {
                            norm1: bn;
                            relu;
                            conv 1x1x128;
                            relu;
                            conv2: conv 3x3x32 pad 1 nobias;
                        }
                    }
                }
                denselayer2: {
                    concat {
                        {}
                        {
                            norm1: bn;
                            relu;
                            conv 1x1x128;
                            relu;
                            conv2: conv 3x3x32 pad 1 nobias;
                        }
                    }
                }
                denselayer3: {
                    concat {
                        {}
                        {
                            norm1: bn;
                            relu;
                            conv 1x1x128;
                            relu;
                            conv2: conv 3x3x32 pad 1 nobias;
                        }
                    }
                }
                denselayer4: {
                    concat {
                        {}
                        {
                            norm1: bn;
                            relu;
                            conv 1x1x128;
                            relu;
                            conv2: conv 3x3x32 pad 1 nobias;
                        }
                    }
                }
                denselayer5: {
                    concat {
                        {}
                        {
                            norm1: bn;
                            relu;
                            conv 1x1x128;
                            relu;
                            conv2: conv 3x3x32 pad 1 nobias;
                        }
                    }
                }
                denselayer6: {
                    concat {
                        {}
                        {
                            norm1: bn;
                            relu;
                            conv 1x1x128;
                            relu;
                            conv2: conv 3x3x32 pad 1 nobias;
                        }
                    }
                }
            }
            transition1: {
                norm: bn;
                relu;
                conv: conv 1x1x128 nobias;
            }
            avgpool 2;
            denseblock2: {
                denselayer1: {
                    concat {
                        {}
                        {
                            norm1: bn;
                            relu;
                            conv 1x1x128;
                            relu;
                            conv2: conv 3x3x32 pad 1 nobias;
                        }
                    }
                }
                denselayer2: {
                    concat {
                        {}
                        {
                            norm1: bn;
                            relu;
                            conv 1x1x128;
                            relu;
                            conv2: conv 3x3x32 pad 1 nobias;
                        }
                    }
                }
                denselayer3: {
                    concat {
                        {}
                        {
                            norm1: bn;
                            relu;
                            conv 1x1x128;
                            relu;
                            conv2: conv 3x3x32 pad 1 nobias;
                        }
                    }
                }
                denselayer4: {
                    concat {
                        {}
                        {
                            norm1: bn;
                            relu;
                            conv 1x1x128;
                            relu;
                            conv2: conv 3x3x32 pad 1 nobias;
                        }
                    }
                }
                denselayer5: {
                    concat {
                        {}
                        {
                            norm1: bn;
                            relu;
                            conv 1x1x128;
                            relu;
                            conv2: conv 3x3x32 pad 1 nobias;
                        }
                    }
                }
                denselayer6: {
                    concat {
                        {}
                        {
                            norm1: bn;
                            relu;
                            conv 1x1x128;
                            relu;
                            conv2: conv 3x3x32 pad 1 nobias;
                        }
                    }
                }
                denselayer7: {
                    concat {
                        {}
                        {
                            norm1: bn;
                            relu;
                            conv 1x1x128;
                            relu;
                            conv2: conv 3x3x32 pad 1 nobias;
                        }
                    }
                }
                denselayer8: {
                    concat {
                        {}
                        {
                            norm1: bn;
                            relu;
                            conv 1x1x128;
                            relu;
                            conv2: conv 3x3x32 pad 1 nobias;
                        }
                    }
                }
                denselayer9: {
                    concat {
                        {}
                        {
                            norm1: bn;
                            relu;
                            conv 1x1x128;
                            relu;
                            conv2: conv 3x3x32 pad 1 nobias;
                        }
                    }
                }
                denselayer10: {
                    concat {
                        {}
                        {
                            norm1: bn;
                            relu;
                            conv 1x1x128;
                            relu;
                            conv2: conv 3x3x32 pad 1 nobias;
                        }
                    }
                }
                denselayer11: {
                    concat {
                        {}
                        {
                            norm1: bn;
                            relu;
                            conv 1x1x128;
                            relu;
                            conv2: conv 3x3x32 pad 1 nobias;
                        }
                    }
                }
                denselayer12: {
                    concat {
                        {}
                        {
                            norm1: bn;
                            relu;
                            conv 1x1x128;
                            relu;
                            conv2: conv 3x3x32 pad 1 nobias;
                        }
                    }
                }
            }
            transition2: {
                norm: bn;
                relu;
                conv: conv 1x1x256 nobias;
            }
            avgpool 2;
            denseblock3: {
                denselayer1: {
                    concat {
                        {}
                        {
                            norm1: bn;
                            relu;
                            conv 1x1x128;
                            relu;
                            conv2: conv 3x3x32 pad 1 nobias;
                        }
                    }
                }
                denselayer2: {
                    concat {
                        {}
                        {
                            norm1: bn;
                            relu;
                            conv 1x1x128;
                            relu;
                            conv2: conv 3x3x32 pad 1 nobias;
                        }
                    }
                }
                denselayer3: {
                    concat {
                        {}
                        {
                            norm1: bn;
                            relu;
                            conv 1x1x128;
                            relu;
                            conv2: conv 3x3x32 pad 1 nobias;
                        }
                    }
                }
                denselayer4: {
                    concat {
                        {}
                        {
                            norm1: bn;
                            relu;
                            conv 1x1x128;
                            relu;
                            conv2: conv 3x3x32 pad 1 nobias;
                        }
                    }
                }
                denselayer5: {
                    concat {
                        {}
                        {
                            norm1: bn;
                            relu;
                            conv 1x1x128;
                            relu;
                            conv2: conv 3x3x32 pad 1 nobias;
                        }
                    }
                }
                denselayer6: {
                    concat {
                        {}
                        {
                            norm1: bn;
                            relu;
                            conv 1x1x128;
                            relu;
                            conv2: conv 3x3x32 pad 1 nobias;
                        }
                    }
                }
                denselayer7: {
                    concat {
                        {}
                        {
                            norm1: bn;
                            relu;
                            conv 1x1x128;
                            relu;
                            conv2: conv 3x3x32 pad 1 nobias;
                        }
                    }
                }
                denselayer8: {
                    concat {
                        {}
                        {
                            norm1: bn;
                            relu;
                            conv 1x1x128;
                            relu;
                            conv2: conv 3x3x32 pad 1 nobias;
                        }
                    }
                }
                denselayer9: {
                    concat {
                        {}
                        {
                            norm1: bn;
                            relu;
                            conv 1x1x128;
                            relu;
                            conv2: conv 3x3x32 pad 1 nobias;
                        }
                    }
                }
                denselayer10: {
                    concat {
                        {}
                        {
                            norm1: bn;
                            relu;
                            conv 1x1x128;
                            relu;
                            conv2: conv 3x3x32 pad 1 nobias;
                        }
                    }
                }
                denselayer11: {
                    concat {
                        {}
                        {
                            norm1: bn;
                            relu;
                            conv 1x1x128;
                            relu;
                            conv2: conv 3x3x32 pad 1 nobias;
                        }
                    }
                }
                denselayer12: {
                    concat {
                        {}
                        {
                            norm1: bn;
                            relu;
                            conv 1x1x128;
                            relu;
                            conv2: conv 3x3x32 pad 1 nobias;
                        }
                    }
                }
                denselayer13: {
                    concat {
                        {}
                        {
                            norm1: bn;
                            relu;
                            conv 1x1x128;
                            relu;
                            conv2: conv 3x3x32 pad 1 nobias;
                        }
                    }
                }
                denselayer14: {
                    concat {
                        {}
                        {
                            norm1: bn;
                            relu;
                            conv 1x1x128;
                            relu;
                            conv2: conv 3x3x32 pad 1 nobias;
                        }
                    }
                }
                denselayer15: {
                    concat {
                        {}
                        {
                            norm1: bn;
                            relu;
                            conv 1x1x128;
                            relu;
                            conv2: conv 3x3x32 pad 1 nobias;
                        }
                    }
                }
                denselayer16: {
                    concat {
                        {}
                        {
                            norm1: bn;
                            relu;
                            conv 1x1x128;
                            relu;
                            conv2: conv 3x3x32 pad 1 nobias;
                        }
                    }
                }
                denselayer17: {
                    concat {
                        {}
                        {
                            norm1: bn;
                            relu;
                            conv 1x1x128;
                            relu;
                            conv2: conv 3x3x32 pad 1 nobias;
                        }
                    }
                }
                denselayer18: {
                    concat {
                        {}
                        {
                            norm1: bn;
                            relu;
                            conv 1x1x128;
                            relu;
                            conv2: conv 3x3x32 pad 1 nobias;
                        }
                    }
                }
                denselayer19: {
                    concat {
                        {}
                        {
                            norm1: bn;
                            relu;
                            conv 1x1x128;
                            relu;
                            conv2: conv 3x3x32 pad 1 nobias;
                        }
                    }
                }
                denselayer20: {
                    concat {
                        {}
                        {
                            norm1: bn;
                            relu;
                            conv 1x1x128;
                            relu;
                            conv2: conv 3x3x32 pad 1 nobias;
                        }
                    }
                }
                denselayer21: {
                    concat {
                        {}
                        {
                            norm1: bn;
                            relu;
                            conv 1x1x128;
                            relu;
                            conv2: conv 3x3x32 pad 1 nobias;
                        }
                    }
                }
                denselayer22: {
                    concat {
                        {}
                        {
                            norm1: bn;
                            relu;
                            conv 1x1x128;
                            relu;
                            conv2: conv 3x3x32 pad 1 nobias;
                        }
                    }
                }
                denselayer23: {
                    concat {
                        {}
                        {
                            norm1: bn;
                            relu;
                            conv 1x1x128;
                            relu;
                            conv2: conv 3x3x32 pad 1 nobias;
                        }
                    }
                }
                denselayer24: {
                    concat {
                        {}
                        {
                            norm1: bn;
                            relu;
                            conv 1x1x128;
                            relu;
                            conv2: conv 3x3x32 pad 1 nobias;
                        }
                    }
                }
            }
            transition3: {
                norm: bn;
                relu;
                conv: conv 1x1x512 nobias;
            }
            avgpool 2;
            denseblock4: {
                denselayer1: {
                    concat {
                        {}
                        {
                            norm1: bn;
                            relu;
                            conv 1x1x128;
                            relu;
                            conv2: conv 3x3x32 pad 1 nobias;
                        }
                    }
                }
                denselayer2: {
                    concat {
                        {}
                        {
                            norm1: bn;
                            relu;
                            conv 1x1x128;
                            relu;
                            conv2: conv 3x3x32 pad 1 nobias;
                        }
                    }
                }
                denselayer3: {
                    concat {
                        {}
                        {
                            norm1: bn;
                            relu;
                            conv 1x1x128;
                            relu;
                            conv2: conv 3x3x32 pad 1 nobias;
                        }
                    }
                }
                denselayer4: {
                    concat {
                        {}
                        {
                            norm1: bn;
                            relu;
                            conv 1x1x128;
                            relu;
                            conv2: conv 3x3x32 pad 1 nobias;
                        }
                    }
                }
                denselayer5: {
                    concat {
                        {}
                        {
                            norm1: bn;
                            relu;
                            conv 1x1x128;
                            relu;
                            conv2: conv 3x3x32 pad 1 nobias;
                        }
                    }
                }
                denselayer6: {
                    concat {
                        {}
                        {
                            norm1: bn;
                            relu;
                            conv 1x1x128;
                            relu;
                            conv2: conv 3x3x32 pad 1 nobias;
                        }
                    }
                }
                denselayer7: {
                    concat {
                        {}
                        {
                            norm1: bn;
                            relu;
                            conv 1x1x128;
                            relu;
                            conv2: conv 3x3x32 pad 1 nobias;
                        }
                    }
                }
                denselayer8: {
                    concat {
                        {}
                        {
                            norm1: bn;
                            relu;
                            conv 1x1x128;
                            relu;
                            conv2: conv 3x3x32 pad 1 nobias;
                        }
                    }
                }
                denselayer9: {
                    concat {
                        {}
                        {
                            norm1: bn;
                            relu;
                            conv 1x1x128;
                            relu;
                            conv2: conv 3x3x32 pad 1 nobias;
                        }
                    }
                }
                denselayer10: {
                    concat {
                        {}
                        {
                            norm1: bn;
                            relu;
                            conv 1x1x128;
                            relu;
                            conv2: conv 3x3x32 pad 1 nobias;
                        }
                    }
                }
                denselayer11: {
                    concat {
                        {}
                        {
                            norm1: bn;
                            relu;
                            conv 1x1x128;
                            relu;
                            conv2: conv 3x3x32 pad 1 nobias;
                        }
                    }
                }
                denselayer12: {
                    concat {
                        {}
                        {
                            norm1: bn;
                            relu;
                            conv 1x1x128;
                            relu;
                            conv2: conv 3x3x32 pad 1 nobias;
                        }
                    }
                }
                denselayer13: {
                    concat {
                        {}
                        {
                            norm1: bn;
                            relu;
                            conv 1x1x128;
                            relu;
                            conv2: conv 3x3x32 pad 1 nobias;
                        }
                    }
                }
                denselayer14: {
                    concat {
                        {}
                        {
                            norm1: bn;
                            relu;
                            conv 1x1x128;
                            relu;
                            conv2: conv 3x3x32 pad 1 nobias;
                        }
                    }
                }
                denselayer15: {
                    concat {
                        {}
                        {
                            norm1: bn;
                            relu;
                            conv 1x1x128;
                            relu;
                            conv2: conv 3x3x32 pad 1 nobias;
                        }
                    }
                }
                denselayer16: {
                    concat {
                        {}
                        {
                            norm1: bn;
                            relu;
                            conv 1x1x128;
                            relu;
                            conv2: conv 3x3x32 pad 1 nobias;
                        }
                    }
                }
            }
            norm5: bn;
        }
        relu;
        gap;
        flatten;
        classifier: fc 1000;
    }
}
