import { beforeAll, describe, expect, it } from 'vitest';
import type { Results } from '../../src/core/results-schema.js';
import type { Dataset, DatasetRow } from '../../src/index.js';
import { flagsFrame, metricsFrame, perLabelFrame, perRowFrame } from '../../src/index.js';
import { quickstartResults } from './quickstart-results.js';

// The frames are views of a results object: every value below is checked against the results
// object evaluate() returned (what results.json holds), or counted by hand in a comment.

let results: Results;
let synthetic: Dataset;
let real: Dataset;

beforeAll(async () => {
  ({ results, synthetic, real } = await quickstartResults());
});

const column = (df: { column(name: string): { values: unknown[] } }, name: string) => df.column(name).values;
const orNaN = (x: number | null | undefined) => (typeof x === 'number' ? x : NaN);

describe('metricsFrame', () => {
  it('has one row per metric, in results order, with the metric fields flattened', () => {
    const df = metricsFrame(results);
    expect(df.shape).toEqual([results.metrics.length, 18]);
    expect(df.columns).toEqual([
      'id', 'family', 'title', 'status', 'value', 'ciLo', 'ciHi', 'baseline', 'baselineLo', 'baselineHi',
      'pValue', 'goal', 'reading', 'nSynthetic', 'nReference', 'nHoldout', 'warnings', 'reason',
    ]);
    expect(column(df, 'id')).toEqual(results.metrics.map((m) => m.id));
    expect(column(df, 'value')).toEqual(results.metrics.map((m) => orNaN(m.value)));
    expect(column(df, 'ciLo')).toEqual(results.metrics.map((m) => orNaN(m.ci?.lo)));
    expect(column(df, 'ciHi')).toEqual(results.metrics.map((m) => orNaN(m.ci?.hi)));
    expect(column(df, 'baseline')).toEqual(results.metrics.map((m) => orNaN(m.baseline?.value)));
    expect(column(df, 'pValue')).toEqual(results.metrics.map((m) => orNaN(m.pValue)));
    expect(column(df, 'reading')).toEqual(results.metrics.map((m) => m.reading));
    expect(column(df, 'nSynthetic')).toEqual(results.metrics.map((m) => m.n.synthetic));
    expect(column(df, 'warnings')).toEqual(results.metrics.map((m) => m.warnings.join(' | ')));
  });

  it('gives a skipped metric NaN numbers and its reason', () => {
    const skipped = results.metrics.find((m) => m.status === 'skipped');
    expect(skipped).toBeDefined();
    const df = metricsFrame(results);
    const i = results.metrics.indexOf(skipped!);
    expect(column(df, 'value')[i]).toBeNaN();
    expect(column(df, 'baseline')[i]).toBeNaN();
    expect(column(df, 'reason')[i]).toBe(skipped!.reason);
  });

  it('keeps the row counts the metrics were computed on (36 synthetic rows; the 30 real rows split 15/15)', () => {
    const df = metricsFrame(results, { family: 'drift' });
    const c2st = column(df, 'id').indexOf('drift.c2st-auc');
    expect(column(df, 'nSynthetic')[c2st]).toBe(36);
    expect(column(df, 'nReference')[c2st]).toBe(15);
    expect(column(df, 'nHoldout')[c2st]).toBe(15);
  });

  it('keeps only the families asked for', () => {
    const df = metricsFrame(results, { family: ['privacy', 'similarity'] });
    const expected = results.metrics.filter((m) => m.family === 'privacy' || m.family === 'similarity').map((m) => m.id);
    expect(column(df, 'id')).toEqual(expected);
    expect(new Set(column(df, 'family'))).toEqual(new Set(['similarity', 'privacy']));
  });

  it('refuses an unknown family, and anything that is not a results object', () => {
    expect(() => metricsFrame(results, { family: 'speed' as never })).toThrow(
      'metricsFrame needs family to be one of similarity, diversity, agreement, drift, bias, privacy, got "speed"',
    );
    expect(() => metricsFrame([])).toThrow('metricsFrame needs a results object (evaluate() or results.json, schemaVersion 1), got an array of 0');
    expect(() => metricsFrame({ ...results, metrics: 'none' })).toThrow(/metricsFrame needs a results object .* got an object whose metrics does not fit/);
  });

  it('keeps its column names when no metric is left', () => {
    const df = metricsFrame({ ...results, metrics: [] });
    expect(df.shape).toEqual([0, 18]);
    expect(df.columns[0]).toBe('id');
  });
});

describe('perLabelFrame', () => {
  it('has one row per metric and label that the results report per label', () => {
    const df = perLabelFrame(results);
    const expected = results.metrics.flatMap((m) => (m.perLabel ?? []).map((l) => [m.id, l.label, orNaN(l.value), orNaN(l.baseline)]));
    expect(df.shape[0]).toBe(expected.length);
    expect(column(df, 'metric')).toEqual(expected.map((e) => e[0]));
    expect(column(df, 'label')).toEqual(expected.map((e) => e[1]));
    expect(column(df, 'value')).toEqual(expected.map((e) => e[2]));
    expect(column(df, 'baseline')).toEqual(expected.map((e) => e[3]));
  });

  it('lists the three review labels with the rows behind each, for one metric', () => {
    const df = perLabelFrame(results, { metric: 'drift.length-ks' });
    expect(column(df, 'label')).toEqual(['negative', 'neutral', 'positive']);
    // classification.yaml asks for 36 rows over 3 labels of weight 1; reviews.jsonl has 10 rows
    // per label, each shared between the reference and the holdout half (15 rows each).
    expect(column(df, 'nSynthetic')).toEqual([12, 12, 12]);
    const reference = column(df, 'nReference') as number[];
    const holdout = column(df, 'nHoldout') as number[];
    expect(reference.map((n, i) => n + holdout[i])).toEqual([10, 10, 10]);
    expect(reference.reduce((a, b) => a + b, 0)).toBe(15);
  });
});

