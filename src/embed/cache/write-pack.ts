import { createHash, randomBytes } from 'node:crypto';
import { mkdir, open, rename, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { HASH_BYTES, PACK_HEADER_BYTES, PACK_MAGIC, PACK_SUFFIX, PACK_VERSION } from './pack-layout.js';

const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

/**
 * Writes one pack (layout in pack-layout.ts) into `dir` atomically: to a temp name unique to this
 * call in the same folder, fsync, then rename to a fresh unique name, then fsync the folder where
 * the platform allows. Readers only ever see complete packs, and two processes writing at once
 * cannot touch each other's files. Returns the pack's file name.
 *
 * @example
 * await writePack('/cache/embeddings/builtin@r1-ab12', keyHash, hashes, rows, 100);
 * // 'm1abc2de-5f0c1e2a3b4d.pack'
 */
export async function writePack(dir: string, keyHash: Buffer, textHashes: Buffer, data: Float32Array, dimension: number): Promise<string> {
  const count = textHashes.length / HASH_BYTES;
  if (!Number.isInteger(count) || data.length !== count * dimension || keyHash.length !== HASH_BYTES) {
    throw new RangeError(`writePack got ${textHashes.length / HASH_BYTES} hashes for ${data.length / dimension} rows`);
  }
  const header = Buffer.alloc(PACK_HEADER_BYTES);
  PACK_MAGIC.copy(header, 0);
  header.writeUInt32LE(PACK_VERSION, 8);
  header.writeUInt32LE(dimension, 12);
  header.writeUInt32LE(count, 16);
  header.writeUInt32LE(0, 20);
  keyHash.copy(header, 24);
  const body = LITTLE_ENDIAN ? Buffer.from(data.buffer, data.byteOffset, data.byteLength) : toLittleEndian(data);
  const checksum = createHash('sha256').update(header).update(textHashes).update(body).digest();

  await mkdir(dir, { recursive: true });
  const name = `${Date.now().toString(36)}-${randomBytes(8).toString('hex')}${PACK_SUFFIX}`;
  const temp = join(dir, `.${name}.${randomBytes(4).toString('hex')}.tmp`);
  try {
    const file = await open(temp, 'wx');
    try {
      let position = 0;
      for (const piece of [header, textHashes, body, checksum]) {
        // Loop: a single write(2) may stop short (Linux caps one call near 2 GiB).
        for (let done = 0; done < piece.length; ) {
          const { bytesWritten } = await file.write(piece, done, piece.length - done, position);
          done += bytesWritten;
          position += bytesWritten;
        }
      }
      await file.sync();
    } finally {
      await file.close();
    }
    await rename(temp, join(dir, name));
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
  await syncFolder(dir);
  return name;
}

function toLittleEndian(data: Float32Array): Buffer {
  const out = Buffer.alloc(data.length * 4);
  for (let i = 0; i < data.length; i++) out.writeFloatLE(data[i], i * 4);
  return out;
}

/** Makes the rename durable on POSIX; Windows cannot open folders for fsync, which is fine. */
async function syncFolder(dir: string): Promise<void> {
  try {
    const handle = await open(dir, 'r');
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
  } catch {
    // not supported here (Windows: EPERM/EISDIR); the pack itself is already fsynced
  }
}
