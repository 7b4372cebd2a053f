import { InvalidArgumentError } from '../../core/errors.js';
import { createRng } from '../../core/rng.js';

const byCodePoint = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Names partners are drawn from, per gender (e.g. everyday names); each must be in its list. */
export interface NamePartners {
  female: readonly string[];
  male: readonly string[];
}

/**
 * A seeded pairing of female with male first names for counterfactual swaps. Partners are drawn
 * from `partners` (every name of the other list when not given). The partner lists are sorted,
 * deduplicated and shuffled with `createRng(seed)` and paired index by index, so a partner
 * maps back to its own partner (the longer partner list wraps around); every other name is placed
 * by a seeded shuffle of its list and maps to the partner at its position modulo the partner
 * list's length. Same lists and seed, same pairing.
 *
 * @param female - lowercase female names (no name may be in both lists)
 * @param male - lowercase male names
 * @param seed - the pairing seed (`bias.namePairingSeed`)
 * @param partners - lowercase names to swap to; those not in their list are ignored
 * @returns name → partner, for every name of both lists
 * @throws InvalidArgumentError when a list is empty or a name is in both
 * @example
 * pairNames(['ann', 'beth', 'cleo'], ['al', 'bob'], 1, { female: ['ann', 'beth'], male: ['al', 'bob'] });
 * // Map { 'beth' → 'bob', 'bob' → 'beth', 'ann' → 'al', 'al' → 'ann', 'cleo' → 'al' }
 */
export function pairNames(female: readonly string[], male: readonly string[], seed: number, partners?: NamePartners): Map<string, string> {
  if (female.length === 0 || male.length === 0) {
    throw new InvalidArgumentError(`pairNames needs two non-empty name lists, got ${female.length} female and ${male.length} male names`);
  }
  const f = [...new Set(female)].sort(byCodePoint);
  const m = [...new Set(male)].sort(byCodePoint);
  const femaleSet = new Set(f);
  const maleSet = new Set(m);
  const both = f.find((name) => maleSet.has(name));
  if (both !== undefined) throw new InvalidArgumentError(`pairNames needs disjoint lists, but '${both}' is in both`);
  const pick = (list: readonly string[] | undefined, within: Set<string>, all: string[]) => {
    const kept = [...new Set(list ?? [])].filter((n) => within.has(n)).sort(byCodePoint);
    return kept.length > 0 ? kept : [...all];
  };
  const pf = pick(partners?.female, femaleSet, f);
  const pm = pick(partners?.male, maleSet, m);
  const rng = createRng(seed);
  rng.shuffle(pf);
  rng.shuffle(pm);
  rng.shuffle(f);
  rng.shuffle(m);
  const pairs = new Map<string, string>();
  const k = Math.max(pf.length, pm.length);
  for (let i = 0; i < k; i++) {
    if (i < pf.length) pairs.set(pf[i], pm[i % pm.length]);
    if (i < pm.length) pairs.set(pm[i], pf[i % pf.length]);
  }
  for (const [i, name] of f.entries()) if (!pairs.has(name)) pairs.set(name, pm[i % pm.length]);
  for (const [i, name] of m.entries()) if (!pairs.has(name)) pairs.set(name, pf[i % pf.length]);
  return pairs;
}
