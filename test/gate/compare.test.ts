import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { InvalidArgumentError } from '../../src/core/errors.js';
import type { Results } from '../../src/core/results-schema.js';
import { compareHtml } from '../../src/gate/compare-html.js';
import { compareMarkdown } from '../../src/gate/compare-markdown.js';
import { compareResults } from '../../src/gate/compare-results.js';
import { evaluateGate } from '../../src/gate/evaluate-gate.js';
import { runCli } from '../helpers/run-cli.js';
import { ci, makeResults, metric } from './make-results.js';

// Hand-made runs; every expected delta is b − a of the values written here.
const before = makeResults([
  metric('drift.c2st-auc', { goal: 'target', target: 0.5, value: 0.82, ci: ci(0.79, 0.85) }),
  metric('diversity.distinct-2', { goal: 'maximize', value: 0.41, ci: ci(0.37, 0.45) }),
  metric('privacy.exact-copy-rate', { value: 0.02, ci: ci(0.01, 0.03) }),
  metric('similarity.precision', { goal: 'maximize', value: 0.9, ci: ci(0.86, 0.94) }),
  metric('drift.mmd2', { value: 0.004, ci: null }),
  metric('agreement.accuracy', { goal: 'maximize', status: 'skipped', value: null, reason: 'needs labels' }),
  metric('drift.frechet', { value: 0.2, ci: ci(0.15, 0.25) }),
]);
const after = makeResults(
  [
    metric('drift.c2st-auc', { goal: 'target', target: 0.5, value: 0.3, ci: ci(0.27, 0.33) }), // |0.3 − 0.5| = 0.2 < |0.82 − 0.5| = 0.32 → better
    metric('diversity.distinct-2', { goal: 'maximize', value: 0.3, ci: ci(0.27, 0.33) }), // disjoint, lower → worse
    metric('privacy.exact-copy-rate', { value: 0.025, ci: ci(0.015, 0.035) }), // overlapping → within noise
    metric('similarity.precision', { goal: 'maximize', value: 0.9, ci: ci(0.86, 0.94) }), // identical
    metric('drift.mmd2', { value: 0.001, ci: ci(0, 0.002) }), // no CI in a → unknown
    metric('agreement.accuracy', { goal: 'maximize', value: 0.8, ci: ci(0.75, 0.85) }), // skipped in a → n/a
    metric('bias.amplification', { value: 0.1, ci: ci(0.05, 0.15) }), // absent in a
  ],
  { embedder: { id: 'Xenova/all-MiniLM-L6-v2', dimension: 384, revision: 'main' } },
);

