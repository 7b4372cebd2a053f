import { describe, expect, it } from 'vitest';
import { itemSeed } from './item-seed.js';
import { labelSlug } from './label-slug.js';
import { parseGenerateConfig } from './parse-generate-config.js';
import { planGeneration } from './plan-generation.js';

const config = parseGenerateConfig({
  task: 'classification',
  seed: 7,
  total: 7,
  labels: [{ name: 'positive' }, { name: 'Very Negative!', weight: 2.5 }],
  variation: { topics: ['kettle', 'lamp', 'bag'], styles: ['terse', 'chatty'] },
  examples: { k: 1 },
});

describe('planGeneration', () => {
  it('makes ids from the label slug and a 4-digit ordinal, label by label', () => {
    // weights 1 : 2.5 of 7 → exact 2, 5 (hand computation)
    expect(planGeneration(config).map((i) => i.id)).toEqual([
      'positive-0001',
      'positive-0002',
      'very-negative-0001',
      'very-negative-0002',
      'very-negative-0003',
      'very-negative-0004',
      'very-negative-0005',
    ]);
    expect(planGeneration(parseGenerateConfig({ task: 'qa', count: 2 })).map((i) => [i.id, i.label])).toEqual([
      ['qa-0001', null],
      ['qa-0002', null],
    ]);
  });

  it('gives each item its own seed from the run seed and id, so other labels\' counts do not change it', () => {
    const items = planGeneration(config);
    expect(items[0].seed).toBe(itemSeed(7, 'positive-0001'));
    const bigger = planGeneration(parseGenerateConfig({ ...config, total: undefined, labels: [{ name: 'positive', count: 2 }, { name: 'Very Negative!', count: 40 }] }));
    expect(bigger.slice(0, 3)).toEqual(items.slice(0, 3).map((item) => ({ ...item })));
  });

  it('is the same for the same config and seed, and different for another seed', () => {
    expect(planGeneration(config)).toEqual(planGeneration(config));
    const other = planGeneration(parseGenerateConfig({ ...config, seed: 8 }));
    expect(other.map((i) => i.variation)).not.toEqual(planGeneration(config).map((i) => i.variation));
  });

  it('draws exemplars of the item label when the dataset has them', () => {
    const rows = [
      { id: 'r1', text: 'great', label: 'positive' },
      { id: 'r2', text: 'awful', label: 'Very Negative!' },
      { id: 'r3', text: 'bad', label: 'Very Negative!' },
    ];
    const items = planGeneration(config, rows);
    expect(items.filter((i) => i.label === 'positive').every((i) => i.exemplars[0].id === 'r1')).toBe(true);
    expect(items.filter((i) => i.label !== 'positive').every((i) => ['r2', 'r3'].includes(i.exemplars[0].id))).toBe(true);
  });

  it('deals qa passages out round-robin in a seeded order', () => {
    const qa = parseGenerateConfig({ task: 'qa', count: 6, passages: ['one.', { id: 'p2', text: 'two.' }, { text: 'three.', title: 'Three' }] });
    const ids = planGeneration(qa).map((i) => i.passage?.id);
    expect(new Set(ids.slice(0, 3))).toEqual(new Set(['passage-1', 'p2', 'passage-3']));
    expect(ids.slice(3)).toEqual(ids.slice(0, 3));
  });
});

describe('labelSlug', () => {
  it('lower-cases and joins runs of other characters with one hyphen', () => {
    expect(labelSlug('Very Negative!')).toBe('very-negative');
    expect(labelSlug('Café crème')).toBe('cafe-creme');
    expect(labelSlug(1)).toBe('1');
    expect(labelSlug('!!!')).toBe('');
  });
});
