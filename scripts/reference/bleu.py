"""Reference values for src/text/bleu (sentenceBleu, selfBleu).

Run from the repository root:
    /usr/bin/python3 scripts/reference/bleu.py
Writes fixtures/reference/bleu.json with NLTK's nltk.translate.bleu_score.sentence_bleu results
(Debian's python3-nltk) on hand-made token lists and, for self-BLEU, on the first 200 rows of
../shared/datasets/sentiment_uci_labelled_sentences/data.jsonl. That data is not copied into the
fixture: the fixture keeps the row indices, each row's token count (a check that the test
tokenises the same way: text.lower().split()) and the scores.
"""
import json
import math
import os
import sys
import warnings

import nltk
from nltk.translate.bleu_score import SmoothingFunction, sentence_bleu

ROOT = os.path.normpath(os.path.join(os.path.dirname(__file__), "..", ".."))
OUT = os.path.join(ROOT, "fixtures", "reference", "bleu.json")
DATA = os.path.join(ROOT, "..", "shared", "datasets", "sentiment_uci_labelled_sentences", "data.jsonl")
SELF_BLEU_ROWS = 200

warnings.simplefilter("ignore")  # NLTK warns on zero n-gram overlaps without smoothing
method1 = SmoothingFunction().method1


def s(text):
    return text.split()


# NLTK 3.8 docstring sentences (sentence_bleu and SmoothingFunction examples).
hyp1 = s("It is a guide to action which ensures that the military always obeys the commands of the party")
hyp2 = s("It is to insure the troops forever hearing the activity guidebook that party direct")
ref1 = s("It is a guide to action that ensures that the military will forever heed Party commands")
ref2 = s("It is the guiding principle which guarantees the military forces always being under the command of the Party")
ref3 = s("It is the practical guide for the army always to heed the directions of the party")

sentence_cases = []


def add(name, references, hypothesis, weights=(0.25, 0.25, 0.25, 0.25), smoothing="method1"):
    fn = method1 if smoothing == "method1" else None
    value = sentence_bleu(references, hypothesis, weights, smoothing_function=fn)
    sentence_cases.append(
        {
            "name": name,
            "references": references,
            "hypothesis": hypothesis,
            "weights": list(weights),
            "smoothing": smoothing,
            "bleu": float(value),
        }
    )


add("nltk-doc-hyp1", [ref1, ref2, ref3], hyp1, smoothing="none")
add("nltk-doc-hyp1-method1", [ref1, ref2, ref3], hyp1)
add("nltk-doc-hyp2-unsmoothed", [ref1, ref2, ref3], hyp2, smoothing="none")
add("nltk-doc-hyp2-method1", [ref1, ref2, ref3], hyp2)
add("nltk-doc-bleu5", [ref1, ref2, ref3], hyp1, weights=(0.2,) * 5, smoothing="none")
add("nltk-doc-bleu2", [ref1, ref2, ref3], hyp1, weights=(1.0 / 2.0,) * 2, smoothing="none")
add("nltk-doc-bleu3", [ref1, ref2, ref3], hyp1, weights=(1.0 / 3.0,) * 3, smoothing="none")
add("nltk-doc-smoothing-method1", [ref1], hyp1)
add("custom-weights", [ref1, ref2, ref3], hyp1, weights=(0.1, 0.3, 0.5, 0.1))
add("zero-weight-order", [ref1, ref2, ref3], hyp2, weights=(0.5, 0.5, 0.0))
add("the-the-the", [s("the cat is on the mat"), s("there is a cat on the mat")], s("the the the the the the the"))
add("clip-by-single-reference-max", [s("a a b"), s("a b b")], s("a a a b b b"))
add("hypothesis-shorter-than-n", [s("of the people"), s("the people")], s("of the"))
add("hypothesis-shorter-than-n-unsmoothed", [s("of the people")], s("of the"), smoothing="none")
add("single-token-hypothesis", [s("hello world")], s("hello"))
add("no-unigram-match", [s("a b c d")], s("w x y z"))
add("no-unigram-match-unsmoothed", [s("a b c d")], s("w x y z"), smoothing="none")
add("empty-hypothesis", [s("a b c")], [])
add("empty-reference-among-others", [[], s("a b c d e")], s("a b c"))
add("closest-length-tie-goes-shorter", [s("a b c d"), s("a b c d e f")], s("a b c d e"))
add("hypothesis-longer-than-references", [s("a b")], s("a b a b a b"))
add("identical", [s("one two three four five")], s("one two three four five"))
add("unicode-tokens", [s("naïve café 😀 über ünïcode")], s("naïve café 😀 ünïcode"))
add("maxN-1", [ref1, ref2, ref3], hyp2, weights=(1.0,))
add("maxN-6-method1", [ref1, ref2, ref3], hyp1, weights=(1.0 / 6.0,) * 6)

# Self-BLEU on real sentences: each of the first 200 rows against the other 199.
rows = []
with open(DATA, encoding="utf-8") as f:
    for line in f:
        rows.append(json.loads(line)["text"])
        if len(rows) == SELF_BLEU_ROWS:
            break
tokens = [r.lower().split() for r in rows]
assert all(r.isascii() for r in rows), "non-ASCII rows: JS and Python lowercasing/splitting might differ"


def self_bleu(texts, max_n):
    weights = (1.0 / max_n,) * max_n
    scores = []
    for i, hyp in enumerate(texts):
        refs = texts[:i] + texts[i + 1 :]
        scores.append(float(sentence_bleu(refs, hyp, weights, smoothing_function=method1)))
    return scores


self_bleu_cases = []
for max_n in (4, 2):
    scores = self_bleu(tokens, max_n)
    self_bleu_cases.append(
        {
            "maxN": max_n,
            "perText": scores,
            "selfBleu": math.fsum(scores) / len(scores),
        }
    )

result = {
    "generatedBy": {
        "command": "/usr/bin/python3 scripts/reference/bleu.py",
        "python": sys.version.split()[0],
        "nltk": nltk.__version__,
        "function": "nltk.translate.bleu_score.sentence_bleu; smoothing 'method1' = SmoothingFunction().method1, 'none' = no smoothing_function",
    },
    "sentenceBleu": sentence_cases,
    "selfBleu": {
        "data": "../shared/datasets/sentiment_uci_labelled_sentences/data.jsonl",
        "rows": list(range(SELF_BLEU_ROWS)),
        "tokenisation": "text.lower().split()",
        "tokenCounts": [len(t) for t in tokens],
        "cases": self_bleu_cases,
    },
}
with open(OUT, "w", encoding="utf-8") as f:
    json.dump(result, f, indent=1, ensure_ascii=False)
    f.write("\n")
print(f"wrote {os.path.relpath(OUT, ROOT)}: {len(sentence_cases)} sentence cases, self-BLEU on {len(tokens)} rows")
