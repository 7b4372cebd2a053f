import type { MetricContext } from '../../core/evaluate/types.js';
import { accuracy } from '../../stats/agreement/accuracy.js';
import { cohenKappa } from '../../stats/agreement/cohen-kappa.js';
import { confusionMatrix } from '../../stats/agreement/confusion-matrix.js';
import { macroF1 } from '../../stats/agreement/macro-f1.js';
import { realClassifier } from './real-classifier.js';
import { softmaxProbabilities } from './softmax-probabilities.js';
import { softmaxRegression } from './softmax-regression.js';

export type ReferenceCrossValidation =
  | {
      status: 'ok';
      folds: number;
      /** Reference rows cross-validated (after the row cap). */
      rows: number;
      accuracy: number;
      kappa: number;
      macroF1: number;
      /** Out-of-fold confusion matrix, rows = true label. */
      confusion: { labels: string[]; matrix: number[][] };
      perLabel: { label: string; n: number; accuracy: number }[];
    }
  | { status: 'skipped'; reason: string };

/**
 * k-fold cross-validation of the real-data classifier on the reference half: the classifier's
 * own accuracy on real rows it did not see, the figure the issue names as the agreement baseline.
 * Folds are stratified by label (each label's rows shuffled with the seeded rng and dealt in turn,
 * as the real split deals them), each fold is fitted from zero with the same settings as
 * realClassifier (no warm start: a start from the full fit would carry the held-out rows in).
 * At most `agreement.cvMaxRows` reference rows (a recorded sample). Shared per reference side.
 *
 * @example
 * await referenceCrossValidation(ctx)
 * // { status: 'ok', folds: 5, rows: 2000, accuracy: 0.9655, kappa: 0.85…, macroF1: 0.92…, … }
 */
export function referenceCrossValidation(ctx: MetricContext): Promise<ReferenceCrossValidation> {
  return ctx.shared('agreement:reference-cv', async (): Promise<ReferenceCrossValidation> => {
    const settings = ctx.config.agreement;
    const folds = settings.cvFolds;
    if (folds === 0) return { status: 'skipped', reason: 'turned off (agreement.cvFolds = 0)' };
    const classifier = await realClassifier(ctx);
    const { reference } = ctx;
    const code = new Map(classifier.labels.map((l, k) => [l, k]));
    const picked = ctx.sample(reference, settings.cvMaxRows, 'real-data classifier: cross-validation rows of the reference half');
    const byLabel = new Map<number, number[]>();
    for (const i of picked) {
      const label = reference.labels[i];
      const k = label === null ? undefined : code.get(label);
      if (k === undefined) continue;
      let list = byLabel.get(k);
      if (!list) byLabel.set(k, (list = []));
      list.push(i);
    }
    const thin = classifier.labels.filter((_, k) => (byLabel.get(k)?.length ?? 0) < folds);
    if (thin.length > 0) {
      return { status: 'skipped', reason: `the labels ${thin.map((l) => `'${l}'`).join(', ')} have fewer rows than folds (${folds})` };
    }
    const rng = ctx.rng.fork();
    const foldOf = new Map<number, number>();
    let next = 0;
    for (const k of [...byLabel.keys()].sort((a, b) => a - b)) {
      for (const i of rng.shuffle([...(byLabel.get(k) as number[])])) {
        foldOf.set(i, next);
        next = (next + 1) % folds;
      }
    }
    const all = [...foldOf.keys()].sort((a, b) => a - b);
    const y = new Int32Array(reference.rows.length);
    for (const i of all) y[i] = code.get(reference.labels[i] as string) as number;
    const K = classifier.labels.length;
    const truth: string[] = [];
    const predicted: string[] = [];
    for (let f = 0; f < folds; f++) {
      const train = all.filter((i) => foldOf.get(i) !== f);
      const test = all.filter((i) => foldOf.get(i) === f);
      const fit = softmaxRegression(reference.embeddings, y, { rows: train, classes: K, C: settings.classifierC, maxIter: settings.classifierMaxIter });
      const p = softmaxProbabilities(fit, reference.embeddings, test);
      test.forEach((i, r) => {
        let best = 0;
        for (let k = 1; k < K; k++) if (p[r * K + k] > p[r * K + best]) best = k;
        truth.push(classifier.labels[y[i]]);
        predicted.push(classifier.labels[best]);
      });
    }
    const confusion = confusionMatrix(truth, predicted, { labels: classifier.labels });
    return {
      status: 'ok',
      folds,
      rows: all.length,
      accuracy: accuracy(truth, predicted),
      kappa: cohenKappa(truth, predicted),
      macroF1: macroF1(truth, predicted),
      confusion: { labels: classifier.labels, matrix: confusion.matrix },
      perLabel: classifier.labels.map((label, k) => {
        const row = confusion.matrix[k];
        const n = row.reduce((s, c) => s + c, 0);
        return { label, n, accuracy: row[k] / n };
      }),
    };
  });
}
