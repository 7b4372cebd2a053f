import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { evaluate } from '../../../src/core/evaluate/evaluate.js';
import { createEmbedder } from '../../../src/embed/create-embedder.js';
import type { Embedder } from '../../../src/embed/types.js';
import { driftMetrics } from '../../../src/metrics/drift/index.js';
import { TEST_CACHE_DIR } from '../../helpers/test-cache.js';
import { disjoint, loadShared, metric, only, withRows } from './drift-data.js';

let embedder: Embedder;
beforeAll(async () => {
  embedder = await createEmbedder('builtin', { cacheDir: TEST_CACHE_DIR });
});
afterAll(async () => embedder?.dispose());

describe('drift family, real vs real (two disjoint samples of one real file)', () => {
  it('reads every metric on UCI labelled sentences as good, c2st AUC near 0.5 and no p-value small', async () => {
    const source = await loadShared('sentiment_uci_labelled_sentences');
    const [synth, real] = disjoint(source, [1200, 1800], 5);
    const r = await evaluate({ synthetic: withRows(source, synth, 'synth.jsonl'), real: withRows(source, real), embedder, seed: 2, metrics: driftMetrics });
    for (const m of r.metrics) {
      if (m.id.startsWith('drift.numeric-')) {
        // This file has no numeric metadata column (source and label_name are categorical).
        expect(m.status, m.id).toBe('skipped');
        expect(m.reason).toMatch(/^no numeric metadata columns/);
        continue;
      }
      expect(m.status, `${m.id}: ${m.reason}`).toBe('ok');
      expect(m.reading, m.id).toBe('good');
      expect(m.ci, m.id).not.toBeNull();
      expect(m.ci!.lo, m.id).toBeLessThanOrEqual(m.value!);
      expect(m.ci!.hi, m.id).toBeGreaterThanOrEqual(m.value!);
      // Several tests run here, so "not small" is judged with a Bonferroni correction over them:
      // p × (number of p-values) above 0.01.
      const tests = r.metrics.filter((x) => x.pValue !== undefined && x.pValue !== null).length;
      if (m.pValue !== undefined && m.pValue !== null) expect(m.pValue * tests, m.id).toBeGreaterThan(0.01);
    }
    const auc = metric(r, 'drift.c2st-auc');
    expect(Math.abs(auc.value! - 0.5)).toBeLessThan(0.04);
    expect(Math.abs(auc.baseline!.value! - 0.5)).toBeLessThan(0.04);
    // Sample sizes of the quadratic parts are recorded: MMD² took 1,000 of the 1,200 synthetic rows.
    expect(r.samples).toContainEqual(expect.objectContaining({ purpose: 'drift.mmd2: MMD² permutation test (pooled kernel matrix)', side: 'synthetic', size: 1000, of: 1200 }));
    // Clusters: nothing over- or under-represented; every cluster's shares within a few points.
    const clusters = metric(r, 'drift.clusters').details.clusters as Array<{ direction: string; candidateShare: number; referenceShare: number }>;
    expect(clusters).toHaveLength(8);
    for (const c of clusters) expect(Math.abs(c.candidateShare - c.referenceShare)).toBeLessThan(0.06);
    // Distinctive words: the top z is the size of the largest of a few thousand null z-scores.
    const words = metric(r, 'drift.distinctive-words');
    expect(words.value!).toBeLessThan(5);
    expect(Math.abs(words.value! - words.baseline!.value!)).toBeLessThan(1.5);
  });

  it('keeps the c2st AUC near 0.5 and the MMD² p-value large on SMS messages, and is reproducible for a seed', async () => {
    const source = await loadShared('sms_spam_collection');
    const [synth, real] = disjoint(source, [1000, 2000], 8);
    const run = () =>
      evaluate({ synthetic: withRows(source, synth, 'synth.jsonl'), real: withRows(source, real), embedder, seed: 4, metrics: only('drift.c2st-auc', 'drift.mmd2', 'drift.frechet', 'drift.label-chi2') });
    const r = await run();
    const auc = metric(r, 'drift.c2st-auc');
    expect(Math.abs(auc.value! - 0.5)).toBeLessThan(0.04);
    expect(auc.pValue!).toBeGreaterThan(0.05);
    expect(metric(r, 'drift.mmd2').pValue!).toBeGreaterThan(0.05);
    expect(metric(r, 'drift.mmd2').baselinePValue!).toBeGreaterThan(0.05);
    expect(metric(r, 'drift.label-chi2').pValue!).toBeGreaterThan(0.05);
    for (const m of r.metrics) expect(m.reading, m.id).toBe('good');
    const again = await run();
    expect(again.metrics).toEqual(r.metrics);
  });
});
