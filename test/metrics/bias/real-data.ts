import { readFile } from 'node:fs/promises';
import { createRng } from '../../../src/core/rng.js';
import type { Dataset, DatasetRow } from '../../../src/io/types.js';
import { disjointSamples, realDataset as loadShared, withRows } from '../../helpers/real-data.js';
import { sharedPath } from '../../helpers/test-cache.js';

/** The real datasets these tests read (../shared/datasets/<name>/data.jsonl). */
export type RealDatasetName = 'sentiment_uci_labelled_sentences' | 'imdb_reviews_sample' | 'tweet_eval_emotion' | 'rotten_tomatoes_polarity';

/** Loads a shared real dataset once per test file. */
export const realDataset: (name: RealDatasetName) => Promise<Dataset> = loadShared;
export { withRows, disjointSamples };

/**
 * The `top` most frequent first names of the US Census 1990 lists in ../shared/probes/names
 * (fixed-width: NAME, frequency, cumulative frequency, rank), title-cased. Read by tests only.
 */
export async function censusNames(gender: 'female' | 'male', top: number): Promise<string[]> {
  const text = await readFile(sharedPath('probes', 'names', `census1990_dist_${gender}_first.txt`), 'utf8');
  return text
    .split('\n')
    .map((line) => line.trim().split(/\s+/)[0])
    .filter((name) => name && /^[A-Z]+$/.test(name))
    .slice(0, top)
    .map((name) => name.charAt(0) + name.slice(1).toLowerCase());
}

export interface Planting {
  /** Label whose rows get female mentions, and the share of them that do. */
  female?: { label: string; share: number };
  /** Label whose rows get male mentions, and the share of them that do. */
  male?: { label: string; share: number };
  femaleNames: readonly string[];
  maleNames: readonly string[];
  seed: number;
}

/**
 * A gender-skewed label, planted: a share of one label's rows gets a female speaker ("Mary says:
 * …" or "She says: …", alternately) and a share of another label's rows a male one. Rows are
 * picked with a seeded generator; texts are otherwise untouched.
 */
export function plantGenderSkew(rows: readonly DatasetRow[], plan: Planting): DatasetRow[] {
  const rng = createRng(plan.seed);
  return rows.map((row) => {
    const label = String(row.label);
    for (const [which, names, pronoun] of [
      ['female', plan.femaleNames, 'She'],
      ['male', plan.maleNames, 'He'],
    ] as const) {
      const spec = plan[which];
      if (!spec || spec.label !== label || rng.next() >= spec.share) continue;
      const speaker = rng.next() < 0.5 ? pronoun : names[rng.int(names.length)];
      return { ...row, text: `${speaker} says: ${row.text}` };
    }
    return row;
  });
}
