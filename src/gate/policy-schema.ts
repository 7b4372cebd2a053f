import { z } from 'zod';
import {
  policyLabelAndPerLabel,
  policyMinAboveMax,
  policyNeedsBound,
  policyNegativeMargin,
  policyUnknownKey,
  policyUnknownMetric,
} from '../core/messages.js';
import { closestMatch } from './closest-match.js';

const CHECK_KEYS = ['metric', 'label', 'perLabel', 'min', 'max', 'maxAboveBaseline', 'minBelowBaseline', 'significant', 'severity'] as const;
const POLICY_KEYS = ['name', 'description', 'onMissing', 'checks'] as const;

function refuseUnknownKeys(value: Record<string, unknown>, known: readonly string[], ctx: z.RefinementCtx): void {
  for (const key of Object.keys(value)) {
    if (!known.includes(key)) ctx.addIssue({ code: 'custom', path: [key], message: policyUnknownKey(key, known, closestMatch(key, known)) });
  }
}

const margin = (key: 'maxAboveBaseline' | 'minBelowBaseline') => z.number().min(0, policyNegativeMargin(key)).optional();

/** One check of a policy (see PolicySchema for what each key means). */
export const PolicyCheckSchema = z
  .looseObject({
    metric: z.string().regex(/^[a-z]+\.[a-z0-9-]+$/, 'a metric id is family.kebab-name, e.g. drift.c2st-auc'),
    // YAML reads `label: 1` as a number; labels in results.json are strings.
    label: z
      .union([z.string().min(1), z.number()])
      .transform((l) => String(l))
      .optional(),
    perLabel: z.boolean().default(false),
    min: z.number().optional(),
    max: z.number().optional(),
    maxAboveBaseline: margin('maxAboveBaseline'),
    minBelowBaseline: margin('minBelowBaseline'),
    significant: z.boolean().default(false),
    severity: z.enum(['fail', 'warn']).default('fail'),
  })
  .superRefine((check, ctx) => {
    refuseUnknownKeys(check, CHECK_KEYS, ctx);
    if (check.min === undefined && check.max === undefined && check.maxAboveBaseline === undefined && check.minBelowBaseline === undefined) {
      ctx.addIssue({ code: 'custom', path: ['metric'], message: policyNeedsBound });
    }
    if (check.label !== undefined && check.perLabel) ctx.addIssue({ code: 'custom', path: ['perLabel'], message: policyLabelAndPerLabel });
    if (check.min !== undefined && check.max !== undefined && check.min > check.max) {
      ctx.addIssue({ code: 'custom', path: ['min'], message: policyMinAboveMax(check.min, check.max) });
    }
  })
  .transform((c) => ({
    metric: c.metric,
    ...(c.label === undefined ? {} : { label: c.label }),
    perLabel: c.perLabel,
    ...(c.min === undefined ? {} : { min: c.min }),
    ...(c.max === undefined ? {} : { max: c.max }),
    ...(c.maxAboveBaseline === undefined ? {} : { maxAboveBaseline: c.maxAboveBaseline }),
    ...(c.minBelowBaseline === undefined ? {} : { minBelowBaseline: c.minBelowBaseline }),
    significant: c.significant,
    severity: c.severity,
  }));

/**
 * The gate policy file (`synthscope gate --policy`, `score --gate`), validated with zod. A policy
 * is a list of checks on metric ids from results.json:
 *
 * - `min` / `max`: absolute bounds on the metric's value (`value ≥ min`, `value ≤ max`).
 * - `maxAboveBaseline` / `minBelowBaseline`: bounds relative to the real-vs-real baseline (the same
 *   metric computed on held-out real rows): `value − baseline ≤ maxAboveBaseline`,
 *   `baseline − value ≤ minBelowBaseline`. Both are margins, so they are ≥ 0.
 * - `significant: true`: judge on the end of the confidence interval nearer to passing (the CI's
 *   lower bound for `max` and `maxAboveBaseline`, its upper bound for `min` and
 *   `minBelowBaseline`), so a check fails only when the whole interval is on the wrong side: noise
 *   alone does not fail a release. Per-label values have no interval and are judged on the value.
 * - `severity`: `fail` (default) fails the gate; `warn` reports without failing it.
 * - `label: X` checks the value for one label (from the metric's per-label values);
 *   `perLabel: true` checks every label the metric has a value for.
 * - `onMissing` (policy level, default `warn`): what a check becomes when it cannot be evaluated
 *   (the metric was skipped or failed, has no value or baseline, or lacks the label): `fail`,
 *   `warn` or `skip` (verdict `skipped`). A check of severity `warn` never fails for this reason.
 *
 * Unknown keys are refused (a typo such as `mxa` would otherwise silently disable a bound), with a
 * "did you mean" hint. Metric ids are checked against the results by `policySchemaFor`.
 */
export const PolicySchema = z
  .looseObject({
    /** Shown in the gate verdict (results.gate.policy); the CLI uses the file path when absent. */
    name: z.string().min(1).optional(),
    description: z.string().optional(),
    onMissing: z.enum(['fail', 'warn', 'skip']).default('warn'),
    checks: z.array(PolicyCheckSchema).min(1, 'a policy needs at least one check'),
  })
  .superRefine((policy, ctx) => refuseUnknownKeys(policy, POLICY_KEYS, ctx))
  .transform((p) => ({
    ...(p.name === undefined ? {} : { name: p.name }),
    ...(p.description === undefined ? {} : { description: p.description }),
    onMissing: p.onMissing,
    checks: p.checks,
  }));

/** A validated policy, defaults applied. */
export type Policy = z.output<typeof PolicySchema>;
/** A policy as written (YAML, JSON or an object literal): defaults may be left out. */
export type PolicyInput = z.input<typeof PolicySchema>;
export type PolicyCheck = z.output<typeof PolicyCheckSchema>;

/**
 * The policy schema, plus a check that every metric id is one of `knownMetricIds` (the ids in the
 * results being gated), reported at `checks.N.metric` with the known ids and a "did you mean".
 * Without `knownMetricIds`, ids are only checked for their form.
 *
 * Reference: zod 4 `superRefine` (issues at a path, so `readConfigFile` can name the line).
 *
 * @example
 * policySchemaFor(['drift.c2st-auc']).safeParse({ checks: [{ metric: 'drift.c2st-acu', max: 0.7 }] }).error?.issues[0].message;
 * // 'unknown metric id "drift.c2st-acu" (did you mean "drift.c2st-auc"?); known ids: drift.c2st-auc'
 */
export function policySchemaFor(knownMetricIds?: readonly string[]) {
  if (knownMetricIds === undefined) return PolicySchema;
  const known = [...new Set(knownMetricIds)];
  return PolicySchema.superRefine((policy, ctx) => {
    policy.checks.forEach((check, i) => {
      if (!known.includes(check.metric)) {
        ctx.addIssue({ code: 'custom', path: ['checks', i, 'metric'], message: policyUnknownMetric(check.metric, known, closestMatch(check.metric, known)) });
      }
    });
  });
}
