import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { METRICS } from '../../src/core/evaluate/registry.js';
import { DEFAULT_POLICY_YAML } from '../../src/gate/default-policy.js';
import { parsePolicy } from '../../src/gate/parse-policy.js';

const known = METRICS.map((m) => m.id);
const fixtures = readdirSync('fixtures/policies').filter((f) => f.endsWith('.yaml'));

describe('the default policy and the example policies', () => {
  it('the default policy is valid against the registered metrics, and every check has a comment above it', () => {
    const policy = parsePolicy(DEFAULT_POLICY_YAML, { knownMetricIds: known });
    expect(policy.name).toBe('synthscope-default');
    expect(policy.onMissing).toBe('warn');
    const lines = DEFAULT_POLICY_YAML.split('\n');
    lines.forEach((line, i) => {
      if (line.startsWith('  - metric:')) expect(lines[i - 1].trim().startsWith('#'), `no comment above line ${i + 1}: ${line}`).toBe(true);
    });
    expect(policy.checks).toHaveLength(lines.filter((l) => l.startsWith('  - metric:')).length);
  });

  it('has the four example policies the docs name', () => {
    expect(fixtures.sort()).toEqual(['lenient.yaml', 'per-label.yaml', 'relative-to-baseline.yaml', 'strict.yaml']);
  });

  it.each(fixtures)('%s is valid against the registered metrics', (file) => {
    const policy = parsePolicy(readFileSync(join('fixtures/policies', file), 'utf8'), { knownMetricIds: known });
    expect(policy.name).toBe(file.replace(/\.yaml$/, ''));
  });
});
