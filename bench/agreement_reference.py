#!/usr/bin/python3
"""Reference timing for bench/agreement-metrics.bench.ts: sklearn's multinomial logistic regression
(lbfgs, C 1, max_iter 100, tol 1e-4, as softmaxRegression's defaults) fitted on the float32
embeddings the bench wrote. Prints JSON: fit time (ms, best of 3), iterations, held-out accuracy.

Usage: /usr/bin/python3 bench/agreement_reference.py DIR DIM
"""
import json
import os
import sys
import time
import warnings

import numpy as np
from sklearn.linear_model import LogisticRegression

folder, dim = sys.argv[1], int(sys.argv[2])
x = np.fromfile(os.path.join(folder, "x.f32"), dtype=np.float32).reshape(-1, dim).astype(np.float64)
xt = np.fromfile(os.path.join(folder, "xt.f32"), dtype=np.float32).reshape(-1, dim).astype(np.float64)
labels = json.load(open(os.path.join(folder, "labels.json")))
y, yt = np.array(labels["y"]), np.array(labels["yt"])
best = float("inf")
with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    for _ in range(3):
        t = time.perf_counter()
        model = LogisticRegression(multi_class="multinomial").fit(x, y)
        best = min(best, (time.perf_counter() - t) * 1000)
print(json.dumps({"fitMs": best, "nIter": int(model.n_iter_[0]), "accuracy": float((model.predict(xt) == yt).mean())}))