describe('compareResults', () => {
  const c = compareResults(before, after, { names: ['main', 'branch'] });
  const byId = Object.fromEntries(c.metrics.map((m) => [m.id, m]));

  it('gives each metric both values, the delta b − a and whether the CIs are disjoint', () => {
    expect(byId['diversity.distinct-2']).toMatchObject({ significant: true, change: 'worse' });
    expect(byId['diversity.distinct-2'].delta).toBeCloseTo(-0.11, 12);
    expect(byId['privacy.exact-copy-rate'].delta).toBeCloseTo(0.005, 12);
    expect(byId['privacy.exact-copy-rate']).toMatchObject({ significant: false, change: 'within-noise' });
    expect(byId['similarity.precision']).toMatchObject({ delta: 0, significant: false, change: 'within-noise' });
  });

  it('judges a target metric by its distance to the target: c2st AUC 0.82 → 0.30 is better (0.32 → 0.20 from 0.5)', () => {
    expect(byId['drift.c2st-auc']).toMatchObject({ significant: true, change: 'better' });
    expect(byId['drift.c2st-auc'].delta).toBeCloseTo(-0.52, 12);
  });

  it('cannot judge a delta without both CIs, nor compare a skipped or absent metric', () => {
    expect(byId['drift.mmd2']).toMatchObject({ significant: null, change: 'unknown' });
    expect(byId['drift.mmd2'].delta).toBeCloseTo(-0.003, 15);
    expect(byId['agreement.accuracy']).toMatchObject({ delta: null, significant: null, change: 'n/a' });
    expect(byId['agreement.accuracy'].a).toMatchObject({ status: 'skipped', reason: 'needs labels' });
    expect(byId['bias.amplification']).toMatchObject({ a: null, change: 'n/a' });
    expect(byId['drift.frechet']).toMatchObject({ b: null, change: 'n/a' });
  });

  it("lists metrics in a's order, then those only b has, and counts the changes", () => {
    expect(c.metrics.map((m) => m.id)).toEqual([
      'drift.c2st-auc',
      'diversity.distinct-2',
      'privacy.exact-copy-rate',
      'similarity.precision',
      'drift.mmd2',
      'agreement.accuracy',
      'drift.frechet',
      'bias.amplification',
    ]);
    expect(c.counts).toEqual({ better: 1, worse: 1, withinNoise: 2, unknown: 1, na: 3 });
  });

  it('warns when the runs used different embedders, and names the runs as asked', () => {
    expect(c.warnings).toEqual([
      'the runs used different embedders (builtin@test and Xenova/all-MiniLM-L6-v2@main): embedding-based metrics (similarity, drift on embeddings, near copies) are not comparable',
    ]);
    expect([c.a.name, c.b.name]).toEqual(['main', 'branch']);
    expect(compareResults(before, before).warnings).toEqual([]);
  });

  it('reports each gate check whose verdict changed, or that one run does not have', () => {
    const policy = { checks: [{ metric: 'diversity.distinct-2', min: 0.35 }, { metric: 'privacy.exact-copy-rate', max: 0.03 }] };
    const a = { ...before, gate: evaluateGate(before, policy, { policyName: 'p' }) };
    const b = { ...after, gate: evaluateGate(after, { checks: [...policy.checks, { metric: 'bias.amplification', max: 0.2 }] }, { policyName: 'p' }) };
    const changes = compareResults(a, b).gateChanges;
    expect(changes).toEqual([
      { metric: 'diversity.distinct-2', op: 'min', threshold: 0.35, a: 'pass', b: 'fail' },
      { metric: 'bias.amplification', op: 'max', threshold: 0.2, a: null, b: 'pass' },
    ]);
    expect(compareResults(a, b).a.gate).toEqual({ policy: 'p', passed: true });
    expect(compareResults(a, b).b.gate).toEqual({ policy: 'p', passed: false });
  });

  it('refuses an object that is not valid results, naming which side', () => {
    expect(() => compareResults(before, { ...after, metrics: 'none' } as unknown as Results)).toThrow(InvalidArgumentError);
    expect(() => compareResults(before, { ...after, metrics: 'none' } as unknown as Results)).toThrow(/^compareResults \(b\) needs a results object/);
  });
});

const HOSTILE = `"><img src=x onerror=alert(1)><script>alert(2)</script> | *x*`;
const hostileA = makeResults([metric('drift.c2st-auc', { goal: 'target', target: 0.5, value: 0.82, ci: ci(0.79, 0.85) })], {
  inputs: { ...before.inputs, synthetic: { ...before.inputs.synthetic, path: HOSTILE } },
});
const hostileB = { ...after, gate: { policy: HOSTILE, passed: false, checks: [{ metric: 'drift.c2st-auc', label: HOSTILE, op: 'max', threshold: 0.7, value: 0.3, verdict: 'pass' as const, severity: 'fail' as const, message: HOSTILE }] } };

