"""Reference values for src/core/dataset-summary (summarizeDataset) and the loader's sha256.

Run from the repository root:
    /usr/bin/python3 scripts/reference/summary.py
Writes fixtures/reference/summary.json with numpy's default percentiles (method 'linear') of
text lengths in characters (len(text), code points) and words (len(text.split())), label
counts, exact and normalised duplicate counts and the file's SHA-256 (hashlib) for
  - the real file ../shared/datasets/sms_spam_collection/data.jsonl (only numbers are stored;
    the test reads the shared file itself), and
  - hand-made texts written out in full below (edge cases: odd counts, emoji, NEL, tabs).
"""
import hashlib
import json
import os
import platform
import sys

import numpy as np

ROOT = os.path.join(os.path.dirname(__file__), "..", "..")
OUT = os.path.join(ROOT, "fixtures", "reference", "summary.json")
SMS = os.path.join(ROOT, "..", "shared", "datasets", "sms_spam_collection", "data.jsonl")
QUANTILES = [5, 25, 50, 75, 95]


def length_stats(values):
    arr = np.asarray(values, dtype=np.int64)
    p5, p25, median, p75, p95 = (float(v) for v in np.percentile(arr, QUANTILES))
    return {
        "min": int(arr.min()),
        "p5": p5,
        "p25": p25,
        "median": median,
        "p75": p75,
        "p95": p95,
        "max": int(arr.max()),
        "mean": float(np.mean(arr)),
    }


def summary(texts, labels):
    counts = {}
    unlabeled = 0
    for label in labels:
        if label is None:
            unlabeled += 1
            continue
        key = ("true" if label else "false") if isinstance(label, bool) else str(label)
        counts[key] = counts.get(key, 0) + 1
    # count descending, then label (all labels here are strings)
    ordered = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
    exact_seen, norm_seen = set(), set()
    exact = norm = 0
    for t in texts:
        if t in exact_seen:
            exact += 1
        exact_seen.add(t)
        n = " ".join(t.lower().split())
        if n in norm_seen:
            norm += 1
        norm_seen.add(n)
    return {
        "rows": len(texts),
        "labelCounts": [{"label": k, "count": v} for k, v in ordered],
        "unlabeled": unlabeled,
        "lengths": {
            "chars": length_stats([len(t) for t in texts]),
            "words": length_stats([len(t.split()) for t in texts]),
        },
        "duplicates": {"exact": exact, "normalized": norm},
    }


def main():
    with open(SMS, "rb") as f:
        raw = f.read()
    rows = [json.loads(line) for line in raw.decode("utf-8").split("\n") if line.strip()]
    sms = summary([r["text"] for r in rows], [r.get("label") for r in rows])
    sms["sha256"] = hashlib.sha256(raw).hexdigest()
    sms["bytes"] = len(raw)

    # Hand-made: 7 texts so every percentile falls between two values.
    small_texts = [
        "Hello world",
        "hello   WORLD",
        "\U0001F600 emoji counts as one character",
        "tab\tseparated\twords",
        "next\u0085line (NEL separates words in Python)",
        "Hello world",
        "a",
    ]
    small_labels = ["greeting", "greeting", "emoji", None, "other", "greeting", True]
    small = summary(small_texts, small_labels)
    small["texts"] = small_texts
    small["labels"] = small_labels

    out = {
        "generatedBy": {
            "command": "/usr/bin/python3 scripts/reference/summary.py",
            "python": platform.python_version(),
            "numpy": np.__version__,
            "method": "numpy.percentile(values, [5, 25, 50, 75, 95]) default method 'linear'",
        },
        "sms": {"path": "../shared/datasets/sms_spam_collection/data.jsonl", **sms},
        "small": small,
    }
    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    with open(OUT, "w", encoding="utf-8") as f:
        json.dump(out, f, indent=2, ensure_ascii=False)
        f.write("\n")
    print(f"wrote {OUT}", file=sys.stderr)


if __name__ == "__main__":
    main()
