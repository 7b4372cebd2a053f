/**
 * loadDataset: one file in, one validated Dataset out.
 *
 *   options ──check──▶ stat (missing / directory / empty → INPUT)
 *                         │
 *                  detectFormat(extension, first 64 KiB)
 *                         │
 *        ┌────────────────┼─────────────────────┐
 *   readJsonl         readJsonArray        readDelimited (csv-parse)
 *   (readLines:       (whole file,         (readLines bytes → parser,
 *    streamed)         ≤ 512 MB)             streamed)
 *        └────────────────┼─────────────────────┘
 *                         ▼
 *   RowBuilder: validateRow → unique ids → ColumnProfiler → numeric CSV columns
 *                         │
 *   no rows → INPUT · invalid rows → INVALID_ROWS (or kept in `invalid` with onInvalid: 'skip')
 */
import { open, stat } from 'node:fs/promises';
import { InvalidArgumentError, SynthscopeError } from '../core/errors.js';
import {
  badColumnsOption,
  badFieldOption,
  badFormatOption,
  badOnInvalidOption,
  badPathArgument,
  cannotRead,
  columnsNeedDelimited,
  reasonMissingText,
  sameFieldTwice,
  whyDirectory,
  whyEmptyFile,
  whyHeaderOnly,
  whyNoLabelField,
  whyNoRows,
  whyNoSuchFile,
  whyNoTextField,
  whyNotRegularFile,
  whyOnlyBlankLines,
  whyOther,
  whyPermission,
} from '../core/messages.js';
import { readDelimited } from './csv-reader.js';
import { detectFormat, SNIFF_BYTES } from './detect-format.js';
import { invalidRowsError } from './invalid-rows-error.js';
import { readJsonArray } from './json-reader.js';
import { readJsonl } from './jsonl-reader.js';
import { createRowBuilder } from './row-builder.js';
import type { Dataset, DatasetFormat, LoadDatasetOptions } from './types.js';
import { compileFields } from './validate-row.js';

const FORMATS = ['auto', 'jsonl', 'json', 'csv', 'tsv'] as const;

/**
 * Loads a dataset file (JSONL, JSON array, CSV or TSV) into validated rows with text, label, id
 * and metadata, plus inferred column kinds, the file's SHA-256 and every invalid row.
 *
 * Reading. UTF-8 with or without a BOM, LF or CRLF line ends. The format is detected from the
 * extension and the first bytes (`detectFormat`) unless `format` says. JSONL and CSV/TSV are
 * streamed (1 MiB reads split on 0x0A bytes, each line checked as UTF-8 on its own), so a large
 * file never becomes one string: memory is the rows kept plus about one read. A JSON array is
 * read whole and refused above 512 MB (convert it to JSONL). CSV/TSV dialects are described in
 * `readDelimited`; TSV has no quoting.
 *
 * Fields. `textField` ('text'), `labelField` ('label'), `idField` (none) name fields, with dotted
 * paths into nested objects (`meta.text`; a key containing the dot itself wins). Everything else
 * is kept in `meta`. Labels: string and number kept, boolean → 'true'/'false', null, missing or ''
 * → null; in CSV/TSV, where cells carry no type, a label column whose cells are all numbers
 * gives number labels (as pandas `read_csv` does; a JSON file with the string labels "0"/"1"
 * keeps them as strings, so compare labels with `String(label)` across formats). Columns are typed by the rules in
 * `createColumnProfiler` (numeric CSV/TSV columns are converted to numbers in `meta`, empty cells
 * are null).
 *
 * Validation. A row is invalid for: invalid JSON, invalid UTF-8, not an object, missing or
 * non-string text, empty text (after trim), a label or id of the wrong type (object/array), a
 * missing or duplicate id (when `idField` is set; ids are compared as strings), a CSV record
 * with the wrong number of fields or an unclosed quote. Each is reported with its line (for
 * CSV/TSV the line where the record starts, header = line 1). With `onInvalid: 'error'` (the
 * default) any invalid row throws SynthscopeError 'INVALID_ROWS' (one-line message, the first 20
 * as `details`); with 'skip' they are returned in `invalid`. Blank lines are skipped and counted.
 *
 * Input errors (SynthscopeError 'INPUT', message "cannot read <path>: <why>"): no such file,
 * permission denied, a directory, an empty file, a file with no rows (only blank lines, only a
 * header, `[]`), a broken JSON array, a JSON file over 512 MB, a CSV header without a field
 * named by an option, a text or explicitly named label field that no row has. A file with rows
 * that are all invalid throws 'INVALID_ROWS' whatever `onInvalid` says.
 *
 * Options misuse (unknown format, empty field name, …) throws InvalidArgumentError.
 *
 * References: JSON Lines (https://jsonlines.org), RFC 8259 (JSON), RFC 4180 (CSV), IANA
 * text/tab-separated-values, WHATWG Encoding (UTF-8 decode with fatal errors), csv-parse 6.2.
 *
 * @example
 * const data = await loadDataset('../shared/datasets/sms_spam_collection/data.jsonl');
 * data.format;                    // 'jsonl'
 * data.rows.length;               // 5574
 * data.rows[1];                   // { index: 1, line: 2, id: 'row-2', text: 'Ok lar... Joking wif u oni...', label: 'ham', meta: {} }
 * data.columns;                   // [{ name: 'text', kind: 'text', missing: 0 }, { name: 'label', kind: 'categorical', missing: 0 }]
 *
 * const sms = await loadDataset('sms.tsv', { columns: ['label', 'text'] }); // headerless TSV
 */
