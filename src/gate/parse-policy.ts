import { LineCounter, parseDocument } from 'yaml';
import { InvalidArgumentError } from '../core/errors.js';
import { policyInvalid, policyYaml } from '../core/messages.js';
import { policySchemaFor, type Policy } from './policy-schema.js';

export interface ParsePolicyOptions {
  /** The metric ids a check may name (those in the results to gate); unchecked when absent. */
  knownMetricIds?: readonly string[];
}

/**
 * Validates a gate policy, given as YAML or JSON text or as an object, and applies its defaults
 * (`onMissing: warn`, `severity: fail`, `significant: false`, `perLabel: false`). The semantics
 * of each key are documented on `PolicySchema`. For files, the CLI reads the policy with
 * `readConfigFile`, whose errors also name the line.
 *
 * Throws `InvalidArgumentError` naming the key path of the first problems
 * ("parsePolicy: invalid policy: checks.0.max: Invalid input: expected number, received string").
 *
 * Reference: the `yaml` package 2.x (YAML 1.2, so JSON text parses too) and zod 4.
 *
 * @example
 * parsePolicy('checks:\n  - metric: privacy.exact-copy-rate\n    max: 0\n');
 * // { onMissing: 'warn',
 * //   checks: [{ metric: 'privacy.exact-copy-rate', perLabel: false, max: 0, significant: false, severity: 'fail' }] }
 */
export function parsePolicy(input: unknown, options: ParsePolicyOptions = {}): Policy {
  let value = input;
  if (typeof input === 'string') {
    const lineCounter = new LineCounter();
    const doc = parseDocument(input, { lineCounter, prettyErrors: false });
    if (doc.errors.length > 0) {
      const first = doc.errors[0];
      throw new InvalidArgumentError(policyYaml('parsePolicy', lineCounter.linePos(first.pos[0]).line, first.message.split('\n')[0]));
    }
    value = doc.toJS() ?? {};
  }
  const parsed = policySchemaFor(options.knownMetricIds).safeParse(value);
  if (parsed.success) return parsed.data;
  const [first, ...more] = parsed.error.issues.map((issue) => ({ key: issue.path.map(String).join('.') || '(top level)', message: issue.message }));
  throw new InvalidArgumentError(policyInvalid('parsePolicy', first.key, first.message) + more.slice(0, 2).map((i) => `; ${i.key}: ${i.message}`).join(''));
}
