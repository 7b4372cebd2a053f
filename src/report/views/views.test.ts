import { describe, expect, it } from 'vitest';
import { fixtureResults, HOSTILE } from '../../../test/report/fixture-results.js';
import { createRenderContext } from '../render-context.js';
import { formatCell } from './format-cell.js';
import { humanizeKey } from './humanize-key.js';
import { METRIC_VIEWS } from './metric-views.js';
import { recordsTable } from './records-table.js';

const metricOf = (results: ReturnType<typeof fixtureResults>, id: string) => results.metrics.find((m) => m.id === id)!;
const view = (name: string) => METRIC_VIEWS.find((v) => v.name === name)!;

describe('humanizeKey', () => {
  it('splits camelCase and names the sides plainly, per pass', () => {
    expect([humanizeKey('candidateShare'), humanizeKey('candidateShare', 'baseline'), humanizeKey('outsideEveryBall'), humanizeKey('row'), humanizeKey('ksPValue'), humanizeKey('MMDValue')]).toEqual([
      'synthetic share',
      'holdout share',
      'outside every ball',
      'line',
      'KS p-value',
      'mmd value',
    ]);
  });
});

describe('formatCell', () => {
  it('formats numbers, booleans, short lists and nothing; other values as cut JSON', () => {
    expect([formatCell(0.71666), formatCell([1, 2]), formatCell(true), formatCell(null), formatCell({ a: 1 })]).toEqual(['0.717', '1, 2', 'yes', '—', '{"a":1}']);
    expect(formatCell('x'.repeat(700))).toHaveLength(600);
    expect(formatCell({ long: 'y'.repeat(300) })).toHaveLength(200);
  });
});

describe('recordsTable', () => {
  it('puts line, id and text first, escapes every cell and counts what it leaves out', () => {
    const rows = [
      { score: 0.5, text: HOSTILE.script, id: 'row-3', row: 1234 },
      { score: 0.4, text: 'b', id: 'row-4', row: 4 },
      { score: 0.3, text: 'c', id: 'row-5', row: 5 },
    ];
    const out = recordsTable(rows, 2).value;
    expect(out).toContain('<thead><tr><th>line</th><th>id</th><th>text</th><th>score</th></tr></thead>');
    expect(out).toContain('<td class="num">1234</td><td class="id">row-3</td><td class="text">&lt;script&gt;alert(1)&lt;/script&gt;</td>');
    expect(out).not.toContain('<script>');
    expect(out).toContain('Showing 2 of 3.');
  });
});

describe('metric views', () => {
  const results = fixtureResults({ rows: 300 });
  const ctx = () => createRenderContext(results, {});

  it('draws the over- and under-represented clusters’ example rows, and counts the even ones', () => {
    const c = ctx();
    const out = view('clusters').render(metricOf(results, 'drift.clusters'), c, new Set())!.value;
    expect(out).toContain('Cluster #0 (over-represented; battery, &lt;script&gt;alert(1)&lt;/script&gt;)');
    expect(out).toContain('Cluster #3 (under-represented; price, sound)');
    expect(out).not.toContain('Cluster #1');
    expect(out).toContain('2 other clusters with no significant difference.');
    expect(c.charts).toHaveLength(1);
  });

  it('draws per-column charts once for the numeric drift metrics', () => {
    const c = ctx();
    const m = metricOf(results, 'drift.numeric-ks');
    expect(view('numeric columns').render(m, c, new Set())!.value).toContain('Numeric column “rating”');
    expect(view('numeric columns').render(m, c, new Set())!.value).toBe('<p class="muted">Per-column histograms: drawn above.</p>');
    expect(c.charts).toHaveLength(2);
  });

  it('ranks groups by their largest gap for the representation chart', () => {
    const c = ctx();
    view('group representation').render(metricOf(results, 'bias.representation-gap'), c, new Set());
    const values = (c.charts[0].spec as { data: { values: Array<{ group: string }> } }).data.values;
    expect(new Set(values.map((v) => v.group))).toEqual(new Set(['gender: female', 'gender: male', `gender: ${HOSTILE.attr}`]));
  });

  it('lists PII by kind with the engine’s masked examples only', () => {
    const out = view('pii').render(metricOf(results, 'privacy.pii-rate'), ctx(), new Set())!.value;
    expect(out).toContain('<td>email</td><td class="num">2</td><td class="num">2</td><td class="num">0.00667</td><td>j***@***.com (line 4)</td>');
  });

  it('shows every scalar of a metric’s details and of its baseline side by side', () => {
    const out = view('key numbers').render(metricOf(results, 'similarity.nn-cosine'), ctx(), new Set())!.value;
    expect(out).toContain('<tr><th scope="row">median</th><td>0.730</td><td>0.740</td></tr>');
  });

  it('skips keys a specific view drew', () => {
    const m = metricOf(results, 'drift.clusters');
    expect(view('record tables').render(m, ctx(), new Set(['clusters']))).toBeNull();
    expect(view('record tables').render(m, ctx(), new Set())).not.toBeNull();
  });
});
