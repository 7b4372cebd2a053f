import { describe, expect, it } from 'vitest';
import type { DatasetRow } from '../../io/types.js';
import { metaColumns } from './meta-columns.js';

const rows = (metas: Array<Record<string, unknown>>): DatasetRow[] =>
  metas.map((meta, i) => ({ index: i, line: i + 1, id: `row-${i + 1}`, text: 't', label: null, meta }));

describe('metaColumns', () => {
  it('calls a column numeric when every present value on every side is a finite number (nulls are missing)', () => {
    const r = metaColumns([rows([{ age: 22 }, { age: null }]), rows([{ age: 40.5 }, {}])], []);
    expect(r.numeric).toEqual(['age']);
  });

  it('calls strings with few distinct values categorical, and numbers mixed with strings too', () => {
    const r = metaColumns([rows([{ sex: 'male', code: 1 }, { sex: 'female', code: 'x' }])], []);
    expect(r.categorical).toEqual(['sex', 'code']);
    expect(r.numeric).toEqual([]);
  });

  it('ignores free-form columns (over 20 distinct values making up more than half the values), objects and empty columns', () => {
    const many = Array.from({ length: 30 }, (_, i) => ({ name: `person ${i}`, tags: ['a'], empty: null }));
    const r = metaColumns([rows(many)], []);
    expect(r.categorical).toEqual([]);
    expect(r.ignored.map((c) => c.column)).toEqual(['name', 'tags', 'empty']);
    expect(r.ignored[0].reason).toMatch(/30 distinct of 30/);
  });

  it('keeps a column with up to 1,000 distinct values categorical when each repeats twice on average', () => {
    const r = metaColumns([rows(Array.from({ length: 100 }, (_, i) => ({ city: `c${i % 50}` })))], []);
    expect(r.categorical).toEqual(['city']);
  });

  it('leaves out excluded columns with the reason', () => {
    const r = metaColumns([rows([{ id: 1, age: 3 }])], ['id']);
    expect(r.numeric).toEqual(['age']);
    expect(r.ignored).toEqual([{ column: 'id', reason: 'excluded by the config (drift.excludeColumns)' }]);
  });
});
