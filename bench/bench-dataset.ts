import type { Dataset, DatasetRow } from '../src/io/types.js';

/** An in-memory JSONL dataset (text and label fields, no id field) over `rows`. */
export function benchDataset(path: string, rows: DatasetRow[]): Dataset {
  return { path, format: 'jsonl', sha256: '', fields: { text: 'text', label: 'label', id: null }, rows, invalid: [], blankLines: 0, columns: [] };
}
