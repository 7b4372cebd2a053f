import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { evaluate } from '../../../src/core/evaluate/evaluate.js';
import type { MetricResult, Results } from '../../../src/core/results-schema.js';
import { createRng } from '../../../src/core/rng.js';
import { createEmbedder } from '../../../src/embed/create-embedder.js';
import type { Embedder } from '../../../src/embed/types.js';
import type { Dataset } from '../../../src/io/types.js';
import { agreementMetrics } from '../../../src/metrics/agreement/index.js';
import { cohenKappa } from '../../../src/stats/agreement/cohen-kappa.js';
import { TEST_CACHE_DIR } from '../../helpers/test-cache.js';
import { realPair, shuffleLabels } from './agreement-data.js';

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
interface AnnotatorRow { id: string; status: string; reason?: string; n: number; kappa: number | null; agreement: number | null }
const annotators = (r: Results): AnnotatorRow[] => (metric(r, 'agreement.cohen-kappa').details as { annotators: AnnotatorRow[] }).annotators;
const coders = (r: Results) => (metric(r, 'agreement.krippendorff-alpha').details as { coders: { id: string; values: number }[] }).coders;

describe('annotation columns (human or LLM labels in the synthetic rows)', () => {
  // UCI sentiment: 'human' is the true label with 10% flipped; 'llm' the true label on 80% of the
  // rows and missing on the rest; 'absent' exists nowhere.
  let clean: Results;
  let shuffled: Results;
  let synthetic: Dataset;
  let planted: Dataset;
  beforeAll(async () => {
    const pair = await realPair('sentiment_uci_labelled_sentences', 1000, 2000, 5);
    const rng = createRng(21);
    synthetic = {
      ...pair.synthetic,
      rows: pair.synthetic.rows.map((r) => ({
        ...r,
        meta: { ...r.meta, human: rng.next() < 0.1 ? 1 - Number(r.label) : Number(r.label), llm: rng.next() < 0.8 ? String(r.label) : null },
      })),
    };
    planted = shuffleLabels(synthetic, pair.labels, 0.3).data;
    const config = { agreement: { annotationColumns: ['human', 'llm', 'absent'] } };
    clean = await evaluate({ synthetic, real: pair.real, embedder, seed: 3, metrics: agreementMetrics, config });
    shuffled = await evaluate({ synthetic: planted, real: pair.real, embedder, seed: 3, metrics: agreementMetrics, config });
  });

  it("gives each column's Cohen's κ with the intended label over the rows it labels, as cohenKappa does", () => {
    const rows = annotators(clean);
    const human = rows.find((a) => a.id === 'column:human')!;
    const llm = rows.find((a) => a.id === 'column:llm')!;
    const intended = synthetic.rows.map((r) => String(r.label));
    expect(human.n).toBe(1000);
    expect(human.kappa).toBeCloseTo(cohenKappa(intended, synthetic.rows.map((r) => String(r.meta.human))), 12);
    // 10% flips of two balanced labels: agreement 0.9, κ ≈ 0.8.
    expect(human.agreement).toBeGreaterThan(0.86);
    expect(human.kappa).toBeGreaterThan(0.72);
    const labelled = synthetic.rows.filter((r) => r.meta.llm !== null).length;
    expect(llm).toMatchObject({ n: labelled, kappa: 1, agreement: 1 });
    expect(rows.find((a) => a.id === 'column:absent')).toMatchObject({ status: 'skipped', reason: "the column 'absent' has no value in these rows" });
  });

  it('takes the columns as coders in α (missing values allowed), and skips them in the baseline where real rows lack them', () => {
    expect(coders(clean).map((c) => c.id)).toEqual(['intended', 'classifier', 'nearest-centroid', 'column:human', 'column:llm']);
    expect(coders(clean).find((c) => c.id === 'column:llm')!.values).toBe(synthetic.rows.filter((r) => r.meta.llm !== null).length);
    const base = (metric(clean, 'agreement.cohen-kappa').details as { baselineDetails: { annotators: AnnotatorRow[] } }).baselineDetails.annotators;
    expect(base.find((a) => a.id === 'column:human')).toMatchObject({ status: 'skipped' });
  });

  it('shows relabelled rows through the columns too: the human κ falls from ≈ 0.8 to ≈ 0.3, α falls, and leaving out the intended label restores it', () => {
    // Agreement after relabelling 30%: 0.7 · 0.9 + 0.3 · 0.1 = 0.66, so κ ≈ 0.32.
    const human = annotators(shuffled).find((a) => a.id === 'column:human')!;
    expect(human.agreement).toBeGreaterThan(0.62);
    expect(human.agreement).toBeLessThan(0.7);
    expect(human.kappa).toBeLessThan(0.4);
    // One coder of five (the intended label) changed on 30% of the rows: measured 0.61 → 0.44.
    const before = metric(clean, 'agreement.krippendorff-alpha').value!;
    const after = metric(shuffled, 'agreement.krippendorff-alpha').value!;
    expect(after).toBeLessThan(before - 0.12);
    // The other four coders still agree with each other as before the relabelling.
    const withoutIntended = (r: Results) =>
      (metric(r, 'agreement.krippendorff-alpha').details as { coders: { id: string; alphaWithout: number }[] }).coders.find((c) => c.id === 'intended')!.alphaWithout;
    expect(withoutIntended(shuffled)).toBeCloseTo(withoutIntended(clean), 12);
    expect(withoutIntended(shuffled)).toBeGreaterThan(after + 0.1);
  });
});

