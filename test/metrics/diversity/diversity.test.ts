import { beforeAll, describe, expect, it } from 'vitest';
import { evaluate } from '../../../src/core/evaluate/evaluate.js';
import type { MetricResult, Results } from '../../../src/core/results-schema.js';
import { createEmbedder } from '../../../src/embed/create-embedder.js';
import type { Embedder } from '../../../src/embed/types.js';
import { diversityMetrics } from '../../../src/metrics/diversity/index.js';
import { createRng } from '../../../src/core/rng.js';
import type { DatasetRow } from '../../../src/io/types.js';
import { TEST_CACHE_DIR } from '../../helpers/test-cache.js';
import { disjointSamples, realDataset, withRows, type RealDatasetName } from '../similarity/real-data.js';

let embedder: Embedder;
beforeAll(async () => {
  embedder = await createEmbedder('builtin', { cacheDir: TEST_CACHE_DIR });
});

const metric = (r: Results, id: string): MetricResult => {
  const m = r.metrics.find((x) => x.id === id);
  if (!m) throw new Error(`no ${id} in results`);
  return m;
};

const ALL = diversityMetrics.map((m) => m.id);

/**
 * `base` with a share of its rows (seeded choice) replaced by `make(source)`, each source another,
 * untouched row (drawn with replacement, or all different). Returns target index → source index.
 */
function plant(base: readonly DatasetRow[], share: number, seed: number, make: (source: DatasetRow) => string, distinctSources = false): { rows: DatasetRow[]; planted: Map<number, number> } {
  const rng = createRng(seed);
  const order = rng.shuffle(base.map((_, i) => i));
  const count = Math.round(share * base.length);
  const targets = order.slice(0, count);
  const sources = order.slice(count);
  const rows = base.map((r) => ({ ...r }));
  const planted = new Map<number, number>();
  for (const [k, t] of targets.entries()) {
    const s = distinctSources ? sources[k] : sources[rng.int(sources.length)];
    rows[t].text = make(base[s]);
    planted.set(t, s);
  }
  return { rows, planted };
}

/** Relative tolerance of value vs baseline in real-vs-real splits, for the unbounded measures. */
const RELATIVE: Record<string, number> = { 'diversity.mtld': 0.15, 'diversity.vendi': 0.1, 'diversity.compression-ratio': 0.05 };

