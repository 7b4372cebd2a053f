import { describe, expect, it } from 'vitest';
import { buildPrompt } from './build-prompt.js';
import { parseGenerateConfig } from './parse-generate-config.js';
import { planGeneration } from './plan-generation.js';

const config = parseGenerateConfig({
  task: 'classification',
  seed: 1,
  labels: [{ name: 'positive', count: 1, description: 'a happy customer' }, { name: 'negative', count: 1 }],
  variation: { topics: ['kettle'] },
  examples: { k: 1 },
});

describe('buildPrompt', () => {
  it('writes the label, its description, the variation and the exemplars into the user message, dropping empty lines', () => {
    const [positive, negative] = planGeneration(config, [{ id: 'real-1', text: 'Love\nit', label: 'positive' }]);
    const prompt = buildPrompt(config, positive);
    expect(prompt.messages[1]).toEqual({
      role: 'user',
      content: [
        'Write one new text with the label "positive".',
        'What the label means: a happy customer',
        'Topic: kettle',
        'Real examples, for tone and realism only (do not copy or paraphrase them):',
        '- Love it',
      ].join('\n'),
    });
    expect(buildPrompt(config, negative).messages[1].content).not.toContain('What the label means');
    expect(prompt.promptTemplateId).toBe('classification:default@1');
  });

  it('ends the system message with the JSON Schema of the answer, which is also the schema sent to the server', () => {
    const prompt = buildPrompt(config, planGeneration(config)[0]);
    expect(prompt.responseSchema).toEqual({
      name: 'classification_text',
      schema: { type: 'object', properties: { text: { type: 'string', minLength: 1 } }, required: ['text'], additionalProperties: false },
      strict: true,
    });
    expect(prompt.messages[0].content.endsWith(`and with nothing else:\n${JSON.stringify(prompt.responseSchema.schema)}`)).toBe(true);
  });

  it('uses the config\'s own templates, with an id from their hash', () => {
    const custom = parseGenerateConfig({ ...config, prompt: { user: 'Label: {{label}}\nTopic: {{topic}}' } });
    const prompt = buildPrompt(custom, planGeneration(custom)[0]);
    expect(prompt.messages[1].content).toBe('Label: positive\nTopic: kettle');
    expect(prompt.promptTemplateId).toMatch(/^classification:custom@[0-9a-f]{8}$/);
  });

  it('asks dialogues for the roles and turn limits, with a schema that lists the roles', () => {
    const dialogue = parseGenerateConfig({ task: 'dialogue', count: 1, roles: ['customer', 'agent', 'manager'], turns: { min: 3, max: 5 } });
    const prompt = buildPrompt(dialogue, planGeneration(dialogue)[0]);
    expect(prompt.messages[1].content).toBe(
      'Write one new dialogue between customer, agent and manager, with 3 to 5 turns. Use only these role names.',
    );
    const turns = (prompt.responseSchema.schema.properties as Record<string, Record<string, unknown>>).turns;
    expect(turns).toMatchObject({ type: 'array', minItems: 3, maxItems: 5 });
    expect(turns.items).toMatchObject({ properties: { role: { enum: ['customer', 'agent', 'manager'] } } });
  });

  it('grounds qa prompts in the item passage', () => {
    const qa = parseGenerateConfig({ task: 'qa', count: 1, passages: [{ id: 'p', title: 'Returns', text: 'Items can be returned within 30 days.' }] });
    expect(buildPrompt(qa, planGeneration(qa)[0]).messages[1].content).toBe(
      ['Write one new question and its answer.', 'Take the answer from this passage only, and ask something it answers:', '"""', 'Returns', 'Items can be returned within 30 days.', '"""'].join('\n'),
    );
  });

  it('marks a structured schema strict only when every property is required', () => {
    const strict = parseGenerateConfig({ task: 'structured', count: 1, schema: { type: 'object', properties: { a: { type: 'integer' } }, required: ['a'] } });
    const loose = parseGenerateConfig({ task: 'structured', count: 1, schema: { type: 'object', properties: { a: { type: 'integer' } } } });
    expect(buildPrompt(strict, planGeneration(strict)[0]).responseSchema).toEqual({
      name: 'structured_row',
      schema: { type: 'object', properties: { a: { type: 'integer' } }, required: ['a'], additionalProperties: false },
      strict: true,
    });
    expect(buildPrompt(loose, planGeneration(loose)[0]).responseSchema.strict).toBe(false);
  });
});
