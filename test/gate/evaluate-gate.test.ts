import { describe, expect, it } from 'vitest';
import { InvalidArgumentError } from '../../src/core/errors.js';
import { GateCheckSchema, ResultsSchema } from '../../src/core/results-schema.js';
import { evaluateGate } from '../../src/gate/evaluate-gate.js';
import { ci, makeResults, metric } from './make-results.js';

// Every expected number below is a hand computation from the values in the hand-made results.
const auc = metric('drift.c2st-auc', { goal: 'target', target: 0.5, value: 0.82, ci: ci(0.79, 0.85), baseline: { value: 0.51, ci: ci(0.45, 0.57) } });
const distinct = metric('diversity.distinct-2', { goal: 'maximize', value: 0.41, ci: ci(0.37, 0.45), baseline: { value: 0.54, ci: ci(0.5, 0.58) } });
const copies = metric('privacy.exact-copy-rate', { value: 0, ci: ci(0, 0), baseline: { value: 0.005, ci: ci(0, 0.01) } });
const results = makeResults([auc, distinct, copies]);

describe('evaluateGate: absolute bounds', () => {
  it('fails a max check when the value is above it, and records the value and the message', () => {
    const gate = evaluateGate(results, { checks: [{ metric: 'drift.c2st-auc', max: 0.75 }] });
    expect(gate.passed).toBe(false);
    expect(gate.checks).toEqual([
      {
        metric: 'drift.c2st-auc',
        op: 'max',
        threshold: 0.75,
        value: 0.82,
        verdict: 'fail',
        severity: 'fail',
        message: 'drift.c2st-auc: 0.82 (95% CI 0.79–0.85): above the maximum 0.75',
      },
    ]);
    for (const c of gate.checks) GateCheckSchema.parse(c);
  });

  it('with significant: true judges a max on the CI lower bound, so 0.82 [0.79, 0.85] passes max 0.8', () => {
    const plain = evaluateGate(results, { checks: [{ metric: 'drift.c2st-auc', max: 0.8 }] });
    const significant = evaluateGate(results, { checks: [{ metric: 'drift.c2st-auc', max: 0.8, significant: true }] });
    expect(plain.checks[0].verdict).toBe('fail');
    expect(significant.checks[0]).toMatchObject({ value: 0.79, verdict: 'pass' });
    expect(significant.checks[0].message).toBe('drift.c2st-auc: 0.82 (95% CI 0.79–0.85), judged on the CI lower bound 0.79: at most the maximum 0.8');
    expect(significant.passed).toBe(true);
  });

  it('with significant: true still fails when the whole interval is past the bound (0.79 > 0.75)', () => {
    const gate = evaluateGate(results, { checks: [{ metric: 'drift.c2st-auc', max: 0.75, significant: true }] });
    expect(gate.checks[0]).toMatchObject({ value: 0.79, verdict: 'fail' });
  });

  it('judges a min on the CI upper bound when significant: 0.41 [0.37, 0.45] passes min 0.44 but not min 0.46', () => {
    const gate = evaluateGate(results, {
      checks: [
        { metric: 'diversity.distinct-2', min: 0.44, significant: true },
        { metric: 'diversity.distinct-2', min: 0.46, significant: true },
        { metric: 'diversity.distinct-2', min: 0.44 },
      ],
    });
    expect(gate.checks.map((c) => [c.value, c.verdict])).toEqual([
      [0.45, 'pass'],
      [0.45, 'fail'],
      [0.41, 'fail'],
    ]);
    expect(gate.checks[2].message).toBe('diversity.distinct-2: 0.41 (95% CI 0.37–0.45): below the minimum 0.44');
  });

  it('passes max: 0 on a value of exactly 0 (a bound is inclusive)', () => {
    const gate = evaluateGate(results, { checks: [{ metric: 'privacy.exact-copy-rate', max: 0 }] });
    expect(gate.checks[0]).toMatchObject({ value: 0, verdict: 'pass' });
    expect(gate.passed).toBe(true);
  });

  it('gives one check per bound when a check has both min and max, min first', () => {
    const gate = evaluateGate(results, { checks: [{ metric: 'drift.c2st-auc', min: 0.4, max: 0.6 }] });
    expect(gate.checks.map((c) => [c.op, c.threshold, c.verdict])).toEqual([
      ['min', 0.4, 'pass'],
      ['max', 0.6, 'fail'],
    ]);
  });
});

