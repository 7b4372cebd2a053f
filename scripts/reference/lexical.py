#!/usr/bin/python3
"""Reference values for synthscope's lexical measures (src/text/).

Run from the repository root:  /usr/bin/python3 scripts/reference/lexical.py
Writes fixtures/reference/lexical.json.

Neither LexicalRichness nor lexical_diversity can be installed on these machines (PyPI is not
reachable), so this script re-implements, in plain Python, the exact rules of

  * LexicalRichness 0.5 (LSYS/LexicalRichness, lexicalrichness/lexicalrichness.py):
    LexicalRichness.ttr / .mattr / .msttr / .mtld / .hdd and its default tokenizer;
  * lexical_diversity 0.1.1 (kristopherkyle/lexical_diversity, lexical_diversity/lex_div.py):
    lex_div.mattr / .msttr / .mtld / .hdd,

written from reading their source (not copied), and checks the LexicalRichness part against
the values printed in that package's README. HD-D uses scipy.stats.hypergeom as LexicalRichness
does, cross-checked against exact rational arithmetic (math.comb). Compression sizes come from
Python's gzip.compress at level 9.
"""
import gzip
import hashlib
import json
import math
import os
import platform
import random
import re
import string
import sys
import unicodedata
from collections import Counter
from fractions import Fraction

import numpy
import scipy
from scipy.stats import hypergeom

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), '..', '..'))
IMDB = os.path.join(ROOT, '..', 'shared', 'datasets', 'imdb_reviews_sample', 'data.jsonl')
OUT = os.path.join(ROOT, 'fixtures', 'reference', 'lexical.json')


# ---------------------------------------------------------------------------------------------
# Tokenizer: an independent scanner over unicodedata categories that implements the rules in
# the JSDoc of src/text/tokenize.ts (the TypeScript side uses a regular expression instead).
# ---------------------------------------------------------------------------------------------

def _word(c):
    return unicodedata.category(c)[0] in 'LMN'


def _digit(c):
    return unicodedata.category(c)[0] == 'N'


def tokenize(text):
    s = unicodedata.normalize('NFC', text).lower()
    s = s.replace('\u2019', "'").replace('\u2010', '-').replace('\u2011', '-')
    tokens = []
    i, n = 0, len(s)
    while i < n:
        if not _word(s[i]):
            i += 1
            continue
        start = i
        while i < n and _word(s[i]):
            i += 1
        # joiners: ' or - between two word characters; . or , between two digits
        while i + 1 < n and _word(s[i + 1]) and (
            s[i] in "'-" or (s[i] in '.,' and _digit(s[i - 1]) and _digit(s[i + 1]))
        ):
            i += 1
            while i < n and _word(s[i]):
                i += 1
        tokens.append(s[start:i])
    return tokens


TOKENIZER_CASES = [
    "Don't stop\u2014it's 3.5 GHz!",
    'Ça coûte 1,000 € — l\u2019été!',
    '',
    '   ...!!! ---   ',
    "'Tis the dogs' e-mail, rock'n'roll; a--b and -x- y'",
    'Price: $3.50, 1,000,000 or 1.2.3 but not a.b or 3.x or x.3',
    'snake_case and kebab-case and CamelCase',
    'ΟΔΟΣ Straße İstanbul ÉCOLE',
    'caf\u0065\u0301 vs caf\u00e9',  # decomposed vs composed é: NFC makes them one type
    'emoji 🎉 are dropped; so are #hashtags @mentions and http://x.io/a?b=c',
    'Tabs\tand\nnewlines\r\nsplit words',
    'x²+y² ½ Ⅻ 10km',
    '中文没有空格 and हिन्दी भाषा',
    'He said \u2018hi\u2019 then\u2010left \u2011 fast',
    "ends with apostrophe' and hyphen-",
]


# ---------------------------------------------------------------------------------------------
# TTR, MATTR, MSTTR: straightforward definitions (one set per window).
# ---------------------------------------------------------------------------------------------

def ttr(tokens):
    return len(set(tokens)) / len(tokens)


