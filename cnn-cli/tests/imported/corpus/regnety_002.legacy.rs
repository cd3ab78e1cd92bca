cnn! {
    // Imported from regnety_002.legacy.onnx (pytorch 2.15.0) by `cnn import`.
    pub struct Regnety002Legacy {
        input 224x224x3;
        conv 3x3x32 stride 2 pad 1;
        relu;
        s1: {
            b1: {
                se: {
                    add {
                        {
                            conv 1x1x24;
                            relu;
                            conv 3x3x24 groups 3 stride 2 pad 1;
                            relu;
                            mul {
                                {}
                                {
                                    gap;
                                    fc1: conv 1x1x8;
                                    relu;
                                    fc2: conv 1x1x24;
                                    sigmoid;
                                }
                            }
                            conv 1x1x24;
                        }
                        {
                            conv 1x1x24 stride 2;
                        }
                    }
                }
            }
        }
        relu;
        s2: {
            b1: {
                se: {
                    add {
                        {
                            conv 1x1x56;
                            relu;
                            conv 3x3x56 groups 7 stride 2 pad 1;
                            relu;
                            mul {
                                {}
                                {
                                    gap;
                                    fc1: conv 1x1x6;
                                    relu;
                                    fc2: conv 1x1x56;
                                    sigmoid;
                                }
                            }
                            conv 1x1x56;
                        }
                        {
                            conv 1x1x56 stride 2;
                        }
                    }
                }
            }
        }
        relu;
        s3: {
            b1: {
                se: {
                    add {
                        {
                            conv 1x1x152;
                            relu;
                            conv 3x3x152 groups 19 stride 2 pad 1;
                            relu;
                            mul {
                                {}
                                {
                                    gap;
                                    fc1: conv 1x1x14;
                                    relu;
                                    fc2: conv 1x1x152;
                                    sigmoid;
                                }
                            }
                            conv 1x1x152;
                        }
                        {
                            conv 1x1x152 stride 2;
                        }
                    }
                }
            }
            relu;
            b2: {
                se: {
                    residual {
                        conv 1x1x152;
                        relu;
                        conv 3x3x152 groups 19 pad 1;
                        relu;
                        mul {
                            {}
                            {
                                gap;
                                fc1: conv 1x1x38;
                                relu;
                                fc2: conv 1x1x152;
                                sigmoid;
                            }
                        }
                        conv 1x1x152;
                    }
                }
            }
            relu;
            b3: {
                se: {
                    residual {
                        conv 1x1x152;
                        relu;
                        conv 3x3x152 groups 19 pad 1;
                        relu;
                        mul {
                            {}
                            {
                                gap;
                                fc1: conv 1x1x38;
                                relu;
                                fc2: conv 1x1x152;
                                sigmoid;
                            }
                        }
                        conv 1x1x152;
                    }
                }
            }
            relu;
            b4: {
                se: {
                    residual {
                        conv 1x1x152;
                        relu;
                        conv 3x3x152 groups 19 pad 1;
                        relu;
                        mul {
                            {}
                            {
                                gap;
                                fc1: conv 1x1x38;
                                relu;
                                fc2: conv 1x1x152;
                                sigmoid;
                            }
                        }
                        conv 1x1x152;
                    }
                }
            }
        }
        relu;
        s4: {
            b1: {
                se: {
                    add {
                        {
                            conv 1x1x368;
                            relu;
                            conv 3x3x368 groups 46 stride 2 pad 1;
                            relu;
                            mul {
                                {}
                                {
                                    gap;
                                    fc1: conv 1x1x38;
                                    relu;
                                    fc2: conv 1x1x368;
                                    sigmoid;
                                }
                            }
                            conv 1x1x368;
                        }
                        {
                            conv 1x1x368 stride 2;
                        }
                    }
                }
            }
            relu;
            b2: {
                se: {
                    residual {
                        conv 1x1x368;
                        relu;
                        conv 3x3x368 groups 46 pad 1;
                        relu;
                        mul {
                            {}
                            {
                                gap;
                                fc1: conv 1x1x92;
                                relu;
                                fc2: conv 1x1x368;
                                sigmoid;
                            }
                        }
                        conv 1x1x368;
                    }
                }
            }
            relu;
            b3: {
                se: {
                    residual {
                        conv 1x1x368;
                        relu;
                        conv 3x3x368 groups 46 pad 1;
                        relu;
                        mul {
                            {}
                            {
                                gap;
                                fc1: conv 1x1x92;
                                relu;
                                fc2: conv 1x1x368;
                                sigmoid;
                            }
                        }
                        conv 1x1x368;
                    }
                }
            }
            relu;
            b4: {
                se: {
                    residual {
                        conv 1x1x368;
                        relu;
                        conv 3x3x368 groups 46 pad 1;
                        relu;
                        mul {
                            {}
                            {
                                gap;
                                fc1: conv 1x1x92;
                                relu;
                                fc2: conv 1x1x368;
                                sigmoid;
                            }
                        }
                        conv 1x1x368;
                    }
                }
            }
            relu;
            b5: {
                se: {
                    residual {
                        conv 1x1x368;
                        relu;
                        conv 3x3x368 groups 46 pad 1;
                        relu;
                        mul {
                            {}
                            {
                                gap;
                                fc1: conv 1x1x92;
                                relu;
                                fc2: conv 1x1x368;
                                sigmoid;
                            }
                        }
                        conv 1x1x368;
                    }
                }
            }
            relu;
            b6: {
                se: {
                    residual {
                        conv 1x1x368;
                        relu;
                        conv 3x3x368 groups 46 pad 1;
                        relu;
                        mul {
                            {}
                            {
                                gap;
                                fc1: conv 1x1x92;
                                relu;
                                fc2: conv 1x1x368;
                                sigmoid;
                            }
                        }
                        conv 1x1x368;
                    }
                }
            }
            relu;
            b7: {
                se: {
                    residual {
                        conv 1x1x368;
                        relu;
                        conv 3x3x368 groups 46 pad 1;
                        relu;
                        mul {
                            {}
                            {
                                gap;
                                fc1: conv 1x1x92;
                                relu;
                                fc2: conv 1x1x368;
                                sigmoid;
                            }
                        }
                        conv 1x1x368;
                    }
                }
            }
        }
        relu;
        gap;
        flatten;
        head: {
            fc: fc 1000;
        }
    }
}
