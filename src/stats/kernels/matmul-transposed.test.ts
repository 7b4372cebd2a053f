import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { forEachProductBlock } from './for-each-product-block.js';
import { matmulTransposed } from './matmul-transposed.js';

// Reference: numpy 1.24 float64 `a @ b.T`, scripts/reference/embedding_kernels.py
const fixture = JSON.parse(readFileSync(new URL('../../../fixtures/reference/embedding_kernels.json', import.meta.url), 'utf8')) as {
  kernels: { a: number[][]; b: number[][]; product: number[][] };
};
const f32 = (rows: number[][]) => ({ rows: rows.length, dimension: rows[0].length, data: Float32Array.from(rows.flat()) });
// The fixture holds float32 values (shortest decimals): read them as float32, then widen.
const f64 = (rows: number[][]) => ({ rows: rows.length, dimension: rows[0].length, data: Float64Array.from(Float32Array.from(rows.flat())) });

describe('matmulTransposed()', () => {
  it('gives the hand product [[1,2,3],[4,5,6]] · [1,0,-1]ᵀ = [-2, -2]', async () => {
    const p = await matmulTransposed(f32([[1, 2, 3], [4, 5, 6]]), f32([[1, 0, -1]]));
    expect(p.rows).toBe(2);
    expect(p.dimension).toBe(1);
    expect(Array.from(p.data)).toEqual([-2, -2]);
  });

  it('equals numpy a @ b.T to float32 rounding for float32 inputs', async () => {
    const { a, b, product } = fixture.kernels;
    const p = await matmulTransposed(f32(a), f32(b));
    expect(p.data).toBeInstanceOf(Float32Array);
    // 5 terms of order 1: float32 accumulation errs by a few 1e-7.
    product.flat().forEach((v, i) => expect(p.data[i]).toBeCloseTo(v, 5));
  });

  it('equals numpy a @ b.T to float64 rounding for float64 inputs (double Gemm)', async () => {
    const { a, b, product } = fixture.kernels;
    const p = await matmulTransposed(f64(a), f64(b));
    expect(p.data).toBeInstanceOf(Float64Array);
    product.flat().forEach((v, i) => expect(p.data[i]).toBeCloseTo(v, 13));
  });

  it('assembles the same product from blocks when the budget is tiny', async () => {
    const { a, b } = fixture.kernels;
    const whole = await matmulTransposed(f64(a), f64(b));
    // 63 products (7 × 9) need 504 bytes; the 504-byte budget cuts nothing but the 40-byte one cuts rows and columns.
    const blocks: string[] = [];
    await forEachProductBlock(f64(a), f64(b), (blk) => void blocks.push(`${blk.rowStart},${blk.colStart}:${blk.rows}x${blk.cols}`), { budgetBytes: 40 });
    expect(blocks.slice(0, 3)).toEqual(['0,0:5x1', '0,1:5x1', '0,2:5x1']);
    expect(Array.from((await matmulTransposed(f64(a), f64(b), { budgetBytes: 504 })).data)).toEqual(Array.from(whole.data));
  });

  it('refuses a result over the budget, mixed precisions and unequal widths', async () => {
    const { a, b } = fixture.kernels;
    await expect(matmulTransposed(f32(a), f32(b), { budgetBytes: 251 })).rejects.toThrow(/7 × 9 product \(252 bytes\), over the budget of 251 bytes/);
    await expect(matmulTransposed(f32(a), f64(b) as never)).rejects.toThrow(/same precision/);
    await expect(matmulTransposed(f32([[1, 2]]), f32([[1, 2, 3]]))).rejects.toThrow(/same number of columns, got 2 and 3/);
  });

  it('gives an empty product for no rows and zeros for zero columns', async () => {
    expect((await matmulTransposed({ rows: 0, dimension: 3, data: new Float32Array(0) }, f32([[1, 2, 3]]))).data.length).toBe(0);
    const zero = await matmulTransposed({ rows: 2, dimension: 0, data: new Float32Array(0) }, { rows: 3, dimension: 0, data: new Float32Array(0) });
    expect(Array.from(zero.data)).toEqual([0, 0, 0, 0, 0, 0]);
  });
});
