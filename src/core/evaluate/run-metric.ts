import type { Matrix } from '../matrix.js';
import type { LabelJudge } from './label-judge.js';
import { createRng, type Rng } from '../rng.js';
import type { Ci, Flag, LabelValue, MetricResult, Sample } from '../results-schema.js';
import { baselineKey, type BaselineCache, type CachedBaseline } from './baseline-cache.js';
import { bootstrapMeanCi, percentileCi, subsampleCi } from './bootstrap.js';
import type { EvaluateConfig } from './config.js';
import { readingOf } from './reading.js';
import { subSide } from './side.js';
import { MetricSkip, type MetricContext, type MetricDefinition, type MetricOutput, type Side } from './types.js';

export interface RunEnvironment {
  synthetic: Side;
  reference: Side;
  holdout: Side;
  real: Side;
  config: EvaluateConfig;
  seed: number;
  hasLabels: boolean;
  samples: Sample[];
  embed: (texts: readonly string[]) => Promise<Matrix>;
  judge?: LabelJudge;
  /** Optional store of baselines across runs, and the run-level parts of its keys. */
  baselineCache?: BaselineCache;
  baselineKeyParts: { toolVersion: string; realHash: string; seed: number; config: unknown; embedder: string };
  /** Equal-size samples of a side for size-sensitive metrics, by `${side}:${size}`. */
  equalSize: Map<string, Side>;
  /** Run-wide memo tables: by (candidate, reference) pair, and by reference alone. */
  memos: WeakMap<Side, WeakMap<Side, Map<string, Promise<unknown>>>>;
  shared: WeakMap<Side, Map<string, Promise<unknown>>>;
}

function memoTable<T>(map: Map<string, Promise<unknown>>, key: string, compute: () => Promise<T> | T): Promise<T> {
  let hit = map.get(key) as Promise<T> | undefined;
  if (!hit) {
    hit = Promise.resolve().then(compute);
    map.set(key, hit);
  }
  return hit;
}

export interface MetricRun {
  result: MetricResult;
  flags: Flag[];
  ms: number;
}

/** A seed for (run seed, metric id, purpose): adding or reordering metrics changes no other's numbers. */
export function derivedSeed(seed: number, ...parts: string[]): number {
  let h = 0x811c9dc5 ^ (seed >>> 0);
  for (const part of parts) {
    for (let i = 0; i < part.length; i++) h = Math.imul(h ^ part.charCodeAt(i), 0x01000193);
    h = Math.imul(h ^ 0xff, 0x01000193);
  }
  return h >>> 0;
}

/** A result with no value yet: what every run starts from, and what a metric left out by the config keeps. */
export function emptyResult(def: MetricDefinition, env: RunEnvironment): MetricResult {
  return {
    id: def.id,
    family: def.family,
    title: def.title,
    description: def.description,
    value: null,
    ci: null,
    baseline: null,
    goal: def.goal,
    ...(def.target === undefined ? {} : { target: def.target }),
    range: def.range,
    status: 'ok',
    reading: 'n/a',
    warnings: [],
    n: { synthetic: env.synthetic.rows.length, reference: env.reference.rows.length, holdout: env.holdout.rows.length },
    details: {},
  };
}

/**
 * Runs one metric: value (synthetic vs reference), baseline (holdout vs reference, same code,
 * equal sizes where the metric is size-sensitive), confidence intervals, per-label values, sample
 * size warnings. A MetricSkip becomes status 'skipped' with its reason; any other error becomes
 * status 'error' with its message; either way the run goes on.
 */
