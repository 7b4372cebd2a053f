#!/usr/bin/python3
"""Reference values for the agreement family's real-data classifier.

Writes fixtures/reference/agreement_classifier.json, read by the tests of
src/metrics/agreement/softmax-regression.ts and softmax-probabilities.ts.

Run from the repository root:  /usr/bin/python3 scripts/reference/agreement_classifier.py

Trusted implementation: scikit-learn's LogisticRegression(multi_class='multinomial'), L2, C, with
(a) solver='newton-cg' at tol 1e-12, the exact optimum of the strictly convex objective, and
(b) solver='lbfgs' with its defaults (max_iter 100, tol 1e-4), what a user of sklearn would get.

Inputs are not stored: each class's rows are built from synthscope's seeded generator by
referenceEmbeddings(seed, rows, dim, shift) (src/stats/linalg/reference-embeddings.test-helper.ts),
ported bit for bit in scripts/reference/embedding_linalg.py, which this script imports. The classes
are stacked in order (class 0's rows first), so the labels are 0…0, 1…1, …
"""
import json
import os
import platform
import sys
import warnings

import numpy as np
import scipy
import sklearn
from sklearn.linear_model import LogisticRegression

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from embedding_linalg import reference_embeddings  # noqa: E402


def floats(a):
    return [float(v) for v in np.asarray(a).ravel()]


def stacked(classes):
    xs = [reference_embeddings(**spec) for spec in classes]
    x = np.vstack(xs).astype(np.float64)
    y = np.concatenate([np.full(len(m), k) for k, m in enumerate(xs)])
    return x, y


def fit(x, y, C, **kw):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return LogisticRegression(multi_class="multinomial", C=C, **kw).fit(x, y)


def main():
    out = {
        "generatedBy": {
            "command": "/usr/bin/python3 scripts/reference/agreement_classifier.py",
            "python": platform.python_version(),
            "numpy": np.__version__,
            "scipy": scipy.__version__,
            "sklearn": sklearn.__version__,
        },
        "note": "Class k's rows are referenceEmbeddings(**classes[k]); classes stacked in order. coef is K x d row-major.",
    }
    cases = []
    for name, C, classes in [
        ("3 classes, 3 x 100 rows, 8 dims, C 1", 1.0, [
            {"seed": 101, "rows": 100, "dim": 8, "shift": 0.0},
            {"seed": 102, "rows": 100, "dim": 8, "shift": 0.4},
            {"seed": 103, "rows": 100, "dim": 8, "shift": -0.3},
        ]),
        ("4 unbalanced classes (50/200/30/120 rows), 17 dims, C 0.5", 0.5, [
            {"seed": 111, "rows": 50, "dim": 17, "shift": 0.2},
            {"seed": 112, "rows": 200, "dim": 17, "shift": 0.0},
            {"seed": 113, "rows": 30, "dim": 17, "shift": -0.25},
            {"seed": 114, "rows": 120, "dim": 17, "shift": 0.1},
        ]),
        ("2 classes (multinomial form), 2 x 150 rows, 33 dims, C 10", 10.0, [
            {"seed": 121, "rows": 150, "dim": 33, "shift": 0.0},
            {"seed": 122, "rows": 150, "dim": 33, "shift": 0.15},
        ]),
    ]:
        x, y = stacked(classes)
        exact = fit(x, y, C, solver="newton-cg", tol=1e-12, max_iter=1000)
        default = fit(x, y, C)
        probe = reference_embeddings(seed=999, rows=5, dim=classes[0]["dim"], shift=0.05).astype(np.float64)
        cases.append({
            "name": name,
            "C": C,
            "classes": classes,
            "optimum": {
                "coef": floats(exact.coef_),
                "intercept": floats(exact.intercept_),
                "probeProba": floats(exact.predict_proba(probe)),
                "trainAccuracy": float(exact.score(x, y)),
            },
            "sklearnDefault": {
                "coef": floats(default.coef_),
                "intercept": floats(default.intercept_),
                "nIter": int(default.n_iter_[0]),
                "trainPredictions": [int(v) for v in default.predict(x)],
            },
            "probe": {"seed": 999, "rows": 5, "dim": classes[0]["dim"], "shift": 0.05},
        })
    out["softmaxRegression"] = cases

    tx = np.array([[0.0], [1.0], [2.0], [3.0], [4.0], [5.0]])
    ty = np.array([0, 0, 1, 1, 2, 2])
    tiny = fit(tx, ty, 1.0, solver="newton-cg", tol=1e-12, max_iter=1000)
    out["tiny"] = {
        "x": floats(tx),
        "y": [int(v) for v in ty],
        "coef": floats(tiny.coef_),
        "intercept": floats(tiny.intercept_),
        "probaAt2_5": floats(tiny.predict_proba(np.array([[2.5]]))),
    }

    path = os.path.join(os.path.dirname(__file__), "..", "..", "fixtures", "reference", "agreement_classifier.json")
    with open(os.path.normpath(path), "w") as f:
        json.dump(out, f, indent=1)
        f.write("\n")
    print(f"wrote {os.path.normpath(path)}", file=sys.stderr)


if __name__ == "__main__":
    main()
