"""Reference values for src/stats/agreement (classification and agreement functions).

Run from the repository root:
    /usr/bin/python3 scripts/reference/agreement.py
Writes fixtures/reference/agreement.json with scikit-learn and statsmodels results on small
seeded cases (string and number labels, the `labels` option, weights, one-class edge cases).
Krippendorff's alpha has no Python package here: its tests use the published values of
Krippendorff (2011) instead.
"""
import json
import math
import os
import sys

import numpy as np
import sklearn
import statsmodels
from sklearn.metrics import accuracy_score, cohen_kappa_score, confusion_matrix, f1_score
from statsmodels.stats.inter_rater import fleiss_kappa

OUT = os.path.join(os.path.dirname(__file__), "..", "..", "fixtures", "reference", "agreement.json")


def num(x):
    """JSON has no NaN: write null and let the test say why."""
    x = float(x)
    return None if math.isnan(x) else x


def labels_json(values):
    return [v.item() if hasattr(v, "item") else v for v in values]


rng = np.random.default_rng(20240607)


def noisy_copy(y, classes, flip):
    out = list(y)
    for i in range(len(out)):
        if rng.random() < flip:
            out[i] = classes[rng.integers(len(classes))]
    return out


cases = []


def add_case(name, y_true, y_pred, labels=None):
    kw = {} if labels is None else {"labels": labels}
    case = {
        "name": name,
        "yTrue": y_true,
        "yPred": y_pred,
        "labels": labels,
        "accuracy": num(accuracy_score(y_true, y_pred)),
        "macroF1": num(f1_score(y_true, y_pred, average="macro", zero_division="warn", **kw)),
        "cohenKappa": {
            "none": num(cohen_kappa_score(y_true, y_pred, **kw)),
            "linear": num(cohen_kappa_score(y_true, y_pred, weights="linear", **kw)),
            "quadratic": num(cohen_kappa_score(y_true, y_pred, weights="quadratic", **kw)),
        },
    }
    cm_labels = labels if labels is not None else sorted(set(y_true) | set(y_pred))
    case["confusionMatrix"] = {
        "labels": labels_json(cm_labels),
        "matrix": confusion_matrix(y_true, y_pred, **kw).tolist(),
    }
    cases.append(case)


import warnings

warnings.simplefilter("ignore")  # zero_division and 0/0 warnings are the point of some cases

# Integer labels, three classes, moderate agreement.
classes = [0, 1, 2]
y = [int(v) for v in rng.integers(0, 3, 60)]
add_case("int-3-classes", y, noisy_copy(y, classes, 0.4))

# Ordinal 1..5 codes with a class one rater never uses.
y = [int(v) for v in rng.integers(1, 6, 80)]
p = [min(5, max(1, v + int(rng.integers(-1, 2)))) for v in y]
p = [v if v != 3 else 4 for v in p]
add_case("ordinal-1-5", y, p)

# String labels, including ones that sort differently by code point than by locale.
str_classes = ["Zebra", "apple", "Äpfel", "banana", "émoji😀", "émoji"]
y = [str_classes[i] for i in rng.integers(0, len(str_classes), 70)]
add_case("strings-code-point-order", y, noisy_copy(y, str_classes, 0.5))

# Negative and non-consecutive integers (sklearn refuses fractional labels as "continuous").
num_classes = [-3, 0, 7, 10]
y = [num_classes[i] for i in rng.integers(0, 4, 50)]
add_case("negative-and-gapped-integers", y, noisy_copy(y, num_classes, 0.3))

# Explicit labels: a subset, a superset with an unused label, and a custom order.
y = [str_classes[i] for i in rng.integers(0, 4, 40)]
pr = noisy_copy(y, str_classes[:4], 0.4)
add_case("labels-subset", y, pr, labels=["apple", "banana", "Zebra"])
add_case("labels-superset-unused", y, pr, labels=["apple", "banana", "Zebra", "Äpfel", "never"])
add_case("labels-custom-order", [1, 2, 3, 4, 2, 3], [1, 3, 3, 4, 1, 4], labels=[4, 3, 2, 1])

# Perfect agreement, total disagreement, and a single class on both sides.
add_case("perfect", ["a", "b", "c", "a"], ["a", "b", "c", "a"])
add_case("all-wrong", [0, 0, 1, 1], [1, 1, 0, 0])
add_case("one-class-both", ["x", "x", "x"], ["x", "x", "x"])
add_case("one-item", [7], [3])

# The JSDoc examples.
add_case("doc-kappa", ["a", "a", "b", "b", "c"], ["a", "b", "b", "b", "c"])
add_case("doc-kappa-quadratic", [1, 2, 3, 4], [1, 2, 4, 4])
add_case("doc-f1", ["a", "a", "b", "c"], ["a", "b", "b", "a"])
add_case("doc-confusion", ["cat", "dog", "cat", "bird"], ["cat", "cat", "cat", "dog"])
add_case("doc-accuracy", ["a", "b", "b", "c"], ["a", "b", "c", "c"])

# A larger case to exercise the summation order.
y = [int(v) for v in rng.integers(0, 12, 2000)]
add_case("int-12-classes-2000", y, noisy_copy(y, list(range(12)), 0.6))

fleiss = []


def add_fleiss(name, table):
    fleiss.append(
        {
            "name": name,
            "counts": table,
            "fleiss": num(fleiss_kappa(table, method="fleiss")),
            "randolph": num(fleiss_kappa(table, method="randolph")),
        }
    )


# Fleiss (1971), Table 1 as reproduced on Wikipedia (10 subjects, 14 raters, 5 categories):
# published kappa 0.210.
add_fleiss(
    "wikipedia-fleiss-example",
    [
        [0, 0, 0, 0, 14],
        [0, 2, 6, 4, 2],
        [0, 0, 3, 5, 6],
        [0, 3, 9, 2, 0],
        [2, 2, 8, 1, 1],
        [7, 7, 0, 0, 0],
        [3, 2, 6, 3, 0],
        [2, 5, 3, 2, 2],
        [6, 5, 2, 1, 0],
        [0, 2, 2, 3, 7],
    ],
)
add_fleiss("doc-example", [[3, 0], [0, 3], [2, 1], [3, 0]])
add_fleiss("two-raters", [[2, 0, 0], [1, 1, 0], [0, 2, 0], [0, 1, 1], [0, 0, 2]])
add_fleiss("one-category-used", [[4, 0], [4, 0], [4, 0]])
table = []
for _ in range(300):
    probs = rng.dirichlet([0.6, 0.6, 0.6, 0.6])
    table.append([int(v) for v in rng.multinomial(9, probs)])
add_fleiss("random-300x4-9-raters", table)

result = {
    "generatedBy": {
        "command": "/usr/bin/python3 scripts/reference/agreement.py",
        "python": sys.version.split()[0],
        "numpy": np.__version__,
        "sklearn": sklearn.__version__,
        "statsmodels": statsmodels.__version__,
        "notes": "null stands for NaN (JSON has none): sklearn and statsmodels return NaN for 0/0.",
    },
    "classification": cases,
    "fleiss": fleiss,
}
with open(OUT, "w", encoding="utf-8") as f:
    json.dump(result, f, indent=1, ensure_ascii=False)
    f.write("\n")
print(f"wrote {os.path.normpath(OUT)}: {len(cases)} classification cases, {len(fleiss)} fleiss tables")
