import { describe, expect, it } from 'vitest';
import { InvalidArgumentError } from '../../src/core/errors.js';
import { closestMatch } from '../../src/gate/closest-match.js';
import { parsePolicy } from '../../src/gate/parse-policy.js';

describe('parsePolicy', () => {
  it('applies the documented defaults: onMissing warn, severity fail, significant false, perLabel false', () => {
    expect(parsePolicy('checks:\n  - metric: privacy.exact-copy-rate\n    max: 0\n')).toEqual({
      onMissing: 'warn',
      checks: [{ metric: 'privacy.exact-copy-rate', perLabel: false, max: 0, significant: false, severity: 'fail' }],
    });
  });

  it('reads JSON text as well as YAML (JSON is YAML 1.2)', () => {
    expect(parsePolicy('{"name": "j", "checks": [{"metric": "drift.mmd2", "max": 0.01, "severity": "warn"}]}')).toEqual({
      name: 'j',
      onMissing: 'warn',
      checks: [{ metric: 'drift.mmd2', perLabel: false, max: 0.01, significant: false, severity: 'warn' }],
    });
  });

  it('refuses an unknown key in a check, naming it and the likely one meant', () => {
    expect(() => parsePolicy({ checks: [{ metric: 'drift.mmd2', mxa: 0.01 }] })).toThrow(
      'parsePolicy: invalid policy: checks.0.mxa: unknown key "mxa" (did you mean "max"?); a check has metric, label, perLabel, min, max, maxAboveBaseline, minBelowBaseline, significant, severity',
    );
  });

  it('refuses an unknown top-level key', () => {
    expect(() => parsePolicy({ onMising: 'fail', checks: [{ metric: 'drift.mmd2', max: 1 }] })).toThrow(
      'parsePolicy: invalid policy: onMising: unknown key "onMising" (did you mean "onMissing"?); a policy has name, description, onMissing, checks',
    );
  });

  it('refuses a check without any bound', () => {
    expect(() => parsePolicy({ checks: [{ metric: 'drift.mmd2', significant: true }] })).toThrow(
      'checks.0.metric: a check needs at least one of min, max, maxAboveBaseline, minBelowBaseline',
    );
  });

  it('refuses a negative margin: it is a distance from the baseline', () => {
    expect(() => parsePolicy({ checks: [{ metric: 'diversity.distinct-2', minBelowBaseline: -0.1 }] })).toThrow(
      'checks.0.minBelowBaseline: must be ≥ 0: it is how far the value may fall below the real-vs-real baseline',
    );
  });

  it('refuses min above max, and label together with perLabel', () => {
    expect(() => parsePolicy({ checks: [{ metric: 'drift.c2st-auc', min: 0.6, max: 0.4 }] })).toThrow('checks.0.min: min (0.6) is more than max (0.4): no value can pass');
    expect(() => parsePolicy({ checks: [{ metric: 'similarity.recall', label: 'pos', perLabel: true, min: 0.5 }] })).toThrow('checks.0.perLabel: give label');
  });

  it('refuses an empty list of checks, a bad severity, a bad onMissing and a malformed metric id', () => {
    expect(() => parsePolicy({ checks: [] })).toThrow('checks: a policy needs at least one check');
    expect(() => parsePolicy({ checks: [{ metric: 'drift.mmd2', max: 1, severity: 'error' }] })).toThrow(/checks\.0\.severity: .*"fail"\|"warn"/);
    expect(() => parsePolicy({ onMissing: 'ignore', checks: [{ metric: 'drift.mmd2', max: 1 }] })).toThrow(/onMissing: .*"fail"\|"warn"\|"skip"/);
    expect(() => parsePolicy({ checks: [{ metric: 'C2ST AUC', max: 1 }] })).toThrow('checks.0.metric: a metric id is family.kebab-name, e.g. drift.c2st-auc');
  });

  it('refuses infinite and NaN thresholds (zod numbers are finite)', () => {
    expect(() => parsePolicy({ checks: [{ metric: 'drift.mmd2', max: Number.NaN }] })).toThrow(InvalidArgumentError);
    expect(() => parsePolicy('checks:\n  - metric: drift.mmd2\n    max: .inf\n')).toThrow(/checks\.0\.max/);
  });

  it('names the line of a YAML syntax error', () => {
    expect(() => parsePolicy('checks:\n  - metric: drift.mmd2\n    max: 1\n    max: 2\n')).toThrow('parsePolicy: invalid policy: line 4: invalid YAML: Map keys must be unique');
  });

  it('lists up to three problems in one message', () => {
    expect(() => parsePolicy({ checks: [{ metric: 'drift.mmd2', max: 'x' }, { metric: 'drift.mmd2', min: 'y' }] })).toThrow(/checks\.0\.max: .*; checks\.1\.min: /);
  });

  it('checks metric ids against the known ones only when it is given them', () => {
    const policy = { checks: [{ metric: 'bias.amplification', max: 0.1 }] };
    expect(parsePolicy(policy).checks[0].metric).toBe('bias.amplification');
    expect(() => parsePolicy(policy, { knownMetricIds: [] })).toThrow('unknown metric id "bias.amplification"; known ids: (none: the results have no metrics)');
  });
});

describe('closestMatch', () => {
  it('suggests the candidate within a third of the word’s length in edits (a swap of neighbours is one edit), else nothing', () => {
    expect(closestMatch('drift.c2st-acu', ['drift.c2st-auc', 'drift.mmd2'])).toBe('drift.c2st-auc'); // one swap
    expect(closestMatch('mxa', ['max', 'min'])).toBe('max'); // one swap; 'min' is 3 substitutions away
    expect(closestMatch('mni', ['max', 'min'])).toBe('min');
    expect(closestMatch('mux', ['max'])).toBe('max'); // one substitution, the most allowed for 3 letters
    expect(closestMatch('mud', ['max'])).toBeNull(); // two substitutions
    expect(closestMatch('similarity.precsion', ['similarity.precision', 'similarity.recall'])).toBe('similarity.precision'); // one insertion
    expect(closestMatch('banana', ['drift.c2st-auc'])).toBeNull();
    expect(closestMatch('MAX', ['max'])).toBe('max');
  });
});