export async function runMetric(def: MetricDefinition, env: RunEnvironment): Promise<MetricRun> {
  const started = performance.now();
  const result = emptyResult(def, env);
  let flags: Flag[] = [];
  try {
    if (def.requires.labels && !env.hasLabels) throw new MetricSkip('needs labels in both the synthetic and the real data');
    let candidate = env.synthetic;
    let holdout = env.holdout;
    if (def.sizeSensitive && candidate.rows.length !== holdout.rows.length) {
      const m = Math.min(candidate.rows.length, holdout.rows.length);
      // One equal-size sample per side and size, shared by every size-sensitive metric (so they
      // describe the same rows and can share memoised work).
      const pick = (side: Side) => {
        const key = `${side.name}:${m}`;
        let sub = env.equalSize.get(key);
        if (!sub) {
          const seed = derivedSeed(env.seed, 'equal-size', side.name, String(m));
          const idx = createRng(seed).shuffle(side.rows.map((_, i) => i)).slice(0, m).sort((a, b) => a - b);
          env.samples.push({ purpose: 'equal-size comparison for size-sensitive measures', side: side.name, size: m, of: side.rows.length, seed });
          sub = subSide(side, idx);
          env.equalSize.set(key, sub);
        }
        return sub;
      };
      if (candidate.rows.length > m) candidate = pick(candidate);
      if (holdout.rows.length > m) holdout = pick(holdout);
      result.warnings.push(`computed on ${m} synthetic and ${m} holdout rows so value and baseline compare (size-sensitive)`);
    }
    const rngFor = (pass: string) => createRng(derivedSeed(env.seed, def.id, pass));

    const value = await def.compute(contextFor(def, env, 'value', candidate, env.reference, rngFor('value')));
    result.value = value.value;
    if (value.pValue !== undefined) result.pValue = value.pValue;
    result.ci = await ciFor(def, env, value, candidate, rngFor('value-ci'));
    result.details = value.details ?? {};
    result.warnings.push(...(value.warnings ?? []));
    flags = value.flags ?? [];

    if (def.baseline !== false) {
      const base = await baselineFor(def, env, holdout, rngFor);
      result.baseline = base.baseline;
      if (base.pValue !== undefined) result.baselinePValue = base.pValue;
      if (base.details && Object.keys(base.details).length > 0) result.details = { ...result.details, baselineDetails: base.details };
      if (base.warning) result.warnings.push(base.warning);
    }
    if (candidate.rows.length < def.minRows) {
      result.warnings.push(`only ${candidate.rows.length} synthetic rows; ${def.title} needs at least ${def.minRows} to mean much`);
    }
    if (def.perLabel && env.hasLabels) result.perLabel = await perLabel(def, env);
    result.reading = readingOf(def, result.value, result.ci, result.baseline?.value ?? null, result.baseline?.ci ?? null);
  } catch (error) {
    result.value = null;
    result.ci = null;
    result.baseline = null;
    result.reading = 'n/a';
    flags = [];
    if (error instanceof MetricSkip) {
      result.status = 'skipped';
      result.reason = error.message;
    } else {
      result.status = 'error';
      result.reason = (error as Error)?.message ?? String(error);
    }
  }
  return { result, flags, ms: performance.now() - started };
}

/**
 * The real-vs-real baseline of a metric: from the baseline cache when the same real data, seed,
 * config, embedder and holdout size were scored before, else computed (and stored). The samples
 * the computation records are stored with it and replayed, so results.json is the same either way.
 */
async function baselineFor(def: MetricDefinition, env: RunEnvironment, holdout: Side, rngFor: (pass: string) => Rng): Promise<CachedBaseline> {
  const key = env.baselineCache ? baselineKey({ ...env.baselineKeyParts, metric: def.id, holdoutRows: holdout.rows.length }) : null;
  if (key) {
    const hit = await env.baselineCache!.get(key);
    if (hit) {
      env.samples.push(...hit.samples);
      return hit;
    }
  }
  const samplesBefore = env.samples.length;
  let entry: CachedBaseline;
  try {
    const base = await def.compute(contextFor(def, env, 'baseline', holdout, env.reference, rngFor('baseline')));
    entry = {
      baseline: { value: base.value, ci: await ciFor(def, env, base, holdout, rngFor('baseline-ci')) },
      ...(base.pValue !== undefined ? { pValue: base.pValue } : {}),
      ...(base.details ? { details: base.details } : {}),
      samples: [],
    };
  } catch (error) {
    // The value stands even when the holdout rows cannot give a baseline (e.g. none of them
    // mentions a group term): the baseline is absent, and the warning says why.
    if (!(error instanceof MetricSkip)) throw error;
    entry = { baseline: null, warning: `no real-vs-real baseline: ${error.message}`, samples: [] };
  }
  entry.samples = env.samples.slice(samplesBefore);
  if (key) await env.baselineCache!.set(key, entry);
  return entry;
}

