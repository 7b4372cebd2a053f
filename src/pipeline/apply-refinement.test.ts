import { describe, expect, it } from 'vitest';
import { makeResults, metric } from '../../test/gate/make-results.js';
import type { Results } from '../core/results-schema.js';
import { parseGenerateConfig } from '../generate/parse-generate-config.js';
import { applyRefinement, type ApplyRefinementInput } from './apply-refinement.js';
import { NOTES } from './messages.js';
import { RefineSpecSchema } from './pipeline-config-schema.js';
import { realOf } from './pipeline.test-helper.js';
import type { PlannedAction, RefinementPlan } from './plan-refinement.js';
import type { RefinementAction } from './refinement-action.js';

const config = parseGenerateConfig({
  task: 'classification',
  seed: 7,
  labels: [
    { name: 'pos', count: 10, description: 'a happy customer', template: { fields: { text: ['Great {topic}, {style}.'] } } },
    { name: 'neg', count: 10, template: { fields: { text: ['Bad {topic}, {style}.'] } } },
  ],
  variation: { topics: [{ value: 'kettle', weight: 3 }, 'lamp'], styles: ['terse'] },
  provider: { temperature: 1 },
});

const real = realOf([
  ['r1', 'one', 'pos'],
  ['r2', 'one two', 'pos'],
  ['r3', 'one two three', 'pos'],
  ['r4', 'one two three four', 'pos'],
  ['r5', 'one two three four five', 'pos'],
  ['r6', 'short neg', 'neg'],
]);

const plan = (...actions: [RefinementAction, string[] | null][]): RefinementPlan => ({
  actions: actions.map(([action, labels]): PlannedAction => ({ action, checks: ['x.y'], labels })),
  regenerate: null,
  unaddressed: [],
});

function apply(p: RefinementPlan, over: Partial<ApplyRefinementInput> = {}) {
  return applyRefinement({
    config,
    exemplars: [],
    plan: p,
    results: makeResults([metric('drift.c2st-auc')], { labels: { synthetic: { pos: 10, neg: 10 }, real: { pos: 30, neg: 10 }, unknownInReal: [] } }),
    real,
    provider: 'openai',
    refine: RefineSpecSchema.parse({}),
    round: 2,
    baseSeed: 7,
    ...over,
  });
}

