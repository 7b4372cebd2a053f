#!/usr/bin/env python3
"""Reference values for synthscope's two-sample and distribution tests (src/stats/).

Run from the repository root:

    /usr/bin/python3 scripts/reference/two_sample.py

It writes fixtures/reference/two_sample.json, which the unit tests loop over. Every value
comes from Debian's scipy/numpy (versions recorded in "generatedBy"), except:
  * "exactRational" in ksTest cases: the exact Smirnov p-value by counting lattice paths with
    Python integers (no floating point), to show where scipy itself is exact;
  * psi and totalVariationDistance, which scipy lacks: computed here with numpy
    (np.quantile's default 'linear' method, np.searchsorted) from their definitions.

Large samples are not stored: a case gives {"lcg": {...}} and both this script and the tests
generate the same numbers with a MINSTD generator (state·48271 mod 2^31−1), whose every step
is exact in float64, so JavaScript reproduces the data bit for bit.
"""
import json
import math
import platform
import sys
import warnings
from fractions import Fraction
from math import comb, gcd

import numpy as np
import scipy
from scipy import special, stats
from scipy.spatial import distance

OUT = "fixtures/reference/two_sample.json"
MINSTD_M = 2147483647


def lcg(spec):
    """Uniforms u = state / (2^31 − 1), optionally squared and/or quantised, then shift + scale·u."""
    state = spec["seed"]
    out = []
    for _ in range(spec["n"]):
        state = (state * 48271) % MINSTD_M
        u = state / MINSTD_M
        if spec.get("square"):
            u = u * u
        if spec.get("levels"):
            u = math.floor(u * spec["levels"]) / spec["levels"]
        out.append(spec["shift"] + spec["scale"] * u)
    return np.array(out, dtype=float)


def sample(value):
    return lcg(value["lcg"]) if isinstance(value, dict) else np.array(value, dtype=float)


def L(seed, n, shift=0.0, scale=1.0, levels=None, square=False):
    spec = {"seed": seed, "n": n, "shift": shift, "scale": scale}
    if levels:
        spec["levels"] = levels
    if square:
        spec["square"] = True
    return {"lcg": spec}


def f(x):
    """JSON-safe float (NaN/inf as strings, which the tests understand)."""
    x = float(x)
    if math.isnan(x):
        return "NaN"
    if math.isinf(x):
        return "Infinity" if x > 0 else "-Infinity"
    return x


# ----------------------------------------------------------------------------- ksTest

def smirnov_exact(n1, n2, h, two_sided):
    """P(D >= h/lcm) exactly: count lattice paths that never touch the boundary (Python ints)."""
    g = gcd(n1, n2)
    bound = h * g

    def outside(i, j):
        v = n2 * i - n1 * j
        return (abs(v) if two_sided else v) >= bound

    row = [0] * (n2 + 1)  # paths to (i, j) staying strictly inside
    for i in range(n1 + 1):
        for j in range(n2 + 1):
            if outside(i, j):
                row[j] = 0
            elif i == 0 and j == 0:
                row[j] = 1
            else:
                row[j] = (row[j] if i > 0 else 0) + (row[j - 1] if j > 0 else 0)
    total = comb(n1 + n2, n1)
    return Fraction(total - row[n2], total)


