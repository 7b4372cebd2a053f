import { distinctMetric } from './distinct-metric.js';

/** diversity.distinct-1: see distinctMetric. */
export const distinct1 = distinctMetric(1);
