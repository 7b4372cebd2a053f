import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { evaluate } from '../../../src/core/evaluate/evaluate.js';
import { createEmbedder } from '../../../src/embed/create-embedder.js';
import type { Embedder } from '../../../src/embed/types.js';
import { TEST_CACHE_DIR } from '../../helpers/test-cache.js';
import { disjoint, loadShared, metric, only, withRows } from './drift-data.js';

let embedder: Embedder;
beforeAll(async () => {
  embedder = await createEmbedder('builtin', { cacheDir: TEST_CACHE_DIR });
});
afterAll(async () => embedder?.dispose());

interface ClusterRow {
  direction: string;
  candidateShare: number;
  referenceShare: number;
  ratio: number | null;
  keywords: string[];
  examples: { candidate: Array<{ text: string; row: number }>; reference: Array<{ text: string }> };
}

describe('drift family, planted defects on real data', () => {
  it('topic shift (synthetic rows are SMS messages, real rows product and film reviews): c2st AUC ≥ 0.8 and MMD² p < 0.01, baselines unmoved', async () => {
    const reviews = await loadShared('sentiment_uci_labelled_sentences');
    const sms = await loadShared('sms_spam_collection');
    const [synth] = disjoint(sms, [600], 1);
    const [real] = disjoint(reviews, [1200], 1);
    const r = await evaluate({
      synthetic: withRows(sms, synth, 'synth.jsonl'),
      real: withRows(reviews, real),
      embedder,
      seed: 3,
      metrics: only('drift.c2st-auc', 'drift.mmd2', 'drift.frechet'),
    });
    const auc = metric(r, 'drift.c2st-auc');
    expect(auc.value!).toBeGreaterThanOrEqual(0.8);
    expect(auc.pValue!).toBeLessThan(0.01);
    expect(Math.abs(auc.baseline!.value! - 0.5)).toBeLessThan(0.05);
    expect(auc.baselinePValue!).toBeGreaterThan(0.05);
    expect(auc.reading).toBe('poor');
    const mmd = metric(r, 'drift.mmd2');
    expect(mmd.pValue!).toBeLessThan(0.01);
    expect(mmd.baselinePValue!).toBeGreaterThan(0.05);
    expect(mmd.ci!.lo).toBeGreaterThan(mmd.baseline!.ci!.hi);
    const frechet = metric(r, 'drift.frechet');
    expect(frechet.value!).toBeGreaterThan(3 * frechet.baseline!.value!);
    expect(frechet.reading).toBe('poor');
  });

  it('length shift: texts doubled or cut to four words move length KS and PSI far past their baselines', async () => {
    const source = await loadShared('rotten_tomatoes_polarity');
    const [synth, real] = disjoint(source, [800, 1600], 2);
    const ids = ['drift.length-ks', 'drift.length-wasserstein', 'drift.length-psi'];
    const doubled = await evaluate({
      synthetic: withRows(source, synth, 'synth.jsonl', (row) => ({ text: `${row.text} ${row.text}` })),
      real: withRows(source, real),
      embedder,
      seed: 1,
      metrics: only(...ids),
    });
    const ks = metric(doubled, 'drift.length-ks');
    expect(ks.value!).toBeGreaterThan(0.4);
    expect(ks.baseline!.value!).toBeLessThan(0.08);
    expect(ks.pValue!).toBeLessThan(1e-10);
    const words = ks.details.words as { ks: number; candidate: { median: number }; reference: { median: number } };
    expect(words.ks).toBeGreaterThan(0.4);
    // Doubling doubles the median word count (the median review has about 20 words).
    expect(words.candidate.median / words.reference.median).toBeCloseTo(2, 0);
    const psi = metric(doubled, 'drift.length-psi');
    expect(psi.value!).toBeGreaterThan(0.5); // "major shift" is > 0.25
    expect(psi.baseline!.value!).toBeLessThan(0.05);
    const w = metric(doubled, 'drift.length-wasserstein');
    // Every text gains its own length plus one space: W₁ is the mean length + 1 (≈ 115 characters).
    const chars = w.details.chars as { reference: { mean: number } };
    expect(w.value!).toBeGreaterThan(0.8 * chars.reference.mean);
    for (const m of doubled.metrics) expect(m.reading, m.id).toBe('poor');

    const cut = await evaluate({
      synthetic: withRows(source, synth, 'synth.jsonl', (row) => ({ text: row.text.split(' ').slice(0, 4).join(' ') })),
      real: withRows(source, real),
      embedder,
      seed: 1,
      metrics: only('drift.length-ks', 'drift.length-psi'),
    });
    expect(metric(cut, 'drift.length-ks').value!).toBeGreaterThan(0.8);
    expect(metric(cut, 'drift.length-psi').value!).toBeGreaterThan(2);
  });

  it('label skew (83% positive against 50%): label JS and Cramér\'s V react, χ² p-value tiny; a skewed source column moves categorical JS', async () => {
    const source = await loadShared('sentiment_uci_labelled_sentences');
    const [pool, real] = disjoint(source, [1500, 1500], 3);
    const positives = pool.filter((r) => String(r.label) === '1');
    const negatives = pool.filter((r) => String(r.label) === '0');
    const skewed = [...positives.slice(0, 600), ...negatives.slice(0, 120)];
    const r = await evaluate({
      synthetic: withRows(source, skewed, 'synth.jsonl'),
      real: withRows(source, real),
      embedder,
      seed: 5,
      metrics: only('drift.label-js', 'drift.label-chi2'),
    });
    const js = metric(r, 'drift.label-js');
    // Shares (0.83, 0.17) vs (0.5, 0.5): JS distance (base 2) ≈ 0.30.
    expect(js.value!).toBeGreaterThan(0.25);
    expect(js.baseline!.value!).toBeLessThan(0.03);
    expect(js.reading).toBe('poor');
    const chi = metric(r, 'drift.label-chi2');
    expect(chi.value!).toBeGreaterThan(0.25);
    expect(chi.pValue!).toBeLessThan(1e-10);
    expect(chi.baselinePValue!).toBeGreaterThan(0.05);

    // Balanced labels, but 80% of rows from Amazon reviews (a third in the real data).
    const amazon = pool.filter((x) => x.meta.source === 'amazon');
    const others = pool.filter((x) => x.meta.source !== 'amazon');
    const bySource = [...amazon.slice(0, 400), ...others.slice(0, 100)];
    const c = await evaluate({
      synthetic: withRows(source, bySource, 'synth.jsonl'),
      real: withRows(source, real),
      embedder,
      seed: 5,
      metrics: only('drift.categorical-js', 'drift.categorical-chi2'),
    });
    const cjs = metric(c, 'drift.categorical-js');
    expect(cjs.details.worstColumn).toBe('source');
    expect(cjs.value!).toBeGreaterThan(0.3);
    expect(cjs.reading).toBe('poor');
    expect(metric(c, 'drift.categorical-chi2').pValue!).toBeLessThan(1e-10);
    expect(metric(c, 'drift.categorical-chi2').baselinePValue!).toBeGreaterThan(0.05);
  });

  it('cluster added (a quarter of the synthetic rows are spam texts): that cluster is listed first, over-represented, with spam rows as examples', async () => {
    const reviews = await loadShared('sentiment_uci_labelled_sentences');
    const sms = await loadShared('sms_spam_collection');
    const spam = sms.rows.filter((r) => r.label === 'spam').slice(0, 300);
    const [synthReviews, real] = disjoint(reviews, [900, 1200], 4);
    const planted = new Set(spam.map((r) => r.text));
    const synthetic = withRows(reviews, [...synthReviews, ...spam.map((r) => ({ ...r, label: 1 as const, meta: {} }))], 'synth.jsonl');
    const r = await evaluate({ synthetic, real: withRows(reviews, real), embedder, seed: 6, metrics: only('drift.clusters') });
    const m = metric(r, 'drift.clusters');
    const top = (m.details.clusters as ClusterRow[])[0];
    expect(top.direction).toBe('over');
    expect(top.candidateShare).toBeGreaterThan(0.15);
    expect(top.referenceShare).toBeLessThan(0.03);
    expect(top.examples.candidate).toHaveLength(5);
    for (const ex of top.examples.candidate) expect(planted.has(ex.text) || planted.has(ex.text.slice(0, -1)), ex.text).toBe(true);
    // Its keywords are spam words.
    expect(top.keywords.some((w) => ['call', 'free', 'txt', 'claim', 'prize', 'mobile', 'text', 'win', 'reply', 'urgent'].includes(w))).toBe(true);
    // A quarter of the rows moved into one cluster: the cluster shares differ by well over the
    // 0.1 that separates a 'fair' reading from a 'poor' one.
    expect(m.value!).toBeGreaterThan(m.baseline!.value! + 0.1);
    expect(m.reading).toBe('poor');
  });

  it('planted word ("zanzibar" opens 40% of the synthetic rows): it is the top synthetic-leaning distinctive word', async () => {
    const source = await loadShared('rotten_tomatoes_polarity');
    const [synth, real] = disjoint(source, [1000, 2000], 7);
    const r = await evaluate({
      synthetic: withRows(source, synth, 'synth.jsonl', (row, i) => (i % 5 < 2 ? { text: `zanzibar ${row.text}` } : {})),
      real: withRows(source, real),
      embedder,
      seed: 2,
      metrics: only('drift.distinctive-words'),
    });
    const m = metric(r, 'drift.distinctive-words');
    const top = (m.details.candidateLeaning as Array<{ word: string; z: number; candidate: number; reference: number }>)[0];
    expect(top.word).toBe('zanzibar');
    expect(top.reference).toBe(0);
    expect(top.z).toBeGreaterThan(10);
    expect(m.value!).toBe(top.z);
    expect(m.baseline!.value!).toBeLessThan(5);
    expect(m.reading).toBe('poor');
    expect((m.details.candidateLeaning as unknown[]).length).toBe(20);
    expect((m.details.referenceLeaning as unknown[]).length).toBeGreaterThan(0);
  });
});
