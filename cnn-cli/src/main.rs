//! `cnn`: check, summarise, export and draw the networks of a `.cnn` file
//! (the statements of one network) or of a Rust file's `cnn!` invocations.
//!
//! This file is the command line: arguments, help, colour and the exit
//! code. Exit codes: 0 when every network is valid (warnings allowed), 1
//! when a network has an error (the diagnostics say which), 2 when there
//! is no network to check (bad arguments, a file that cannot be read, is
//! not UTF-8, is empty or declares none).

mod commands;
mod declared;
mod failure;
mod lines;
mod numbers;
mod render;
mod rust;
mod source;

use std::io::{self, IsTerminal, Write};
use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Args, Parser, Subcommand, ValueEnum};

use crate::commands::{Action, Target};
use crate::render::Renderer;

const ABOUT: &str = "Check, summarise, export and draw convolutional networks written in the \
cnn! language: a .cnn file holds the statements of one network (what goes between the braces \
of `cnn! { pub struct Name { ... } }`, with // comments); a .rs file gives every network its \
cnn! invocations declare.";

const EXAMPLES: &str = "\
Examples:
  cnn check lenet.cnn                 every error and warning, as rustc prints them
  cnn summary lenet.cnn --depth 1     the table LeNet::summary() prints
  cnn json src/lib.rs                 every network of a crate's file as JSON
  cnn svg resnet.cnn -o resnet.svg    the diagram
  echo 'input 28x28x1; fc 10' | cnn check -
  cnn import model.onnx > model.cnn  the declaration of a trained ONNX model
  cnn import model.tflite             the declaration of a TensorFlow Lite model (int8 or f32)

Exit status: 0 every network is valid (warnings allowed), 1 a network has an error,
2 no network could be checked (bad arguments, a file that cannot be read or holds none).";

#[derive(Parser)]
#[command(name = "cnn", version, about = ABOUT, after_help = EXAMPLES)]
struct Cli {
    /// When to colour diagnostics.
    #[arg(long, value_enum, default_value_t = Color::Auto, global = true)]
    color: Color,
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Check every network: exit 0 if all are valid, 1 with every error
    /// printed as rustc prints the macro's.
    #[command(after_help = "Example:\n  cnn check lenet.cnn\n\n\
        Prints `NAME: ok, INPUT -> OUTPUT, PARAMS params, MACS MACs` for each valid network.")]
    Check(Input),
    /// Print each network's table: shapes, parameters, MACs and formulas.
    #[command(after_help = "Example:\n  cnn summary resnet.cnn --depth 1")]
    Summary {
        #[command(flatten)]
        file: Input,
        /// Show rows only N blocks deep (0: top-level statements only).
        #[arg(long, value_name = "N")]
        depth: Option<u16>,
    },
    /// Print the JSON export (docs/json-schema.md): one object for a .cnn
    /// file, an array of them for a .rs file.
    #[command(after_help = "Example:\n  cnn json lenet.cnn > lenet.json")]
    Json(Input),
    /// Write the SVG diagram, to standard output or OUT.
    #[command(after_help = "Example:\n  cnn svg lenet.cnn -o lenet.svg\n\n\
        For a .rs file of several networks, OUT is a folder that gets one NAME.svg each.")]
    Svg {
        #[command(flatten)]
        file: Input,
        /// Write to OUT instead of standard output (a folder for several
        /// networks).
        #[arg(short, long, value_name = "OUT")]
        output: Option<PathBuf>,
        /// Give every layer inside named blocks and repeats its own box.
        #[arg(long)]
        expanded: bool,
    },
    /// Print the declaration of an ONNX model (what torch.onnx.export
    /// writes) or a TensorFlow Lite model (.tflite, int8 or f32): its
    /// statements, as a .cnn file holds them.
    #[command(after_help = IMPORT_HELP)]
    Import {
        /// The .onnx or .tflite file (a file with TFLite's identifier, TFL3,
        /// is read as TFLite whatever its name). An ONNX model's weights may
        /// be left out (external data that is not there): only the graph and
        /// the weights' dims are read.
        #[arg(value_name = "FILE")]
        path: PathBuf,
        /// Write the statements to OUT instead of standard output.
        #[arg(short, long, value_name = "OUT")]
        output: Option<PathBuf>,
        /// Print a whole `cnn! { pub struct NAME { ... } }` block instead.
        #[arg(long, value_name = "NAME")]
        rust: Option<String>,
        /// Also write the weights, as safetensors, under the keys the
        /// declaration gives its tensors (what `from_safetensors` loads).
        #[arg(long, value_name = "OUT.safetensors")]
        weights: Option<PathBuf>,
        /// For an int8 .tflite: also write its tables' image (the weights,
        /// biases, multipliers and each layer's parameters, read with every
        /// check of `from_tflite`), which `NameQuantized::from_image` reads
        /// without the model.
        #[arg(long, value_name = "OUT.cnn8")]
        image: Option<PathBuf>,
    },
}

