//! Forward latency of the benchmark's networks: ours and tract's (ONNX
//! Runtime's is `bench/speed/ort.py`; `bench/speed.sh` runs all three
//! and writes the table of BENCHMARKS.md).
//!
//! ```text
//! cnn-speed nets DIR [THREADS...]   # ours and tract on DIR/*.onnx, one line each
//! cnn-speed layers MODEL            # our time per layer (run::layer), slowest first
//! cnn-speed steps MODEL             # our time per step of the prepared pass, slowest first
//! cnn-speed gemm                    # our GEMM against matrixmultiply and gemm
//! cnn-speed peak THREADS...         # the FMA loop's GFLOP/s on so many threads
//! cnn-speed macs                    # each network's multiply-accumulates
//! cnn-speed kernel                  # the micro-kernel ours runs here
//! cnn-speed count MODEL plain|prepared N  # N passes for callgrind (bench/count.sh)
//! ```
//!
//! `CNN_KERNEL=avx2+fma` (or `portable`) caps the kernel ours runs below
//! the best the CPU has, to compare them on one machine.
//!
//! Each `nets` line is `engine model threads median_ms min_ms runs
//! cpu_median_ms`, tab separated (the last the process's CPU time); the engines are `cnn` (`forward`), `prep`
//! (`forward_prepared`, the weights prepared once before) and `tract`.

mod count;
mod forward_side;
mod gemm_choice;
mod layers;
mod peak;
#[cfg(feature = "tract")]
mod tract_side;

#[allow(dead_code)]
#[path = "../../../examples/zoo/efficientnet.rs"]
mod efficientnet;
#[allow(dead_code)]
#[path = "../../../examples/lenet.rs"]
mod lenet;
#[allow(dead_code)]
#[path = "../../../examples/zoo/mobilenet.rs"]
mod mobilenet;
#[allow(dead_code)]
#[path = "../../../examples/zoo/resnet.rs"]
mod resnet;

use std::path::Path;
use std::time::{Duration, Instant};

use layers::Layers;

