import type { Matrix } from '../../core/matrix.js';
import { MetricSkip, type MetricContext } from '../../core/evaluate/types.js';
import {
  classifierNotConverged,
  columnEmpty,
  judgeNotImplemented,
  judgeNoAnswers,
  noJudge,
  noLabelDescriptions,
  noScorableRows,
  rareTrainingLabels,
  unknownLabelRows,
  unlabeledRows,
  zeroShotCodes,
  zeroShotOff,
} from './messages.js';
import { realClassifier, type RealClassifier } from './real-classifier.js';

export type AnnotatorKind = 'classifier' | 'nearest-centroid' | 'zero-shot' | 'column' | 'llm-judge';

/** One independent opinion on each scored row's label. */
export interface Annotator {
  /** 'classifier', 'nearest-centroid', 'zero-shot', 'column:<name>', 'llm-judge'. */
  id: string;
  kind: AnnotatorKind;
  title: string;
  status: 'ok' | 'skipped';
  reason?: string;
  /** Per scored row: the annotator's label, or null where it gave none. Empty when skipped. */
  labels: (string | null)[];
  /** The same as codes into `values` (−1: none). */
  codes: Int32Array;
}

/** Everything the agreement metrics compare, for one (candidate, reference) pair. */
export interface AgreementAnnotations {
  classifier: RealClassifier;
  /** Positions in the candidate side of the rows scored (labelled, with a label the real data has). */
  rows: number[];
  /** Intended label of each scored row, and its code (codes 0 … K − 1 are the classifier's labels). */
  intended: string[];
  intendedCodes: Int32Array;
  /** scored rows × K classifier probabilities. */
  probabilities: Float64Array;
  /** Every label value any coder used: the classifier's K labels first, then other values annotation columns hold. */
  values: string[];
  /** Classifier first; then nearest centroid, zero-shot, annotation columns, LLM judge (ok or skipped). */
  annotators: Annotator[];
  excluded: { unlabeled: number; unknownLabel: number; unknownLabels: Record<string, number> };
  warnings: string[];
}

/** Fewer reference rows than this for a label and the classifier's view of it is a guess. */
const RARE_LABEL_ROWS = 10;

/**
 * The annotators of the agreement family, run once per (candidate, reference) pair and shared
 * by its metrics through `ctx.memo`:
 * 1. the real-data classifier (realClassifier: softmax regression on the reference half);
 * 2. nearest centroid: the label whose reference-row centroid is closest in cosine;
 * 3. zero-shot: the label whose description (agreement.labelDescriptions, else the label's own
 *    name) is closest in cosine, embedded with the run's embedder; by default only when
 *    descriptions are configured (agreement.zeroShot), and skipped when a label is a bare code
 *    ("0", "1") without a description;
 * 4. annotation columns: `row.meta[column]` for each of agreement.annotationColumns;
 * 5. an LLM judge: reported as skipped (not configured, or configured but not implemented yet).
 * Rows without a label, and rows whose label the reference half never has, are left out (counted,
 * with a warning): no annotator trained on the real data could agree with them.
 */
