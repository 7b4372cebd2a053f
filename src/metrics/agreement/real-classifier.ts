import type { Matrix } from '../../core/matrix.js';
import { MetricSkip, type MetricContext } from '../../core/evaluate/types.js';
import { compareCodePoints } from '../../stats/agreement/labels.js';
import { tooFewRealLabels } from './messages.js';
import { softmaxProbabilities } from './softmax-probabilities.js';
import { softmaxRegression, type SoftmaxRegressionFit } from './softmax-regression.js';

/** The real-data classifier: trained once per reference half, shared by every metric that asks. */
export interface RealClassifier {
  /** Class labels in column order of `predictProba` (the reference half's labels, sorted by code point). */
  labels: string[];
  /** rows × labels.length probabilities, row-major, float64. */
  predictProba(embeddings: Matrix): Float64Array;
  /** Reference rows it was trained on (after the row cap), and how many of each label. */
  trainedOn: { rows: number; perLabel: Record<string, number> };
  /** The fitted parameters and how the fit ended. */
  fit: SoftmaxRegressionFit;
  C: number;
}

/**
 * The classifier every "does this row carry its label" question starts from: multinomial logistic
 * regression (softmaxRegression, scikit-learn 1.2's LogisticRegression(multi_class='multinomial')
 * objective, L2, C from `agreement.classifierC`) on the reference half's embeddings and labels.
 * Rows without a label are left out; at most `agreement.classifierMaxRows` rows are used (a seeded
 * sample, recorded in results.json). Computed once per reference side through `ctx.shared`, so the
 * agreement and bias families share one fit. Throws MetricSkip when the reference half has fewer
 * than two labels. Deterministic: same reference rows, same fit.
 *
 * @example
 * const clf = await realClassifier(ctx);
 * clf.labels                                    // ['ham', 'spam']
 * clf.predictProba(ctx.candidate.embeddings)    // Float64Array [0.98…, 0.01…, 0.12…, 0.87…, …]
 */
export function realClassifier(ctx: MetricContext): Promise<RealClassifier> {
  return ctx.shared('agreement:real-classifier', () => {
    const { reference } = ctx;
    const settings = ctx.config.agreement;
    const picked = ctx.sample(reference, settings.classifierMaxRows, 'real-data classifier: training rows of the reference half');
    const rows = picked.filter((i) => reference.labels[i] !== null);
    const labels = [...new Set(rows.map((i) => reference.labels[i] as string))].sort(compareCodePoints);
    if (labels.length < 2) throw new MetricSkip(tooFewRealLabels(labels));
    const code = new Map(labels.map((l, k) => [l, k]));
    const y = new Int32Array(reference.rows.length);
    const perLabel: Record<string, number> = Object.fromEntries(labels.map((l) => [l, 0]));
    for (const i of rows) {
      const label = reference.labels[i] as string;
      y[i] = code.get(label) as number;
      perLabel[label]++;
    }
    const fit = softmaxRegression(reference.embeddings, y, {
      rows,
      classes: labels.length,
      C: settings.classifierC,
      maxIter: settings.classifierMaxIter,
    });
    return {
      labels,
      predictProba: (embeddings: Matrix) => softmaxProbabilities(fit, embeddings),
      trainedOn: { rows: rows.length, perLabel },
      fit,
      C: settings.classifierC,
    };
  });
}