describe('evaluateGate: bounds relative to the real-vs-real baseline', () => {
  it('minBelowBaseline compares baseline − value: 0.54 − 0.41 = 0.13 breaks 0.10', () => {
    const gate = evaluateGate(results, { checks: [{ metric: 'diversity.distinct-2', minBelowBaseline: 0.1 }] });
    expect(gate.checks[0].value).toBeCloseTo(0.13, 12);
    expect(gate.checks[0]).toMatchObject({ op: 'minBelowBaseline', threshold: 0.1, verdict: 'fail' });
    expect(gate.checks[0].message).toBe(
      'diversity.distinct-2: 0.41 (95% CI 0.37–0.45): 0.13 below the real-vs-real baseline 0.54; at most 0.1 below it allowed',
    );
  });

  it('minBelowBaseline with significant uses the CI upper bound: 0.54 − 0.45 = 0.09 passes 0.10', () => {
    const gate = evaluateGate(results, { checks: [{ metric: 'diversity.distinct-2', minBelowBaseline: 0.1, significant: true }] });
    expect(gate.checks[0].value).toBeCloseTo(0.09, 12);
    expect(gate.checks[0].verdict).toBe('pass');
  });

  it('maxAboveBaseline compares value − baseline: 0.82 − 0.51 = 0.31; with significant, 0.79 − 0.51 = 0.28', () => {
    const gate = evaluateGate(results, {
      checks: [
        { metric: 'drift.c2st-auc', maxAboveBaseline: 0.3 },
        { metric: 'drift.c2st-auc', maxAboveBaseline: 0.3, significant: true },
      ],
    });
    expect(gate.checks[0].value).toBeCloseTo(0.31, 12);
    expect(gate.checks[1].value).toBeCloseTo(0.28, 12);
    expect(gate.checks.map((c) => c.verdict)).toEqual(['fail', 'pass']);
  });

  it('says "below" when a maxAboveBaseline value is under the baseline (0 vs 0.005), and passes', () => {
    const gate = evaluateGate(results, { checks: [{ metric: 'privacy.exact-copy-rate', maxAboveBaseline: 0 }] });
    expect(gate.checks[0]).toMatchObject({ value: -0.005, verdict: 'pass' });
    expect(gate.checks[0].message).toContain('0.005 below the real-vs-real baseline 0.005');
  });

  it('counts floating-point noise as on the threshold: 0.8 − 0.7 = 0.10000000000000009 passes maxAboveBaseline 0.1', () => {
    const r = makeResults([metric('drift.length-ks', { value: 0.8, baseline: { value: 0.7, ci: null } })]);
    const gate = evaluateGate(r, { checks: [{ metric: 'drift.length-ks', maxAboveBaseline: 0.1 }] });
    expect(gate.checks[0].value).toBe(0.8 - 0.7);
    expect(gate.checks[0].verdict).toBe('pass');
    expect(gate.checks[0].message).toContain('0.1 above the real-vs-real baseline 0.7');
  });

  it('cannot evaluate a relative bound without a baseline (the metric has none)', () => {
    const r = makeResults([metric('privacy.pii-rate', { value: 0.01, baseline: null })]);
    const gate = evaluateGate(r, { checks: [{ metric: 'privacy.pii-rate', maxAboveBaseline: 0.01, max: 0.02 }] });
    expect(gate.checks.map((c) => [c.op, c.verdict, c.value])).toEqual([
      ['max', 'pass', 0.01],
      ['maxAboveBaseline', 'warn', null],
    ]);
    expect(gate.checks[1].message).toBe('privacy.pii-rate: not evaluated: the metric has no real-vs-real baseline');
  });
});

