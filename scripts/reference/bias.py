"""Reference values for src/metrics/bias (bias amplification and the WEAT effect size).

Run from the repository root:
    /usr/bin/python3 scripts/reference/bias.py
Writes fixtures/reference/bias.json.

- Bias amplification, Zhao et al. (2017), "Men Also Like Shopping", EMNLP, section 3:
  b(o, g) = c(o, g) / sum_g' c(o, g'); mean bias amplification
  = 1/|O| * sum_g sum_{o : b*(o, g) > 1/|G|} (b~(o, g) - b*(o, g)), with O the outputs counted on
  both sides. Written here directly from the paper's formula with numpy, independently of the
  TypeScript code.
- WEAT, Caliskan, Bryson & Narayanan (2017), Science 356:183: s(w, A, B) = mean_a cos(w, a) -
  mean_b cos(w, b); effect size = (mean_X s - mean_Y s) / std_{X u Y} s, with the sample standard
  deviation (ddof=1) as in May et al. (2019) sent-bias weat.py; the ddof=0 value is stored too.
  The two-sided permutation p-value is computed exactly (all partitions) for small sets.
"""
import itertools
import json
import math
import os
import sys

import numpy as np

OUT = os.path.join(os.path.dirname(__file__), "..", "..", "fixtures", "reference", "bias.json")


def amplification(real, pred):
    real = np.asarray(real, dtype=float)
    pred = np.asarray(pred, dtype=float)
    groups = real.shape[1]
    outputs = [o for o in range(real.shape[0]) if real[o].sum() > 0 and pred[o].sum() > 0]
    total = 0.0
    pairs = []
    for o in outputs:
        b_real = real[o] / real[o].sum()
        b_pred = pred[o] / pred[o].sum()
        for g in range(groups):
            if b_real[g] > 1.0 / groups:
                total += b_pred[g] - b_real[g]
                pairs.append({"output": o, "group": g, "real": b_real[g], "predicted": b_pred[g]})
    return {"value": total / len(outputs), "outputs": outputs, "pairs": pairs}


def cos(u, v):
    return float(np.dot(u, v) / math.sqrt(np.dot(u, u) * np.dot(v, v)))


def associations(W, A, B):
    return [float(np.mean([cos(w, a) for a in A]) - np.mean([cos(w, b) for b in B])) for w in W]


def weat(X, Y, A, B):
    sx = associations(X, A, B)
    sy = associations(Y, A, B)
    both = np.array(sx + sy)
    diff = np.mean(sx) - np.mean(sy)
    return {
        "sX": sx,
        "sY": sy,
        "effectSize": float(diff / np.std(both, ddof=1)),
        "effectSizeDdof0": float(diff / np.std(both, ddof=0)),
        "statistic": float(np.sum(sx) - np.sum(sy)),
    }


def exact_two_sided_p(sx, sy):
    values = np.array(sx + sy)
    n, nx = len(values), len(sx)
    total = values.sum()
    center = total * (2 * nx / n - 1)
    observed = abs(2 * sum(sx) - total - center)
    hits = 0
    count = 0
    for subset in itertools.combinations(range(n), nx):
        stat = abs(2 * values[list(subset)].sum() - total - center)
        hits += stat >= observed - 1e-12 * max(1.0, observed)
        count += 1
    return hits / count


amplification_cases = []


def add_amplification(name, real, pred):
    r = amplification(real, pred)
    amplification_cases.append({"name": name, "real": real, "predicted": pred, **r})


# Zhao et al.'s cooking example (their figure 1 and section 1): 33% men in training, 16% predicted.
add_amplification("zhao-cooking", [[33, 67]], [[16, 84]])
add_amplification("two-outputs", [[33, 67], [70, 30]], [[16, 84], [60, 40]])
add_amplification("three-groups", [[5, 4, 1], [2, 2, 6]], [[7, 3, 0], [1, 3, 6]])
add_amplification("output-absent-on-one-side", [[10, 30], [0, 0], [25, 5]], [[4, 36], [3, 1], [20, 10]])
rng = np.random.default_rng(20250101)
real = rng.integers(0, 40, size=(6, 4))
pred = rng.integers(0, 40, size=(6, 4))
real[2] = 0
pred[4] = 0
add_amplification("random-6x4", real.tolist(), pred.tolist())

weat_cases = []


def add_weat(name, X, Y, A, B, exact_p=False):
    r = weat(np.asarray(X, float), np.asarray(Y, float), np.asarray(A, float), np.asarray(B, float))
    case = {"name": name, "X": np.asarray(X).tolist(), "Y": np.asarray(Y).tolist(), "A": np.asarray(A).tolist(), "B": np.asarray(B).tolist(), **r}
    if exact_p:
        case["pValueTwoSided"] = exact_two_sided_p(r["sX"], r["sY"])
    weat_cases.append(case)


add_weat(
    "tiny-2d",
    X=[[1, 0], [2, 1]],
    Y=[[0, 1], [1, 3]],
    A=[[1, 0]],
    B=[[0, 1]],
)
add_weat(
    "random-10d",
    X=rng.normal(size=(8, 10)),
    Y=rng.normal(size=(6, 10)),
    A=rng.normal(size=(5, 10)),
    B=rng.normal(size=(7, 10)),
)
add_weat(
    "random-5d-exact-p",
    X=rng.normal(size=(4, 5)) + 0.8,
    Y=rng.normal(size=(4, 5)) - 0.8,
    A=rng.normal(size=(3, 5)) + 0.8,
    B=rng.normal(size=(3, 5)) - 0.8,
    exact_p=True,
)

result = {
    "generatedBy": {
        "command": "/usr/bin/python3 scripts/reference/bias.py",
        "python": sys.version.split()[0],
        "numpy": np.__version__,
    },
    "amplification": amplification_cases,
    "weat": weat_cases,
}
with open(OUT, "w", encoding="utf-8") as f:
    json.dump(result, f, indent=1)
    f.write("\n")
print(f"wrote {os.path.normpath(OUT)}: {len(amplification_cases)} amplification cases, {len(weat_cases)} WEAT cases")
