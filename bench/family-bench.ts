import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { EvaluateConfigInput } from '../src/core/evaluate/config.js';
import { evaluate } from '../src/core/evaluate/evaluate.js';
import type { MetricDefinition } from '../src/core/evaluate/types.js';
import type { Results } from '../src/core/results-schema.js';
import { createEmbedder } from '../src/embed/create-embedder.js';
import type { Embedder } from '../src/embed/types.js';
import type { Dataset } from '../src/io/types.js';
import type { BenchRow } from './types.js';

export interface FamilyBenchSpec {
  /** 'drift': names the rows, the metric-id prefix dropped in the note, the cache folder and the `DRIFT_BENCH_SIZES` override. */
  family: string;
  metrics: readonly MetricDefinition[];
  /** The two sides at n rows each. */
  sides: (n: number) => { synthetic: Dataset; real: Dataset };
  config?: (sides: { synthetic: Dataset; real: Dataset }) => EvaluateConfigInput;
  /**
   * 'per-metric': warm the embedding cache first, then read the CPU time (all threads) at each
   * stage change, since on a shared, loaded machine wall-clock timings overstate what the
   * metrics cost; 'total': the process CPU time of the whole evaluate(), embedding included.
   */
  cpu?: 'per-metric' | 'total';
  /** Family-specific figures for the note, after the per-metric timings. */
  summary?: (results: Results) => string;
  /** Further rows timed with the same embedder (formulas alone against their references). */
  more?: (embedder: Embedder) => Promise<BenchRow[]>;
}

const cpuOf = (u: NodeJS.CpuUsage) => (u.user + u.system) / 1e6;

/**
 * One metric family alone through evaluate() with the builtin embedder, at 10,000 and 100,000
 * rows per side unless `<FAMILY>_BENCH_SIZES` (comma-separated) says otherwise: one row per size
 * with the metrics' own time (embedding excluded), each metric's time, embedding time, peak RSS
 * and the samples recorded. Embeddings are cached in a temporary folder kept between runs.
 */
export async function familyBench(spec: FamilyBenchSpec): Promise<BenchRow[]> {
  const { family, metrics } = spec;
  const embedder = await createEmbedder('builtin', { cacheDir: join(tmpdir(), `synthscope-bench-${family}`) });
  const rows: BenchRow[] = [];
  const sizes = (process.env[`${family.toUpperCase()}_BENCH_SIZES`] ?? '10000,100000').split(',').map(Number);
  try {
    for (const n of sizes) {
      const { synthetic, real } = spec.sides(n);
      const config = spec.config?.({ synthetic, real });
      // Warm the embedding cache first so that the CPU time below is the metrics' own.
      if (spec.cpu === 'per-metric') await embedder.embed([...synthetic.rows.map((r) => r.text), ...real.rows.map((r) => r.text)]);
      const cpu = process.cpuUsage();
      const cpuByMetric: Record<string, number> = {};
      let stage = '';
      let mark = process.cpuUsage();
      const onStage = (next: string) => {
        if (stage) cpuByMetric[stage] = cpuOf(process.cpuUsage(mark));
        stage = next;
        mark = process.cpuUsage();
      };
      const perStage = spec.cpu === 'per-metric';
      const results = await evaluate({ synthetic, real, embedder, seed: 1, metrics, ...(config ? { config } : {}), ...(perStage ? { onStage } : {}) });
      if (perStage) onStage('');
      const cpuSeconds = cpuOf(process.cpuUsage(cpu));
      const { embed, total, ...perMetric } = results.timings;
      const size = n.toLocaleString('en-US');
      const failed = results.metrics.filter((m) => m.status !== 'ok').map((m) => `${m.id}: ${m.reason}`);
      const timings = Object.entries(perMetric)
        .map(([k, v]) => `${k.replace(`${family}.`, '')} ${(v / 1000).toFixed(2)}s${perStage ? ` (CPU ${(cpuByMetric[k] ?? 0).toFixed(2)}s)` : ''}`)
        .join(', ');
      const note = [
        spec.cpu === 'total' ? `CPU ${cpuSeconds.toFixed(1)}s with embedding (wall times suffer when other processes share the 2 cores)` : null,
        timings,
        perStage ? `CPU ${cpuSeconds.toFixed(1)}s (all threads; wall time on a loaded machine overstates)` : null,
        spec.summary?.(results) ?? null,
        `embedding ${(embed / 1000).toFixed(1)}s`,
        `peak RSS ${Math.round(process.resourceUsage().maxRSS / 1024)} MB`,
        `${results.samples.length} samples recorded`,
        failed.length ? `NOT OK: ${failed.join('; ')}` : null,
      ];
      rows.push({ name: `${family} family ${size} vs ${size}`, synthscopeMs: total - embed, note: note.filter((part) => part !== null).join('; ') });
    }
    if (spec.more) rows.push(...(await spec.more(embedder)));
  } finally {
    await embedder.dispose();
  }
  return rows;
}
