import { ResultsSchema, type MetricResult, type Results } from '../../src/core/results-schema.js';

const ci = (lo: number, hi: number) => ({ lo, hi, level: 0.95, method: 'bootstrap' as const, resamples: 1000 });
export { ci };

/** A metric result with plain defaults (status ok, no CI, no baseline), overridden by `fields`. */
export function metric(id: string, fields: Partial<MetricResult> = {}): MetricResult {
  return {
    id,
    family: id.split('.')[0] as MetricResult['family'],
    title: id,
    description: `hand-made ${id}`,
    value: 0.5,
    ci: null,
    baseline: null,
    goal: 'minimize',
    range: [0, 1],
    status: 'ok',
    reading: 'n/a',
    warnings: [],
    n: { synthetic: 200, reference: 300, holdout: 300 },
    details: {},
    ...fields,
  };
}

/** A whole results object around the given metrics; parsed with ResultsSchema so tests gate valid input. */
export function makeResults(metrics: MetricResult[], extra: Partial<Results> = {}): Results {
  const input = (path: string, rows: number) => ({ path, sha256: 'a'.repeat(64), format: 'jsonl', rows, invalidRows: 0, skipped: [] });
  return ResultsSchema.parse({
    schemaVersion: 1,
    tool: { name: 'synthscope', version: '0.1.0' },
    createdAt: '2025-01-02T03:04:05.000Z',
    seed: 0,
    embedder: { id: 'builtin', dimension: 100, revision: 'test' },
    inputs: { synthetic: input('synthetic.jsonl', 200), real: input('real.jsonl', 600), fields: { text: 'text', label: 'label' }, split: { reference: 300, holdout: 300 } },
    labels: { synthetic: { pos: 100, neg: 100 }, real: { pos: 300, neg: 300 }, unknownInReal: [] },
    config: {},
    samples: [],
    metrics,
    flags: [],
    flagCounts: {},
    timings: {},
    ...extra,
  });
}
