import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { rowTopK } from './row-top-k.js';

// Reference: numpy 1.24 float64 argsort of -(a @ b.T + bias), scripts/reference/embedding_kernels.py
const fixture = JSON.parse(readFileSync(new URL('../../../fixtures/reference/embedding_kernels.json', import.meta.url), 'utf8')) as {
  kernels: { a: number[][]; b: number[][]; bias: number[]; top3Indices: number[][]; top3Values: number[][] };
};
const f32 = (rows: number[][]) => ({ rows: rows.length, dimension: rows[0].length, data: Float32Array.from(rows.flat()) });
// The fixture holds float32 values (shortest decimals): read them as float32, then widen.
const f64 = (rows: number[][]) => ({ rows: rows.length, dimension: rows[0].length, data: Float64Array.from(Float32Array.from(rows.flat())) });

describe('rowTopK()', () => {
  const { a, b, bias, top3Indices, top3Values } = fixture.kernels;

  it('gives the hand top 2 of [1,0] against [0,1], [1,0], [0.6,0.8]', async () => {
    const top = await rowTopK(f32([[1, 0]]), f32([[0, 1], [1, 0], [0.6, 0.8]]), 2);
    expect(Array.from(top.indices)).toEqual([1, 2]);
    expect(top.values[1]).toBeCloseTo(0.6, 7);
  });

  for (const budgetBytes of [undefined, 48]) {
    it(`equals numpy's top 3 of a @ b.T + bias per row${budgetBytes ? ' with columns cut into blocks and merged' : ''}`, async () => {
      const top = await rowTopK(f32(a), f32(b), 3, { bias: Float32Array.from(bias), budgetBytes });
      expect(Array.from(top.indices)).toEqual(top3Indices.flat());
      top3Values.flat().forEach((v, i) => expect(top.values[i]).toBeCloseTo(v, 5));
    });
  }

  it('equals numpy in float64 (double Gemm and TopK)', async () => {
    const top = await rowTopK(f64(a), f64(b), 3, { bias: Float64Array.from(Float32Array.from(bias)) });
    expect(Array.from(top.indices)).toEqual(top3Indices.flat());
    top3Values.flat().forEach((v, i) => expect(top.values[i]).toBeCloseTo(v, 13));
  });

  it('uses the max/argmax graph for k = 1 with the same answer as the first column of the top 3', async () => {
    const top = await rowTopK(f32(a), f32(b), 1, { bias: Float32Array.from(bias), budgetBytes: 48 });
    expect(Array.from(top.indices)).toEqual(top3Indices.map((r) => r[0]));
  });

  it('refuses k outside 1..m and a bias of the wrong length', async () => {
    await expect(rowTopK(f32(a), f32(b), 0)).rejects.toThrow(/integer k from 1 to the 9 rows of B, got 0/);
    await expect(rowTopK(f32(a), f32(b), 10)).rejects.toThrow(/got 10/);
    await expect(rowTopK(f32(a), f32(b), 2, { bias: new Float32Array(3) })).rejects.toThrow(/bias of length 9/);
  });
});
