import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { BaselineCache, CachedBaseline } from '../core/evaluate/baseline-cache.js';
import { writeFileAtomic } from './write-file-atomic.js';

/**
 * Baselines kept as one small JSON file per key under `dir` (`<dir>/<ab>/<key>.json`), written
 * atomically. An unreadable or malformed entry is a miss (recomputed and rewritten), never an error.
 */
export function fileBaselineCache(dir: string): BaselineCache {
  const pathOf = (key: string) => join(dir, key.slice(0, 2), `${key}.json`);
  return {
    async get(key) {
      try {
        const entry = JSON.parse(await readFile(pathOf(key), 'utf8')) as CachedBaseline;
        return entry && Array.isArray(entry.samples) && 'baseline' in entry ? entry : undefined;
      } catch {
        return undefined;
      }
    },
    async set(key, value) {
      try {
        await mkdir(join(dir, key.slice(0, 2)), { recursive: true });
        await writeFileAtomic(pathOf(key), JSON.stringify(value));
      } catch {
        // A cache that cannot be written only costs time on the next run.
      }
    },
  };
}
