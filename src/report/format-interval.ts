import { formatNumber } from './format-number.js';

/**
 * A confidence interval as the report prints it, "[lo, hi]", or "" when there is none.
 *
 * @example
 * formatInterval({ lo: 0.6633, hi: 0.77 });
 * // '[0.663, 0.770]'
 */
export function formatInterval(ci: { lo: number; hi: number } | null | undefined): string {
  return ci ? `[${formatNumber(ci.lo)}, ${formatNumber(ci.hi)}]` : '';
}