describe('diversity family on real data', () => {
  const halves: Array<[RealDatasetName, number, number]> = [
    ['rotten_tomatoes_polarity', 1000, 2000],
    ['sentiment_uci_labelled_sentences', 800, 1600],
    ['sms_spam_collection', 1000, 2000],
  ];
  for (const [name, nSynth, nReal] of halves) {
    it(`reads real-vs-real splits of ${name} as good, each value near its baseline, with a CI`, async () => {
      const source = await realDataset(name);
      const [synth, real] = disjointSamples(source, [nSynth, nReal], 11);
      const r = await evaluate({ synthetic: withRows(source, synth, 'synth.jsonl'), real: withRows(source, real), embedder, seed: 3, metrics: diversityMetrics });
      expect(r.metrics.map((m) => m.id)).toEqual(ALL);
      for (const m of r.metrics) {
        expect(m.status, `${m.id}: ${m.reason}`).toBe('ok');
        expect(m.reading, m.id).toBe('good');
        expect(m.ci, m.id).not.toBeNull();
        expect(m.ci!.lo, m.id).toBeLessThanOrEqual(m.value!);
        expect(m.ci!.hi, m.id).toBeGreaterThanOrEqual(m.value!);
        const gap = Math.abs(m.value! - m.baseline!.value!);
        if (m.id in RELATIVE) expect(gap / m.baseline!.value!, m.id).toBeLessThan(RELATIVE[m.id]);
        else expect(gap, m.id).toBeLessThan(0.05);
      }
      // Per-label values where the measure is not size-sensitive.
      for (const id of ['diversity.mattr', 'diversity.mtld', 'diversity.hdd', 'diversity.exact-duplicate-rate']) {
        const perLabel = metric(r, id).perLabel!;
        expect(perLabel.length, id).toBe(2);
        expect(perLabel.every((l) => l.status === 'ok' && l.value !== null && l.baseline !== null), id).toBe(true);
      }
    });
  }

  it('raises the exact-duplicate rate by the planted share of copies (case and spacing changed), with one flag per cluster', async () => {
    const source = await realDataset('rotten_tomatoes_polarity');
    const [synth, real] = disjointSamples(source, [1500, 3000], 21);
    const { rows, planted } = plant(synth, 0.15, 1, (s) => `  ${s.text.toUpperCase().replace(/ /g, '  ')} `);
    const r = await evaluate({
      synthetic: withRows(source, rows),
      real: withRows(source, real),
      embedder,
      seed: 3,
      metrics: diversityMetrics,
      config: { include: ['diversity.exact-duplicate-rate', 'diversity.near-duplicate-rate'] },
    });
    const exact = metric(r, 'diversity.exact-duplicate-rate');
    // 225 of 1,500 rows repeat another row: +0.15 over the source's own rate (0 in this sample).
    expect(exact.value).toBeGreaterThanOrEqual(0.15);
    expect(exact.value! - exact.baseline!.value!).toBeCloseTo(0.15, 2);
    expect(exact.reading).toBe('poor');
    expect(exact.ci!.lo).toBeGreaterThan(0.12);
    // Each planted row adds exactly one repeat to the cluster of its source: one flag per
    // cluster, on its first row, the repeats in `related`.
    const flags = r.flags.filter((f) => f.kind === 'duplicate');
    const sources = new Set(planted.values());
    expect(r.flagCounts.duplicate).toBe(sources.size);
    expect(flags.reduce((sum, f) => sum + f.related!.length, 0)).toBe(planted.size);
    for (const f of flags) {
      const lines = [f.row, ...f.related!.map((x) => x.row)];
      expect(Math.min(...lines)).toBe(f.row);
      expect(f.score).toBe(f.related!.length);
      expect(f.detail).toMatch(/later row/);
    }
    // Exact copies are near copies too (cosine 1).
    expect(metric(r, 'diversity.near-duplicate-rate').value).toBeGreaterThanOrEqual(exact.value!);
    // Clusters with one normalised text are not flagged again as near duplicates.
    expect(r.flagCounts['near-duplicate'] ?? 0).toBeLessThan(5);
    expect((exact.details.largest as unknown[]).length).toBeGreaterThan(0);
  });

  it('raises the near-duplicate rate, not the exact one, by about the planted share of paraphrases; a sampled check estimates it', async () => {
    const source = await realDataset('rotten_tomatoes_polarity');
    const [synth, real] = disjointSamples(source, [1500, 3000], 22);
    // Two middle words swapped and "really ," in front: the builtin (bag-of-words) embedding
    // moves only through the added word, to cosine ≥ 0.95 for about 95% of these sentences.
    const paraphrase = (s: DatasetRow) => {
      const w = s.text.split(' ');
      const i = Math.floor(w.length / 2);
      if (w.length > 3) [w[i - 1], w[i]] = [w[i], w[i - 1]];
      return `really , ${w.join(' ')}`;
    };
    const { rows, planted } = plant(synth, 0.15, 2, paraphrase, true);
    const run = (config: object) => evaluate({ synthetic: withRows(source, rows), real: withRows(source, real), embedder, seed: 3, metrics: diversityMetrics, config: { include: ['diversity.exact-duplicate-rate', 'diversity.near-duplicate-rate'], ...config } });
    const r = await run({});
    const near = metric(r, 'diversity.near-duplicate-rate');
    const exact = metric(r, 'diversity.exact-duplicate-rate');
    expect(near.value! - near.baseline!.value!).toBeGreaterThan(0.12);
    expect(near.value!).toBeLessThan(0.15 + 0.01);
    expect(near.reading).toBe('poor');
    expect(exact.value!).toBeLessThan(0.005);
    expect(exact.reading).toBe('good');
    expect(r.flagCounts['near-duplicate']).toBeGreaterThan(0.8 * planted.size);
    const flagged = new Set(r.flags.filter((f) => f.kind === 'near-duplicate').flatMap((f) => [f.row, ...f.related!.map((x) => x.row)]));
    const plantedLines = [...planted.keys()].map((i) => rows[i].line);
    expect(plantedLines.filter((l) => flagged.has(l)).length).toBeGreaterThan(0.9 * planted.size);

    // Checking a sample of 400 rows (each against all 1,500) estimates the same rate.
    const sampled = metric(await run({ diversity: { nearDuplicates: { maxRows: 400 } } }), 'diversity.near-duplicate-rate');
    expect(sampled.details.checked).toBe(400);
    expect(Math.abs(sampled.value! - near.value!)).toBeLessThan(0.05);
  });

  it('drops distinct-n, MATTR, MTLD, HD-D and Vendi and raises compression ratio, self-BLEU and top-n-gram share for rows made from a few templates', async () => {
    const source = await realDataset('rotten_tomatoes_polarity');
    const [synth, real] = disjointSamples(source, [1500, 3000], 23);
    const rng = createRng(4);
    const nouns = ['acting', 'plot', 'story', 'script', 'cast', 'music', 'direction', 'ending', 'dialogue', 'pacing'];
    const adjectives = ['great', 'terrible', 'boring', 'brilliant', 'dull', 'moving', 'funny', 'slow', 'clever', 'weak'];
    const pick = (xs: string[]) => xs[rng.int(xs.length)];
    const templates = [
      () => `the ${pick(nouns)} was ${pick(adjectives)} and the ${pick(nouns)} was ${pick(adjectives)} .`,
      () => `i thought this movie was ${pick(adjectives)} , especially the ${pick(nouns)} .`,
      () => `a ${pick(adjectives)} film with a ${pick(adjectives)} ${pick(nouns)} .`,
      () => `${pick(adjectives)} ${pick(nouns)} , ${pick(adjectives)} ${pick(nouns)} , and a ${pick(adjectives)} ending .`,
    ];
    const rows = synth.map((r) => ({ ...r, text: templates[rng.int(templates.length)]() }));
    const r = await evaluate({ synthetic: withRows(source, rows), real: withRows(source, real), embedder, seed: 3, metrics: diversityMetrics });
    const v = (id: string) => metric(r, id).value!;
    const b = (id: string) => metric(r, id).baseline!.value!;
    // Observed (rotten_tomatoes baseline → templates): distinct-2 0.75 → 0.03, distinct-3
    // 0.96 → 0.11, MTLD 201 → 18, Vendi 21.5 → 5.6, compression 2.5 → 8.4, self-BLEU 0.08 → 0.92.
    expect(v('diversity.distinct-1')).toBeLessThan(b('diversity.distinct-1') / 4);
    expect(v('diversity.distinct-2')).toBeLessThan(b('diversity.distinct-2') / 4);
    expect(v('diversity.distinct-3')).toBeLessThan(b('diversity.distinct-3') / 4);
    expect(v('diversity.mattr')).toBeLessThan(b('diversity.mattr') - 0.2);
    expect(v('diversity.mtld')).toBeLessThan(b('diversity.mtld') / 5);
    expect(v('diversity.hdd')).toBeLessThan(b('diversity.hdd') - 0.2);
    expect(v('diversity.vendi')).toBeLessThan(b('diversity.vendi') / 2);
    expect(v('diversity.compression-ratio')).toBeGreaterThan(2 * b('diversity.compression-ratio'));
    expect(v('diversity.self-bleu')).toBeGreaterThan(b('diversity.self-bleu') + 0.5);
    expect(v('diversity.top-ngram-repetition')).toBeGreaterThan(10 * b('diversity.top-ngram-repetition'));
    for (const m of r.metrics) expect(m.reading, m.id).toBe('poor');
    // The top 3-grams name the template.
    const grams = (metric(r, 'diversity.top-ngram-repetition').details.ngrams as Array<{ ngram: string }>).map((g) => g.ngram);
    expect(grams).toContain('i thought this');
  });
});
