import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resultsJsonSchema } from '../../src/core/results-json-schema.js';
import { ResultsSchema } from '../../src/core/results-schema.js';
import { runCli } from '../helpers/run-cli.js';
import { sharedPath } from '../helpers/test-cache.js';
import { stableResults } from '../helpers/stable-results.js';

let dir = '';
let synthetic = '';
let real = '';
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'synthscope-score-'));
  // Real-vs-real: the first 200 UCI sentences play "synthetic", the next 600 are the real data.
  const lines = (await readFile(sharedPath('datasets', 'sentiment_uci_labelled_sentences', 'data.jsonl'), 'utf8')).trim().split('\n');
  synthetic = join(dir, 'synthetic.jsonl');
  real = join(dir, 'real.jsonl');
  await writeFile(synthetic, lines.slice(0, 200).join('\n') + '\n');
  await writeFile(real, lines.slice(200, 800).join('\n') + '\n');
});
afterAll(async () => rm(dir, { recursive: true, force: true }));

describe('synthscope score', () => {
  it('writes a results.json that matches the schema, and prints the table', async () => {
    const out = join(dir, 'run1');
    const { code, stdout, stderr } = await runCli(['score', '--synthetic', synthetic, '--real', real, '--out', out, '--seed', '7']);
    expect(code, stderr).toBe(0);
    expect(stdout).toMatch(/metric\s+value \[95% CI\]\s+real vs real\s+reading/);
    const results = ResultsSchema.parse(JSON.parse(await readFile(join(out, 'results.json'), 'utf8')));
    expect(results.seed).toBe(7);
    expect(results.inputs.synthetic.rows).toBe(200);
    expect(results.inputs.split).toEqual({ reference: 300, holdout: 300 });
    expect(results.embedder.id).toBe('builtin');
    expect(results.metrics.length).toBeGreaterThan(0);
    for (const m of results.metrics) expect(['ok', 'skipped', 'error']).toContain(m.status);
  });

  it('gives byte-identical results.json for the same inputs and seed, apart from createdAt and timings', async () => {
    const a = join(dir, 'a');
    const b = join(dir, 'b');
    for (const out of [a, b]) expect((await runCli(['score', '--synthetic', synthetic, '--real', real, '--out', out, '--seed', '3'])).code).toBe(0);
    const ja = await readFile(join(a, 'results.json'), 'utf8');
    const jb = await readFile(join(b, 'results.json'), 'utf8');
    expect(stableResults(ja)).toBe(stableResults(jb));
  });

  it('refuses a real file with one row (exit 2, one line) and leaves no results.json behind', async () => {
    const one = join(dir, 'one.jsonl');
    await writeFile(one, '{"text":"just one row","label":"1"}\n');
    const out = join(dir, 'refused');
    const { code, stderr } = await runCli(['score', '--synthetic', synthetic, '--real', one, '--out', out]);
    expect(code).toBe(2);
    expect(stderr.trim().split('\n')).toHaveLength(1);
    expect(stderr).toContain('at least 4');
    await expect(readdir(out)).rejects.toThrow();
  });

  it('refuses a synthetic file whose text field is missing, naming the field', async () => {
    const wrong = join(dir, 'wrong.jsonl');
    await writeFile(wrong, '{"body":"a row","label":"1"}\n{"body":"another","label":"0"}\n');
    const { code, stderr } = await runCli(['score', '--synthetic', wrong, '--real', real, '--out', join(dir, 'x')]);
    expect(code).toBe(2);
    expect(stderr).toContain('"text"');
  });

  it('reports synthetic labels that the real data never has instead of failing', async () => {
    const odd = join(dir, 'odd.jsonl');
    const rows = Array.from({ length: 40 }, (_, i) => JSON.stringify({ text: `the service was slow and the food cold, visit ${i}`, label: i % 2 ? '1' : 'maybe' }));
    await writeFile(odd, rows.join('\n') + '\n');
    const out = join(dir, 'odd');
    const { code, stderr } = await runCli(['score', '--synthetic', odd, '--real', real, '--out', out]);
    expect(code, stderr).toBe(0);
    const results = JSON.parse(await readFile(join(out, 'results.json'), 'utf8'));
    expect(results.labels.unknownInReal).toEqual(['maybe']);
  });

  it('names the file, line and key of an invalid evaluation config (exit 2)', async () => {
    const config = join(dir, 'config.yaml');
    await writeFile(config, 'bootstrap:\n  resamples: 5\n  level: 0.95\n');
    const { code, stderr } = await runCli(['score', '--synthetic', synthetic, '--real', real, '--config', config, '--out', join(dir, 'y')]);
    expect(code).toBe(2);
    expect(stderr).toContain(`${config}:2: bootstrap.resamples`);
  });
});

describe('results.json schema', () => {
  it('schema/results.schema.json is the one generated from the zod types (run `npm run schema` after changing them)', async () => {
    const committed = JSON.parse(await readFile('schema/results.schema.json', 'utf8'));
    expect(committed).toEqual(JSON.parse(JSON.stringify(resultsJsonSchema())));
  });
});
