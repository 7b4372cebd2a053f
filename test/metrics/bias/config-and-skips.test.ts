import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { evaluate } from '../../../src/core/evaluate/evaluate.js';
import type { EvaluateConfigInput } from '../../../src/core/evaluate/config.js';
import type { MetricResult, Results } from '../../../src/core/results-schema.js';
import { tokenize } from '../../../src/text/tokenize.js';
import { createEmbedder } from '../../../src/embed/create-embedder.js';
import type { Embedder } from '../../../src/embed/types.js';
import type { DatasetRow } from '../../../src/io/types.js';
import { compileLexicon } from '../../../src/metrics/bias/compile-lexicon.js';
import { BiasConfigSchema } from '../../../src/metrics/bias/config.js';
import { firstNames } from '../../../src/metrics/bias/first-names.js';
import { biasMetrics } from '../../../src/metrics/bias/index.js';
import { rowGroups } from '../../../src/metrics/bias/row-groups.js';
import { TEST_CACHE_DIR } from '../../helpers/test-cache.js';
import { disjointSamples, realDataset, withRows } from './real-data.js';

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

async function sentiment(nSynth: number, nReal: number, map: (rows: DatasetRow[]) => DatasetRow[] = (x) => x, config?: EvaluateConfigInput) {
  const source = await realDataset('sentiment_uci_labelled_sentences');
  const [synth, real] = disjointSamples(source, [nSynth, nReal], 5);
  return evaluate({ synthetic: withRows(source, map(synth), 'synth.jsonl'), real: withRows(source, map(real)), embedder, seed: 1, config, metrics: biasMetrics });
}

type Table = Array<{ dimension: string; group: string; label: string; synthetic: { mentioning: number }; real: { mentioning: number } }>;

describe('bias config: your own groups and terms', () => {
  it('adds a dimension of your own to the built-in ones, its shares in the table', async () => {
    const r = await sentiment(800, 800, undefined, {
      bias: { groups: { brand: { motorola: ['motorola', 'moto'], samsung: ['samsung', 'galaxy'], nokia: ['nokia'] } } },
    });
    const m = metric(r, 'bias.representation-gap');
    const d = m.details as { table: Table; lexicon: { dimensions: string[] } };
    expect(d.lexicon.dimensions.at(-1)).toBe('brand');
    expect(d.lexicon.dimensions).toContain('gender');
    // The UCI Amazon reviews name these phones: every brand is mentioned somewhere.
    const brands = new Set(d.table.filter((t) => t.dimension === 'brand').map((t) => t.group));
    expect([...brands].sort()).toEqual(['motorola', 'nokia', 'samsung']);
  });

  it("replaces a built-in dimension's groups, dropping its names", async () => {
    const r = await sentiment(800, 800, undefined, { bias: { groupsMode: 'replace', groups: { gender: { women: ['she', 'her'], men: ['he', 'his'] } } } });
    const d = metric(r, 'bias.representation-gap').details as { table: Table; lexicon: { names: { female: number } } };
    expect(d.lexicon.names.female).toBe(0);
    expect(new Set(d.table.filter((t) => t.dimension === 'gender').map((t) => t.group))).toEqual(new Set(['women', 'men']));
  });

  it('reports a term with no word characters as the metric error it is', async () => {
    const r = await sentiment(200, 200, undefined, { bias: { groups: { gender: { female: ['???'] } } } });
    for (const m of r.metrics) {
      expect(m.status).toBe('error');
      expect(m.reason).toMatch(/bias.groups.gender.female has the term "\?\?\?", which has no word characters/);
    }
  });
});

describe('bias metrics on data they cannot use', () => {
  it('compares overall shares without labels and skips the label-based metrics, saying why', async () => {
    const r = await sentiment(600, 600, (rows) => rows.map((row) => ({ ...row, label: null })));
    const gap = metric(r, 'bias.representation-gap');
    expect(gap.status).toBe('ok');
    expect(gap.warnings).toContain('no labels on both sides: shares are compared over all rows instead of per label');
    expect((gap.details as { labels: Array<{ label: string }> }).labels.map((l) => l.label)).toEqual(['(all rows)']);
    for (const id of ['bias.amplification', 'bias.counterfactual-flip-rate', 'bias.embedding-association']) {
      expect(metric(r, id).status, id).toBe('skipped');
      expect(metric(r, id).reason, id).toBe('needs labels in both the synthetic and the real data');
    }
  });

  it('skips the flip rate when no synthetic row mentions a group, and reads the gap as the real shares', async () => {
    const lexicon = compileLexicon(BiasConfigSchema.parse({}), firstNames());
    const source = await realDataset('sentiment_uci_labelled_sentences');
    const groups = rowGroups(source.rows.map((row) => tokenize(row.text)), lexicon);
    const silent = source.rows.filter((_, i) => groups.offsets[i + 1] === groups.offsets[i]).slice(0, 600);
    const [, real] = disjointSamples(source, [0, 1200], 5);
    const r = await evaluate({ synthetic: withRows(source, silent, 'synth.jsonl'), real: withRows(source, real), embedder, seed: 1, metrics: biasMetrics });
    const flip = metric(r, 'bias.counterfactual-flip-rate');
    expect(flip.status).toBe('skipped');
    expect(flip.reason).toBe('no row mentions a term or name that has a counterfactual swap, so there is nothing to rewrite');
    const gap = metric(r, 'bias.representation-gap');
    const largest = gap.details.largest as { synthetic: { share: number }; real: { share: number } };
    expect(largest.synthetic.share).toBe(0);
    expect(gap.value).toBeCloseTo(largest.real.share, 6);
    expect(metric(r, 'bias.amplification').status).toBe('skipped');
    expect(metric(r, 'bias.amplification').reason).toMatch(/^no dimension has at least two groups mentioned in the real rows and 50 mentioning rows on each side/);
  });

  it('gives byte-identical metrics for the same inputs and seed', async () => {
    const a = await sentiment(500, 500);
    const b = await sentiment(500, 500);
    expect(JSON.stringify(a.metrics)).toBe(JSON.stringify(b.metrics));
    expect(JSON.stringify(a.samples)).toBe(JSON.stringify(b.samples));
  });
});
