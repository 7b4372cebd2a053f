import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { parse, type CsvError } from 'csv-parse';
import { SynthscopeError } from '../core/errors.js';
import {
  cannotRead,
  reasonCsvSyntax,
  reasonCsvUnclosedQuote,
  reasonFieldCount,
  reasonInvalidUtf8,
  whyBadHeader,
  whyDuplicateHeader,
  whyInvalidUtf8Line,
  whyMissingColumn,
} from '../core/messages.js';
import { readLines, type ReadLinesSummary } from './read-lines.js';
import type { RowBuilder } from './row-builder.js';

export interface DelimitedOptions {
  /** ',' for CSV, '\t' for TSV. */
  delimiter: ',' | '\t';
  /** RFC 4180 double-quote quoting (CSV) or none (TSV). */
  quoting: boolean;
  /** Names for a file without a header row; null reads the names from line 1. */
  columns: string[] | null;
  /** The path as the user wrote it, for messages. */
  displayPath: string;
  /** Columns that must exist, with the option that named them (for the message). */
  required: { option: string; field: string }[];
  /** The text column keeps empty cells as '' (so they read "empty text"); others turn them into null. */
  textColumn: string;
}

export interface DelimitedSummary extends ReadLinesSummary {
  header: string[];
}

/**
 * Streams a CSV (RFC 4180) or TSV file through `csv-parse` (v6) into a row builder. Bytes come
 * from `readLines` (validated as UTF-8 line by line, SHA-256 on the way) and go to the parser as
 * they are read, so memory holds about one read of the file plus the rows kept.
 *
 * Dialect: CSV fields may be quoted with `"` (doubled to escape, newlines and commas allowed
 * inside); stray quotes inside an unquoted field are kept as text (`relax_quotes`, as Python's
 * csv module does). TSV follows IANA text/tab-separated-values: no quoting at all, so a field
 * that starts with `"` is read literally (real SMS data does this) and no field can hold a tab
 * or a newline. Either accepts LF or CRLF line ends. The first record is the header unless
 * `columns` names the fields; empty header names become `column<N>` (1-based). Empty lines are
 * skipped and counted. Each record becomes an object keyed by header name, with an empty cell as
 * null (missing), except in the text column where '' stays and is then reported as "empty text".
 *
 * Positions: a row's `line` is the physical line where its record starts (header = line 1),
 * computed from the parser's byte offset of each record (`info.bytes`) and the newlines inside
 * its fields, because `info.lines` counts a CRLF inside quotes as two lines. Invalid rows: a
 * record with a different number of fields than the header, one touching a line that is not
 * UTF-8, and an unclosed quote (which runs to the end of the file).
 *
 * @returns the file summary and the header used.
 * @example
 * // people.csv: 'text,age\r\n"Hi, you",22\r\n"two\r\nlines",\r\n'
 * await readDelimited('people.csv', builder, { delimiter: ',', quoting: true, columns: null, … });
 * // builder got add({ text: 'Hi, you', age: '22' }, 2), add({ text: 'two\r\nlines', age: null }, 3);
 * // its rows then hold meta { age: 22 } and { age: null } (age is a numeric column)
 */
