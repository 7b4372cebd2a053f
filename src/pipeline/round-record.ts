import type { Results } from '../core/results-schema.js';
import type { Policy } from '../gate/policy-schema.js';
import type { GenerateResult } from '../generate/types.js';
import type { Change, HistoryCheck, RoundRecord } from './history-schema.js';

export interface RoundRecordInput {
  round: number;
  /** The round's folder relative to the run's folder. */
  dir: string;
  /** Labels made anew (null: every row) and rows kept from the round before. */
  regenerated: { labels: string[] | null; keptRows: number };
  changes: Change[];
  generation: GenerateResult;
  /** The generation seed the round used. */
  seed: number;
  /** Gated results of the round (results.gate set). */
  results: Results;
  policy: Policy;
  durationMs: number;
}

const checkOf = (c: NonNullable<Results['gate']>['checks'][number]): HistoryCheck => ({
  metric: c.metric,
  ...(c.label === undefined ? {} : { label: c.label }),
  op: c.op,
  threshold: c.threshold,
  value: c.value,
  severity: c.severity,
  message: c.message,
});

/**
 * The history record of one round: what changed and was generated, the gate verdict with its
 * failed and warned checks, and the key metrics, which are the metrics the policy checks (in
 * policy order), with value, CI, real-vs-real baseline and reading as results.json has them.
 *
 * @example
 * roundRecord({ round: 1, dir: 'round-1', regenerated: { labels: null, keptRows: 0 }, changes: [], generation, seed: 7, results, policy, durationMs: 5300 }).gate;
 * // { policy: 'synthscope-default', passed: false, counts: { pass: 9, fail: 1, warn: 2, skipped: 0 },
 * //   failed: [{ metric: 'drift.c2st-auc', op: 'max', threshold: 0.8, value: 0.93, … }], warned: […] }
 */
export function roundRecord(input: RoundRecordInput): RoundRecord {
  const { results, generation } = input;
  const gate = results.gate ?? { policy: '', passed: true, checks: [] };
  const counts = { pass: 0, fail: 0, warn: 0, skipped: 0 };
  for (const c of gate.checks) counts[c.verdict]++;
  const ids = [...new Set(input.policy.checks.map((c) => c.metric))];
  const metrics = ids.flatMap((id) => {
    const m = results.metrics.find((x) => x.id === id);
    if (!m) return [];
    return [{ id, status: m.status, value: m.value, ci: m.ci ? { lo: m.ci.lo, hi: m.ci.hi } : null, baseline: m.baseline?.value ?? null, reading: m.reading }];
  });
  return {
    round: input.round,
    dir: input.dir,
    regenerated: input.regenerated,
    changes: input.changes,
    generation: {
      provider: generation.provider,
      model: generation.model,
      seed: input.seed,
      written: generation.written,
      fromCache: generation.fromCache,
      failed: generation.failures.length,
      requests: generation.requests,
      promptTokens: generation.tokens.promptTokens,
      completionTokens: generation.tokens.completionTokens,
      cost: generation.cost,
    },
    synthetic: { rows: results.inputs.synthetic.rows, sha256: results.inputs.synthetic.sha256 },
    gate: {
      policy: gate.policy,
      passed: gate.passed,
      counts,
      failed: gate.checks.filter((c) => c.verdict === 'fail').map(checkOf),
      warned: gate.checks.filter((c) => c.verdict === 'warn').map(checkOf),
    },
    metrics,
    durationMs: input.durationMs,
  };
}
