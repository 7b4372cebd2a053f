"""Reference values for the embedding-distribution metrics on onnxruntime kernels
(src/stats/embedding/nearest-neighbor-similarity.ts, prdc.ts, mmd2.ts, mmd-test.ts).

Run from the repository root:
    /usr/bin/python3 scripts/reference/embedding_kernels.py
Writes fixtures/reference/embedding_kernels.json.

Everything is computed in float64 numpy on float32 data (the data are drawn with a seeded numpy
generator, rounded to float32 and stored in the fixture, so the TypeScript side reads the very
same numbers):
- nearest-neighbour cosine: rows scaled to unit length, S @ R.T, max and argmax per row;
- PRDC: the formulas of clovaai/generative-evaluation-prdc (prdc 0.2, compute_prdc) re-implemented
  in numpy on exact float64 distances, and cross-checked here against the same formulas on
  sklearn.metrics.pairwise_distances (as clovaai's code calls it);
- MMD^2: the unbiased U-statistic of Gretton et al. (2012, JMLR 13, eq. 3) with the RBF kernel
  exp(-d^2 / (2 sigma^2)), sigma by the median heuristic (np.median over pairs i < j of the pooled
  rows) or given;
- the MMD permutation test: the labellings are drawn by a port of synthscope's createRng
  (src/core/rng.ts: mulberry32 over a splitmix32-scrambled seed, Fisher-Yates shuffle), so the
  p-values are those of the same permutations; p = (1 + #{perm >= observed - tie}) / (1 + P),
  tie = 1e-9 * mean off-diagonal kernel value, as documented in mmd-test.ts.
"""
import itertools
import json
import os
import platform
import sys

import numpy as np
import sklearn
import sklearn.metrics

ROOT = os.path.normpath(os.path.join(os.path.dirname(__file__), "..", ".."))
OUT = os.path.join(ROOT, "fixtures", "reference", "embedding_kernels.json")


# ---------------------------------------------------------------------------------------------
# synthscope's seeded rng, ported bit for bit (all arithmetic modulo 2^32)
# ---------------------------------------------------------------------------------------------
M32 = 0xFFFFFFFF


def imul(a, b):
    return (a * b) & M32


def splitmix32(x):
    x = (x + 0x9E3779B9) & M32
    z = x
    z = imul(z ^ (z >> 16), 0x85EBCA6B)
    z = imul(z ^ (z >> 13), 0xC2B2AE35)
    return (z ^ (z >> 16)) & M32


class Rng:
    def __init__(self, seed):
        self.state = splitmix32(int(seed) & M32)

    def next(self):
        self.state = (self.state + 0x6D2B79F5) & M32
        t = self.state
        t = imul(t ^ (t >> 15), t | 1)
        t = t ^ ((t + imul(t ^ (t >> 7), t | 61)) & M32)
        return ((t ^ (t >> 14)) & M32) / 4294967296.0

    def shuffle(self, items):
        for i in range(len(items) - 1, 0, -1):
            j = int(self.next() * (i + 1))
            items[i], items[j] = items[j], items[i]
        return items


# ---------------------------------------------------------------------------------------------
# helpers
# ---------------------------------------------------------------------------------------------
gen = np.random.default_rng(20240611)


def f32(a):
    """Round to float32 (what the TypeScript side stores) and compute in float64 from there."""
    return np.asarray(a, dtype=np.float32).astype(np.float64)


def normal(n, d, loc=0.0, scale=1.0):
    return f32(gen.normal(loc, scale, size=(n, d)))


def tolist(a):
    # Shortest decimal that reads back as the same float32 (JSON stays small; exact on both sides).
    return [[float(repr(np.float32(v))) for v in row] for row in a]


def sqdist(x, y):
    """Exact float64 squared Euclidean distances from the differences (no cancellation)."""
    return ((x[:, None, :] - y[None, :, :]) ** 2).sum(axis=-1)


