import { open } from 'node:fs/promises';
import { HASH_BYTES, PACK_HEADER_BYTES, PACK_MAGIC, PACK_VERSION, packSize } from './pack-layout.js';
import { readFully } from './read-fully.js';

/**
 * What a pack holds, or why it cannot be used: 'corrupt' (delete it), 'foreign' (another format
 * version or another embedder: leave it alone), 'gone' (deleted meanwhile by another process).
 */
export type PackIndexResult =
  | { ok: true; dimension: number; count: number; hashes: Buffer }
  | { ok: false; kind: 'corrupt' | 'foreign' | 'gone'; problem: string };

/**
 * Reads a pack's header and text hashes (layout in pack-layout.ts) and checks the magic, version,
 * embedder key and exact file size, so a truncated or padded pack is caught here. The trailing
 * checksum over the rows is verified by readPackRows, when the rows are read.
 *
 * @example
 * await readPackIndex('/cache/embeddings/builtin@r1-ab12/m1abc2de-5f0c1e2a3b4d.pack', keyHash);
 * // { ok: true, dimension: 100, count: 3, hashes: <Buffer … 96 bytes> }
 */
export async function readPackIndex(path: string, keyHash: Buffer): Promise<PackIndexResult> {
  let handle;
  try {
    handle = await open(path, 'r');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { ok: false, kind: 'gone', problem: 'deleted meanwhile' };
    throw error;
  }
  try {
    const { size } = await handle.stat();
    const header = Buffer.alloc(PACK_HEADER_BYTES);
    if (size < PACK_HEADER_BYTES || !(await readFully(handle, header, PACK_HEADER_BYTES, 0))) {
      return { ok: false, kind: 'corrupt', problem: `${size} bytes, shorter than the ${PACK_HEADER_BYTES}-byte header` };
    }
    if (!header.subarray(0, PACK_MAGIC.length).equals(PACK_MAGIC)) return { ok: false, kind: 'corrupt', problem: 'bad magic bytes' };
    const version = header.readUInt32LE(8);
    if (version !== PACK_VERSION) return { ok: false, kind: 'foreign', problem: `format version ${version}, this synthscope reads ${PACK_VERSION}` };
    const dimension = header.readUInt32LE(12);
    const count = header.readUInt32LE(16);
    if (dimension === 0) return { ok: false, kind: 'corrupt', problem: 'dimension 0 in the header' };
    const expected = packSize(count, dimension);
    if (size !== expected) {
      return { ok: false, kind: 'corrupt', problem: `${size} bytes where ${count} rows of dimension ${dimension} need ${expected} (truncated or damaged)` };
    }
    if (!header.subarray(24, 24 + HASH_BYTES).equals(keyHash)) return { ok: false, kind: 'foreign', problem: 'written for another embedder or revision' };
    const hashes = Buffer.alloc(count * HASH_BYTES);
    if (!(await readFully(handle, hashes, hashes.length, PACK_HEADER_BYTES))) return { ok: false, kind: 'corrupt', problem: 'ends inside the text hashes' };
    return { ok: true, dimension, count, hashes };
  } finally {
    await handle.close();
  }
}
