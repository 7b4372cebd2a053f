import { beforeAll, describe, expect, it } from 'vitest';
import { evaluate } from '../../../src/core/evaluate/evaluate.js';
import { ResultsSchema, type Results } from '../../../src/core/results-schema.js';
import { createEmbedder } from '../../../src/embed/create-embedder.js';
import type { Embedder } from '../../../src/embed/types.js';
import { diversityMetrics } from '../../../src/metrics/diversity/index.js';
import { similarityMetrics } from '../../../src/metrics/similarity/index.js';
import { TEST_CACHE_DIR } from '../../helpers/test-cache.js';
import { disjointSamples, realDataset, withRows } from '../similarity/real-data.js';

let embedder: Embedder;
beforeAll(async () => {
  embedder = await createEmbedder('builtin', { cacheDir: TEST_CACHE_DIR });
});

const metrics = [...similarityMetrics, ...diversityMetrics];
const withoutTimings = (r: Results) => JSON.stringify({ ...r, timings: {}, createdAt: '' });

describe('similarity and diversity families: edge cases and the results contract', () => {
  it('give byte-identical results for the same inputs and seed, valid under the results schema', async () => {
    const source = await realDataset('sentiment_uci_labelled_sentences');
    const [synth, real] = disjointSamples(source, [200, 400], 8);
    const run = () => evaluate({ synthetic: withRows(source, synth), real: withRows(source, real), embedder, seed: 5, metrics, config: { similarity: { prdc: { maxRows: 200 } }, diversity: { selfBleu: { sampleRows: 100 } } } });
    const a = await run();
    const b = await run();
    expect(withoutTimings(a)).toBe(withoutTimings(b));
    expect(() => ResultsSchema.parse(JSON.parse(JSON.stringify(a)))).not.toThrow();
    expect(a.metrics.every((m) => m.status === 'ok')).toBe(true);
    // Samples taken for the quadratic or capped parts are recorded.
    expect(a.samples.map((s) => s.purpose.split(':')[0])).toEqual(expect.arrayContaining(['similarity.precision', 'diversity.self-bleu', 'diversity.compression-ratio']));
  });

  it('warn below minRows and skip, not fail, where a side has no text to measure', async () => {
    const source = await realDataset('sentiment_uci_labelled_sentences');
    const [synth, real] = disjointSamples(source, [20, 400], 9);
    // Half of the synthetic texts are empty or punctuation only: no tokens, and for the
    // builtin embedder possibly no direction.
    const rows = synth.map((r, i) => (i % 2 === 0 ? { ...r, text: i % 4 === 0 ? '' : '?!' } : r));
    const r = await evaluate({ synthetic: withRows(source, rows), real: withRows(source, real), embedder, seed: 1, metrics });
    for (const m of r.metrics) {
      expect(m.status, `${m.id}: ${m.reason}`).not.toBe('error');
      if (m.status === 'ok') expect(m.warnings.some((w) => w.includes('needs at least')), m.id).toBe(true);
    }
    // The empty rows repeat each other ("" and "?!" twice over): 8 of 20 rows repeat an earlier one.
    expect(r.metrics.find((m) => m.id === 'diversity.exact-duplicate-rate')!.value).toBe(8 / 20);

    const blank = synth.map((x) => ({ ...x, text: '...' }));
    const r2 = await evaluate({ synthetic: withRows(source, blank), real: withRows(source, real), embedder, seed: 1, metrics: diversityMetrics });
    const status = Object.fromEntries(r2.metrics.map((m) => [m.id, m.status]));
    expect(status['diversity.distinct-1']).toBe('skipped');
    expect(status['diversity.mattr']).toBe('skipped');
    expect(status['diversity.hdd']).toBe('skipped');
    expect(r2.metrics.find((m) => m.id === 'diversity.exact-duplicate-rate')!.value).toBe(19 / 20);
    for (const m of r2.metrics) expect(m.status, `${m.id}: ${m.reason}`).not.toBe('error');
  });
});
