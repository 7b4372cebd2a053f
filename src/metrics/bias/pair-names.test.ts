import { describe, expect, it } from 'vitest';
import { pairNames } from './pair-names.js';

const female = ['ann', 'beth', 'cleo', 'dora', 'eve'];
const male = ['al', 'bob', 'carl'];

describe('pairNames', () => {
  it('gives every name a partner of the other list', () => {
    const pairs = pairNames(female, male, 1);
    for (const f of female) expect(male).toContain(pairs.get(f));
    for (const m of male) expect(female).toContain(pairs.get(m));
  });

  it('pairs partners both ways, and maps the other names onto the partners', () => {
    const pairs = pairNames(female, male, 7, { female: ['ann', 'beth'], male: ['al', 'bob'] });
    for (const p of ['ann', 'beth', 'al', 'bob']) expect(pairs.get(pairs.get(p) as string)).toBe(p);
    for (const f of ['cleo', 'dora', 'eve']) expect(['al', 'bob']).toContain(pairs.get(f));
    expect(['ann', 'beth']).toContain(pairs.get('carl'));
  });

  it('is the same for the same seed, whatever the input order, and differs for another seed', () => {
    const a = pairNames(female, male, 3);
    expect([...pairNames([...female].reverse(), [...male].reverse(), 3)].sort()).toEqual([...a].sort());
    const differs = [4, 5, 6, 7, 8].some((seed) => [...pairNames(female, male, seed)].sort().join() !== [...a].sort().join());
    expect(differs).toBe(true);
  });

  it('ignores partners that are not in their list, falling back to the whole list', () => {
    const pairs = pairNames(female, male, 1, { female: ['zoe'], male: ['al'] });
    expect(pairs.get('ann')).toBe('al');
    expect(female).toContain(pairs.get('al'));
  });

  it('refuses an empty list and a name in both lists', () => {
    expect(() => pairNames([], male, 1)).toThrow(/two non-empty name lists, got 0 female and 3 male/);
    expect(() => pairNames(['al'], male, 1)).toThrow(/disjoint lists, but 'al' is in both/);
  });
});