def mattr(tokens, window):
    # Covington & McFall 2010; whole-text TTR when the text is shorter than the window
    # (lexical_diversity's rule; LexicalRichness raises there).
    if len(tokens) < window:
        return ttr(tokens)
    scores = [len(set(tokens[i:i + window])) / window for i in range(len(tokens) - window + 1)]
    # math.fsum: the packages use sum(), whose rounding error grows with the number of windows
    # (about 3e-13 relative on 48k tokens); the correctly rounded sum is the better reference
    return math.fsum(scores) / len(scores)


def msttr(tokens, window):
    # complete segments only, remainder dropped; whole-text TTR when there is no complete segment
    if len(tokens) < window:
        return ttr(tokens)
    segments = len(tokens) // window
    scores = [len(set(tokens[s * window:(s + 1) * window])) / window for s in range(segments)]
    return math.fsum(scores) / len(scores)


# Hand check: mattr(list('abaca'), 3) = windows aba(2) bac(3) aca(2) -> 7/9.
assert abs(mattr(list("abaca"), 3) - 7 / 9) < 1e-15
# Hand check: msttr(list('abacccd'), 3) = segments aba(2/3), ccc(1/3); d dropped -> 0.5.
assert msttr(list('abacccd'), 3) == 0.5


# ---------------------------------------------------------------------------------------------
# MTLD, two variants.
# ---------------------------------------------------------------------------------------------

def mtld_lexicalrichness_pass(tokens, threshold):
    """One direction of LexicalRichness 0.5 LexicalRichness.mtld.

    Rules: keep a running set and count; after adding each token (the last one included), if
    types/count <= threshold, count one factor and start afresh. At the end, a non-empty stretch
    adds (1 - its running TTR) / (1 - threshold). If that leaves 0 factors (nothing closed and
    the stretch had TTR 1) the whole text's TTR is used: 1 factor if it is 1, otherwise
    (1 - TTR) / (1 - threshold). Result: len(tokens) / factors.
    """
    seen = set()
    count = 0
    factors = 0
    ratio = 1.0
    for token in tokens:
        count += 1
        seen.add(token)
        ratio = len(seen) / count
        if ratio <= threshold:
            factors += 1
            seen = set()
            count = 0
    if count > 0:
        factors += (1 - ratio) / (1 - threshold)
    if factors == 0:
        whole = len(set(tokens)) / len(tokens)
        factors = 1 if whole == 1 else (1 - whole) / (1 - threshold)
    return len(tokens) / factors


def mtld_lexical_diversity_pass(tokens, threshold, minimum=10):
    """One direction of lexical_diversity 0.1.1 lex_div.mtld (its 0.72 is `threshold` here).

    Rules: the factor grows from `start`; at the LAST token the current stretch (start..end) is
    always the partial factor (1 - TTR) / (1 - threshold), even if its TTR is below the
    threshold; at any other token the factor closes when TTR < threshold (strictly) and the
    stretch has at least `minimum` (10) tokens. Result: tokens / factors, or 0 when factors == 0
    (its safe_divide).
    """
    n = len(tokens)
    factors = 0
    start = 0
    for x in range(n):
        stretch = tokens[start:x + 1]
        ratio = len(set(stretch)) / len(stretch)
        if x + 1 == n:
            factors += (1 - ratio) / (1 - threshold)
        elif ratio < threshold and len(stretch) >= minimum:
            factors += 1
            start = x + 1
    return n / factors if factors != 0 else 0


def mtld(tokens, threshold, variant):
    one = mtld_lexicalrichness_pass if variant == 'lexicalrichness' else mtld_lexical_diversity_pass
    forward = one(tokens, threshold)
    backward = one(list(reversed(tokens)), threshold)
    return {'mtld': (forward + backward) / 2, 'forward': forward, 'backward': backward}


