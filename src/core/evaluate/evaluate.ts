/**
 * evaluate(): the heart of synthscope. One results object, every output reads it.
 *
 *   datasets ─ validate ─ split real (seeded shuffle) ─ embed all texts once (cached)
 *     ─ for each metric in the registry: value (synthetic vs reference), baseline (holdout vs
 *       reference), CI, per-label, warnings; skips and errors recorded, never fatal
 *     ─ flags ranked and capped per kind ─ results (schema in ../results-schema.ts)
 */
import { createHash } from 'node:crypto';
import { SynthscopeError } from '../errors.js';
import { realTooSmall, syntheticEmpty } from '../messages.js';
import { createRng } from '../rng.js';
import type { Flag, MetricResult, Results, Sample } from '../results-schema.js';
import { SCHEMA_VERSION } from '../results-schema.js';
import type { Dataset } from '../../io/types.js';
import type { Embedder } from '../../embed/types.js';
import { EvaluateConfigSchema, type EvaluateConfig, type EvaluateConfigInput } from './config.js';
import { METRICS } from './registry.js';
import { derivedSeed, emptyResult, runMetric, type RunEnvironment } from './run-metric.js';
import { createSide, matrixRows, subSide } from './side.js';
import { splitReal } from './split.js';
import { projectSides } from './projection.js';
import type { LabelJudge } from './label-judge.js';
import { realContentHash, type BaselineCache } from './baseline-cache.js';
import { safeSnippet } from '../../text/pii/safe-snippet.js';
import type { MetricDefinition } from './types.js';

export interface EvaluateOptions {
  synthetic: Dataset;
  real: Dataset;
  embedder: Embedder;
  /** Seeds the split, samples and bootstrap; same inputs and seed give the same results [0]. */
  seed?: number;
  config?: EvaluateConfigInput;
  /** Defaults to every registered metric. */
  metrics?: readonly MetricDefinition[];
  toolVersion?: string;
  /** Clock for `createdAt` (tests pass a fixed one). */
  now?: () => Date;
  /** An LLM label judge for the agreement family (used when agreement.judge is configured). */
  judge?: LabelJudge;
  /**
   * Keeps real-vs-real baselines across runs (they do not depend on the synthetic rows); the CLI
   * passes one backed by the cache folder. Results are the same with or without it.
   */
  baselineCache?: BaselineCache;
  /** Called as each stage starts: 'embed', then each metric id. */
  onStage?: (stage: string, done: number, total: number) => void;
}

