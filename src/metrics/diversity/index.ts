import type { MetricDefinition } from '../../core/evaluate/types.js';

/** The diversity family's metrics, in report order. */
export const diversityMetrics: MetricDefinition[] = [];
