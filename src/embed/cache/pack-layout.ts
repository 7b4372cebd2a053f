/**
 * Layout of an embedding-cache pack file (all integers little-endian):
 *
 * | offset        | size       | content                                                  |
 * |---------------|------------|----------------------------------------------------------|
 * | 0             | 8          | magic `SYNSEMB\n`                                        |
 * | 8             | 4          | u32 format version (1)                                   |
 * | 12            | 4          | u32 dimension d                                          |
 * | 16            | 4          | u32 row count n                                          |
 * | 20            | 4          | u32 flags, 0                                             |
 * | 24            | 32         | sha256(`${embedder.id}\n${embedder.revision}`)           |
 * | 56            | 32·n       | sha256 of each text (UTF-8), row order                   |
 * | 56 + 32n      | 4·n·d      | float32 little-endian rows, row-major                    |
 * | 56 + 32n + 4nd| 32         | sha256 of every byte before it                           |
 *
 * The magic ends in a newline so that a text-mode copy that rewrites line endings is caught.
 */
export const PACK_MAGIC = Buffer.from('SYNSEMB\n', 'latin1');
export const PACK_VERSION = 1;
export const PACK_HEADER_BYTES = 56;
export const HASH_BYTES = 32;
export const PACK_SUFFIX = '.pack';

/** Total file size of a pack with `count` rows of `dimension` floats. */
export function packSize(count: number, dimension: number): number {
  return PACK_HEADER_BYTES + HASH_BYTES * count + 4 * count * dimension + HASH_BYTES;
}
