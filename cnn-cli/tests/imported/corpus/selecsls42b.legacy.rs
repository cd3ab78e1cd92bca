cnn! {
    // Imported from selecsls42b.legacy.onnx (pytorch 2.15.0) by `cnn import`.
    pub struct Selecsls42bLegacy {
        input 224x224x3;
        conv 3x3x32 stride 2 pad 1;
        relu;
        conv 3x3x64 stride 2 pad 1;
        relu;
        concat {
            {}
            {
                conv 1x1x64;
                relu;
                conv 3x3x32 pad 1;
                relu;
                concat {
                    {}
                    {
                        conv 1x1x64;
                        relu;
                        conv 3x3x32 pad 1;
                        relu;
                    }
                }
            }
        }
        conv 1x1x64;
        relu;
        concat {
            {
                conv 3x3x64 pad 1;
                relu;
                concat {
                    {}
                    {
                        conv 1x1x64;
                        relu;
                        conv 3x3x32 pad 1;
                        relu;
                        concat {
                            {}
                            {
                                conv 1x1x64;
                                relu;
                                conv 3x3x32 pad 1;
                                relu;
                            }
                        }
                    }
                }
            }
            {}
        }
        conv 1x1x128;
        relu;
        conv 3x3x144 stride 2 pad 1;
        relu;
        concat {
            {}
            {
                conv 1x1x144;
                relu;
                conv 3x3x72 pad 1;
                relu;
                concat {
                    {}
                    {
                        conv 1x1x144;
                        relu;
                        conv 3x3x72 pad 1;
                        relu;
                    }
                }
            }
        }
        conv 1x1x144;
        relu;
        concat {
            {
                conv 3x3x144 pad 1;
                relu;
                concat {
                    {}
                    {
                        conv 1x1x144;
                        relu;
                        conv 3x3x72 pad 1;
                        relu;
                        concat {
                            {}
                            {
                                conv 1x1x144;
                                relu;
                                conv 3x3x72 pad 1;
                                relu;
                            }
                        }
                    }
                }
            }
            {}
        }
        conv 1x1x288;
        relu;
        conv 3x3x304 stride 2 pad 1;
        relu;
        concat {
            {}
            {
                conv 1x1x304;
                relu;
                conv 3x3x152 pad 1;
                relu;
                concat {
                    {}
                    {
                        conv 1x1x304;
                        relu;
                        conv 3x3x152 pad 1;
                        relu;
                    }
                }
            }
        }
        conv 1x1x304;
        relu;
        concat {
            {
                conv 3x3x304 pad 1;
                relu;
                concat {
                    {}
                    {
                        conv 1x1x304;
                        relu;
                        conv 3x3x152 pad 1;
                        relu;
                        concat {
                            {}
                            {
                                conv 1x1x304;
                                relu;
                                conv 3x3x152 pad 1;
                                relu;
                            }
                        }
                    }
                }
            }
            {}
        }
        conv 1x1x480;
        relu;
        conv 3x3x960 stride 2 pad 1;
        relu;
        conv 3x3x1024 pad 1;
        relu;
        conv 3x3x1280 stride 2 pad 1;
        relu;
        conv 1x1x1024;
        relu;
        gap;
        flatten;
        fc: fc 1000;
    }
}
