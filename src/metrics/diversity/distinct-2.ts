import { distinctMetric } from './distinct-metric.js';

/** diversity.distinct-2: see distinctMetric. */
export const distinct2 = distinctMetric(2);
