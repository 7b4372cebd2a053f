import { MetricSkip, type MetricDefinition } from '../../core/evaluate/types.js';
import { cohenKappa } from '../../stats/agreement/cohen-kappa.js';
import { agreementAnnotations } from './agreement-annotations.js';
import { annotatorAgreement } from './annotator-agreement.js';
import { confusionOfCodes } from './confusion-of-codes.js';
import { kappaFromConfusion } from './kappa-from-confusion.js';
import { kappaUndefined } from './messages.js';

/**
 * agreement.cohen-kappa: Cohen's κ between the synthetic rows' intended labels and the real-data
 * classifier's predictions (agreement beyond what the two label frequencies give by chance).
 * Baseline: the same κ on the holdout half, true labels against the same classifier. Every other
 * annotator's κ with the intended label (nearest centroid, zero-shot, annotation columns, LLM
 * judge or why it was skipped) is in details.annotators. The CI bootstraps the (intended,
 * predicted) pairs, recounting the confusion matrix of each resample.
 */
export const cohenKappaMetric: MetricDefinition = {
  id: 'agreement.cohen-kappa',
  family: 'agreement',
  title: "Cohen's κ (intended label vs real-data classifier)",
  description: "Cohen's kappa between each synthetic row's intended label and a real-data classifier's prediction; compare with the same on held-out real rows.",
  goal: 'maximize',
  range: [-1, 1],
  requires: { labels: true, reference: true },
  // κ's standard error is about √(p_o(1 − p_o)) / ((1 − p_e)√n): ≈ 0.1 at 50 rows for two balanced labels.
  minRows: 50,
  ci: { method: 'bootstrap', resamples: 1000 },
  async compute(ctx) {
    const a = await agreementAnnotations(ctx);
    const classifier = a.annotators[0];
    const value = cohenKappa(a.intended, classifier.labels as string[]);
    if (!Number.isFinite(value)) throw new MetricSkip(kappaUndefined);
    const K = a.classifier.labels.length;
    const n = a.rows.length;
    const indices = new Int32Array(n);
    return {
      value,
      resample(rng) {
        for (let t = 0; t < n; t++) indices[t] = rng.int(n);
        return kappaFromConfusion(confusionOfCodes(a.intendedCodes, classifier.codes, K, indices), K);
      },
      details: { annotators: annotatorAgreement(a), scoredRows: n },
    };
  },
};
