#!/usr/bin/python3
"""Reference values for the diversity family's helpers (src/metrics/diversity/).

Run from the repository root:  /usr/bin/python3 scripts/reference/diversity.py
Writes fixtures/reference/diversity.json, read by
  * ngram-table.test.ts         top-n-gram counts: collections.Counter.most_common over n-gram
                                tuples (ties keep first occurrence, as Counter since Python 3.7);
  * vendi-contributions.test.ts per-row terms h_i = -x_i' log(K) x_i with K = X'X/n from
                                numpy.linalg.eigh (eigenvalues <= 1e-12 dropped as zero), and
                                log Vendi = -sum(l log l) (vendi_score 0.0.3, score_X, q = 1);
  * near-duplicates.test.ts     for every row, the most similar earlier row with cosine >=
                                threshold, by brute force in float64 (numpy), on float32 data.

Inputs are made here with numpy's seeded generator and stored in the fixture (they are small).
"""
import json
import os
import platform
import sys
from collections import Counter

import numpy as np

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), '..', '..'))
OUT = os.path.join(ROOT, 'fixtures', 'reference', 'diversity.json')
rng = np.random.default_rng(20240605)


# ---------------------------------------------------------------------------------------------
# Top n-grams: Zipf-like token lists, some shorter than n, with a repeated template.
# ---------------------------------------------------------------------------------------------

vocabulary = ['w%d' % i for i in range(40)]
weights = 1 / np.arange(1, 41) ** 1.1
weights /= weights.sum()
texts = []
for t in range(120):
    length = int(rng.integers(0, 14))
    texts.append([vocabulary[i] for i in rng.choice(40, size=length, p=weights)])
for t in range(15):
    texts.insert(int(rng.integers(0, len(texts))), ['the', 'film', 'was', 'w%d' % int(rng.integers(0, 5)), 'and', 'fun'])


def top_ngrams(texts, n, top):
    counts = Counter(tuple(t[i:i + n]) for t in texts for i in range(len(t) - n + 1))
    total = sum(counts.values())
    return {
        'n': n,
        'top': top,
        'total': total,
        'distinct': len(counts),
        'ngrams': [{'ngram': list(g), 'count': c} for g, c in counts.most_common(top)],
    }


# Hand check: [a b a b] has 2-grams ab ba ab: top-1 is (a, b) twice of 3.
assert top_ngrams([['a', 'b', 'a', 'b']], 2, 1)['ngrams'] == [{'ngram': ['a', 'b'], 'count': 2}]

ngram_cases = [top_ngrams(texts, n, top) for n, top in ((1, 5), (2, 10), (3, 10), (4, 3))]


# ---------------------------------------------------------------------------------------------
# Vendi per-row terms.
# ---------------------------------------------------------------------------------------------

def vendi_terms(x):
    x = x.astype(np.float64)
    u = x / np.linalg.norm(x, axis=1, keepdims=True)
    n = u.shape[0]
    k = u.T @ u / n
    values, vectors = np.linalg.eigh(k)
    keep = values > 1e-12
    log_k = (vectors[:, keep] * np.log(values[keep])) @ vectors[:, keep].T
    h = -np.einsum('ij,jk,ik->i', u, log_k, u)
    log_vendi = -float(np.sum(values[keep] * np.log(values[keep])))
    return h, log_vendi


vendi_cases = []
for name, n, d, clusters in (('n > d, clustered', 60, 6, 4), ('n < d', 7, 12, 0), ('n = d', 5, 5, 0)):
    if clusters:
        centres = rng.normal(size=(clusters, d))
        x = centres[rng.integers(0, clusters, size=n)] + 0.3 * rng.normal(size=(n, d))
    else:
        x = rng.normal(size=(n, d))
    x = x.astype(np.float32)
    h, log_vendi = vendi_terms(x)
    assert abs(h.mean() - log_vendi) < 1e-12
    vendi_cases.append({'name': name, 'x': x.astype(float).tolist(), 'h': h.tolist(), 'logVendi': log_vendi, 'vendi': float(np.exp(log_vendi))})


# ---------------------------------------------------------------------------------------------
# Near duplicates: unit rows in 16-d; planted near copies (cosine ~0.99), exact copies, and a
# cluster of 40 near-identical rows (more than the 16 neighbours first asked for), shuffled.
# ---------------------------------------------------------------------------------------------

d = 16
base = rng.normal(size=(120, d))
rows = [b for b in base]
for _ in range(20):  # near copies of random earlier rows
    rows.append(rows[int(rng.integers(0, len(rows)))] + 0.05 * rng.normal(size=d))
for _ in range(10):  # exact copies
    rows.append(rows[int(rng.integers(0, len(rows)))].copy())
centre = rng.normal(size=d)
for _ in range(40):  # one large cluster
    rows.append(centre + 0.03 * rng.normal(size=d))
order = rng.permutation(len(rows))
x = np.array([rows[i] for i in order])
x = x / np.linalg.norm(x, axis=1, keepdims=True)
x = x.astype(np.float32)  # what the TypeScript side reads; cosines below from these values
xd = x.astype(np.float64)
threshold = 0.95
cos = xd @ xd.T
match = []
similarity = []
for i in range(len(xd)):
    earlier = cos[i, :i]
    ok = np.nonzero(earlier >= threshold)[0]
    if len(ok) == 0:
        match.append(-1)
        similarity.append(None)
    else:
        best = ok[np.argmax(earlier[ok])]  # argmax: the first of equal maxima
        match.append(int(best))
        similarity.append(float(earlier[best]))
# Nothing within 1e-4 of the threshold, so float32 products decide as float64 ones do.
off = np.abs(cos - threshold)
np.fill_diagonal(off, 1)
assert off.min() > 1e-4, off.min()

fixture = {
    'generatedBy': {
        'command': '/usr/bin/python3 scripts/reference/diversity.py',
        'python': platform.python_version(),
        'numpy': np.__version__,
    },
    'topNgrams': {'texts': texts, 'cases': ngram_cases},
    'vendi': vendi_cases,
    'nearDuplicates': {'threshold': threshold, 'x': xd.tolist(), 'match': match, 'similarity': similarity},
}
with open(OUT, 'w', encoding='utf-8') as f:
    json.dump(fixture, f, indent=1)
    f.write('\n')
print('wrote', os.path.relpath(OUT, ROOT), file=sys.stderr)
