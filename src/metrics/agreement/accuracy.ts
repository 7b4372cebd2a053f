import type { Flag } from '../../core/results-schema.js';
import type { MetricDefinition } from '../../core/evaluate/types.js';
import { accuracy } from '../../stats/agreement/accuracy.js';
import { agreementAnnotations } from './agreement-annotations.js';
import { confusionOfCodes } from './confusion-of-codes.js';
import { suspectDetail } from './messages.js';
import { referenceCrossValidation } from './reference-cross-validation.js';

/**
 * agreement.accuracy: share of synthetic rows whose intended label the real-data classifier
 * (softmax regression on the reference half's embeddings) predicts. The baseline is the same
 * classifier's accuracy on the holdout half against its true labels: real rows it never saw, the
 * same code as the value. The k-fold cross-validated accuracy on the reference half, which the
 * issue names, is in details (`referenceCv`) beside it; both estimate the classifier's accuracy
 * on real data, the holdout one with the runner's CI and the same rows as every other baseline.
 *
 * Also here: the confusion matrix (rows = intended label, columns = predicted), accuracy per
 * intended label, and the `suspect-label` flags: every row whose prediction differs from its
 * intended label, scored P(predicted) − P(intended) ∈ (0, 1] (how confidently the classifier
 * disagrees), so the rows most likely mislabelled rank first.
 */
export const accuracyMetric: MetricDefinition = {
  id: 'agreement.accuracy',
  family: 'agreement',
  title: 'Label accuracy (real-data classifier)',
  description: "Share of synthetic rows whose intended label a classifier trained on the real data predicts; compare with the same classifier's accuracy on held-out real rows.",
  goal: 'maximize',
  range: [0, 1],
  requires: { labels: true, reference: true },
  // A share of n rows has a standard error up to 0.5/√n: 0.07 at 50 rows.
  minRows: 50,
  perLabel: 'candidate',
  async compute(ctx) {
    const a = await agreementAnnotations(ctx);
    const { labels } = a.classifier;
    const K = labels.length;
    const predicted = a.annotators[0].labels as string[];
    const n = a.rows.length;
    const perRow = new Float64Array(n);
    for (let r = 0; r < n; r++) perRow[r] = a.intendedCodes[r] === a.annotators[0].codes[r] ? 1 : 0;
    const counts = confusionOfCodes(a.intendedCodes, a.annotators[0].codes, K);
    const matrix = labels.map((_, k) => Array.from(counts.subarray(k * K, (k + 1) * K)));
    const perLabel = labels.map((label, k) => {
      const total = matrix[k].reduce((s, c) => s + c, 0);
      return { label, n: total, accuracy: total === 0 ? null : matrix[k][k] / total };
    });

    const flags: Flag[] = [];
    if (ctx.pass === 'value') {
      const minScore = ctx.config.agreement.suspectMinScore;
      for (let r = 0; r < n; r++) {
        const want = a.intendedCodes[r];
        const got = a.annotators[0].codes[r];
        if (want === got) continue;
        const pGot = a.probabilities[r * K + got];
        const pWant = a.probabilities[r * K + want];
        const score = pGot - pWant;
        if (score < minScore) continue;
        const row = ctx.candidate.rows[a.rows[r]];
        flags.push({ row: row.line, id: row.id, kind: 'suspect-label', detail: suspectDetail(labels[want], labels[got], pGot, pWant), score });
      }
    }

    const cv = ctx.pass === 'value' ? await referenceCrossValidation(ctx) : undefined;
    return {
      value: accuracy(a.intended, predicted),
      perRow,
      details: {
        confusion: { rows: 'intended label', columns: 'classifier prediction', labels, matrix },
        perLabel,
        scoredRows: n,
        excluded: a.excluded,
        classifier: {
          model: 'multinomial logistic regression (L2) on embeddings of the reference half',
          C: a.classifier.C,
          trainedOn: a.classifier.trainedOn,
          iterations: a.classifier.fit.iterations,
          converged: a.classifier.fit.converged,
        },
        ...(cv ? { referenceCv: cv } : {}),
        ...(ctx.pass === 'value' ? { suspectLabelFlags: flags.length } : {}),
      },
      flags,
      warnings: a.warnings,
    };
  },
};
