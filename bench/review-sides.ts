import type { Dataset } from '../src/io/types.js';
import { createRng } from '../src/core/rng.js';
import { benchDataset } from './bench-dataset.js';
import { growRows } from './grow-rows.js';
import { readSharedLabeled } from './shared-data.js';

/**
 * n rows per side, labels 0/1 on both: real from one shuffled half of rotten_tomatoes;
 * synthetic from the UCI review sentences and the other half, shuffled.
 */
export function reviewSides(n: number): { synthetic: Dataset; real: Dataset } {
  const films = readSharedLabeled('rotten_tomatoes_polarity');
  const half = Math.floor(films.length / 2);
  return {
    real: benchDataset('rotten_tomatoes', growRows(createRng(1).shuffle(films.slice(0, half)), n, 1)),
    synthetic: benchDataset('mixed', growRows(createRng(2).shuffle([...readSharedLabeled('sentiment_uci_labelled_sentences'), ...films.slice(half)]), n, 2)),
  };
}
