"""Whole networks of examples/ run by PyTorch, for cnn-tests/tests/forward_examples.rs.

    venv/bin/python scripts/pytorch_network_cases.py [KEY ...]

writes cnn-tests/tests/data/forward/KEY.txt for every network declared in
examples/ and in cnn-tests/tests/forward_examples/named.rs (or only the
KEYs given: `resnet18`, `lenet`, `skips`, ...). CI does not need torch:
the files are committed.

The structure comes from `cnn json` (cnn-cli), which reads the example file
as the macro does: every statement with its input shape, blocks nested. Each
statement becomes the module scripts/pytorch_forward_cases.py builds for it
(the single-layer cases of cnn-run/tests/run.rs, so the conventions are
the same: TensorFlow's `pad same`, (C, H, W) flatten order, eps 1e-5, ...),
and the blocks become what the language says they are: `add` and
`residual` sum their branches, `concat` stacks channels, `mul` multiplies
(a 1x1xC gate broadcast over HxW), `sub` takes its second branch
from its first, `mix` weighs its paths by the softmax across them of
what its last branch makes of their sum (timm's SelectiveKernel), `split` feeds each branch its own equal
slice of the channels and concatenates the outputs, `repeat` plays its
rounds in order, and `from name` reads the output kept for the latest row
called `name` (every named row's output is kept as it is computed). Before any forward runs, the torch model's learnable
parameter and buffer counts are checked against the json's `params` and
`non_trainable_params`, and after it the output shape against `output`, so
a wrong builder stops the script instead of writing a wrong file.

# Values both sides make from the file alone

Value i of a run of `len` values seeded `seed` in [lo, hi) is

    z = splitmix64 output for state seed + (i + 1) * 0x9E3779B97F4A7C15
    u = (z >> 40) / 2^24                        (24 bits, exact in f64)
    v = f32(lo + (hi - lo) * u)                 (computed in f64, rounded once)

(the i-th output of a splitmix64 generator seeded `seed`). The parameters
are one run over the flat vector `NetWeights::from_slice` takes: every
statement's tensors in order, each in PyTorch's state_dict order, batch
norm's running statistics included and `num_batches_tracked` left out.
Each tensor has its own [lo, hi), written as a `range offset len lo hi`
line; the index i is the offset in the whole vector, so a tensor's values
do not depend on the ranges of the others. The input is one run of its own.

The ranges keep the activations near unit scale, so that a tolerance
relative to max(1, max |y|) is not loose on tiny outputs: the script runs
the network once in float64 and, as each statement is reached, picks its
tensors' ranges from the statistics of the input it actually gets
(convolution and linear weights +-sqrt(3 / (fan_in * E[x^2])), batch norm's
running mean and variance around the input's mean and variance, norm
weights near 1, small biases), fills them, and runs it. A statement's
parameters are set before it runs and never change after, so that same
pass is the expected output. Ranges are rounded to 6 significant digits
before use, so the file holds exactly what made the values.

# The file

    network NAME             the struct, from FILE
    params P                 learnable (PARAMS)
    values N                 NetWeights::<f32>::LEN (TOTAL_PARAMS)
    seed S                   the parameters' run
    range OFFSET LEN LO HI   one per tensor, in order, then a comment
    input SEED LEN LO HI     the input's run, channels last
    output LEN               OUTPUT_LEN
    maxabs M                 max |y| over the whole output
    sum S / sumsq Q          sum of y and of y^2 over the whole output
    y LEN                    then every value, channels last ...
    samples K                ... or, for a large output, K lines `INDEX VALUE`

Values are printed with 9 significant digits (they give back the f32).
"""

import json
import math
import os
import subprocess
import sys
import time

import numpy as np
import torch

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from pytorch_forward_cases import build  # noqa: E402  (the single-layer builder)

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT_DIR = os.path.join(REPO, "cnn-tests", "tests", "data", "forward")
GOLDEN = 0x9E3779B97F4A7C15
MASK = (1 << 64) - 1
PARAM_SEED = 15
INPUT_SEED = 1015
INPUT_RANGE = (-1.0, 1.0)
# An output up to this long is written whole; a longer one (the
# segmentation maps, U-Net's) as a digest: SAMPLES values at fixed
# pseudo-random indices, plus max |y|, sum and sum of squares of all.
FULL_OUTPUT = 4096
SAMPLES = 2048
SAMPLE_SEED = 2015


