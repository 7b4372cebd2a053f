#!/usr/bin/python3
"""Reference values for synthscope's linear-algebra embedding metrics.

Writes fixtures/reference/embedding_linalg.json, read by the tests under src/stats/linalg/ and
src/stats/embedding/ (frechet-distance, c2st, logistic-regression, roc-auc, vendi-score).

Run from the repository root:  /usr/bin/python3 scripts/reference/embedding_linalg.py

Trusted implementations: numpy (cov, eigh, eigvalsh), scipy.linalg.sqrtm (the Fréchet distance
exactly as pytorch-fid 0.3.0 `calculate_frechet_distance`, reimplemented here since pytorch-fid is
not packaged by Debian), sklearn LogisticRegression and roc_auc_score, and the vendi_score 0.0.3
formula (score_X: K = X Xᵀ / n on L2-normalised rows, exp of the entropy of its positive
eigenvalues) reimplemented in numpy.

The input matrices are not stored: both sides build them from synthscope's seeded generator
(src/core/rng.ts, mulberry32 over splitmix32), ported below bit for bit, with + − × only, so the
float32 data is identical in Python and TypeScript (see
src/stats/linalg/reference-embeddings.test-helper.ts). The c2st folds are rebuilt the same way.
"""
import json
import math
import os
import platform
import sys

import numpy as np
import scipy
import scipy.linalg
import sklearn
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import roc_auc_score

MASK = 0xFFFFFFFF


def imul(a, b):
    return (a * b) & MASK


def splitmix32(x):
    x = (x + 0x9E3779B9) & MASK
    z = x
    z = imul(z ^ (z >> 16), 0x85EBCA6B)
    z = imul(z ^ (z >> 13), 0xC2B2AE35)
    return (z ^ (z >> 16)) & MASK


class Rng:
    """Port of createRng (src/core/rng.ts): next() and shuffle() only."""

    def __init__(self, seed):
        self.state = splitmix32(math.floor(seed) & MASK)

    def next(self):
        self.state = (self.state + 0x6D2B79F5) & MASK
        t = self.state
        t = imul(t ^ (t >> 15), t | 1)
        t ^= (t + imul(t ^ (t >> 7), t | 61)) & MASK
        return ((t ^ (t >> 14)) & MASK) / 4294967296

    def shuffle(self, items):
        for i in range(len(items) - 1, 0, -1):
            j = math.floor(self.next() * (i + 1))
            items[i], items[j] = items[j], items[i]
        return items


def reference_embeddings(seed, rows, dim, shift):
    """Same float operations, in the same order, as referenceEmbeddings in TypeScript."""
    rng = Rng(seed)
    out = np.empty((rows, dim), dtype=np.float64)
    for r in range(rows):
        latent = rng.next() - 0.5
        for c in range(dim):
            noise = rng.next() + rng.next() + rng.next() - 1.5
            out[r, c] = (0.5 + c / dim) * noise + ((c % 3) / 3) * latent * 2 + shift
    return out.astype(np.float32)


def stratified_folds(n_real, n_synthetic, folds, seed):
    """Fold of each stacked row (real first), as c2st in src/stats/embedding/c2st.ts."""
    rng = Rng(seed)
    fold_of = np.empty(n_real + n_synthetic, dtype=np.int64)
    offset = 0
    for count in (n_real, n_synthetic):
        order = rng.shuffle(list(range(count)))
        for p in range(count):
            fold_of[offset + order[p]] = p % folds
        offset += count
    return fold_of


def frechet_pytorch_fid(real, synthetic):
    """pytorch-fid 0.3.0: numpy.cov (ddof 1), scipy.linalg.sqrtm, eps offset when not finite."""
    a = real.astype(np.float64)
    b = synthetic.astype(np.float64)
    mu1, mu2 = a.mean(axis=0), b.mean(axis=0)
    sigma1, sigma2 = np.cov(a, rowvar=False), np.cov(b, rowvar=False)
    diff = mu1 - mu2
    covmean, _ = scipy.linalg.sqrtm(sigma1.dot(sigma2), disp=False)
    if not np.isfinite(covmean).all():
        offset = np.eye(sigma1.shape[0]) * 1e-6
        covmean = scipy.linalg.sqrtm((sigma1 + offset).dot(sigma2 + offset))
    if np.iscomplexobj(covmean):
        covmean = covmean.real
    return float(diff.dot(diff) + np.trace(sigma1) + np.trace(sigma2) - 2 * np.trace(covmean))


