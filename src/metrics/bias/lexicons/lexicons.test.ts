import { describe, expect, it } from 'vitest';
import { tokenize } from '../../../text/tokenize.js';
import { firstNames } from '../first-names.js';
import { BUILTIN_LEXICONS, COMMON_FIRST_NAMES, NAME_STOPWORDS } from './index.js';

describe('the built-in lexicons', () => {
  it('cover the seven dimensions of issue 4', () => {
    expect(BUILTIN_LEXICONS.map((l) => l.dimension)).toEqual(['gender', 'race-ethnicity', 'religion', 'age', 'nationality', 'sexual-orientation', 'disability']);
  });

  for (const lex of BUILTIN_LEXICONS) {
    it(`${lex.dimension}: every term is written as the tokenizer reads it, once in the dimension`, () => {
      const seen = new Set<string>();
      for (const [group, terms] of Object.entries(lex.groups)) {
        expect(terms.length, group).toBeGreaterThan(0);
        for (const term of terms) {
          // 'they/them' is the one term written with its separator, for readers.
          if (term !== 'they/them') expect(tokenize(term).join(' '), `${group}: ${term}`).toBe(term);
          expect(seen.has(term), `${term} twice`).toBe(false);
          seen.add(term);
        }
      }
    });

    it(`${lex.dimension}: each swap pair rewrites at least one of the dimension's terms`, () => {
      const terms = new Set(Object.values(lex.groups).flat());
      for (const [a, b] of lex.swaps) expect(terms.has(a) || terms.has(b), `${a} ↔ ${b}`).toBe(true);
    });
  }

  it('list each name stopword once, in lowercase, and only words of the @stdlib name lists or short forms', () => {
    expect(new Set(NAME_STOPWORDS).size).toBe(NAME_STOPWORDS.length);
    const { female, male } = firstNames();
    const all = new Set([...female, ...male]);
    for (const w of NAME_STOPWORDS) expect(w).toBe(w.toLowerCase());
    // Almost all are names of the lists (a few guard words that lists may add later).
    expect(NAME_STOPWORDS.filter((w) => all.has(w)).length).toBeGreaterThan(0.9 * NAME_STOPWORDS.length);
  });

  it('name everyday swap partners that are first names of their own list and not of the other', () => {
    const { female, male } = firstNames();
    const f = new Set(female);
    const m = new Set(male);
    expect(COMMON_FIRST_NAMES.female.filter((n) => f.has(n.toLowerCase())).length).toBe(100);
    expect(COMMON_FIRST_NAMES.male.filter((n) => m.has(n.toLowerCase())).length).toBe(100);
    expect(COMMON_FIRST_NAMES.female.filter((n) => m.has(n.toLowerCase()))).toEqual([]);
    expect(COMMON_FIRST_NAMES.male.filter((n) => f.has(n.toLowerCase()))).toEqual([]);
  });
});
