import type { MetricDefinition } from '../../core/evaluate/types.js';
import { coverage } from './coverage.js';
import { density } from './density.js';
import { nnCosine } from './nn-cosine.js';
import { precision } from './precision.js';
import { recall } from './recall.js';

/** The similarity family's metrics, in report order. */
export const similarityMetrics: MetricDefinition[] = [nnCosine, precision, recall, density, coverage];
