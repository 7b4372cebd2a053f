import { describe, expect, it } from 'vitest';
import { createColumnProfiler, isNumericCell } from './column-profiler.js';

const noFields = { text: 'text', label: null, id: null };

function profile(rows: Record<string, unknown>[], numericStrings = false) {
  const p = createColumnProfiler(numericStrings);
  for (const meta of rows) p.observe(meta, null, false, undefined);
  return p.finish(noFields).slice(1); // drop the text column
}

describe('createColumnProfiler', () => {
  it('calls a JSON column of finite numbers numeric, and counts null or absent values as missing', () => {
    expect(profile([{ n: 1 }, { n: 2.5 }, { n: null }, {}])).toEqual([{ name: 'n', kind: 'numeric', missing: 2 }]);
  });

  it('does not call JSON strings of digits numeric (JSON has types), but does in CSV/TSV', () => {
    expect(profile([{ n: '1' }, { n: '2' }])[0].kind).toBe('categorical');
    expect(profile([{ n: '1' }, { n: ' 2 ' }, { n: '-3e2' }, { n: null }], true)).toEqual([{ name: 'n', kind: 'numeric', missing: 1 }]);
  });

  it('accepts only decimal notation as a numeric cell (no NaN, Infinity, hex, thousands separators, empty)', () => {
    for (const cell of ['0', '007', '-0.5', '.25', '+4', '1e3', '1E-3', ' 12 ']) expect(isNumericCell(cell)).toBe(true);
    for (const cell of ['NaN', 'Infinity', '0x1A', '1,000', '', ' ', '1e999', '1.2.3', '--1']) expect(isNumericCell(cell)).toBe(false);
  });

  it('calls up to 20 distinct strings categorical however few rows there are', () => {
    const rows = Array.from({ length: 20 }, (_, i) => ({ c: `v${i}` }));
    expect(profile(rows)[0].kind).toBe('categorical');
  });

  it('calls more than 20 distinct values categorical only when each repeats twice on average', () => {
    const half = Array.from({ length: 42 }, (_, i) => ({ c: `v${i % 21}` })); // 21 distinct in 42 rows
    expect(profile(half)[0].kind).toBe('categorical');
    const most = Array.from({ length: 41 }, (_, i) => ({ c: `v${i % 21}` })); // 21 distinct in 41 rows
    expect(profile(most)[0].kind).toBe('other');
  });

  it('calls many distinct values of three or more words on average text (prose), and short ones other', () => {
    const prose = Array.from({ length: 30 }, (_, i) => ({ c: `this is sentence ${i}` }));
    expect(profile(prose)[0].kind).toBe('text');
    const names = Array.from({ length: 30 }, (_, i) => ({ c: `name ${i}` }));
    expect(profile(names)[0].kind).toBe('other');
  });

  it('calls a column with any object or array, or with no value at all, other; booleans are categorical', () => {
    expect(profile([{ o: { a: 1 } }, { o: 'x' }])[0].kind).toBe('other');
    expect(profile([{ o: [1] }])[0].kind).toBe('other');
    expect(profile([{ o: null }, { o: null }])).toEqual([{ name: 'o', kind: 'other', missing: 2 }]);
    expect(profile([{ b: true }, { b: false }])[0].kind).toBe('categorical');
  });

  it('lists text, label and id first, the label as categorical even when numeric, then metadata in first-seen order', () => {
    const p = createColumnProfiler(false);
    p.observe({ z: 1 }, 1, true, 10);
    p.observe({ a: 'x', z: 2 }, null, true, 11);
    expect(p.finish({ text: 'body', label: 'y', id: 'key' })).toEqual([
      { name: 'body', kind: 'text', missing: 0 },
      { name: 'y', kind: 'categorical', missing: 1 },
      { name: 'key', kind: 'numeric', missing: 0 },
      { name: 'z', kind: 'numeric', missing: 0 },
      { name: 'a', kind: 'categorical', missing: 1 },
    ]);
    expect(p.numeric()).toEqual({ columns: ['z'], label: true });
    expect(p.labelPresence()).toBe(2);
  });
});
