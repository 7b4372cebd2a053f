import { InvalidArgumentError } from '../../core/errors.js';
import { createRng } from '../../core/rng.js';

const byCodePoint = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * A seeded pairing of female with male first names for counterfactual swaps. Both lists are
 * sorted, deduplicated and shuffled with `createRng(seed)` (female first, then male); the i-th
 * female name pairs with the i-th male name. The longer list wraps around: its i-th name maps to
 * the other list's name at i mod (its length), so every name has a partner, while a name of the
 * shorter list maps back to its own partner. Same lists and seed, same pairing.
 *
 * @param female - lowercase female names (no name may be in both lists)
 * @param male - lowercase male names
 * @param seed - the pairing seed (`bias.namePairingSeed`)
 * @returns name → partner, for every name of both lists
 * @throws InvalidArgumentError when a list is empty or a name is in both
 * @example
 * pairNames(['ann', 'beth', 'cleo'], ['al', 'bob'], 1);
 * // Map { 'ann' → 'bob', 'beth' → 'al', 'cleo' → 'bob', 'bob' → 'ann', 'al' → 'beth' } (one seeded draw)
 */
export function pairNames(female: readonly string[], male: readonly string[], seed: number): Map<string, string> {
  if (female.length === 0 || male.length === 0) {
    throw new InvalidArgumentError(`pairNames needs two non-empty name lists, got ${female.length} female and ${male.length} male names`);
  }
  const f = [...new Set(female)].sort(byCodePoint);
  const m = [...new Set(male)].sort(byCodePoint);
  const maleSet = new Set(m);
  const both = f.find((name) => maleSet.has(name));
  if (both !== undefined) throw new InvalidArgumentError(`pairNames needs disjoint lists, but '${both}' is in both`);
  const rng = createRng(seed);
  rng.shuffle(f);
  rng.shuffle(m);
  const pairs = new Map<string, string>();
  for (let i = 0; i < f.length; i++) pairs.set(f[i], m[i % m.length]);
  for (let i = 0; i < m.length; i++) pairs.set(m[i], f[i % f.length]);
  return pairs;
}
