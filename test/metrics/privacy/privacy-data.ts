import { createRng } from '../../../src/core/rng.js';
import { loadDataset } from '../../../src/io/load-dataset.js';
import type { Dataset, DatasetRow } from '../../../src/io/types.js';
import { sharedPath } from '../../helpers/test-cache.js';

/** A real dataset from ../shared/datasets (its normalised data.jsonl). */
export function loadShared(name: string): Promise<Dataset> {
  return loadDataset(sharedPath('datasets', name, 'data.jsonl'));
}

/**
 * A dataset made of some rows of another, re-indexed (index = position) but keeping each row's
 * file line and id, so flags point back into the original file. `texts` replaces row texts.
 */
export function subsetDataset(source: Dataset, picks: readonly number[], path: string, texts?: ReadonlyMap<number, string>): Dataset {
  const rows: DatasetRow[] = picks.map((p, index) => {
    const row = source.rows[p];
    return { ...row, index, text: texts?.get(index) ?? row.text };
  });
  return { ...source, path, rows };
}

/** Row positions 0 … n-1 shuffled with a seed (a deterministic split of one real file). */
export function shuffledPositions(n: number, seed: number): number[] {
  return createRng(seed).shuffle(Array.from({ length: n }, (_, i) => i));
}
