import { createRng } from '../../src/core/rng.js';
import { ResultsSchema, type Ci, type Flag, type MetricResult, type Results } from '../../src/core/results-schema.js';

/** Strings that would run script if the report put them in its markup unescaped. */
export const HOSTILE = {
  script: '<script>alert(1)</script>',
  img: '"><img src=x onerror=alert(1)>',
  close: '</script><script>alert(2)</script>',
  attr: "' onmouseover='alert(3)",
  comment: '<!-- x --><svg onload=alert(4)>',
} as const;

export interface FixtureOptions {
  /** Rows per side [300]. */
  rows?: number;
  /** Put the hostile strings in every dataset-derived field [true]. */
  hostile?: boolean;
  /** Flags kept per kind (results.json's cap) [min(rows, 60)]. */
  flagsPerKind?: number;
  /** Labels [2, plus one hostile]. */
  labels?: number;
  /** Projection points per side, or 0 for none [rows]. */
  projectionPoints?: number;
  /** Gate: 'failed', 'passed' or none ['failed']. */
  gate?: 'failed' | 'passed' | 'none';
}

const WORDS = ['battery', 'screen', 'delivery', 'price', 'sound', 'keyboard', 'charger', 'support', 'colour', 'weight', 'case', 'cable'];

/**
 * A hand-made results object that has every shape of details the report draws (made-up texts,
 * no dataset copied), valid against ResultsSchema. Numbers are arbitrary but consistent (a CI
 * holds its value). `rows` scales what grows with the data (flags, skipped rows, projection).
 */