export async function loadDataset(path: string, options: LoadDatasetOptions = {}): Promise<Dataset> {
  if (typeof path !== 'string' || path === '') throw new InvalidArgumentError(badPathArgument(path));
  const requested = options.format ?? 'auto';
  if (!(FORMATS as readonly string[]).includes(requested)) throw new InvalidArgumentError(badFormatOption(requested));
  const onInvalid = options.onInvalid ?? 'error';
  if (onInvalid !== 'error' && onInvalid !== 'skip') throw new InvalidArgumentError(badOnInvalidOption(onInvalid));
  const textField = options.textField ?? 'text';
  const labelExplicit = options.labelField !== undefined;
  const labelField = options.labelField === undefined ? 'label' : options.labelField;
  const idField = options.idField ?? null;
  checkField('textField', textField);
  if (labelField !== null) checkField('labelField', labelField);
  if (idField !== null) checkField('idField', idField);
  if (labelField !== null && labelField === textField) throw new InvalidArgumentError(sameFieldTwice('textField', 'labelField', textField));
  if (idField !== null && idField === textField) throw new InvalidArgumentError(sameFieldTwice('textField', 'idField', textField));
  if (idField !== null && idField === labelField) throw new InvalidArgumentError(sameFieldTwice('labelField', 'idField', idField));
  const columnNames = options.columns ?? null;
  if (columnNames !== null) {
    const valid =
      Array.isArray(columnNames) &&
      columnNames.length > 0 &&
      columnNames.every((name) => typeof name === 'string' && name !== '') &&
      new Set(columnNames).size === columnNames.length;
    if (!valid) throw new InvalidArgumentError(badColumnsOption(columnNames));
  }

  const fail = (why: string): never => {
    throw new SynthscopeError('INPUT', cannotRead(path, why));
  };
  let size: number;
  try {
    const info = await stat(path);
    if (info.isDirectory()) fail(whyDirectory);
    if (!info.isFile()) fail(whyNotRegularFile);
    size = info.size;
  } catch (error) {
    throw asInputError(path, error);
  }
  if (size === 0) fail(whyEmptyFile);

  let format: DatasetFormat;
  try {
    format = requested === 'auto' ? detectFormat(path, await readHead(path)) : requested;
  } catch (error) {
    throw asInputError(path, error);
  }
  const delimited = format === 'csv' || format === 'tsv';
  if (columnNames !== null && !delimited) throw new InvalidArgumentError(columnsNeedDelimited(format));

  const fields = compileFields({ text: textField, label: labelField, id: idField });
  const builder = createRowBuilder(fields, delimited);
  let sha256: string;
  let headerOnly = false;
  try {
    if (format === 'jsonl') {
      sha256 = (await readJsonl(path, builder)).sha256;
    } else if (format === 'json') {
      sha256 = (await readJsonArray(path, path, builder)).sha256;
    } else {
      const required = [{ option: 'textField', field: textField }];
      if (labelField !== null && labelExplicit) required.push({ option: 'labelField', field: labelField });
      if (idField !== null) required.push({ option: 'idField', field: idField });
      const summary = await readDelimited(path, builder, {
        delimiter: format === 'csv' ? ',' : '\t',
        quoting: format === 'csv',
        columns: columnNames,
        displayPath: path,
        required,
        textColumn: textField,
      });
      sha256 = summary.sha256;
      headerOnly = columnNames === null && summary.header.length > 0;
    }
  } catch (error) {
    throw asInputError(path, error);
  }

  const built = builder.finish();
  if (built.records === 0) {
    if (built.blankLines > 0 && !headerOnly) fail(whyOnlyBlankLines(built.blankLines));
    fail(headerOnly ? whyHeaderOnly : whyNoRows);
  }
  const invalid = built.invalid.slice().sort((a, b) => a.line - b.line);
  if (built.rows.length === 0) {
    const missingText = reasonMissingText(textField);
    if (invalid.every((row) => row.reason === missingText)) fail(whyNoTextField(textField, built.firstKeys));
    throw invalidRowsError(path, invalid, true);
  }
  if (labelExplicit && labelField !== null && built.labelPresence === 0) fail(whyNoLabelField(labelField, built.firstKeys));
  if (invalid.length > 0 && onInvalid === 'error') throw invalidRowsError(path, invalid, false);

  return {
    path,
    format,
    sha256,
    fields: { text: textField, label: built.labelField, id: idField },
    rows: built.rows,
    invalid,
    blankLines: built.blankLines,
    columns: built.columns,
  };
}

function checkField(option: string, value: unknown): void {
  if (typeof value !== 'string' || value === '') throw new InvalidArgumentError(badFieldOption(option, value));
}

/** The first SNIFF_BYTES of the file, decoded leniently, without a BOM. */
async function readHead(path: string): Promise<string> {
  const handle = await open(path, 'r');
  try {
    const buffer = Buffer.alloc(SNIFF_BYTES);
    const { bytesRead } = await handle.read(buffer, 0, SNIFF_BYTES, 0);
    return new TextDecoder('utf-8').decode(buffer.subarray(0, bytesRead));
  } finally {
    await handle.close();
  }
}

/** Passes SynthscopeErrors through; turns file-system errors into INPUT errors naming the path. */
function asInputError(path: string, error: unknown): unknown {
  if (error instanceof SynthscopeError) return error;
  const code = (error as NodeJS.ErrnoException | null)?.code;
  let why: string;
  if (code === 'ENOENT' || code === 'ENOTDIR') why = whyNoSuchFile;
  else if (code === 'EACCES' || code === 'EPERM') why = whyPermission;
  else if (code === 'EISDIR') why = whyDirectory;
  else if (typeof code === 'string') why = whyOther((error as Error).message);
  else return error;
  return new SynthscopeError('INPUT', cannotRead(path, why), [], { cause: error });
}
