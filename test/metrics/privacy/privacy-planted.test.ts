import { beforeAll, describe, expect, it } from 'vitest';
import { evaluate } from '../../../src/core/evaluate/evaluate.js';
import { derivedSeed } from '../../../src/core/evaluate/run-metric.js';
import { splitReal } from '../../../src/core/evaluate/split.js';
import type { EvaluateConfigInput } from '../../../src/core/evaluate/config.js';
import type { MetricResult, Results } from '../../../src/core/results-schema.js';
import { createRng } from '../../../src/core/rng.js';
import { createEmbedder } from '../../../src/embed/create-embedder.js';
import type { Embedder } from '../../../src/embed/types.js';
import type { Dataset } from '../../../src/io/types.js';
import { privacyMetrics } from '../../../src/metrics/privacy/index.js';
import { normalizeText } from '../../../src/metrics/privacy/normalize-text.js';
import { tokenize } from '../../../src/text/tokenize.js';
import { TEST_CACHE_DIR } from '../../helpers/test-cache.js';
import { loadShared, shuffledPositions, subsetDataset } from './privacy-data.js';

const SEED = 5;
const N_SYNTHETIC = 1000;

let embedder: Embedder;
let source: Dataset;
let synthetic: Dataset;
let real: Dataset;
let clean: Results;

/** Review sentences: 1,000 as "synthetic", the other 2,000 as real. */
beforeAll(async () => {
  embedder = await createEmbedder('builtin', { cacheDir: TEST_CACHE_DIR });
  source = await loadShared('sentiment_uci_labelled_sentences');
  const order = shuffledPositions(source.rows.length, 2);
  synthetic = subsetDataset(source, order.slice(0, N_SYNTHETIC), 'synthetic');
  real = subsetDataset(source, order.slice(N_SYNTHETIC), 'real');
  clean = await run(synthetic);
});

function run(syntheticData: Dataset, config: EvaluateConfigInput = {}): Promise<Results> {
  return evaluate({ synthetic: syntheticData, real, embedder, seed: SEED, metrics: privacyMetrics, config });
}

const metric = (results: Results, id: string): MetricResult => results.metrics.find((m) => m.id === id)!;
const flagged = (results: Results, kind: string) => new Set(results.flags.filter((f) => f.kind === kind).map((f) => f.row));

/** The synthetic set with the rows at `at` (positions) given new texts. */
function planted(texts: Map<number, string>): Dataset {
  return subsetDataset(synthetic, synthetic.rows.map((_, i) => i), 'synthetic-planted', texts);
}

/** Synthetic positions that no privacy metric flagged in the clean run, in a seeded order. */
function cleanPositions(seed: number): number[] {
  const anyFlag = new Set(clean.flags.map((f) => f.row));
  return createRng(seed).shuffle(synthetic.rows.map((_, i) => i).filter((i) => !anyFlag.has(synthetic.rows[i].line)));
}

/** Real positions whose normalised text occurs once in the real data. */
function uniqueRealPositions(): number[] {
  const counts = new Map<string, number>();
  for (const r of real.rows) counts.set(normalizeText(r.text), (counts.get(normalizeText(r.text)) ?? 0) + 1);
  return real.rows.map((_, j) => j).filter((j) => counts.get(normalizeText(real.rows[j].text)) === 1);
}

