cnn! {
    // Imported from selecsls42b.dynamo.onnx (pytorch 2.15.0+cu132) by `cnn import`.
    pub struct Selecsls42bDynamo {
        input 224x224x3;
        stem: {
            0: conv 3x3x32 stride 2 pad 1;
        }
        relu;
        features: {
            0: {
                conv1: {
                    0: conv 3x3x64 stride 2 pad 1;
                }
                relu;
                concat {
                    {}
                    {
                        conv2: {
                            0: conv 1x1x64;
                        }
                        relu;
                        conv3: {
                            0: conv 3x3x32 pad 1;
                        }
                        relu;
                        concat {
                            {}
                            {
                                conv4: {
                                    0: conv 1x1x64;
                                }
                                relu;
                                conv5: {
                                    0: conv 3x3x32 pad 1;
                                }
                                relu;
                            }
                        }
                    }
                }
                conv6: {
                    0: conv 1x1x64;
                }
            }
            relu;
            1: {
                concat {
                    {
                        conv1: {
                            0: conv 3x3x64 pad 1;
                        }
                        relu;
                        concat {
                            {}
                            {
                                conv2: {
                                    0: conv 1x1x64;
                                }
                                relu;
                                conv3: {
                                    0: conv 3x3x32 pad 1;
                                }
                                relu;
                                concat {
                                    {}
                                    {
                                        conv4: {
                                            0: conv 1x1x64;
                                        }
                                        relu;
                                        conv5: {
                                            0: conv 3x3x32 pad 1;
                                        }
                                        relu;
                                    }
                                }
                            }
                        }
                    }
                    {}
                }
                conv6: {
                    0: conv 1x1x128;
                }
            }
            relu;
            2: {
                conv1: {
                    0: conv 3x3x144 stride 2 pad 1;
                }
                relu;
                concat {
                    {}
                    {
                        conv2: {
                            0: conv 1x1x144;
                        }
                        relu;
                        conv3: {
                            0: conv 3x3x72 pad 1;
                        }
                        relu;
                        concat {
                            {}
                            {
                                conv4: {
                                    0: conv 1x1x144;
                                }
                                relu;
                                conv5: {
                                    0: conv 3x3x72 pad 1;
                                }
                                relu;
                            }
                        }
                    }
                }
                conv6: {
                    0: conv 1x1x144;
                }
            }
            relu;
            3: {
                concat {
                    {
                        conv1: {
                            0: conv 3x3x144 pad 1;
                        }
                        relu;
                        concat {
                            {}
                            {
                                conv2: {
                                    0: conv 1x1x144;
                                }
                                relu;
                                conv3: {
                                    0: conv 3x3x72 pad 1;
                                }
                                relu;
                                concat {
                                    {}
                                    {
                                        conv4: {
                                            0: conv 1x1x144;
                                        }
                                        relu;
                                        conv5: {
                                            0: conv 3x3x72 pad 1;
                                        }
                                        relu;
                                    }
                                }
                            }
                        }
                    }
                    {}
                }
                conv6: {
                    0: conv 1x1x288;
                }
            }
            relu;
            4: {
                conv1: {
                    0: conv 3x3x304 stride 2 pad 1;
                }
                relu;
                concat {
                    {}
                    {
                        conv2: {
                            0: conv 1x1x304;
                        }
                        relu;
                        conv3: {
                            0: conv 3x3x152 pad 1;
                        }
                        relu;
                        concat {
                            {}
                            {
                                conv4: {
                                    0: conv 1x1x304;
                                }
                                relu;
                                conv5: {
                                    0: conv 3x3x152 pad 1;
                                }
                                relu;
                            }
                        }
                    }
                }
                conv6: {
                    0: conv 1x1x304;
                }
            }
            relu;
            5: {
                concat {
                    {
                        conv1: {
                            0: conv 3x3x304 pad 1;
                        }
                        relu;
                        concat {
                            {}
                            {
                                conv2: {
                                    0: conv 1x1x304;
                                }
                                relu;
                                conv3: {
                                    0: conv 3x3x152 pad 1;
                                }
                                relu;
                                concat {
                                    {}
                                    {
                                        conv4: {
                                            0: conv 1x1x304;
                                        }
                                        relu;
                                        conv5: {
                                            0: conv 3x3x152 pad 1;
                                        }
                                        relu;
                                    }
                                }
                            }
                        }
                    }
                    {}
                }
                conv6: {
                    0: conv 1x1x480;
                }
            }
        }
        relu;
        head: {
            0: {
                0: conv 3x3x960 stride 2 pad 1;
            }
            relu;
            1: {
                0: conv 3x3x1024 pad 1;
            }
            relu;
            2: {
                0: conv 3x3x1280 stride 2 pad 1;
            }
            relu;
            3: {
                0: conv 1x1x1024;
            }
        }
        relu;
        gap;
        flatten;
        fc: fc 1000;
    }
}
