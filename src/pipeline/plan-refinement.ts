import type { Results } from '../core/results-schema.js';
import { evaluateGate, type GateCheck } from '../gate/evaluate-gate.js';
import { refinementAction, type RefinementAction } from './refinement-action.js';

/** One thing the next round does, for the checks that call for it. */
export interface PlannedAction {
  action: RefinementAction;
  /** The failed checks behind it, as `metric` or `metric (label)`. */
  checks: string[];
  /** The labels it concerns, or null for every label. */
  labels: string[] | null;
}

export interface RefinementPlan {
  actions: PlannedAction[];
  /**
   * Labels whose rows the next round makes anew (their old rows are dropped), or null for every
   * row. Empty when only the label counts change (rows of the other labels are all kept).
   */
  regenerate: string[] | null;
  /** Failed checks no regeneration can address (the metric did not run, so there is no value). */
  unaddressed: GateCheck[];
}

/**
 * The labels a failed check points at: its own label for a per-label check; otherwise the labels
 * whose per-label values fail the same bound (the check re-run with `perLabel: true`, judged on
 * the value since per-label values have no interval); null when the metric has no per-label
 * values or no single label fails on its own (then the whole set is at fault).
 */
function labelsOf(results: Results, check: GateCheck): string[] | null {
  if (check.label !== undefined) return [check.label];
  const metric = results.metrics.find((m) => m.id === check.metric);
  if (!metric?.perLabel || metric.perLabel.length === 0) return null;
  const perLabel = evaluateGate(results, { name: 'per-label', onMissing: 'skip', checks: [{ metric: check.metric, [check.op]: check.threshold, perLabel: true }] });
  const failing = perLabel.checks.filter((c) => c.verdict === 'fail' && c.label !== undefined).map((c) => c.label as string);
  return failing.length > 0 ? [...new Set(failing)] : null;
}

/**
 * What the next round should do about a gated results object: each failed check (verdict
 * `fail`) is mapped to an action (`refinementAction`) and to the labels at fault (a per-label
 * check's label, else the labels that fail the bound on their own, else all), and the labels to
 * regenerate are the union over the actions that need new rows (all of them but
 * 'rebalance-labels', which only changes counts). With `regenerate: 'all'` every row is made anew.
 * Checks that could not be evaluated (value null: the metric was skipped or failed) are returned
 * as `unaddressed`: generating again does not make a metric run.
 *
 * @example
 * planRefinement(results); // results.gate failed drift.c2st-auc, and agreement.accuracy for 'neutral'
 * // { actions: [{ action: 'closer-to-real', checks: ['drift.c2st-auc'], labels: null },
 * //             { action: 'sharpen-labels', checks: ['agreement.accuracy (neutral)'], labels: ['neutral'] }],
 * //   regenerate: null, unaddressed: [] }
 */
export function planRefinement(results: Results, options: { regenerate?: 'failing-labels' | 'all' } = {}): RefinementPlan {
  const failed = (results.gate?.checks ?? []).filter((c) => c.verdict === 'fail');
  const unaddressed = failed.filter((c) => c.value === null);
  const byAction = new Map<RefinementAction, PlannedAction>();
  for (const check of failed) {
    if (check.value === null) continue;
    const action = refinementAction(check.metric);
    const labels = labelsOf(results, check);
    const name = check.label === undefined ? check.metric : `${check.metric} (${check.label})`;
    const entry = byAction.get(action);
    if (!entry) byAction.set(action, { action, checks: [name], labels });
    else {
      if (!entry.checks.includes(name)) entry.checks.push(name);
      entry.labels = entry.labels === null || labels === null ? null : [...new Set([...entry.labels, ...labels])];
    }
  }
  const actions = [...byAction.values()];
  let regenerate: string[] | null = [];
  for (const a of actions) {
    if (a.action === 'rebalance-labels') continue;
    regenerate = regenerate === null || a.labels === null ? null : [...new Set([...regenerate, ...a.labels])];
  }
  if (options.regenerate === 'all' && actions.length > 0) regenerate = null;
  return { actions, regenerate: regenerate === null ? null : [...regenerate].sort(), unaddressed };
}
