import type { MetricDefinition } from '../../core/evaluate/types.js';

/** The drift family's metrics, in report order. */
export const driftMetrics: MetricDefinition[] = [];
