#!/usr/bin/python3
"""Timings of the numpy / sklearn equivalents beside bench/embedding-kernels.bench.ts.

Usage: /usr/bin/python3 bench/embedding_kernels_reference.py DIR
DIR holds raw little-endian float32 row-major files written by the TypeScript bench (so both
sides time the same data) and a spec.json with their shapes. Prints one JSON object with
milliseconds and values for
- nn: cosine nearest neighbour, float32 like the bench's input: rows scaled to unit length,
  `S @ R.T` (OpenBLAS sgemm), then `.max(axis=1)` (the whole n x m matrix in memory);
- prdc: clovaai/generative-evaluation-prdc 0.2 compute_prdc formulas on
  sklearn.metrics.pairwise_distances (the library's own call, here with the default n_jobs);
- mmd: MMD^2 U-statistic with the median heuristic and a permutation test done the fast numpy way:
  pooled squared distances from one float32 product, np.median over i < j, K = exp(-D / 2 s^2) in
  float64, then every permutation at once as Z @ K (float64 dgemm), like synthscope does.
"""
import json
import os
import sys
import time

import numpy as np
import sklearn
import sklearn.metrics


def load(directory, name, rows, dim):
    return np.fromfile(os.path.join(directory, name), dtype="<f4").reshape(rows, dim)


def timed(fn):
    t = time.perf_counter()
    value = fn()
    return (time.perf_counter() - t) * 1000.0, value


def nn(s, r):
    su = s / np.linalg.norm(s, axis=1, keepdims=True)
    ru = r / np.linalg.norm(r, axis=1, keepdims=True)
    best = (su @ ru.T).max(axis=1)
    return float(best.mean())


def kth_value(unsorted, k):
    indices = np.argpartition(unsorted, k, axis=-1)[..., :k]
    return np.take_along_axis(unsorted, indices, axis=-1).max(axis=-1)


def prdc(real, fake, k):
    pd = sklearn.metrics.pairwise_distances
    real_r = kth_value(pd(real, metric="euclidean"), k + 1)
    fake_r = kth_value(pd(fake, metric="euclidean"), k + 1)
    cross = pd(real, fake, metric="euclidean")
    inside = cross < real_r[:, None]
    return {
        "precision": float(inside.any(axis=0).mean()),
        "recall": float((cross < fake_r[None, :]).any(axis=1).mean()),
        "density": float(inside.sum(axis=0).mean() / k),
        "coverage": float((cross.min(axis=1) < real_r).mean()),
    }


def mmd_test(real, fake, permutations, seed):
    pooled = np.vstack([real, fake])
    pooled = pooled - pooled.mean(axis=0)
    n, total = real.shape[0], pooled.shape[0]
    sq = (pooled.astype(np.float64) ** 2).sum(axis=1)
    d2 = np.maximum(sq[:, None] + sq[None, :] - 2.0 * (pooled @ pooled.T), 0.0)
    sigma = float(np.median(np.sqrt(d2[np.triu_indices(total, k=1)])))
    kern = np.exp(-d2 / (2 * sigma * sigma))
    np.fill_diagonal(kern, 0.0)
    row_sums = kern.sum(axis=1)
    k_total = row_sums.sum()
    rng = np.random.default_rng(seed)
    z = np.zeros((permutations + 1, total))
    z[0, :n] = 1.0
    for p in range(1, permutations + 1):
        z[p, rng.permutation(total)[:n]] = 1.0
    sxx = ((z @ kern) * z).sum(axis=1)
    rx = z @ row_sums
    m = total - n
    stats = sxx / (n * (n - 1)) + (k_total - 2 * rx + sxx) / (m * (m - 1)) - 2 * (rx - sxx) / (n * m)
    p_value = (1 + np.sum(stats[1:] >= stats[0])) / (1 + permutations)
    return {"mmd2": float(stats[0]), "sigma": sigma, "pValue": float(p_value)}


def main():
    directory = sys.argv[1]
    with open(os.path.join(directory, "spec.json")) as f:
        spec = json.load(f)
    out = {"versions": {"numpy": np.__version__, "sklearn": sklearn.__version__}}

    s = load(directory, "nn_synthetic.f32", spec["nnRows"], spec["dim"])
    r = load(directory, "nn_real.f32", spec["nnRows"], spec["dim"])
    nn(s[:1000], r[:1000])  # warm-up (thread pool)
    ms, value = timed(lambda: nn(s, r))
    out["nn"] = {"ms": ms, "mean": value}
    del s, r

    real = load(directory, "prdc_real.f32", spec["prdcRows"], spec["dim"])
    fake = load(directory, "prdc_synthetic.f32", spec["prdcRows"], spec["dim"])
    ms, value = timed(lambda: prdc(real, fake, spec["k"]))
    out["prdc"] = {"ms": ms, **value}

    real = load(directory, "mmd_real.f32", spec["mmdRows"], spec["dim"])
    fake = load(directory, "mmd_synthetic.f32", spec["mmdRows"], spec["dim"])
    ms, value = timed(lambda: mmd_test(real, fake, spec["permutations"], 0))
    out["mmd"] = {"ms": ms, **value}

    json.dump(out, sys.stdout)


if __name__ == "__main__":
    main()