describe('zero-shot annotator', () => {
  let pair: Awaited<ReturnType<typeof realPair>>;
  beforeAll(async () => {
    pair = await realPair('sentiment_uci_labelled_sentences', 600, 1200, 9);
  });
  const run = (agreement: Record<string, unknown>) =>
    evaluate({ synthetic: pair.synthetic, real: pair.real, embedder, seed: 1, metrics: agreementMetrics, config: { agreement } });

  it('compares each row with the embedded label descriptions when the config gives them, and joins α as a coder', async () => {
    const r = await run({ labelDescriptions: { '0': 'bad, terrible, awful, disappointing', '1': 'good, great, excellent, love it' } });
    const zeroShot = annotators(r).find((a) => a.id === 'zero-shot')!;
    expect(zeroShot.status).toBe('ok');
    // Measured 0.40 on 1000 rows with the builtin embedder: far from chance, below the classifier.
    expect(zeroShot.kappa).toBeGreaterThan(0.25);
    expect(zeroShot.kappa).toBeLessThan(annotators(r).find((a) => a.id === 'classifier')!.kappa!);
    expect(coders(r).map((c) => c.id)).toContain('zero-shot');
  });

  it("skips when labels are bare codes ('0', '1') and only label names are asked for, and when turned off", async () => {
    const names = annotators(await run({ zeroShot: 'label-names' })).find((a) => a.id === 'zero-shot')!;
    expect(names).toMatchObject({ status: 'skipped', reason: expect.stringMatching(/the labels '0', '1' are codes, not words/) });
    const off = annotators(await run({ zeroShot: 'off', labelDescriptions: { '0': 'bad', '1': 'good' } })).find((a) => a.id === 'zero-shot')!;
    expect(off).toMatchObject({ status: 'skipped', reason: 'turned off (agreement.zeroShot: off)' });
  });
});

