import { createHash } from 'node:crypto';

/**
 * The seed of one item: the first 32 bits (big-endian) of SHA-256 over the run seed and the
 * item's id. Each item's draws depend on nothing but these two, so a resumed run, a different
 * concurrency or a changed count for another label leaves every other item as it was.
 *
 * @example
 * itemSeed(0, 'positive-0001'); // the same integer in [0, 2^32) on every machine
 */
export function itemSeed(seed: number, id: string): number {
  return createHash('sha256').update(`${seed}\u0000${id}`).digest().readUInt32BE(0);
}