def frechet_symmetric(real, synthetic):
    """The same distance through the symmetric form Tr sqrt(S Σ2 S), S = Σ1^{1/2} (numpy eigh)."""
    a = real.astype(np.float64)
    b = synthetic.astype(np.float64)
    mu1, mu2 = a.mean(axis=0), b.mean(axis=0)
    sigma1, sigma2 = np.cov(a, rowvar=False), np.cov(b, rowvar=False)
    lam, v = np.linalg.eigh(sigma1)
    s = (v * np.sqrt(np.clip(lam, 0, None))) @ v.T
    mu = np.linalg.eigvalsh(s @ sigma2 @ s)
    diff = mu1 - mu2
    return float(diff.dot(diff) + np.trace(sigma1) + np.trace(sigma2) - 2 * np.sqrt(np.clip(mu, 0, None)).sum())


def frechet_nuclear(real, synthetic):
    """The same distance with the cross term as a nuclear norm, no square root of round-off:
    Σi = Aiᵀ Ai / (ni − 1) with Ai the centred rows, so Tr((Σ1 Σ2)^{1/2}) is the sum of the
    singular values of A1 A2ᵀ over √((n1 − 1)(n2 − 1)). The most accurate of the three when the
    covariances are singular (fewer rows than dimensions)."""
    a = real.astype(np.float64)
    b = synthetic.astype(np.float64)
    ac, bc = a - a.mean(axis=0), b - b.mean(axis=0)
    diff = a.mean(axis=0) - b.mean(axis=0)
    sigma1, sigma2 = np.cov(a, rowvar=False), np.cov(b, rowvar=False)
    nuclear = np.linalg.svd(ac @ bc.T, compute_uv=False).sum() / math.sqrt((len(a) - 1) * (len(b) - 1))
    return float(diff.dot(diff) + np.trace(sigma1) + np.trace(sigma2) - 2 * nuclear)


def vendi_score_x(x):
    """vendi_score 0.0.3 vendi.score_X(X, q=1, normalize=True) in numpy."""
    x = x.astype(np.float64)
    x = x / np.linalg.norm(x, axis=1, keepdims=True)
    k = x @ x.T
    w = scipy.linalg.eigvalsh(k / k.shape[0])
    w = w[w > 0]
    return float(np.exp(-(w * np.log(w)).sum()))


def floats(a):
    return [float(v) for v in np.asarray(a).ravel()]


