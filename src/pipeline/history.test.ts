import { describe, expect, it } from 'vitest';
import { ci, makeResults, metric } from '../../test/gate/make-results.js';
import { evaluateGate } from '../gate/evaluate-gate.js';
import { parsePolicy } from '../gate/parse-policy.js';
import type { GenerateResult } from '../generate/types.js';
import { historyHtml } from './history-html.js';
import { historyMarkdown } from './history-markdown.js';
import { HistorySchema, type History } from './history-schema.js';
import { historyText } from './history-text.js';
import { roundRecord } from './round-record.js';

const policy = parsePolicy({
  name: 'p',
  checks: [
    { metric: 'drift.c2st-auc', max: 0.8 },
    { metric: 'diversity.distinct-2', min: 0.5, severity: 'warn' },
  ],
});

const generation: GenerateResult = {
  outPath: 'x.jsonl',
  planned: 20,
  written: 20,
  skipped: 0,
  fromCache: 5,
  failures: [{ id: 'pos-0003', label: 'pos', reason: 'refused', attempts: 3 }],
  failuresPath: 'x.failures.jsonl',
  requests: 24,
  tokens: { promptTokens: 1000, completionTokens: 300, cachedPromptTokens: 0, cachedCompletionTokens: 0 },
  cost: { amount: 0.0003, currency: 'USD' },
  provider: 'openai',
  model: 'm',
  plan: null,
  repairedTornLine: false,
  unplannedRows: 0,
};

function record(round: number, auc: number, label = 'pos') {
  const results = makeResults([
    metric('drift.c2st-auc', { value: auc, ci: ci(auc - 0.05, auc + 0.05), baseline: { value: 0.5, ci: null }, reading: auc > 0.8 ? 'poor' : 'good' }),
    metric('diversity.distinct-2', { goal: 'maximize', value: 0.4 }),
  ]);
  results.gate = evaluateGate(results, policy);
  return roundRecord({
    round,
    dir: `round-${round}`,
    regenerated: round === 1 ? { labels: null, keptRows: 0 } : { labels: [label], keptRows: 10 },
    changes: round === 1 ? [] : [{ action: 'sharpen-labels', target: label, detail: 'prompt adds: "x"' }],
    generation,
    seed: 6 + round,
    results,
    policy,
    durationMs: 1234,
  });
}

describe('roundRecord', () => {
  it('keeps the verdict, the failed and warned checks, the generation figures and the metrics the policy checks', () => {
    const r = record(1, 0.91);
    expect(r.gate).toMatchObject({ policy: 'p', passed: false, counts: { pass: 0, fail: 1, warn: 1, skipped: 0 } });
    expect(r.gate.failed).toEqual([{ metric: 'drift.c2st-auc', op: 'max', threshold: 0.8, value: 0.91, severity: 'fail', message: expect.stringContaining('drift.c2st-auc: 0.91') }]);
    expect(r.gate.warned.map((c) => c.metric)).toEqual(['diversity.distinct-2']);
    expect(r.metrics).toEqual([
      { id: 'drift.c2st-auc', status: 'ok', value: 0.91, ci: { lo: 0.91 - 0.05, hi: 0.91 + 0.05 }, baseline: 0.5, reading: 'poor' },
      { id: 'diversity.distinct-2', status: 'ok', value: 0.4, ci: null, baseline: null, reading: 'n/a' },
    ]);
    expect(r.generation).toEqual({ provider: 'openai', model: 'm', seed: 7, written: 20, fromCache: 5, failed: 1, requests: 24, promptTokens: 1000, completionTokens: 300, cost: { amount: 0.0003, currency: 'USD' } });
    expect(r.synthetic).toEqual({ rows: 200, sha256: 'a'.repeat(64) });
  });
});

describe('history views', () => {
  const hostile = '<b>x|y*</b>';
  const history: History = HistorySchema.parse({
    schemaVersion: 1,
    tool: { name: 'synthscope', version: '0.1.0' },
    createdAt: '2025-01-02T03:04:05.000Z',
    maxRounds: 3,
    rounds: [record(1, 0.91), record(2, 0.7, hostile)],
    final: { round: 2, passed: true, stopReason: 'passed' },
  });

  it('prints a line per round and why the run stopped', () => {
    expect(historyText(history)).toBe(
      ['round  verdict  rows  failed checks', '1      failed    200  drift.c2st-auc 0.910', '2      passed    200  —', 'stopped after round 2: the gate passed', ''].join('\n'),
    );
  });

  it('renders the HTML section with every string escaped and a link to each round\u2019s report', () => {
    const page = historyHtml(history).value;
    expect(page.startsWith('<section id="history"><h2>History of rounds</h2>')).toBe(true);
    expect(page).toContain('<a href="round-1/report.html">1</a>');
    expect(page).toContain('[&lt;b&gt;x|y*&lt;/b&gt;]');
    expect(page).not.toContain('<b>x');
    expect(page).toContain('0.700 <span class="ci">(0.500)</span>');
  });

  it('renders Markdown with table cells escaped', () => {
    const md = historyMarkdown(history);
    expect(md.split('\n')[0]).toBe('### History of rounds');
    expect(md).toContain('| 1 | ❌ failed | `drift.c2st-auc` 0.910 | first round: the config as written | 200 |');
    expect(md).toContain('\\[&lt;b&gt;x\\|y\\*&lt;/b&gt;\\]');
    expect(md).toContain('| `drift.c2st-auc` | 0.910 (0.500) | 0.700 (0.500) |');
  });
});
