import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SynthscopeError } from '../core/errors.js';
import { parseGenerateConfig } from './parse-generate-config.js';

function failure(yaml: string): SynthscopeError {
  try {
    parseGenerateConfig(yaml, { path: 'gen.yaml' });
  } catch (error) {
    expect(error).toBeInstanceOf(SynthscopeError);
    expect((error as SynthscopeError).exitCode).toBe(2);
    return error as SynthscopeError;
  }
  throw new Error('expected the config to be refused');
}

const base = `task: classification
labels:
  - name: positive
    count: 2
  - name: negative
    count: 2
`;

describe('parseGenerateConfig: defaults', () => {
  it('applies the documented defaults', () => {
    const config = parseGenerateConfig(base);
    expect(config.seed).toBe(0);
    expect(config.variation).toEqual({});
    expect(config.provider).toMatchObject({
      temperature: 1,
      maxTokens: 512,
      responseFormat: 'auto',
      concurrency: 4,
      timeoutMs: 60_000,
      maxRetries: 6,
      maxRepairs: 2,
      maxTokensParameter: 'max_tokens',
    });
    expect(parseGenerateConfig(`${base}examples: {}\n`).examples).toEqual({ k: 2, sameLabel: true, textField: 'text', labelField: 'label' });
    expect(parseGenerateConfig('task: dialogue\ncount: 1\n')).toMatchObject({ roles: ['user', 'assistant'], turns: { min: 2, max: 6 } });
  });

  it('takes an object as well as YAML text, and reads every example config', () => {
    expect(parseGenerateConfig({ task: 'qa', count: 3 }).task).toBe('qa');
    for (const name of ['classification', 'qa', 'dialogue', 'structured']) {
      const path = `fixtures/generate/${name}.yaml`;
      expect(parseGenerateConfig(readFileSync(path, 'utf8'), { path }).task).toBe(name);
    }
  });
});

describe('parseGenerateConfig: one line naming file, line and key', () => {
  it('a value of the wrong type', () => {
    const error = failure(`${base.replace('count: 2\n  - name: negative', 'count: ten\n  - name: negative')}`);
    expect(error.message).toBe('gen.yaml:4: labels[0].count: Invalid input: expected number, received string');
  });

  it('an unknown key, at the key itself', () => {
    expect(failure(`${base}provider:\n  modle: x\n`).message).toMatch(/^gen\.yaml:8: provider\.modle: unknown key "modle"/);
  });

  it('an unknown task', () => {
    expect(failure('seed: 1\ntask: translation\n').message).toBe('gen.yaml:2: task: task must be one of classification, qa, dialogue, structured');
  });

  it('invalid YAML and a duplicate key, from the yaml parser', () => {
    expect(failure('task: qa\ncount: [1, 2\n').message).toMatch(/^gen\.yaml:\d+: invalid YAML: /);
    expect(failure('task: qa\ncount: 1\ncount: 2\n').message).toMatch(/^gen\.yaml:3: invalid YAML: Map keys must be unique/);
  });

  it('not a mapping', () => {
    expect(failure('- a\n- b\n').message).toBe('gen.yaml: a generation config must be a mapping of keys (task, labels, …)');
  });

  it('counts that do not add up', () => {
    expect(failure(`${base}total: 5\n`).message).toBe('gen.yaml:7: total: the label counts add up to 4, not the total 5');
    expect(failure('task: classification\nlabels:\n  - name: a\n  - name: b\n    count: 1\n').message).toBe(
      'gen.yaml:3: labels[0]: label "a" needs a count, or give a total at the top level to share out by weight',
    );
    expect(failure('task: qa\n').message).toBe('gen.yaml:1: (top level): a qa config needs a count (rows to generate) or labels with counts');
  });

  it('labels that would give the same ids', () => {
    expect(failure('task: classification\nlabels:\n  - { name: Very good, count: 1 }\n  - { name: very-good, count: 1 }\n').message).toBe(
      'gen.yaml:4: labels[1].name: labels "Very good" and "very-good" give the same item ids ("very-good-0001"); rename one',
    );
  });

  it('a prompt placeholder that does not exist, or lacks what it needs', () => {
    expect(failure(`${base}prompt:\n  user: "Write about {{topik}}"\n`).message).toMatch(/^gen\.yaml:8: prompt\.user: unknown placeholder \{\{topik\}\}/);
    expect(failure(`${base}prompt:\n  user: "Write about {{topic}}"\n`).message).toBe(
      'gen.yaml:8: prompt.user: the placeholder {{topic}} needs variation.topics in the config',
    );
  });

  it('a grammar slot that resolves to nothing, at the alternative that uses it', () => {
    const yaml = `${base}template:
  grammar:
    product: [kettle]
  fields:
    text:
      - "A {product}"
      - "A {prodct}"
`;
    expect(failure(yaml).message).toBe(
      'gen.yaml:13: template.fields.text[1]: the slot {prodct} for label "positive" is neither a grammar symbol nor a variable (variables: label, description, instructions)',
    );
  });

  it('a grammar loop, a missing field for one label, and a symbol named like a variable', () => {
    const loop = failure(`task: qa\ncount: 1\ntemplate:\n  grammar:\n    a: ["{b}"]\n    b: ["x {a}"]\n  fields:\n    question: ["{a}"]\n    answer: ["y"]\n`);
    expect(loop.message).toBe('gen.yaml:5: template.grammar.a: grammar symbols refer to each other in a loop: a → b → a');
    const missing = failure(`${base.replace('    count: 2\n  - name: negative', '    count: 2\n    template: { fields: { text: [ok] } }\n  - name: negative')}`);
    expect(missing.message).toBe(
      'gen.yaml:6: labels[1]: the template provider needs template.fields.text for label "negative" (at the top level or under the label)',
    );
    expect(failure(`task: qa\ncount: 1\ntemplate:\n  grammar:\n    topic: [x]\n  fields: { question: [q], answer: [a] }\n`).message).toBe(
      'gen.yaml:5: template.grammar.topic: grammar symbol "topic" has the name of a built-in variable; rename it',
    );
  });

  it('a dialogue script with an unknown role or too few turns', () => {
    const yaml = `task: dialogue
count: 1
roles: [customer, agent]
turns: { min: 3, max: 4 }
template:
  script:
    - { role: customer, text: [hi] }
    - { role: bot, text: [hello] }
`;
    const error = failure(yaml);
    expect(error.message).toBe('gen.yaml:8: template.script[1].role: role "bot" is not one of the roles (customer, agent)');
    expect(error.details).toEqual(['gen.yaml:6: template.script: the script has 2 required turns, fewer than turns.min (3)']);
  });

  it('a structured schema that reuses a row field or has an inverted range', () => {
    const yaml = `task: structured
count: 1
schema:
  type: object
  properties:
    id: { type: string }
    age: { type: integer, minimum: 90, maximum: 18 }
  required: [id, age, name]
`;
    const error = failure(yaml);
    expect(error.message).toBe('gen.yaml:6: schema.properties.id: property "id" is reserved: every row has id, label, provenance of its own');
    expect(error.details).toEqual([
      'gen.yaml:7: schema.properties.age.minimum: minimum (90) is more than maximum (18)',
      'gen.yaml:8: schema.required[2]: "name" is required but is not among the properties',
    ]);
  });

  it('an object config gets the same messages without a line', () => {
    expect(() => parseGenerateConfig({ task: 'qa', count: 0 })).toThrow('<config>: count: Too small: expected number to be >=1');
  });
});
