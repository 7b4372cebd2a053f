import type { z } from 'zod';
import type { Matrix } from '../matrix.js';
import type { Rng } from '../rng.js';
import type { Family, Flag, Goal } from '../results-schema.js';
import type { DatasetRow } from '../../io/types.js';
import type { EvaluateConfig } from './config.js';
import type { LabelJudge } from './label-judge.js';

/**
 * One side of a comparison: the synthetic rows, the reference half of the real rows, the holdout
 * half, or all the real rows. Embedding rows line up with `rows`.
 */
export interface Side {
  name: 'synthetic' | 'reference' | 'holdout' | 'real';
  rows: readonly DatasetRow[];
  texts: readonly string[];
  labels: ReadonlyArray<string | null>;
  embeddings: Matrix;
  /** `tokenize(text)` of each row, computed once and shared. */
  tokens(): readonly string[][];
}

/**
 * What a metric's `compute` receives. `candidate` is the synthetic side when computing the value
 * and the holdout side when computing the real-vs-real baseline; `reference` is the reference half
 * of the real data in both cases. `real` (every real row) is there for the few metrics that
 * need all of them (copies of real rows); `pass` says which computation this is.
 */
export interface MetricContext {
  pass: 'value' | 'baseline' | 'resample';
  /** Set in per-label passes: the label the candidate (and maybe the reference) is restricted to. */
  label?: string;
  candidate: Side;
  reference: Side;
  /** All real rows (reference + holdout), for copy detection. */
  real: Side;
  config: EvaluateConfig;
  rng: Rng;
  /**
   * Memoises expensive work on this (candidate, reference) pair under a key, shared by every
   * metric that asks for the same key (e.g. nearest neighbours synthetic → real), so it runs once.
   */
  memo<T>(key: string, compute: () => Promise<T> | T): Promise<T>;
  /**
   * Like memo, but shared by every metric and pass that has the same reference side: for work
   * that depends on the reference rows only (a classifier trained on them, their token counts).
   */
  shared<T>(key: string, compute: () => Promise<T> | T): Promise<T>;
  /**
   * A seeded sample of at most `max` row indices of a side, recorded in results.samples with its
   * purpose. Returns all indices (and records nothing) when the side is small enough.
   */
  sample(side: Side, max: number, purpose: string): number[];
  /**
   * Embeds texts that are not rows of either side (label descriptions, counterfactual rewrites)
   * with the run's embedder, through its cache.
   */
  embed(texts: readonly string[]): Promise<Matrix>;
  /** The run's LLM label judge, when the caller gave one (agreement.judge in the CLI). */
  judge?: LabelJudge;
}

export interface MetricOutput {
  value: number;
  pValue?: number;
  /**
   * Per-row values whose mean is `value`: the runner bootstraps their mean (cheap).
   * Give either this, or `resample`, or neither (the runner then recomputes on resampled rows).
   */
  perRow?: ArrayLike<number>;
  /** Recomputes the statistic from resampled units it already holds (e.g. out-of-fold scores). */
  resample?: (rng: Rng) => number;
  details?: Record<string, unknown>;
  /** Flags about synthetic rows; only kept from the 'value' pass. */
  flags?: Flag[];
  warnings?: string[];
}

/** Thrown (or returned through `skip`) when a metric cannot run on the given data. */
export class MetricSkip extends Error {
  constructor(reason: string) {
    super(reason);
    this.name = 'MetricSkip';
  }
}

export interface MetricDefinition {
  /** `family.kebab-name`, stable once shipped. */
  id: string;
  family: Family;
  title: string;
  /** One sentence: what the number means. */
  description: string;
  goal: Goal;
  target?: number;
  range: [number | null, number | null];
  requires: {
    labels?: boolean;
    /** Needs the real data (every metric but a few diversity ones computed on one side). */
    reference?: boolean;
  };
  /** Below this many candidate rows the value is noisy: a warning naming the threshold. */
  minRows: number;
  /**
   * Size-sensitive measures (distinct-n, TTR-like, self-BLEU, Vendi, compression) are computed on
   * equal-size samples of synthetic and holdout rows so value and baseline compare.
   */
  sizeSensitive?: boolean;
  /** How the CI is made when compute gives neither perRow nor resample. */
  ci?: { method: 'bootstrap' | 'subsample'; resamples: number };
  /**
   * Compute once per label as well: `true` restricts candidate and reference to the label;
   * `'candidate'` restricts only the candidate (for metrics that need the whole reference, such
   * as a classifier trained on it).
   */
  perLabel?: boolean | 'candidate';
  /**
   * How much worse than the baseline still reads 'fair' (absolute, in the metric's units);
   * default 10% of the range. Rates where a few points matter (PII, copies) set it lower.
   */
  fairTolerance?: number;
  /** Extra sanity: no baseline (e.g. PII in synthetic has a baseline on holdout anyway). */
  baseline?: boolean;
  compute(ctx: MetricContext): Promise<MetricOutput>;
}

export type { z };
