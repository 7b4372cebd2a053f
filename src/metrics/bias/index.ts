import type { MetricDefinition } from '../../core/evaluate/types.js';

/** The bias family's metrics, in report order. */
export const biasMetrics: MetricDefinition[] = [];