# ---------------------------------------------------------------------------------------------
# nearest-neighbour cosine
# ---------------------------------------------------------------------------------------------
def nn_similarity(s, r):
    su = s / np.linalg.norm(s, axis=1, keepdims=True)
    ru = r / np.linalg.norm(r, axis=1, keepdims=True)
    sim = su @ ru.T
    best = sim.max(axis=1)
    return {
        "mean": float(best.mean()),
        "median": float(np.median(best)),
        "min": float(best.min()),
        "max": float(best.max()),
        "perRow": [float(v) for v in best],
        "nearestIndex": [int(v) for v in sim.argmax(axis=1)],
    }


# ---------------------------------------------------------------------------------------------
# PRDC, clovaai formulas
# ---------------------------------------------------------------------------------------------
def kth_value(unsorted, k):
    # clovaai get_kth_value: the k smallest along the last axis, then their maximum
    indices = np.argpartition(unsorted, k, axis=-1)[..., :k]
    return np.take_along_axis(unsorted, indices, axis=-1).max(axis=-1)


def prdc_from_distances(d_real, d_fake, d_cross, k):
    real_r = kth_value(d_real, k + 1)
    fake_r = kth_value(d_fake, k + 1)
    inside_real = d_cross < real_r[:, None]
    return {
        "precision": float(inside_real.any(axis=0).mean()),
        "recall": float((d_cross < fake_r[None, :]).any(axis=1).mean()),
        "density": float((1.0 / k) * inside_real.sum(axis=0).mean()),
        "coverage": float((d_cross.min(axis=1) < real_r).mean()),
    }


def prdc(real, fake, k):
    exact = prdc_from_distances(np.sqrt(sqdist(real, real)), np.sqrt(sqdist(fake, fake)), np.sqrt(sqdist(real, fake)), k)
    pd = sklearn.metrics.pairwise_distances
    via_sklearn = prdc_from_distances(pd(real, metric="euclidean"), pd(fake, metric="euclidean"), pd(real, fake, metric="euclidean"), k)
    assert exact == via_sklearn, (exact, via_sklearn)
    return exact


# ---------------------------------------------------------------------------------------------
# MMD^2 and the permutation test
# ---------------------------------------------------------------------------------------------
def median_sigma(pooled, max_rows, rng):
    rows = pooled
    subsampled = pooled.shape[0] > max_rows
    if subsampled:
        order = rng.shuffle(list(range(pooled.shape[0])))
        rows = pooled[sorted(order[:max_rows])]
    iu = np.triu_indices(rows.shape[0], k=1)
    d = np.sqrt(sqdist(rows, rows)[iu])
    return float(np.median(d)), {"method": "median", "rows": int(rows.shape[0]), "pairs": int(d.size), "subsampled": bool(subsampled)}


def mmd2_from_kernel(kxx, kyy, kxy):
    n, m = kxx.shape[0], kyy.shape[0]
    return float(
        (kxx.sum() - np.trace(kxx)) / (n * (n - 1)) + (kyy.sum() - np.trace(kyy)) / (m * (m - 1)) - 2 * kxy.sum() / (n * m)
    )


def mmd_case(real, fake, sigma="median", seed=0, max_rows=5000, permutations=None):
    rng = Rng(seed)
    pooled = np.vstack([real, fake])
    if sigma == "median":
        s, source = median_sigma(pooled, max_rows, rng)
    else:
        s, source = float(sigma), {"method": "given"}
    kern = np.exp(-sqdist(pooled, pooled) / (2 * s * s))
    n, total = real.shape[0], pooled.shape[0]
    observed = mmd2_from_kernel(kern[:n, :n], kern[n:, n:], kern[:n, n:])
    out = {"mmd2": observed, "sigma": s, "sigmaSource": source}
    if permutations is not None:
        offdiag = kern.sum() - np.trace(kern)
        tie = 1e-9 * offdiag / (total * (total - 1))
        order = list(range(total))
        at_least = 0
        for _ in range(permutations):
            rng.shuffle(order)
            xs = np.array(sorted(order[:n]))
            ys = np.array(sorted(order[n:]))
            stat = mmd2_from_kernel(kern[np.ix_(xs, xs)], kern[np.ix_(ys, ys)], kern[np.ix_(xs, ys)])
            if stat >= observed - tie:
                at_least += 1
        out["pValue"] = (1 + at_least) / (1 + permutations)
        out["permutations"] = permutations
    return out


