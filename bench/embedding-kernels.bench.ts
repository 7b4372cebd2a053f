/**
 * The onnxruntime-backed embedding metrics, each timed beside its numpy / sklearn equivalent
 * (bench/embedding_kernels_reference.py) in the same run on the same float32 data:
 * - nearestNeighborSimilarity, 10,000 × 384 against 10,000 × 384 (target: ≤ 1.5× numpy
 *   `S @ R.T` + row max, in bounded memory: our product blocks stay under the 256 MiB budget,
 *   numpy holds the whole 400 MB matrix);
 * - prdc with k = 5, 5,000 × 384 per side (clovaai formulas on sklearn pairwise_distances);
 * - mmdTest with 200 permutations, 2,000 × 384 per side (numpy done the fast way, Z @ K).
 * Data: a shared 8-factor Gaussian model plus noise (realistic common component), synthetic
 * slightly shifted. One warm-up call on small data first (session creation, JIT).
 */
import { execFile } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import type { Matrix } from '../src/core/matrix.js';
import { createRng } from '../src/core/rng.js';
import { mmdTest } from '../src/stats/embedding/mmd-test.js';
import { nearestNeighborSimilarity } from '../src/stats/embedding/nearest-neighbor-similarity.js';
import { prdc } from '../src/stats/embedding/prdc.js';
import type { BenchRow } from './types.js';

const DIM = 384;
const NN_ROWS = 10_000;
const PRDC_ROWS = 5_000;
const MMD_ROWS = 2_000;
const K = 5;
const PERMUTATIONS = 200;

function embeddings(seed: number, rows: number, shift: number): Matrix {
  const loadingsRng = createRng(1000); // same factor loadings for every set
  const factors = 8;
  const loadings = Float64Array.from({ length: factors * DIM }, () => loadingsRng.normal() * 0.5);
  const rng = createRng(seed);
  const data = new Float32Array(rows * DIM);
  const z = new Float64Array(factors);
  for (let r = 0; r < rows; r++) {
    for (let f = 0; f < factors; f++) z[f] = rng.normal();
    for (let c = 0; c < DIM; c++) {
      let v = 1 + shift + rng.normal();
      for (let f = 0; f < factors; f++) v += z[f] * loadings[f * DIM + c];
      data[r * DIM + c] = v;
    }
  }
  return { rows, dimension: DIM, data };
}

/** Peak resident memory (VmHWM) since the last reset, in MiB; Linux only, else NaN. */
function peakRssMb(): number {
  try {
    return Number(/VmHWM:\s+(\d+)/.exec(readFileSync('/proc/self/status', 'utf8'))![1]) / 1024;
  } catch {
    return Number.NaN;
  }
}

async function timed<T>(fn: () => Promise<T>): Promise<{ ms: number; value: T; peakRssMb: number }> {
  // onnxruntime-node blocks the event loop while it runs, so sampling RSS from a timer misses the
  // peak: reset the kernel's high-water mark instead (writing 5 to clear_refs, Linux ≥ 4.0).
  try {
    writeFileSync('/proc/self/clear_refs', '5');
  } catch {
    /* not Linux: no figure */
  }
  const before = process.memoryUsage().rss / 2 ** 20;
  const t = performance.now();
  const value = await fn();
  const ms = performance.now() - t;
  return { ms, value, peakRssMb: peakRssMb() - before };
}

interface Reference {
  versions: Record<string, string>;
  nn: { ms: number; mean: number };
  prdc: { ms: number; precision: number; recall: number; density: number; coverage: number };
  mmd: { ms: number; mmd2: number; sigma: number; pValue: number };
}

const bytes = (m: Matrix) => new Uint8Array(m.data.buffer, m.data.byteOffset, m.data.byteLength);
const head = (m: Matrix, rows: number): Matrix => ({ rows, dimension: m.dimension, data: m.data.subarray(0, rows * m.dimension) });

