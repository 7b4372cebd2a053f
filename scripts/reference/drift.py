#!/usr/bin/env python3
"""Reference values for the drift family's helpers (src/metrics/drift/).

Run from the repository root:

    /usr/bin/python3 scripts/reference/drift.py

It writes fixtures/reference/drift.json, which the unit tests loop over:

  * logOddsDirichlet: the "Fightin' Words" z-scores of Monroe, Colaresi & Quinn (2008), eqs. 16
    and 18-22, computed with numpy through the posterior-mean form
    omega = (y + alpha) / (n + alpha0), delta = logit(omega_A) - logit(omega_B)
    (an algebraically equal route to the one the TypeScript takes);
  * kmeans: scikit-learn's KMeans(algorithm='lloyd', tol=0, n_init=1) from given starting
    centroids (it iterates until the assignment repeats, as ours does);
  * categoricalShift: scipy.stats.chi2_contingency (default Yates correction), Cramer's V from
    scipy.stats.contingency.association(method='cramer', correction=False), and
    scipy.spatial.distance.jensenshannon(base=2) on 2 x K count tables.

Data for k-means come from a MINSTD generator (state * 48271 mod 2^31 - 1) quantised to
multiples of 1/1024, so every value is exact in float32 (our Matrix type) and JavaScript
regenerates them bit for bit.
"""
import json
import platform
import warnings

import numpy as np
import scipy
import sklearn
from scipy.spatial import distance
from scipy.stats import chi2_contingency
from scipy.stats.contingency import association
from sklearn.cluster import KMeans

OUT = "fixtures/reference/drift.json"
MINSTD_M = 2147483647


def lcg_points(seed, n, d, centres, spread):
    """n points in d dimensions around centres[i % len(centres)], coordinates on a 1/1024 grid."""
    state = seed
    rows = []
    for i in range(n):
        c = centres[i % len(centres)]
        row = []
        for j in range(d):
            state = (state * 48271) % MINSTD_M
            u = np.floor(state / MINSTD_M * 1024) / 1024
            row.append(c[j] + spread * (u - 0.5))
        rows.append(row)
    return np.array(rows, dtype=float)


def log_odds(a, b, prior_scale=None, prior=None):
    a = np.asarray(a, dtype=float)
    b = np.asarray(b, dtype=float)
    if prior is None:
        alpha = prior_scale * (a + b) / (a.sum() + b.sum())
    else:
        alpha = np.asarray(prior, dtype=float)
    alpha0 = alpha.sum()
    omega_a = (a + alpha) / (a.sum() + alpha0)
    omega_b = (b + alpha) / (b.sum() + alpha0)
    delta = np.log(omega_a / (1 - omega_a)) - np.log(omega_b / (1 - omega_b))
    variance = 1 / (a + alpha) + 1 / (b + alpha)
    return delta, variance, delta / np.sqrt(variance)


def words(texts):
    counts = {}
    for t in texts:
        for w in t.lower().split():
            counts[w] = counts.get(w, 0) + 1
    return counts


def log_odds_cases():
    cases = []

    def add(name, a, b, prior_scale=None, prior=None, vocabulary=None):
        delta, variance, z = log_odds(a, b, prior_scale, prior)
        case = {"name": name, "a": list(map(float, a)), "b": list(map(float, b)),
                "delta": delta.tolist(), "variance": variance.tolist(), "z": z.tolist()}
        if prior_scale is not None:
            case["priorScale"] = prior_scale
        if prior is not None:
            case["prior"] = list(map(float, prior))
        if vocabulary is not None:
            case["vocabulary"] = vocabulary
        cases.append(case)

    add("three words, priorScale 10 (the JSDoc example)", [10, 0, 90], [5, 5, 90], prior_scale=10)
    add("three words, explicit prior", [10, 0, 90], [5, 5, 90], prior=[0.5, 0.5, 1.0])
    synthetic = [
        "the delightful product arrived quickly and works great",
        "a delightful experience overall , truly delightful",
        "the service was great and the staff delightful",
        "great value , arrived quickly",
    ]
    real = [
        "the phone broke after a week",
        "works fine but the battery is weak",
        "the staff was rude and the phone arrived late",
        "battery life is ok , the screen is great",
    ]
    ca, cb = words(synthetic), words(real)
    vocab = sorted(set(ca) | set(cb))
    a = [ca.get(w, 0) for w in vocab]
    b = [cb.get(w, 0) for w in vocab]
    add("hand corpus, priorScale 1000", a, b, prior_scale=1000, vocabulary=vocab)
    add("hand corpus, priorScale 5", a, b, prior_scale=5, vocabulary=vocab)
    return cases


def kmeans_cases():
    cases = []

    def add(name, spec, init_rows, k):
        x = lcg_points(**spec)
        init = x[init_rows]
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            km = KMeans(n_clusters=k, init=init, n_init=1, algorithm="lloyd", tol=0, max_iter=1000).fit(x)
        cases.append({
            "name": name, "data": spec, "initRows": init_rows, "k": k,
            "centroids": km.cluster_centers_.tolist(), "labels": km.labels_.tolist(),
            "inertia": float(km.inertia_), "iterations": int(km.n_iter_),
        })

    add("three blobs in 3-D, started inside one blob",
        {"seed": 11, "n": 90, "d": 3, "centres": [[0, 0, 0], [4, 0, 1], [0, 5, -2]], "spread": 3.0}, [0, 3, 6], 3)
    add("uniform square, k = 4 (many Lloyd iterations)",
        {"seed": 29, "n": 200, "d": 2, "centres": [[0, 0]], "spread": 10.0}, [0, 1, 2, 3], 4)
    add("two overlapping blobs in 5-D, k = 5",
        {"seed": 7, "n": 150, "d": 5, "centres": [[0, 0, 0, 0, 0], [1, 1, 1, 1, 1]], "spread": 4.0}, [0, 2, 4, 6, 8], 5)
    return cases


def categorical_cases():
    cases = []

    def add(name, reference, candidate):
        table = np.array([reference, candidate], dtype=float)
        keep = table.sum(axis=0) > 0
        t = table[:, keep]
        chi2, p, dof, _ = chi2_contingency(t)
        v = association(t.astype(int), method="cramer", correction=False) if t.shape[1] > 1 else 0.0
        cases.append({
            "name": name, "referenceCounts": reference, "candidateCounts": candidate,
            "js": float(distance.jensenshannon(table[0], table[1], base=2)),
            "chi2": {"statistic": float(chi2), "pValue": float(p), "dof": int(dof)},
            "cramersV": float(v),
        })

    add("JSDoc example", [2, 2, 0], [1, 3, 2])
    add("two labels (Yates applies to the p-value)", [480, 520], [300, 700])
    add("four labels, one missing from the candidate", [120, 80, 60, 40], [150, 90, 0, 60])
    add("identical shares", [50, 30, 20], [100, 60, 40])
    return cases


def main():
    out = {
        "generatedBy": {
            "command": "/usr/bin/python3 scripts/reference/drift.py",
            "python": platform.python_version(),
            "numpy": np.__version__,
            "scipy": scipy.__version__,
            "sklearn": sklearn.__version__,
        },
        "logOddsDirichlet": log_odds_cases(),
        "kmeans": kmeans_cases(),
        "categoricalShift": categorical_cases(),
    }
    with open(OUT, "w") as fh:
        json.dump(out, fh, indent=1)
        fh.write("\n")


if __name__ == "__main__":
    main()
