import { dotTileKernel, TILE_COLS, TILE_ROWS, type DotTileInstance } from './dot-tile-kernel.js';

export interface RowGramOptions {
  /** 'auto' (default): the wasm SIMD kernel where available, else JavaScript; 'js' forces the latter. */
  kernel?: 'auto' | 'js';
  /** Bound on the wasm memory holding one chunk of columns (at least one 1024-column block); default 32 MiB. */
  chunkBytes?: number;
}

/** Column block per kernel call: the tile's 6 row segments of 1024 doubles stay in L1/L2. */
const BLOCK = 1024;
const CHUNK_BYTES = 32 * 1024 * 1024;

/**
 * Gram matrix of the rows of a row-major `rows × cols` float64 matrix A: G = A Aᵀ, rows × rows,
 * G[i][j] = Σ_k A[i][k] A[j][k] (numpy `a @ a.T`). Only the upper triangle is computed, then
 * mirrored.
 *
 * Runs the 4 × 2 f64x2 WebAssembly kernel of `dotTileKernel` (≈ 4× a JavaScript loop) over
 * chunks of columns copied into wasm memory (at most 32 MiB at a time), or, without wasm SIMD,
 * 4 × 4 register tiles in JavaScript. Both sum column blocks separately, so rounding error grows
 * with the number of blocks rather than with `cols` (blocked summation).
 *
 * @example
 * rowGram(Float64Array.of(1, 2, 3, 4), 2, 2) // Float64Array [5, 11, 11, 25]
 */
export function rowGram(a: Float64Array, rows: number, cols: number, options: RowGramOptions = {}): Float64Array {
  const kernel = (options.kernel ?? 'auto') === 'auto' ? dotTileKernel() : null;
  const g = kernel && rows > 0 && cols > 0 ? wasmGram(kernel, a, rows, cols, options.chunkBytes ?? CHUNK_BYTES) : jsGram(a, rows, cols);
  for (let i = 0; i < rows; i++) {
    for (let j = i + 1; j < rows; j++) g[j * rows + i] = g[i * rows + j];
  }
  return g;
}

/** Upper triangle (and some of the lower) of A Aᵀ with the wasm kernel. */
function wasmGram(kernel: (memoryBytes: number) => DotTileInstance, a: Float64Array, rows: number, cols: number, chunkBytes: number): Float64Array {
  // Zero rows and columns pad the matrix to whole tiles and whole f64x2 lanes; they add nothing.
  const rowsPad = Math.ceil(rows / TILE_ROWS) * TILE_ROWS;
  const colsEven = cols + (cols % 2);
  // Whole column blocks per chunk, at least one even when that exceeds the budget (rows > 4096).
  const chunk = Math.min(colsEven, Math.max(BLOCK, Math.floor(chunkBytes / (8 * rowsPad * BLOCK)) * BLOCK));
  const outBytes = 8 * TILE_ROWS * TILE_COLS;
  const { tile, heap } = kernel(outBytes + 8 * rowsPad * chunk);
  const out = heap.subarray(0, TILE_ROWS * TILE_COLS);
  const base = outBytes / 8;
  const stride = 8 * chunk;
  const gp = new Float64Array(rowsPad * rowsPad);
  for (let c0 = 0; c0 < cols; c0 += chunk) {
    const width = Math.min(chunk, cols - c0);
    const widthEven = width + (width % 2);
    // Fresh memory is zero; only a narrower last chunk can leave stale columns behind.
    if (c0 > 0 && width < chunk) heap.fill(0, base, base + rowsPad * chunk);
    for (let r = 0; r < rows; r++) heap.set(a.subarray(r * cols + c0, r * cols + c0 + width), base + r * chunk);
    for (let k0 = 0; k0 < widthEven; k0 += BLOCK) {
      const lenBytes = 8 * Math.min(BLOCK, widthEven - k0);
      for (let i = 0; i < rowsPad; i += TILE_ROWS) {
        const pa = 8 * (base + i * chunk + k0);
        for (let j = i; j < rowsPad; j += TILE_COLS) {
          tile(pa, 8 * (base + j * chunk + k0), stride, lenBytes, 0);
          for (let r = 0; r < TILE_ROWS; r++) {
            const o = (i + r) * rowsPad + j;
            for (let c = 0; c < TILE_COLS; c++) gp[o + c] += out[r * TILE_COLS + c];
          }
        }
      }
    }
  }
  if (rowsPad === rows) return gp;
  const g = new Float64Array(rows * rows);
  for (let i = 0; i < rows; i++) g.set(gp.subarray(i * rowsPad, i * rowsPad + rows), i * rows);
  return g;
}

/** Upper triangle (and some of the lower) of A Aᵀ with 4 × 4 register tiles in JavaScript. */
function jsGram(a: Float64Array, rows: number, cols: number): Float64Array {
  const g = new Float64Array(rows * rows);
  const block = 256;
  const full = rows - (rows % 4);
  for (let k0 = 0; k0 < cols; k0 += block) {
    const k1 = Math.min(cols, k0 + block);
    for (let i = 0; i < full; i += 4) {
      const a0 = i * cols;
      const a1 = a0 + cols;
      const a2 = a1 + cols;
      const a3 = a2 + cols;
      for (let j = i; j < full; j += 4) {
        const b0 = j * cols;
        const b1 = b0 + cols;
        const b2 = b1 + cols;
        const b3 = b2 + cols;
        let c00 = 0, c01 = 0, c02 = 0, c03 = 0;
        let c10 = 0, c11 = 0, c12 = 0, c13 = 0;
        let c20 = 0, c21 = 0, c22 = 0, c23 = 0;
        let c30 = 0, c31 = 0, c32 = 0, c33 = 0;
        for (let k = k0; k < k1; k++) {
          const y0 = a[b0 + k];
          const y1 = a[b1 + k];
          const y2 = a[b2 + k];
          const y3 = a[b3 + k];
          let x = a[a0 + k];
          c00 += x * y0; c01 += x * y1; c02 += x * y2; c03 += x * y3;
          x = a[a1 + k];
          c10 += x * y0; c11 += x * y1; c12 += x * y2; c13 += x * y3;
          x = a[a2 + k];
          c20 += x * y0; c21 += x * y1; c22 += x * y2; c23 += x * y3;
          x = a[a3 + k];
          c30 += x * y0; c31 += x * y1; c32 += x * y2; c33 += x * y3;
        }
        let o = i * rows + j;
        g[o] += c00; g[o + 1] += c01; g[o + 2] += c02; g[o + 3] += c03;
        o += rows;
        g[o] += c10; g[o + 1] += c11; g[o + 2] += c12; g[o + 3] += c13;
        o += rows;
        g[o] += c20; g[o + 1] += c21; g[o + 2] += c22; g[o + 3] += c23;
        o += rows;
        g[o] += c30; g[o + 1] += c31; g[o + 2] += c32; g[o + 3] += c33;
      }
    }
    // Rows beyond the last full tile: plain dot products against every row.
    for (let i = full; i < rows; i++) {
      const ai = i * cols;
      for (let j = 0; j <= i; j++) {
        const aj = j * cols;
        let s = 0;
        for (let k = k0; k < k1; k++) s += a[ai + k] * a[aj + k];
        g[j * rows + i] += s;
      }
    }
  }
  return g;
}
