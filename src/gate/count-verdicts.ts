import type { GateCheck } from './evaluate-gate.js';

/**
 * How many checks have each verdict, for summary lines and JUnit counts.
 *
 * @example
 * countVerdicts(gate.checks); // { pass: 10, fail: 1, warn: 2, skipped: 0 }
 */
export function countVerdicts(checks: readonly Pick<GateCheck, 'verdict'>[]): { pass: number; fail: number; warn: number; skipped: number } {
  const counts = { pass: 0, fail: 0, warn: 0, skipped: 0 };
  for (const c of checks) counts[c.verdict]++;
  return counts;
}
