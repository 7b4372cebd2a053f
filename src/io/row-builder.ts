import { reasonDuplicateId } from '../core/messages.js';
import { createColumnProfiler } from './column-profiler.js';
import type { ColumnInfo, DatasetRow, InvalidRow } from './types.js';
import { validateRow, type CompiledFields } from './validate-row.js';

/** What the readers (JSONL, JSON, CSV/TSV) feed, one call per line or record. */
export interface RowBuilder {
  /** A parsed record that starts at `line` (1-based). */
  add(record: unknown, line: number): void;
  /** A line or record that could not even be parsed. */
  reject(line: number, reason: string, column?: string): void;
  /** A blank line that was skipped. */
  blank(): void;
  finish(): BuiltRows;
}

export interface BuiltRows {
  rows: DatasetRow[];
  invalid: InvalidRow[];
  blankLines: number;
  columns: ColumnInfo[];
  /** The label field, or null when it was the default and no row had it. */
  labelField: string | null;
  /** Rows in which the label field was present (0 means no row had it). */
  labelPresence: number;
  /** Keys of the first record that was an object (for "no such field" hints). */
  firstKeys: string[];
  /** Valid rows plus invalid rows: every record the file held. */
  records: number;
}

/**
 * Collects rows from a reader: validates each record (`validateRow`), enforces unique ids,
 * profiles the columns, and at the end converts numeric CSV/TSV columns (and a numeric label
 * column) from strings to numbers. `numericStrings` is true for CSV/TSV, where every value is a
 * string and an empty cell has already been turned into null by the reader.
 *
 * @example
 * const b = createRowBuilder(compileFields({ text: 'text', label: 'label', id: null }), false);
 * b.add({ text: 'hi', label: 'a', n: 1 }, 1);
 * b.finish().rows; // [{ index: 0, line: 1, id: 'row-1', text: 'hi', label: 'a', meta: { n: 1 } }]
 */
export function createRowBuilder(fields: CompiledFields, numericStrings: boolean): RowBuilder {
  const rows: DatasetRow[] = [];
  const invalid: InvalidRow[] = [];
  const profiler = createColumnProfiler(numericStrings);
  const seenIds = fields.id === null ? null : new Map<string, number>();
  let blankLines = 0;
  let firstKeys: string[] | null = null;

  return {
    add(record, line) {
      if (firstKeys === null && record !== null && typeof record === 'object' && !Array.isArray(record)) {
        firstKeys = Object.keys(record);
      }
      const checked = validateRow(record, fields);
      if (!checked.ok) {
        invalid.push(checked.column === undefined ? { line, reason: checked.reason } : { line, reason: checked.reason, column: checked.column });
        return;
      }
      let id = checked.id;
      if (seenIds !== null && id !== null) {
        const first = seenIds.get(id);
        if (first !== undefined) {
          invalid.push({ line, reason: reasonDuplicateId(id, first), column: fields.names.id ?? undefined });
          return;
        }
        seenIds.set(id, line);
      } else {
        id = `row-${line}`;
      }
      profiler.observe(checked.meta, checked.label, checked.labelPresent, checked.rawId);
      rows.push({ index: rows.length, line, id, text: checked.text, label: checked.label, meta: checked.meta });
    },
    reject(line, reason, column) {
      invalid.push(column === undefined ? { line, reason } : { line, reason, column });
    },
    blank() {
      blankLines++;
    },
    finish() {
      if (numericStrings) {
        const numeric = profiler.numeric();
        if (numeric.columns.length > 0 || numeric.label) {
          for (const row of rows) {
            for (const name of numeric.columns) {
              const value = row.meta[name];
              if (typeof value === 'string') row.meta[name] = Number(value);
            }
            if (numeric.label && typeof row.label === 'string') row.label = Number(row.label);
          }
        }
      }
      const labelPresence = profiler.labelPresence();
      const names = fields.names;
      const labelField = labelPresence > 0 ? names.label : null;
      const columns = profiler.finish({ text: names.text, label: labelField, id: names.id });
      return { rows, invalid, blankLines, columns, labelField, labelPresence, firstKeys: firstKeys ?? [], records: rows.length + invalid.length };
    },
  };
}
