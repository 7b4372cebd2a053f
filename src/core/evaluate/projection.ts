import { createRng } from '../rng.js';
import type { Projection, Sample } from '../results-schema.js';
import { pca2d } from '../../stats/pca-2d.js';
import { derivedSeed } from './run-metric.js';
import { subSide } from './side.js';
import type { Side } from './types.js';

/** Points per side on the map: enough to see structure, few enough for a 3 MB report. */
export const PROJECTION_POINTS_PER_SIDE = 2000;

const round = (x: number) => Math.round(x * 1e5) / 1e5;

/**
 * The report's 2-D map: a seeded sample of at most 2,000 synthetic and 2,000 real rows, pooled,
 * projected on the pooled sample's first two principal axes. Samples are recorded.
 */
export function projectSides(synthetic: Side, real: Side, seed: number, samples: Sample[]): Projection | undefined {
  const pick = (side: Side) => {
    const all = side.rows.map((_, i) => i);
    if (all.length <= PROJECTION_POINTS_PER_SIDE) return all;
    const s = derivedSeed(seed, 'projection', side.name);
    samples.push({ purpose: 'report: 2-D PCA map of embeddings', side: side.name, size: PROJECTION_POINTS_PER_SIDE, of: all.length, seed: s });
    return createRng(s).shuffle(all).slice(0, PROJECTION_POINTS_PER_SIDE).sort((a, b) => a - b);
  };
  const synthIdx = pick(synthetic);
  const realIdx = pick(real);
  if (synthIdx.length + realIdx.length < 3) return undefined;
  const a = subSide(synthetic, synthIdx).embeddings;
  const b = subSide(real, realIdx).embeddings;
  const pooled = new Float32Array(a.data.length + b.data.length);
  pooled.set(a.data, 0);
  pooled.set(b.data, a.data.length);
  const { coords, explained } = pca2d({ rows: a.rows + b.rows, dimension: a.dimension, data: pooled });
  const points: Projection['points'] = [];
  synthIdx.forEach((i, k) => points.push({ source: 'synthetic', row: synthetic.rows[i].line, label: synthetic.labels[i], x: round(coords[k * 2]), y: round(coords[k * 2 + 1]) }));
  realIdx.forEach((i, k) => {
    const j = synthIdx.length + k;
    points.push({ source: 'real', row: real.rows[i].line, label: real.labels[i], x: round(coords[j * 2]), y: round(coords[j * 2 + 1]) });
  });
  return {
    method: 'pca',
    explained: [round(explained[0]), round(explained[1])],
    seed: derivedSeed(seed, 'projection'),
    sampled: { synthetic: { size: synthIdx.length, of: synthetic.rows.length }, real: { size: realIdx.length, of: real.rows.length } },
    points,
  };
}
