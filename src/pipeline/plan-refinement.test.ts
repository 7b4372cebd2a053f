import { describe, expect, it } from 'vitest';
import { evaluateGate } from '../gate/evaluate-gate.js';
import type { PolicyInput } from '../gate/policy-schema.js';
import { makeResults, metric, ci } from '../../test/gate/make-results.js';
import type { MetricResult } from '../core/results-schema.js';
import { planRefinement } from './plan-refinement.js';
import { refinementAction } from './refinement-action.js';

const lv = (label: string, value: number, baseline: number) => ({ label, value, baseline, n: { synthetic: 100, reference: 150, holdout: 150 }, status: 'ok' as const });

/** Results with the given metrics, gated with the given policy (as score --gate does). */
function gated(metrics: MetricResult[], policy: PolicyInput) {
  const results = makeResults(metrics);
  results.gate = evaluateGate(results, policy);
  return results;
}

describe('refinementAction', () => {
  it.each([
    ['drift.label-js', 'rebalance-labels'],
    ['drift.label-chi2', 'rebalance-labels'],
    ['drift.length-psi', 'match-lengths'],
    ['drift.length-ks', 'match-lengths'],
    ['privacy.pii-rate', 'avoid-pii'],
    ['privacy.near-copy-rate', 'avoid-copies'],
    ['privacy.exemplar-overlap', 'avoid-copies'],
    ['agreement.accuracy', 'sharpen-labels'],
    ['diversity.distinct-2', 'diversify'],
    ['diversity.exact-duplicate-rate', 'diversify'],
    ['similarity.coverage', 'diversify'],
    ['similarity.recall', 'diversify'],
    ['similarity.precision', 'closer-to-real'],
    ['drift.c2st-auc', 'closer-to-real'],
    ['drift.clusters', 'closer-to-real'],
    ['bias.representation-gap', 'balance-groups'],
    ['custom.thing', 'reseed'],
  ])('maps a failed %s check to %s', (id, action) => {
    expect(refinementAction(id)).toBe(action);
  });
});

describe('planRefinement', () => {
  it('plans nothing for a gate that passed, or for results without a gate', () => {
    const passed = gated([metric('drift.c2st-auc', { value: 0.55 })], { checks: [{ metric: 'drift.c2st-auc', max: 0.8 }] });
    expect(planRefinement(passed)).toEqual({ actions: [], regenerate: [], unaddressed: [] });
    expect(planRefinement(makeResults([metric('drift.c2st-auc')]))).toEqual({ actions: [], regenerate: [], unaddressed: [] });
  });

  it('regenerates every row for a failed check whose metric has no per-label values', () => {
    const r = gated([metric('drift.c2st-auc', { value: 0.93 })], { checks: [{ metric: 'drift.c2st-auc', max: 0.8 }] });
    expect(planRefinement(r)).toEqual({ actions: [{ action: 'closer-to-real', checks: ['drift.c2st-auc'], labels: null }], regenerate: null, unaddressed: [] });
  });

  it('points an overall failure at the labels whose own values fail the same bound', () => {
    // Overall 0.70 against baseline 0.89: 0.19 below, more than 0.1. Per label: pos 0.90 vs 0.90
    // (0 below, passes), neg 0.50 vs 0.88 (0.38 below, fails): only neg is regenerated.
    const accuracy = metric('agreement.accuracy', {
      goal: 'maximize',
      value: 0.7,
      baseline: { value: 0.89, ci: null },
      perLabel: [lv('pos', 0.9, 0.9), lv('neg', 0.5, 0.88)],
    });
    const r = gated([accuracy], { checks: [{ metric: 'agreement.accuracy', minBelowBaseline: 0.1 }] });
    expect(planRefinement(r)).toEqual({ actions: [{ action: 'sharpen-labels', checks: ['agreement.accuracy'], labels: ['neg'] }], regenerate: ['neg'], unaddressed: [] });
  });

  it('takes the label of a per-label check, and every label when no single label fails on its own', () => {
    const dup = metric('diversity.exact-duplicate-rate', { value: 0.2, perLabel: [lv('pos', 0.25, 0), lv('neg', 0.15, 0)] });
    const r = gated([dup], { checks: [{ metric: 'diversity.exact-duplicate-rate', label: 'pos', max: 0.1 }] });
    expect(planRefinement(r).regenerate).toEqual(['pos']);
    // Overall 0.2 > 0.18, but pos 0.17 and neg 0.15 each pass: the whole set is at fault.
    const spread = metric('diversity.exact-duplicate-rate', { value: 0.2, perLabel: [lv('pos', 0.17, 0), lv('neg', 0.15, 0)] });
    const all = gated([spread], { checks: [{ metric: 'diversity.exact-duplicate-rate', max: 0.18 }] });
    expect(planRefinement(all)).toEqual({ actions: [{ action: 'diversify', checks: ['diversity.exact-duplicate-rate'], labels: null }], regenerate: null, unaddressed: [] });
  });

  it('keeps every row when only the label shares are off (rebalancing changes counts, not rows)', () => {
    const r = gated([metric('drift.label-js', { value: 0.2 })], { checks: [{ metric: 'drift.label-js', max: 0.1 }] });
    expect(planRefinement(r)).toEqual({ actions: [{ action: 'rebalance-labels', checks: ['drift.label-js'], labels: null }], regenerate: [], unaddressed: [] });
    expect(planRefinement(r, { regenerate: 'all' }).regenerate).toBeNull();
  });

  it('judges on the CI as the gate did: a significant check fails only when the whole interval is past the bound', () => {
    const auc = (lo: number) => metric('drift.c2st-auc', { value: 0.85, ci: ci(lo, 0.9) });
    const policy: PolicyInput = { checks: [{ metric: 'drift.c2st-auc', max: 0.8, significant: true }] };
    expect(planRefinement(gated([auc(0.78)], policy)).actions).toEqual([]);
    expect(planRefinement(gated([auc(0.82)], policy)).actions.map((a) => a.action)).toEqual(['closer-to-real']);
  });

  it('returns checks on metrics that did not run as unaddressed, with no action for them', () => {
    const skipped = metric('agreement.accuracy', { status: 'skipped', value: null, reason: 'no labels' });
    const r = gated([skipped, metric('drift.c2st-auc', { value: 0.5 })], {
      onMissing: 'fail',
      checks: [{ metric: 'agreement.accuracy', min: 0.5 }, { metric: 'drift.c2st-auc', max: 0.8 }],
    });
    const plan = planRefinement(r);
    expect(plan.actions).toEqual([]);
    expect(plan.unaddressed.map((c) => c.metric)).toEqual(['agreement.accuracy']);
  });

  it('merges the checks of one action and the labels they point at', () => {
    const nn = metric('similarity.precision', { goal: 'maximize', value: 0.5, baseline: { value: 0.8, ci: null }, perLabel: [lv('pos', 0.3, 0.8), lv('neg', 0.79, 0.8)] });
    const auc = metric('drift.c2st-auc', { value: 0.9 });
    const r = gated([nn, auc], { checks: [{ metric: 'similarity.precision', minBelowBaseline: 0.1 }, { metric: 'drift.c2st-auc', max: 0.8 }] });
    expect(planRefinement(r)).toEqual({
      actions: [{ action: 'closer-to-real', checks: ['similarity.precision', 'drift.c2st-auc'], labels: null }],
      regenerate: null,
      unaddressed: [],
    });
  });
});