# Hand-computed examples (also asserted in src/text/mtld.test.ts):
# 1. 'a b a b a b': running TTR 1, 1, 2/3 -> factor "a b a"; then "b a b" -> 2 factors, no tail.
#    LexicalRichness: 6 / 2 = 3 both ways.
assert mtld(list('ababab'), 0.72, 'lexicalrichness')['mtld'] == 3
# 2. Eighteen distinct tokens then the first seven again: TTR reaches 18/25 = 0.72 exactly at
#    token 25. LexicalRichness closes the factor there (<=); lexical_diversity never closes a
#    factor at the last token, and its tail TTR 0.72 gives (1 - 0.72) / (1 - 0.72) = 1 factor.
#    Both: 25 / 1 = 25.
_t18 = ['t%d' % i for i in range(18)]
assert mtld(_t18 + _t18[:7], 0.72, 'lexicalrichness')['forward'] == 25
assert mtld(_t18 + _t18[:7], 0.72, 'lexical-diversity')['forward'] == 25
# 3. Same plus an eighth repeat (26 tokens). LexicalRichness: factor closes at 25 (TTR 0.72 <=
#    0.72), tail "t7" has TTR 1 -> + 0: forward = 26. lexical_diversity: 0.72 is not < 0.72, so
#    the whole text is the tail: TTR 18/26, factors = (8/26) / 0.28 -> 26 / 1.0989... = 23.66.
assert mtld(_t18 + _t18[:8], 0.72, 'lexicalrichness')['forward'] == 26
assert abs(mtld(_t18 + _t18[:8], 0.72, 'lexical-diversity')['forward'] - 26 / ((8 / 26) / 0.28)) < 1e-12
# 4. Twenty 'a': LexicalRichness closes every 2 tokens (TTR 1/2) -> 10 factors -> 2.
#    lexical_diversity: a factor may close only at >= 10 tokens: one at token 10, then the tail
#    of 10 tokens has TTR 1/10 -> 1 + 0.9 / 0.28 factors -> 20 / 4.2142857 = 4.7457627.
assert mtld(['a'] * 20, 0.72, 'lexicalrichness')['mtld'] == 2
assert abs(mtld(['a'] * 20, 0.72, 'lexical-diversity')['mtld'] - 20 / (1 + 0.9 / 0.28)) < 1e-12
# 5. All-distinct 'a b c d': LexicalRichness -> 0 factors -> whole TTR 1 -> 1 factor -> 4;
#    lexical_diversity -> tail TTR 1 adds 0 -> 0 factors -> 0.
assert mtld(list('abcd'), 0.72, 'lexicalrichness')['mtld'] == 4
assert mtld(list('abcd'), 0.72, 'lexical-diversity')['mtld'] == 0


# ---------------------------------------------------------------------------------------------
# HD-D on the TTR scale: sum over types of P(type in a sample of `draws`) / draws.
# ---------------------------------------------------------------------------------------------

def hdd_scipy(tokens, draws):
    # LexicalRichness 0.5: (1 - hypergeom.pmf(0, N, K, draws)) / draws summed over types
    n = len(tokens)
    return sum((1 - hypergeom.pmf(0, n, k, draws)) / draws for k in Counter(tokens).values())


def hdd_exact(tokens, draws):
    n = len(tokens)
    total = sum(1 - Fraction(math.comb(n - k, draws), math.comb(n, draws)) for k in Counter(tokens).values())
    return float(total / draws)


# Hand check: a a b c, draws 2: P(a) = 1 - C(2,2)/C(4,2) = 5/6, P(b) = P(c) = 1 - C(3,2)/C(4,2)
# = 1/2 -> (5/6 + 1/2 + 1/2) / 2 = 11/12.
assert hdd_exact(list('aabc'), 2) == 11 / 12


# ---------------------------------------------------------------------------------------------
# distinct-n (pooled; n-grams do not cross texts) and compression ratio.
# ---------------------------------------------------------------------------------------------

def distinct_n(texts, n):
    grams = [tuple(t[i:i + n]) for t in texts for i in range(len(t) - n + 1)]
    return len(set(grams)) / len(grams)


# Hand check: [the cat sat], [the cat ran], n=2 -> 3 distinct of 4.
assert distinct_n([['the', 'cat', 'sat'], ['the', 'cat', 'ran']], 2) == 0.75


def compression(texts):
    raw = ' '.join(texts).encode('utf-8')
    packed = gzip.compress(raw, compresslevel=9)
    return {'originalBytes': len(raw), 'gzipBytes': len(packed), 'ratio': len(raw) / len(packed)}


# ---------------------------------------------------------------------------------------------
# LexicalRichness README check (its quick-start text and printed values, v0.5 README).
# ---------------------------------------------------------------------------------------------