describe('privacy.exact-copy-rate on planted copies of real rows', () => {
  it('rises by exactly the planted share, and each flag names the copied real row', async () => {
    const at = cleanPositions(1).slice(0, 50);
    const sources = createRng(2).shuffle(uniqueRealPositions()).slice(0, 50);
    // Copies differ in case and spacing only: the normalisation must still see them.
    const texts = new Map(at.map((i, t) => [i, `  ${real.rows[sources[t]].text.toUpperCase().replace(/ /g, '   ')} `]));
    const results = await run(planted(texts), { include: ['privacy.exact-copy-rate'] });
    const before = metric(clean, 'privacy.exact-copy-rate').value!;
    const after = metric(results, 'privacy.exact-copy-rate').value!;
    expect(after - before).toBeCloseTo(50 / N_SYNTHETIC, 12);
    const flags = new Map(results.flags.filter((f) => f.kind === 'exact-copy').map((f) => [f.row, f]));
    at.forEach((i, t) => {
      const flag = flags.get(synthetic.rows[i].line)!;
      expect(flag.related).toEqual([{ source: 'real', row: real.rows[sources[t]].line, id: real.rows[sources[t]].id }]);
    });
    // The baseline does not move: it is the real data's own level.
    expect(metric(results, 'privacy.exact-copy-rate').baseline!.value).toBe(metric(clean, 'privacy.exact-copy-rate').baseline!.value);
  });

  it('is 1 when the synthetic data is the real data itself', async () => {
    const results = await evaluate({ synthetic: subsetDataset(real, real.rows.map((_, j) => j), 'same'), real, embedder, seed: SEED, metrics: privacyMetrics, config: { include: ['privacy.exact-copy-rate', 'privacy.near-copy-rate'] } });
    expect(metric(results, 'privacy.exact-copy-rate').value).toBe(1);
    expect(metric(results, 'privacy.near-copy-rate').value).toBe(1);
    expect(metric(results, 'privacy.exact-copy-rate').reading).toBe('poor');
  });
});

describe('privacy.near-copy-rate on lightly edited copies', () => {
  it('rises by 80–100% of the planted share when one word is added to real sentences, with no exact copy', async () => {
    const at = cleanPositions(3).slice(0, 100);
    const long = createRng(4).shuffle(uniqueRealPositions().filter((j) => tokenize(real.rows[j].text).length >= 10)).slice(0, 100);
    const texts = new Map(
      at.map((i, t) => {
        const words = real.rows[long[t]].text.split(' ');
        words.splice(Math.floor(words.length / 2), 0, 'really');
        return [i, words.join(' ')];
      }),
    );
    const results = await run(planted(texts), { include: ['privacy.exact-copy-rate', 'privacy.near-copy-rate'] });
    const rise = metric(results, 'privacy.near-copy-rate').value! - metric(clean, 'privacy.near-copy-rate').value!;
    // Measured on this data: adding one word keeps 94% of 10+-word sentences at cosine ≥ 0.95.
    expect(rise).toBeGreaterThanOrEqual(0.08);
    expect(rise).toBeLessThanOrEqual(0.1);
    expect(metric(results, 'privacy.exact-copy-rate').value).toBe(metric(clean, 'privacy.exact-copy-rate').value);
    // Each caught edited copy is flagged with its source real row.
    const flags = new Map(results.flags.filter((f) => f.kind === 'near-copy').map((f) => [f.row, f]));
    let named = 0;
    at.forEach((i, t) => {
      const flag = flags.get(synthetic.rows[i].line);
      if (flag?.related?.[0].row === real.rows[long[t]].line) named++;
    });
    expect(named).toBeGreaterThanOrEqual(80);
    // The core reads a rise of at most 10% of the range [0, 1] as 'fair', more as 'poor'.
    expect(metric(results, 'privacy.near-copy-rate').reading).not.toBe('good');
  });
});

describe('privacy.dcr-share on copies of one real half', () => {
  it('rises towards 1 for copies of reference rows, falls for copies of holdout rows, and stays put for copies of both', async () => {
    const split = splitReal(real.rows, createRng(derivedSeed(SEED, 'split')));
    const unique = new Set(uniqueRealPositions());
    const pick = (pool: number[], seed: number) => createRng(seed).shuffle(pool.filter((j) => unique.has(j))).slice(0, 300);
    const at = cleanPositions(5).slice(0, 300);
    const copies = (sources: number[]) => planted(new Map(at.map((i, t) => [i, real.rows[sources[t]].text])));
    const base = metric(clean, 'privacy.dcr-share').value!;
    const toReference = metric(await run(copies(pick(split.reference, 6)), { include: ['privacy.dcr-share'] }), 'privacy.dcr-share');
    const toHoldout = metric(await run(copies(pick(split.holdout, 7)), { include: ['privacy.dcr-share'] }), 'privacy.dcr-share');
    const mixed = pick(split.reference, 8).slice(0, 150).concat(pick(split.holdout, 9).slice(0, 150));
    const toBoth = metric(await run(copies(mixed), { include: ['privacy.dcr-share'] }), 'privacy.dcr-share');
    // 30% of rows move from ≈ ½ to 1 (or 0): the share moves by about 0.15; the copy rows sit in
    // the equal-size samples with probability 1 (no sample is taken at these sizes).
    expect(toReference.value! - base).toBeGreaterThan(0.12);
    expect(base - toHoldout.value!).toBeGreaterThan(0.12);
    expect(toReference.ci!.lo).toBeGreaterThan(0.5);
    expect(toReference.reading).toBe('poor');
    // The documented blind spot: copies spread over both halves leave the share near 0.5.
    expect(Math.abs(toBoth.value! - base)).toBeLessThan(0.03);
  });
});

