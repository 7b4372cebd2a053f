import type { MetricContext } from '../../core/evaluate/types.js';
import { realPositions } from './real-positions.js';

/**
 * Positions (in `ctx.real`) of the real rows outside the reference half: the holdout half. The
 * context does not carry the holdout side, but the reference rows are the real rows' own
 * objects, so the complement is exact.
 */
export async function holdoutIndices(ctx: MetricContext): Promise<number[]> {
  const positions = await realPositions(ctx);
  const inReference = new Uint8Array(ctx.real.rows.length);
  for (const row of ctx.reference.rows) {
    const j = positions.get(row);
    if (j !== undefined) inReference[j] = 1;
  }
  const out: number[] = [];
  for (let j = 0; j < inReference.length; j++) if (!inReference[j]) out.push(j);
  return out;
}
