import type { MetricDefinition } from '../../core/evaluate/types.js';

/** The privacy family's metrics, in report order. */
export const privacyMetrics: MetricDefinition[] = [];
