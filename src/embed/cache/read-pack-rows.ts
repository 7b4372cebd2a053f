import { createHash } from 'node:crypto';
import { open } from 'node:fs/promises';
import { HASH_BYTES, PACK_HEADER_BYTES, packSize } from './pack-layout.js';
import { readFully } from './read-fully.js';

const CHUNK_BYTES = 8 << 20;
const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

export type PackRowsResult = { ok: true } | { ok: false; kind: 'corrupt' | 'gone'; problem: string };

/**
 * Streams a whole pack once (8 MiB at a time, so memory stays flat however large the pack),
 * hashing every byte, and copies the wanted rows: pack row r goes to row `targets[r]` of `out`
 * (width `dimension`), rows with target −1 are skipped. Runs of consecutive targets are copied
 * in one go. When the trailing sha256 does not match, the result says so and the caller must
 * discard whatever was copied.
 *
 * @example
 * const out = new Float32Array(2 * 100);
 * await readPackRows(path, { count: 3, dimension: 100 }, Int32Array.of(1, -1, 0), out); // { ok: true }
 */
export async function readPackRows(path: string, pack: { count: number; dimension: number }, targets: Int32Array, out: Float32Array): Promise<PackRowsResult> {
  const { count, dimension } = pack;
  let handle;
  try {
    handle = await open(path, 'r');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { ok: false, kind: 'gone', problem: 'deleted meanwhile' };
    throw error;
  }
  try {
    const expectedSize = packSize(count, dimension);
    const { size } = await handle.stat();
    if (size !== expectedSize) return { ok: false, kind: 'corrupt', problem: `${size} bytes where ${expectedSize} were expected (truncated or damaged)` };
    const hash = createHash('sha256');
    const rowBytes = 4 * dimension;
    // A fresh ArrayBuffer: offset 0, so Float32Array views over it are aligned.
    const buffer = new Uint8Array(Math.max(CHUNK_BYTES, rowBytes, HASH_BYTES));
    const dataStart = PACK_HEADER_BYTES + HASH_BYTES * count;

    for (let position = 0; position < dataStart; ) {
      const length = Math.min(buffer.length, dataStart - position);
      if (!(await readFully(handle, buffer, length, position))) return { ok: false, kind: 'corrupt', problem: 'ends early' };
      hash.update(buffer.subarray(0, length));
      position += length;
    }

    const rowsPerChunk = Math.max(1, Math.floor(buffer.length / rowBytes));
    for (let first = 0; first < count; first += rowsPerChunk) {
      const rows = Math.min(rowsPerChunk, count - first);
      if (!(await readFully(handle, buffer, rows * rowBytes, dataStart + first * rowBytes))) return { ok: false, kind: 'corrupt', problem: 'ends early' };
      hash.update(buffer.subarray(0, rows * rowBytes));
      const floats = new Float32Array(buffer.buffer, 0, rows * dimension);
      const view = new DataView(buffer.buffer, 0, rows * rowBytes);
      for (let local = 0; local < rows; ) {
        const target = targets[first + local];
        if (target < 0) {
          local++;
          continue;
        }
        let run = 1;
        while (local + run < rows && targets[first + local + run] === target + run) run++;
        if (LITTLE_ENDIAN) {
          out.set(floats.subarray(local * dimension, (local + run) * dimension), target * dimension);
        } else {
          for (let j = 0; j < run * dimension; j++) out[target * dimension + j] = view.getFloat32((local * dimension + j) * 4, true);
        }
        local += run;
      }
    }

    const stored = new Uint8Array(HASH_BYTES);
    if (!(await readFully(handle, stored, HASH_BYTES, expectedSize - HASH_BYTES))) return { ok: false, kind: 'corrupt', problem: 'ends early' };
    if (!hash.digest().equals(stored)) return { ok: false, kind: 'corrupt', problem: 'checksum mismatch' };
    return { ok: true };
  } finally {
    await handle.close();
  }
}
