import { reasonInvalidJson, reasonInvalidUtf8 } from '../core/messages.js';
import { readLines, type ReadLinesSummary } from './read-lines.js';
import type { RowBuilder } from './row-builder.js';

/**
 * Streams a JSON Lines file (https://jsonlines.org) into a row builder: one JSON value per line,
 * lines split on 0x0A bytes and validated as UTF-8 one by one (`readLines`), so memory holds one
 * read (1 MiB) of the file at a time plus the rows kept. A trailing `\r` (CRLF files) is JSON
 * whitespace and needs no special case. A line that is empty or only whitespace is a blank
 * line: skipped and counted, not an error. A line that is not valid UTF-8 or not valid JSON
 * (`JSON.parse`, ECMA-404) is rejected with its line number.
 *
 * @returns the file's size, SHA-256, line count and BOM flag.
 * @example
 * // data.jsonl: '{"text":"a"}\n\n{oops\n'
 * await readJsonl('data.jsonl', builder);
 * // builder got: add({text:'a'}, 1), blank(), reject(3, 'invalid JSON')
 */
export async function readJsonl(path: string, builder: RowBuilder): Promise<ReadLinesSummary> {
  const lines = readLines(path);
  for (;;) {
    const next = await lines.next();
    if (next.done === true) return next.value;
    const batch = next.value;
    const invalidUtf8 = batch.invalidUtf8;
    let badAt = 0;
    let nextBad = invalidUtf8.length > 0 ? invalidUtf8[0] : -1;
    const texts = batch.lines;
    const firstLine = batch.firstLine;
    for (let i = 0; i < texts.length; i++) {
      const line = firstLine + i;
      if (line === nextBad) {
        builder.reject(line, reasonInvalidUtf8);
        badAt++;
        nextBad = badAt < invalidUtf8.length ? invalidUtf8[badAt] : -1;
        continue;
      }
      const text = texts[i];
      if (isBlank(text)) {
        builder.blank();
        continue;
      }
      let record: unknown;
      try {
        record = JSON.parse(text);
      } catch {
        builder.reject(line, reasonInvalidJson);
        continue;
      }
      builder.add(record, line);
    }
  }
}

function isBlank(line: string): boolean {
  if (line.length === 0) return true;
  // Fast exit for the usual line, which starts with '{'.
  if (line.charCodeAt(0) > 0x20 && line.charCodeAt(0) < 0x7f) return false;
  return line.trim() === '';
}
