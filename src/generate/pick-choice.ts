import { InvalidArgumentError } from '../core/errors.js';
import type { Rng } from '../core/rng.js';
import type { Choice } from './config-schema.js';

/** The text of a choice, weighted or not. */
export const choiceValue = (choice: Choice): string => (typeof choice === 'string' ? choice : choice.value);

/**
 * Draws one alternative with probability proportional to its weight (1 when unweighted), using
 * one `rng.next()` draw: the first alternative whose cumulative weight exceeds u · total, the
 * inverse-CDF method (Devroye 1986, "Non-Uniform Random Variate Generation", §III.2.1).
 *
 * @example
 * pickChoice(['a', { value: 'b', weight: 3 }], createRng(1)); // 'b' three times in four
 */
export function pickChoice(choices: readonly Choice[], rng: Rng): string {
  if (!Array.isArray(choices) || choices.length === 0) throw new InvalidArgumentError('pickChoice needs at least one alternative');
  let total = 0;
  for (const c of choices) total += typeof c === 'string' ? 1 : c.weight;
  const u = rng.next() * total;
  let running = 0;
  for (const c of choices) {
    running += typeof c === 'string' ? 1 : c.weight;
    if (u < running) return choiceValue(c);
  }
  // u < total always holds; rounding in the running sum can leave u just above the last bound.
  return choiceValue(choices[choices.length - 1]);
}
