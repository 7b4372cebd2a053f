import { spawnSync } from 'node:child_process';
import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ResultsSchema } from '../../src/core/results-schema.js';
import { readResultsFile } from '../../src/cli/gate.js';
import { DEFAULT_POLICY_YAML } from '../../src/gate/default-policy.js';
import { policySchemaFor } from '../../src/gate/policy-schema.js';
import { readConfigFile } from '../../src/io/read-config-file.js';
import { runCli } from '../helpers/run-cli.js';
import { sharedPath } from '../helpers/test-cache.js';
import { ci, makeResults, metric } from './make-results.js';

const escapeRe = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
let dir = '';
let handMade = '';
const handMadeResults = makeResults([
  metric('drift.c2st-auc', { goal: 'target', target: 0.5, value: 0.82, ci: ci(0.79, 0.85), baseline: { value: 0.5, ci: ci(0.45, 0.55) } }),
  metric('privacy.exact-copy-rate', { value: 0, ci: ci(0, 0), baseline: { value: 0.01, ci: null } }),
]);

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'synthscope-gate-'));
  handMade = join(dir, 'hand-made.json');
});
afterAll(async () => rm(dir, { recursive: true, force: true }));

/** A fresh copy of the hand-made results.json, so each test sees it unmodified. */
async function freshResults(name: string): Promise<string> {
  const path = join(dir, `${name}.results.json`);
  await writeFile(path, `${JSON.stringify(handMadeResults, null, 2)}\n`);
  return path;
}
async function policyFile(name: string, text: string): Promise<string> {
  const path = join(dir, name);
  await writeFile(path, text);
  return path;
}