def ks_cases():
    cases = []

    def add(name, a, b, alternative="two-sided", method="auto", rational=False):
        x, y = sample(a), sample(b)
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            res = stats.ks_2samp(x, y, alternative=alternative, method=method)
        fallback = any("Switching to" in str(w.message) or "not possible" in str(w.message) for w in caught)
        n1, n2 = len(x), len(y)
        g = gcd(n1, n2)
        case = {
            "name": name, "a": a, "b": b, "alternative": alternative, "method": method,
            "statistic": f(res.statistic), "pValue": f(res.pvalue), "scipyFellBackToAsymp": fallback,
        }
        if rational:
            lcm = n1 // g * n2
            h = int(np.round(res.statistic * lcm))
            exact = smirnov_exact(n1, n2, h, alternative == "two-sided")
            case["exactRational"] = [str(exact.numerator), str(exact.denominator)]
            case["exactFloat"] = float(exact)
        cases.append(case)

    add("documented example: 1..5 vs 3.5, 6..10", [1, 2, 3, 4, 5], [3.5, 6, 7, 8, 9, 10], rational=True)
    add("identical samples give D = 0 and p = 1", [1, 2, 3], [1, 2, 3])
    add("one value each, different", [0.0], [1.0])
    add("one value against five", [2.5], [1, 2, 3, 4, 5])
    add("all values tied across both samples", [4, 4, 4, 4], [4, 4, 4])
    add("ties inside and across samples", [1, 1, 2, 2, 3, 5, 5], [2, 2, 3, 3, 3, 4, 6, 6])
    for alt in ["two-sided", "less", "greater"]:
        for method in ["auto", "exact", "asymp"]:
            for n1, n2, shift in [(5, 5, 0.3), (5, 7, 0.1), (10, 10, 0.4), (20, 30, 0.25), (37, 23, -0.2),
                                  (50, 40, 0.05), (100, 100, 0.15), (100, 130, 0.2), (300, 700, 0.08)]:
                small = n1 * n2 <= 4000
                add(f"uniform {n1} vs {n2} shifted {shift} ({alt}, {method})",
                    L(11 + n1, n1), L(29 + n2, n2, shift=shift), alt, method, rational=small and method != "asymp")
            add(f"tied levels 40 vs 55 ({alt}, {method})", L(5, 40, levels=6), L(6, 55, levels=6, shift=0.1),
                alt, method)
    for alt in ["two-sided", "less", "greater"]:
        # one-sided exact with unequal sizes: scipy's path count overflows past C(n1+n2, n1) ~ 1e308
        add(f"600 vs 700 ({alt}, auto)", L(3, 600), L(4, 700, shift=0.05), alt, "auto")
        add(f"510 vs 511 ({alt}, exact)", L(3, 510), L(4, 511, shift=0.07), alt, "exact")
        add(f"1000 vs 1000 ({alt}, auto)", L(8, 1000), L(9, 1000, shift=0.05), alt, "auto")
        add(f"1500 vs 2000 ({alt}, auto)", L(8, 1500, square=True), L(9, 2000), alt, "auto")
    for shift in [0.0, 0.02, 0.3]:
        add(f"3000 vs 4000 shifted {shift} (two-sided exact)", L(21, 3000), L(22, 4000, shift=shift))
    for shift, alt in [(0.24, "two-sided"), (0.25, "two-sided"), (0.5, "two-sided"), (0.24, "greater"), (0.5, "greater")]:
        add(f"10000 vs 9999 shifted {shift}: p near or below the subnormal range ({alt})",
            L(23, 10000), L(24, 9999, shift=shift), alt)
    for shift in [0.35, 0.45]:
        add(f"700 vs 300 shifted {shift}, one-sided exact, tiny p", L(25, 700), L(26, 300, shift=shift), "greater")
    # large samples: 'auto' becomes 'asymp'; kstwo.sf(D, N) with N = round(n1 n2 / (n1 + n2))
    for n1, n2 in [(12000, 10000), (20000, 15000), (60000, 50000), (300000, 250000)]:
        for shift in [0.0, 0.004, 0.012, 0.05]:
            for alt in ["two-sided", "greater", "less"]:
                add(f"{n1} vs {n2} shifted {shift} ({alt}, auto)", L(31, n1), L(32, n2, shift=shift), alt, "auto")
    add("12000 vs 10000 forced exact", L(31, 12000), L(32, 10000, shift=0.01), "two-sided", "exact")
    add("coprime 50000 vs 49999 forced exact falls back (lcm >= 2^31)", L(41, 50000), L(42, 49999, shift=0.01),
        "two-sided", "exact")
    add("N rounds half to even: 3 vs 1 gives N = round(0.75) = 1", [0.1, 0.2, 0.3], [0.25], "two-sided", "asymp")
    add("N rounds half to even: 5 vs 5 gives N = round(2.5) = 2", L(1, 5), L(2, 5, shift=0.3), "two-sided", "asymp")
    add("N rounds half to even: 7 vs 7 gives N = round(3.5) = 4", L(1, 7), L(2, 7, shift=0.3), "two-sided", "asymp")
    add("asymp with N <= 140 uses Pomeranz", L(1, 60), L(2, 80, shift=0.25), "two-sided", "asymp")
    add("asymp with N <= 140, small D uses Durbin", L(1, 60), L(2, 80, shift=0.03), "two-sided", "asymp")
    add("ties on a coarse grid, large", L(51, 30000, levels=20), L(52, 25000, levels=20, shift=0.02))
    return cases