def lexicalrichness_tokenize(text):
    # its preprocess(): lowercase, drop digit runs, drop en/em dashes and hyphens;
    # its tokenize(): every string.punctuation character becomes a space, then split()
    text = re.sub(r'[0-9]+', '', text.lower())
    for dash in ('\u2013', '\u2014', '-'):
        text = text.replace(dash, '')
    for p in string.punctuation:
        text = text.replace(p, ' ')
    return text.split()


README_TEXT = """Measure of textual lexical diversity, computed as the mean length of sequential words in
                a text that maintains a minimum threshold TTR score.

                Iterates over words until TTR scores falls below a threshold, then increase factor
                counter by 1 and start over. McCarthy and Jarvis (2010, pg. 385) recommends a factor
                threshold in the range of [0.660, 0.750].
                (McCarthy 2005, McCarthy and Jarvis 2010)"""

readme_tokens = lexicalrichness_tokenize(README_TEXT)
README_PUBLISHED = {
    'words': 57, 'terms': 39, 'ttr': 0.6842105263157895, 'msttr25': 0.88,
    'mattr25': 0.8351515151515151, 'mtld': 46.79226361031519, 'hdd42': 0.7468703323966486,
}
assert len(readme_tokens) == README_PUBLISHED['words']
assert len(set(readme_tokens)) == README_PUBLISHED['terms']
assert ttr(readme_tokens) == README_PUBLISHED['ttr']
assert abs(msttr(readme_tokens, 25) - README_PUBLISHED['msttr25']) < 1e-15
assert abs(mattr(readme_tokens, 25) - README_PUBLISHED['mattr25']) < 1e-15
assert mtld(readme_tokens, 0.72, 'lexicalrichness')['mtld'] == README_PUBLISHED['mtld']
assert abs(hdd_scipy(readme_tokens, 42) - README_PUBLISHED['hdd42']) < 1e-15


# ---------------------------------------------------------------------------------------------
# Cases
# ---------------------------------------------------------------------------------------------

def measures(tokens):
    n = len(tokens)
    out = {'n': n, 'types': len(set(tokens)), 'ttr': ttr(tokens)}
    for w in (10, 50):
        out['mattr%d' % w] = mattr(tokens, w)
        out['msttr%d' % w] = msttr(tokens, w)
    for threshold in (0.72, 0.6):
        for variant in ('lexicalrichness', 'lexical-diversity'):
            out['mtld_%s_%s' % (variant, threshold)] = mtld(tokens, threshold, variant)
    hdd = {}
    for d in sorted({1, 10, 42, n}):
        if 1 <= d <= n:
            s, e = hdd_scipy(tokens, d), hdd_exact(tokens, d)
            assert abs(s - e) <= 1e-12 * max(1.0, e), (s, e)
            hdd[str(d)] = e
    out['hdd'] = hdd
    return out


def zipf_tokens(rng, n, vocabulary, exponent=1.1):
    weights = [1 / (r + 1) ** exponent for r in range(vocabulary)]
    return ['w%d' % i for i in rng.choices(range(vocabulary), weights=weights, k=n)]


rng = random.Random(20240601)
synthetic = []
for n, vocabulary in [(1, 1), (2, 1), (2, 2), (9, 5), (10, 3), (11, 11), (25, 8), (49, 30), (50, 20),
                      (51, 40), (100, 60), (101, 5), (250, 2), (500, 300), (2000, 800), (5000, 5000)]:
    tokens = zipf_tokens(rng, n, vocabulary)
    synthetic.append({'tokens': tokens, **measures(tokens)})

with open(IMDB, 'rb') as f:
    imdb_bytes = f.read()
imdb_texts = [json.loads(line)['text'] for line in imdb_bytes.decode('utf-8').split('\n') if line.strip()]
imdb_tokens = [tokenize(t) for t in imdb_texts]
imdb_rows = []
for tokens in imdb_tokens:
    row = measures(tokens)
    row['sha256'] = hashlib.sha256('\n'.join(tokens).encode('utf-8')).hexdigest()
    imdb_rows.append(row)

