cnn! {
    // Imported from tv_mobilenet_v3_small.legacy.onnx (pytorch 2.15.0) by `cnn import`.
    pub struct TvMobilenetV3SmallLegacy {
        input 224x224x3;
        conv 3x3x16 stride 2 pad 1;
        hardswish;
        dwconv 3x3 stride 2 pad 1;
        relu;
        features: {
            1: {
                block: {
                    1: {
                        mul {
                            {
                                gap;
                                fc1: conv 1x1x8;
                                relu;
                                fc2: conv 1x1x16;
                                hardsigmoid;
                            }
                            {}
                        }
                    }
                }
            }
            conv 1x1x16;
            conv 1x1x72;
            relu;
            dwconv 3x3 stride 2 pad 1;
            relu;
            conv 1x1x24;
            residual {
                conv 1x1x88;
                relu;
                dwconv 3x3 pad 1;
                relu;
                conv 1x1x24;
            }
            conv 1x1x96;
            hardswish;
            dwconv 5x5 stride 2 pad 2;
            hardswish;
            4: {
                block: {
                    2: {
                        mul {
                            {
                                gap;
                                fc1: conv 1x1x24;
                                relu;
                                fc2: conv 1x1x96;
                                hardsigmoid;
                            }
                            {}
                        }
                    }
                }
            }
            conv 1x1x40;
            5: {
                block: {
                    2: {
                        residual {
                            conv 1x1x240;
                            hardswish;
                            dwconv 5x5 pad 2;
                            hardswish;
                            mul {
                                {
                                    gap;
                                    fc1: conv 1x1x64;
                                    relu;
                                    fc2: conv 1x1x240;
                                    hardsigmoid;
                                }
                                {}
                            }
                            conv 1x1x40;
                        }
                    }
                }
            }
            6: {
                block: {
                    2: {
                        residual {
                            conv 1x1x240;
                            hardswish;
                            dwconv 5x5 pad 2;
                            hardswish;
                            mul {
                                {
                                    gap;
                                    fc1: conv 1x1x64;
                                    relu;
                                    fc2: conv 1x1x240;
                                    hardsigmoid;
                                }
                                {}
                            }
                            conv 1x1x40;
                        }
                    }
                }
            }
            conv 1x1x120;
            hardswish;
            dwconv 5x5 pad 2;
            hardswish;
            7: {
                block: {
                    2: {
                        mul {
                            {
                                gap;
                                fc1: conv 1x1x32;
                                relu;
                                fc2: conv 1x1x120;
                                hardsigmoid;
                            }
                            {}
                        }
                    }
                }
            }
            conv 1x1x48;
            8: {
                block: {
                    2: {
                        residual {
                            conv 1x1x144;
                            hardswish;
                            dwconv 5x5 pad 2;
                            hardswish;
                            mul {
                                {
                                    gap;
                                    fc1: conv 1x1x40;
                                    relu;
                                    fc2: conv 1x1x144;
                                    hardsigmoid;
                                }
                                {}
                            }
                            conv 1x1x48;
                        }
                    }
                }
            }
            conv 1x1x288;
            hardswish;
            dwconv 5x5 stride 2 pad 2;
            hardswish;
            9: {
                block: {
                    2: {
                        mul {
                            {
                                gap;
                                fc1: conv 1x1x72;
                                relu;
                                fc2: conv 1x1x288;
                                hardsigmoid;
                            }
                            {}
                        }
                    }
                }
            }
            conv 1x1x96;
            10: {
                block: {
                    2: {
                        residual {
                            conv 1x1x576;
                            hardswish;
                            dwconv 5x5 pad 2;
                            hardswish;
                            mul {
                                {
                                    gap;
                                    fc1: conv 1x1x144;
                                    relu;
                                    fc2: conv 1x1x576;
                                    hardsigmoid;
                                }
                                {}
                            }
                            conv 1x1x96;
                        }
                    }
                }
            }
            11: {
                block: {
                    2: {
                        residual {
                            conv 1x1x576;
                            hardswish;
                            dwconv 5x5 pad 2;
                            hardswish;
                            mul {
                                {
                                    gap;
                                    fc1: conv 1x1x144;
                                    relu;
                                    fc2: conv 1x1x576;
                                    hardsigmoid;
                                }
                                {}
                            }
                            conv 1x1x96;
                        }
                    }
                }
            }
        }
        conv 1x1x576;
        hardswish;
        gap;
        flatten;
        classifier: {
            0: fc 1024;
            hardswish;
            3: fc 1000;
        }
    }
}
