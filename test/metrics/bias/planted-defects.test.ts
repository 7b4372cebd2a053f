import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { evaluate } from '../../../src/core/evaluate/evaluate.js';
import type { MetricResult, Results } from '../../../src/core/results-schema.js';
import { createEmbedder } from '../../../src/embed/create-embedder.js';
import type { Embedder } from '../../../src/embed/types.js';
import type { Dataset, DatasetRow } from '../../../src/io/types.js';
import { biasMetrics } from '../../../src/metrics/bias/index.js';
import { TEST_CACHE_DIR } from '../../helpers/test-cache.js';
import { censusNames, disjointSamples, plantGenderSkew, realDataset, withRows } from './real-data.js';

let embedder: Embedder;
let femaleNames: string[];
let maleNames: string[];
beforeAll(async () => {
  embedder = await createEmbedder('builtin', { cacheDir: TEST_CACHE_DIR });
  // Speakers' names from the US Census 1990 lists in ../shared/probes (not the lists the lexicon uses).
  femaleNames = await censusNames('female', 100);
  maleNames = await censusNames('male', 100);
});
afterAll(async () => embedder?.dispose());

const metric = (r: Results, id: string): MetricResult => {
  const m = r.metrics.find((x) => x.id === id);
  if (!m) throw new Error(`no ${id} in results`);
  return m;
};
const run = (source: Dataset, synth: readonly DatasetRow[], real: readonly DatasetRow[]) =>
  evaluate({ synthetic: withRows(source, synth, 'synth.jsonl'), real: withRows(source, real), embedder, seed: 3, metrics: biasMetrics });

interface Pair { label: string; group: string; real: number; synthetic: number; difference: number; dimension?: string }
interface FlipDetails {
  [key: string]: unknown;
  meanProbabilityChange: number;
  perDimension: Array<{ dimension: string; rewrites: number; flips: number }>;
}

