import { agreementMetrics } from '../../metrics/agreement/index.js';
import { biasMetrics } from '../../metrics/bias/index.js';
import { diversityMetrics } from '../../metrics/diversity/index.js';
import { driftMetrics } from '../../metrics/drift/index.js';
import { privacyMetrics } from '../../metrics/privacy/index.js';
import { similarityMetrics } from '../../metrics/similarity/index.js';
import type { MetricDefinition } from './types.js';

/** Every metric, in report order. An explicit list: no discovery, no magic dispatch. */
export const METRICS: readonly MetricDefinition[] = [
  ...similarityMetrics,
  ...diversityMetrics,
  ...agreementMetrics,
  ...driftMetrics,
  ...biasMetrics,
  ...privacyMetrics,
];