# ----------------------------------------------------------------------------- wasserstein

def wasserstein_cases():
    cases = []

    def add(name, u, v, uw=None, vw=None):
        uu, vv = sample(u), sample(v)
        uww = None if uw is None else sample(uw)
        vww = None if vw is None else sample(vw)
        cases.append({"name": name, "u": u, "v": v, "uWeights": uw, "vWeights": vw,
                      "value": f(stats.wasserstein_distance(uu, vv, uww, vww))})

    add("scipy docs: [0, 1, 3] vs [5, 6, 8]", [0, 1, 3], [5, 6, 8])
    add("scipy docs: weighted [0, 1] vs [0, 1]", [0, 1], [0, 1], [3, 1], [2, 2])
    add("scipy docs: weighted, unsorted", [3.4, 3.9, 7.5, 7.8], [4.5, 1.4], [1.4, 0.9, 3.1, 7.2], [3.2, 3.5])
    add("identical samples", [1, 2, 3], [3, 2, 1])
    add("single values", [2.0], [-1.5])
    add("ties", [1, 1, 2, 2, 2, 7], [2, 2, 3])
    add("zero weights drop points", [0, 10, 20], [5], [1, 0, 1], [1])
    for n1, n2, shift in [(100, 80, 0.1), (1000, 1500, 0.3), (20000, 30000, 0.01)]:
        add(f"uniform {n1} vs {n2} shifted {shift}", L(61, n1), L(62, n2, shift=shift))
        add(f"weighted {n1} vs {n2} shifted {shift}", L(63, n1, square=True), L(64, n2, shift=shift),
            L(65, n1, scale=3), L(66, n2, shift=0.5))
    add("coarse ties, large", L(67, 5000, levels=7), L(68, 6000, levels=9))
    return cases


# ----------------------------------------------------------------------------- JS, TVD, PSI

def js_cases():
    cases = []

    def add(name, p, q, base=2.0):
        cases.append({"name": name, "p": p, "q": q, "base": base,
                      "value": f(distance.jensenshannon(np.array(p, float), np.array(q, float), base))})

    add("scipy docs: disjoint one-hot, base 2", [1.0, 0.0, 0.0], [0.0, 1.0, 0.0], 2.0)
    add("scipy docs: [1, 0] vs [0.5, 0.5], natural log", [1.0, 0.0], [0.5, 0.5], math.e)
    add("scipy docs: identical", [1.0, 0.0, 0.0], [1.0, 0.0, 0.0])
    add("scipy docs axis=1 row 0 (counts, natural log)", [1, 2, 3, 4], [13, 14, 15, 16], math.e)
    add("scipy docs axis=1 row 2 (counts, natural log)", [9, 10, 11, 12], [21, 22, 23, 24], math.e)
    add("counts, base 2", [10, 0, 5, 7, 1], [3, 4, 5, 6, 0])
    add("counts, base 10", [10, 0, 5, 7, 1], [3, 4, 5, 6, 0], 10.0)
    add("unnormalised probabilities", [0.2, 0.2, 0.6], [0.1, 0.5, 0.2])
    return cases


def tvd_cases():
    cases = []

    def add(name, p, q):
        pp = np.array(p, float) / np.sum(p)
        qq = np.array(q, float) / np.sum(q)
        cases.append({"name": name, "p": p, "q": q, "value": f(0.5 * np.sum(np.abs(pp - qq)))})

    add("disjoint supports", [1, 0], [0, 1])
    add("identical", [1, 2, 3], [2, 4, 6])
    add("counts", [10, 0, 5, 7, 1], [3, 4, 5, 6, 0])
    add("probabilities", [0.2, 0.3, 0.5], [0.25, 0.25, 0.5])
    return cases


