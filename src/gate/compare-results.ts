import { InvalidArgumentError } from '../core/errors.js';
import { compareDifferentEmbedder, compareDifferentFields, compareDifferentLevel, compareDifferentReal, gateBadResults } from '../core/messages.js';
import { ResultsSchema, type Ci, type Goal, type MetricResult, type Results } from '../core/results-schema.js';
import type { GateCheck } from './evaluate-gate.js';

/** One run's side of a metric comparison. */
export interface ComparedValue {
  status: MetricResult['status'];
  value: number | null;
  ci: Ci | null;
  baseline: number | null;
  reason?: string;
}

export interface MetricComparison {
  id: string;
  family: MetricResult['family'];
  title: string;
  goal: Goal;
  target?: number;
  /** null when the metric is not in that run's results. */
  a: ComparedValue | null;
  b: ComparedValue | null;
  /** b − a, when both runs have a value. */
  delta: number | null;
  /** Whether the two CIs are disjoint; null when a value or a CI is missing on either side. */
  significant: boolean | null;
  /**
   * `better` / `worse` (by the metric's goal; for `target` goals, by distance to the target) when
   * the change is significant; `within-noise` when the CIs overlap; `unknown` when there is a
   * delta but no CI to judge it by; `n/a` when there is no delta.
   */
  change: 'better' | 'worse' | 'within-noise' | 'unknown' | 'n/a';
}

export interface GateVerdictChange {
  metric: string;
  label?: string;
  op: string;
  threshold: number;
  /** The check's verdict in each run; null when that run's gate has no such check. */
  a: GateCheck['verdict'] | null;
  b: GateCheck['verdict'] | null;
}

export interface RunSummary {
  name: string;
  createdAt: string;
  toolVersion: string;
  embedder: string;
  seed: number;
  synthetic: { path: string; rows: number; sha256: string };
  real: { path: string; rows: number; sha256: string };
  gate: { policy: string; passed: boolean } | null;
}

export interface Comparison {
  a: RunSummary;
  b: RunSummary;
  /** Why some numbers may not compare (different embedder, real data, fields, CI level). */
  warnings: string[];
  metrics: MetricComparison[];
  /** Checks whose verdict differs between the runs, or that only one run's gate has. */
  gateChanges: GateVerdictChange[];
  counts: { better: number; worse: number; withinNoise: number; unknown: number; na: number };
}

export interface CompareResultsOptions {
  /** How the two runs are named in the output (the CLI passes the two results.json paths). */
  names?: [string, string];
}

/**
 * What changed between two runs: each metric's value in both with its CI, the delta b − a, and
 * whether the change is significant, meaning the two confidence intervals do not overlap (a
 * conservative test: disjoint 95% intervals imply a difference significant well beyond 5%, while
 * overlapping ones do not prove there is none; Schenker & Gentleman 2001). Also the gate verdict
 * of each run and every check whose verdict changed, matched by metric, label, op and threshold.
 * A pure function of the two results objects (validated with ResultsSchema).
 *
 * Reference: Schenker, N. & Gentleman, J. F. (2001), "On judging the significance of differences
 * by examining the overlap between confidence intervals", The American Statistician 55(3).
 *
 * @example
 * const c = compareResults(before, after, { names: ['main', 'branch'] });
 * c.metrics.find((m) => m.id === 'drift.c2st-auc');
 * // { id: 'drift.c2st-auc', …, a: { value: 0.82, ci: {lo: 0.79, hi: 0.85, …}, … },
 * //   b: { value: 0.61, ci: {lo: 0.57, hi: 0.65, …}, … }, delta: -0.21, significant: true, change: 'better' }
 */