describe('applyRefinement', () => {
  it('gives every refinement round a new generation seed: round k uses the written seed + k − 1', () => {
    const r2 = apply(plan(['reseed', null]));
    expect(r2.config.seed).toBe(8);
    expect(r2.changes).toEqual([{ action: 'reseed', target: 'all', detail: expect.stringContaining('generation seed 7 → 8') }]);
    expect(apply(plan(['reseed', null]), { config: r2.config, round: 3 }).config.seed).toBe(9);
  });

  it('with the template provider only reseeds, flattens knob weights and rebalances: no prompt sentence, no temperature', () => {
    const out = apply(plan(['diversify', null], ['closer-to-real', null], ['sharpen-labels', ['neg']]), { provider: 'template' });
    expect(out.config.variation.topics).toEqual(['kettle', 'lamp']);
    expect(out.config.provider.temperature).toBe(1);
    expect(out.config.labels?.map((l) => l.instructions)).toEqual([undefined, undefined]);
    expect(out.changes.map((c) => c.action)).toEqual(['reseed', 'diversify', 'closer-to-real', 'sharpen-labels']);
    expect(out.changes[2].detail).toMatch(/nothing to change offline for closer-to-real/);
  });

  it('diversify with an LLM: temperature + 0.2, weights dropped, extra personas, a sentence for the labels at fault', () => {
    const out = apply(plan(['diversify', ['pos']]), { refine: RefineSpecSchema.parse({ personas: ['a nurse', 'a student'] }) });
    expect(out.config.provider.temperature).toBe(1.2);
    expect(out.config.variation.topics).toEqual(['kettle', 'lamp']);
    expect(out.config.variation.personas).toEqual(['a nurse', 'a student']);
    expect(out.config.labels?.map((l) => l.instructions)).toEqual([NOTES.diversify, undefined]);
    expect(out.changes).toContainEqual({ action: 'diversify', target: 'all', detail: 'temperature 1 → 1.2' });
  });

  it('clamps the temperature to refine.maxTemperature and refine.minTemperature, and leaves it when both directions are asked', () => {
    const hot = parseGenerateConfig({ ...config, provider: { temperature: 1.4 } });
    expect(apply(plan(['diversify', null]), { config: hot }).config.provider.temperature).toBe(1.5);
    const cold = parseGenerateConfig({ ...config, provider: { temperature: 0.4 } });
    expect(apply(plan(['sharpen-labels', null]), { config: cold }).config.provider.temperature).toBe(0.3);
    expect(apply(plan(['diversify', null], ['sharpen-labels', null])).config.provider.temperature).toBe(1);
  });

  it('sharpens a label with its description and the labels it must not be mistaken for', () => {
    const out = apply(plan(['sharpen-labels', null]));
    expect(out.config.labels?.map((l) => l.instructions)).toEqual([
      'It must be unmistakably "pos" (a happy customer), never "neg".',
      'It must be unmistakably "neg", never "pos".',
    ]);
    expect(out.config.provider.temperature).toBe(0.8);
  });

  it('adds each sentence once, however many rounds ask for it', () => {
    const once = apply(plan(['avoid-pii', null]));
    const twice = apply(plan(['avoid-pii', null]), { config: once.config, round: 3 });
    expect(twice.config.labels?.[0].instructions).toBe(NOTES.avoidPii);
    expect(twice.changes.map((c) => c.action)).toEqual(['reseed']);
  });

  it('rebalances label counts to the real shares by largest remainder (real 30:10 → 15 and 5 of 20)', () => {
    const out = apply(plan(['rebalance-labels', null]), { provider: 'template' });
    expect(out.config.labels?.map((l) => l.count)).toEqual([15, 5]);
    expect(out.changes).toContainEqual({ action: 'rebalance-labels', target: 'all', detail: 'label counts to the real shares: pos 10 → 15, neg 10 → 5' });
  });

  it('keeps the count of a label the real data does not have', () => {
    const results = makeResults([metric('drift.c2st-auc')], { labels: { synthetic: { pos: 10, neg: 10 }, real: { pos: 30 }, unknownInReal: ['neg'] } });
    expect(apply(plan(['rebalance-labels', null]), { results }).config.labels?.map((l) => l.count)).toEqual([10, 10]);
  });

  it('asks for the real lengths of the label: median and quartiles of its word counts (numpy type 7)', () => {
    // pos rows have 1..5 words: numpy.percentile([1,2,3,4,5], [25, 50, 75]) = [2, 3, 4].
    const out = apply(plan(['match-lengths', ['pos']]));
    expect(out.config.labels?.[0].instructions).toBe(NOTES.lengths(3, 2, 4));
    expect(out.config.labels?.[1].instructions).toBeUndefined();
  });

  it('takes few-shot exemplars from under-represented clusters, k = refine.exemplars per prompt, same label first', () => {
    const clusters = {
      clusters: [
        {
          cluster: 4,
          candidateShare: 0,
          referenceShare: 0.3,
          direction: 'under',
          keywords: ['one', 'two'],
          examples: { candidate: [], reference: [{ row: 3, id: 'r3', text: 'one two three' }, { row: 6, id: 'r6', text: 'short neg' }] },
        },
      ],
    };
    const results: Results = makeResults([metric('drift.clusters', { details: clusters })]);
    const out = apply(plan(['closer-to-real', null]), { results });
    expect(out.exemplars).toEqual([
      { id: 'r3', text: 'one two three', label: 'pos' },
      { id: 'r6', text: 'short neg', label: 'neg' },
    ]);
    expect(out.config.examples).toMatchObject({ k: 3, sameLabel: true });
    expect(out.config.labels?.[0].instructions).toBe(NOTES.closerToReal);
    expect(out.changes).toContainEqual({ action: 'closer-to-real', target: 'all', detail: 'few-shot exemplars: 2 real rows from 1 under-represented cluster (one, two), 3 per prompt' });
  });

  it('puts the sentence into the system prompt of a task without labels', () => {
    const qa = parseGenerateConfig({ task: 'qa', count: 4, seed: 1 });
    const out = apply(plan(['avoid-copies', null]), { config: qa, baseSeed: 1 });
    expect(out.config.prompt?.system).toMatch(new RegExp(`${NOTES.avoidCopies.replace(/[.:]/g, '\\$&')}$`));
    expect(out.changes.at(-1)).toEqual({ action: 'avoid-copies', target: 'all', detail: `prompt adds: "${NOTES.avoidCopies}"` });
  });
});