def psi_reference(ref, act, bins=10, eps=1e-4):
    ref = np.asarray(ref, float)
    act = np.asarray(act, float)
    qs = np.arange(1, bins) / bins
    cuts = np.unique(np.quantile(ref, qs))  # sorted, duplicates removed
    r = np.bincount(np.searchsorted(cuts, ref, side="right"), minlength=len(cuts) + 1) / len(ref)
    a = np.bincount(np.searchsorted(cuts, act, side="right"), minlength=len(cuts) + 1) / len(act)
    r = np.where(r == 0, eps, r)
    a = np.where(a == 0, eps, a)
    return float(np.sum((a - r) * np.log(a / r))), cuts, r, a


def psi_cases():
    cases = []

    def add(name, ref, act, bins=10, eps=1e-4):
        value, cuts, r, a = psi_reference(sample(ref), sample(act), bins, eps)
        cases.append({"name": name, "reference": ref, "actual": act, "bins": bins, "eps": eps,
                      "psi": f(value), "cutPoints": [f(c) for c in cuts],
                      "referenceShares": [f(x) for x in r], "actualShares": [f(x) for x in a]})

    add("same distribution, different draws", L(71, 2000), L(72, 3000))
    add("shifted by 0.1", L(71, 2000), L(72, 3000, shift=0.1))
    add("shifted by 0.5: empty bins take eps", L(71, 2000), L(72, 3000, shift=0.5))
    add("integer lengths with many ties", L(73, 500, levels=12, scale=12), L(74, 400, levels=12, scale=12, square=True))
    add("five bins, eps 1e-3", L(75, 300), L(76, 200, square=True), 5, 1e-3)
    add("small reference: cut points between values", [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11], [2, 3, 3, 9, 12])
    add("constant reference: one cut point", [5, 5, 5, 5], [4, 5, 6, 7])
    add("actual equal to reference", [1, 2, 2, 3, 4, 4, 4, 9], [1, 2, 2, 3, 4, 4, 4, 9], 4)
    return cases


# ----------------------------------------------------------------------------- chi-square

def chi2_cases():
    cases = []

    def add(name, table, correction=True):
        res = stats.chi2_contingency(np.array(table, float), correction=correction)
        cases.append({"name": name, "table": table, "correction": correction,
                      "statistic": f(res[0]), "pValue": f(res[1]), "dof": int(res[2])})

    add("scipy docs: 2x3", [[10, 10, 20], [20, 20, 20]])
    add("2x2 with Yates", [[12, 5], [7, 9]])
    add("2x2 without Yates", [[12, 5], [7, 9]], False)
    add("2x2 where |O - E| < 0.5: correction capped", [[5, 5], [5, 6]])
    add("3x4", [[18, 36, 21, 9], [12, 36, 45, 36], [14, 20, 30, 40]])
    add("large counts, 2x5", [[1200, 3400, 560, 77, 9], [1300, 3000, 700, 80, 30]])
    add("huge statistic, tiny p", [[500, 20], [30, 600]])
    add("1x3: dof 0 gives statistic 0, p 1", [[4, 5, 6]])
    add("fractional counts", [[2.5, 7.25], [3.75, 1.5]])
    return cases


# ----------------------------------------------------------------------------- Mann-Whitney

