import type { MetricDefinition } from '../../core/evaluate/types.js';
import { amplification } from './amplification.js';
import { counterfactualFlipRate } from './counterfactual-flip-rate.js';
import { embeddingAssociation } from './embedding-association.js';
import { representationGap } from './representation-gap.js';

/** The bias family's metrics, in report order. */
export const biasMetrics: MetricDefinition[] = [representationGap, amplification, counterfactualFlipRate, embeddingAssociation];
