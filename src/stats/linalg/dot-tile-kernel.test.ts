import { describe, expect, it } from 'vitest';
import { dotTileKernel, TILE_COLS, TILE_ROWS } from './dot-tile-kernel.js';

describe('dotTileKernel', () => {
  it('compiles on Node 20 (wasm SIMD is available)', () => {
    expect(dotTileKernel()).not.toBeNull();
  });

  it('writes the 4 × 2 dot products of rows (1,2), (3,4), (5,6), (7,8) with rows (1,2), (3,4)', () => {
    expect([TILE_ROWS, TILE_COLS]).toEqual([4, 2]);
    const { tile, heap } = dotTileKernel()!(1024);
    heap.set([1, 2, 3, 4, 5, 6, 7, 8], 8); // four rows of 2 doubles from byte 64, stride 16 bytes
    tile(64, 64, 16, 16, 0);
    // (1,2)·(1,2) = 5, (1,2)·(3,4) = 11, (3,4)·(1,2) = 11, 25, (5,6)·… = 17, 39, (7,8)·… = 23, 53.
    expect(Array.from(heap.subarray(0, 8))).toEqual([5, 11, 11, 25, 17, 39, 23, 53]);
  });

  it('sums over every 16-byte step of a longer row (both f64x2 lanes)', () => {
    const { tile, heap } = dotTileKernel()!(4096);
    const len = 6; // doubles per row
    for (let r = 0; r < 5; r++) for (let k = 0; k < len; k++) heap[8 + r * len + k] = r + k;
    tile(64, 64 + 8 * len, 8 * len, 8 * len, 0);
    // Row r = (r, r+1, …, r+5); rows 0..3 against rows 1..2.
    for (let r = 0; r < 4; r++) {
      for (let c = 0; c < 2; c++) {
        let s = 0;
        for (let k = 0; k < len; k++) s += (r + k) * (1 + c + k);
        expect(heap[r * 2 + c]).toBe(s);
      }
    }
  });
});
