import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import { SynthscopeError } from '../core/errors.js';
import {
  cannotRead,
  jsonAfterArray,
  jsonArrayNotClosed,
  jsonEmptyElement,
  jsonFoundNothing,
  jsonFoundObject,
  jsonFoundOther,
  reasonInvalidJson,
  reasonInvalidUtf8,
  whyJsonNotArray,
  whyJsonSyntax,
  whyJsonTooLarge,
} from '../core/messages.js';
import type { RowBuilder } from './row-builder.js';

/**
 * Largest JSON array file read (512 MB, decimal). The whole file becomes one string, and V8
 * caps strings at 2^29 − 24 UTF-16 code units (about 536.9 million), so the limit stays below it.
 */
export const JSON_MAX_BYTES = 512_000_000;

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const NEWLINE = 0x0a;

/**
 * Reads a JSON file holding one array of objects (`[{"text": …}, …]`). Unlike JSONL this reads
 * the WHOLE file into memory (one Buffer, then one string), so it refuses files over
 * `JSON_MAX_BYTES` (512 MB) with a message suggesting JSONL, which is streamed.
 *
 * The array is walked by a small scanner that finds where each element starts and ends
 * (tracking strings, escapes and bracket depth), and each element is parsed on its own with
 * `JSON.parse`. That gives every row the line it starts on, and lets one malformed element be
 * reported as an invalid row while the others load. A broken array itself (not an array, not
 * closed, an empty element from a stray comma, text after `]`) makes the file unreadable:
 * SynthscopeError code 'INPUT'. Invalid UTF-8 is found line by line and marks the element(s)
 * covering that line as invalid.
 *
 * @returns the file's size and SHA-256.
 * @example
 * // rows.json: '[\n  {"text": "a"},\n  {"text": "b"}\n]\n'
 * await readJsonArray('rows.json', 'rows.json', builder);
 * // builder got add({text:'a'}, 2), add({text:'b'}, 3); returns { bytes: 37, sha256: '35e07001…' }
 */
export async function readJsonArray(
  path: string,
  displayPath: string,
  builder: RowBuilder,
  maxBytes: number = JSON_MAX_BYTES,
): Promise<{ bytes: number; sha256: string }> {
  const fail = (why: string): never => {
    throw new SynthscopeError('INPUT', cannotRead(displayPath, why));
  };
  const info = await stat(path);
  if (info.size > maxBytes) fail(whyJsonTooLarge(Math.ceil(info.size / 1e6), Math.round(maxBytes / 1e6)));

  const buffer = await readFile(path);
  const sha256 = createHash('sha256').update(buffer).digest('hex');
  const hasBom = buffer.length >= 3 && buffer[0] === 0xef && buffer[1] === 0xbb && buffer[2] === 0xbf;
  const body = hasBom ? buffer.subarray(3) : buffer;

  let text: string;
  let badLines: number[] = [];
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(body);
  } catch {
    badLines = invalidUtf8Lines(body);
    text = new TextDecoder('utf-8', { fatal: false, ignoreBOM: true }).decode(body);
  }

  const n = text.length;
  let i = 0;
  let line = 1;
  const skipSpace = (): void => {
    while (i < n) {
      const c = text.charCodeAt(i);
      if (c === NEWLINE) line++;
      else if (c !== 0x20 && c !== 0x09 && c !== 0x0d) break;
      i++;
    }
  };

  skipSpace();
  if (i >= n) fail(whyJsonNotArray(jsonFoundNothing));
  if (text[i] !== '[') fail(whyJsonNotArray(text[i] === '{' ? jsonFoundObject : jsonFoundOther(text.slice(i, i + 10))));
  i++;
  skipSpace();
  if (text[i] === ']') {
    i++;
  } else {
    let bad = 0;
    for (;;) {
      skipSpace();
      const startLine = line;
      const start = i;
      let depth = 0;
      let closed = false;
      while (i < n) {
        const c = text.charCodeAt(i);
        if (c === QUOTE) {
          const body = i + 1;
          i = skipString(text, body);
          // A raw newline inside a string is invalid JSON, but still a line of the file.
          line += countNewlines(text, body, i);
          continue;
        }
        if (c === 0x7b || c === 0x5b) depth++;
        else if (c === 0x7d || c === 0x5d) {
          if (depth === 0) {
            closed = true;
            break;
          }
          depth--;
        } else if (c === 0x2c && depth === 0) {
          break;
        } else if (c === NEWLINE) line++;
        i++;
      }
      if (i >= n) fail(whyJsonSyntax(startLine, jsonArrayNotClosed));
      const element = text.slice(start, i);
      if (element.trim() === '') fail(whyJsonSyntax(startLine, jsonEmptyElement));
      while (bad < badLines.length && badLines[bad] < startLine) bad++;
      if (bad < badLines.length && badLines[bad] <= line) {
        builder.reject(startLine, reasonInvalidUtf8);
      } else {
        let record: unknown;
        try {
          record = JSON.parse(element);
        } catch {
          record = INVALID;
        }
        if (record === INVALID) builder.reject(startLine, reasonInvalidJson);
        else builder.add(record, startLine);
      }
      i++; // past ',' or ']'
      if (closed) break;
    }
  }
  skipSpace();
  if (i < n) fail(whyJsonSyntax(line, jsonAfterArray));
  return { bytes: buffer.length, sha256 };
}

const INVALID = Symbol('invalid');

/** Index just past the closing quote of a string whose body starts at `from` (or `text.length`). */
function skipString(text: string, from: number): number {
  let at = from;
  for (;;) {
    const quote = text.indexOf('"', at);
    if (quote === -1) return text.length;
    let slashes = 0;
    for (let k = quote - 1; k >= from && text.charCodeAt(k) === BACKSLASH; k--) slashes++;
    if (slashes % 2 === 0) return quote + 1;
    at = quote + 1;
  }
}

/** Number of '\n' in text[from, to). */
function countNewlines(text: string, from: number, to: number): number {
  let count = 0;
  for (let k = from; k < to; k++) if (text.charCodeAt(k) === NEWLINE) count++;
  return count;
}

/** 1-based numbers of the lines of `bytes` (split on 0x0A) that are not valid UTF-8. */
function invalidUtf8Lines(bytes: Uint8Array): number[] {
  const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
  const bad: number[] = [];
  let start = 0;
  let line = 1;
  while (start <= bytes.length) {
    let stop = bytes.indexOf(NEWLINE, start);
    if (stop === -1) stop = bytes.length;
    try {
      decoder.decode(bytes.subarray(start, stop));
    } catch {
      bad.push(line);
    }
    line++;
    start = stop + 1;
  }
  return bad;
}
