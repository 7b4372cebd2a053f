import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { evaluate } from '../../../src/core/evaluate/evaluate.js';
import { ResultsSchema, type MetricResult, type Results } from '../../../src/core/results-schema.js';
import { createEmbedder } from '../../../src/embed/create-embedder.js';
import type { Embedder } from '../../../src/embed/types.js';
import { agreementMetrics } from '../../../src/metrics/agreement/index.js';
import { TEST_CACHE_DIR } from '../../helpers/test-cache.js';
import { realPair, shuffleLabels } from './agreement-data.js';

/**
 * The agreement family on real data: a seeded subset of a labelled dataset split into a
 * "synthetic" part and a real part (real vs real), then the same with 30% of the synthetic
 * labels replaced by a wrong label (the planted defect of this family).
 */
let embedder: Embedder;
beforeAll(async () => {
  embedder = await createEmbedder('builtin', { cacheDir: TEST_CACHE_DIR });
});
afterAll(async () => embedder?.dispose());

const metric = (r: Results, id: string): MetricResult => {
  const m = r.metrics.find((x) => x.id === id);
  if (!m) throw new Error(`no ${id} in results`);
  return m;
};
const IDS = ['agreement.accuracy', 'agreement.cohen-kappa', 'agreement.krippendorff-alpha', 'agreement.macro-f1'];
const SHARE = 0.3;

const datasets: Array<[name: string, synthetic: number, real: number]> = [
  ['sms_spam_collection', 1000, 2000],
  ['sentiment_uci_labelled_sentences', 1000, 2000],
  ['tweet_eval_emotion', 1200, 2400],
];