def splitmix(seed, start, count):
    """Outputs start .. start+count of splitmix64 seeded `seed`, as uint64."""
    with np.errstate(over="ignore"):
        index = np.arange(start + 1, start + count + 1, dtype=np.uint64)
        z = np.uint64(seed) + index * np.uint64(GOLDEN)
        z = (z ^ (z >> np.uint64(30))) * np.uint64(0xBF58476D1CE4E5B9)
        z = (z ^ (z >> np.uint64(27))) * np.uint64(0x94D049BB133111EB)
        return z ^ (z >> np.uint64(31))


def uniform(seed, start, count, lo, hi):
    """The run's values start .. start+count in [lo, hi), as float32
    (computed in float64 and rounded once, as the Rust test does)."""
    out = np.empty(count, dtype=np.float32)
    chunk = 1 << 22
    for begin in range(0, count, chunk):
        n = min(chunk, count - begin)
        u = (splitmix(seed, start + begin, n) >> np.uint64(40)).astype(np.float64) / float(1 << 24)
        out[begin : begin + n] = (lo + (hi - lo) * u).astype(np.float32)
    return out


def rounded(value):
    return float(f"{value:.6g}")


class Leaf:
    """One statement: its torch module and where its tensors start in the
    flat parameter vector."""

    def __init__(self, row, offset):
        self.row = row
        self.module, self.fields = build(row["spec"], row["input"])
        self.module.double().eval()
        self.tensors = [
            (name, t)
            for name, t in self.module.state_dict().items()
            if t.is_floating_point() and not name.endswith("num_batches_tracked")
        ]
        self.offset = offset
        self.len = sum(t.numel() for _, t in self.tensors)
        self.learnable = sum(p.numel() for p in self.module.parameters())
        self.ranges = []


def tree(rows, leaves, offset):
    """The rows of a `layers` or `children` list as a sequence node, and
    the offset after their tensors."""
    nodes = []
    for row in rows:
        kind = row["kind"]
        if kind == "input":
            node = ("seq", [])
        elif kind == "from":
            node = ("from", row["from"])
        elif kind in ("sequence", "branch"):
            node, offset = tree(row.get("children", []), leaves, offset)
        elif kind == "residual":
            body, offset = tree(row["children"], leaves, offset)
            node = ("add", [("seq", []), body])
        elif kind in ("add", "concat", "mul", "split", "sub", "mix"):
            branches = []
            for child in row["children"]:
                branch, offset = tree(child.get("children", []), leaves, offset)
                branches.append(branch)
            node = (kind, branches)
        elif kind == "repeat":
            node, offset = repeat(row, leaves, offset)
        else:
            leaf = Leaf(row, offset)
            offset += leaf.len
            leaves.append(leaf)
            node = ("leaf", leaf)
        if row["name"] is not None:
            # Kept for a `from` further on (docs/json-schema.md): the
            # latest output of that name, as the language resolves it.
            node = ("named", (row["name"], node))
        nodes.append(node)
    return ("seq", nodes), offset


def repeat(row, leaves, offset):
    """A `repeat`'s rounds. The json lists its body once per distinct
    round, each child with `times`, the rounds it stands for: a run of
    consecutive children with the same `times` k is one round played k
    times (rounds with k = 1 next to each other read the same as one
    sequence), and each play has parameters of its own."""
    groups = []
    for child in row["children"]:
        if groups and groups[-1][0] == child["times"]:
            groups[-1][1].append(child)
        else:
            groups.append((child["times"], [child]))
    covered = sum(times * len(children) for times, children in groups)
    body, rest = divmod(covered, row["rounds"])
    assert rest == 0 and (groups[-1][0] == 1 or len(groups[-1][1]) == body), (row["spec"], covered)
    nodes = []
    for times, children in groups:
        assert times == 1 or children[0]["input"] == children[-1]["output"], row["spec"]
        for _ in range(times):
            node, offset = tree(children, leaves, offset)
            nodes.append(node)
    return ("seq", nodes), offset


