import { InvalidArgumentError } from '../core/errors.js';
import {
  gateAbsolute,
  gateBadResults,
  gateNotEvaluated,
  gateObserved,
  gateRelative,
  gateSubject,
  whyLabelAbsent,
  whyLabelStatus,
  whyMetricStatus,
  whyNoBaseline,
  whyNoPerLabel,
  whyNoValue,
} from '../core/messages.js';
import { ResultsSchema, type Ci, type MetricResult, type Results } from '../core/results-schema.js';
import { formatNumber } from './format-number.js';
import { parsePolicy } from './parse-policy.js';
import type { Policy, PolicyCheck, PolicyInput } from './policy-schema.js';

/** The gate verdict stored in results.json (`results.gate`). */
export type Gate = NonNullable<Results['gate']>;
/** One evaluated check of a gate. */
export type GateCheck = Gate['checks'][number];
/** The four kinds of bound, as they are named in a policy and in `GateCheck.op`. */
export type GateOp = 'min' | 'max' | 'maxAboveBaseline' | 'minBelowBaseline';

export interface EvaluateGateOptions {
  /** Recorded as `gate.policy` when the policy has no `name` (the CLI passes the file path). */
  policyName?: string;
}

const OPS: readonly GateOp[] = ['min', 'max', 'minBelowBaseline', 'maxAboveBaseline'];

/** What one check looks at: the metric's overall value, or one label's, or why there is none. */
interface Target {
  label?: string;
  missing?: string;
  value: number | null;
  ci: Ci | null;
  baseline: number | null;
}

/**
 * Evaluates a gate policy on a results object: a pure function of the two. Each bound of each
 * check (and each label, for per-label checks) gives one `GateCheck`:
 *
 * - `op` is the policy key (`min`, `max`, `maxAboveBaseline`, `minBelowBaseline`) and `threshold`
 *   the number given for it;
 * - `value` is the quantity compared with the threshold: the metric value for `min`/`max`, the
 *   difference `value − baseline` for `maxAboveBaseline` and `baseline − value` for
 *   `minBelowBaseline`, where with `significant: true` the CI bound nearer to passing stands in
 *   for the value (CI lower bound for max-type bounds, upper bound for min-type bounds);
 *   `min` passes when value ≥ threshold, the others when value ≤ threshold (differences within
 *   10⁻¹² relative, floating-point noise, count as equal);
 * - `verdict` is `pass`, else `fail` for severity `fail` and `warn` for severity `warn`; a check
 *   that cannot be evaluated (metric skipped or errored, no value, no baseline, label absent) has
 *   `value: null` and the verdict `onMissing` asks for (`fail`, `warn`, or `skipped` for `skip`;
 *   never `fail` for a check of severity `warn`);
 * - `message` says all of it in one sentence: value, CI, baseline, which bound was used.
 *
 * `passed` is true when no check has verdict `fail`. The policy may be given as YAML/JSON text or
 * an object; it is validated with `parsePolicy`, and a check on a metric id that the results do
 * not have is refused (InvalidArgumentError listing the ids they have).
 *
 * Reference: with `significant: true` a check fails only when its confidence interval lies wholly
 * past the threshold, i.e. when a one-sided test at level (1 − CI level)/2 rejects "the metric is
 * within the threshold" (duality of intervals and tests, Casella & Berger 2002, §9.2).
 *
 * @example
 * evaluateGate(results, { checks: [{ metric: 'drift.c2st-auc', max: 0.75, significant: true }] });
 * // { policy: 'policy', passed: false, checks: [{ metric: 'drift.c2st-auc', op: 'max', threshold: 0.75,
 * //   value: 0.79, verdict: 'fail', severity: 'fail',
 * //   message: 'drift.c2st-auc: 0.82 (95% CI 0.79–0.85), judged on the CI lower bound 0.79: above the maximum 0.75' }] }
 */
