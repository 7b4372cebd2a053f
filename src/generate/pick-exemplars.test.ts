import { describe, expect, it } from 'vitest';
import { createRng } from '../core/rng.js';
import { pickExemplars } from './pick-exemplars.js';

const rows = [
  { id: 'a', text: 'good', label: 'pos' },
  { id: 'b', text: 'bad', label: 'neg' },
  { id: 'c', text: 'great', label: 'pos' },
  { id: 'd', text: 'fine', label: null },
  { id: 'e', text: 'one', label: 1 },
];

describe('pickExemplars', () => {
  it('draws k distinct rows of the item label when there are some', () => {
    const picked = pickExemplars(rows, 2, createRng(3), 'pos');
    expect(picked.map((r) => r.id).sort()).toEqual(['a', 'c']);
  });

  it('compares labels as strings, so a number label matches its config name', () => {
    expect(pickExemplars(rows, 1, createRng(3), '1').map((r) => r.id)).toEqual(['e']);
  });

  it('falls back to all rows for an unseen label, and gives all rows when k exceeds them', () => {
    const picked = pickExemplars(rows, 10, createRng(9), 'unseen');
    expect(picked).toHaveLength(5);
    expect(new Set(picked.map((r) => r.id)).size).toBe(5);
  });

  it('draws every 2-subset of 4 rows about equally often (uniform without replacement)', () => {
    const four = rows.slice(0, 4);
    const counts = new Map<string, number>();
    const rng = createRng(11);
    const n = 12_000;
    for (let i = 0; i < n; i++) {
      const key = pickExemplars(four, 2, rng).map((r) => r.id).sort().join('');
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
    // C(4,2) = 6 subsets, expected 2000 each; sd ≈ sqrt(2000·5/6) ≈ 41, so ±200 is about five sd.
    expect(counts.size).toBe(6);
    for (const c of counts.values()) expect(Math.abs(c - 2000)).toBeLessThan(200);
  });

  it('returns nothing for k = 0 or no rows', () => {
    expect(pickExemplars(rows, 0, createRng(1))).toEqual([]);
    expect(pickExemplars([], 3, createRng(1))).toEqual([]);
  });
});
