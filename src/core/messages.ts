/**
 * Every user-facing message synthscope prints, in one flat list grouped by topic (STYLE.md,
 * after vega-lite's `log/message.ts`). Code elsewhere builds errors from these and never
 * spells wording of its own, so a message can be reworded in one place.
 */

const plural = (n: number, one: string, many = `${one}s`): string => `${n} ${n === 1 ? one : many}`;

// ---------------------------------------------------------------------------------------------
// io: loadDataset options (InvalidArgumentError, code USAGE)
// ---------------------------------------------------------------------------------------------

export const badFormatOption = (value: unknown): string =>
  `loadDataset format must be one of auto, jsonl, json, csv, tsv; got ${JSON.stringify(value)}`;
export const badOnInvalidOption = (value: unknown): string =>
  `loadDataset onInvalid must be 'error' or 'skip'; got ${JSON.stringify(value)}`;
export const badFieldOption = (option: string, value: unknown): string =>
  `loadDataset ${option} must be a non-empty field name; got ${JSON.stringify(value)}`;
export const sameFieldTwice = (a: string, b: string, field: string): string =>
  `loadDataset ${a} and ${b} name the same field "${field}"`;
export const badColumnsOption = (value: unknown): string =>
  `loadDataset columns must be a list of distinct non-empty names; got ${JSON.stringify(value)}`;
export const columnsNeedDelimited = (format: string): string =>
  `loadDataset columns only applies to CSV and TSV files, not ${format}`;
export const badPathArgument = (value: unknown): string =>
  `loadDataset needs a file path; got ${JSON.stringify(value)}`;

// ---------------------------------------------------------------------------------------------
// io: a file that cannot be read at all (SynthscopeError, code INPUT)
// ---------------------------------------------------------------------------------------------

export const cannotRead = (path: string, why: string): string => `cannot read ${path}: ${why}`;
export const whyNoSuchFile = 'no such file';
export const whyDirectory = 'it is a directory, not a file';
export const whyPermission = 'permission denied';
export const whyNotRegularFile = 'not a regular file';
export const whyEmptyFile = 'the file is empty';
export const whyOnlyBlankLines = (blank: number): string => `no rows, only ${plural(blank, 'blank line')}`;
export const whyNoRows = 'no rows';
export const whyHeaderOnly = 'a header but no rows';
export const whyOther = (detail: string): string => detail;
export const whyJsonTooLarge = (megabytes: number, limitMegabytes: number): string =>
  `${megabytes} MB is over the ${limitMegabytes} MB limit for a JSON array, which is read whole; ` +
  'convert it to JSONL (one object per line), which is streamed';
export const whyJsonNotArray = (found: string): string =>
  `expected a JSON array of objects, found ${found} (for one object per line, name the file .jsonl or pass format 'jsonl')`;
export const whyJsonSyntax = (line: number, detail: string): string => `invalid JSON at line ${line}: ${detail}`;
export const jsonArrayNotClosed = 'the array is not closed';
export const jsonEmptyElement = 'an empty element (a trailing or doubled comma?)';
export const jsonAfterArray = 'more content after the closing ]';
export const jsonFoundObject = 'an object';
export const jsonFoundNothing = 'only whitespace';
export const jsonFoundOther = (start: string): string => `text starting with ${JSON.stringify(start)}`;
export const whyInvalidUtf8Line = (line: number): string => `invalid UTF-8 at line ${line}`;
export const whyMissingColumn = (option: string, field: string, columns: readonly string[]): string =>
  `no column "${field}" for ${option} (columns: ${columns.join(', ')})`;
export const whyBadHeader = (reason: string): string => `unreadable header: ${reason}`;
export const whyDuplicateHeader = (name: string): string => `the header names column "${name}" twice`;
export const whyNoLabelField = (field: string, seen: readonly string[]): string =>
  `no row has the label field "${field}"` + (seen.length > 0 ? ` (fields in the first row: ${seen.join(', ')})` : '') +
  '; choose another with labelField (--label-field), or leave it unset for unlabeled data';
export const whyNoTextField = (field: string, seen: readonly string[]): string =>
  `no row has the text field "${field}"` + (seen.length > 0 ? ` (fields in the first row: ${seen.join(', ')})` : '') +
  '; choose another with textField (--text-field)';

// ---------------------------------------------------------------------------------------------
// io: invalid rows (SynthscopeError, code INVALID_ROWS)
// ---------------------------------------------------------------------------------------------

/** One line: "data.jsonl: 3 invalid rows (first at line 7: invalid JSON)". */
export const invalidRowsSummary = (path: string, count: number, firstLine: number, firstReason: string): string =>
  `${path}: ${plural(count, 'invalid row')} (first at line ${firstLine}: ${firstReason})`;
/** Same, when no row at all was valid. */
export const noValidRowsSummary = (path: string, count: number, firstLine: number, firstReason: string): string =>
  `${path}: no valid rows, all ${plural(count, 'row')} invalid (first at line ${firstLine}: ${firstReason})`;
/** A detail line under the message: "data.jsonl:7: invalid JSON". */
export const invalidRowDetail = (path: string, line: number, reason: string): string => `${path}:${line}: ${reason}`;
export const moreInvalidRows = (more: number): string => `… and ${more} more`;

// Reasons a row is invalid (InvalidRow.reason).
export const reasonInvalidJson = 'invalid JSON';
export const reasonInvalidUtf8 = 'invalid UTF-8';
export const reasonNotObject = (found: string): string => `not a JSON object (found ${found})`;
export const reasonMissingText = (field: string): string => `missing text (no field "${field}")`;
export const reasonNonStringText = (found: string): string => `non-string text (found ${found})`;
export const reasonEmptyText = 'empty text';
export const reasonLabelType = (found: string): string => `label of the wrong type (${found})`;
export const reasonMissingId = (field: string): string => `missing id (no field "${field}")`;
export const reasonIdType = (found: string): string => `id of the wrong type (${found})`;
export const reasonDuplicateId = (id: string, firstLine: number): string =>
  `duplicate id ${JSON.stringify(id)} (first at line ${firstLine})`;
export const reasonFieldCount = (got: number, expected: number): string =>
  `${plural(got, 'field')}, the header has ${expected}`;
export const reasonCsvUnclosedQuote = 'unclosed quote (the record runs to the end of the file)';
export const reasonCsvSyntax = (detail: string): string => `invalid CSV: ${detail}`;

// ---------------------------------------------------------------------------------------------
// embeddings (SynthscopeError, codes MODEL_NOT_FOUND, EMBEDDER, USAGE)
// ---------------------------------------------------------------------------------------------

export const modelNotFound = (model: string, cacheDir: string, localOnly: boolean): string =>
  `cannot load embedding model "${model}": not found as a local folder or in the cache ${cacheDir}` +
  (localOnly ? ' (remote download disabled)' : ' and it could not be downloaded') +
  '; check the id, or put the model folder (config.json, tokenizer.json, onnx/model.onnx) at that path';
export const unknownEmbedder = (id: string): string =>
  `unknown embedder "${id}": use 'builtin', a transformers.js model id or folder, or 'openai:<model>'`;
export const embeddingAborted = 'embedding was cancelled';
export const builtinBuildFailed = (folder: string, why: string): string =>
  `cannot build the builtin embedding model in ${folder}: ${why}`;