describe('privacy.pii-rate on planted personal data', () => {
  const values = [
    'jane.doe@example.com',
    '+44 20 7946 0958',
    '(415) 555-2671',
    '4111 1111 1111 1111',
    'GB82 WEST 1234 5698 7654 32',
    '203.0.113.42',
    '2001:db8::8:800:200c:417a',
    '07911 123456',
    '5555-5555-5555-4444',
    'DE89370400440532013000',
  ];
  const kinds = ['email', 'phone', 'phone', 'card', 'iban', 'ipv4', 'ipv6', 'phone', 'card', 'iban'];

  it('rises by exactly the planted share, flags exactly those rows, and never writes a planted value', async () => {
    const at = cleanPositions(10).slice(0, 60);
    const texts = new Map(at.map((i, t) => [i, `${synthetic.rows[i].text} Contact: ${values[t % values.length]}.`]));
    const results = await run(planted(texts));
    const before = metric(clean, 'privacy.pii-rate');
    const after = metric(results, 'privacy.pii-rate');
    expect(after.value! - before.value!).toBeCloseTo(60 / N_SYNTHETIC, 12);
    expect(after.reading).not.toBe('good');
    const flags = new Map(results.flags.filter((f) => f.kind === 'pii').map((f) => [f.row, f]));
    expect(flags.size).toBe(60 + before.value! * N_SYNTHETIC);
    at.forEach((i, t) => expect(flags.get(synthetic.rows[i].line)!.detail.startsWith(kinds[t % values.length])).toBe(true));
    expect((after.details.rowsByKind as Record<string, number>).iban).toBe(12);
    const json = JSON.stringify(results);
    for (const v of values) {
      expect(json).not.toContain(v);
      expect(json).not.toContain(v.replace(/[^0-9A-Za-z]/g, ''));
    }
  });
});

describe('privacy.exemplar-overlap on rows lifted from few-shot exemplars', () => {
  it('rises by exactly the planted share when rows embed a 9-word run of an exemplar', async () => {
    const exemplars = createRng(11)
      .shuffle(uniqueRealPositions().filter((j) => tokenize(real.rows[j].text).length >= 12))
      .slice(0, 20)
      .map((j) => real.rows[j].text);
    const config = { privacy: { exemplarTexts: exemplars } };
    const unplanted = metric(await run(synthetic, config), 'privacy.exemplar-overlap');
    const at = cleanPositions(12).slice(0, 40);
    const texts = new Map(at.map((i, t) => [i, `So, ${exemplars[t % 20].split(' ').slice(1, 10).join(' ')} and that is all.`]));
    const results = await run(planted(texts), { ...config, include: ['privacy.exemplar-overlap'] });
    const m = metric(results, 'privacy.exemplar-overlap');
    expect(unplanted.value).toBe(0);
    expect(m.value! - unplanted.value!).toBeCloseTo(40 / N_SYNTHETIC, 12);
    expect(results.flagCounts['exemplar-overlap']).toBe(40);
    expect((m.details.rowsPerExemplar as number[]).reduce((a, b) => a + b, 0)).toBeGreaterThanOrEqual(40);
    // Exemplars drawn from the real rows do not overlap themselves in the baseline.
    expect(m.baseline!.value).toBe(0);
    expect(m.reading).not.toBe('good');
  });
});
