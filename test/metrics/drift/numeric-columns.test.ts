import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { evaluate } from '../../../src/core/evaluate/evaluate.js';
import { createEmbedder } from '../../../src/embed/create-embedder.js';
import type { Embedder } from '../../../src/embed/types.js';
import type { Dataset } from '../../../src/io/types.js';
import { TEST_CACHE_DIR } from '../../helpers/test-cache.js';
import { disjoint, loadShared, metric, only, withRows } from './drift-data.js';

let embedder: Embedder;
let titanic: Dataset;
beforeAll(async () => {
  embedder = await createEmbedder('builtin', { cacheDir: TEST_CACHE_DIR });
  // The passenger's name is the text field (the only string column that is free text); the
  // numeric columns are PassengerId, Pclass, Age (177 missing), SibSp, Parch and Fare.
  titanic = await loadShared('titanic', 'titanic.csv', { textField: 'Name', labelField: 'Survived' });
});
afterAll(async () => embedder?.dispose());

const NUMERIC = ['drift.numeric-ks', 'drift.numeric-wasserstein', 'drift.numeric-psi'];
const config = { drift: { excludeColumns: ['PassengerId'] } };

interface ColumnRow {
  column: string;
  ks: number;
  ksPValue: number;
  psi: number;
  wassersteinScaled: number;
  missing: { candidate: number; reference: number };
}

describe('drift family on numeric metadata columns (Titanic passengers, text = Name)', () => {
  it('reads two halves of the passenger list as good, with every column compared and missing ages left out', async () => {
    const [synth, real] = disjoint(titanic, [445, 446], 3);
    const r = await evaluate({ synthetic: withRows(titanic, synth, 'synth.csv'), real: withRows(titanic, real), embedder, seed: 1, config, metrics: only(...NUMERIC, 'drift.categorical-js') });
    for (const m of r.metrics) {
      expect(m.status, `${m.id}: ${m.reason}`).toBe('ok');
      expect(m.reading, m.id).toBe('good');
    }
    const ks = metric(r, 'drift.numeric-ks');
    expect(ks.pValue!).toBeGreaterThan(0.05);
    const columns = ks.details.columns as ColumnRow[];
    expect(columns.map((c) => c.column).sort()).toEqual(['Age', 'Fare', 'Parch', 'Pclass', 'SibSp']);
    const age = columns.find((c) => c.column === 'Age')!;
    expect(age.missing.candidate + age.missing.reference).toBeGreaterThan(50);
    expect(ks.details.ignoredColumns).toContainEqual({ column: 'PassengerId', reason: 'excluded by the config (drift.excludeColumns)' });
    expect((ks.details.ignoredColumns as Array<{ column: string }>).map((c) => c.column)).toEqual(expect.arrayContaining(['Ticket', 'Cabin']));
    // Sex and Embarked are the categorical columns.
    const cat = metric(r, 'drift.categorical-js').details.columns as Array<{ column: string }>;
    expect(cat.map((c) => c.column).sort()).toEqual(['Embarked', 'Sex']);
  });

  it('catches fares tripled and ages raised by 15 years: those two columns lead, KS p tiny, PSI a major shift, the others unmoved', async () => {
    const [synth, real] = disjoint(titanic, [445, 446], 3);
    const r = await evaluate({
      synthetic: withRows(titanic, synth, 'synth.csv', (row) => ({
        meta: { ...row.meta, Fare: (row.meta.Fare as number) * 3, Age: row.meta.Age === null ? null : (row.meta.Age as number) + 15 },
      })),
      real: withRows(titanic, real),
      embedder,
      seed: 1,
      config,
      metrics: only(...NUMERIC),
    });
    const ks = metric(r, 'drift.numeric-ks');
    expect(['Age', 'Fare']).toContain(ks.details.worstColumn);
    expect(ks.value!).toBeGreaterThan(0.3);
    expect(ks.pValue!).toBeLessThan(1e-8);
    expect(ks.baseline!.value!).toBeLessThan(0.15);
    const columns = ks.details.columns as ColumnRow[];
    for (const c of columns) {
      if (c.column === 'Age' || c.column === 'Fare') expect(c.ks, c.column).toBeGreaterThan(0.25);
      else expect(c.ks, c.column).toBeLessThan(0.1);
    }
    const psi = metric(r, 'drift.numeric-psi');
    expect(psi.value!).toBeGreaterThan(0.25);
    // An age shift of 15 years is about one standard deviation (14.5 in the real data).
    const w = metric(r, 'drift.numeric-wasserstein');
    expect(w.value!).toBeGreaterThan(0.7);
    expect(w.baseline!.value!).toBeLessThan(0.25);
    for (const m of r.metrics) expect(m.reading, m.id).toBe('poor');
  });
});
