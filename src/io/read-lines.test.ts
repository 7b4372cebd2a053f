import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readLines, type LineBatch, type ReadLinesOptions, type ReadLinesSummary } from './read-lines.js';

const dir = mkdtempSync(join(tmpdir(), 'synthscope-read-lines-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

let fileCount = 0;
function file(bytes: number[] | string): string {
  const path = join(dir, `f${fileCount++}.txt`);
  writeFileSync(path, typeof bytes === 'string' ? Buffer.from(bytes, 'utf8') : Buffer.from(bytes));
  return path;
}

async function readAll(path: string, options?: ReadLinesOptions): Promise<{ batches: LineBatch[]; summary: ReadLinesSummary }> {
  const it = readLines(path, options);
  const batches: LineBatch[] = [];
  for (;;) {
    const next = await it.next();
    if (next.done === true) return { batches, summary: next.value };
    batches.push(next.value);
  }
}

const bytesOf = (s: string): number[] => [...Buffer.from(s, 'utf8')];

describe('readLines', () => {
  it('removes the BOM at byte 0, keeps the \\r of CRLF lines and counts a last line without a newline', async () => {
    const raw = [0xef, 0xbb, 0xbf, ...bytesOf('a\r\nb\r\nc')];
    const { batches, summary } = await readAll(file(raw));
    expect(batches.flatMap((b) => b.lines)).toEqual(['a\r', 'b\r', 'c']);
    expect(summary.lines).toBe(3);
    expect(summary.bom).toBe(true);
    expect(summary.bytes).toBe(raw.length);
    // The hash covers the BOM: it is of the file as stored.
    expect(summary.sha256).toBe(createHash('sha256').update(Buffer.from(raw)).digest('hex'));
  });

  it('reports each line that is not UTF-8 by number, decodes it with U+FFFD, and keeps the lines around it', async () => {
    // line 2: a lone continuation byte; line 4: a truncated 3-byte sequence (E2 82 without AC); line 5: an encoded surrogate (CESU-8)
    const raw = [...bytesOf('ok\n'), 0x80, ...bytesOf('x\nfine\n'), 0xe2, 0x82, ...bytesOf('\n'), 0xed, 0xa0, 0x80, ...bytesOf('\nend\n')];
    const { batches } = await readAll(file(raw));
    expect(batches.flatMap((b) => b.invalidUtf8)).toEqual([2, 4, 5]);
    expect(batches.flatMap((b) => b.lines)).toEqual(['ok', '\uFFFDx', 'fine', '\uFFFD', '\uFFFD\uFFFD\uFFFD', 'end']);
  });

  it('keeps U+FEFF that is not at byte 0 (only a leading BOM is a BOM)', async () => {
    const { batches, summary } = await readAll(file('a\n\uFEFFb\n'));
    expect(batches.flatMap((b) => b.lines)).toEqual(['a', '\uFEFFb']);
    expect(summary.bom).toBe(false);
  });

  it('joins lines and multi-byte characters split across reads (4-byte reads)', async () => {
    const text = 'héllo wörld\n€uro\n\n😀 emoji line\nlast';
    const { batches, summary } = await readAll(file(text), { chunkSize: 4 });
    expect(batches.flatMap((b) => b.lines)).toEqual(['héllo wörld', '€uro', '', '😀 emoji line', 'last']);
    expect(batches.length).toBeGreaterThan(1);
    // firstLine runs on from batch to batch
    let expected = 1;
    for (const batch of batches) {
      expect(batch.firstLine).toBe(expected);
      expected += batch.lineCount;
    }
    expect(summary.lines).toBe(5);
  });

  it('splits only on 0x0A: a lone CR, NEL (U+0085) and U+2028 stay inside the line', async () => {
    const { batches } = await readAll(file('a\rb\u0085c\u2028d\ne'));
    expect(batches.flatMap((b) => b.lines)).toEqual(['a\rb\u0085c\u2028d', 'e']);
  });

  it('reads an empty file as zero lines with the SHA-256 of no bytes', async () => {
    const { batches, summary } = await readAll(file([]));
    expect(batches).toEqual([]);
    // SHA-256 of the empty string (FIPS 180-4 test vector)
    expect(summary).toEqual({ bytes: 0, sha256: 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855', lines: 0, bom: false });
  });

  it('with decode: false hands out the bytes of whole lines, still finding invalid UTF-8 lines', async () => {
    const raw = [...bytesOf('one\n'), 0xff, ...bytesOf('\nthree')];
    const { batches, summary } = await readAll(file(raw), { decode: false, chunkSize: 3 });
    expect(Buffer.concat(batches.map((b) => b.bytes))).toEqual(Buffer.from(raw));
    expect(batches.flatMap((b) => b.lines)).toEqual([]);
    expect(batches.flatMap((b) => b.invalidUtf8)).toEqual([2]);
    expect(batches.reduce((n, b) => n + b.lineCount, 0)).toBe(3);
    expect(summary.lines).toBe(3);
  });
});
