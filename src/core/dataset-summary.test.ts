import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadDataset } from '../io/load-dataset.js';
import type { DatasetRow } from '../io/types.js';
import { summarizeDataset } from './dataset-summary.js';

// fixtures/reference/summary.json: numpy 1.24 percentiles, Python len()/split(), hashlib
// (scripts/reference/summary.py).
const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const reference = JSON.parse(readFileSync(resolve(ROOT, 'fixtures/reference/summary.json'), 'utf8'));

function rowsOf(texts: string[], labels: (string | number | boolean | null)[]): DatasetRow[] {
  return texts.map((text, index) => ({
    index,
    line: index + 1,
    id: `row-${index + 1}`,
    text,
    label: typeof labels[index] === 'boolean' ? String(labels[index]) : (labels[index] as string | number | null),
    meta: {},
  }));
}

describe('summarizeDataset', () => {
  it('matches numpy.percentile (linear), Python len/split and the duplicate counts on the SMS Spam Collection', async () => {
    const dataset = await loadDataset(resolve(ROOT, reference.sms.path));
    expect(dataset.sha256).toBe(reference.sms.sha256); // hashlib.sha256 of the file bytes
    const summary = summarizeDataset(dataset);
    expect(summary.rows).toBe(reference.sms.rows);
    expect(summary.invalidRows).toBe(0);
    expect(summary.labelCounts).toEqual(reference.sms.labelCounts);
    expect(summary.labels).toEqual({ ham: 4827, spam: 747 }); // SOURCE.md: ham 4827 / spam 747
    expect(summary.unlabeled).toBe(0);
    // Integer lengths: every value is exact in float64, so equality is exact.
    expect(summary.lengths).toEqual(reference.sms.lengths);
    // SOURCE.md: exact_dup_texts 403, dup_texts_case_ws_normalised 415
    expect(summary.duplicates).toEqual({ exact: 403, normalized: 415 });
    expect(summary.duplicates).toEqual(reference.sms.duplicates);
  });

  it('interpolates between neighbours exactly as numpy does (p95 = 37.99999999999999 on 7 hand-made texts)', () => {
    const small = reference.small;
    const summary = summarizeDataset({ rows: rowsOf(small.texts, small.labels), invalid: [] });
    expect(summary.lengths.chars).toEqual(small.lengths.chars);
    expect(summary.lengths.chars.p95).toBe(37.99999999999999);
    expect(summary.lengths.words).toEqual(small.lengths.words);
    expect(summary.duplicates).toEqual(small.duplicates);
    expect(summary.labelCounts).toEqual(small.labelCounts);
    expect(summary.unlabeled).toBe(small.unlabeled);
  });

  it('counts characters as code points (an emoji is one) and words as Python split() does (NEL separates)', () => {
    const summary = summarizeDataset({ rows: rowsOf(['😀😀', 'a\u0085b'], [null, null]), invalid: [] });
    expect(summary.lengths.chars.min).toBe(2); // Python: len('😀😀') == 2, len('a\x85b') == 3
    expect(summary.lengths.chars.max).toBe(3);
    expect(summary.lengths.words.max).toBe(2);
  });

  it('sorts labels by count descending, then numbers ascending before strings in code-unit order', () => {
    const labels = [10, 2, 2, 10, 'b', 'B', 'a', 'a', 'a'];
    const summary = summarizeDataset({ rows: rowsOf(labels.map((l) => `t${l}`), labels), invalid: [] });
    expect(summary.labelCounts).toEqual([
      { label: 'a', count: 3 },
      { label: '2', count: 2 },
      { label: '10', count: 2 },
      { label: 'B', count: 1 },
      { label: 'b', count: 1 },
    ]);
  });

  it('counts a row as a duplicate only after its first occurrence; normalized folds case and whitespace runs', () => {
    const texts = ['Hello world', 'Hello world', 'hello   WORLD', ' HELLO\tworld ', 'other'];
    const summary = summarizeDataset({ rows: rowsOf(texts, texts.map(() => null)), invalid: [] });
    expect(summary.duplicates).toEqual({ exact: 1, normalized: 3 });
    expect(summary.unlabeled).toBe(5);
    expect(summary.labelCounts).toEqual([]);
  });

  it('gives a single row every quantile equal to its length, and reports invalid rows from the dataset', () => {
    const summary = summarizeDataset({ rows: rowsOf(['three word text'], ['x']), invalid: [{ line: 2, reason: 'empty text' }] });
    expect(summary.lengths.words).toEqual({ min: 3, p5: 3, p25: 3, median: 3, p75: 3, p95: 3, max: 3, mean: 3 });
    expect(summary.invalidRows).toBe(1);
  });

  it('refuses a dataset without rows', () => {
    expect(() => summarizeDataset({ rows: [], invalid: [] })).toThrow('summarizeDataset needs a dataset with at least one row');
  });
});