export function agreementAnnotations(ctx: MetricContext): Promise<AgreementAnnotations> {
  return ctx.memo('agreement:annotations', async () => {
    const classifier = await realClassifier(ctx);
    const { candidate } = ctx;
    const settings = ctx.config.agreement;
    const K = classifier.labels.length;
    const known = new Map(classifier.labels.map((l, k) => [l, k]));
    const warnings: string[] = [];

    const rows: number[] = [];
    let unlabeled = 0;
    const unknownLabels: Record<string, number> = {};
    candidate.labels.forEach((label, i) => {
      if (label === null) unlabeled++;
      else if (known.has(label)) rows.push(i);
      else unknownLabels[label] = (unknownLabels[label] ?? 0) + 1;
    });
    const unknownLabel = Object.values(unknownLabels).reduce((s, c) => s + c, 0);
    if (rows.length === 0) throw new MetricSkip(noScorableRows(unknownLabel, unlabeled));
    if (unknownLabel > 0) warnings.push(unknownLabelRows(unknownLabel, Object.keys(unknownLabels).sort()));
    if (unlabeled > 0) warnings.push(unlabeledRows(unlabeled));
    if (!classifier.fit.converged) warnings.push(classifierNotConverged(classifier.fit.iterations));
    const rare = classifier.labels.filter((l) => classifier.trainedOn.perLabel[l] < RARE_LABEL_ROWS);
    if (rare.length > 0) warnings.push(rareTrainingLabels(rare, RARE_LABEL_ROWS));

    const intended = rows.map((i) => candidate.labels[i] as string);
    const intendedCodes = Int32Array.from(intended, (l) => known.get(l) as number);
    const embeddings = selectRows(candidate.embeddings, rows);
    const probabilities = classifier.predictProba(embeddings);

    const values = [...classifier.labels];
    const valueCode = new Map(known);
    const codeOf = (label: string | null): number => {
      if (label === null) return -1;
      let c = valueCode.get(label);
      if (c === undefined) {
        c = values.length;
        values.push(label);
        valueCode.set(label, c);
      }
      return c;
    };
    const ok = (id: string, kind: AnnotatorKind, title: string, codes: Int32Array): Annotator => ({
      id, kind, title, status: 'ok', labels: Array.from(codes, (c) => (c < 0 ? null : values[c])), codes,
    });
    const skipped = (id: string, kind: AnnotatorKind, title: string, reason: string): Annotator => ({
      id, kind, title, status: 'skipped', reason, labels: [], codes: new Int32Array(0),
    });

    const annotators: Annotator[] = [];
    const predicted = new Int32Array(rows.length);
    for (let r = 0; r < rows.length; r++) {
      let best = 0;
      for (let k = 1; k < K; k++) if (probabilities[r * K + k] > probabilities[r * K + best]) best = k;
      predicted[r] = best;
    }
    annotators.push(ok('classifier', 'classifier', 'Real-data classifier', predicted));

    const centroids = await ctx.shared('agreement:label-centroids', () => labelCentroids(ctx, classifier.labels));
    annotators.push(ok('nearest-centroid', 'nearest-centroid', 'Nearest real-label centroid', nearestDirection(embeddings, centroids, K)));

    const zeroShotTitle = 'Zero-shot label similarity';
    const descriptions = settings.labelDescriptions;
    const codesOnly = classifier.labels.filter((l) => descriptions[l] === undefined && !/\p{L}/u.test(l));
    const described = classifier.labels.some((l) => descriptions[l] !== undefined);
    if (settings.zeroShot === 'off') {
      annotators.push(skipped('zero-shot', 'zero-shot', zeroShotTitle, zeroShotOff));
    } else if (settings.zeroShot === 'descriptions' && !described) {
      annotators.push(skipped('zero-shot', 'zero-shot', zeroShotTitle, noLabelDescriptions));
    } else if (codesOnly.length > 0) {
      annotators.push(skipped('zero-shot', 'zero-shot', zeroShotTitle, zeroShotCodes(codesOnly)));
    } else {
      const texts = classifier.labels.map((l) => descriptions[l] ?? l);
      try {
        const vectors = await ctx.shared(`agreement:label-descriptions:${JSON.stringify(texts)}`, () => ctx.embed(texts));
        annotators.push(ok('zero-shot', 'zero-shot', zeroShotTitle, nearestDirection(embeddings, Float64Array.from(vectors.data), K)));
      } catch (error) {
        annotators.push(skipped('zero-shot', 'zero-shot', zeroShotTitle, `embedding the label descriptions failed: ${(error as Error).message}`));
      }
    }

    for (const column of settings.annotationColumns) {
      const id = `column:${column}`;
      const title = `Annotation column '${column}'`;
      const codes = Int32Array.from(rows, (i) => codeOf(annotationValue(candidate.rows[i].meta[column])));
      if (codes.every((c) => c < 0)) annotators.push(skipped(id, 'column', title, columnEmpty(column)));
      else annotators.push(ok(id, 'column', title, codes));
    }

    const judge = settings.judge;
    if (!judge) {
      annotators.push(skipped('llm-judge', 'llm-judge', 'LLM judge', noJudge));
    } else if (!ctx.judge) {
      annotators.push(skipped('llm-judge', 'llm-judge', 'LLM judge', judgeNotImplemented(judge.model)));
    } else {
      // Judge calls are slow and may cost money: a seeded sample of the scored rows (recorded) is
      // asked once per whole side; per-label and resample passes reuse those answers, asking nothing.
      const answered = await ctx.shared('agreement:llm-judge-answers', () => new Map<string, string | null>());
      const scored = new Map(rows.map((r, i) => [r, i]));
      if (ctx.label === undefined && ctx.pass !== 'resample') {
        const positions = ctx.sample(candidate, Math.min(judge.maxRows, candidate.rows.length), 'LLM judge rows');
        const asked = positions.filter((p) => scored.has(p) && !answered.has(candidate.texts[p]));
        const answers = await ctx.judge.judge(asked.map((p) => candidate.texts[p]), classifier.labels, settings.labelDescriptions);
        asked.forEach((p, k) => answered.set(candidate.texts[p], answers[k]));
      }
      const codes = new Int32Array(rows.length).fill(-1);
      rows.forEach((p, i) => {
        const answer = answered.get(candidate.texts[p]);
        if (answer !== undefined) codes[i] = codeOf(answer);
      });
      const title = `LLM judge (${ctx.judge.id})`;
      if (codes.every((c) => c < 0)) annotators.push(skipped('llm-judge', 'llm-judge', title, judgeNoAnswers(rows.filter((p) => answered.has(candidate.texts[p])).length)));
      else annotators.push(ok('llm-judge', 'llm-judge', title, codes));
    }

    return {
      classifier,
      rows,
      intended,
      intendedCodes,
      probabilities,
      values,
      annotators,
      excluded: { unlabeled, unknownLabel, unknownLabels },
      warnings,
    };
  });
}

