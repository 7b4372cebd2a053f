import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SynthscopeError } from '../../core/errors.js';
import { parseGenerateConfig } from '../parse-generate-config.js';
import { planGeneration } from '../plan-generation.js';
import type { PlannedItem } from '../types.js';
import { createTemplateProvider } from './template-provider.js';

const fixture = (name: string) => parseGenerateConfig(readFileSync(`fixtures/generate/${name}.yaml`, 'utf8'));
const signal = new AbortController().signal;
const responseSchema = { name: 'x', schema: {}, strict: true };

async function answers(name: string): Promise<Record<string, unknown>[]> {
  const config = fixture(name);
  const provider = createTemplateProvider(config);
  const out = [];
  for (const item of planGeneration(config)) {
    const r = await provider.complete({ item, messages: [], responseSchema, attempt: 0, signal });
    out.push(JSON.parse(r.content as string) as Record<string, unknown>);
  }
  return out;
}

describe('createTemplateProvider', () => {
  it('gives the same answers for the same seed, and other answers for another seed', async () => {
    const config = fixture('classification');
    const a = await answers('classification');
    expect(await answers('classification')).toEqual(a);
    const reseeded = parseGenerateConfig({ ...config, seed: 8 });
    const provider = createTemplateProvider(reseeded);
    const other = [];
    for (const item of planGeneration(reseeded)) other.push(JSON.parse((await provider.complete({ item, messages: [], responseSchema, attempt: 0, signal })).content as string));
    expect(other).not.toEqual(a);
  });

  it('uses the label\'s own grammar and the item\'s topic: positive texts never use negative phrases', async () => {
    const config = fixture('classification');
    const items = planGeneration(config);
    const texts = await answers('classification');
    const negativeOnly = ['Save your money.', 'Look elsewhere.', 'Disappointed with', 'Do not buy this'];
    items.forEach((item, i) => {
      const text = texts[i].text as string;
      expect(text).toContain(item.variation.topic as string);
      if (item.label === 'positive') for (const phrase of negativeOnly) expect(text).not.toContain(phrase);
    });
  });

  it('draws structured enums and numbers inside the schema\'s ranges', async () => {
    for (const row of await answers('structured')) {
      expect(['kettle', 'desk lamp', 'backpack', 'coffee grinder']).toContain(row.product);
      expect(Number.isInteger(row.customerAge)).toBe(true);
      expect(row.customerAge).toBeGreaterThanOrEqual(18);
      expect(row.customerAge).toBeLessThanOrEqual(90);
      expect(row.orderTotal).toBeGreaterThanOrEqual(5);
      expect(row.orderTotal).toBeLessThanOrEqual(400);
      expect((row.tags as string[]).length).toBeGreaterThanOrEqual(1);
      expect((row.tags as string[]).length).toBeLessThanOrEqual(2);
      expect((row.body as string).length).toBeGreaterThanOrEqual(20);
    }
  });

  it('keeps a run of optional dialogue turns together, so roles still alternate', async () => {
    const rows = await answers('dialogue');
    const lengths = new Set<number>();
    for (const row of rows) {
      const roles = (row.turns as { role: string }[]).map((t) => t.role);
      roles.forEach((role, i) => expect(role).toBe(i % 2 === 0 ? 'customer' : 'agent'));
      lengths.add(roles.length);
    }
    expect([...lengths].every((n) => n === 4 || n === 6)).toBe(true);
  });

  it('answers grounded qa from the item passage', async () => {
    const config = fixture('qa');
    const items = planGeneration(config);
    const rows = await answers('qa');
    rows.forEach((row, i) => {
      const sentence = (row.answer as string).replace(/^According to our notes on [^:]+: /, '');
      expect((items[i] as PlannedItem).passage?.text).toContain(sentence);
    });
  });

  it('refuses a config without any template', () => {
    expect(() => createTemplateProvider(parseGenerateConfig({ task: 'qa', count: 1 }))).toThrow(SynthscopeError);
    expect(() => createTemplateProvider(parseGenerateConfig({ task: 'qa', count: 1 }))).toThrow(/needs a slot grammar/);
  });
});