def exact_permutation_p(real, fake, sigma):
    """Exact p-value over all C(n+m, n) labellings (including the observed one)."""
    pooled = np.vstack([real, fake])
    kern = np.exp(-sqdist(pooled, pooled) / (2 * sigma * sigma))
    n, total = real.shape[0], pooled.shape[0]
    observed = mmd2_from_kernel(kern[:n, :n], kern[n:, n:], kern[:n, n:])
    stats = []
    for xs in itertools.combinations(range(total), n):
        xs = np.array(xs)
        ys = np.array([i for i in range(total) if i not in set(xs.tolist())])
        stats.append(mmd2_from_kernel(kern[np.ix_(xs, xs)], kern[np.ix_(ys, ys)], kern[np.ix_(xs, ys)]))
    stats = np.array(stats)
    return float(np.mean(stats >= observed - 1e-12)), len(stats)


# ---------------------------------------------------------------------------------------------
# cases
# ---------------------------------------------------------------------------------------------
fixture = {
    "generatedBy": {
        "command": "/usr/bin/python3 scripts/reference/embedding_kernels.py",
        "python": platform.python_version(),
        "numpy": np.__version__,
        "sklearn": sklearn.__version__,
        "seed": 20240611,
    },
    "kernels": {},
    "nearestNeighbor": [],
    "prdc": [],
    "mmd": [],
}

# kernels: A @ B.T and the row-wise top 3 of A @ B.T + bias
a = normal(7, 5)
b = normal(9, 5)
bias = f32(gen.normal(size=9))
scores = a @ b.T + bias
top = np.argsort(-scores, axis=1, kind="stable")[:, :3]
fixture["kernels"] = {
    "a": tolist(a),
    "b": tolist(b),
    "bias": [float(repr(np.float32(v))) for v in bias],
    "product": (a @ b.T).tolist(),
    "top3Indices": top.tolist(),
    "top3Values": np.take_along_axis(scores, top, axis=1).tolist(),
}

# nearest-neighbour cosine
s = normal(40, 16)
r = normal(50, 16)
fixture["nearestNeighbor"].append({"name": "random 40 x 16 vs 50 x 16", "synthetic": tolist(s), "real": tolist(r), **nn_similarity(s, r)})
s = f32([[1, 0], [1, 1], [-1, 0.5]])
r = f32([[1, 0], [0, 1]])
fixture["nearestNeighbor"].append({"name": "hand case in 2-D", "synthetic": tolist(s), "real": tolist(r), **nn_similarity(s, r)})
s = normal(1, 5)
r = normal(7, 5)
fixture["nearestNeighbor"].append({"name": "a single synthetic row", "synthetic": tolist(s), "real": tolist(r), **nn_similarity(s, r)})

# PRDC
real = normal(120, 8)
fake = normal(100, 8, loc=0.3, scale=1.2)
fixture["prdc"].append({"name": "random 120 vs 100 in 8-D, shifted and wider, k=5", "k": 5, "real": tolist(real), "synthetic": tolist(fake), **prdc(real, fake, 5)})
real = normal(90, 12)
fake = normal(80, 12)
fixture["prdc"].append({"name": "random 90 vs 80 in 12-D, same distribution, k=3", "k": 3, "real": tolist(real), "synthetic": tolist(fake), **prdc(real, fake, 3)})
real = normal(60, 6)
fixture["prdc"].append({"name": "identical sets, k=4", "k": 4, "real": tolist(real), "synthetic": tolist(real), **prdc(real, real, 4)})
real = f32([[0, 0], [1, 0], [0, 1], [1, 1]])
fake = f32([[0.1, 0], [5, 5], [0.9, 1]])
fixture["prdc"].append({"name": "hand case: unit square against three points, k=1", "k": 1, "real": tolist(real), "synthetic": tolist(fake), **prdc(real, fake, 1)})
real = f32([[0, 0], [1, 0], [0, 1], [1, 1]])
fake = f32([[0, 0], [2, 0], [1, 2], [3, 3]])
fixture["prdc"].append({"name": "integer points at exactly the radius are outside (strict <), k=1", "k": 1, "real": tolist(real), "synthetic": tolist(fake), **prdc(real, fake, 1)})
real = f32(np.vstack([np.zeros((3, 3)), normal(20, 3)]))
fake = f32(np.vstack([np.zeros((2, 3)), normal(15, 3, loc=0.5)]))
fixture["prdc"].append({"name": "duplicate rows (radius 0 at the duplicates), k=2", "k": 2, "real": tolist(real), "synthetic": tolist(fake), **prdc(real, fake, 2)})
one = normal(1, 16)
real = f32(np.vstack([np.repeat(one, 40, axis=0), normal(30, 16)]))
fake = f32(np.vstack([np.repeat(one, 25, axis=0), normal(20, 16)]))
fixture["prdc"].append({"name": "many exact copies of one row on both sides (40 real, 25 synthetic), k=5", "k": 5, "real": tolist(real), "synthetic": tolist(fake), **prdc(real, fake, 5)})
# A common offset far from the origin: float32 cancellation in |a|^2 + |b|^2 - 2ab without centring.
real = f32(normal(70, 10, scale=0.01) + 100.0)
fake = f32(normal(60, 10, loc=0.002, scale=0.01) + 100.0)
fixture["prdc"].append({"name": "clustered far from the origin (offset 100, spread 0.01), k=5", "k": 5, "real": tolist(real), "synthetic": tolist(fake), **prdc(real, fake, 5)})

