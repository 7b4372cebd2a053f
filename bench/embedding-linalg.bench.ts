/**
 * Linear-algebra embedding metrics on 10,000 × 384 per side (a MiniLM-sized embedding), timed
 * beside their references in the same run: frechetDistance vs pytorch-fid's formula (numpy.cov +
 * scipy.linalg.sqrtm), c2st (5 folds) vs sklearn LogisticRegression() on StratifiedKFold, and
 * vendiScore vs vendi_score's d × d form. Both sides read the same float32 data (written to a
 * temporary file for Python). Each side reports the best of 2 runs (the machine is shared), ours
 * after one warm-up call on smaller data (JIT).
 */
import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import type { Matrix } from '../src/core/matrix.js';
import { createRng } from '../src/core/rng.js';
import { c2st } from '../src/stats/embedding/c2st.js';
import { frechetDistance } from '../src/stats/embedding/frechet-distance.js';
import { vendiScore } from '../src/stats/embedding/vendi-score.js';
import type { BenchRow } from './types.js';

const ROWS = 10_000;
const DIM = 384;

/** Correlated Gaussian rows: a few shared factors plus noise, with a mean shift. */
function embeddings(seed: number, rows: number, dim: number, shift: number): Matrix {
  const rng = createRng(seed);
  const factors = 8;
  const loadings = Float64Array.from({ length: factors * dim }, () => rng.normal() * 0.5);
  const data = new Float32Array(rows * dim);
  const z = new Float64Array(factors);
  for (let r = 0; r < rows; r++) {
    for (let f = 0; f < factors; f++) z[f] = rng.normal();
    for (let c = 0; c < dim; c++) {
      let v = shift + rng.normal();
      for (let f = 0; f < factors; f++) v += z[f] * loadings[f * dim + c];
      data[r * dim + c] = v;
    }
  }
  return { rows, dimension: dim, data };
}

function time<T>(fn: () => T, repeats = 2): { ms: number; value: T } {
  let ms = Infinity;
  let value!: T;
  for (let i = 0; i < repeats; i++) {
    const t = performance.now();
    value = fn();
    ms = Math.min(ms, performance.now() - t);
  }
  return { ms, value };
}

interface Reference {
  versions: Record<string, string>;
  frechet: { ms: number; value: number; symmetricFormValue: number };
  c2st: { ms: number; value: number };
  vendi: { ms: number; value: number };
}

export default async function (): Promise<BenchRow[]> {
  // Same loadings for both sides (seed of the factor model), different rows, small mean shift.
  const real = embeddings(1, ROWS, DIM, 0);
  const synthetic = embeddings(1, 2 * ROWS, DIM, 0.02);
  const syn = { rows: ROWS, dimension: DIM, data: synthetic.data.subarray(ROWS * DIM) };

  const warm = { rows: 1000, dimension: DIM, data: real.data.subarray(0, 1000 * DIM) };
  const warm2 = { rows: 1000, dimension: DIM, data: syn.data.subarray(0, 1000 * DIM) };
  frechetDistance(warm, warm2);
  c2st(warm, warm2);
  vendiScore(warm);

  const fd = time(() => frechetDistance(real, syn));
  const cs = time(() => c2st(real, syn));
  const vs = time(() => vendiScore(real));

  const dir = await mkdtemp(join(tmpdir(), 'synthscope-bench-'));
  let ref: Reference;
  try {
    const realPath = join(dir, 'real.f32');
    const synPath = join(dir, 'synthetic.f32');
    await writeFile(realPath, new Uint8Array(real.data.buffer, real.data.byteOffset, real.data.byteLength));
    await writeFile(synPath, new Uint8Array(syn.data.buffer, syn.data.byteOffset, syn.data.byteLength));
    const script = fileURLToPath(new URL('./embedding_linalg_reference.py', import.meta.url));
    const { stdout } = await promisify(execFile)('/usr/bin/python3', [script, realPath, synPath, String(ROWS), String(DIM)], { maxBuffer: 1 << 20 });
    ref = JSON.parse(stdout) as Reference;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
  const size = `${ROWS.toLocaleString('en')} × ${DIM} per side`;
  return [
    {
      name: `frechetDistance ${size}`,
      synthscopeMs: fd.ms,
      reference: `pytorch-fid formula (numpy.cov + scipy ${ref.versions.scipy} sqrtm)`,
      referenceMs: ref.frechet.ms,
      note: `value ${fd.value.toPrecision(12)} vs sqrtm ${ref.frechet.value.toPrecision(12)}, numpy eigh form ${ref.frechet.symmetricFormValue.toPrecision(12)}`,
    },
    {
      name: `c2st 5 folds ${size}`,
      synthscopeMs: cs.ms,
      reference: `sklearn ${ref.versions.sklearn} LogisticRegression() + roc_auc_score`,
      referenceMs: ref.c2st.ms,
      note: `AUC ${cs.value.auc.toFixed(4)} vs ${ref.c2st.value.toFixed(4)} (different fold draws)`,
    },
    {
      name: `vendiScore ${ROWS.toLocaleString('en')} × ${DIM}`,
      synthscopeMs: vs.ms,
      reference: 'vendi_score 0.0.3 score_dual (numpy + scipy eigvalsh)',
      referenceMs: ref.vendi.ms,
      note: `value ${vs.value.toPrecision(10)} vs ${ref.vendi.value.toPrecision(10)}`,
    },
  ];
}
