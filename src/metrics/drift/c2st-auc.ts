import { MetricSkip, type MetricDefinition } from '../../core/evaluate/types.js';
import { DRIFT_RESAMPLES } from './config.js';
import { exampleRow } from './example-row.js';
import { createFoldAuc } from './fold-auc.js';
import { outOfFoldC2st } from './out-of-fold-c2st.js';
import { selectRows } from './select-rows.js';

/** Synthetic rows with the highest out-of-fold "synthetic" score listed in details. */
const GIVEAWAY_ROWS = 5;

/**
 * drift.c2st-auc: classifier two-sample test (Lopez-Paz & Oquab 2017) on the embeddings. A
 * logistic regression learns to tell candidate rows from reference rows (each side sampled to
 * `c2stMaxRows`); its mean held-out ROC AUC over `c2stFolds` stratified folds is the value
 * (exactly `c2st`'s). 0.5: indistinguishable; 1: perfectly separable.
 *
 * p-value: each fold's AUC has an exact permutation null given its out-of-fold scores (the
 * one-sided Mann–Whitney test); the folds' p-values are combined as min(1, 2 × their mean),
 * valid although the folds' AUCs are positively correlated (a joint within-fold permutation of
 * the mean AUC is not: see `createFoldAuc`). No refitting. CI: bootstrap of each fold's (score,
 * label) pairs, stratified by class, holding the classifiers fixed: it reflects the uncertainty
 * of the held-out evaluation, not of the fitting.
 */
export const c2stAuc: MetricDefinition = {
  id: 'drift.c2st-auc',
  family: 'drift',
  title: 'Classifier two-sample AUC',
  description:
    'How well a logistic regression on embeddings tells synthetic from real rows (held-out ROC AUC): 0.5 means indistinguishable, 1 means always told apart.',
  goal: 'target',
  target: 0.5,
  range: [0, 1],
  requires: { reference: true },
  // With 5 folds, 100 rows per side leave 20 per class per held-out fold: the fold AUC's standard error is then ≈ 0.09.
  minRows: 100,
  ci: { method: 'bootstrap', resamples: DRIFT_RESAMPLES },
  async compute(ctx) {
    const cfg = ctx.config.drift;
    const folds = cfg.c2stFolds;
    const ci = ctx.sample(ctx.candidate, cfg.c2stMaxRows, 'classifier two-sample test rows');
    const ri = ctx.sample(ctx.reference, cfg.c2stMaxRows, 'classifier two-sample test rows');
    if (ci.length < folds || ri.length < folds) {
      throw new MetricSkip(`needs at least ${folds} rows on each side for ${folds}-fold cross-fitting, got ${ci.length} candidate and ${ri.length} reference`);
    }
    const seed = ctx.rng.int(2 ** 31);
    const oof = outOfFoldC2st(selectRows(ctx.reference.embeddings, ri), selectRows(ctx.candidate.embeddings, ci), { folds, seed });
    const foldAuc = createFoldAuc(oof.folds);
    const test = foldAuc.test();

    // The candidate rows the classifiers found most "synthetic": what gives the data away.
    const scored: Array<{ at: number; score: number }> = [];
    for (const f of oof.folds) {
      f.rows!.forEach((stacked, k) => {
        if (stacked >= ri.length) scored.push({ at: ci[stacked - ri.length], score: f.scores[k] });
      });
    }
    scored.sort((a, b) => b.score - a.score || a.at - b.at);
    const warnings = oof.converged < folds ? [`the logistic regression reached its iteration limit in ${folds - oof.converged} of ${folds} folds`] : [];
    return {
      value: oof.auc,
      pValue: test.pValue,
      resample: (rng) => foldAuc.resample(rng),
      warnings,
      details: {
        foldAucs: oof.foldAucs,
        folds,
        rows: { candidate: ci.length, reference: ri.length },
        classifier: 'L2 logistic regression (C = 1, L-BFGS), decision scores',
        foldPValues: test.foldPValues,
        pValueMethod:
          "min(1, 2 × mean) of the folds' one-sided Mann–Whitney p-values (each fold's exact permutation null of its AUC given the out-of-fold scores; the doubling keeps it valid although fold AUCs are correlated)",
        ciMethod: 'bootstrap of the out-of-fold (score, label) pairs within each fold and class (classifiers held fixed)',
        mostDistinguishable: scored.slice(0, GIVEAWAY_ROWS).map(({ at, score }) => ({ ...exampleRow(ctx.candidate, at), score })),
      },
    };
  },
};
