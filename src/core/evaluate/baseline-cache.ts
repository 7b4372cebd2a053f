import { createHash } from 'node:crypto';
import type { Ci, Sample } from '../results-schema.js';

/**
 * A store for real-vs-real baselines. The baseline is the metric computed on the holdout half
 * against the reference half: it depends on the real data, the seed, the config, the embedder and
 * the holdout size, never on the synthetic rows, so scoring several synthetic sets against the
 * same real data (the generate → score loop) computes it once. The engine keeps no files itself:
 * the CLI passes one backed by the cache folder (io/file-baseline-cache.ts).
 */
export interface BaselineCache {
  get(key: string): Promise<CachedBaseline | undefined>;
  set(key: string, value: CachedBaseline): Promise<void>;
}

/** Everything a baseline pass adds to a metric result, so a cache hit gives the same results.json. */
export interface CachedBaseline {
  baseline: { value: number | null; ci: Ci | null } | null;
  pValue?: number | null;
  details?: Record<string, unknown>;
  warning?: string;
  samples: Sample[];
}

/** Bumped whenever a change to the engine could change a baseline for the same inputs. */
export const BASELINE_CACHE_VERSION = 1;

/** Hash of what the real side is: every real row's line, text, label and metadata. */
export function realContentHash(rows: ReadonlyArray<{ line: number; text: string; label: unknown; meta: unknown }>): string {
  const hash = createHash('sha256');
  for (const r of rows) hash.update(JSON.stringify([r.line, r.text, r.label, r.meta])).update('\n');
  return hash.digest('hex');
}

export function baselineKey(parts: {
  toolVersion: string;
  realHash: string;
  seed: number;
  config: unknown;
  embedder: string;
  metric: string;
  holdoutRows: number;
}): string {
  return createHash('sha256').update(JSON.stringify({ v: BASELINE_CACHE_VERSION, ...parts })).digest('hex');
}
