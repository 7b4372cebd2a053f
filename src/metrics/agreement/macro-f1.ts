import type { MetricDefinition } from '../../core/evaluate/types.js';
import { macroF1 } from '../../stats/agreement/macro-f1.js';
import { agreementAnnotations } from './agreement-annotations.js';
import { confusionOfCodes } from './confusion-of-codes.js';
import { macroF1FromConfusion } from './macro-f1-from-confusion.js';

/**
 * agreement.macro-f1: unweighted mean over labels of the F1 of the real-data classifier's
 * predictions against the synthetic rows' intended labels (sklearn 1.2 f1_score average='macro',
 * labels = those in either array), so a rare label weighs as much as a common one. Baseline: the
 * same on the holdout half. Per-label precision, recall and F1 in details; the CI bootstraps the
 * (intended, predicted) pairs.
 */
export const macroF1Metric: MetricDefinition = {
  id: 'agreement.macro-f1',
  family: 'agreement',
  title: 'Macro-F1 (intended label vs real-data classifier)',
  description: "Mean over labels of the F1 score of a real-data classifier's predictions against the intended labels; compare with the same on held-out real rows.",
  goal: 'maximize',
  range: [0, 1],
  requires: { labels: true, reference: true },
  // Each label's F1 needs its own rows: 100 leaves about 25 per label with four labels.
  minRows: 100,
  ci: { method: 'bootstrap', resamples: 1000 },
  async compute(ctx) {
    const a = await agreementAnnotations(ctx);
    const classifier = a.annotators[0];
    const labels = a.classifier.labels;
    const K = labels.length;
    const n = a.rows.length;
    const table = macroF1FromConfusion(confusionOfCodes(a.intendedCodes, classifier.codes, K), K);
    const indices = new Int32Array(n);
    return {
      value: macroF1(a.intended, classifier.labels as string[]),
      resample(rng) {
        for (let t = 0; t < n; t++) indices[t] = rng.int(n);
        return macroF1FromConfusion(confusionOfCodes(a.intendedCodes, classifier.codes, K, indices), K).macroF1;
      },
      details: {
        perLabel: labels.flatMap((label, k) => (table.present[k] ? [{ label, ...table.perLabel[k] }] : [])),
        scoredRows: n,
      },
    };
  },
};
