import { describe, expect, it } from 'vitest';
import { rowGram } from './row-gram.js';

describe('rowGram', () => {
  it('gives A Aᵀ for a hand example', () => {
    expect(Array.from(rowGram(Float64Array.of(1, 2, 3, 4), 2, 2))).toEqual([5, 11, 11, 25]);
  });

  it('agrees with plain dot products for sizes that are not multiples of the 4 × 4 tile or the 256 block', () => {
    const rows = 11;
    const cols = 601;
    const a = Float64Array.from({ length: rows * cols }, (_, i) => Math.sin(i * 0.37) + (i % 7) / 7);
    const g = rowGram(a, rows, cols);
    for (let i = 0; i < rows; i++) {
      for (let j = 0; j < rows; j++) {
        let s = 0;
        for (let k = 0; k < cols; k++) s += a[i * cols + k] * a[j * cols + k];
        expect(g[i * rows + j]).toBeCloseTo(s, 11);
      }
    }
  });
});

describe('rowGram kernels', () => {
  it('gives the same Gram with the wasm SIMD kernel and the JavaScript one, across chunk and padding edges', () => {
    for (const [rows, cols] of [[1, 1], [3, 5], [5, 2], [9, 1031], [13, 2048]]) {
      const a = Float64Array.from({ length: rows * cols }, (_, i) => Math.cos(i * 0.71) * (1 + (i % 5)));
      const wasm = rowGram(a, rows, cols);
      const js = rowGram(a, rows, cols, { kernel: 'js' });
      // A tiny chunk budget forces 1024-column chunks: a narrower last one must clear stale columns.
      const chunked = rowGram(a, rows, cols, { chunkBytes: 1 });
      for (let i = 0; i < rows; i++) {
        for (let j = 0; j < rows; j++) {
          let s = 0;
          for (let k = 0; k < cols; k++) s += a[i * cols + k] * a[j * cols + k];
          expect(wasm[i * rows + j]).toBeCloseTo(s, 9);
          expect(js[i * rows + j]).toBeCloseTo(s, 9);
          expect(chunked[i * rows + j]).toBeCloseTo(s, 9);
        }
      }
    }
  });
});