describe.each(datasets)('agreement family on %s', (name, nSynthetic, nReal) => {
  let clean: Results;
  let shuffled: Results;
  let changed: Set<string>;
  let labels: string[];
  beforeAll(async () => {
    const pair = await realPair(name, nSynthetic, nReal);
    labels = pair.labels;
    const planted = shuffleLabels(pair.synthetic, pair.labels, SHARE);
    changed = planted.changed;
    clean = await evaluate({ synthetic: pair.synthetic, real: pair.real, embedder, seed: 7, metrics: agreementMetrics });
    shuffled = await evaluate({ synthetic: planted.data, real: pair.real, embedder, seed: 7, metrics: agreementMetrics });
  });

  it('reads a real-vs-real split as good on every metric, each value near its holdout baseline', () => {
    expect(() => ResultsSchema.parse(clean)).not.toThrow();
    for (const id of IDS) {
      const m = metric(clean, id);
      expect(m.status, `${id}: ${m.reason}`).toBe('ok');
      expect(m.reading, id).toBe('good');
      expect(m.ci, id).not.toBeNull();
      expect(m.ci!.lo, id).toBeLessThanOrEqual(m.value!);
      expect(m.ci!.hi, id).toBeGreaterThanOrEqual(m.value!);
      // Two disjoint samples of one source: within sampling error (tweet emotion: 4 labels, ~0.6 accuracy).
      expect(Math.abs(m.value! - m.baseline!.value!), id).toBeLessThan(id === 'agreement.accuracy' ? 0.04 : 0.08);
    }
  });

  it("agrees with the classifier's own 5-fold cross-validated accuracy on the reference half", () => {
    const details = metric(clean, 'agreement.accuracy').details as { referenceCv: { status: string; folds: number; accuracy: number } };
    expect(details.referenceCv).toMatchObject({ status: 'ok', folds: 5 });
    expect(Math.abs(details.referenceCv.accuracy - metric(clean, 'agreement.accuracy').baseline!.value!)).toBeLessThan(0.04);
  });

  it('gives a confusion matrix with rows = intended label (row sums = label counts) and accuracy per intended label', () => {
    const m = metric(clean, 'agreement.accuracy');
    const details = m.details as { confusion: { labels: string[]; matrix: number[][] }; perLabel: { label: string; n: number; accuracy: number }[] };
    expect(details.confusion.labels).toEqual(labels);
    const rowSums = details.confusion.matrix.map((row) => row.reduce((s, c) => s + c, 0));
    expect(rowSums).toEqual(labels.map((l) => clean.labels.synthetic[l]));
    const diagonal = details.confusion.matrix.reduce((s, row, k) => s + row[k], 0);
    expect(diagonal / nSynthetic).toBeCloseTo(m.value!, 12);
    for (const [k, row] of details.perLabel.entries()) expect(row.accuracy).toBeCloseTo(details.confusion.matrix[k][k] / row.n, 12);
  });

  it('flags every row the classifier disagrees with as suspect-label, scored P(predicted) − P(intended)', () => {
    const flags = clean.flags.filter((f) => f.kind === 'suspect-label');
    expect(clean.flagCounts['suspect-label']).toBe(Math.round((1 - metric(clean, 'agreement.accuracy').value!) * nSynthetic));
    for (const f of flags) {
      expect(f.score).toBeGreaterThan(0);
      expect(f.score).toBeLessThanOrEqual(1);
      expect(f.detail).toMatch(/^intended '.+', but the real-data classifier says '.+' \(p = /);
    }
    const scores = flags.map((f) => f.score!);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
  });

  it('reports the annotators that could not run, with the reason', () => {
    const annotators = (metric(clean, 'agreement.cohen-kappa').details as { annotators: { id: string; status: string; reason?: string }[] }).annotators;
    expect(annotators.map((a) => a.id)).toEqual(['classifier', 'nearest-centroid', 'zero-shot', 'llm-judge']);
    expect(annotators.find((a) => a.id === 'llm-judge')).toMatchObject({ status: 'skipped', reason: 'no judge configured (agreement.judge)' });
    expect(annotators.find((a) => a.id === 'zero-shot')).toMatchObject({ status: 'skipped', reason: expect.stringMatching(/no label descriptions configured/) });
  });

  it(`drops accuracy by about ${SHARE} × (accuracy − chance of hitting the new wrong label) when ${SHARE * 100}% of the labels are wrong`, () => {
    const a = metric(clean, 'agreement.accuracy').value!;
    const drop = a - metric(shuffled, 'agreement.accuracy').value!;
    // A replaced row is right only when the classifier happens to predict the new wrong label:
    // about (1 − a)/(K − 1) of the time, so the expected drop is SHARE · (a − (1 − a)/(K − 1)).
    const K = labels.length;
    const expected = SHARE * (a - (1 - a) / (K - 1));
    expect(Math.abs(drop - expected)).toBeLessThan(0.04);
    expect(metric(shuffled, 'agreement.accuracy').reading).toBe('poor');
  });

  it("drops Cohen's κ by over 30% of its value, Krippendorff's α and macro-F1 by over 0.1, each interval below its baseline's", () => {
    // Measured (clean → shuffled): κ 0.81 → 0.19 (SMS), 0.56 → 0.26 (sentiment), 0.48 → 0.27 (tweets);
    // α 0.65 → 0.28, 0.60 → 0.41, 0.42 → 0.30; macro-F1 0.90 → 0.56, 0.78 → 0.63, 0.56 → 0.40.
    const kappa = metric(shuffled, 'agreement.cohen-kappa');
    expect(kappa.value!).toBeLessThan(0.7 * metric(clean, 'agreement.cohen-kappa').value!);
    for (const id of ['agreement.krippendorff-alpha', 'agreement.macro-f1']) {
      expect(metric(shuffled, id).value!, id).toBeLessThan(metric(clean, id).value! - 0.1);
    }
    for (const id of ['agreement.cohen-kappa', 'agreement.krippendorff-alpha', 'agreement.macro-f1']) {
      const after = metric(shuffled, id);
      expect(after.ci!.hi, id).toBeLessThan(after.baseline!.ci!.lo);
      expect(after.reading, id).not.toBe('good');
    }
  });

  it('puts at least 60% of the relabelled rows among the top-ranked suspect-label flags (top = as many as were relabelled)', () => {
    const flags = shuffled.flags.filter((f) => f.kind === 'suspect-label');
    const top = flags.slice(0, changed.size);
    const recall = top.filter((f) => changed.has(f.id)).length / changed.size;
    expect(recall).toBeGreaterThanOrEqual(0.6);
  });
});
