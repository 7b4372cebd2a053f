import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ResultsSchema } from '../../src/core/results-schema.js';
import { HistorySchema } from '../../src/pipeline/history-schema.js';
import { runCli } from '../helpers/run-cli.js';
import { sharedPath } from '../helpers/test-cache.js';

/**
 * `synthscope run` end to end, offline (template provider), on real data: the first 300 UCI
 * sentiment sentences (158 positive, 142 negative). The generation config asks for 45 positive and
 * 15 negative rows, and the policy fails label shares further than 0.1 (Jensen–Shannon distance)
 * from the real ones: round 1 fails, round 2 rebalances the counts to the real shares
 * (largest remainder of 60 × 158/300 = 31.6 and 60 × 142/300 = 28.4: 32 and 28) and passes.
 */
let dir = '';
const GEN = `task: classification
seed: 5
labels:
  - name: positive
    count: 45
    template: { fields: { text: ["{good} {thing}.", "The {thing} was {adj_good}.", "I {verb_good} this {thing}!"] } }
  - name: negative
    count: 15
    template: { fields: { text: ["{bad} {thing}.", "The {thing} was {adj_bad}.", "I {verb_bad} this {thing}."] } }
template:
  grammar:
    good: [Great, Excellent, "Really good", Lovely]
    bad: [Terrible, Awful, "Really bad", Poor]
    thing: [phone, service, food, movie, headset, battery, place, plot]
    adj_good: [great, wonderful, "just fine", excellent, "worth it"]
    adj_bad: [awful, broken, "a waste of money", disappointing, slow]
    verb_good: [love, recommend, enjoyed]
    verb_bad: [hate, returned, regret]
`;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'synthscope-run-'));
  const lines = (await readFile(sharedPath('datasets', 'sentiment_uci_labelled_sentences', 'data.jsonl'), 'utf8')).trim().split('\n');
  await writeFile(join(dir, 'real.jsonl'), `${lines.slice(0, 300).join('\n')}\n`);
  await writeFile(join(dir, 'gen.yaml'), GEN);
  await writeFile(join(dir, 'policy.yaml'), 'name: label-shares\nchecks:\n  - metric: drift.label-js\n    max: 0.1\n');
  await writeFile(
    join(dir, 'pipeline.yaml'),
    'generate: gen.yaml\nreal: { path: real.jsonl, labelField: label_name }\nrounds: 3\npolicy: policy.yaml\nevaluate: { include: [drift.label-js, drift.clusters, similarity.precision] }\n',
  );
});
afterAll(async () => rm(dir, { recursive: true, force: true }));

const rowsOf = async (path: string) => (await readFile(path, 'utf8')).trim().split('\n');

describe('synthscope run (template provider)', () => {
  it('fails round 1 on label shares, rebalances in round 2 keeping the rows still planned, passes and exits 0', async () => {
    const out = join(dir, 'out');
    const { code, stdout, stderr } = await runCli(['run', '--config', join(dir, 'pipeline.yaml'), '--out', out]);
    expect(code, stderr).toBe(0);
    expect(stdout).toMatch(/^round {2}verdict {2}rows {2}failed checks\n1 {6}failed {5}60 {2}drift\.label-js 0\.\d+\n2 {6}passed {5}60 {2}—\nstopped after round 2: the gate passed\n/);
    expect(stdout).toContain(`report: ${join(out, 'report.html')}`);
    expect(stderr).toContain('synthscope: round 2/3: generating the rows the new label counts add (keeping 47 rows of round 1)');
    expect(stderr).toContain('synthscope: round 2 change: rebalance-labels: label counts to the real shares: positive 45 → 32, negative 15 → 28');

    const round1 = await rowsOf(join(out, 'round-1', 'synthetic.jsonl'));
    const round2 = await rowsOf(join(out, 'round-2', 'synthetic.jsonl'));
    const ids = (rows: string[]) => rows.map((l) => JSON.parse(l).id as string);
    expect(ids(round2).filter((id) => id.startsWith('positive')).length).toBe(32);
    expect(ids(round2).filter((id) => id.startsWith('negative')).length).toBe(28);
    // Every row of round 1 still planned is kept byte for byte; only negative-0016 … 0028 are new.
    const kept = round1.filter((l) => ids(round2).includes(JSON.parse(l).id));
    expect(kept.length).toBe(32 + 15);
    for (const line of kept) expect(round2).toContain(line);
    const fresh = round2.filter((l) => !round1.includes(l)).map((l) => JSON.parse(l));
    expect(fresh.map((r) => r.id)).toEqual(Array.from({ length: 13 }, (_, i) => `negative-${String(16 + i).padStart(4, '0')}`));
    expect(fresh.every((r) => r.provenance.seed === 6)).toBe(true);

    const history = HistorySchema.parse(JSON.parse(await readFile(join(out, 'history.json'), 'utf8')));
    expect(history.final).toEqual({ round: 2, passed: true, stopReason: 'passed' });
    expect(history.rounds.map((r) => [r.round, r.gate.passed, r.generation.seed, r.generation.written, r.regenerated])).toEqual([
      [1, false, 5, 60, { labels: null, keptRows: 0 }],
      [2, true, 6, 13, { labels: [], keptRows: 47 }],
    ]);
    expect(history.rounds[1].changes.map((c) => c.action)).toEqual(['reseed', 'rebalance-labels']);
    expect(history.rounds[0].gate.failed.map((c) => c.metric)).toEqual(['drift.label-js']);

    const final = ResultsSchema.parse(JSON.parse(await readFile(join(out, 'results.json'), 'utf8')));
    expect(final).toEqual(ResultsSchema.parse(JSON.parse(await readFile(join(out, 'round-2', 'results.json'), 'utf8'))));
    expect(final.labels.synthetic).toEqual({ negative: 28, positive: 32 });
    expect(await readFile(join(out, 'synthetic.jsonl'), 'utf8')).toBe(await readFile(join(out, 'round-2', 'synthetic.jsonl'), 'utf8'));
    const page = await readFile(join(out, 'report.html'), 'utf8');
    expect(page).toContain('<section id="history"><h2>History of rounds</h2>');
    expect(page).toContain('<a href="round-1/report.html">1</a>');
    expect(await readFile(join(out, 'round-1', 'report.html'), 'utf8')).not.toContain('id="history"');
    expect(await readFile(join(out, 'summary.md'), 'utf8')).toContain('### History of rounds');
  }, 120_000);

  it('exits 1 when the last round still fails, and 2 with file and line for a bad pipeline file', async () => {
    await writeFile(join(dir, 'strict.yaml'), 'checks:\n  - metric: drift.label-js\n    max: 0\n');
    await writeFile(join(dir, 'one-round.yaml'), 'generate: gen.yaml\nreal: { path: real.jsonl, labelField: label_name }\nrounds: 1\npolicy: strict.yaml\nevaluate: { include: [drift.label-js] }\n');
    const failed = await runCli(['run', '--config', join(dir, 'one-round.yaml'), '--out', join(dir, 'strict-out')]);
    expect(failed.code, failed.stderr).toBe(1);
    expect(failed.stdout).toContain('stopped after round 1: the most rounds allowed (1), the gate still fails');

    await writeFile(join(dir, 'bad.yaml'), 'generate: gen.yaml\nreal: real.jsonl\nrounds: many\n');
    const bad = await runCli(['run', '--config', join(dir, 'bad.yaml')]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toBe(`synthscope: ${join(dir, 'bad.yaml')}:3: rounds: Invalid input: expected number, received string\n`);
  }, 60_000);
});
