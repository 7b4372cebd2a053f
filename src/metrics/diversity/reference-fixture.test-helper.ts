import { readFileSync } from 'node:fs';

/** fixtures/reference/diversity.json, written by scripts/reference/diversity.py (numpy 1.24, Python 3.11). */
export interface DiversityFixture {
  topNgrams: {
    texts: string[][];
    cases: Array<{ n: number; top: number; total: number; distinct: number; ngrams: Array<{ ngram: string[]; count: number }> }>;
  };
  vendi: Array<{ name: string; x: number[][]; h: number[]; logVendi: number; vendi: number }>;
  nearDuplicates: { threshold: number; x: number[][]; match: number[]; similarity: Array<number | null> };
}

export const diversityFixture = JSON.parse(readFileSync(new URL('../../../fixtures/reference/diversity.json', import.meta.url), 'utf8')) as DiversityFixture;
