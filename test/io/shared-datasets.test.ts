import { existsSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { summarizeDataset } from '../../src/core/dataset-summary.js';
import { loadDataset } from '../../src/io/load-dataset.js';

// Real data in ../shared/datasets (read, never copied). Every expected number is from that
// dataset's SOURCE.md ("Rows:" and the "Stats:" line, computed there by the data's own Python script).
const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const SHARED = resolve(ROOT, '../shared/datasets');
const shared = (path: string): string => resolve(SHARED, path);

interface Expected {
  rows: number;
  labels: Record<string, number>;
  exact?: number;
  normalized?: number;
  words?: { min: number; median: number; max: number; mean: number };
}

const JSONL: Record<string, Expected> = {
  boolq_dev: { rows: 3270, labels: { true: 2033, false: 1237 }, exact: 0, normalized: 0, words: { min: 3, median: 8, max: 17, mean: 8.7 } },
  imdb_reviews_sample: { rows: 200, labels: { '1': 103, '0': 97 }, exact: 0, normalized: 0, words: { min: 40, median: 174, max: 986, mean: 240.8 } },
  rotten_tomatoes_polarity: { rows: 10662, labels: { '0': 5331, '1': 5331 }, exact: 0, normalized: 0, words: { min: 1, median: 20, max: 59, mean: 21.0 } },
  sentiment_uci_labelled_sentences: { rows: 3000, labels: { '0': 1500, '1': 1500 }, exact: 18, normalized: 21, words: { min: 1, median: 10, max: 71, mean: 11.8 } },
  sms_spam_collection: { rows: 5574, labels: { ham: 4827, spam: 747 }, exact: 403, normalized: 415, words: { min: 1, median: 12, max: 171, mean: 15.6 } },
  // SOURCE.md: 5052 total (train 3257, val 374, test 1421); its label stats are for train and test only.
  tweet_eval_emotion: { rows: 5052, labels: { anger: 2118, sadness: 1326, joy: 1163, optimism: 445 } },
};

describe('loadDataset on the real datasets in ../shared/datasets', () => {
  it('covers every */data.jsonl there is', () => {
    const found = readdirSync(SHARED).filter((name) => existsSync(shared(`${name}/data.jsonl`)));
    expect(found.sort()).toEqual(Object.keys(JSONL).sort());
  });

  for (const [name, expected] of Object.entries(JSONL)) {
    it(`${name}/data.jsonl: ${expected.rows} rows, labels, duplicates and word lengths as in SOURCE.md`, async () => {
      const data = await loadDataset(shared(`${name}/data.jsonl`));
      expect(data.format).toBe('jsonl');
      expect(data.rows).toHaveLength(expected.rows);
      expect(data.invalid).toEqual([]);
      const summary = summarizeDataset(data);
      expect(summary.labels).toEqual(expected.labels);
      if (expected.exact !== undefined) expect(summary.duplicates).toEqual({ exact: expected.exact, normalized: expected.normalized });
      if (expected.words !== undefined) {
        const words = summary.lengths.words;
        expect({ min: words.min, median: words.median, max: words.max, mean: Math.round(words.mean * 10) / 10 }).toEqual(expected.words);
      }
    });
  }

  it('tweet_eval_emotion: split sizes 3257 / 374 / 1421 and the test-split label counts of SOURCE.md', async () => {
    const data = await loadDataset(shared('tweet_eval_emotion/data.jsonl'));
    const splits: Record<string, number> = {};
    const test: Record<string, number> = {};
    for (const row of data.rows) {
      const split = row.meta.split as string;
      splits[split] = (splits[split] ?? 0) + 1;
      if (split === 'test') test[String(row.label)] = (test[String(row.label)] ?? 0) + 1;
    }
    expect(splits).toEqual({ train: 3257, val: 374, test: 1421 });
    expect(test).toEqual({ anger: 558, sadness: 382, joy: 358, optimism: 123 });
    expect(data.columns).toEqual([
      { name: 'text', kind: 'text', missing: 0 },
      { name: 'label', kind: 'categorical', missing: 0 },
      { name: 'label_id', kind: 'numeric', missing: 0 },
      { name: 'split', kind: 'categorical', missing: 0 },
    ]);
  });

  it('titanic.csv: 891 rows × 12 columns, Survived 549 / 342, Age missing 177, Cabin missing 687', async () => {
    const data = await loadDataset(shared('titanic/titanic.csv'), { textField: 'Name', labelField: 'Survived', idField: 'PassengerId' });
    expect(data.format).toBe('csv');
    expect(data.rows).toHaveLength(891);
    expect(data.columns).toHaveLength(12);
    expect(summarizeDataset(data).labels).toEqual({ '0': 549, '1': 342 });
    const byName = Object.fromEntries(data.columns.map((c) => [c.name, c]));
    expect(byName.Age).toEqual({ name: 'Age', kind: 'numeric', missing: 177 });
    expect(byName.Cabin.missing).toBe(687);
    expect(byName.Fare.kind).toBe('numeric');
    expect(byName.Sex.kind).toBe('categorical');
    // First data line: 1,0,3,"Braund, Mr. Owen Harris",male,22,1,0,A/5 21171,7.25,,S
    expect(data.rows[0]).toEqual({
      index: 0,
      line: 2,
      id: '1',
      text: 'Braund, Mr. Owen Harris',
      label: 0,
      meta: { Pclass: 3, Sex: 'male', Age: 22, SibSp: 1, Parch: 0, Ticket: 'A/5 21171', Fare: 7.25, Cabin: null, Embarked: 'S' },
    });
  });

  it('sms.tsv (no header, no quoting): 5574 rows, ham 4827 / spam 747, the same texts and labels as data.jsonl', async () => {
    const tsv = await loadDataset(shared('sms_spam_collection/sms.tsv'), { columns: ['label', 'text'] });
    const jsonl = await loadDataset(shared('sms_spam_collection/data.jsonl'));
    expect(tsv.format).toBe('tsv');
    expect(tsv.rows).toHaveLength(5574);
    expect(summarizeDataset(tsv).labels).toEqual({ ham: 4827, spam: 747 });
    expect(tsv.rows.map((r) => [r.text, r.label])).toEqual(jsonl.rows.map((r) => [r.text, r.label]));
    // Line 283 starts with a quote that a quoting parser would take as an opening quote.
    expect(tsv.rows[282].text.startsWith('"Wen u miss someone')).toBe(true);
  });

  it('imdb sample.csv (quoted multi-line reviews): the same 200 texts as data.jsonl, labels equal as strings', async () => {
    const csv = await loadDataset(shared('imdb_reviews_sample/sample.csv'));
    const jsonl = await loadDataset(shared('imdb_reviews_sample/data.jsonl'));
    expect(csv.rows.map((r) => [r.text, String(r.label)])).toEqual(jsonl.rows.map((r) => [r.text, String(r.label)]));
  });

  it('adult.csv: 16281 rows × 15 columns, income 12435 / 3846, the six numeric columns SOURCE.md lists', async () => {
    const data = await loadDataset(shared('adult_census_income/adult.csv'), { textField: 'occupation', labelField: 'income' });
    expect(data.rows).toHaveLength(16281);
    expect(data.columns).toHaveLength(15);
    expect(summarizeDataset(data).labels).toEqual({ '<=50K': 12435, '>50K': 3846 });
    const numeric = data.columns.filter((c) => c.kind === 'numeric').map((c) => c.name);
    expect(numeric).toEqual(['age', 'fnlwgt', 'education_num', 'capital_gain', 'capital_loss', 'hours_per_week']);
  });

  it('boolq dev.jsonl with textField question and labelField answer: True 2033 / False 1237', async () => {
    const data = await loadDataset(shared('boolq_dev/dev.jsonl'), { textField: 'question', labelField: 'answer' });
    expect(summarizeDataset(data).labels).toEqual({ True: 2033, False: 1237 });
  });
});