describe('compareMarkdown', () => {
  const md = compareMarkdown(compareResults(before, after, { names: ['main', 'branch'] }));

  it('leads with the counts, then the runs, warnings, gate, significant changes and every metric', () => {
    expect(md.split('\n').slice(0, 3)).toEqual([
      '## synthscope compare: main → branch',
      '',
      '**1 better, 1 worse** (confidence intervals do not overlap), 2 within noise, 1 without a CI, 3 not comparable (skipped, failed or absent in a run)',
    ]);
    expect(md).toContain('> ⚠️ the runs used different embedders');
    expect(md).toContain('A: no gate → B: no gate');
    const significant = md.slice(md.indexOf('### Significant changes'), md.indexOf('### All metrics'));
    expect(significant).toContain('| `drift.c2st-auc` | target 0.5 | 0.82 [0.79, 0.85] | 0.3 [0.27, 0.33] | −0.52 | 🟢 better |');
    expect(significant).toContain('| `diversity.distinct-2` | maximize | 0.41 [0.37, 0.45] | 0.3 [0.27, 0.33] | −0.11 | 🔴 worse |');
    expect(md).toContain('| `agreement.accuracy` | maximize | skipped | 0.8 [0.75, 0.85] | — | — |');
    expect(md).toContain('| `bias.amplification` | minimize | absent | 0.1 [0.05, 0.15] | — | — |');
    expect(md).toContain('| Metric | Goal | A [95% CI] | B [95% CI] | Δ (B − A) | Change |');
  });

  it('escapes paths, policy names and labels from the results', () => {
    const hostile = compareMarkdown(compareResults(hostileA, hostileB));
    expect(hostile).not.toMatch(/<img|<script/);
    expect(hostile).toContain('&lt;script&gt;');
    expect(hostile).toContain('\\| \\*x\\*');
  });
});

describe('compareHtml', () => {
  const html = compareHtml(compareResults(hostileA, hostileB, { names: ['a/results.json', 'b/results.json'] }));

  it('is one page with a CSP that forbids every load, and no script of its own', () => {
    expect(html.startsWith('<!doctype html>\n<html lang="en">')).toBe(true);
    expect(html).toContain(`<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">`);
    expect(html).not.toMatch(/<script|<img|<link|src=["']?http|@import|url\(/i);
    expect(html.trimEnd().endsWith('</body></html>')).toBe(true);
  });

  it('shows hostile strings as text', () => {
    const escaped = '&quot;&gt;&lt;img src=x onerror=alert(1)&gt;&lt;script&gt;alert(2)&lt;/script&gt; | *x*';
    expect(html).toContain(`<td>${escaped} (200 rows)</td>`); // the synthetic path
    expect(html).toContain(`(policy ${escaped})`);
    expect(html).toContain(`<code>drift.c2st-auc</code> label ${JSON.stringify(HOSTILE).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')} ≤ 0.7`);
  });

  it('marks significant changes and lists every metric', () => {
    const plain = compareHtml(compareResults(before, after));
    expect(plain).toContain('<h2>Significant changes</h2>');
    expect(plain).toContain('<td class="num">−0.11</td><td class="worse">worse</td>');
    expect(plain.match(/<tr><td><code>/g)).toHaveLength(2 + 8);
  });
});

describe('synthscope compare', () => {
  let dir = '';
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'synthscope-compare-'));
  });
  afterAll(async () => rm(dir, { recursive: true, force: true }));

  it('prints the Markdown and, with --out, writes compare.md and compare.html (exit 0)', async () => {
    const a = join(dir, 'a.json');
    const b = join(dir, 'b.json');
    await writeFile(a, JSON.stringify(before));
    await writeFile(b, JSON.stringify(after));
    const out = join(dir, 'out');
    const { code, stdout, stderr } = await runCli(['compare', a, b, '--out', out]);
    expect(code, stderr).toBe(0);
    expect(stdout).toBe(compareMarkdown(compareResults(before, after, { names: [a, b] })));
    expect(await readFile(join(out, 'compare.md'), 'utf8')).toBe(stdout);
    expect(await readFile(join(out, 'compare.html'), 'utf8')).toBe(compareHtml(compareResults(before, after, { names: [a, b] })));
  });

  it('exits 2 when one side is not a results.json', async () => {
    const a = join(dir, 'a2.json');
    await writeFile(a, JSON.stringify(before));
    const { code, stderr } = await runCli(['compare', a, join(dir, 'missing.json')]);
    expect(code).toBe(2);
    expect(stderr.trim()).toBe(`synthscope: cannot read ${join(dir, 'missing.json')}: no such file`);
  });
});