def main():
    out = {
        "generatedBy": {
            "command": "/usr/bin/python3 scripts/reference/embedding_linalg.py",
            "python": platform.python_version(),
            "numpy": np.__version__,
            "scipy": scipy.__version__,
            "sklearn": sklearn.__version__,
        },
        "note": "Inputs are rebuilt from seeds by referenceEmbeddings(seed, rows, dim, shift); see the script header.",
    }

    rng = Rng(42)
    first = [rng.next() for _ in range(5)]
    out["rng"] = {"seed": 42, "firstNext": first, "shuffle10AfterThose": Rng(42).shuffle(list(range(10)))}

    # Symmetric eigenvalues: numpy.linalg.eigh (LAPACK syevd).
    eig_cases = []
    r = np.random.default_rng(7)
    for n in (1, 2, 5, 12):
        m = r.standard_normal((n, n))
        a = (m + m.T) / 2
        eig_cases.append({"name": f"random symmetric {n}x{n}", "n": n, "matrix": floats(a), "values": floats(np.linalg.eigvalsh(a))})
    cov40 = np.cov(reference_embeddings(11, 60, 40, 0.0).astype(np.float64), rowvar=False)
    eig_cases.append({"name": "covariance of referenceEmbeddings(11, 60, 40, 0)", "n": 40, "fromCovariance": {"seed": 11, "rows": 60, "dim": 40, "shift": 0.0}, "values": floats(np.linalg.eigvalsh(cov40))})
    out["eigen"] = eig_cases

    # Covariance, ddof 1.
    x = reference_embeddings(1, 200, 16, 0.0)
    out["covariance"] = {"data": {"seed": 1, "rows": 200, "dim": 16, "shift": 0.0}, "mean": floats(x.astype(np.float64).mean(axis=0)), "covariance": floats(np.cov(x.astype(np.float64), rowvar=False))}

    # Fréchet distance.
    fd_cases = []
    specs = [
        ("200x16, shift 0.1", (1, 200, 16, 0.0), (2, 200, 16, 0.1)),
        ("500x64, shift 0.05", (3, 500, 64, 0.0), (4, 500, 64, 0.05)),
        ("unequal sizes 150 vs 250, 24 dims", (5, 150, 24, 0.0), (6, 250, 24, 0.2)),
        ("same distribution, two seeds, 300x32", (7, 300, 32, 0.0), (8, 300, 32, 0.0)),
        ("fewer rows than dimensions: 30 and 40 rows, 64 dims", (9, 30, 64, 0.0), (10, 40, 64, 0.1)),
    ]
    for name, ra, rb in specs:
        a = reference_embeddings(*ra)
        b = reference_embeddings(*rb)
        fd_cases.append({
            "name": name,
            "real": dict(zip(("seed", "rows", "dim", "shift"), ra)),
            "synthetic": dict(zip(("seed", "rows", "dim", "shift"), rb)),
            "pytorchFid": frechet_pytorch_fid(a, b),
            "symmetricForm": frechet_symmetric(a, b),
            "nuclearNorm": frechet_nuclear(a, b),
        })
    out["frechet"] = fd_cases

    # Logistic regression: the exact optimum (newton-cholesky to tol 1e-12) and sklearn defaults.
    lr_cases = []
    for name, ra, rb in [
        ("200x16 vs 200x16 shift 0.15", (21, 200, 16, 0.0), (22, 200, 16, 0.15)),
        ("500x64 vs 500x64 shift 0.05", (23, 500, 64, 0.0), (24, 500, 64, 0.05)),
    ]:
        a = reference_embeddings(*ra)
        b = reference_embeddings(*rb)
        xx = np.vstack([a, b]).astype(np.float64)
        yy = np.r_[np.zeros(len(a)), np.ones(len(b))]
        exact = LogisticRegression(solver="newton-cholesky", tol=1e-12, max_iter=1000).fit(xx, yy)
        default = LogisticRegression().fit(xx, yy)
        lr_cases.append({
            "name": name,
            "real": dict(zip(("seed", "rows", "dim", "shift"), ra)),
            "synthetic": dict(zip(("seed", "rows", "dim", "shift"), rb)),
            "optimum": {"coef": floats(exact.coef_), "intercept": float(exact.intercept_[0])},
            "sklearnDefault": {"coef": floats(default.coef_), "intercept": float(default.intercept_[0]), "nIter": int(default.n_iter_[0])},
        })
    small = LogisticRegression().fit(np.array([[0.0], [1.0], [2.0], [3.0]]), [0, 0, 1, 1])
    out["logisticRegression"] = {
        "cases": lr_cases,
        "tiny": {"x": [[0], [1], [2], [3]], "y": [0, 0, 1, 1], "coef": floats(small.coef_), "intercept": float(small.intercept_[0])},
    }

    # c2st with our folds, rebuilt here; sklearn LogisticRegression() and its exact optimum per fold.
    c2st_cases = []
    for name, ra, rb, folds, seed in [
        ("200x16 vs 200x16 shift 0.15, 5 folds, seed 3", (21, 200, 16, 0.0), (22, 200, 16, 0.15), 5, 3),
        ("500x64 vs 400x64 shift 0.05, 4 folds, seed 9", (23, 500, 64, 0.0), (25, 400, 64, 0.05), 4, 9),
        ("same distribution 300x8 vs 300x8, 5 folds, seed 1", (31, 300, 8, 0.0), (32, 300, 8, 0.0), 5, 1),
    ]:
        a = reference_embeddings(*ra)
        b = reference_embeddings(*rb)
        xx = np.vstack([a, b]).astype(np.float64)
        yy = np.r_[np.zeros(len(a)), np.ones(len(b))]
        fold_of = stratified_folds(len(a), len(b), folds, seed)
        default_aucs, exact_aucs = [], []
        for f in range(folds):
            tr, te = fold_of != f, fold_of == f
            m = LogisticRegression().fit(xx[tr], yy[tr])
            default_aucs.append(float(roc_auc_score(yy[te], m.decision_function(xx[te]))))
            e = LogisticRegression(solver="newton-cholesky", tol=1e-12, max_iter=1000).fit(xx[tr], yy[tr])
            exact_aucs.append(float(roc_auc_score(yy[te], e.decision_function(xx[te]))))
        c2st_cases.append({
            "name": name,
            "real": dict(zip(("seed", "rows", "dim", "shift"), ra)),
            "synthetic": dict(zip(("seed", "rows", "dim", "shift"), rb)),
            "folds": folds,
            "seed": seed,
            "foldSizes": [int((fold_of == f).sum()) for f in range(folds)],
            "firstFoldTestRows": [int(i) for i in np.flatnonzero(fold_of == 0)[:10]],
            "sklearnDefaultFoldAucs": default_aucs,
            "sklearnDefaultAuc": float(np.mean(default_aucs)),
            "optimumFoldAucs": exact_aucs,
        })
    out["c2st"] = c2st_cases

    # ROC AUC: ties, label types.
    r = np.random.default_rng(5)
    y = r.integers(0, 2, 60)
    s = np.round(r.standard_normal(60) + 0.7 * y, 1)
    out["rocAuc"] = [
        {"name": "sklearn docstring-style example", "y": [0, 0, 1, 1], "scores": [0.1, 0.4, 0.35, 0.8], "auc": float(roc_auc_score([0, 0, 1, 1], [0.1, 0.4, 0.35, 0.8]))},
        {"name": "60 labels, scores rounded to 0.1 (many ties)", "y": [int(v) for v in y], "scores": floats(s), "auc": float(roc_auc_score(y, s))},
        {"name": "all scores tied", "y": [0, 1, 0, 1, 1], "scores": [2.0] * 5, "auc": float(roc_auc_score([0, 1, 0, 1, 1], [2.0] * 5))},
        {"name": "string labels, positive is the greater ('dog')", "y": ["dog", "cat", "cat", "dog", "cat"], "scores": [0.9, 0.2, 0.6, 0.5, 0.1], "auc": float(roc_auc_score(["dog", "cat", "cat", "dog", "cat"], [0.9, 0.2, 0.6, 0.5, 0.1]))},
        {"name": "labels -1/1", "y": [-1, 1, -1, 1], "scores": [0.3, 0.2, 0.1, 0.9], "auc": float(roc_auc_score([-1, 1, -1, 1], [0.3, 0.2, 0.1, 0.9]))},
    ]

    # Vendi score (cosine kernel).
    vendi_cases = []
    for name, spec in [
        ("200x16 (n > d: the d x d form)", (41, 200, 16, 0.0)),
        ("10x16 (n < d: the n x n form)", (42, 10, 16, 0.0)),
        ("300x32 with a mean shift of 1 (rows bunched in one direction)", (43, 300, 32, 1.0)),
    ]:
        vendi_cases.append({"name": name, "data": dict(zip(("seed", "rows", "dim", "shift"), spec)), "vendi": vendi_score_x(reference_embeddings(*spec))})
    out["vendi"] = vendi_cases

    path = os.path.join(os.path.dirname(__file__), "..", "..", "fixtures", "reference", "embedding_linalg.json")
    with open(os.path.normpath(path), "w") as f:
        json.dump(out, f, indent=1)
        f.write("\n")
    print(f"wrote {os.path.normpath(path)}", file=sys.stderr)


if __name__ == "__main__":
    main()
