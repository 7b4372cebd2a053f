/**
 * Types of the dataset loader (`loadDataset`) and of what it returns.
 */

/** File formats `loadDataset` reads. */
export type DatasetFormat = 'jsonl' | 'json' | 'csv' | 'tsv';

/** What a column holds, as inferred over every valid row (rules in `column-profiler.ts`). */
export type ColumnKind = 'numeric' | 'categorical' | 'text' | 'other';

export interface ColumnInfo {
  /** Field name: a top-level key, a CSV header name, or the dotted path of a mapped field. */
  name: string;
  kind: ColumnKind;
  /** Valid rows where the value is absent, null, or an empty CSV/TSV cell. */
  missing: number;
}

export interface LoadDatasetOptions {
  /** 'auto' (default) detects the format from the extension and the first bytes. */
  format?: 'auto' | DatasetFormat;
  /** Field holding the text; dotted paths reach into nested objects (`meta.text`). Default 'text'. */
  textField?: string;
  /**
   * Field holding the label; default 'label'. `null` reads no label at all. A default label field
   * that is absent leaves every label null; one named explicitly must exist in a CSV/TSV header.
   */
  labelField?: string | null;
  /** Field holding a row id (ids are stringified and must be unique). Default: none, ids are `row-<line>`. */
  idField?: string | null;
  /** 'error' (default) throws on any invalid row; 'skip' drops them and lists them in `dataset.invalid`. */
  onInvalid?: 'error' | 'skip';
  /**
   * Column names for a CSV/TSV file that has no header row (e.g. `['label', 'text']`); when given,
   * the first line is data.
   */
  columns?: string[];
}

/** One valid row. */
export interface DatasetRow {
  /** 0-based position in `dataset.rows`. */
  index: number;
  /** 1-based line in the file where the row starts (for CSV/TSV, the first line of the record; the header is line 1). */
  line: number;
  /** The row's id (stringified) when an id field is set, else `row-<line>`. */
  id: string;
  text: string;
  /** Booleans become 'true' / 'false'; an empty string, null or a missing label is null. */
  label: string | number | null;
  /** Every other top-level field (numeric CSV/TSV columns as numbers, empty cells as null). */
  meta: Record<string, unknown>;
}

/** A row that was not loaded, and why. */
export interface InvalidRow {
  line: number;
  reason: string;
  /** The field the problem is in, when there is one. */
  column?: string;
}

export interface Dataset {
  /** The path as given to `loadDataset`. */
  path: string;
  format: DatasetFormat;
  /** Hex SHA-256 of the file's bytes (BOM included), computed while reading. */
  sha256: string;
  fields: { text: string; label: string | null; id: string | null };
  rows: DatasetRow[];
  /** Rows skipped under `onInvalid: 'skip'` (always empty under 'error', which throws instead). */
  invalid: InvalidRow[];
  /** Blank lines skipped (JSONL lines that are empty or whitespace, empty CSV/TSV lines). */
  blankLines: number;
  /** Mapped fields first (text, label, id), then the other fields in order of first appearance. */
  columns: ColumnInfo[];
}
