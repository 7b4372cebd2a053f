import { createRng } from '../../core/rng.js';
import type { Results } from '../../core/results-schema.js';
import type { ProjectionPoint } from '../charts/projection-chart.js';
import { read } from '../read-details.js';

/** A 2-D projection of embeddings as the report draws it. */
export interface Projection {
  points: ProjectionPoint[];
  explained: [number, number] | null;
  /** Rows drawn and rows on each side (after the engine's sample and the report's cap). */
  sampled: { synthetic: { size: number; of: number }; real: { size: number; of: number } };
  /** Seed of the engine's sample, if it took one. */
  seed: number | null;
  /** Seed of the report's own cut to `maxPoints` a side, if it made one (the run's seed). */
  cutSeed: number | null;
}

function parse(value: unknown): { points: ProjectionPoint[]; explained: [number, number] | null; seed: number | null; of: { synthetic: number | null; real: number | null } } | null {
  const r = read.record(value);
  const raw = read.records(r?.points);
  if (!r || !raw || raw.length === 0) return null;
  const points: ProjectionPoint[] = [];
  for (const p of raw) {
    const x = read.number(p.x);
    const y = read.number(p.y);
    const source = p.source === 'synthetic' || p.source === 'real' ? p.source : undefined;
    if (x === undefined || y === undefined || !source) continue;
    points.push({ source, x, y, row: read.number(p.row) ?? -1, label: read.string(p.label) ?? null });
  }
  if (points.length === 0) return null;
  const explained = read.numbers(r.explained);
  const sampled = read.record(r.sampled);
  return {
    points,
    explained: explained && explained.length >= 2 ? [explained[0], explained[1]] : null,
    seed: read.number(r.seed) ?? null,
    of: { synthetic: read.number(read.record(sampled?.synthetic)?.of) ?? null, real: read.number(read.record(sampled?.real)?.of) ?? null },
  };
}

/**
 * Finds a 2-D projection of the embeddings in results.json, if the engine wrote one: at
 * `results.projection`, or under `details.projection` of any metric (first found), shaped
 * `{ method: 'pca', explained: [pc1, pc2], seed, sampled: { synthetic: { size, of }, real: { size, of } },
 * points: [{ source: 'synthetic' | 'real', row, label, x, y }] }`. More than `maxPoints` points
 * of a side are cut to a seeded sample (the run's seed), and the sizes say so.
 *
 * @example
 * readProjection(results, 2000); // null: this results.json has no projection
 */
export function readProjection(results: Results, maxPoints: number): Projection | null {
  let found = parse((results as Record<string, unknown>).projection);
  for (const m of results.metrics) {
    if (found) break;
    found = parse(m.details.projection);
  }
  if (!found) return null;
  const cut = (source: 'synthetic' | 'real') => {
    const all = found.points.filter((p) => p.source === source);
    if (all.length <= maxPoints) return all;
    const rng = createRng(results.seed);
    return rng.shuffle(all.map((_, i) => i)).slice(0, maxPoints).sort((a, b) => a - b).map((i) => all[i]);
  };
  const synthetic = cut('synthetic');
  const real = cut('real');
  const countOf = (source: 'synthetic' | 'real') => found.of[source] ?? found.points.filter((p) => p.source === source).length;
  return {
    points: [...real, ...synthetic],
    explained: found.explained,
    sampled: { synthetic: { size: synthetic.length, of: countOf('synthetic') }, real: { size: real.length, of: countOf('real') } },
    seed: found.seed,
    cutSeed: synthetic.length + real.length < found.points.length ? results.seed : null,
  };
}