def ranges(leaf, x):
    """[lo, hi) for each of the leaf's tensors, from its input `x`."""
    kind = leaf.row["kind"]
    mean = x.mean().item()
    var = max(x.var(unbiased=False).item(), 1e-6)
    m2 = max((x * x).mean().item(), 1e-6)
    out = []
    for name, t in leaf.tensors:
        last = name.rsplit(".", 1)[-1]
        if last == "weight" and t.dim() >= 2:
            fan_in = t[0].numel()
            if kind == "convtranspose":
                # weight [in, out / groups, k...]: an output sees in / groups
                # channels at prod(k) / prod(stride) taps on average.
                groups = int(leaf.fields.get("groups", 1))
                rank = t.dim() - 2
                stride = [int(s) for s in str(leaf.fields.get("stride", 1)).split(",")]
                stride = stride * rank if len(stride) == 1 else stride
                fan_in = max(1.0, t.shape[0] / groups * math.prod(t.shape[2:]) / math.prod(stride))
            bound = rounded(math.sqrt(3.0 / (fan_in * m2)))
            out.append((-bound, bound))
        elif kind == "prelu":
            out.append((0.1, 0.4))
        elif kind == "scale":
            out.append((0.2, 0.6))
        elif kind == "affine" and last == "scale":
            out.append((0.8, 1.2))
        elif kind == "gain":
            # NFNet's skipinit gain, away from its initial 0.
            out.append((0.5, 1.5))
        elif last == "filt":
            # A blur's taps: positive, summing to about 1 as the binomial
            # filter's do.
            taps = t[0].numel()
            out.append((0.0, rounded(2.0 / taps)))
        elif last == "weight":
            out.append((0.8, 1.2))
        elif last == "bias":
            out.append((-0.1, 0.1))
        elif last == "running_mean":
            spread = 0.2 * math.sqrt(var)
            out.append((rounded(mean - spread), rounded(mean + spread)))
        elif last == "running_var":
            out.append((rounded(0.5 * var), rounded(1.5 * var)))
        else:
            raise ValueError(f"no range rule for {name} of {leaf.row['spec']!r}")
    return out


def fill(leaf, x):
    """Picks the leaf's ranges from its input and fills its tensors."""
    leaf.ranges = ranges(leaf, x)
    offset = leaf.offset
    with torch.no_grad():
        for (name, t), (lo, hi) in zip(leaf.tensors, leaf.ranges):
            values = uniform(PARAM_SEED, offset, t.numel(), lo, hi)
            t.copy_(torch.from_numpy(values.astype(np.float64)).reshape(t.shape))
            offset += t.numel()


# The outputs of the named rows of the network being run, for `from`.
NAMED = {}


def run(node, x):
    kind, body = node
    if kind == "named":
        name, inner = body
        NAMED[name] = run(inner, x)
        return NAMED[name]
    if kind == "from":
        return NAMED[body]
    if kind == "leaf":
        if body.tensors:
            fill(body, x)
        y = body.module(x)
        expected = [1] + body.row["output"]
        got = [y.shape[0]] + list(y.shape[2:]) + [y.shape[1]] if y.dim() > 2 else list(y.shape)
        assert got == expected, (body.row["spec"], body.row["input"], got, expected)
        return y
    if kind == "seq":
        for child in body:
            x = run(child, x)
        return x
    if kind == "add":
        return sum_of([run(branch, x) for branch in body])
    if kind == "concat":
        return torch.cat([run(branch, x) for branch in body], dim=1)
    if kind == "mul":
        out = run(body[0], x)
        for branch in body[1:]:
            out = out * run(branch, x)
        return out
    if kind == "sub":
        first, second = body
        return run(first, x) - run(second, x)
    if kind == "mix":
        # timm's SelectiveKernel: the paths stacked on a new axis 1, the
        # weights branch on their sum viewed as [B, paths, C, ...],
        # softmaxed across the paths, and the weighted paths summed.
        *paths, weights = body
        stacked = torch.stack([run(branch, x) for branch in paths], dim=1)
        attn = run(weights, stacked.sum(dim=1))
        attn = attn.view(attn.shape[0], len(paths), -1, *attn.shape[2:]).softmax(dim=1)
        return (stacked * attn).sum(dim=1)
    if kind == "split":
        parts = x.chunk(len(body), dim=1)
        assert all(p.shape[1] == parts[0].shape[1] for p in parts)
        return torch.cat([run(branch, part) for branch, part in zip(body, parts)], dim=1)
    raise ValueError(kind)


def sum_of(values):
    out = values[0]
    for v in values[1:]:
        out = out + v
    return out


