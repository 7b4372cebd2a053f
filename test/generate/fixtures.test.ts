import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generate } from '../../src/generate/generate.js';
import { parseGenerateConfig } from '../../src/generate/parse-generate-config.js';
import { planGeneration } from '../../src/generate/plan-generation.js';
import { taskKind } from '../../src/generate/tasks/task-kinds.js';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'synthscope-fixtures-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

const NOW = new Date('2025-06-01T00:00:00.000Z');

async function runFixture(name: string, out = join(dir, `${name}.jsonl`)) {
  const config = parseGenerateConfig(readFileSync(`fixtures/generate/${name}.yaml`, 'utf8'), { path: name });
  const started = performance.now();
  const result = await generate(config, { out, now: () => NOW });
  const ms = performance.now() - started;
  const rows = (await readFile(out, 'utf8')).trimEnd().split('\n').map((l) => JSON.parse(l) as Record<string, any>);
  return { config, result, rows, ms, text: await readFile(out, 'utf8') };
}

describe('example configs in fixtures/generate run offline with the template provider', () => {
  it('classification.yaml: three sentiment labels, 12 rows each, 36 in all, in seconds', async () => {
    const { result, rows, ms, config } = await runFixture('classification');
    expect(result).toMatchObject({ provider: 'template', planned: 36, written: 36, failures: [], requests: 0 });
    expect(ms).toBeLessThan(3000);
    const byLabel = new Map<string, number>();
    for (const r of rows) byLabel.set(r.label, (byLabel.get(r.label) ?? 0) + 1);
    expect(Object.fromEntries(byLabel)).toEqual({ positive: 12, neutral: 12, negative: 12 });
    expect(rows.map((r) => r.id)).toEqual(planGeneration(config).map((i) => i.id));
    expect(new Set(rows.map((r) => r.text)).size).toBeGreaterThan(30);
    for (const r of rows) {
      expect(Object.keys(r)).toEqual(['id', 'text', 'label', 'provenance']);
      expect(r.provenance).toMatchObject({ provider: 'template', promptTemplateId: 'classification:default@1', seed: 7, exemplarIds: [], usage: { promptTokens: 0, completionTokens: 0 }, createdAt: NOW.toISOString() });
      expect(r.provenance.model).toMatch(/^slot-grammar@[0-9a-f]{8}$/);
      expect(r.text).toContain(r.provenance.parameters.topic);
    }
  });

  it('qa.yaml: 12 pairs, each answered from its passage', async () => {
    const { result, rows } = await runFixture('qa');
    expect(result.written).toBe(12);
    for (const r of rows) {
      expect(Object.keys(r)).toEqual(['id', 'question', 'answer', 'context', 'passageId', 'label', 'provenance']);
      expect(r.context).toContain(r.answer.replace(/^According to our notes on [^:]+: /, ''));
      expect(r.provenance.parameters.passageId).toBe(r.passageId);
    }
    expect(new Set(rows.map((r) => r.passageId))).toEqual(new Set(['kettle-care', 'returns', 'warranty', 'delivery']));
  });

  it('dialogue.yaml: 12 dialogues of 4 to 6 alternating turns in two scenarios', async () => {
    const { result, rows, config } = await runFixture('dialogue');
    expect(result.written).toBe(12);
    const validator = taskKind('dialogue').responseSchema(config).validator;
    for (const r of rows) {
      expect(validator.safeParse({ turns: r.turns }).success).toBe(true);
      expect(r.turns.length).toBeGreaterThanOrEqual(4);
      expect(r.turns.length).toBeLessThanOrEqual(6);
      expect(r.text).toBe(r.turns.map((t: { role: string; content: string }) => `${t.role}: ${t.content}`).join('\n'));
    }
    expect(new Set(rows.map((r) => r.label))).toEqual(new Set(['late-delivery', 'refund']));
  });

  it('structured.yaml: 20 rows that match the schema', async () => {
    const { result, rows, config } = await runFixture('structured');
    expect(result.written).toBe(20);
    const validator = taskKind('structured').responseSchema(config).validator;
    for (const r of rows) {
      const { id: _id, label: _label, provenance: _p, ...fields } = r;
      expect(validator.safeParse(fields).success).toBe(true);
    }
  });

  it('the same config and seed give the same file, byte for byte', async () => {
    for (const name of ['classification', 'qa', 'dialogue', 'structured']) {
      const a = await runFixture(name, join(dir, `${name}-a.jsonl`));
      const b = await runFixture(name, join(dir, `${name}-b.jsonl`));
      expect(b.text).toBe(a.text);
    }
  });
});
