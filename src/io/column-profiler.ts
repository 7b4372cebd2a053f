import { countWords } from './count-words.js';
import type { ColumnInfo, ColumnKind } from './types.js';

/** Above this many distinct values a column is never categorical (and counting stops). */
export const MAX_CATEGORIES = 1000;
/** Up to this many distinct values a column of strings is always categorical. */
export const SMALL_CATEGORY_COUNT = 20;
/** Mean number of whitespace-separated words from which a string column counts as prose. */
export const TEXT_MEAN_WORDS = 3;

const NUMERIC_CELL = /^\s*[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?\s*$/;

/** Whether a CSV/TSV cell is a number: decimal notation, optional sign and exponent, finite. */
export function isNumericCell(cell: string): boolean {
  return NUMERIC_CELL.test(cell) && Number.isFinite(Number(cell));
}

interface ColumnState {
  name: string;
  /** Rows with a value that is not null/undefined (CSV empty cells arrive as null). */
  present: number;
  /** Values that are finite numbers (JSON) or numeric cells (CSV/TSV). */
  numbers: number;
  /** Values that are objects or arrays. */
  objects: number;
  /** Distinct values as strings, until there are more than MAX_CATEGORIES (then null). */
  distinct: Set<string> | null;
  /** Sum over present values of their word count (1 for a non-string scalar). */
  words: number;
}

export interface ColumnProfiler {
  /** Records one valid row's values: its metadata, label and raw id. */
  observe(meta: Record<string, unknown>, label: string | number | null, labelPresent: boolean, id: unknown): void;
  /** Column names of the numeric metadata columns, and whether every present label is numeric. */
  numeric(): { columns: string[]; label: boolean };
  /** Rows in which the label field was present (even if null). */
  labelPresence(): number;
  /** The inferred columns: text, label (if any), id (if any), then metadata in first-seen order. */
  finish(fields: { text: string; label: string | null; id: string | null }): ColumnInfo[];
}

/**
 * Infers each column's kind over every valid row, in one streaming pass with bounded memory
 * (distinct values are counted only up to MAX_CATEGORIES). The rules, in order:
 * - the text field is `text` and the label field `categorical` (labels are classes even when
 *   they are numbers), whatever their values;
 * - no value in any row (all missing): `other`;
 * - any object or array value: `other`;
 * - every present value a finite number: `numeric`. In JSON that means JSON numbers; in CSV/TSV
 *   (`numericStrings`) every non-empty cell must read as a decimal number (`12`, `-0.5`, `1e3`,
 *   surrounding spaces allowed; not `NaN`, `Infinity`, `0x1A` or `1,000`), and such columns
 *   are then stored as numbers;
 * - otherwise (strings, booleans, mixed scalars): `categorical` when it has at most
 *   SMALL_CATEGORY_COUNT (20) distinct values, or at most MAX_CATEGORIES (1000) that make up at
 *   most half of its present values (each value repeats twice on average); else `text` when the
 *   values average at least TEXT_MEAN_WORDS (3) whitespace-separated words (prose); else `other`
 *   (short free-form values such as names, tickets or ids).
 * `missing` counts rows where the value is absent, null, or an empty CSV/TSV cell.
 *
 * @example
 * const p = createColumnProfiler(true);
 * p.observe({ age: '22', sex: 'male' }, null, false, undefined);
 * p.observe({ age: null, sex: 'female' }, null, false, undefined); // an empty cell arrives as null
 * p.finish({ text: 'text', label: null, id: null });
 * // [{ name: 'text', kind: 'text', missing: 0 }, { name: 'age', kind: 'numeric', missing: 1 },
 * //  { name: 'sex', kind: 'categorical', missing: 0 }]
 */
export function createColumnProfiler(numericStrings: boolean): ColumnProfiler {
  const columns = new Map<string, ColumnState>();
  let rows = 0;
  let labelsPresent = 0;
  let labelValues = 0;
  let labelNumbers = 0;
  const idColumn = newState('');

  const observeValue = (state: ColumnState, value: unknown): void => {
    if (value === null || value === undefined) return;
    state.present++;
    let key: string;
    if (typeof value === 'string') {
      if (numericStrings && isNumericCell(value)) state.numbers++;
      state.words += countWords(value);
      key = value;
    } else if (typeof value === 'object') {
      state.objects++;
      return;
    } else {
      if (typeof value === 'number' && Number.isFinite(value)) state.numbers++;
      state.words += 1;
      key = String(value);
    }
    const distinct = state.distinct;
    if (distinct !== null && !distinct.has(key)) {
      if (distinct.size >= MAX_CATEGORIES) state.distinct = null;
      else distinct.add(key);
    }
  };

  return {
    observe(meta, label, labelPresent, id) {
      rows++;
      for (const name in meta) {
        let state = columns.get(name);
        if (state === undefined) {
          state = newState(name);
          columns.set(name, state);
        }
        observeValue(state, meta[name]);
      }
      if (labelPresent) labelsPresent++;
      if (label !== null) {
        labelValues++;
        if (typeof label === 'number' || (numericStrings && isNumericCell(label))) labelNumbers++;
      }
      if (id !== undefined) observeValue(idColumn, id);
    },
    numeric() {
      const numericColumns: string[] = [];
      for (const state of columns.values()) {
        if (state.present > 0 && state.objects === 0 && state.numbers === state.present) numericColumns.push(state.name);
      }
      return { columns: numericColumns, label: labelValues > 0 && labelNumbers === labelValues };
    },
    labelPresence: () => labelsPresent,
    finish(fields) {
      const out: ColumnInfo[] = [{ name: fields.text, kind: 'text', missing: 0 }];
      if (fields.label !== null) out.push({ name: fields.label, kind: 'categorical', missing: rows - labelValues });
      if (fields.id !== null) out.push({ name: fields.id, kind: kindOf(idColumn), missing: rows - idColumn.present });
      for (const state of columns.values()) {
        out.push({ name: state.name, kind: kindOf(state), missing: rows - state.present });
      }
      return out;
    },
  };
}

function newState(name: string): ColumnState {
  return { name, present: 0, numbers: 0, objects: 0, distinct: new Set(), words: 0 };
}

function kindOf(state: ColumnState): ColumnKind {
  if (state.present === 0 || state.objects > 0) return 'other';
  if (state.numbers === state.present) return 'numeric';
  const distinct = state.distinct === null ? Infinity : state.distinct.size;
  if (distinct <= SMALL_CATEGORY_COUNT || 2 * distinct <= state.present) return 'categorical';
  if (state.words / state.present >= TEXT_MEAN_WORDS) return 'text';
  return 'other';
}
