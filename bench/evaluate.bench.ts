/**
 * evaluate() end to end with the builtin embedder: 10,000 vs 10,000 rows cold (empty embedding
 * cache; targets ≤ 60 s) and warm (cached; ≤ 10 s), and 100,000 vs 100,000 (must complete, peak
 * memory < 4 GB). Each run is a child process so its peak memory (max RSS) is its own.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { BenchRow } from './types.js';

const run = promisify(execFile);

async function child(n: number, cacheDir: string) {
  const { stdout } = await run(process.execPath, ['--import', 'tsx', 'bench/evaluate-child.ts', String(n), cacheDir], { maxBuffer: 16 << 20, timeout: 30 * 60_000 });
  return JSON.parse(stdout.trim().split('\n').pop()!) as { ms: number; maxRssMb: number; timings: Record<string, number>; errors: string[]; metrics: number; samples: number };
}

const slowest = (timings: Record<string, number>) =>
  Object.entries(timings)
    .filter(([k]) => k !== 'total')
    .sort((a, b) => b[1] - a[1])
    .slice(0, 3)
    .map(([k, v]) => `${k} ${(v / 1000).toFixed(1)}s`)
    .join(', ');

export default async function (): Promise<BenchRow[]> {
  const rows: BenchRow[] = [];
  const cacheDir = await mkdtemp(join(tmpdir(), 'synthscope-bench-eval-'));
  try {
    for (const [label, n] of [['cold', 10_000], ['warm', 10_000], ['cold', 100_000]] as const) {
      const r = await child(n, cacheDir);
      rows.push({
        name: `evaluate ${n.toLocaleString('en-US')} vs ${n.toLocaleString('en-US')}, ${label} (${r.metrics} metrics)`,
        synthscopeMs: r.ms,
        note: `peak RSS ${Math.round(r.maxRssMb)} MB; slowest: ${slowest(r.timings)}; ${r.samples} samples recorded` + (r.errors.length ? `; ERRORS: ${r.errors.join(' | ')}` : ''),
      });
    }
  } finally {
    await rm(cacheDir, { recursive: true, force: true });
  }
  return rows;
}