function contextFor(def: MetricDefinition, env: RunEnvironment, pass: MetricContext['pass'], candidate: Side, reference: Side, rng: Rng, label?: string): MetricContext {
  let byCandidate = env.memos.get(candidate);
  if (!byCandidate) env.memos.set(candidate, (byCandidate = new WeakMap()));
  let pairMemo = byCandidate.get(reference);
  if (!pairMemo) byCandidate.set(reference, (pairMemo = new Map()));
  let refMemo = env.shared.get(reference);
  if (!refMemo) env.shared.set(reference, (refMemo = new Map()));
  const pair = pairMemo;
  const ref = refMemo;
  return {
    pass,
    ...(label === undefined ? {} : { label }),
    candidate,
    reference,
    real: env.real,
    config: env.config,
    rng,
    embed: env.embed,
    ...(env.judge ? { judge: env.judge } : {}),
    memo: (key, compute) => memoTable(pair, key, compute),
    shared: (key, compute) => memoTable(ref, key, compute),
    sample(side: Side, max: number, purpose: string): number[] {
      const all = side.rows.map((_, i) => i);
      if (side.rows.length <= max) return all;
      // Seeded by what is sampled and why, not by which metric asks: shared work (the real-data
      // classifier) gets the same sample whichever metric computes it first.
      const seed = derivedSeed(env.seed, side.name, purpose);
      const picked = createRng(seed).shuffle(all).slice(0, max).sort((a, b) => a - b);
      if (pass !== 'resample') {
        const sideName = pass === 'baseline' && side === candidate ? 'holdout' : side.name;
        env.samples.push({ purpose: `${def.id}: ${purpose}`, side: sideName, size: max, of: side.rows.length, seed });
      }
      return picked;
    },
  };
}

async function ciFor(def: MetricDefinition, env: RunEnvironment, out: MetricOutput, candidate: Side, rng: Rng): Promise<Ci | null> {
  const { level, resamples } = env.config.bootstrap;
  if (out.perRow) return bootstrapMeanCi(out.perRow, resamples, level, rng);
  if (out.resample) {
    const count = def.ci?.resamples ?? 200;
    const stats = Array.from({ length: count }, () => out.resample!(rng));
    return percentileCi(stats, level, 'bootstrap');
  }
  if (!def.ci || def.ci.resamples <= 0) return null;
  const n = candidate.rows.length;
  if (n < 4) return null;
  const stats: number[] = [];
  for (let b = 0; b < def.ci.resamples; b++) {
    const indices =
      def.ci.method === 'bootstrap'
        ? Array.from({ length: n }, () => rng.int(n))
        : rng.shuffle(candidate.rows.map((_, i) => i)).slice(0, Math.floor(n / 2));
    const sub = subSide(candidate, indices);
    try {
      const resampled = await def.compute(contextFor(def, env, 'resample', sub, env.reference, rng.fork()));
      stats.push(resampled.value);
    } catch {
      stats.push(Number.NaN);
    }
  }
  return def.ci.method === 'bootstrap' ? percentileCi(stats, level, 'bootstrap') : subsampleCi(out.value, stats, n, level);
}

async function perLabel(def: MetricDefinition, env: RunEnvironment): Promise<LabelValue[]> {
  const labels = [...new Set(env.synthetic.labels.filter((l): l is string => l !== null))].sort();
  const out: LabelValue[] = [];
  for (const label of labels) {
    const pick = (side: Side) => subSide(side, side.labels.flatMap((l, i) => (l === label ? [i] : [])));
    const synthetic = pick(env.synthetic);
    const reference = def.perLabel === 'candidate' ? env.reference : pick(env.reference);
    const holdout = pick(env.holdout);
    const n = { synthetic: synthetic.rows.length, reference: reference.rows.length, holdout: holdout.rows.length };
    if (n.synthetic < 2 || n.reference < 2) {
      out.push({ label, value: null, baseline: null, n, status: 'skipped', reason: 'fewer than 2 rows of this label on a side' });
      continue;
    }
    try {
      const rng = createRng(derivedSeed(env.seed, def.id, 'label', label));
      const value = await def.compute(contextFor(def, env, 'value', synthetic, reference, rng, label));
      let baseline: number | null = null;
      if (def.baseline !== false && n.holdout >= 2) {
        baseline = (await def.compute(contextFor(def, env, 'baseline', holdout, reference, rng.fork(), label))).value;
      }
      out.push({ label, value: value.value, baseline, n, status: 'ok' });
    } catch (error) {
      const skipped = error instanceof MetricSkip;
      out.push({ label, value: null, baseline: null, n, status: skipped ? 'skipped' : 'error', reason: (error as Error).message });
    }
  }
  return out;
}
