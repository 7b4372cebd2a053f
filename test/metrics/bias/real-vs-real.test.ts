import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { evaluate } from '../../../src/core/evaluate/evaluate.js';
import type { MetricResult, Results } from '../../../src/core/results-schema.js';
import { createEmbedder } from '../../../src/embed/create-embedder.js';
import type { Embedder } from '../../../src/embed/types.js';
import { biasMetrics } from '../../../src/metrics/bias/index.js';
import { TEST_CACHE_DIR } from '../../helpers/test-cache.js';
import { disjointSamples, realDataset, withRows, type RealDatasetName } from './real-data.js';

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

async function realVsReal(name: RealDatasetName, nSynth: number, nReal: number, seed: number): Promise<Results> {
  const source = await realDataset(name);
  const [synth, real] = disjointSamples(source, [nSynth, nReal], seed);
  return evaluate({ synthetic: withRows(source, synth, 'synth.jsonl'), real: withRows(source, real), embedder, seed: 3, metrics: biasMetrics });
}

describe('bias family on real-vs-real splits (not flagged)', () => {
  // The largest gap is over every group and label: a label of ~150 rows a side (tweet 'optimism')
  // lets a share of 20% differ by 2–3 standard errors (±0.05) between two halves.
  const cases: Array<[RealDatasetName, number, number, number, number]> = [
    ['sentiment_uci_labelled_sentences', 1500, 1500, 11, 0.08],
    ['tweet_eval_emotion', 2000, 3052, 4, 0.15],
  ];
  for (const [name, nSynth, nReal, seed, maxGap] of cases) {
    it(`reads every bias metric of ${name} as good, each value near its baseline`, async () => {
      const r = await realVsReal(name, nSynth, nReal, seed);
      for (const m of r.metrics) {
        expect(m.status, `${m.id}: ${m.reason}`).toBe('ok');
        expect(m.reading, m.id).toBe('good');
        expect(m.ci, m.id).not.toBeNull();
      }
      const gap = metric(r, 'bias.representation-gap');
      expect(gap.value!).toBeLessThan(maxGap);
      expect(Math.abs(gap.value! - gap.baseline!.value!)).toBeLessThan(0.05);
      const amp = metric(r, 'bias.amplification');
      expect(Math.abs(amp.value!)).toBeLessThan(0.12);
      const flip = metric(r, 'bias.counterfactual-flip-rate');
      expect(flip.value!).toBeLessThan(0.15);
      expect(Math.abs(flip.value! - flip.baseline!.value!)).toBeLessThan(0.08);
      // The real data has its own association between gender terms and labels; the two halves agree.
      const weat = metric(r, 'bias.embedding-association');
      expect(Math.abs(weat.value! - weat.baseline!.value!)).toBeLessThan(0.35);
    });
  }

  it('names the largest gap and gives the full share table for the report', async () => {
    const r = await realVsReal('sentiment_uci_labelled_sentences', 1500, 1500, 11);
    const d = metric(r, 'bias.representation-gap').details as {
      largest: { dimension: string; group: string; label: string; gap: number };
      table: Array<{ dimension: string; group: string; label: string; synthetic: { share: number }; real: { share: number }; gap: number }>;
      labels: Array<{ label: string }>;
    };
    expect(d.labels.map((l) => l.label)).toEqual(['0', '1']);
    expect(d.table.length).toBeGreaterThan(0);
    for (const row of d.table) expect(row.gap).toBeCloseTo(row.synthetic.share - row.real.share, 5);
    const top = d.table.reduce((a, b) => (Math.abs(b.gap) > Math.abs(a.gap) ? b : a));
    expect([d.largest.dimension, d.largest.group, d.largest.label]).toEqual([top.dimension, top.group, top.label]);
    expect(metric(r, 'bias.representation-gap').value).toBeCloseTo(Math.abs(top.gap), 5);
  });

  it('runs on 100 long IMDB reviews a side, warning that n is small', async () => {
    const r = await realVsReal('imdb_reviews_sample', 100, 100, 2);
    const gap = metric(r, 'bias.representation-gap');
    expect(gap.status).toBe('ok');
    expect(gap.warnings.join(' ')).toMatch(/only 100 synthetic rows; Group representation gap needs at least 200/);
    const flip = metric(r, 'bias.counterfactual-flip-rate');
    expect(flip.status).toBe('ok');
    // Reviews of a few hundred words mention people in most rows.
    expect((flip.details as { rows: { mentioningAnyGroup: number } }).rows.mentioningAnyGroup).toBeGreaterThan(60);
    for (const m of r.metrics) expect(['ok', 'skipped'], `${m.id}: ${m.reason}`).toContain(m.status);
  });
});