export function evaluateGate(results: Results, policy: PolicyInput | Policy | string, options: EvaluateGateOptions = {}): Gate {
  const valid = ResultsSchema.safeParse(results);
  if (!valid.success) {
    const issue = valid.error.issues[0];
    throw new InvalidArgumentError(gateBadResults('evaluateGate', issue.path.map(String).join('.') || '(top level)', issue.message));
  }
  const byId = new Map<string, MetricResult>();
  for (const m of results.metrics) if (!byId.has(m.id)) byId.set(m.id, m);
  const parsed = parsePolicy(policy, { knownMetricIds: [...byId.keys()] });

  const checks: GateCheck[] = [];
  for (const check of parsed.checks) {
    const metric = byId.get(check.metric)!;
    for (const target of targetsOf(check, metric)) {
      for (const op of OPS) {
        const threshold = check[op];
        if (threshold !== undefined) checks.push(judge(check, op, threshold, target, parsed.onMissing));
      }
    }
  }
  return {
    policy: parsed.name ?? options.policyName ?? 'policy',
    passed: checks.every((c) => c.verdict !== 'fail'),
    checks,
  };
}

function targetsOf(check: PolicyCheck, metric: MetricResult): Target[] {
  const none = { value: null, ci: null, baseline: null };
  if (metric.status !== 'ok') return [{ ...none, label: check.label, missing: whyMetricStatus(metric.status, metric.reason) }];
  if (check.label === undefined && !check.perLabel) {
    return [{ value: metric.value, ci: metric.ci, baseline: metric.baseline?.value ?? null }];
  }
  const perLabel = metric.perLabel ?? [];
  if (perLabel.length === 0) return [{ ...none, label: check.label, missing: whyNoPerLabel }];
  const entries = check.perLabel ? perLabel : perLabel.filter((l) => l.label === check.label);
  if (entries.length === 0) return [{ ...none, label: check.label, missing: whyLabelAbsent(check.label!, perLabel.map((l) => l.label)) }];
  return entries.map((l) =>
    l.status !== 'ok'
      ? { ...none, label: l.label, missing: whyLabelStatus(l.status, l.reason) }
      : { label: l.label, value: l.value, ci: null, baseline: l.baseline },
  );
}

function judge(check: PolicyCheck, op: GateOp, threshold: number, target: Target, onMissing: Policy['onMissing']): GateCheck {
  const subject = gateSubject(check.metric, target.label);
  const base = { metric: check.metric, ...(target.label === undefined ? {} : { label: target.label }), op, threshold, severity: check.severity };
  const relative = op === 'maxAboveBaseline' || op === 'minBelowBaseline';
  const missing = target.missing ?? (target.value === null ? whyNoValue : relative && target.baseline === null ? whyNoBaseline : undefined);
  if (missing !== undefined) {
    const verdict = onMissing === 'skip' ? 'skipped' : onMissing === 'fail' && check.severity === 'fail' ? 'fail' : 'warn';
    return { ...base, value: null, verdict, message: gateNotEvaluated(subject, missing) };
  }
  const value = target.value!;
  const lowerBound = op === 'max' || op === 'maxAboveBaseline';
  const judgedOn = !check.significant ? 'value' : target.ci === null ? 'no-ci' : lowerBound ? 'lower' : 'upper';
  const judged = judgedOn === 'lower' ? target.ci!.lo : judgedOn === 'upper' ? target.ci!.hi : value;
  const baseline = target.baseline ?? 0;
  const quantity = op === 'maxAboveBaseline' ? judged - baseline : op === 'minBelowBaseline' ? baseline - judged : judged;
  const tolerance = 1e-12 * Math.max(1, Math.abs(threshold), Math.abs(judged), relative ? Math.abs(baseline) : 0);
  const passed = op === 'min' ? quantity >= threshold - tolerance : quantity <= threshold + tolerance;

  const ci = target.ci ? { lo: formatNumber(target.ci.lo), hi: formatNumber(target.ci.hi), level: target.ci.level } : null;
  const observed = gateObserved(formatNumber(value), ci, judgedOn, formatNumber(judged));
  let message: string;
  if (op === 'min' || op === 'max') message = gateAbsolute(subject, observed, op, formatNumber(threshold), passed);
  else {
    const above = judged - baseline;
    const side = Math.abs(above) <= tolerance ? 'equal' : above > 0 ? 'above' : 'below';
    message = gateRelative(subject, observed, op, formatNumber(Math.abs(above)), side, formatNumber(baseline), formatNumber(threshold));
  }
  return { ...base, value: quantity, verdict: passed ? 'pass' : check.severity === 'fail' ? 'fail' : 'warn', message };
}
