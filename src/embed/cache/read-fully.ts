import type { FileHandle } from 'node:fs/promises';

/**
 * Reads exactly `length` bytes at `position` into `target` (from offset 0), looping over short
 * reads. Returns false when the file ends first.
 *
 * @example
 * await readFully(handle, buffer, 56, 0); // true: the header is complete
 */
export async function readFully(handle: FileHandle, target: Uint8Array, length: number, position: number): Promise<boolean> {
  let done = 0;
  while (done < length) {
    const { bytesRead } = await handle.read(target, done, length - done, position + done);
    if (bytesRead === 0) return false;
    done += bytesRead;
  }
  return true;
}
