import type { Dataset } from '../../../src/io/types.js';
import { disjointSamples, realDataset as loadShared, withRows } from '../../helpers/real-data.js';

/** The real datasets these tests read (../shared/datasets/<name>/data.jsonl). */
export type RealDatasetName = 'sentiment_uci_labelled_sentences' | 'rotten_tomatoes_polarity' | 'sms_spam_collection';

/** Loads a shared real dataset once per test file. */
export const realDataset: (name: RealDatasetName) => Promise<Dataset> = loadShared;
export { withRows, disjointSamples };
