import type { MetricDefinition } from '../../core/evaluate/types.js';
import { nnCosine } from './nn-cosine.js';

/** The similarity family's metrics, in report order. */
export const similarityMetrics: MetricDefinition[] = [nnCosine];
