#!/usr/bin/python3
"""Timings of scipy's two-sample functions beside bench/two-sample.bench.ts.

Usage: /usr/bin/python3 bench/two_sample_reference.py DIR
DIR holds raw little-endian float64 files a.f64, b.f64 and c.f64 written by the TypeScript bench,
so both sides time the same data. Prints one JSON object: for each of
- ks_small:  scipy.stats.ks_2samp(a, b)   (asymptotic, kstwo.sf by Pelz-Good)
- ks_large:  scipy.stats.ks_2samp(a, c)   (asymptotic, kstwo.sf by the Smirnov sum)
- wasserstein: scipy.stats.wasserstein_distance(a, b)
the median of REPEATS warm runs in milliseconds and the value(s) computed.
"""
import json
import os
import sys
import time

import numpy as np
import scipy
from scipy import stats

REPEATS = 3


def median_ms(fn):
    fn()  # warm-up
    times, value = [], None
    for _ in range(REPEATS):
        t = time.perf_counter()
        value = fn()
        times.append((time.perf_counter() - t) * 1000.0)
    return float(np.median(times)), value


def main():
    directory = sys.argv[1]
    load = lambda name: np.fromfile(os.path.join(directory, name), dtype="<f8")
    a, b, c = load("a.f64"), load("b.f64"), load("c.f64")
    out = {"versions": {"scipy": scipy.__version__, "numpy": np.__version__}}
    ms, r = median_ms(lambda: stats.ks_2samp(a, b))
    out["ks_small"] = {"ms": ms, "statistic": float(r.statistic), "pValue": float(r.pvalue)}
    ms, r = median_ms(lambda: stats.ks_2samp(a, c))
    out["ks_large"] = {"ms": ms, "statistic": float(r.statistic), "pValue": float(r.pvalue)}
    ms, w = median_ms(lambda: stats.wasserstein_distance(a, b))
    out["wasserstein"] = {"ms": ms, "value": float(w)}
    print(json.dumps(out))


if __name__ == "__main__":
    main()
