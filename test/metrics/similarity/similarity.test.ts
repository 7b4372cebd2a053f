import { beforeAll, describe, expect, it } from 'vitest';
import { evaluate } from '../../../src/core/evaluate/evaluate.js';
import type { MetricResult, Results } from '../../../src/core/results-schema.js';
import { createEmbedder } from '../../../src/embed/create-embedder.js';
import type { Embedder } from '../../../src/embed/types.js';
import { similarityMetrics } from '../../../src/metrics/similarity/index.js';
import { TEST_CACHE_DIR } from '../../helpers/test-cache.js';
import { disjointSamples, realDataset, withRows, type RealDatasetName } from './real-data.js';

let embedder: Embedder;
beforeAll(async () => {
  embedder = await createEmbedder('builtin', { cacheDir: TEST_CACHE_DIR });
});

const metric = (r: Results, id: string): MetricResult => {
  const m = r.metrics.find((x) => x.id === id);
  if (!m) throw new Error(`no ${id} in results`);
  return m;
};

const PRDC = ['similarity.precision', 'similarity.recall', 'similarity.density', 'similarity.coverage'];

describe('similarity family on real data', () => {
  const halves: Array<[RealDatasetName, number, number]> = [
    ['rotten_tomatoes_polarity', 1000, 2000],
    ['sentiment_uci_labelled_sentences', 800, 1600],
    ['sms_spam_collection', 1000, 2000],
  ];
  for (const [name, nSynth, nReal] of halves) {
    it(`reads real-vs-real splits of ${name} as good, each value near its baseline, per label too`, async () => {
      const source = await realDataset(name);
      const [synth, real] = disjointSamples(source, [nSynth, nReal], 11);
      const r = await evaluate({ synthetic: withRows(source, synth, 'synth.jsonl'), real: withRows(source, real), embedder, seed: 3, metrics: similarityMetrics });
      for (const m of r.metrics) {
        expect(m.status, `${m.id}: ${m.reason}`).toBe('ok');
        expect(m.reading, m.id).toBe('good');
        expect(m.ci, m.id).not.toBeNull();
        // Same source, equal sizes: within a few points of the holdout's value (density, an
        // unbounded mean of counts, is noisier).
        expect(Math.abs(m.value! - m.baseline!.value!), m.id).toBeLessThan(m.id === 'similarity.density' ? 0.12 : 0.05);
        expect(m.perLabel?.every((l) => l.status === 'ok'), m.id).toBe(true);
      }
    });
  }

  it('samples both sides of PRDC to maxRows, records the sample, and computes it once for the four metrics', async () => {
    const source = await realDataset('rotten_tomatoes_polarity');
    const [synth, real] = disjointSamples(source, [1200, 2400], 2);
    const r = await evaluate({
      synthetic: withRows(source, synth),
      real: withRows(source, real),
      embedder,
      seed: 1,
      config: { similarity: { prdc: { maxRows: 400, k: 3 } } },
      metrics: similarityMetrics,
    });
    const prdcSamples = r.samples.filter((x) => x.purpose.includes('PRDC'));
    // Overall value and baseline: synthetic, reference and holdout each sampled to 400 (per-label
    // sides hold about 600 of 1200 rows each, so they are sampled too).
    // (the reference is drawn once for the value and once for the baseline pass).
    expect(new Set(prdcSamples.filter((x) => x.size === 400 && x.of === 1200).map((x) => x.side))).toEqual(new Set(['holdout', 'reference', 'synthetic']));
    // Drawn once, by the first of the four (the others reuse the computation).
    expect(new Set(prdcSamples.map((x) => x.purpose.split(':')[0]))).toEqual(new Set(['similarity.precision']));
    for (const id of PRDC) {
      const m = metric(r, id);
      expect(m.details.rowsPerSide).toBe(400);
      expect(m.details.k).toBe(3);
      expect(m.ci!.resamples).toBe(1000);
    }
    // The four read the same computation: each one's details carry all four values.
    expect(metric(r, 'similarity.recall').details.precision).toBe(metric(r, 'similarity.precision').value);
    expect(metric(r, 'similarity.precision').details.coverage).toBe(metric(r, 'similarity.coverage').value);
  });

  it('skips PRDC with the reason when a side has no more than k rows', async () => {
    const source = await realDataset('sentiment_uci_labelled_sentences');
    const [synth, real] = disjointSamples(source, [5, 200], 4);
    const r = await evaluate({ synthetic: withRows(source, synth), real: withRows(source, real), embedder, seed: 1, metrics: similarityMetrics });
    for (const id of PRDC) {
      expect(metric(r, id).status).toBe('skipped');
      expect(metric(r, id).reason).toMatch(/more than k = 5 rows on each side/);
    }
    expect(metric(r, 'similarity.nn-cosine').status).toBe('ok');
  });

  it('drops nn-cosine and precision well below baseline when the synthetic rows come from another domain (SMS vs film reviews)', async () => {
    const films = await realDataset('rotten_tomatoes_polarity');
    const sms = await realDataset('sms_spam_collection');
    const [real] = disjointSamples(films, [3000], 5);
    const [synth] = disjointSamples(sms, [1500], 5);
    const r = await evaluate({ synthetic: withRows(sms, synth), real: withRows(films, real), embedder, seed: 3, metrics: similarityMetrics });
    const nn = metric(r, 'similarity.nn-cosine');
    const precision = metric(r, 'similarity.precision');
    // Builtin (SIF-weighted GloVe) cosines are crowded into about 0.5–0.9, so a whole change of
    // domain moves the mean nearest-neighbour cosine by about 0.06 (0.72 → 0.66 here): clearly
    // outside both intervals, but under the 10%-of-range step the runner needs to say 'poor'.
    expect(nn.baseline!.value! - nn.value!).toBeGreaterThan(0.04);
    expect(nn.ci!.hi).toBeLessThan(nn.baseline!.ci!.lo);
    expect(nn.reading).not.toBe('good');
    // Precision: about 0.79 → 0.55; coverage collapses (0.96 → 0.23): film reviews far from any SMS.
    expect(precision.baseline!.value! - precision.value!).toBeGreaterThan(0.15);
    expect(precision.reading).toBe('poor');
    const coverage = metric(r, 'similarity.coverage');
    expect(coverage.value!).toBeLessThan(0.5);
    expect(coverage.baseline!.value!).toBeGreaterThan(0.9);
  });
});