describe('synthscope gate', () => {
  it('exits 0 when every check passes, prints the table and writes the verdict into results.json; exits 1 when one fails, replacing the verdict and writing JUnit XML and Markdown', async () => {
    const results = await freshResults('pass');
    const before = JSON.parse(await readFile(results, 'utf8'));
    const passing = await policyFile('pass.yaml', 'checks:\n  - metric: drift.c2st-auc\n    max: 0.9\n  - metric: privacy.exact-copy-rate\n    max: 0\n');
    const first = await runCli(['gate', results, '--policy', passing]);
    expect(first.code, first.stderr).toBe(0);
    expect(first.stdout).toMatch(/^verdict\s+metric\s+check\s+value\n/);
    expect(first.stdout).toMatch(/pass\s+drift\.c2st-auc\s+≤ 0\.9\s+0\.82/);
    expect(first.stdout.trimEnd().split('\n').at(-1)).toBe(`gate passed (policy ${passing}): 2 passed`);
    const written = ResultsSchema.parse(JSON.parse(await readFile(results, 'utf8')));
    expect(written.gate).toMatchObject({ policy: passing, passed: true });
    expect(written.gate!.checks).toHaveLength(2);

    // Gating again replaces the verdict.
    const policy = await policyFile('fail.yaml', 'name: release\nchecks:\n  - metric: drift.c2st-auc\n    max: 0.75\n    significant: true\n  - metric: privacy.exact-copy-rate\n    max: 0\n');
    const junit = join(dir, 'junit.xml');
    const markdown = join(dir, 'gate.md');
    const { code, stdout, stderr } = await runCli(['gate', results, '--policy', policy, '--junit', junit, '--markdown', markdown]);
    expect(code, stderr).toBe(1);
    expect(stdout).toContain('FAIL: drift.c2st-auc: 0.82 (95% CI 0.79–0.85), judged on the CI lower bound 0.79: above the maximum 0.75');
    expect(stdout.trimEnd().split('\n').at(-1)).toBe('gate FAILED (policy release): 1 passed, 1 failed');

    const after = JSON.parse(await readFile(results, 'utf8'));
    const { gate, ...rest } = after;
    expect(rest).toEqual(before); // nothing but the verdict changed
    expect(gate).toMatchObject({ policy: 'release', passed: false });

    const tree = JSON.parse(spawnSync('/usr/bin/python3', ['test/gate/junit_structure.py'], { input: await readFile(junit), encoding: 'utf8' }).stdout);
    expect(tree.attrib).toMatchObject({ tests: '2', failures: '1', skipped: '0' });
    expect(tree.children[0].children.filter((c: { tag: string }) => c.tag === 'testcase')).toHaveLength(2);
    const md = await readFile(markdown, 'utf8');
    expect(md.startsWith('### ❌ Gate failed\n')).toBe(true);
    expect(md).toContain('| ❌ fail | `drift.c2st-auc` | ≤ 0.75 | 0.79 |');
  });

  describe('exits 2, with one line naming the file, line and key, on an invalid policy', () => {
    it('an unknown key (a typo that would silently drop a bound)', async () => {
      const results = await freshResults('typo');
      const before = await readFile(results, 'utf8');
      const policy = await policyFile('typo.yaml', 'checks:\n  - metric: drift.c2st-auc\n    mxa: 0.7\n');
      const { code, stderr } = await runCli(['gate', results, '--policy', policy]);
      expect(code).toBe(2);
      expect(stderr.split('\n')[0]).toBe(
        `synthscope: ${policy}:3: checks.0.mxa: unknown key "mxa" (did you mean "max"?); a check has metric, label, perLabel, min, max, maxAboveBaseline, minBelowBaseline, significant, severity`,
      );
      expect(await readFile(results, 'utf8')).toBe(before); // untouched
    });

    it('a metric id the results do not have, listing the ids they have', async () => {
      const results = await freshResults('unknown');
      const policy = await policyFile('unknown.yaml', '# release policy\nchecks:\n  - metric: privacy.exact-copy-rate\n    max: 0\n  - metric: drift.c2st-acu\n    max: 0.7\n');
      const { code, stderr } = await runCli(['gate', results, '--policy', policy]);
      expect(code).toBe(2);
      expect(stderr.trim()).toBe(
        `synthscope: ${policy}:5: checks.1.metric: unknown metric id "drift.c2st-acu" (did you mean "drift.c2st-auc"?); known ids: drift.c2st-auc, privacy.exact-copy-rate`,
      );
    });

  });

  describe('exits 2 on an invalid results.json', () => {
    const policyText = 'checks:\n  - metric: drift.c2st-auc\n    max: 0.9\n';

    it('not JSON', async () => {
      const results = join(dir, 'not-json.json');
      await writeFile(results, '{"schemaVersion": 1,');
      const { code, stderr } = await runCli(['gate', results, '--policy', await policyFile('p1.yaml', policyText)]);
      expect(code).toBe(2);
      expect(stderr).toMatch(new RegExp(`^synthscope: ${results.replace(/[.]/g, '\\.')}: not a results\\.json: invalid JSON`));
    });

  });

  it('names the line and key of any invalid policy value, and the file of any invalid results.json (the readers the CLI uses)', async () => {
    const schema = policySchemaFor(['drift.c2st-auc']);
    const wrong = await policyFile('wrong.yaml', 'checks:\n  - metric: drift.c2st-auc\n    max: high\n');
    await expect(readConfigFile(wrong, schema)).rejects.toThrow(new RegExp(`^${escapeRe(wrong)}:3: checks\\.0\\.max: .*expected number`));
    const broken = await policyFile('broken.yaml', 'checks:\n  - metric: drift.c2st-auc\n    max: 0.7\n    max: 0.8\n');
    await expect(readConfigFile(broken, schema)).rejects.toThrow(`${broken}:4: invalid YAML: Map keys must be unique`);
    const margin = await policyFile('margin.yaml', 'onMissing: fail\nchecks:\n  - metric: drift.c2st-auc\n    maxAboveBaseline: -0.1\n');
    await expect(readConfigFile(margin, schema)).rejects.toThrow(`${margin}:4: checks.0.maxAboveBaseline: must be ≥ 0`);
    await expect(readConfigFile(join(dir, 'missing.yaml'), schema)).rejects.toThrow(`cannot read ${join(dir, 'missing.yaml')}: no such file`);

    const bad = structuredClone(handMadeResults) as unknown as { metrics: { value: unknown }[] };
    bad.metrics[1].value = 'zero';
    const badPath = join(dir, 'bad-schema.json');
    await writeFile(badPath, JSON.stringify(bad));
    await expect(readResultsFile(badPath)).rejects.toThrow(new RegExp(`^${escapeRe(badPath)}: not a valid results\\.json: metrics\\.1\\.value: .*expected number`));
    const v99 = join(dir, 'v99.json');
    await writeFile(v99, JSON.stringify({ ...handMadeResults, schemaVersion: 99 }));
    await expect(readResultsFile(v99)).rejects.toThrow('results.json schemaVersion 99 is not one this synthscope reads (1)');
    await writeFile(join(dir, 'array.json'), '[]');
    await expect(readResultsFile(join(dir, 'array.json'))).rejects.toThrow('not a valid results.json: (top level): expected an object');
    await expect(readResultsFile(join(dir, 'nowhere.json'))).rejects.toMatchObject({ code: 'INPUT', exitCode: 2 });
  });

  it('exits 2 before reading anything when the JUnit file cannot be written', async () => {
    const results = await freshResults('nojunit');
    const before = await readFile(results, 'utf8');
    const policy = await policyFile('p5.yaml', 'checks:\n  - metric: drift.c2st-auc\n    max: 0.5\n');
    const { code, stderr } = await runCli(['gate', results, '--policy', policy, '--junit', join(dir, 'no-such-folder', 'junit.xml')]);
    expect(code).toBe(2);
    expect(stderr).toContain('does not exist');
    expect(await readFile(results, 'utf8')).toBe(before);
  });
});

