import type { MetricDefinition } from '../../core/evaluate/types.js';
import { dcrShare } from './dcr-share.js';
import { exactCopyRate } from './exact-copy-rate.js';
import { exemplarOverlap } from './exemplar-overlap.js';
import { nearCopyRate } from './near-copy-rate.js';
import { piiRate } from './pii-rate.js';

/** The privacy family's metrics, in report order. */
export const privacyMetrics: MetricDefinition[] = [exactCopyRate, nearCopyRate, dcrShare, exemplarOverlap, piiRate];