describe('a gender-skewed label in UCI sentiment: "She/Mary says: …" on 80% of negative rows, "He/James says: …" on 80% of positive ones', () => {
  let skewed: Results; // synthetic rows skewed, real rows as they are
  let learned: Results; // the real rows skewed the same way, so the real-data classifier learns it
  beforeAll(async () => {
    const source = await realDataset('sentiment_uci_labelled_sentences');
    const [synth, real] = disjointSamples(source, [1500, 1500], 7);
    const plan = (seed: number) => ({ female: { label: '0', share: 0.8 }, male: { label: '1', share: 0.8 }, femaleNames, maleNames, seed });
    skewed = await run(source, plantGenderSkew(synth, plan(1)), real);
    learned = await run(source, plantGenderSkew(synth, plan(1)), plantGenderSkew(real, plan(2)));
  });

  it('representation-gap names gender/female in the negative label, at about 0.75 against a baseline under 0.1', () => {
    const m = metric(skewed, 'bias.representation-gap');
    const largest = m.details.largest as { dimension: string; group: string; label: string; synthetic: { share: number }; real: { share: number } };
    expect([largest.dimension, largest.group, largest.label]).toEqual(['gender', 'female', '0']);
    // 80% of negatives planted, plus the few that already mention a woman; ~2% of real negatives do.
    expect(largest.synthetic.share).toBeGreaterThan(0.7);
    expect(largest.real.share).toBeLessThan(0.06);
    expect(m.value!).toBeGreaterThan(0.65);
    expect(m.baseline!.value!).toBeLessThan(0.1);
    expect(m.reading).toBe('poor');
  });

  it('amplification shows the positive label tied harder to men, and counts the reversed negative label against it', () => {
    // The real rows mention men more than women under both labels (b*(label, male) ≈ 0.7), so by
    // Zhao et al.'s definition only (label, male) pairs are skewed: positive rows amplify it
    // (0.72 → 0.93), negative rows reverse it (0.68 → 0.06), and the mean over labels is negative.
    const m = metric(skewed, 'bias.amplification');
    const d = m.details as { dimension: string; amplifiedPairs: Pair[]; dimensions: Array<{ dimension: string; pairs: Pair[] }> };
    expect(d.dimension).toBe('gender');
    expect(d.amplifiedPairs[0]).toMatchObject({ dimension: 'gender', label: '1', group: 'male' });
    expect(d.amplifiedPairs[0].difference).toBeGreaterThan(0.15);
    const negative = d.dimensions[0].pairs.find((p) => p.label === '0');
    expect(negative).toMatchObject({ group: 'male' });
    expect(negative!.difference).toBeLessThan(-0.5);
    expect(m.value!).toBeLessThan(m.baseline!.value!);
    expect(m.value!).toBeLessThan(-0.1);
  });

  it('embedding-association doubles: female terms lean toward the negative label (d ≈ 0.9 against ≈ 0.45 in real data)', () => {
    const m = metric(skewed, 'bias.embedding-association');
    const largest = m.details.largest as { a: string; b: string; effectSize: number };
    expect([largest.a, largest.b]).toEqual(['0', '1']);
    expect(largest.effectSize).toBeGreaterThan(0.8);
    // The real halves lean the other way (female terms toward positive), and less.
    const base = (m.details.baselineDetails as { largest: { effectSize: number } }).largest.effectSize;
    expect(base).toBeLessThan(0);
    expect(m.value! - m.baseline!.value!).toBeGreaterThan(0.3);
    expect(m.reading).toBe('poor');
  });

  it('counterfactual-flip-rate stays low while the real-data classifier has not learned the skew', () => {
    // The classifier is trained on real rows, where gender says nothing about sentiment: swapping
    // She ↔ He and the names moves each row's embedding (cosine distance ≈ 0.04) but rarely across
    // the decision boundary.
    const m = metric(skewed, 'bias.counterfactual-flip-rate');
    expect(m.status).toBe('ok');
    expect(m.value!).toBeLessThan(0.12);
    const d = m.details as FlipDetails;
    const rows = d.rows as unknown as { sampled: number; rewritten: number };
    // The cap: ~1,100 rows mention a group; a few of the 500 drawn mention only terms without a
    // swap partner ("kids") and are not rewritten.
    expect(rows.sampled).toBe(500);
    expect(rows.rewritten).toBeGreaterThan(490);
    expect(d.meanProbabilityChange).toBeLessThan(0.08);
  });

  it('counterfactual-flip-rate triples once the real data carries the skew and the classifier learns it', () => {
    const before = metric(skewed, 'bias.counterfactual-flip-rate');
    const after = metric(learned, 'bias.counterfactual-flip-rate');
    // Measured: 0.08 → 0.26 flips; mean change of the original label's probability 0.05 → 0.16.
    expect(after.value!).toBeGreaterThan(before.value! + 0.1);
    expect((after.details as FlipDetails).meanProbabilityChange).toBeGreaterThan(2 * (before.details as FlipDetails).meanProbabilityChange);
    // The holdout rows carry the same skew, so the baseline flips as often: same classifier, same kind of rows.
    expect(Math.abs(after.value! - after.baseline!.value!)).toBeLessThan(0.08);
    // With both sides skewed alike, the gap and the amplification see nothing unusual.
    expect(metric(learned, 'bias.representation-gap').reading).toBe('good');
    expect(Math.abs(metric(learned, 'bias.amplification').value!)).toBeLessThan(0.05);
  });

  it('flags each flipped synthetic row, with the swaps and the two labels but not the text', () => {
    const m = metric(learned, 'bias.counterfactual-flip-rate');
    const flips = (m.details as FlipDetails).perDimension.reduce((s, x) => s + x.flips, 0);
    const flags = learned.flags.filter((f) => f.kind === 'counterfactual-flip');
    expect(learned.flagCounts['counterfactual-flip']).toBe(flips);
    expect(flags.length).toBe(Math.min(flips, 500));
    expect(flags[0].detail).toMatch(/^swapping gender terms \(.+→.+\) changes the real-data classifier's label from '[01]' \(p 0\.\d\d\) to '[01]' \(p 0\.\d\d\)$/);
    // Ranked by how far the original label's probability moved.
    expect(flags[0].score!).toBeGreaterThanOrEqual(flags[flags.length - 1].score!);
  });
});

describe('amplification of a skew the real data already has (Rotten Tomatoes)', () => {
  it('reads "male" in positive reviews pushed from 0.70 to 0.90 of gendered mentions as amplification', async () => {
    // Real reviews mention men in ~70% of gendered mentions under both labels; the synthetic set
    // adds a male speaker ("He/James says: …") to 80% of positive reviews.
    const source = await realDataset('rotten_tomatoes_polarity');
    const [synth, real] = disjointSamples(source, [3000, 6000], 7);
    const r = await run(source, plantGenderSkew(synth, { male: { label: '1', share: 0.8 }, femaleNames, maleNames, seed: 1 }), real);
    const m = metric(r, 'bias.amplification');
    const d = m.details as { dimension: string; amplifiedPairs: Pair[] };
    expect(d.dimension).toBe('gender');
    expect(d.amplifiedPairs[0]).toMatchObject({ dimension: 'gender', label: '1', group: 'male' });
    expect(d.amplifiedPairs[0].real).toBeCloseTo(0.7, 1);
    expect(d.amplifiedPairs[0].synthetic).toBeGreaterThan(0.85);
    // One of two labels amplified by ~0.2: the mean over labels is about 0.1 above the baseline's
    // (measured 0.09–0.11 over splits). The two intervals may still touch at this size (the
    // baseline's comes from ~700 gendered real rows), so the reading is not asserted.
    expect(m.value! - m.baseline!.value!).toBeGreaterThan(0.06);
    expect(m.ci!.lo).toBeGreaterThan(m.baseline!.value!);
    const gap = metric(r, 'bias.representation-gap');
    expect((gap.details.largest as { group: string; label: string }).group).toBe('male');
    expect(gap.value!).toBeGreaterThan(0.5);
  });
});
