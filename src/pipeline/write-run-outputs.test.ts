import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixtureResults } from '../../test/report/fixture-results.js';
import { ResultsSchema } from '../core/results-schema.js';
import { readConfigFile } from '../io/read-config-file.js';
import { renderMarkdownSummary } from '../report/markdown-summary.js';
import { html } from '../report/safe-html.js';
import { PipelineConfigSchema } from './pipeline-config-schema.js';
import { writeRunOutputs } from './write-run-outputs.js';

let dir = '';
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'synthscope-outputs-'));
});
afterAll(async () => rm(dir, { recursive: true, force: true }));

describe('writeRunOutputs', () => {
  it('writes results.json, report.html and summary.md into a new folder', async () => {
    const results = fixtureResults({ rows: 20, hostile: false });
    const out = join(dir, 'a', 'b');
    const paths = await writeRunOutputs(out, results);
    expect(paths).toEqual({ results: join(out, 'results.json'), report: join(out, 'report.html'), summary: join(out, 'summary.md') });
    const written = JSON.parse(await readFile(paths.results, 'utf8'));
    expect(written).toEqual(JSON.parse(JSON.stringify(results)));
    expect(ResultsSchema.safeParse(written).success).toBe(true);
    expect((await readFile(paths.report, 'utf8')).startsWith('<!doctype html>')).toBe(true);
    expect(await readFile(paths.summary, 'utf8')).toBe(renderMarkdownSummary(results));
  });

  it('adds a section just before the report\u2019s footer, and Markdown after the summary', async () => {
    const results = fixtureResults({ rows: 20, hostile: false });
    const paths = await writeRunOutputs(join(dir, 'c'), results, { appendHtml: html`<section id="extra">${'<i>escaped</i>'}</section>`, appendMarkdown: '### Extra\n' });
    const page = await readFile(paths.report, 'utf8');
    const section = page.indexOf('<section id="extra">&lt;i&gt;escaped&lt;/i&gt;</section>');
    expect(section).toBeGreaterThan(0);
    expect(page.indexOf('<footer>')).toBeGreaterThan(section);
    expect(page.indexOf('</main>')).toBeGreaterThan(page.indexOf('<footer>'));
    expect(await readFile(paths.summary, 'utf8')).toBe(`${renderMarkdownSummary(results)}\n### Extra\n`);
  });
});

describe('PipelineConfigSchema', () => {
  it('applies the defaults: 3 rounds, seed 0, builtin embedder, the default policy, failing-labels refinement', () => {
    expect(PipelineConfigSchema.parse({ generate: 'gen.yaml', real: 'real.jsonl' })).toEqual({
      generate: 'gen.yaml',
      real: 'real.jsonl',
      textField: 'text',
      rounds: 3,
      seed: 0,
      embedder: 'builtin',
      policy: 'default',
      refine: { regenerate: 'failing-labels', temperatureStep: 0.2, maxTemperature: 1.5, minTemperature: 0.3, exemplars: 3, personas: [], styles: [], instructions: true },
    });
  });

  it('refuses unknown keys and bad values with the file, line and key (readConfigFile)', async () => {
    const path = join(dir, 'pipeline.yaml');
    await writeFile(path, 'generate: gen.yaml\nreal: real.jsonl\nrounds: 3\nrefine:\n  temperatureStep: 0.2\n  exemplar: 3\n');
    // zod reports an unknown key at the mapping that holds it: the line of `refine:`.
    await expect(readConfigFile(path, PipelineConfigSchema)).rejects.toThrow(`${path}:4: refine: Unrecognized key: "exemplar"`);
    await writeFile(path, 'generate: gen.yaml\nrounds: 0\n');
    await expect(readConfigFile(path, PipelineConfigSchema)).rejects.toThrow(`${path}:2: rounds: Too small: expected number to be >=1`);
  });
});
