import { createHash } from 'node:crypto';
import { closeSync, mkdtempSync, openSync, rmSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadDataset } from '../../src/io/load-dataset.js';

// A 300 MB JSONL file made of 30,000 rows of ~10 kB each (short text, the rest JSON whitespace
// padding, which JSON.parse skips). If the loader held the file, or even one decoded copy of
// it, the heap would grow by ≥ 300 MB; streaming holds one 1 MiB read plus 30,000 small rows.
// Takes about 2 s here, writing the file included (up to 6 s on a loaded machine). The file is deleted afterwards.
const ROWS = 30_000;
const PAD = 10_000;

const dir = mkdtempSync(join(tmpdir(), 'synthscope-stream-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('loadDataset streaming (300 MB temp file, about 2 s)', () => {
  it('loads a 300 MB JSONL with heap + buffer growth far below the file size, and hashes every byte', async () => {
    const path = join(dir, 'big.jsonl');
    const hash = createHash('sha256');
    const fd = openSync(path, 'w');
    let size = 0;
    const padding = ' '.repeat(PAD);
    const perWrite = 100;
    for (let start = 0; start < ROWS; start += perWrite) {
      let chunk = '';
      for (let i = start; i < start + perWrite; i++) chunk += `{"text": "row ${i}", "label": "${i % 2 === 0 ? 'even' : 'odd'}"${padding}}\n`;
      const bytes = Buffer.from(chunk);
      hash.update(bytes);
      writeSync(fd, bytes);
      size += bytes.length;
    }
    closeSync(fd);
    expect(size).toBeGreaterThan(300_000_000);

    const used = (): number => {
      const m = process.memoryUsage();
      return m.heapUsed + m.arrayBuffers;
    };
    const before = used();
    let peak = before;
    const timer = setInterval(() => {
      peak = Math.max(peak, used());
    }, 2);
    let data;
    try {
      data = await loadDataset(path);
    } finally {
      clearInterval(timer);
    }
    peak = Math.max(peak, used());

    expect(data.rows).toHaveLength(ROWS);
    expect(data.rows[ROWS - 1]).toEqual({ index: ROWS - 1, line: ROWS, id: `row-${ROWS}`, text: `row ${ROWS - 1}`, label: 'odd', meta: {} });
    expect(data.sha256).toBe(hash.digest('hex'));
    const growth = peak - before;
    // Measured here: about 30 MB, most of it garbage awaiting the next collection. The bound is
    // a fifth of the file: any whole-file string or buffer (≥ 300 MB) would break it.
    expect(growth).toBeLessThan(size / 5);
  });
});