# MMD^2
real = normal(30, 8)
fake = normal(25, 8, loc=0.2)
fixture["mmd"].append({"name": "random 30 vs 25 in 8-D, median sigma", "options": {}, "real": tolist(real), "synthetic": tolist(fake), **mmd_case(real, fake)})
fixture["mmd"].append({"name": "random 30 vs 25 in 8-D, sigma 1.5", "options": {"sigma": 1.5}, "real": tolist(real), "synthetic": tolist(fake), **mmd_case(real, fake, sigma=1.5)})
real = f32([[0], [1]])
fake = f32([[0], [2]])
# By hand: (2 e^-1/2)/2 + (2 e^-2)/2 - 2 (1 + e^-2 + 2 e^-1/2)/4 = -0.43233235838169365
fixture["mmd"].append({"name": "hand case {0,1} vs {0,2}, sigma 1", "options": {"sigma": 1}, "real": tolist(real), "synthetic": tolist(fake), **mmd_case(real, fake, sigma=1)})
real = normal(40, 5)
fake = normal(35, 5)
fixture["mmd"].append({"name": "test: same distribution, 40 vs 35 in 5-D, seed 3", "options": {"seed": 3, "permutations": 200}, "real": tolist(real), "synthetic": tolist(fake), **mmd_case(real, fake, seed=3, permutations=200)})
real = normal(40, 5)
fake = normal(35, 5, loc=0.8)
fixture["mmd"].append({"name": "test: shifted by 0.8 per axis, 40 vs 35 in 5-D, seed 1", "options": {"seed": 1, "permutations": 200}, "real": tolist(real), "synthetic": tolist(fake), **mmd_case(real, fake, seed=1, permutations=200)})
real = normal(3, 2)
fake = normal(3, 2, loc=1.0)
case = mmd_case(real, fake, sigma=1, seed=7, permutations=500)
case["exactPValue"], case["labellings"] = exact_permutation_p(real, fake, 1.0)
fixture["mmd"].append({"name": "test: 3 vs 3 (20 labellings, mirror ties), sigma 1, seed 7", "options": {"sigma": 1, "seed": 7, "permutations": 500}, "real": tolist(real), "synthetic": tolist(fake), **case})
real = normal(35, 4)
fake = normal(30, 4, loc=0.3)
fixture["mmd"].append({"name": "test: median over a 20-row subsample of 65, seed 5", "options": {"seed": 5, "medianMaxRows": 20, "permutations": 100}, "real": tolist(real), "synthetic": tolist(fake), **mmd_case(real, fake, seed=5, max_rows=20, permutations=100)})

os.makedirs(os.path.dirname(OUT), exist_ok=True)
with open(OUT, "w") as f:
    json.dump(fixture, f, indent=1)
    f.write("\n")
print(f"wrote {OUT}", file=sys.stderr)