export function fixtureResults(options: FixtureOptions = {}): Results {
  const n = options.rows ?? 300;
  const hostile = options.hostile ?? true;
  const rng = createRng(11);
  const text = (i: number) => {
    const base = `The ${WORDS[i % WORDS.length]} of item ${i} was ${i % 3 === 0 ? 'great' : i % 3 === 1 ? 'poor' : 'fine'}, and the ${WORDS[(i * 7) % WORDS.length]} too.`;
    return hostile && i % 5 === 0 ? `${base} ${Object.values(HOSTILE)[i % 5 === 0 ? (i / 5) % 5 : 0]}` : base;
  };
  const labelCount = options.labels ?? 2;
  const labels = Array.from({ length: labelCount }, (_, i) => (i === 0 ? 'negative' : i === 1 ? 'positive' : `label-${i}`));
  const hostileLabel = hostile ? HOSTILE.img : null;
  const allLabels = hostileLabel ? [...labels, hostileLabel] : labels;
  const ci = (v: number, w: number): Ci => ({ lo: v - w, hi: v + w, level: 0.95, method: 'bootstrap', resamples: 1000 });
  const nObj = { synthetic: n, reference: Math.floor(n / 2), holdout: n - Math.floor(n / 2) };
  const metric = (m: Partial<MetricResult> & Pick<MetricResult, 'id' | 'family' | 'title' | 'value'>): MetricResult => ({
    description: `What ${m.title} means, in one sentence.`,
    ci: m.value === null ? null : ci(m.value, 0.02),
    baseline: m.value === null ? null : { value: m.value * 0.9, ci: ci(m.value * 0.9, 0.015) },
    goal: 'maximize',
    range: [0, 1],
    status: 'ok',
    reading: 'good',
    warnings: [],
    n: nObj,
    details: {},
    ...m,
  });
  const examples = (count: number, offset = 0) => Array.from({ length: count }, (_, i) => ({ row: offset + i * 3 + 1, id: `row-${offset + i * 3 + 1}`, text: text(offset + i * 3 + 1) }));
  const histogram = (bins: number, lo: number, hi: number, peak: number) => ({
    edges: Array.from({ length: bins + 1 }, (_, i) => lo + ((hi - lo) * i) / bins),
    counts: Array.from({ length: bins }, (_, i) => Math.round(n * Math.exp(-((i - peak) ** 2) / 8))),
  });
  const twoSample = (bins: number, lo: number, hi: number) => {
    const h = histogram(bins, lo, hi, bins / 3);
    return { edges: h.edges, reference: h.counts, candidate: h.counts.map((c, i) => Math.max(0, c + (i % 2 === 0 ? 3 : -3))) };
  };
  const lengthUnit = (bins: number, hi: number) => ({
    ks: 0.17, ksPValue: 1.5e-6, ksMethod: 'exact', wasserstein: 15, psi: 0.15,
    reference: { n: nObj.reference, mean: 66.8, sd: 44, min: 5, p10: 21, median: 58, p90: 120, max: 379 },
    candidate: { n, mean: 51.9, sd: 33.5, min: 11, p10: 17, median: 41, p90: 103, max: 149 },
    histogram: twoSample(bins, 1, hi),
  });
  const pick = <T>(xs: readonly T[], i: number) => xs[i % xs.length];

  const metrics: MetricResult[] = [
    metric({
      id: 'similarity.nn-cosine', family: 'similarity', title: 'Nearest-neighbour cosine', value: 0.73, range: [-1, 1],
      perLabel: allLabels.map((label, i) => ({ label, value: 0.7 + i / 100, baseline: 0.72, n: { synthetic: 10, reference: 10, holdout: 10 }, status: 'ok' as const })),
      details: { median: 0.73, histogram: histogram(20, -1, 1, 16), baselineDetails: { median: 0.74, histogram: histogram(20, -1, 1, 17) } },
    }),
    metric({ id: 'similarity.precision', family: 'similarity', title: 'Precision (k-NN)', value: 0.87, details: { k: 5, outsideEveryBall: 39, examplesOutside: examples(8) } }),
    metric({
      id: 'similarity.density', family: 'similarity', title: 'Density (k-NN)', value: 0.87, goal: 'target', target: 1, range: [0, null],
      details: { ballCountHistogram: { bins: ['0', '1', '2', '3+'], counts: [39, 41, 49, 171] }, baselineDetails: { ballCountHistogram: { bins: ['0', '1', '2', '3+'], counts: [177, 221, 167, 785] } } },
    }),
    metric({ id: 'diversity.distinct-2', family: 'diversity', title: 'Distinct-2', value: 0.8, reading: 'fair', warnings: [`computed on ${n} rows ${hostile ? HOSTILE.script : ''}`] }),
    metric({ id: 'diversity.mtld', family: 'diversity', title: 'MTLD', value: 106, range: [0, null], reading: 'poor' }),
    metric({
      id: 'diversity.exact-duplicate-rate', family: 'diversity', title: 'Exact-duplicate rate', value: 0.0067, goal: 'minimize',
      details: { duplicates: 2, largest: [{ size: 2, rows: examples(2) }, { size: 2, rows: examples(2, 40) }] },
    }),
    metric({
      id: 'agreement.accuracy', family: 'agreement', title: 'Label accuracy (real-data classifier)', value: 0.82,
      details: {
        confusion: { rows: 'intended label', columns: 'classifier prediction', labels: allLabels, matrix: allLabels.map((_, i) => allLabels.map((__, j) => (i === j ? 100 : 10 + i + j))) },
        perLabel: allLabels.map((label) => ({ label, n: 100, accuracy: 0.8 })),
        baselineDetails: { confusion: { labels: allLabels, matrix: allLabels.map((_, i) => allLabels.map((__, j) => (i === j ? 500 : 60))) } },
      },
    }),
    metric({ id: 'agreement.cohen-kappa', family: 'agreement', title: "Cohen's κ", value: null, ci: null, baseline: null, status: 'skipped', reading: 'n/a', reason: 'needs labels in both the synthetic and the real data' }),
    metric({
      id: 'drift.c2st-auc', family: 'drift', title: 'Classifier two-sample AUC', value: 0.8, goal: 'target', target: 0.5, pValue: 0.000999, reading: 'poor',
      details: { foldAucs: [0.8, 0.77, 0.82, 0.79, 0.81], mostDistinguishable: examples(5).map((e, i) => ({ ...e, score: 1.1 - i / 10 })) },
    }),
    metric({ id: 'drift.length-ks', family: 'drift', title: 'Text length KS statistic', value: 0.17, goal: 'minimize', details: { basis: 'chars', chars: lengthUnit(20, 380), words: lengthUnit(20, 70) } }),
    metric({ id: 'drift.length-psi', family: 'drift', title: 'Text length PSI', value: 0.15, goal: 'minimize', range: [0, null], details: { basis: 'chars', chars: lengthUnit(20, 380), words: lengthUnit(20, 70) } }),
    metric({
      id: 'drift.numeric-ks', family: 'drift', title: 'Numeric column KS statistic (worst column)', value: 0.03, goal: 'minimize',
      details: { worstColumn: 'rating', columns: ['rating', hostile ? HOSTILE.attr : 'price'].map((column) => ({ column, ks: 0.03, ksPValue: 0.97, histogram: twoSample(20, 0, 5), missing: { candidate: 0, reference: 0 } })) },
    }),
    metric({
      id: 'drift.categorical-js', family: 'drift', title: 'Categorical column Jensen–Shannon distance (worst column)', value: 0.74, goal: 'minimize', reading: 'poor',
      details: { worstColumn: 'source', columns: [{ column: 'source', js: 0.74, categories: ['shop', 'forum', hostile ? HOSTILE.comment : 'mail'].map((category, i) => ({ category, candidate: 100 * (i + 1), reference: 300 - 100 * i })) }] },
    }),
    metric({
      id: 'drift.clusters', family: 'drift', title: 'Over- and under-represented clusters', value: 0.35, goal: 'minimize', reading: 'poor',
      details: {
        k: 4,
        clusters: [0, 1, 2, 3].map((c) => ({
          cluster: c, candidate: 10, reference: 10, candidateShare: [0.4, 0.3, 0.2, 0.1][c], referenceShare: [0.1, 0.3, 0.2, 0.4][c],
          direction: ['over', 'even', 'even', 'under'][c], keywords: [pick(WORDS, c), hostile && c === 0 ? HOSTILE.script : pick(WORDS, c + 1)],
          examples: { candidate: examples(3, c * 10), reference: examples(3, c * 10 + 1) },
        })),
      },
    }),
    metric({
      id: 'drift.distinctive-words', family: 'drift', title: 'Distinctive words', value: 8.3, goal: 'minimize', range: [0, null], reading: 'poor',
      details: {
        candidateLeaning: [{ word: 'phone', z: 8.3, candidatePer1k: 19, referencePer1k: 3.3 }, { word: hostile ? HOSTILE.script : 'great', z: 5.4 }],
        referenceLeaning: [{ word: 'film', z: -3.1 }, { word: hostile ? HOSTILE.img : 'movie', z: -2.9 }],
      },
    }),
    metric({
      id: 'bias.representation-gap', family: 'bias', title: 'Group representation gap', value: 0.07, goal: 'minimize',
      details: {
        table: ['female', 'male', hostile ? HOSTILE.attr : 'nonbinary'].flatMap((group, g) =>
          labels.map((label, l) => ({ dimension: 'gender', group, label, synthetic: { rows: 100, mentioning: 3 + g, share: (3 + g + l) / 100 }, real: { rows: 300, mentioning: 20, share: (6 - g) / 100 }, gap: 0.01 })),
        ),
      },
    }),
    metric({ id: 'bias.amplification', family: 'bias', title: 'Bias amplification', value: null, ci: null, baseline: null, status: 'error', reading: 'n/a', reason: `failed on ${hostile ? HOSTILE.img : 'a row'}` }),
    metric({
      id: 'privacy.exact-copy-rate', family: 'privacy', title: 'Exact copies of real rows', value: 0.017, goal: 'minimize',
      details: { copies: 5, examples: examples(5).map((e) => ({ ...e, realRow: e.row + 1000, realId: `row-${e.row + 1000}` })) },
    }),
    metric({
      id: 'privacy.pii-rate', family: 'privacy', title: 'PII rate', value: 0.01, goal: 'minimize',
      details: { rows: n, rowsWithPii: 3, rowsByKind: { email: 2, phone: 1 }, findingsByKind: { email: 2, phone: 1 }, rateByKind: { email: 2 / n, phone: 1 / n }, examples: { email: [{ row: 4, id: 'row-4', masked: 'j***@***.com' }], phone: [{ row: 9, id: 'row-9', masked: 'phone ****71' }] } },
    }),
  ];

  const flagsPerKind = options.flagsPerKind ?? Math.min(n, 60);
  const kinds = ['suspect-label', 'exact-copy', 'pii', 'duplicate', 'near-copy', 'unknown-kind'];
  const flags: Flag[] = kinds.flatMap((kind) =>
    Array.from({ length: flagsPerKind }, (_, i) => ({
      row: i + 1,
      id: `row-${i + 1}`,
      kind,
      detail: kind === 'pii' ? 'email j***@***.com' : `${kind} of row ${i + 1}: "${text(i).slice(0, 80)}"`,
      score: 1 - i / (flagsPerKind + 1),
      ...(kind === 'exact-copy' || kind === 'duplicate' ? { related: [{ source: kind === 'duplicate' ? ('synthetic' as const) : ('real' as const), row: i + 500, id: `row-${i + 500}` }] } : {}),
    })),
  );
  const flagCounts = Object.fromEntries(kinds.map((k, i) => [k, flagsPerKind + i * Math.floor(n / 10)]));
  const skippedCount = Math.min(Math.floor(n / 50), 5000);
  const results: Results = {
    schemaVersion: 1,
    tool: { name: 'synthscope', version: '0.1.0' },
    createdAt: '2025-01-01T00:00:00.000Z',
    seed: 7,
    embedder: { id: 'builtin', dimension: 100, revision: '66c3bb50b837d3a8' },
    inputs: {
      synthetic: { path: hostile ? `data/${HOSTILE.img}synthetic.jsonl` : 'data/synthetic.jsonl', sha256: 'a'.repeat(64), format: 'jsonl', rows: n, invalidRows: skippedCount, skipped: Array.from({ length: skippedCount }, (_, i) => ({ line: i * 7 + 3, reason: hostile && i === 0 ? `invalid JSON ${HOSTILE.script}` : 'invalid JSON' })) },
      real: { path: 'data/real.jsonl', sha256: 'b'.repeat(64), format: 'jsonl', rows: n, invalidRows: 0, skipped: [] },
      fields: { text: 'text', label: 'label' },
      split: { reference: nObj.reference, holdout: nObj.holdout },
    },
    labels: {
      synthetic: Object.fromEntries(allLabels.map((l, i) => [l, Math.floor(n / allLabels.length) + i])),
      real: Object.fromEntries(labels.map((l) => [l, Math.floor(n / labels.length)])),
      unknownInReal: hostileLabel ? [hostileLabel] : [],
    },
    config: { bootstrap: { resamples: 1000, level: 0.95 } },
    samples: [{ purpose: 'drift.mmd2: MMD² permutation test', side: 'reference', size: Math.min(n, 1000), of: n, seed: 2812884787 }],
    metrics,
    flags,
    flagCounts,
    ...(options.gate === 'none'
      ? {}
      : {
          gate: {
            policy: 'policy.yaml',
            passed: options.gate === 'passed',
            checks: [
              { metric: 'drift.c2st-auc', op: 'max', threshold: 0.75, value: 0.8, verdict: options.gate === 'passed' ? ('pass' as const) : ('fail' as const), severity: 'fail' as const, message: 'drift.c2st-auc 0.80 > 0.75' },
              { metric: 'privacy.exact-copy-rate', label: hostile ? HOSTILE.img : undefined, op: 'max', threshold: 0, value: 0.017, verdict: 'warn' as const, severity: 'warn' as const, message: `copies of ${hostile ? HOSTILE.script : 'rows'}` },
              { metric: 'similarity.nn-cosine', op: 'min', threshold: 0.5, value: 0.73, verdict: 'pass' as const, severity: 'fail' as const, message: 'ok' },
            ],
          },
        }),
    timings: { total: 13440 },
  };
  const parsed = ResultsSchema.parse(results);
  const points = options.projectionPoints ?? n;
  if (points > 0) {
    // Not in the schema yet (the report reads it when the engine writes it): added after parsing.
    const mk = (source: 'synthetic' | 'real', count: number) =>
      Array.from({ length: count }, (_, i) => ({ source, row: i + 1, label: pick(source === 'synthetic' ? allLabels : labels, i), x: rng.normal() + (source === 'synthetic' ? 0.5 : 0), y: rng.normal() }));
    (parsed as Record<string, unknown>).projection = {
      method: 'pca',
      explained: [0.12, 0.07],
      seed: 99,
      sampled: { synthetic: { size: points, of: n }, real: { size: points, of: n } },
      points: [...mk('real', points), ...mk('synthetic', points)],
    };
  }
  return parsed;
}
