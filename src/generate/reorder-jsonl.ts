import { readFile } from 'node:fs/promises';
import { writeFileAtomic } from '../io/write-file-atomic.js';

/**
 * Puts the rows of a finished JSONL file in plan order (rows whose id is not in `order` keep
 * their relative order at the end), replacing the file atomically, so two complete runs of one
 * config give files that differ only in `createdAt` whatever the order requests finished in.
 * Returns false, and writes nothing, when the rows are already in order.
 *
 * @example
 * await reorderJsonl('synth.jsonl', plan.map((item) => item.id)); // true
 */
export async function reorderJsonl(path: string, order: readonly string[]): Promise<boolean> {
  const rank = new Map(order.map((id, i) => [id, i]));
  const lines = (await readFile(path, 'utf8')).split('\n').filter((line) => line.trim() !== '');
  const keyed = lines.map((line, i) => {
    const id = (JSON.parse(line) as { id: string }).id;
    return { line, key: rank.get(id) ?? order.length + i };
  });
  const sorted = [...keyed].sort((a, b) => a.key - b.key);
  if (sorted.every((entry, i) => entry === keyed[i])) return false;
  await writeFileAtomic(path, `${sorted.map((entry) => entry.line).join('\n')}\n`);
  return true;
}
