import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { InvalidArgumentError } from '../core/errors.js';
import { tokenize } from './tokenize.js';

// Reference: scripts/reference/lexical.py, an independent character scanner over Python's
// unicodedata categories (Python 3.11, Unicode 14) implementing the rules in the JSDoc.
const fixture = JSON.parse(readFileSync(new URL('../../fixtures/reference/lexical.json', import.meta.url), 'utf8')) as {
  tokenizer: { text: string; tokens: string[] }[];
  imdb: { path: string; sha256: string; rows: { n: number; sha256: string }[] };
};

describe('tokenize()', () => {
  it('lowercases words, keeps internal apostrophes and decimal points, drops punctuation and dashes', () => {
    expect(tokenize("Don't stop—it's 3.5 GHz!")).toEqual(["don't", 'stop', "it's", '3.5', 'ghz']);
  });

  it('keeps internal hyphens and digit separators but not doubled or edge joiners', () => {
    expect(tokenize("'Tis the dogs' e-mail, a--b -x- 1,000,000 a.b 3.x")).toEqual([
      'tis', 'the', 'dogs', 'e-mail', 'a', 'b', 'x', '1,000,000', 'a', 'b', '3', 'x',
    ]);
  });

  it('folds the typographic apostrophe and Unicode hyphens to ASCII so they make one type', () => {
    expect(tokenize('don’t don\'t well‐known well-known')).toEqual(["don't", "don't", 'well-known', 'well-known']);
  });

  it('normalises to NFC so decomposed and composed accents are the same token', () => {
    const [decomposed, composed] = tokenize('cafe\u0301 caf\u00e9');
    expect(decomposed).toBe(composed);
  });

  it('returns no tokens for an empty string or one with only punctuation', () => {
    expect(tokenize('')).toEqual([]);
    expect(tokenize('  ...!!! ---  🎉 ')).toEqual([]);
  });

  it.each(fixture.tokenizer.map((c) => [c.text, c.tokens] as const))(
    'matches the Python reference scanner on %j',
    (text, tokens) => {
      expect(tokenize(text)).toEqual(tokens);
    },
  );

  it('matches the Python reference scanner on all 200 IMDB reviews (sha256 of the token lists)', () => {
    const path = new URL(`../../${fixture.imdb.path}`, import.meta.url);
    const bytes = readFileSync(path);
    expect(createHash('sha256').update(bytes).digest('hex')).toBe(fixture.imdb.sha256);
    const texts = bytes.toString('utf8').split('\n').filter((l) => l.trim() !== '').map((l) => (JSON.parse(l) as { text: string }).text);
    expect(texts).toHaveLength(fixture.imdb.rows.length);
    texts.forEach((text, i) => {
      const tokens = tokenize(text);
      expect(tokens.length).toBe(fixture.imdb.rows[i].n);
      expect(createHash('sha256').update(tokens.join('\n')).digest('hex')).toBe(fixture.imdb.rows[i].sha256);
    });
  });

  it('is deterministic: the same text gives the same tokens', () => {
    const text = 'Ça coûte 1,000 € — l’été! ΟΔΟΣ';
    expect(tokenize(text)).toEqual(tokenize(text));
    expect(tokenize(text)).toEqual(['ça', 'coûte', '1,000', "l'été", 'οδος']);
  });

  it('refuses a non-string', () => {
    expect(() => tokenize(42 as unknown as string)).toThrow(InvalidArgumentError);
    expect(() => tokenize(null as unknown as string)).toThrow('tokenize needs a string, got null');
  });
});