export async function readDelimited(path: string, builder: RowBuilder, options: DelimitedOptions): Promise<DelimitedSummary> {
  const fail = (why: string): never => {
    throw new SynthscopeError('INPUT', cannotRead(options.displayPath, why));
  };

  // Bytes handed to the parser but not yet walked past by the line cursor.
  const queue: Buffer[] = [];
  let queueStart = 0;
  let cursor = 0;
  let cursorLine = 1;
  const invalidLines: number[] = [];
  let invalidAt = 0;
  let summary: ReadLinesSummary | null = null;

  const lines = readLines(path, { decode: false });
  async function* bytes(): AsyncGenerator<Buffer> {
    for (;;) {
      const next = await lines.next();
      if (next.done === true) {
        summary = next.value;
        return;
      }
      for (const line of next.value.invalidUtf8) invalidLines.push(line);
      queue.push(next.value.bytes);
      yield next.value.bytes;
    }
  }

  /** Moves the cursor to byte `offset`, counting newlines; `cursorLine` is then the line of that byte. */
  const advanceTo = (offset: number): void => {
    while (cursor < offset && queue.length > 0) {
      const buffer = queue[0];
      const bufferEnd = queueStart + buffer.length;
      const stop = Math.min(offset, bufferEnd) - queueStart;
      let at = buffer.indexOf(0x0a, cursor - queueStart);
      while (at !== -1 && at < stop) {
        cursorLine++;
        at = buffer.indexOf(0x0a, at + 1);
      }
      cursor = stop + queueStart;
      if (cursor === bufferEnd) {
        queue.shift();
        queueStart = bufferEnd;
      }
    }
  };

  /** Line of the first byte at or after the cursor that is not a line break (where the next record starts). */
  const nextRecordLine = (): number => {
    let line = cursorLine;
    let offset = cursor - queueStart;
    for (const buffer of queue) {
      for (; offset < buffer.length; offset++) {
        const c = buffer[offset];
        if (c === 0x0a) line++;
        else if (c !== 0x0d) return line;
      }
      offset = 0;
    }
    return line;
  };

  /** Whether a line in [from, to] is not valid UTF-8 (calls come with ascending `from`). */
  const touchesInvalidUtf8 = (from: number, to: number): boolean => {
    while (invalidAt < invalidLines.length && invalidLines[invalidAt] < from) invalidAt++;
    return invalidAt < invalidLines.length && invalidLines[invalidAt] <= to;
  };

  let header: string[] | null = options.columns;
  const checkHeader = (names: string[]): void => {
    const seen = new Set<string>();
    for (const name of names) {
      if (seen.has(name)) fail(whyDuplicateHeader(name));
      seen.add(name);
    }
    for (const { option, field } of options.required) {
      if (!seen.has(field)) fail(whyMissingColumn(option, field, names));
    }
  };
  if (header !== null) checkHeader(header);

  const skipped: CsvError[] = [];
  const parser = parse({
    delimiter: options.delimiter,
    quote: options.quoting ? '"' : false,
    relax_quotes: true,
    relax_column_count: true,
    skip_empty_lines: true,
    skip_records_with_error: true,
    info: true,
    bom: false,
  });
  parser.on('skip', (error: CsvError) => skipped.push(error));

  // Blank lines are counted from the gaps between records: csv-parse's `empty_lines` also
  // counts the end of a file that ends in a newline.
  let lastEndLine = 0;
  const blanksBefore = (line: number): void => {
    for (let k = lastEndLine + 1; k < line; k++) builder.blank();
  };

  const flushErrors = (upToRecords: number): void => {
    while (skipped.length > 0 && (skipped[0].records as number) <= upToRecords) {
      const error = skipped.shift() as CsvError;
      const line = nextRecordLine();
      blanksBefore(line);
      // An unclosed quote, the only error left with relax_quotes, runs to the end of the file.
      lastEndLine = Infinity;
      const reason = error.code === 'CSV_QUOTE_NOT_CLOSED' ? reasonCsvUnclosedQuote : reasonCsvSyntax(error.code);
      if (header === null) fail(whyBadHeader(reason));
      builder.reject(line, reason);
    }
  };

  const textColumn = options.textColumn;
  type ParsedRecord = { record: string[]; info: { bytes: number; records: number } };
  const consumeRecords = async (records: AsyncIterable<ParsedRecord>): Promise<void> => {
    for await (const { record, info } of records) {
      flushErrors(info.records - 1);
      advanceTo(info.bytes - 1);
      const endLine = cursorLine;
      advanceTo(info.bytes);
      let inner = 0;
      for (const field of record) {
        let at = field.indexOf('\n');
        while (at !== -1) {
          inner++;
          at = field.indexOf('\n', at + 1);
        }
      }
      const startLine = endLine - inner;
      blanksBefore(startLine);
      lastEndLine = endLine;

      if (header === null) {
        if (touchesInvalidUtf8(startLine, endLine)) fail(whyInvalidUtf8Line(startLine));
        header = record.map((name, index) => (name === '' ? `column${index + 1}` : name));
        checkHeader(header);
        continue;
      }
      if (touchesInvalidUtf8(startLine, endLine)) {
        builder.reject(startLine, reasonInvalidUtf8);
        continue;
      }
      if (record.length !== header.length) {
        builder.reject(startLine, reasonFieldCount(record.length, header.length));
        continue;
      }
      const object: Record<string, unknown> = {};
      for (let c = 0; c < header.length; c++) {
        const name = header[c];
        const value = record[c];
        object[name] = value === '' && name !== textColumn ? null : value;
      }
      builder.add(object, startLine);
    }
    flushErrors(Infinity);
  };
  // pipeline() reports an AbortError when the consumer throws; keep the consumer's own error.
  let consumerError: unknown = null;
  const consume = async (records: AsyncIterable<ParsedRecord>): Promise<void> => {
    try {
      await consumeRecords(records);
    } catch (error) {
      consumerError = error;
      throw error;
    }
  };
  try {
    await pipeline(Readable.from(bytes()), parser, consume);
  } catch (error) {
    throw consumerError ?? error;
  }

  const done = summary as ReadLinesSummary | null;
  if (done === null) throw new Error('readDelimited: the byte stream ended without a summary');
  blanksBefore(done.lines + 1);
  return { ...done, header: header ?? [] };
}