export function compareResults(a: Results, b: Results, options: CompareResultsOptions = {}): Comparison {
  for (const [which, r] of [['a', a], ['b', b]] as const) {
    const valid = ResultsSchema.safeParse(r);
    if (!valid.success) {
      const issue = valid.error.issues[0];
      throw new InvalidArgumentError(gateBadResults(`compareResults (${which})`, issue.path.map(String).join('.') || '(top level)', issue.message));
    }
  }
  const [nameA, nameB] = options.names ?? ['A', 'B'];
  const warnings: string[] = [];
  if (a.embedder.id !== b.embedder.id || a.embedder.revision !== b.embedder.revision) {
    warnings.push(compareDifferentEmbedder(`${a.embedder.id}@${a.embedder.revision}`, `${b.embedder.id}@${b.embedder.revision}`));
  }
  if (a.inputs.real.sha256 !== b.inputs.real.sha256) warnings.push(compareDifferentReal);
  if (a.inputs.fields.text !== b.inputs.fields.text || a.inputs.fields.label !== b.inputs.fields.label) warnings.push(compareDifferentFields);
  const levelA = a.metrics.find((m) => m.ci)?.ci?.level;
  const levelB = b.metrics.find((m) => m.ci)?.ci?.level;
  if (levelA !== undefined && levelB !== undefined && levelA !== levelB) warnings.push(compareDifferentLevel(levelA, levelB));

  const byIdB = new Map(b.metrics.map((m) => [m.id, m]));
  const seen = new Set<string>();
  const metrics: MetricComparison[] = [];
  for (const m of a.metrics) {
    if (seen.has(m.id)) continue;
    seen.add(m.id);
    metrics.push(compareMetric(m, byIdB.get(m.id) ?? null));
  }
  for (const m of b.metrics) {
    if (seen.has(m.id)) continue;
    seen.add(m.id);
    metrics.push(compareMetric(null, m));
  }
  const counts = { better: 0, worse: 0, withinNoise: 0, unknown: 0, na: 0 };
  for (const m of metrics) {
    if (m.change === 'within-noise') counts.withinNoise++;
    else if (m.change === 'n/a') counts.na++;
    else counts[m.change]++;
  }
  return { a: summary(a, nameA), b: summary(b, nameB), warnings, metrics, gateChanges: gateChanges(a, b), counts };
}

function summary(r: Results, name: string): RunSummary {
  const input = (i: Results['inputs']['real']) => ({ path: i.path, rows: i.rows, sha256: i.sha256 });
  return {
    name,
    createdAt: r.createdAt,
    toolVersion: r.tool.version,
    embedder: r.embedder.id,
    seed: r.seed,
    synthetic: input(r.inputs.synthetic),
    real: input(r.inputs.real),
    gate: r.gate ? { policy: r.gate.policy, passed: r.gate.passed } : null,
  };
}

function side(m: MetricResult | null): ComparedValue | null {
  if (m === null) return null;
  return {
    status: m.status,
    value: m.value,
    ci: m.ci,
    baseline: m.baseline?.value ?? null,
    ...(m.reason === undefined ? {} : { reason: m.reason }),
  };
}

function compareMetric(ma: MetricResult | null, mb: MetricResult | null): MetricComparison {
  const m = (mb ?? ma)!;
  const a = side(ma);
  const b = side(mb);
  const va = a?.status === 'ok' ? a.value : null;
  const vb = b?.status === 'ok' ? b.value : null;
  const delta = va !== null && vb !== null ? vb - va : null;
  let significant: boolean | null = null;
  if (delta !== null && a!.ci && b!.ci) significant = a!.ci.hi < b!.ci.lo || b!.ci.hi < a!.ci.lo;
  let change: MetricComparison['change'] = 'n/a';
  if (delta !== null) {
    if (significant === null) change = 'unknown';
    else if (!significant) change = 'within-noise';
    else change = improved(m.goal, m.target, va!, vb!) ? 'better' : 'worse';
  }
  return {
    id: m.id,
    family: m.family,
    title: m.title,
    goal: m.goal,
    ...(m.target === undefined ? {} : { target: m.target }),
    a,
    b,
    delta,
    significant,
    change,
  };
}

function improved(goal: Goal, target: number | undefined, a: number, b: number): boolean {
  if (goal === 'maximize') return b > a;
  if (goal === 'minimize') return b < a;
  const t = target ?? 0;
  return Math.abs(b - t) < Math.abs(a - t);
}

function gateChanges(a: Results, b: Results): GateVerdictChange[] {
  const key = (c: GateCheck) => JSON.stringify([c.metric, c.label ?? null, c.op, c.threshold]);
  const inB = new Map((b.gate?.checks ?? []).map((c) => [key(c), c]));
  const changes: GateVerdictChange[] = [];
  const seen = new Set<string>();
  const push = (c: GateCheck, va: GateCheck['verdict'] | null, vb: GateCheck['verdict'] | null) => {
    if (va !== vb) changes.push({ metric: c.metric, ...(c.label === undefined ? {} : { label: c.label }), op: c.op, threshold: c.threshold, a: va, b: vb });
  };
  for (const c of a.gate?.checks ?? []) {
    const k = key(c);
    if (seen.has(k)) continue;
    seen.add(k);
    push(c, c.verdict, inB.get(k)?.verdict ?? null);
  }
  for (const c of b.gate?.checks ?? []) {
    const k = key(c);
    if (seen.has(k)) continue;
    seen.add(k);
    push(c, null, c.verdict);
  }
  return changes;
}