distinct_cases = [
    {'texts': [['the', 'cat', 'sat'], ['the', 'cat', 'ran']], 'n': 2},
    {'texts': [['a', 'b'], ['b', 'a'], ['a']], 'n': 2},  # 'b a' spans no boundary: 2 distinct of 2
    {'texts': [['x'] * 7], 'n': 3},
    {'texts': [['a', 'b', 'c'], [], ['a', 'b']], 'n': 3},
    {'texts': [s['tokens'] for s in synthetic[8:12]], 'n': 1},
    {'texts': [s['tokens'] for s in synthetic[8:12]], 'n': 2},
    {'texts': [s['tokens'] for s in synthetic[8:12]], 'n': 4},
]
for case in distinct_cases:
    case['value'] = distinct_n(case['texts'], case['n'])

# The `diversity` package README (cshaib/diversity) prints compression_ratio(data_example, 'gzip')
# = 1.641 for three sentences. Its compression.py writes gzip.compress(joined) into a gzip.GzipFile
# named compressed.gz, i.e. compresses twice and adds a file-name header; reproduced here to show
# where 1.641 comes from. synthscope measures a single gzip.compress, as the paper describes.
import io

DIVERSITY_README = [
    "I enjoy walking with my cute dog for the rest of the day, but this time it was hard for me to figure out what to do with it. When I finally looked at this for a few moments, I immediately thought.",
    "I enjoy walking with my cute dog. The only time I felt like walking was when I was working, so it was awesome for me. I didn't want to walk for days. I am really curious how she can walk with me",
    "I enjoy walking with my cute dog (Chama-I-I-I-I-I), and I really enjoy running. I play in a little game I play with my brother in which I take pictures of our houses.",
]
_raw = ' '.join(DIVERSITY_README).encode('utf-8')
_buffer = io.BytesIO()
with gzip.GzipFile(filename='compressed.gz', mode='wb', fileobj=_buffer) as _f:
    _f.write(gzip.compress(_raw))
diversity_readme = {
    'texts': DIVERSITY_README,
    'published': 1.641,
    'doubleGzipRatio': len(_raw) / len(_buffer.getvalue()),
    **compression(DIVERSITY_README),
}
assert round(diversity_readme['doubleGzipRatio'], 3) == 1.641

compression_cases = [
    {'texts': ['a']},
    {'texts': ['the same sentence again'] * 100},
    {'texts': ['Ça coûte 1,000 €', 'naïve café', '中文']},
    {'texts': [' '.join(s['tokens']) for s in synthetic]},
]
for case in compression_cases:
    case.update(compression(case['texts']))

fixture = {
    'generatedBy': {
        'command': '/usr/bin/python3 scripts/reference/lexical.py',
        'python': platform.python_version(),
        'numpy': numpy.__version__,
        'scipy': scipy.__version__,
        'unicodedata': unicodedata.unidata_version,
        'zlib': __import__('zlib').ZLIB_RUNTIME_VERSION,
        'implements': 'LexicalRichness 0.5 (mtld, mattr, msttr, hdd) and lexical_diversity 0.1.1 (mtld) '
                      're-implemented in this script; HD-D with scipy.stats.hypergeom and exact fractions',
    },
    'tokenizer': [{'text': t, 'tokens': tokenize(t)} for t in TOKENIZER_CASES],
    'readme': {
        'source': 'LexicalRichness README (LSYS/LexicalRichness, quick start); values printed there',
        'tokens': readme_tokens,
        'published': README_PUBLISHED,
        'mtldForwardBackward': mtld(readme_tokens, 0.72, 'lexicalrichness'),
        'mtldLexicalDiversity': mtld(readme_tokens, 0.72, 'lexical-diversity'),
    },
    'synthetic': synthetic,
    'imdb': {
        'path': '../shared/datasets/imdb_reviews_sample/data.jsonl',
        'sha256': hashlib.sha256(imdb_bytes).hexdigest(),
        'rows': imdb_rows,
        'distinct': {str(n): distinct_n(imdb_tokens, n) for n in (1, 2, 3, 4)},
        'compression': compression(imdb_texts),
        'corpus': measures([t for ts in imdb_tokens for t in ts]),
    },
    'distinct': distinct_cases,
    'compression': compression_cases,
    'compressionDiversityReadme': diversity_readme,
}

with open(OUT, 'w', encoding='utf-8') as f:
    json.dump(fixture, f, ensure_ascii=False, indent=1)
    f.write('\n')
print('wrote', os.path.relpath(OUT, ROOT), file=sys.stderr)
