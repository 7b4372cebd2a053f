import type { MetricDefinition } from '../../core/evaluate/types.js';
import { compressionRatio } from './compression-ratio.js';
import { distinct1 } from './distinct-1.js';
import { distinct2 } from './distinct-2.js';
import { distinct3 } from './distinct-3.js';
import { exactDuplicateRate } from './exact-duplicate-rate.js';
import { hdd } from './hdd.js';
import { mattr } from './mattr.js';
import { mtld } from './mtld.js';
import { nearDuplicateRate } from './near-duplicate-rate.js';
import { selfBleu } from './self-bleu.js';
import { topNgramRepetition } from './top-ngram-repetition.js';
import { vendi } from './vendi.js';

/** The diversity family's metrics, in report order. */
export const diversityMetrics: MetricDefinition[] = [
  distinct1,
  distinct2,
  distinct3,
  mattr,
  mtld,
  hdd,
  selfBleu,
  compressionRatio,
  topNgramRepetition,
  vendi,
  exactDuplicateRate,
  nearDuplicateRate,
];