def networks():
    """(key, example file, json) for every network of examples/."""
    files = [os.path.join("examples", f) for f in sorted(os.listdir(os.path.join(REPO, "examples"))) if f.endswith(".rs")]
    files += [os.path.join("examples", "zoo", f) for f in sorted(os.listdir(os.path.join(REPO, "examples", "zoo"))) if f.endswith(".rs") and f != "main.rs"]
    # Networks of the test alone: what the examples do not declare (`from`).
    files += [os.path.join("cnn-tests", "tests", "forward_examples", f) for f in ("named.rs", "mix.rs", "gain.rs")]
    found = []
    for path in files:
        done = subprocess.run(
            ["cargo", "run", "--quiet", "-p", "cnn-cli", "--", "json", "--color", "never", path],
            cwd=REPO,
            capture_output=True,
            text=True,
        )
        if done.returncode != 0:
            # alexnet.rs and vgg16.rs declare nothing: they use the zoo's files.
            assert "holds no network" in done.stderr, done.stderr
            continue
        for net in json.loads(done.stdout):
            stem = os.path.basename(path)[:-3]
            key = net["name"].lower() if "zoo" in path or "cnn-tests" in path else f"{stem}_{net['name'].lower()}"
            found.append((key, path, net))
    return found


def case(key, path, net):
    leaves = []
    root, total = tree(net["layers"], leaves, 0)
    learnable = sum(leaf.learnable for leaf in leaves)
    assert learnable == net["params"], (key, learnable, net["params"])
    assert total == net["total_params"], (key, total, net["total_params"])

    shape = net["input"]
    rank = len(shape) - 1
    n_in = math.prod(shape)
    x = torch.from_numpy(uniform(INPUT_SEED, 0, n_in, *INPUT_RANGE).astype(np.float64)).reshape(1, *shape)
    x = x.permute(0, rank + 1, *range(1, rank + 1)).contiguous() if rank > 0 else x
    NAMED.clear()
    with torch.no_grad():
        y = run(root, x)
    if y.dim() > 2:
        y = y.permute(0, *range(2, y.dim()), 1)
    assert list(y.shape[1:]) == net["output"], (key, list(y.shape), net["output"])
    y = y.flatten().numpy()
    assert np.all(np.isfinite(y)), key

    lines = [
        f"# Written by scripts/pytorch_network_cases.py (torch {torch.__version__}) from {path}; do not edit.",
        f"network {net['name']}",
        f"params {net['params']}",
        f"values {total}",
        f"seed {PARAM_SEED}",
    ]
    for leaf in leaves:
        offset = leaf.offset
        for (name, t), (lo, hi) in zip(leaf.tensors, leaf.ranges):
            lines.append(f"range {offset} {t.numel()} {lo!r} {hi!r} # {leaf.row['spec']} {name.rsplit('.', 1)[-1]}")
            offset += t.numel()
    lines.append(f"input {INPUT_SEED} {n_in} {INPUT_RANGE[0]!r} {INPUT_RANGE[1]!r}")
    lines.append(f"output {y.size}")
    lines.append(f"maxabs {np.abs(y).max():.9g}")
    lines.append(f"sum {y.sum():.9g}")
    lines.append(f"sumsq {(y * y).sum():.9g}")
    if y.size <= FULL_OUTPUT:
        lines.append(f"y {y.size}")
        lines += [" ".join(f"{v:.9g}" for v in y[i : i + 8]) for i in range(0, y.size, 8)]
    else:
        index = np.unique(splitmix(SAMPLE_SEED, 0, SAMPLES) % np.uint64(y.size)).astype(np.int64)
        lines.append(f"samples {index.size}")
        lines += [f"{i} {y[i]:.9g}" for i in index]
    os.makedirs(OUT_DIR, exist_ok=True)
    with open(os.path.join(OUT_DIR, f"{key}.txt"), "w") as out:
        out.write("\n".join(lines) + "\n")
    return float(np.abs(y).max())


def main():
    wanted = set(sys.argv[1:])
    torch.set_num_threads(int(os.environ.get("THREADS", "1")))
    for key, path, net in networks():
        if wanted and key not in wanted:
            continue
        start = time.time()
        maxabs = case(key, path, net)
        print(f"{key:24} {net['params']:>10} params  max|y| {maxabs:9.4g}  {time.time() - start:6.1f} s", file=sys.stderr)


if __name__ == "__main__":
    main()
