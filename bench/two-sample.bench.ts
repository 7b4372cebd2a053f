/**
 * ksTest and wasserstein1d on 1,000,000 vs 1,000,000 values, each timed beside scipy
 * (bench/two_sample_reference.py) in the same run on the same float64 data. Target: within 2×
 * scipy. Both sides report the median of 3 warm runs.
 * - ksTest with a shift of 0.002 sd: D ≈ 0.0013, N = 500,000, p by Pelz–Good;
 * - ksTest with a shift of 0.005 sd: N·D² ≥ 2.2, p by the Smirnov sum over ~N terms;
 * - wasserstein1d, unweighted.
 * Our time includes copying and sorting both inputs (Float64Array sort), as scipy's includes
 * np.sort / argsort.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { createRng } from '../src/core/rng.js';
import { ksTest } from '../src/stats/ks-test.js';
import { wasserstein1d } from '../src/stats/wasserstein-1d.js';
import type { BenchRow } from './types.js';

const N = 1_000_000;
const REPEATS = 3;

function normals(seed: number, n: number, shift: number): Float64Array {
  const rng = createRng(seed);
  const out = new Float64Array(n);
  for (let i = 0; i < n; i++) out[i] = rng.normal() + shift;
  return out;
}

function medianMs<T>(fn: () => T): { ms: number; value: T } {
  let value = fn(); // warm-up (JIT)
  const times: number[] = [];
  for (let r = 0; r < REPEATS; r++) {
    const t = performance.now();
    value = fn();
    times.push(performance.now() - t);
  }
  times.sort((x, y) => x - y);
  return { ms: times[Math.floor(REPEATS / 2)], value };
}

interface Reference {
  versions: Record<string, string>;
  ks_small: { ms: number; statistic: number; pValue: number };
  ks_large: { ms: number; statistic: number; pValue: number };
  wasserstein: { ms: number; value: number };
}

const bytes = (x: Float64Array) => new Uint8Array(x.buffer, x.byteOffset, x.byteLength);
const rel = (x: number, y: number) => (x === y ? 0 : Math.abs(x - y) / Math.abs(y));

export default async function (): Promise<BenchRow[]> {
  const a = normals(1, N, 0);
  const b = normals(2, N, 0.002);
  const c = normals(3, N, 0.005);

  const ksSmall = medianMs(() => ksTest(a, b));
  const ksLarge = medianMs(() => ksTest(a, c));
  const w = medianMs(() => wasserstein1d(a, b));

  const dir = await mkdtemp(join(tmpdir(), 'synthscope-bench-'));
  let ref: Reference;
  try {
    await writeFile(join(dir, 'a.f64'), bytes(a));
    await writeFile(join(dir, 'b.f64'), bytes(b));
    await writeFile(join(dir, 'c.f64'), bytes(c));
    const script = fileURLToPath(new URL('./two_sample_reference.py', import.meta.url));
    const { stdout } = await promisify(execFile)('/usr/bin/python3', [script, dir], { maxBuffer: 1 << 20 });
    ref = JSON.parse(stdout) as Reference;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }

  const scipyName = `scipy ${ref.versions.scipy}`;
  const ksNote = (mine: { statistic: number; pValue: number }, theirs: { statistic: number; pValue: number }) =>
    `target ≤ 2×; D ${mine.statistic.toExponential(4)} (same: ${mine.statistic === theirs.statistic}), ` +
    `p ${mine.pValue.toPrecision(6)} vs ${theirs.pValue.toPrecision(6)} (rel. diff ${rel(mine.pValue, theirs.pValue).toExponential(1)})`;
  return [
    {
      name: 'ksTest 1e6 vs 1e6, shift 0.002 (Pelz–Good p)',
      synthscopeMs: ksSmall.ms,
      reference: `${scipyName} ks_2samp`,
      referenceMs: ref.ks_small.ms,
      note: ksNote(ksSmall.value, ref.ks_small),
    },
    {
      name: 'ksTest 1e6 vs 1e6, shift 0.005 (Smirnov-sum p)',
      synthscopeMs: ksLarge.ms,
      reference: `${scipyName} ks_2samp`,
      referenceMs: ref.ks_large.ms,
      note: ksNote(ksLarge.value, ref.ks_large),
    },
    {
      name: 'wasserstein1d 1e6 vs 1e6',
      synthscopeMs: w.ms,
      reference: `${scipyName} wasserstein_distance`,
      referenceMs: ref.wasserstein.ms,
      note: `target ≤ 2×; W₁ ${w.value.toPrecision(10)} vs ${ref.wasserstein.value.toPrecision(10)} (rel. diff ${rel(w.value, ref.wasserstein.value).toExponential(1)})`,
    },
  ];
}
