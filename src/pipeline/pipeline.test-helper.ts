import type { Dataset } from '../io/types.js';

/** A small in-memory real Dataset for the pipeline's unit tests: [id, text, label] per row. */
export function realOf(rows: ReadonlyArray<readonly [string, string, string]>): Dataset {
  return {
    path: 'real.jsonl',
    format: 'jsonl',
    sha256: 'b'.repeat(64),
    fields: { text: 'text', label: 'label', id: 'id' },
    rows: rows.map(([id, text, label], i) => ({ index: i, line: i + 1, id, text, label, meta: {} })),
    invalid: [],
    blankLines: 0,
    columns: [],
  };
}
