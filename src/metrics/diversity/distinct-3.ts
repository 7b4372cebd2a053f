import { distinctMetric } from './distinct-metric.js';

/** diversity.distinct-3: see distinctMetric. */
export const distinct3 = distinctMetric(3);