/// The networks: name (the ONNX file's), input side, MACs, layers.
fn networks() -> Vec<(&'static str, usize, u64, &'static [cnn::Layer<'static>])> {
    vec![
        ("lenet", 32, lenet::LeNet::MACS, lenet::LeNet::LAYERS),
        (
            "mobilenet_v2",
            224,
            mobilenet::MobileNetV2::MACS,
            mobilenet::MobileNetV2::LAYERS,
        ),
        (
            "resnet18",
            224,
            resnet::ResNet18::MACS,
            resnet::ResNet18::LAYERS,
        ),
        (
            "resnet50",
            224,
            resnet::ResNet50::MACS,
            resnet::ResNet50::LAYERS,
        ),
        (
            "efficientnet_b0",
            224,
            efficientnet::EfficientNetB0::MACS,
            efficientnet::EfficientNetB0::LAYERS,
        ),
    ]
}

/// The process's CPU time in ms: on one thread, the pass's own work,
/// which other processes on a loaded machine do not add to (they add
/// waiting to the wall clock).
fn cpu_ms() -> f64 {
    let mut time = libc::timespec {
        tv_sec: 0,
        tv_nsec: 0,
    };
    // SAFETY: a valid pointer to a `timespec`, which the call fills.
    unsafe { libc::clock_gettime(libc::CLOCK_PROCESS_CPUTIME_ID, &mut time) };
    time.tv_sec as f64 * 1e3 + time.tv_nsec as f64 * 1e-6
}

/// Times `f`: a few runs to warm up, then at least 10 runs and 2 s
/// (at most 2,000 runs); the median and the fastest wall time, the
/// count, and the median CPU time, in ms.
fn measure(mut f: impl FnMut()) -> (f64, f64, usize, f64) {
    for _ in 0..3 {
        f();
    }
    let mut times = Vec::new();
    let mut cpu = Vec::new();
    let started = Instant::now();
    while times.len() < 2_000 && (times.len() < 10 || started.elapsed() < Duration::from_secs(2)) {
        let run = Instant::now();
        let run_cpu = cpu_ms();
        f();
        cpu.push(cpu_ms() - run_cpu);
        times.push(run.elapsed().as_secs_f64() * 1e3);
    }
    times.sort_by(f64::total_cmp);
    cpu.sort_by(f64::total_cmp);
    (
        times[times.len() / 2],
        times[0],
        times.len(),
        cpu[cpu.len() / 2],
    )
}

fn nets(dir: &Path, threads: &[usize]) {
    // `ONLY=name`: that network alone, so that `bench/speed.sh` can set
    // each network's engines side by side in the same minute.
    let only = std::env::var("ONLY").ok();
    for (name, size, _, _) in networks() {
        if only.as_deref().is_some_and(|only| only != name) {
            continue;
        }
        let mut ours = forward_side::of(name, forward_side::Path::Plain);
        let mut prepared = forward_side::of(name, forward_side::Path::Prepared);
        for &threads in threads {
            cnn_run::set_threads(threads);
            let (median, min, runs, cpu) = measure(|| ours.run());
            println!("cnn\t{name}\t{threads}\t{median:.3}\t{min:.3}\t{runs}\t{cpu:.3}");
            let (median, min, runs, cpu) = measure(|| prepared.run());
            println!("prep\t{name}\t{threads}\t{median:.3}\t{min:.3}\t{runs}\t{cpu:.3}");
            #[cfg(feature = "tract")]
            {
                let path = dir.join(format!("{name}.onnx"));
                let tract = tract_side::Tract::load(&path, size).expect("tract loads the model");
                let (median, min, runs, cpu) =
                    tract_side::with_threads(threads, || measure(|| tract.run()));
                println!("tract\t{name}\t{threads}\t{median:.3}\t{min:.3}\t{runs}\t{cpu:.3}");
            }
            #[cfg(not(feature = "tract"))]
            let _ = (dir, size);
        }
    }
}

fn layers(model: &str) {
    let (_, _, macs, rows) = networks()
        .into_iter()
        .find(|(name, ..)| *name == model)
        .unwrap_or_else(|| panic!("no network {model}"));
    let mut ours = Layers::new(rows);
    assert_eq!(
        ours.macs(),
        macs,
        "{model}: the layers walked are the network's"
    );
    // The whole pass through `forward` beside the sum of its layers.
    let mut forward = forward_side::of(model, forward_side::Path::Plain);
    let (forward_ms, ..) = measure(|| forward.run());
    let runs = 20;
    let mut times = vec![Duration::ZERO; ours.steps.len()];
    ours.run(&mut times);
    times.fill(Duration::ZERO);
    for _ in 0..runs {
        ours.run(&mut times);
    }
    let total: f64 = times.iter().map(|t| t.as_secs_f64()).sum::<f64>() / runs as f64;
    println!(
        "{model}: the layers one by one {:.2} ms a pass ({:.1} GFLOP/s, {} MACs, the mean of {runs} passes); forward {forward_ms:.2} ms (median)",
        total * 1e3,
        2.0 * macs as f64 / total / 1e9,
        macs
    );
    // By kind (convolutions by window), the slowest first.
    let mut kinds: Vec<(String, f64, f64)> = Vec::new();
    for (step, time) in ours.steps.iter().zip(&times) {
        let mut words = step.layer.spec.split_whitespace();
        let keyword = words.next().unwrap_or("?");
        let kind = match keyword {
            "conv" => format!(
                "conv {}",
                words
                    .next()
                    .unwrap_or("?")
                    .rsplit_once('x')
                    .map_or("?", |(w, _)| w)
            ),
            other => other.to_string(),
        };
        let seconds = time.as_secs_f64() / runs as f64;
        let flops = 2.0 * (step.layer.macs * step.times) as f64;
        match kinds.iter_mut().find(|(name, ..)| *name == kind) {
            Some(entry) => {
                entry.1 += seconds;
                entry.2 += flops;
            }
            None => kinds.push((kind, seconds, flops)),
        }
    }
    kinds.sort_by(|a, b| b.1.total_cmp(&a.1));
    println!("| kind | ms | share | GFLOP/s |");
    println!("| --- | ---: | ---: | ---: |");
    for (kind, seconds, flops) in &kinds {
        let rate = if *flops > 0.0 {
            format!("{:.1}", flops / seconds / 1e9)
        } else {
            "-".into()
        };
        println!(
            "| {kind} | {:.3} | {:.1}% | {rate} |",
            seconds * 1e3,
            100.0 * seconds / total
        );
    }
    println!();
    let mut order: Vec<usize> = (0..times.len()).collect();
    order.sort_by(|&a, &b| times[b].cmp(&times[a]));
    println!("| layer | input | times | ms | share | GFLOP/s |");
    println!("| --- | --- | ---: | ---: | ---: | ---: |");
    for index in order {
        let step = &ours.steps[index];
        let seconds = times[index].as_secs_f64() / runs as f64;
        let flops = 2.0 * (step.layer.macs * step.times) as f64;
        println!(
            "| {} | {} | {} | {:.3} | {:.1}% | {} |",
            step.layer.spec,
            step.layer.input,
            step.times,
            seconds * 1e3,
            100.0 * seconds / total,
            if flops > 0.0 {
                format!("{:.1}", flops / seconds / 1e9)
            } else {
                "-".into()
            }
        );
    }
}

/// The prepared pass of `model` timed step by step (the clock read after
/// each step, through `forward_prepared_each`), each step's median over
/// 21 passes: per step, and summed by what the step is, the slowest first.
fn steps(model: &str) {
    let (_, _, macs, _) = networks()
        .into_iter()
        .find(|(name, ..)| *name == model)
        .unwrap_or_else(|| panic!("no network {model}"));
    let mut ours = forward_side::of(model, forward_side::Path::Prepared);
    let (whole, ..) = measure(|| ours.run());
    let runs = 21;
    let mut labels: Vec<String> = Vec::new();
    // Each step's time in each pass, then its median over the passes: a
    // loaded machine's outliers move a mean, not a median.
    let mut samples: Vec<Vec<f64>> = Vec::new();
    for run in 0..=runs {
        let mut at = 0;
        let mut last = Instant::now();
        ours.steps(&mut |label| {
            let now = Instant::now();
            if run > 0 {
                // The first pass warms up and names the steps.
                samples[at].push((now - last).as_secs_f64());
            } else {
                labels.push(label);
                samples.push(Vec::new());
            }
            at += 1;
            last = Instant::now();
        });
    }
    let times: Vec<f64> = samples
        .iter_mut()
        .map(|times| {
            times.sort_by(f64::total_cmp);
            times[times.len() / 2]
        })
        .collect();
    let total: f64 = times.iter().sum();
    println!(
        "{model}: the prepared pass {:.2} ms summed over its steps' medians ({:.1} GFLOP/s over {} MACs; {} steps); forward_prepared {whole:.2} ms (median)",
        total * 1e3,
        2.0 * macs as f64 / total / 1e9,
        macs,
        labels.len()
    );
    // By what each step is, without its shapes.
    let mut kinds: Vec<(String, f64, usize)> = Vec::new();
    for (label, &time) in labels.iter().zip(&times) {
        let mut words = label.split(" on ");
        let head = words.next().unwrap_or("?");
        let tail: String = label
            .split_whitespace()
            .filter(|w| w.starts_with('+'))
            .collect::<Vec<_>>()
            .join(" ");
        let mut spec = head.split_whitespace();
        let keyword = spec.next().unwrap_or("?");
        let window = match keyword {
            "conv" | "dwconv" => spec.next().map_or("?".into(), |w| {
                w.rsplit_once('x').map_or(w, |(w, _)| w).to_string()
            }),
            _ => String::new(),
        };
        let kind = format!("{keyword} {window} {tail}")
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ");
        match kinds.iter_mut().find(|(name, ..)| *name == kind) {
            Some(entry) => {
                entry.1 += time;
                entry.2 += 1;
            }
            None => kinds.push((kind, time, 1)),
        }
    }
    kinds.sort_by(|a, b| b.1.total_cmp(&a.1));
    println!("| step | count | ms | share |");
    println!("| --- | ---: | ---: | ---: |");
    for (kind, time, count) in &kinds {
        println!(
            "| {kind} | {count} | {:.3} | {:.1}% |",
            time * 1e3,
            100.0 * time / total
        );
    }
    println!();
    // STEPS_ALL=1: every step, in the program's order, to set beside
    // another engine's profile node by node.
    let all = std::env::var_os("STEPS_ALL").is_some();
    let mut order: Vec<usize> = (0..times.len()).collect();
    if !all {
        order.sort_by(|&a, &b| times[b].total_cmp(&times[a]));
        order.truncate(15);
    }
    println!(
        "| step ({}) | ms | share |",
        if all {
            "every one, in order"
        } else {
            "slowest 15"
        }
    );
    println!("| --- | ---: | ---: |");
    for index in order.into_iter() {
        println!(
            "| {} | {:.3} | {:.1}% |",
            labels[index],
            times[index] * 1e3,
            100.0 * times[index] / total
        );
    }
}

/// The kernel `CNN_KERNEL` names, if it names one.
fn cap_kernel() {
    let Ok(name) = std::env::var("CNN_KERNEL") else {
        return;
    };
    let kernel = [
        cnn_run::Kernel::Avx512,
        cnn_run::Kernel::Avx2Fma,
        cnn_run::Kernel::Portable,
    ]
    .into_iter()
    .find(|k| k.name() == name)
    .unwrap_or_else(|| panic!("CNN_KERNEL={name}: avx512f, avx2+fma or portable"));
    cnn_run::force_kernel(Some(kernel));
}

fn main() {
    cap_kernel();
    let args: Vec<String> = std::env::args().skip(1).collect();
    match args.first().map(String::as_str) {
        Some("nets") => {
            let dir = Path::new(args.get(1).expect("the folder of the .onnx files"));
            let threads: Vec<usize> = match args.get(2..) {
                Some(rest) if !rest.is_empty() => rest.iter().map(|t| t.parse().unwrap()).collect(),
                _ => vec![1, 2],
            };
            nets(dir, &threads);
        }
        Some("layers") => layers(args.get(1).map_or("resnet18", String::as_str)),
        Some("steps") => {
            // An optional thread count after the model (default 1).
            cnn_run::set_threads(args.get(2).map_or(1, |t| t.parse().unwrap()));
            steps(args.get(1).map_or("resnet18", String::as_str))
        }
        Some("gemm") => gemm_choice::compare(20),
        Some("peak") => {
            for threads in args[1..].iter().map(|t| t.parse().unwrap()) {
                let avx2 = peak::gflops(threads);
                let avx512 = peak::gflops_512(threads);
                let best = avx512.map_or(avx2, |wide| wide.max(avx2));
                let avx512 = avx512.map_or("none".into(), |wide| format!("{wide:.1}"));
                println!("peak\t{threads}\t{best:.1}\tavx2 {avx2:.1}\tavx512 {avx512}");
            }
        }
        Some("count") => count::count(
            args.get(1).map_or("resnet18", String::as_str),
            args.get(2).map_or("prepared", String::as_str),
            args.get(3)
                .map_or(1, |n| n.parse().expect("a count of passes")),
        ),
        Some("kernel") => println!("kernel\t{}", cnn_run::kernel().name()),
        Some("macs") => {
            for (name, _, macs, _) in networks() {
                println!("macs\t{name}\t{macs}");
            }
        }
        _ => {
            eprintln!("usage: cnn-speed nets DIR [THREADS...] | layers MODEL | steps MODEL | gemm | peak THREADS... | macs | kernel | count MODEL plain|prepared N");
            std::process::exit(2);
        }
    }
}