describe('agreement family on awkward input', () => {
  let pair: Awaited<ReturnType<typeof realPair>>;
  beforeAll(async () => {
    pair = await realPair('sms_spam_collection', 500, 1000, 4);
  });

  it('leaves out synthetic rows whose label the real data never has, with a warning, instead of failing', async () => {
    const rows = pair.synthetic.rows.map((r, i) => (i % 10 === 0 ? { ...r, label: 'promo' } : r));
    const r = await evaluate({ synthetic: { ...pair.synthetic, rows }, real: pair.real, embedder, seed: 1, metrics: agreementMetrics });
    const acc = metric(r, 'agreement.accuracy');
    expect(acc.status).toBe('ok');
    expect(acc.details.excluded).toEqual({ unlabeled: 0, unknownLabel: 50, unknownLabels: { promo: 50 } });
    expect(acc.details.scoredRows).toBe(450);
    expect(acc.warnings.join(' ')).toMatch(/50 rows left out: their labels \('promo'\) never occur/);
    const promoIds = new Set(rows.filter((x) => x.label === 'promo').map((x) => x.id));
    expect(r.flags.some((f) => promoIds.has(f.id))).toBe(false);
  });

  it('skips every metric, with the reason, when the real data has a single label', async () => {
    const real = { ...pair.real, rows: pair.real.rows.map((x) => ({ ...x, label: 'ham' })) };
    const r = await evaluate({ synthetic: pair.synthetic, real, embedder, seed: 1, metrics: agreementMetrics });
    for (const m of r.metrics) {
      expect(m.status, m.id).toBe('skipped');
      expect(m.reason, m.id).toBe("the reference half of the real data has only the label 'ham': the real-data classifier needs two or more labels");
    }
  });

  it('skips every metric when the synthetic rows carry no labels', async () => {
    const synthetic = { ...pair.synthetic, rows: pair.synthetic.rows.map((x) => ({ ...x, label: null })) };
    const r = await evaluate({ synthetic, real: pair.real, embedder, seed: 1, metrics: agreementMetrics });
    for (const m of r.metrics) expect(m.status, m.id).toBe('skipped');
  });

  it('reports a configured LLM judge as skipped when evaluate was given no judge client, and refuses an API key in the config', async () => {
    const judge = { baseURL: 'http://localhost:8000/v1', model: 'qwen2.5-7b-instruct' };
    const r = await evaluate({ synthetic: pair.synthetic, real: pair.real, embedder, seed: 1, metrics: agreementMetrics, config: { agreement: { judge } } });
    expect(annotators(r).find((a) => a.id === 'llm-judge')).toMatchObject({
      status: 'skipped',
      reason: "an LLM judge is configured (model 'qwen2.5-7b-instruct') but no judge client was given to evaluate (the CLI makes one from agreement.judge and OPENAI_API_KEY)",
    });
    await expect(
      evaluate({ synthetic: pair.synthetic, real: pair.real, embedder, seed: 1, metrics: agreementMetrics, config: { agreement: { judge: { ...judge, apiKey: 'sk-x' } as typeof judge } } }),
    ).rejects.toThrow(/apiKey/);
  });

  it('leaves the cross-validation out when agreement.cvFolds is 0, and says so', async () => {
    const r = await evaluate({ synthetic: pair.synthetic, real: pair.real, embedder, seed: 1, metrics: agreementMetrics, config: { agreement: { cvFolds: 0 } } });
    expect(metric(r, 'agreement.accuracy').details.referenceCv).toEqual({ status: 'skipped', reason: 'turned off (agreement.cvFolds = 0)' });
  });

  it('keeps only suspect-label flags scored at least agreement.suspectMinScore', async () => {
    const r = await evaluate({ synthetic: pair.synthetic, real: pair.real, embedder, seed: 1, metrics: agreementMetrics, config: { agreement: { suspectMinScore: 0.8 } } });
    const flags = r.flags.filter((f) => f.kind === 'suspect-label');
    expect(flags.length).toBeGreaterThan(0);
    expect(flags.every((f) => f.score! >= 0.8)).toBe(true);
  });

  it('gives byte-identical results for the same inputs and seed (apart from timings and createdAt)', async () => {
    const strip = (r: Results) => JSON.stringify({ ...r, timings: {}, createdAt: '' });
    const a = await evaluate({ synthetic: pair.synthetic, real: pair.real, embedder, seed: 12, metrics: agreementMetrics });
    const b = await evaluate({ synthetic: pair.synthetic, real: pair.real, embedder, seed: 12, metrics: agreementMetrics });
    expect(strip(a)).toBe(strip(b));
  });
});