const IMPORT_HELP: &str = "\
Example:
  cnn import resnet18.onnx -o resnet18.cnn && cnn summary resnet18.cnn

The graph must be series-parallel: chains, and forks whose branches meet again in one
Add, Concat or Mul (add, concat, mul and residual blocks). Operators: Conv (grouped,
depthwise), BatchNormalization, Relu, Clip(0, 6), Sigmoid, HardSigmoid, HardSwish,
MaxPool, AveragePool, GlobalAveragePool, Flatten, Reshape to [1, -1], Gemm, MatMul (+ Add),
Dropout and Identity, and more (see the README). Anything else is an error naming the
node. The declaration printed has been checked, and each layer's shape is the graph's.

--weights reads the initializers from the file and the external data files beside it;
an eval export's batch norm, folded into its convs, gives their biases.

A .tflite prints one statement per operator, in the file's order: a fused activation is
the statement after its layer, SAME padding `pad same`, a RESHAPE before FULLY_CONNECTED
nothing (fc flattens), QUANTIZE and DEQUANTIZE nothing. Operators: CONV_2D,
DEPTHWISE_CONV_2D, FULLY_CONNECTED, AVERAGE_POOL_2D, MAX_POOL_2D, ADD, MUL, CONCATENATION,
MEAN, PAD, PADV2, RESHAPE, SOFTMAX, LOGISTIC, TANH, RELU, RELU6, HARD_SWISH, LEAKY_RELU,
RESIZE_NEAREST_NEIGHBOR, RESIZE_BILINEAR, TRANSPOSE_CONV; anything else is an error naming
the operator and its index. Its weights stay in the file (NetQuantized::from_tflite reads
them in place): --weights is refused. For an int8 model, --image writes its tables' image
(weights, multipliers and parameters only), which NetQuantized::from_image reads.";

/// The file a command reads, and which of its networks.
#[derive(Args)]
struct Input {
    /// A .cnn file, a .rs file, or - for a .cnn file on standard input
    /// (its network is named `stdin`).
    #[arg(value_name = "FILE")]
    path: PathBuf,
    /// Only the network of this name (a struct's name, or `line N` for
    /// the expression form `cnn!(...)` on line N).
    #[arg(short, long, value_name = "NAME")]
    network: Option<String>,
}