export default async function (): Promise<BenchRow[]> {
  const nnReal = embeddings(1, NN_ROWS, 0);
  const nnSynthetic = embeddings(2, NN_ROWS, 0.05);
  const prdcReal = head(nnReal, PRDC_ROWS);
  const prdcSynthetic = head(nnSynthetic, PRDC_ROWS);
  const mmdReal = head(nnReal, MMD_ROWS);
  const mmdSynthetic = head(nnSynthetic, MMD_ROWS);

  await nearestNeighborSimilarity(head(nnSynthetic, 200), head(nnReal, 200));
  await prdc(head(prdcReal, 200), head(prdcSynthetic, 200));
  await mmdTest(head(mmdReal, 100), head(mmdSynthetic, 100), { permutations: 10 });

  const nn = await timed(() => nearestNeighborSimilarity(nnSynthetic, nnReal));
  const pr = await timed(() => prdc(prdcReal, prdcSynthetic, { k: K }));
  const mt = await timed(() => mmdTest(mmdReal, mmdSynthetic, { permutations: PERMUTATIONS }));

  const dir = await mkdtemp(join(tmpdir(), 'synthscope-bench-'));
  let ref: Reference;
  try {
    await writeFile(join(dir, 'spec.json'), JSON.stringify({ dim: DIM, nnRows: NN_ROWS, prdcRows: PRDC_ROWS, mmdRows: MMD_ROWS, k: K, permutations: PERMUTATIONS }));
    await writeFile(join(dir, 'nn_real.f32'), bytes(nnReal));
    await writeFile(join(dir, 'nn_synthetic.f32'), bytes(nnSynthetic));
    await writeFile(join(dir, 'prdc_real.f32'), bytes(prdcReal));
    await writeFile(join(dir, 'prdc_synthetic.f32'), bytes(prdcSynthetic));
    await writeFile(join(dir, 'mmd_real.f32'), bytes(mmdReal));
    await writeFile(join(dir, 'mmd_synthetic.f32'), bytes(mmdSynthetic));
    const script = fileURLToPath(new URL('./embedding_kernels_reference.py', import.meta.url));
    const { stdout } = await promisify(execFile)('/usr/bin/python3', [script, dir], { maxBuffer: 1 << 20 });
    ref = JSON.parse(stdout) as Reference;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }

  const p = pr.value;
  const rp = ref.prdc;
  return [
    {
      name: `nearestNeighborSimilarity ${NN_ROWS.toLocaleString('en')} × ${DIM} vs ${NN_ROWS.toLocaleString('en')} × ${DIM}`,
      synthscopeMs: nn.ms,
      reference: `numpy ${ref.versions.numpy} float32 S @ R.T + max(axis=1) (OpenBLAS)`,
      referenceMs: ref.nn.ms,
      note: `target ≤ 1.5×; mean ${nn.value.mean.toFixed(6)} vs ${ref.nn.mean.toFixed(6)}; peak RSS +${nn.peakRssMb.toFixed(0)} MiB (256 MiB product budget + unit-row copies; numpy holds the whole 381 MiB matrix)`,
    },
    {
      name: `prdc k=${K} ${PRDC_ROWS.toLocaleString('en')} × ${DIM} per side`,
      synthscopeMs: pr.ms,
      reference: `clovaai compute_prdc formulas on sklearn ${ref.versions.sklearn} pairwise_distances`,
      referenceMs: rp.ms,
      note: `P/R/D/C ${[p.precision, p.recall, p.density, p.coverage].map((v) => v.toFixed(4)).join('/')} vs ${[rp.precision, rp.recall, rp.density, rp.coverage].map((v) => v.toFixed(4)).join('/')}`,
    },
    {
      name: `mmdTest ${PERMUTATIONS} permutations ${MMD_ROWS.toLocaleString('en')} × ${DIM} per side`,
      synthscopeMs: mt.ms,
      reference: `numpy ${ref.versions.numpy}: median σ, exp kernel, Z @ K for all permutations`,
      referenceMs: ref.mmd.ms,
      note: `MMD² ${mt.value.mmd2.toExponential(5)} vs ${ref.mmd.mmd2.toExponential(5)}, σ ${mt.value.sigma.toFixed(5)} vs ${ref.mmd.sigma.toFixed(5)}, p ${mt.value.pValue.toFixed(3)} vs ${ref.mmd.pValue.toFixed(3)} (different permutation draws)`,
    },
  ];
}