describe('flagsFrame', () => {
  it('has one row per flag kept in the results, with NaN for a missing score', () => {
    const df = flagsFrame(results);
    expect(df.shape).toEqual([results.flags.length, 6]);
    expect(column(df, 'row')).toEqual(results.flags.map((f) => f.row));
    expect(column(df, 'kind')).toEqual(results.flags.map((f) => f.kind));
    expect(column(df, 'score')).toEqual(results.flags.map((f) => orNaN(f.score)));
    expect(column(df, 'detail')).toEqual(results.flags.map((f) => f.detail));
  });

  it('filters by kind, and writes related rows as source:line (id)', () => {
    const flags = [
      { row: 3, id: 'a', kind: 'near-copy', detail: 'cosine 0.970 to real row at line 12', score: 0.97, related: [{ source: 'real' as const, row: 12, id: 'r12' }] },
      { row: 4, id: 'b', kind: 'duplicate', detail: 'same text as 1 later row', related: [{ source: 'synthetic' as const, row: 9, id: 'i' }, { source: 'synthetic' as const, row: 11, id: 'k' }] },
    ];
    const df = flagsFrame({ ...results, flags }, { kind: 'duplicate' });
    expect(column(df, 'id')).toEqual(['b']);
    expect(column(df, 'score')).toEqual([NaN]);
    expect(column(df, 'related')).toEqual(['synthetic:9 (i), synthetic:11 (k)']);
    expect(column(flagsFrame({ ...results, flags }, { kind: 'near-copy' }), 'related')).toEqual(['real:12 (r12)']);
  });

  it('is empty, with its columns, when no flag has the kind', () => {
    const df = flagsFrame(results, { kind: 'no-such-kind' });
    expect(df.shape).toEqual([0, 6]);
    expect(df.columns).toEqual(['row', 'id', 'kind', 'score', 'detail', 'related']);
  });
});

describe('perRowFrame', () => {
  it('has one row per synthetic row, in file order, with its text, label and flags', () => {
    const df = perRowFrame(results, synthetic);
    expect(df.shape[0]).toBe(36);
    expect(column(df, 'row')).toEqual(synthetic.rows.map((r) => r.line));
    expect(column(df, 'id')).toEqual(synthetic.rows.map((r) => r.id));
    expect(column(df, 'label')).toEqual(synthetic.rows.map((r) => r.label));
    expect(column(df, 'text')).toEqual(synthetic.rows.map((r) => r.text));
    const flagsPerRow = synthetic.rows.map((r) => results.flags.filter((f) => f.row === r.line).length);
    expect(column(df, 'flags')).toEqual(flagsPerRow);
  });

  it('has a boolean column per flag kind and the highest score of the row for scored kinds', () => {
    const kinds = [...new Set(results.flags.map((f) => f.kind))].sort();
    expect(kinds).toContain('suspect-label');
    const df = perRowFrame(results, synthetic);
    for (const kind of kinds) {
      const flagged = new Set(results.flags.filter((f) => f.kind === kind).map((f) => f.row));
      expect(column(df, kind)).toEqual(synthetic.rows.map((r) => flagged.has(r.line)));
    }
    const scores = column(df, 'suspect-label score') as number[];
    for (const [i, r] of synthetic.rows.entries()) {
      const own = results.flags.filter((f) => f.kind === 'suspect-label' && f.row === r.line).map((f) => f.score!);
      if (own.length === 0) expect(scores[i]).toBeNaN();
      else expect(scores[i]).toBe(Math.max(...own));
    }
  });

  it('counts characters as Unicode code points and words as tokens, as the length metrics do', () => {
    // 'Café ☕ 👍🏽 great' is 15 code points (UTF-16 length 17: 👍 and 🏽 are surrogate pairs);
    // tokenize keeps words, so 'café' and 'great' (emoji are not word characters).
    const rows: DatasetRow[] = [
      { index: 0, line: 1, id: 'x', text: 'Café ☕ 👍🏽 great', label: 'positive', meta: {} },
      { index: 1, line: 2, id: 'y', text: 'Two words', label: null, meta: {} },
    ];
    const hand: Results = { ...results, inputs: { ...results.inputs, synthetic: { ...results.inputs.synthetic, rows: 2 } }, flags: [] };
    const df = perRowFrame(hand, rows);
    expect(column(df, 'chars')).toEqual([15, 9]);
    expect(column(df, 'words')).toEqual([2, 2]);
    expect(column(df, 'label')).toEqual(['positive', null]);
    expect(df.columns).toEqual(['row', 'id', 'label', 'text', 'chars', 'words', 'flags']);
  });

  it('refuses a dataset the results were not computed on', () => {
    expect(() => perRowFrame(results, real)).toThrow(
      `perRowFrame needs the synthetic dataset the results were computed on (sha256 ${results.inputs.synthetic.sha256.slice(0, 12)}…), got sha256 ${real.sha256.slice(0, 12)}…`,
    );
    expect(() => perRowFrame(results, real.rows)).toThrow('perRowFrame needs the synthetic dataset the results were computed on (36 rows), got 30 rows');
    expect(() => perRowFrame(results, 'synthetic.jsonl' as never)).toThrow('perRowFrame needs the synthetic dataset the results were computed on (a Dataset or its rows), got "synthetic.jsonl"');
  });
});
