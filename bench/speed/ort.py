"""ONNX Runtime's side of the speed benchmark.

    python bench/speed/ort.py DIR [THREADS...]
    python bench/speed/ort.py --profile DIR/resnet18.onnx THREADS

The first form times DIR/{lenet,mobilenet_v2,resnet18,resnet50,efficientnet_b0}.onnx on the CPU
execution provider with intra_op_num_threads = each THREADS (default 1
and 2), one inter-op thread, sequential execution, every graph
optimisation on (the default), and prints one line per model and count:
`ort model threads median_ms min_ms runs cpu_median_ms` (the process's
CPU time), tab separated, as
`cnn-speed nets` does. Timing as there: 3 warm-up runs, then at least 10
runs and 2 s (at most 2,000).

The second form prints the time of each node kind (Conv, ...) from ONNX
Runtime's profiler, for the breakdown in BENCHMARKS.md.
"""

import json
import os
import sys
import tempfile
import time

import numpy as np
import onnxruntime as ort

MODELS = ["lenet", "mobilenet_v2", "resnet18", "resnet50", "efficientnet_b0"]


def session(path, threads, profile=False):
    options = ort.SessionOptions()
    options.intra_op_num_threads = threads
    options.inter_op_num_threads = 1
    options.execution_mode = ort.ExecutionMode.ORT_SEQUENTIAL
    if profile:
        options.enable_profiling = True
        options.profile_file_prefix = os.path.join(tempfile.mkdtemp(), "ort")
    return ort.InferenceSession(path, options, providers=["CPUExecutionProvider"])


def feed(sess):
    shape = sess.get_inputs()[0].shape
    x = np.random.default_rng(0).standard_normal(shape).astype(np.float32)
    return {sess.get_inputs()[0].name: x}


def measure(sess, inputs):
    for _ in range(3):
        sess.run(None, inputs)
    times = []
    cpu = []
    started = time.perf_counter()
    while len(times) < 2000 and (len(times) < 10 or time.perf_counter() - started < 2.0):
        run = time.perf_counter()
        run_cpu = time.process_time()
        sess.run(None, inputs)
        cpu.append((time.process_time() - run_cpu) * 1e3)
        times.append((time.perf_counter() - run) * 1e3)
    times.sort()
    cpu.sort()
    return times[len(times) // 2], times[0], len(times), cpu[len(cpu) // 2]


def profile(path, threads):
    sess = session(path, threads, profile=True)
    inputs = feed(sess)
    runs = 20
    for _ in range(3 + runs):
        sess.run(None, inputs)
    with open(sess.end_profiling()) as f:
        events = json.load(f)
    by_node = {}
    for event in events:
        if event.get("cat") != "Node" or not event["name"].endswith("_kernel_time"):
            continue
        args = event.get("args", {})
        key = (event["name"][: -len("_kernel_time")], args.get("op_name", "?"))
        by_node.setdefault(key, []).append(event["dur"])
    # The last `runs` runs of each node, in ms per run.
    rows = []
    for (node, op), durations in by_node.items():
        tail = durations[-runs:]
        rows.append((sum(tail) / len(tail) / 1e3, node, op))
    rows.sort(reverse=True)
    total = sum(r[0] for r in rows)
    by_op = {}
    for ms, _, op in rows:
        by_op[op] = by_op.get(op, 0.0) + ms
    print(f"{os.path.basename(path)}, {threads} thread(s): {total:.2f} ms in nodes")
    for op, ms in sorted(by_op.items(), key=lambda kv: -kv[1]):
        print(f"  {op:<24} {ms:8.3f} ms  {100 * ms / total:5.1f}%")
    print("  slowest nodes:")
    for ms, node, op in rows[:15]:
        print(f"    {node:<40} {op:<16} {ms:8.3f} ms")


def main():
    args = sys.argv[1:]
    if args and args[0] == "--profile":
        profile(args[1], int(args[2]) if len(args) > 2 else 1)
        return
    folder = args[0]
    threads = [int(t) for t in args[1:]] or [1, 2]
    # ONLY=name: that model alone (bench/speed.sh sets each model's
    # engines side by side in the same minute).
    only = os.environ.get("ONLY")
    for name in MODELS:
        if only and name != only:
            continue
        path = os.path.join(folder, f"{name}.onnx")
        for count in threads:
            sess = session(path, count)
            median, fastest, runs, cpu = measure(sess, feed(sess))
            print(f"ort\t{name}\t{count}\t{median:.3f}\t{fastest:.3f}\t{runs}\t{cpu:.3f}", flush=True)


if __name__ == "__main__":
    main()
