import { isUtf8 } from 'node:buffer';
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';

/** A run of whole lines read from a file. */
export interface LineBatch {
  /** 1-based number of the first line in `lines`. */
  firstLine: number;
  /** Number of lines in this batch (equals `lines.length` when decoding). */
  lineCount: number;
  /**
   * The lines decoded as UTF-8, without their 0x0A byte (a trailing `\r` is kept, so CRLF files
   * give lines ending in `\r`). A line that is not valid UTF-8 is decoded with U+FFFD in place of
   * the bad bytes and listed in `invalidUtf8`. Empty when `decode: false`.
   */
  lines: string[];
  /** Line numbers (1-based, ascending) of the lines in this batch that are not valid UTF-8. */
  invalidUtf8: number[];
  /** The raw bytes of these lines, each with its 0x0A (the BOM removed), for byte-level parsers. */
  bytes: Buffer;
}

/** What `readLines` returns once the file is read to the end. */
export interface ReadLinesSummary {
  /** File size in bytes (BOM included). */
  bytes: number;
  /** Hex SHA-256 of every byte of the file, BOM included. */
  sha256: string;
  /** Number of lines: 0 for an empty file; a last line without 0x0A counts. */
  lines: number;
  /** Whether the file started with the UTF-8 byte-order mark EF BB BF (removed from the lines). */
  bom: boolean;
}

export interface ReadLinesOptions {
  /** Decode lines to strings (default true). `false` only validates UTF-8 and hands out bytes. */
  decode?: boolean;
  /** Read size in bytes (default 1 MiB); a batch holds the whole lines of about one read. */
  chunkSize?: number;
}

const NEWLINE = 0x0a;

/**
 * Streams a file as batches of lines split on 0x0A bytes, so a file of any size never becomes
 * one string. Each line is checked as UTF-8 on its own (WHATWG `TextDecoder('utf-8', {fatal: true})`),
 * so an invalid byte is reported at its line and the lines around it still load; U+FEFF inside a
 * line is kept (only the BOM at byte 0 is removed). The SHA-256 of the file bytes is computed on
 * the same pass. Splitting on the byte 0x0A is exact for UTF-8, where 0x0A never occurs inside a
 * multi-byte sequence; CR, NEL (U+0085) and U+2028 are not line breaks here (as in JSON Lines,
 * https://jsonlines.org, and Python's `for line in open(path, 'rb')`).
 *
 * Fast path: a whole batch is decoded with one fatal `decode` call and split on '\n'; only a
 * batch that fails is re-decoded line by line to find the bad lines.
 *
 * @returns an async generator of batches whose return value is the file summary.
 * @example
 * // x.txt bytes: EF BB BF 'a\r\n' FF '\n' 'c' (a BOM, a CRLF line, a bad byte, no final newline)
 * const it = readLines('x.txt');
 * (await it.next()).value; // { firstLine: 1, lineCount: 2, lines: ['a\r', '\uFFFD'], invalidUtf8: [2], bytes: <61 0d 0a ff 0a> }
 * (await it.next()).value; // { firstLine: 3, lineCount: 1, lines: ['c'], invalidUtf8: [], bytes: <63> }
 * (await it.next()).value; // { bytes: 9, sha256: '477c764f…', lines: 3, bom: true }  (done: true)
 */
export async function* readLines(
  path: string,
  options: ReadLinesOptions = {},
): AsyncGenerator<LineBatch, ReadLinesSummary, undefined> {
  const decode = options.decode ?? true;
  const fatal = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
  const lenient = new TextDecoder('utf-8', { fatal: false, ignoreBOM: true });
  const hash = createHash('sha256');
  const stream = createReadStream(path, { highWaterMark: options.chunkSize ?? 1 << 20 });

  let size = 0;
  let nextLine = 1;
  let bom = false;
  let first = true;
  let pending: Buffer[] = [];

  const makeBatch = (region: Buffer, endsWithNewline: boolean): LineBatch => {
    const firstLine = nextLine;
    const end = endsWithNewline ? region.length - 1 : region.length;
    const invalidUtf8: number[] = [];
    let lines: string[] = [];
    let lineCount = 0;
    let valid: boolean;
    if (decode) {
      try {
        lines = fatal.decode(region.subarray(0, end)).split('\n');
        valid = true;
      } catch {
        valid = false;
      }
    } else {
      // The same WHATWG UTF-8 check as the fatal decoder, without building a string.
      valid = isUtf8(region.subarray(0, end));
    }
    if (valid) {
      lineCount = decode ? lines.length : countNewlines(region, end) + 1;
    } else {
      lines = [];
      // Slow path: find the lines that are not UTF-8.
      let start = 0;
      for (;;) {
        let stop = region.indexOf(NEWLINE, start);
        if (stop === -1 || stop >= end) stop = end;
        const bytes = region.subarray(start, stop);
        const lineNo = firstLine + lineCount;
        let text: string;
        try {
          text = fatal.decode(bytes);
        } catch {
          invalidUtf8.push(lineNo);
          text = decode ? lenient.decode(bytes) : '';
        }
        if (decode) lines.push(text);
        lineCount++;
        if (stop >= end) break;
        start = stop + 1;
      }
    }
    nextLine += lineCount;
    return { firstLine, lineCount, lines, invalidUtf8, bytes: region };
  };

  for await (const piece of stream as AsyncIterable<Buffer>) {
    hash.update(piece);
    size += piece.length;
    let chunk = piece;
    if (first) {
      first = false;
      if (chunk.length >= 3 && chunk[0] === 0xef && chunk[1] === 0xbb && chunk[2] === 0xbf) {
        bom = true;
        chunk = chunk.subarray(3);
      }
    }
    const lastNewline = chunk.lastIndexOf(NEWLINE);
    if (lastNewline === -1) {
      if (chunk.length > 0) pending.push(chunk);
      continue;
    }
    let from = 0;
    if (pending.length > 0) {
      // Copy only the line that straddles the reads, not the whole read.
      const firstNewline = chunk.indexOf(NEWLINE);
      const straddling = Buffer.concat([...pending, chunk.subarray(0, firstNewline + 1)]);
      pending = [];
      yield makeBatch(straddling, true);
      from = firstNewline + 1;
    }
    if (from <= lastNewline) yield makeBatch(chunk.subarray(from, lastNewline + 1), true);
    if (lastNewline + 1 < chunk.length) pending.push(chunk.subarray(lastNewline + 1));
  }
  if (pending.length > 0) yield makeBatch(Buffer.concat(pending), false);

  return { bytes: size, sha256: hash.digest('hex'), lines: nextLine - 1, bom };
}

function countNewlines(buffer: Buffer, end: number): number {
  let count = 0;
  let at = buffer.indexOf(NEWLINE, 0);
  while (at !== -1 && at < end) {
    count++;
    at = buffer.indexOf(NEWLINE, at + 1);
  }
  return count;
}
