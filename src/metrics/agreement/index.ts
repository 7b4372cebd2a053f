import type { MetricDefinition } from '../../core/evaluate/types.js';
import { accuracyMetric } from './accuracy.js';
import { cohenKappaMetric } from './cohen-kappa.js';
import { krippendorffAlphaMetric } from './krippendorff-alpha.js';
import { macroF1Metric } from './macro-f1.js';

/** The agreement family's metrics, in report order. */
export const agreementMetrics: MetricDefinition[] = [accuracyMetric, cohenKappaMetric, krippendorffAlphaMetric, macroF1Metric];
