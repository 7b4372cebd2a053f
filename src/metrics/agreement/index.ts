import type { MetricDefinition } from '../../core/evaluate/types.js';

/** The agreement family's metrics, in report order. */
export const agreementMetrics: MetricDefinition[] = [];