describe('evaluateGate: severity and the overall verdict', () => {
  it('a failing check of severity warn gives verdict warn and the gate still passes', () => {
    const gate = evaluateGate(results, { checks: [{ metric: 'diversity.distinct-2', minBelowBaseline: 0.1, severity: 'warn' }] });
    expect(gate.checks[0]).toMatchObject({ verdict: 'warn', severity: 'warn' });
    expect(gate.passed).toBe(true);
  });

  it('passed is false as soon as one check fails, whatever the others', () => {
    const gate = evaluateGate(results, {
      checks: [
        { metric: 'privacy.exact-copy-rate', max: 0 },
        { metric: 'diversity.distinct-2', min: 0.9, severity: 'warn' },
        { metric: 'drift.c2st-auc', max: 0.7 },
      ],
    });
    expect(gate.checks.map((c) => c.verdict)).toEqual(['pass', 'warn', 'fail']);
    expect(gate.passed).toBe(false);
  });

  it("records the policy's name, else the name the caller gives, else 'policy'", () => {
    const checks = [{ metric: 'privacy.exact-copy-rate', max: 0 }];
    expect(evaluateGate(results, { name: 'release', checks }, { policyName: 'p.yaml' }).policy).toBe('release');
    expect(evaluateGate(results, { checks }, { policyName: 'p.yaml' }).policy).toBe('p.yaml');
    expect(evaluateGate(results, { checks }).policy).toBe('policy');
  });

  it('the gate it returns fits results.json (ResultsSchema accepts results with it)', () => {
    const gate = evaluateGate(results, { checks: [{ metric: 'drift.c2st-auc', max: 0.75, significant: true }] });
    expect(() => ResultsSchema.parse({ ...results, gate })).not.toThrow();
  });

  it('takes the policy as YAML text too', () => {
    const gate = evaluateGate(results, 'checks:\n  - metric: drift.c2st-auc\n    max: 0.9\n');
    expect(gate.checks[0]).toMatchObject({ value: 0.82, verdict: 'pass' });
  });
});

describe('evaluateGate: metrics that were skipped or failed (onMissing)', () => {
  const skipped = metric('agreement.cohen-kappa', { status: 'skipped', value: null, reason: 'needs labels in both the synthetic and the real data' });
  const errored = metric('drift.mmd2', { status: 'error', value: null, reason: 'out of memory' });
  const r = makeResults([skipped, errored, copies]);

  it('by default (onMissing: warn) gives verdict warn with the reason, and the gate passes', () => {
    const gate = evaluateGate(r, { checks: [{ metric: 'agreement.cohen-kappa', min: 0.6 }] });
    expect(gate.checks[0]).toEqual({
      metric: 'agreement.cohen-kappa',
      op: 'min',
      threshold: 0.6,
      value: null,
      verdict: 'warn',
      severity: 'fail',
      message: 'agreement.cohen-kappa: not evaluated: the metric was skipped (needs labels in both the synthetic and the real data)',
    });
    expect(gate.passed).toBe(true);
  });

  it('onMissing: fail fails the gate; onMissing: skip gives verdict skipped', () => {
    const checks = [{ metric: 'drift.mmd2', max: 0.01 }];
    const failing = evaluateGate(r, { onMissing: 'fail', checks });
    expect(failing.checks[0].verdict).toBe('fail');
    expect(failing.checks[0].message).toBe('drift.mmd2: not evaluated: the metric failed (out of memory)');
    expect(failing.passed).toBe(false);
    const skipping = evaluateGate(r, { onMissing: 'skip', checks });
    expect(skipping.checks[0].verdict).toBe('skipped');
    expect(skipping.passed).toBe(true);
  });

  it('onMissing: fail does not fail the gate through a check of severity warn', () => {
    const gate = evaluateGate(r, { onMissing: 'fail', checks: [{ metric: 'drift.mmd2', max: 0.01, severity: 'warn' }] });
    expect(gate.checks[0].verdict).toBe('warn');
    expect(gate.passed).toBe(true);
  });

  it('treats an ok metric with a null value as missing', () => {
    const gate = evaluateGate(makeResults([metric('drift.frechet', { value: null })]), { checks: [{ metric: 'drift.frechet', max: 1 }] });
    expect(gate.checks[0]).toMatchObject({ verdict: 'warn', value: null, message: 'drift.frechet: not evaluated: the metric has no value' });
  });
});