#[derive(Clone, Copy, ValueEnum)]
enum Color {
    /// Colour when standard error is a terminal and NO_COLOR is unset.
    Auto,
    /// Always colour.
    Always,
    /// Never colour.
    Never,
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let color = match cli.color {
        Color::Always => true,
        Color::Never => false,
        Color::Auto => {
            io::stderr().is_terminal()
                && std::env::var_os("NO_COLOR").is_none_or(|value| value.is_empty())
        }
    };
    let renderer = Renderer::new(color);
    let (file, action) = match cli.command {
        Command::Check(file) => (file, Action::Check),
        Command::Summary { file, depth } => (file, Action::Summary { depth }),
        Command::Json(file) => (file, Action::Json),
        Command::Svg {
            file,
            output,
            expanded,
        } => (file, Action::Svg { output, expanded }),
        Command::Import {
            path,
            output,
            rust,
            weights,
            image,
        } => {
            let result = import_command(
                &path,
                output.as_deref(),
                rust.as_deref(),
                (weights.as_deref(), image.as_deref()),
            );
            return match result {
                Ok(()) => ExitCode::SUCCESS,
                Err(failure) => {
                    let _ = writeln!(io::stderr(), "{}", renderer.error(failure.message()));
                    failure.exit_code()
                }
            };
        }
    };
    let target = Target {
        file: file.path,
        network: file.network,
    };
    match commands::run(&target, &action, &renderer) {
        Ok(code) => code,
        Err(failure) => {
            // Standard error that cannot be written to has no one to tell.
            let _ = writeln!(io::stderr(), "{}", renderer.error(failure.message()));
            failure.exit_code()
        }
    }
}

/// `cnn import`: the declaration, to standard output or `output`.
fn import_command(
    path: &std::path::Path,
    output: Option<&std::path::Path>,
    rust: Option<&str>,
    (weights, image): (Option<&std::path::Path>, Option<&std::path::Path>),
) -> Result<(), failure::Failure> {
    if let Some(name) = rust {
        let ident = name
            .chars()
            .next()
            .is_some_and(|c| c.is_ascii_alphabetic() || c == '_')
            && name.chars().all(|c| c.is_ascii_alphanumeric() || c == '_');
        if !ident {
            return Err(failure::Failure::usage(format!(
                "`--rust {name}`: a struct's name is a Rust identifier, such as ResNet18"
            )));
        }
    }
    let options = cnn_import::Options {
        rust: rust.map(str::to_string),
        weights: weights.is_some(),
        data_dir: None,
    };
    let imported = cnn_import::import_file(path, &options)
        .map_err(|error| failure::Failure::usage(error.to_string()))?;
    if let (Some(out), Some(bytes)) = (weights, &imported.weights) {
        std::fs::write(out, bytes).map_err(|error| {
            failure::Failure::usage(format!("cannot write `{}`: {error}", out.display()))
        })?;
    }
    if let Some(out) = image {
        write_image(path, out, imported.int8.as_ref())?;
    }
    let text = imported.declaration;
    match output {
        Some(out) => std::fs::write(out, text).map_err(|error| {
            failure::Failure::usage(format!("cannot write `{}`: {error}", out.display()))
        }),
        None => {
            let mut stdout = io::stdout().lock();
            // A closed pipe (`| head`) is not an error of the import.
            let _ = stdout.write_all(text.as_bytes());
            Ok(())
        }
    }
}

/// `--image OUT`: the tables of the int8 model at `path` for the program
/// its declaration plans, read by the runtime's loader (every check of
/// `from_tflite`) and written as the image `from_image` reads.
fn write_image(
    path: &std::path::Path,
    out: &std::path::Path,
    int8: Option<&cnn_import::Int8Program>,
) -> Result<(), failure::Failure> {
    let file = path.display();
    let Some(int8) = int8 else {
        return Err(failure::Failure::usage(format!(
            "cannot write an image of `{file}`: an image holds the int8 tables of a full-integer int8 .tflite, and this model's input is not int8 (convert it with TFLite's converter, full-integer quantisation, int8 input and output)"
        )));
    };
    let model = std::fs::read(path)
        .map_err(|error| failure::Failure::usage(format!("cannot read `{file}`: {error}")))?;
    let image = cnn_run::int8::image(&int8.program, int8.channels, &model).map_err(|error| {
        failure::Failure::usage(format!(
            "cannot write an image of `{file}`: its tables do not load: {error}"
        ))
    })?;
    std::fs::write(out, image).map_err(|error| {
        failure::Failure::usage(format!("cannot write `{}`: {error}", out.display()))
    })
}
