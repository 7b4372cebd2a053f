#!/usr/bin/python3
"""Timings of the trusted implementations beside bench/embedding-linalg.bench.ts.

Usage: /usr/bin/python3 bench/embedding_linalg_reference.py REAL.f32 SYNTHETIC.f32 ROWS DIM
(raw little-endian float32, row-major, written by the TypeScript bench so both time the same data).
Prints one JSON object: milliseconds and values for
- frechet: pytorch-fid 0.3.0 calculate_frechet_distance (mean, numpy.cov, scipy.linalg.sqrtm),
- c2st: sklearn LogisticRegression() on 5 StratifiedKFold(shuffle=True, random_state=0) folds,
  mean held-out roc_auc_score of decision_function,
- vendi: vendi_score 0.0.3 score_dual (d × d form, scipy.linalg.eigvalsh).
"""
import json
import sys
import time

import numpy as np
import scipy
import scipy.linalg
import sklearn
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import roc_auc_score
from sklearn.model_selection import StratifiedKFold


def frechet(a, b):
    mu1, mu2 = a.mean(axis=0), b.mean(axis=0)
    s1, s2 = np.cov(a, rowvar=False), np.cov(b, rowvar=False)
    covmean, _ = scipy.linalg.sqrtm(s1.dot(s2), disp=False)
    if np.iscomplexobj(covmean):
        covmean = covmean.real
    diff = mu1 - mu2
    return float(diff.dot(diff) + np.trace(s1) + np.trace(s2) - 2 * np.trace(covmean))


def frechet_symmetric(a, b):
    """Untimed accuracy check: the cross term from numpy.linalg.eigh, Tr sqrt(S Σ2 S), S = Σ1^{1/2}."""
    s1, s2 = np.cov(a, rowvar=False), np.cov(b, rowvar=False)
    lam, v = np.linalg.eigh(s1)
    s = (v * np.sqrt(np.clip(lam, 0, None))) @ v.T
    mu = np.linalg.eigvalsh(s @ s2 @ s)
    diff = a.mean(axis=0) - b.mean(axis=0)
    return float(diff.dot(diff) + np.trace(s1) + np.trace(s2) - 2 * np.sqrt(np.clip(mu, 0, None)).sum())


def c2st(a, b, folds=5):
    x = np.vstack([a, b]).astype(np.float64)
    y = np.r_[np.zeros(len(a)), np.ones(len(b))]
    aucs = []
    for tr, te in StratifiedKFold(folds, shuffle=True, random_state=0).split(x, y):
        m = LogisticRegression().fit(x[tr], y[tr])
        aucs.append(roc_auc_score(y[te], m.decision_function(x[te])))
    return float(np.mean(aucs))


def vendi(x):
    x = x.astype(np.float64)
    x = x / np.linalg.norm(x, axis=1, keepdims=True)
    w = scipy.linalg.eigvalsh(x.T @ x / x.shape[0])
    w = w[w > 0]
    return float(np.exp(-(w * np.log(w)).sum()))


def timed(fn, *args, repeats=2):
    """Best of `repeats` runs, in milliseconds (the machine is shared: the minimum is the least noisy)."""
    best = float("inf")
    for _ in range(repeats):
        t = time.perf_counter()
        value = fn(*args)
        best = min(best, (time.perf_counter() - t) * 1000)
    return best, value


def main():
    real_path, synthetic_path, rows, dim = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4])
    a = np.fromfile(real_path, dtype="<f4").reshape(rows, dim)
    b = np.fromfile(synthetic_path, dtype="<f4").reshape(rows, dim)
    # pytorch-fid takes the activations as float32 arrays; np.cov computes in float64.
    fd_ms, fd = timed(frechet, a, b)
    c2st_ms, auc = timed(c2st, a, b)
    vendi_ms, vs = timed(vendi, a)
    print(json.dumps({
        "versions": {"numpy": np.__version__, "scipy": scipy.__version__, "sklearn": sklearn.__version__},
        "frechet": {"ms": fd_ms, "value": fd, "symmetricFormValue": frechet_symmetric(a.astype(np.float64), b.astype(np.float64))},
        "c2st": {"ms": c2st_ms, "value": auc},
        "vendi": {"ms": vendi_ms, "value": vs},
    }))


if __name__ == "__main__":
    main()
