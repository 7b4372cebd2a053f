import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tokenize } from '../../text/tokenize.js';
import { tokenSpans } from './token-spans.js';

const texts = (name: string) =>
  readFileSync(join(process.cwd(), '..', 'shared', 'datasets', name, 'data.jsonl'), 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => (JSON.parse(line) as { text: string }).text);

describe('tokenSpans', () => {
  it('gives the tokens of tokenize with their spans', () => {
    const s = tokenSpans('She’s here, Bob!');
    expect(s.tokens).toEqual(["she's", 'here', 'bob']);
    expect(s.tokens.map((_, i) => s.text.slice(s.starts[i], s.ends[i]))).toEqual(['She’s', 'here', 'Bob']);
  });

  it('keeps hyphens, apostrophes and decimal points inside tokens as tokenize does', () => {
    for (const text of ['e‐mail and e-mail', 'Don’t stop—it’s 3.5 GHz!', "rock'n'roll 1,000", "'tis dogs' a--b", 'İstanbul ΟΔΟΣ café']) {
      expect(tokenSpans(text).tokens).toEqual(tokenize(text));
    }
  });

  it('indexes the NFC form of the text', () => {
    const s = tokenSpans('cafe\u0301 ok');
    expect(s.text).toBe('café ok');
    expect(s.ends[0]).toBe(4);
  });

  it('agrees with tokenize on every row of three real datasets', () => {
    for (const name of ['sentiment_uci_labelled_sentences', 'tweet_eval_emotion', 'imdb_reviews_sample']) {
      for (const text of texts(name)) expect(tokenSpans(text).tokens).toEqual(tokenize(text));
    }
  });

  it('gives no tokens for an empty or punctuation-only text, and refuses a non-string', () => {
    expect(tokenSpans('').tokens).toEqual([]);
    expect(tokenSpans('—!?').tokens).toEqual([]);
    expect(() => tokenSpans(3 as unknown as string)).toThrow(/tokenSpans needs a string, got number/);
  });
});
