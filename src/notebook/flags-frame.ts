import type { DataFrame } from 'danfojs-node';
import { buildFrame } from './build-frame.js';
import { checkResults } from './check-results.js';

export interface FlagsFrameOptions {
  /** Only flags of this kind, e.g. 'suspect-label', 'near-copy', 'pii' (default: all). */
  kind?: string;
}

/**
 * One row per flagged synthetic row of a results object, as results.json keeps them (grouped
 * by kind, each kind ranked by score, at most `maxFlagsPerKind` per kind: `results.flagCounts`
 * has the full counts): `row` (line in the synthetic file), `id`, `kind`, `score` (NaN when the
 * kind has none), `detail`, and `related` (the other rows involved, as "real:12 (r12)").
 *
 * @example
 * // results: the quick start's run (notebooks/01-quickstart.ipynb)
 * flagsFrame(results).columns; // ['row', 'id', 'kind', 'score', 'detail', 'related']
 * flagsFrame(results, { kind: 'suspect-label' }).loc({ columns: ['row', 'score', 'detail'] }).head(1).print();
 * // ║ 0 │ 32 │ 0.239 │ intended 'negative', but the real-data classifier says 'neutral' (p = 0.495 against 0.256 for 'negative') ║
 */
export function flagsFrame(results: unknown, options: FlagsFrameOptions = {}): DataFrame {
  const r = checkResults('flagsFrame', results);
  const flags = options.kind === undefined ? r.flags : r.flags.filter((f) => f.kind === options.kind);
  return buildFrame('flagsFrame', [
    { name: 'row', dtype: 'int32', values: flags.map((f) => f.row) },
    { name: 'id', dtype: 'string', values: flags.map((f) => f.id) },
    { name: 'kind', dtype: 'string', values: flags.map((f) => f.kind) },
    { name: 'score', dtype: 'float32', values: flags.map((f) => f.score ?? NaN) },
    { name: 'detail', dtype: 'string', values: flags.map((f) => f.detail) },
    { name: 'related', dtype: 'string', values: flags.map((f) => (f.related ?? []).map((x) => `${x.source}:${x.row} (${x.id})`).join(', ')) },
  ]);
}
