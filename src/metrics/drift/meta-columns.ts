import type { DatasetRow } from '../../io/types.js';

/** Up to this many distinct values a non-numeric column is categorical (the loader's rule too). */
const SMALL_CATEGORY_COUNT = 20;
/** Above this many distinct values a column is never categorical. */
const MAX_CATEGORIES = 1000;

export interface MetaColumns {
  /** Columns whose every present value, on every side, is a finite number. */
  numeric: string[];
  /** Columns of strings or booleans with few distinct values. */
  categorical: string[];
  /** Columns used by neither, with the reason. */
  ignored: Array<{ column: string; reason: string }>;
}

/**
 * Sorts the metadata columns (`row.meta`) of the given row sets into numeric and categorical
 * columns, by the rules of the loader's column profiler applied to all the sets together, so a
 * column has one kind in every pass: absent/null values are missing; any object or array value
 * makes a column unusable; all present values finite numbers → numeric; otherwise categorical when
 * it has at most 20 distinct values, or at most 1,000 making up at most half its present values;
 * else (names, ids, free text) ignored. Columns named in `exclude` are ignored with that reason.
 * Columns are listed in order of first appearance.
 *
 * @example
 * metaColumns([[{ meta: { age: 22, sex: 'male', name: 'Ann' } }, { meta: { age: null, sex: 'female', name: 'Bo' } }]] as DatasetRow[], [])
 * // { numeric: ['age'], categorical: ['sex'], ignored: [] }   (name: 2 distinct of 2 present ≤ 20 → categorical too)
 */
export function metaColumns(sets: ReadonlyArray<readonly DatasetRow[]>, exclude: readonly string[]): MetaColumns {
  interface State {
    present: number;
    numbers: number;
    objects: number;
    distinct: Set<string> | null;
  }
  const states = new Map<string, State>();
  for (const rows of sets) {
    for (const row of rows) {
      for (const [key, value] of Object.entries(row.meta)) {
        let s = states.get(key);
        if (!s) states.set(key, (s = { present: 0, numbers: 0, objects: 0, distinct: new Set() }));
        if (value === null || value === undefined) continue;
        s.present++;
        if (typeof value === 'number' && Number.isFinite(value)) s.numbers++;
        else if (typeof value === 'object') s.objects++;
        if (s.distinct) {
          s.distinct.add(typeof value === 'object' ? JSON.stringify(value) : `${typeof value}:${String(value)}`);
          if (s.distinct.size > MAX_CATEGORIES) s.distinct = null;
        }
      }
    }
  }
  const out: MetaColumns = { numeric: [], categorical: [], ignored: [] };
  for (const [column, s] of states) {
    if (exclude.includes(column)) out.ignored.push({ column, reason: 'excluded by the config (drift.excludeColumns)' });
    else if (s.present === 0) out.ignored.push({ column, reason: 'no values' });
    else if (s.objects > 0) out.ignored.push({ column, reason: 'holds objects or arrays' });
    else if (s.numbers === s.present) out.numeric.push(column);
    else if (s.distinct && (s.distinct.size <= SMALL_CATEGORY_COUNT || s.distinct.size <= s.present / 2)) out.categorical.push(column);
    else out.ignored.push({ column, reason: `free-form values (${s.distinct ? s.distinct.size : `over ${MAX_CATEGORIES}`} distinct of ${s.present}): names, ids or text` });
  }
  return out;
}