describe('synthscope init-policy', () => {
  it('writes the default policy and refuses to overwrite it without --force', async () => {
    const path = join(dir, 'policy.yaml');
    const first = await runCli(['init-policy', path]);
    expect(first.code, first.stderr).toBe(0);
    expect(await readFile(path, 'utf8')).toBe(DEFAULT_POLICY_YAML);
    expect(first.stderr).toContain(`synthscope gate DIR/results.json --policy ${path}`);

    await writeFile(path, 'mine\n');
    const again = await runCli(['init-policy', path]);
    expect(again.code).toBe(2);
    expect(again.stderr.trim()).toBe(`synthscope: ${path} already exists; pass --force to overwrite it`);
    expect(await readFile(path, 'utf8')).toBe('mine\n');
    expect((await runCli(['init-policy', path, '--force'])).code).toBe(0);
    expect(await readFile(path, 'utf8')).toBe(DEFAULT_POLICY_YAML);
  });
});

describe('synthscope score --gate', () => {
  let synthetic = '';
  let real = '';
  beforeAll(async () => {
    // Real against real: the first 200 UCI sentences play "synthetic", the next 600 are the real data.
    const lines = (await readFile(sharedPath('datasets', 'sentiment_uci_labelled_sentences', 'data.jsonl'), 'utf8')).trim().split('\n');
    synthetic = join(dir, 'uci-synthetic.jsonl');
    real = join(dir, 'uci-real.jsonl');
    await writeFile(synthetic, lines.slice(0, 200).join('\n') + '\n');
    await writeFile(real, lines.slice(200, 800).join('\n') + '\n');
  });

  it('refuses an invalid policy before scoring anything (exit 2, no output folder)', async () => {
    const policy = await policyFile('score-bad.yaml', 'checks:\n  - metric: similarity.precison\n    min: 0.5\n');
    const out = join(dir, 'score-bad');
    const { code, stderr } = await runCli(['score', '--synthetic', synthetic, '--real', real, '--out', out, '--gate', policy]);
    expect(code).toBe(2);
    expect(stderr).toContain(`${policy}:2: checks.0.metric: unknown metric id "similarity.precison" (did you mean "similarity.precision"?)`);
    await expect(readdir(out)).rejects.toThrow();
  });

  it('the default policy passes real data scored against real data of the same source (exit 0); the strict one fails it (exit 1)', async () => {
    const policy = join(dir, 'default.yaml');
    await writeFile(policy, DEFAULT_POLICY_YAML);
    const out = join(dir, 'scored');
    const scored = await runCli(['score', '--synthetic', synthetic, '--real', real, '--out', out, '--gate', policy]);
    expect(scored.code, scored.stderr).toBe(0);
    expect(scored.stdout).toContain('gate passed (policy synthscope-default)');
    const results = ResultsSchema.parse(JSON.parse(await readFile(join(out, 'results.json'), 'utf8')));
    expect(results.gate?.passed).toBe(true);
    expect(results.gate?.checks.filter((c) => c.verdict !== 'pass')).toEqual([]);

    // The UCI sentences repeat short texts ("Great phone."): max 0 exact copies fails even real data.
    const strict = await runCli(['gate', join(out, 'results.json'), '--policy', 'fixtures/policies/strict.yaml']);
    expect(strict.code, strict.stderr).toBe(1);
    expect(strict.stdout).toMatch(/FAIL: privacy\.exact-copy-rate: .*above the maximum 0/);
  });
});