const countLabels = (labels: ReadonlyArray<string | null>) => {
  const counts: Record<string, number> = {};
  for (const l of labels) if (l !== null) counts[l] = (counts[l] ?? 0) + 1;
  return Object.fromEntries(Object.entries(counts).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
};

/**
 * Scores synthetic data against real data across six families (similarity, diversity,
 * agreement, drift, bias, privacy), each metric beside its real-vs-real baseline with a seeded
 * bootstrap confidence interval.
 *
 * @example
 * const results = await evaluate({ synthetic, real, embedder: await createEmbedder(), seed: 7 });
 * results.metrics.find((m) => m.id === 'drift.c2st-auc');
 * // { value: 0.71, baseline: { value: 0.51, … }, ci: { lo: 0.69, hi: 0.73, … }, reading: 'poor', … }
 */
export async function evaluate(options: EvaluateOptions): Promise<Results> {
  const t0 = performance.now();
  const timings: Record<string, number> = {};
  const seed = options.seed ?? 0;
  const config = EvaluateConfigSchema.parse(options.config ?? {});
  const { synthetic: synthData, real: realData } = options;
  if (synthData.rows.length === 0) throw new SynthscopeError('INPUT', syntheticEmpty(synthData.path));
  if (realData.rows.length < 4) throw new SynthscopeError('INPUT', realTooSmall(realData.path, realData.rows.length));

  const split = splitReal(realData.rows, createRng(derivedSeed(seed, 'split')));

  options.onStage?.('embed', 0, 1);
  let t = performance.now();
  const texts = [...synthData.rows.map((r) => r.text), ...realData.rows.map((r) => r.text)];
  const all = await options.embedder.embed(texts);
  timings.embed = performance.now() - t;

  const synthetic = createSide('synthetic', synthData.rows, matrixRows(all, 0, synthData.rows.length));
  const real = createSide('real', realData.rows, matrixRows(all, synthData.rows.length, realData.rows.length));
  const reference = subSide(real, split.reference, 'reference');
  const holdout = subSide(real, split.holdout, 'holdout');
  const hasLabels = synthetic.labels.some((l) => l !== null) && real.labels.some((l) => l !== null);

  const samples: Sample[] = [];
  const env: RunEnvironment = {
    synthetic, reference, holdout, real, config, seed, hasLabels, samples,
    embed: (extra) => options.embedder.embed(extra),
    equalSize: new Map(),
    ...(options.judge ? { judge: options.judge } : {}),
    ...(options.baselineCache ? { baselineCache: options.baselineCache } : {}),
    baselineKeyParts: {
      toolVersion: options.toolVersion ?? '0.0.0',
      realHash: options.baselineCache ? realContentHash(realData.rows) : '',
      seed,
      config,
      embedder: `${options.embedder.id}@${options.embedder.revision}`,
    },
    memos: new WeakMap(),
    shared: new WeakMap(),
  };
  const metrics: MetricResult[] = [];
  const flags: Flag[] = [];
  const defs = options.metrics ?? METRICS;
  for (const [i, def] of defs.entries()) {
    if (!selected(def, config.include, config.exclude)) {
      metrics.push(skippedByConfig(def, env));
      continue;
    }
    options.onStage?.(def.id, i, defs.length);
    const run = await runMetric(def, env);
    metrics.push(run.result);
    flags.push(...run.flags);
    timings[def.id] = run.ms;
  }

  t = performance.now();
  const projection = projectSides(synthetic, real, seed, samples);
  timings.projection = performance.now() - t;

  const { kept, counts } = rankFlags(flags, config.maxFlagsPerKind);
  const byLine = new Map(synthetic.rows.map((r) => [r.line, r.text]));
  for (const flag of kept) {
    const text = byLine.get(flag.row);
    if (text !== undefined) flag.text = safeSnippet(text);
  }
  const syntheticLabels = countLabels(synthetic.labels);
  const realLabels = countLabels(real.labels);
  timings.total = performance.now() - t0;
  return {
    schemaVersion: SCHEMA_VERSION,
    tool: { name: 'synthscope', version: options.toolVersion ?? '0.0.0' },
    createdAt: (options.now ?? (() => new Date()))().toISOString(),
    seed,
    embedder: { id: options.embedder.id, dimension: options.embedder.dimension, revision: options.embedder.revision },
    inputs: {
      synthetic: inputOf(synthData),
      real: inputOf(realData),
      fields: { text: synthData.fields.text, label: synthData.fields.label },
      split: { reference: split.reference.length, holdout: split.holdout.length },
    },
    labels: {
      synthetic: syntheticLabels,
      real: realLabels,
      unknownInReal: Object.keys(syntheticLabels).filter((l) => !(l in realLabels)),
    },
    config: configForResults(config),
    samples: dedupeSamples(samples),
    metrics,
    flags: kept,
    flagCounts: counts,
    ...(projection ? { projection } : {}),
    timings,
  };
}

/**
 * The config as recorded in results.json: few-shot exemplar texts are user data that may hold
 * PII, so only their count and a hash of them are kept.
 */
function configForResults(config: EvaluateConfig): Record<string, unknown> {
  const texts = config.privacy.exemplarTexts;
  const privacy = { ...config.privacy, exemplarTexts: { count: texts.length, sha256: createHash('sha256').update(JSON.stringify(texts)).digest('hex') } };
  return { ...config, privacy } as Record<string, unknown>;
}

function inputOf(d: Dataset) {
  return {
    path: d.path,
    sha256: d.sha256,
    format: d.format,
    rows: d.rows.length,
    invalidRows: d.invalid.length,
    skipped: d.invalid.map((r) => ({ line: r.line, reason: r.reason })),
  };
}

function selected(def: MetricDefinition, include: string[], exclude: string[]): boolean {
  const hit = (list: string[]) => list.some((x) => x === def.id || x === def.family);
  if (include.length > 0 && !hit(include)) return false;
  return !hit(exclude);
}

function skippedByConfig(def: MetricDefinition, env: RunEnvironment): MetricResult {
  return { ...emptyResult(def, env), status: 'skipped', reason: 'left out by the config (include/exclude)' };
}

/** Flags grouped by kind, each kind ranked by score (desc) then row, capped; full counts kept. */
function rankFlags(flags: Flag[], cap: number): { kept: Flag[]; counts: Record<string, number> } {
  const byKind = new Map<string, Flag[]>();
  for (const f of flags) {
    let list = byKind.get(f.kind);
    if (!list) byKind.set(f.kind, (list = []));
    list.push(f);
  }
  const kept: Flag[] = [];
  const counts: Record<string, number> = {};
  for (const kind of [...byKind.keys()].sort()) {
    const list = byKind.get(kind)!;
    list.sort((a, b) => (b.score ?? 0) - (a.score ?? 0) || a.row - b.row);
    counts[kind] = list.length;
    kept.push(...list.slice(0, cap));
  }
  return { kept, counts };
}

/** Distinct samples in a fixed order (by purpose, side, size, seed): the same list however the work was shared or cached. */
function dedupeSamples(samples: Sample[]): Sample[] {
  const byKey = new Map<string, Sample>();
  for (const s of samples) byKey.set(JSON.stringify([s.purpose, s.side, s.size, s.of, s.seed]), s);
  return [...byKey.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, s]) => s);
}
