import { beforeAll, describe, expect, it } from 'vitest';
import { evaluate } from '../../../src/core/evaluate/evaluate.js';
import { derivedSeed } from '../../../src/core/evaluate/run-metric.js';
import { splitReal } from '../../../src/core/evaluate/split.js';
import type { MetricResult, Results } from '../../../src/core/results-schema.js';
import { createRng } from '../../../src/core/rng.js';
import { createEmbedder } from '../../../src/embed/create-embedder.js';
import type { Embedder } from '../../../src/embed/types.js';
import type { Dataset } from '../../../src/io/types.js';
import { privacyMetrics } from '../../../src/metrics/privacy/index.js';
import { normalizeText } from '../../../src/metrics/privacy/normalize-text.js';
import { findPii } from '../../../src/text/pii/find-pii.js';
import { TEST_CACHE_DIR } from '../../helpers/test-cache.js';
import { loadShared, shuffledPositions, subsetDataset } from './privacy-data.js';

const SEED = 11;

/** Real vs real: one file shuffled and cut in two, one half as "synthetic", the other as real. */
async function halves(name: string): Promise<{ synthetic: Dataset; real: Dataset }> {
  const ds = await loadShared(name);
  const order = shuffledPositions(ds.rows.length, 1);
  const half = Math.floor(ds.rows.length / 2);
  return { synthetic: subsetDataset(ds, order.slice(0, half), `${name}-a`), real: subsetDataset(ds, order.slice(half), `${name}-b`) };
}

const metric = (results: Results, id: string): MetricResult => results.metrics.find((m) => m.id === id)!;

/** Normalised texts of the real rows and how often each occurs. */
function textCounts(real: Dataset): Map<string, number> {
  const counts = new Map<string, number>();
  for (const row of real.rows) {
    const key = normalizeText(row.text);
    if (key !== '') counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

describe.each(['sms_spam_collection', 'sentiment_uci_labelled_sentences'])('privacy family, real vs real on %s', (name) => {
  let embedder: Embedder;
  let data: { synthetic: Dataset; real: Dataset };
  let results: Results;
  beforeAll(async () => {
    embedder = await createEmbedder('builtin', { cacheDir: TEST_CACHE_DIR });
    data = await halves(name);
    results = await evaluate({ ...data, embedder, seed: SEED, metrics: privacyMetrics });
  });

  it('counts exact copies as a direct count over all real rows says, and the baseline as the real data repeats itself', () => {
    const counts = textCounts(data.real);
    const copies = data.synthetic.rows.filter((r) => counts.has(normalizeText(r.text))).length;
    const m = metric(results, 'privacy.exact-copy-rate');
    expect(m.value).toBeCloseTo(copies / data.synthetic.rows.length, 12);
    // Baseline: holdout rows (the engine's seeded split) whose text occurs again elsewhere in the real data.
    const split = splitReal(data.real.rows, createRng(derivedSeed(SEED, 'split')));
    const repeated = split.holdout.filter((j) => (counts.get(normalizeText(data.real.rows[j].text)) ?? 0) > 1).length;
    expect(m.baseline!.value).toBeCloseTo(repeated / split.holdout.length, 12);
    // Same data-generating process: within 3 points of each other, read as good.
    expect(Math.abs(m.value! - m.baseline!.value!)).toBeLessThan(0.03);
    expect(m.reading).toBe('good');
    expect(results.flagCounts['exact-copy'] ?? 0).toBe(copies);
  });

  it('names in each exact-copy flag real rows with the same normalised text', () => {
    const byLine = new Map(data.real.rows.map((r) => [r.line, r]));
    const synthByLine = new Map(data.synthetic.rows.map((r) => [r.line, r]));
    for (const f of results.flags.filter((x) => x.kind === 'exact-copy')) {
      const text = normalizeText(synthByLine.get(f.row)!.text);
      expect(f.related!.length).toBeGreaterThan(0);
      for (const r of f.related!) expect(normalizeText(byLine.get(r.row)!.text)).toBe(text);
    }
  });

  it('finds near copies at the real data’s own level', () => {
    const m = metric(results, 'privacy.near-copy-rate');
    expect(Math.abs(m.value! - m.baseline!.value!)).toBeLessThan(0.03);
    expect(m.reading).toBe('good');
    // Exact copies are near copies too: the rate is at least the exact-copy rate.
    expect(m.value!).toBeGreaterThanOrEqual(metric(results, 'privacy.exact-copy-rate').value!);
    // Per label from the same search: the label rates average back to the overall rate.
    const byLabel = Object.values(m.details.byLabel as Record<string, { rows: number; nearCopies: number }>);
    expect(byLabel.reduce((s, x) => s + x.rows, 0)).toBe(data.synthetic.rows.length);
    expect(byLabel.reduce((s, x) => s + x.nearCopies, 0) / data.synthetic.rows.length).toBeCloseTo(m.value!, 12);
  });

  it('puts the DCR share near 0.5, value and baseline, with 0.5 inside the interval', () => {
    const m = metric(results, 'privacy.dcr-share');
    // The share's spread comes from the synthetic rows and from the comparison rows of both halves
    // (about 0.02 here): 0.07 is three of those; the interval check below is the real test.
    expect(Math.abs(m.value! - 0.5)).toBeLessThan(0.07);
    expect(Math.abs(m.baseline!.value! - 0.5)).toBeLessThan(0.07);
    // 0.5 within three standard errors (read off the 95% interval): a 95% interval alone misses
    // the true value in one split of twenty, which is no defect.
    const se = (m.ci!.hi - m.ci!.lo) / (2 * 1.96);
    expect(Math.abs(m.value! - 0.5)).toBeLessThan(3 * se);
    expect(m.reading).toBe('good');
  });

  it('finds PII at the real data’s own level', () => {
    const m = metric(results, 'privacy.pii-rate');
    const direct = data.synthetic.rows.filter((r) => findPii(r.text).length > 0).length / data.synthetic.rows.length;
    expect(m.value).toBeCloseTo(direct, 12);
    expect(Math.abs(m.value! - m.baseline!.value!)).toBeLessThan(0.03);
    expect(m.reading).toBe('good');
  });

  it('skips exemplar overlap with its reason when no exemplars are given', () => {
    const m = metric(results, 'privacy.exemplar-overlap');
    expect(m.status).toBe('skipped');
    expect(m.reason).toMatch(/no few-shot exemplars given/);
  });

  it('writes no full PII value of either file anywhere in the results', () => {
    const { timings: _timings, ...rest } = results;
    const json = JSON.stringify(rest);
    const values = [...data.synthetic.rows, ...data.real.rows].flatMap((r) => findPii(r.text).map((f) => f.value));
    for (const v of values) {
      expect(json).not.toContain(v);
      const digits = v.replace(/\D/g, '');
      if (digits.length >= 8) expect(json).not.toContain(digits);
    }
  });
});

describe('privacy family on the text-message data', () => {
  it('has real PII to look for: phone numbers in about 7% of rows, a few e-mail addresses', async () => {
    const ds = await loadShared('sms_spam_collection');
    const found = ds.rows.map((r) => findPii(r.text));
    const share = found.filter((f) => f.some((x) => x.kind === 'phone')).length / ds.rows.length;
    expect(share).toBeGreaterThan(0.06);
    expect(share).toBeLessThan(0.09);
    expect(found.flat().filter((x) => x.kind === 'email').length).toBe(7);
  });
});
