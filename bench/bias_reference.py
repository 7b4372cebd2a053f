"""Timings of the bias formulas in numpy for bench/bias-metrics.bench.ts (prints JSON).

Zhao et al. (2017) mean bias amplification and the WEAT effect size (Caliskan et al. 2017, sample
standard deviation as in sent-bias), on the inputs the bench writes to the JSON file given.
"""
import json
import sys
import time

import numpy as np

data = json.load(open(sys.argv[1]))


def amplification(real, pred):
    real = np.asarray(real, float)
    pred = np.asarray(pred, float)
    keep = (real.sum(1) > 0) & (pred.sum(1) > 0)
    br = real[keep] / real[keep].sum(1, keepdims=True)
    bp = pred[keep] / pred[keep].sum(1, keepdims=True)
    mask = br > 1.0 / real.shape[1]
    return float(((bp - br) * mask).sum() / keep.sum())


def weat(terms, a, b):
    t = np.asarray(terms, float)
    a = np.asarray(a, float)
    b = np.asarray(b, float)
    t /= np.linalg.norm(t, axis=1, keepdims=True)
    a /= np.linalg.norm(a, axis=1, keepdims=True)
    b /= np.linalg.norm(b, axis=1, keepdims=True)
    s = (t @ a.T).mean(1) - (t @ b.T).mean(1)
    x, y = s[:90], s[90:]
    return float((x.mean() - y.mean()) / np.std(s, ddof=1))


def best(times, f):
    out = float("inf")
    value = None
    for _ in range(times):
        t = time.perf_counter()
        value = f()
        out = min(out, (time.perf_counter() - t) * 1000)
    return out, value


amp_ms, amp = best(5, lambda: amplification(data["real"], data["predicted"]))
weat_ms, d = best(3, lambda: weat(data["terms"], data["a"], data["b"]))
print(json.dumps({"amplificationMs": amp_ms, "amplification": amp, "weatMs": weat_ms, "effectSize": d}))
