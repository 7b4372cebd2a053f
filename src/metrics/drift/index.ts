import type { MetricDefinition } from '../../core/evaluate/types.js';
import { c2stAuc } from './c2st-auc.js';
import { categoricalChi2 } from './categorical-chi2.js';
import { categoricalJs } from './categorical-js.js';
import { clusters } from './clusters.js';
import { distinctiveWords } from './distinctive-words.js';
import { frechet } from './frechet.js';
import { labelChi2 } from './label-chi2.js';
import { labelJs } from './label-js.js';
import { lengthKs } from './length-ks.js';
import { lengthPsi } from './length-psi.js';
import { lengthWasserstein } from './length-wasserstein.js';
import { mmd2 } from './mmd2.js';
import { numericKs } from './numeric-ks.js';
import { numericPsi } from './numeric-psi.js';
import { numericWasserstein } from './numeric-wasserstein.js';

/** The drift family's metrics, in report order: embeddings, lengths, numeric columns, labels, categorical columns, then the explanations. */
export const driftMetrics: MetricDefinition[] = [
  c2stAuc,
  mmd2,
  frechet,
  lengthKs,
  lengthWasserstein,
  lengthPsi,
  numericKs,
  numericWasserstein,
  numericPsi,
  labelJs,
  labelChi2,
  categoricalJs,
  categoricalChi2,
  clusters,
  distinctiveWords,
];