describe('evaluateGate: per-label checks', () => {
  const perLabel = (label: string, value: number | null, baseline: number | null, status: 'ok' | 'skipped' = 'ok') => ({
    label,
    value,
    baseline,
    n: { synthetic: 100, reference: 150, holdout: 150 },
    status,
    ...(status === 'skipped' ? { reason: 'only 3 synthetic rows with this label' } : {}),
  });
  const precision = metric('similarity.precision', {
    goal: 'maximize',
    value: 0.7,
    ci: ci(0.65, 0.75),
    baseline: { value: 0.72, ci: ci(0.67, 0.77) },
    perLabel: [perLabel('neg', 0.62, 0.7), perLabel('pos', 0.78, 0.74), perLabel('1', 0.5, 0.5), perLabel('rare', null, null, 'skipped')],
  });
  const r = makeResults([precision, auc]);

  it('label: X checks that label’s value and baseline', () => {
    const gate = evaluateGate(r, { checks: [{ metric: 'similarity.precision', label: 'neg', minBelowBaseline: 0.05 }] });
    expect(gate.checks).toHaveLength(1);
    expect(gate.checks[0]).toMatchObject({ label: 'neg', verdict: 'fail' });
    expect(gate.checks[0].value).toBeCloseTo(0.08, 12); // 0.70 − 0.62
    expect(gate.checks[0].message).toBe(
      'similarity.precision, label "neg": 0.62: 0.08 below the real-vs-real baseline 0.7; at most 0.05 below it allowed',
    );
  });

  it('perLabel: true checks every label the metric has, in its order; a skipped label follows onMissing', () => {
    const gate = evaluateGate(r, { checks: [{ metric: 'similarity.precision', perLabel: true, min: 0.6 }] });
    expect(gate.checks.map((c) => [c.label, c.value, c.verdict])).toEqual([
      ['neg', 0.62, 'pass'],
      ['pos', 0.78, 'pass'],
      ['1', 0.5, 'fail'],
      ['rare', null, 'warn'],
    ]);
    expect(gate.checks[3].message).toBe('similarity.precision, label "rare": not evaluated: the metric was skipped for this label (only 3 synthetic rows with this label)');
  });

  it('matches a label written as a YAML number (label: 1) to the string label "1"', () => {
    const gate = evaluateGate(r, 'checks:\n  - metric: similarity.precision\n    label: 1\n    min: 0.6\n');
    expect(gate.checks[0]).toMatchObject({ label: '1', value: 0.5, verdict: 'fail' });
  });

  it('per-label values have no CI: significant: true judges them on the value and says so', () => {
    const gate = evaluateGate(r, { checks: [{ metric: 'similarity.precision', label: 'pos', max: 0.8, significant: true }] });
    expect(gate.checks[0].message).toBe('similarity.precision, label "pos": 0.78, judged on the value (no confidence interval): at most the maximum 0.8');
  });

  it('a label the metric has no value for is not evaluated, and the message lists the labels it has', () => {
    const gate = evaluateGate(r, { checks: [{ metric: 'similarity.precision', label: 'spam', min: 0.6 }] });
    expect(gate.checks[0]).toMatchObject({ label: 'spam', value: null, verdict: 'warn' });
    expect(gate.checks[0].message).toBe(
      'similarity.precision, label "spam": not evaluated: no per-label value for label "spam" (labels with values: "neg", "pos", "1", "rare")',
    );
  });

  it('a per-label check on a metric without per-label values is not evaluated', () => {
    const gate = evaluateGate(r, { onMissing: 'fail', checks: [{ metric: 'drift.c2st-auc', perLabel: true, max: 0.7 }] });
    expect(gate.checks).toEqual([
      expect.objectContaining({ metric: 'drift.c2st-auc', verdict: 'fail', value: null, message: 'drift.c2st-auc: not evaluated: the metric has no per-label values in these results' }),
    ]);
    expect(gate.checks[0].label).toBeUndefined();
  });
});

describe('evaluateGate: refusals', () => {
  it('refuses a check on a metric id the results do not have, listing the ids they have and the nearest', () => {
    expect(() => evaluateGate(results, { checks: [{ metric: 'drift.c2st-acu', max: 0.7 }] })).toThrow(InvalidArgumentError);
    expect(() => evaluateGate(results, { checks: [{ metric: 'drift.c2st-acu', max: 0.7 }] })).toThrow(
      'parsePolicy: invalid policy: checks.0.metric: unknown metric id "drift.c2st-acu" (did you mean "drift.c2st-auc"?); known ids: drift.c2st-auc, diversity.distinct-2, privacy.exact-copy-rate',
    );
  });

  it('refuses a results object with a NaN value, naming where', () => {
    const bad = { ...results, metrics: [{ ...auc, value: Number.NaN }] };
    expect(() => evaluateGate(bad, { checks: [{ metric: 'drift.c2st-auc', max: 0.7 }] })).toThrow(
      /^evaluateGate needs a results object that matches ResultsSchema; metrics\.0\.value: .*NaN/,
    );
  });

  it('refuses an invalid policy before looking at any metric', () => {
    expect(() => evaluateGate(results, { checks: [{ metric: 'drift.c2st-auc', max: '0.7' }] } as never)).toThrow(/checks\.0\.max: .*expected number/);
  });
});
