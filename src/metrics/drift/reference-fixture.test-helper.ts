import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** fixtures/reference/drift.json, written by scripts/reference/drift.py (numpy, scipy 1.10.1, scikit-learn 1.2.1). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export const driftFixture: any = JSON.parse(readFileSync(join(process.cwd(), 'fixtures', 'reference', 'drift.json'), 'utf8'));

const MINSTD_M = 2147483647;

/** The reference script's lcg_points: MINSTD uniforms on a 1/1024 grid around cycling centres. */
export function lcgPoints(spec: { seed: number; n: number; d: number; centres: number[][]; spread: number }): number[][] {
  let state = spec.seed;
  const rows: number[][] = [];
  for (let i = 0; i < spec.n; i++) {
    const c = spec.centres[i % spec.centres.length];
    const row: number[] = [];
    for (let j = 0; j < spec.d; j++) {
      state = (state * 48271) % MINSTD_M;
      const u = Math.floor((state / MINSTD_M) * 1024) / 1024;
      row.push(c[j] + spec.spread * (u - 0.5));
    }
    rows.push(row);
  }
  return rows;
}
