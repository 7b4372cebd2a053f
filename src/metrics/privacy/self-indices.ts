import type { MetricContext } from '../../core/evaluate/types.js';
import { realPositions } from './real-positions.js';

/**
 * For each candidate row, its position among all the real rows when the candidate side is made
 * of real rows (the holdout, in the baseline pass), else -1. Copy metrics compare a real row with
 * every other real row, never with itself: the baseline then says how often real rows repeat
 * other real rows, which is the level synthetic data is held to.
 */
export async function selfIndices(ctx: MetricContext): Promise<Int32Array> {
  const out = new Int32Array(ctx.candidate.rows.length).fill(-1);
  if (ctx.candidate.name === 'synthetic') return out;
  const positions = await realPositions(ctx);
  ctx.candidate.rows.forEach((row, i) => {
    out[i] = positions.get(row) ?? -1;
  });
  return out;
}