def mwu_cases():
    cases = []

    def add(name, x, y, alternative="two-sided", method="asymptotic", continuity=True):
        res = stats.mannwhitneyu(sample(x), sample(y), use_continuity=continuity,
                                 alternative=alternative, method=method)
        cases.append({"name": name, "x": x, "y": y, "alternative": alternative,
                      "method": "asymp" if method == "asymptotic" else method, "continuity": continuity,
                      "statistic": f(res.statistic), "pValue": f(res.pvalue)})

    males, females = [19, 22, 16, 29, 24], [20, 11, 17, 12]
    add("scipy docs: males vs females, exact", males, females, method="exact")
    add("scipy docs: males vs females, asymptotic", males, females)
    add("scipy docs: males vs females, no continuity", males, females, continuity=False)
    add("scipy docs: females vs males, less, exact", females, males, "less", "exact")
    add("Wikipedia: tortoises vs hares", [12, 6, 5, 4, 3, 2], [11, 10, 9, 8, 7, 1], method="exact")
    for alt in ["two-sided", "less", "greater"]:
        for method in ["asymptotic", "exact", "auto"]:
            for n1, n2, shift in [(3, 4, 0.2), (8, 8, 0.3), (5, 9, -0.4), (8, 30, 0.2), (20, 25, 0.1),
                                  (60, 50, 0.2)]:
                add(f"uniform {n1} vs {n2} shifted {shift} ({alt}, {method})", L(81 + n1, n1),
                    L(82 + n2, n2, shift=shift), alt, method)
            if method != "exact":
                add(f"ties 30 vs 40 ({alt}, {method})", L(83, 30, levels=5), L(84, 40, levels=5, shift=0.1),
                    alt, method)
                add(f"ties 7 vs 6 ({alt}, {method})", [1, 2, 2, 3, 3, 3, 5], [2, 3, 4, 4, 6, 7], alt, method)
                add(f"ties, no continuity ({alt}, {method})", L(85, 30, levels=4), L(86, 45, levels=4),
                    alt, method, False)
    add("large, asymptotic", L(87, 3000), L(88, 2500, shift=0.02))
    add("large with heavy ties", L(89, 4000, levels=3), L(90, 3500, levels=3, shift=0.05))
    add("exact 40 vs 35", L(91, 40), L(92, 35, shift=0.3), method="exact")
    add("exact 8 vs 200, auto", L(93, 8), L(94, 200, shift=0.35), method="auto")
    add("single values", [1.0], [2.0], method="exact")
    add("all tied", [3, 3, 3], [3, 3])
    return cases


# ----------------------------------------------------------------------------- special functions

def special_grids():
    kstwo, smirnov = [], []
    ns = [1, 2, 3, 5, 10, 20, 50, 100, 140, 141, 200, 500, 1000, 5000, 20000, 100000, 100001, 500000, 2000000]
    for n in ns:
        xs = {0.5 / n * 1.2, 0.9 / n, 1.5 / n, 0.3, 0.5, 0.7, 0.99, 1 - 1 / n, 1 - 0.5 / n}
        for c in [0.3, 0.6, 0.8, 0.87, 1.0, 1.2, 1.5, 1.8, 2.0, 2.5, 3.0, 5, 10, 19]:
            xs.add(c / np.sqrt(n))
        if n <= 140:
            # x = j/(2n): nx integer or half-integer, where the Pomeranz breakpoints coincide
            xs.update(j / (2 * n) for j in range(1, 2 * n) if j / (2 * n) < 0.5)
        for x in sorted(xs):
            if 0 < x < 1:
                kstwo.append([n, f(x), f(stats.kstwo.sf(x, n))])
                smirnov.append([n, f(x), f(special.smirnov(n, x))])
    chi2 = []
    for dof in [1, 2, 3, 5, 10, 30, 100, 1000, 100000]:
        for r in [0.001, 0.1, 0.5, 0.9, 1.0, 1.1, 1.5, 2.0, 4.0, 10.0]:
            x = r * dof
            chi2.append([dof, f(x), f(stats.chi2.sf(x, dof))])
    for x in [1e-8, 0.02, 3.7, 40.0, 300.0, 1400.0]:
        chi2.append([1, f(x), f(stats.chi2.sf(x, 1))])
    norm = [[f(z), f(stats.norm.sf(z))] for z in
            [-30, -8, -3.5, -1.0, -0.1, 0.0, 1e-9, 0.3, 1.0, 1.96, 3.0, 5.0, 8.0, 12.0, 20.0, 37.0]]
    return {"kstwoSf": kstwo, "smirnovSf": smirnov, "chi2Sf": chi2, "normSf": norm}


def main():
    data = {
        "generatedBy": {
            "command": "/usr/bin/python3 scripts/reference/two_sample.py",
            "python": platform.python_version(),
            "numpy": np.__version__,
            "scipy": scipy.__version__,
        },
        "ksTest": ks_cases(),
        "wasserstein1d": wasserstein_cases(),
        "jensenShannonDistance": js_cases(),
        "totalVariationDistance": tvd_cases(),
        "psi": psi_cases(),
        "chiSquareTest": chi2_cases(),
        "mannWhitneyU": mwu_cases(),
        "special": special_grids(),
    }
    with open(OUT, "w") as fh:
        json.dump(data, fh, indent=1, allow_nan=False)
        fh.write("\n")
    print(f"wrote {OUT}", file=sys.stderr)


if __name__ == "__main__":
    main()