/** An annotation cell as a label: strings trimmed, numbers and booleans stringified; empty = none. */
function annotationValue(value: unknown): string | null {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string') return value.trim() === '' ? null : value.trim();
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : null;
  if (typeof value === 'boolean') return String(value);
  return null;
}

function selectRows(m: Matrix, rows: readonly number[]): Matrix {
  const d = m.dimension;
  if (rows.length === m.rows && rows.every((r, i) => r === i)) return m;
  const data = new Float32Array(rows.length * d);
  rows.forEach((r, i) => data.set(m.data.subarray(r * d, (r + 1) * d), i * d));
  return { rows: rows.length, dimension: d, data };
}

/** Mean reference embedding of each label (float64, K × d); a label without rows stays 0. */
function labelCentroids(ctx: MetricContext, labels: readonly string[]): Float64Array {
  const { reference } = ctx;
  const d = reference.embeddings.dimension;
  const code = new Map(labels.map((l, k) => [l, k]));
  const sums = new Float64Array(labels.length * d);
  const counts = new Float64Array(labels.length);
  reference.labels.forEach((label, i) => {
    const k = label === null ? undefined : code.get(label);
    if (k === undefined) return;
    counts[k]++;
    const o = i * d;
    for (let j = 0; j < d; j++) sums[k * d + j] += reference.embeddings.data[o + j];
  });
  for (let k = 0; k < labels.length; k++) for (let j = 0; j < d; j++) sums[k * d + j] /= Math.max(counts[k], 1);
  return sums;
}

/**
 * For each row, the index of the direction (K × d, any length) with the highest cosine: the
 * dot product with the direction scaled to unit length (rows are unit length already; ties go to
 * the lower index). A zero direction never wins.
 */
function nearestDirection(x: Matrix, directions: Float64Array, K: number): Int32Array {
  const d = x.dimension;
  const unit = Float64Array.from(directions);
  for (let k = 0; k < K; k++) {
    let norm = 0;
    for (let j = 0; j < d; j++) norm += unit[k * d + j] ** 2;
    norm = Math.sqrt(norm);
    for (let j = 0; j < d; j++) unit[k * d + j] = norm > 0 ? unit[k * d + j] / norm : 0;
  }
  const usable = Array.from({ length: K }, (_, k) => unit.subarray(k * d, (k + 1) * d).some((v) => v !== 0));
  const out = new Int32Array(x.rows);
  for (let r = 0; r < x.rows; r++) {
    let best = 0;
    let bestScore = -Infinity;
    for (let k = 0; k < K; k++) {
      if (!usable[k]) continue;
      let s = 0;
      for (let j = 0; j < d; j++) s += unit[k * d + j] * x.data[r * d + j];
      if (s > bestScore) {
        bestScore = s;
        best = k;
      }
    }
    out[r] = best;
  }
  return out;
}
