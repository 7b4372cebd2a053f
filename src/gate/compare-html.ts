import type { Comparison, MetricComparison, RunSummary } from './compare-results.js';
import { comparedValueText } from './compared-value-text.js';
import { describeCheck } from './describe-check.js';
import { escapeXml as esc } from './escape-text.js';
import { formatNumber } from './format-number.js';

const CHANGE: Record<MetricComparison['change'], string> = {
  better: 'better',
  worse: 'worse',
  'within-noise': 'within noise',
  unknown: 'no CI',
  'n/a': '—',
};

const STYLE = `
body { font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; margin: 2rem auto; max-width: 72rem; padding: 0 1rem; color: #1f2328; }
h1 { font-size: 1.4rem; } h2 { font-size: 1.15rem; margin-top: 2rem; }
table { border-collapse: collapse; width: 100%; margin: .5rem 0; }
th, td { text-align: left; padding: .3rem .6rem; border-bottom: 1px solid #d0d7de; vertical-align: top; }
td.num { font-variant-numeric: tabular-nums; white-space: nowrap; }
code { font: 12.5px ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; }
.better { color: #1a7f37; font-weight: 600; } .worse { color: #cf222e; font-weight: 600; } .muted { color: #656d76; }
.pass { color: #1a7f37; } .fail { color: #cf222e; } .warn { color: #9a6700; } .skipped { color: #656d76; }
.warning { background: #fff8c5; border: 1px solid #d4a72c; padding: .5rem .8rem; border-radius: 6px; margin: .5rem 0; }
`;

const signed = (d: number | null): string => (d === null ? '—' : d > 0 ? `+${formatNumber(d)}` : d < 0 ? `−${formatNumber(-d)}` : '0');
const verdict = (v: string | null): string => (v === null ? '<span class="muted">absent</span>' : `<span class="${esc(v)}">${esc(v)}</span>`);
const gate = (g: RunSummary['gate']): string =>
  g === null ? '<span class="muted">no gate</span>' : `<span class="${g.passed ? 'pass' : 'fail'}">${g.passed ? 'passed' : 'failed'}</span> (policy ${esc(g.policy)})`;

/**
 * A comparison of two runs as one self-contained HTML page: no script, no external request (a
 * Content-Security-Policy forbids both), system fonts. The same sections as `compareMarkdown`:
 * the runs, warnings, gate verdicts and changed checks, significant changes, every metric. Every
 * string from the results (paths, policy names, labels, reasons) is escaped.
 *
 * Reference: the HTML standard's escaping of text and attribute values (§13.3), and CSP Level 3
 * (`default-src 'none'`).
 *
 * @example
 * compareHtml(compareResults(a, b)).startsWith('<!doctype html>'); // true
 */
export function compareHtml(comparison: Comparison): string {
  const { a, b, counts } = comparison;
  const row = (m: MetricComparison) =>
    `<tr><td><code>${esc(m.id)}</code><br><span class="muted">${esc(m.title)}</span></td>` +
    `<td>${m.goal === 'target' ? `target ${formatNumber(m.target ?? null)}` : esc(m.goal)}</td>` +
    `<td class="num">${esc(comparedValueText(m.a))}</td><td class="num">${esc(comparedValueText(m.b))}</td>` +
    `<td class="num">${signed(m.delta)}</td><td class="${m.change === 'better' || m.change === 'worse' ? m.change : 'muted'}">${CHANGE[m.change]}</td></tr>`;
  const head = '<tr><th>Metric</th><th>Goal</th><th>A</th><th>B</th><th>Δ (B − A)</th><th>Change</th></tr>';
  const significant = comparison.metrics.filter((m) => m.change === 'better' || m.change === 'worse');
  const run = (tag: string, r: RunSummary) =>
    `<tr><td>${tag}</td><td>${esc(r.name)}</td><td>${esc(r.synthetic.path)} (${r.synthetic.rows} rows)</td><td>${esc(r.real.path)} (${r.real.rows} rows)</td>` +
    `<td>${esc(r.embedder)}</td><td>${r.seed}</td><td>${esc(r.createdAt)}</td><td>${gate(r.gate)}</td></tr>`;
  const parts = [
    '<!doctype html>',
    '<html lang="en"><head><meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>synthscope compare: ${esc(a.name)} → ${esc(b.name)}</title>`,
    `<style>${STYLE}</style></head><body>`,
    `<h1>synthscope compare: ${esc(a.name)} → ${esc(b.name)}</h1>`,
    `<p><span class="better">${counts.better} better</span>, <span class="worse">${counts.worse} worse</span> (confidence intervals do not overlap), ` +
      `${counts.withinNoise} within noise${counts.unknown > 0 ? `, ${counts.unknown} without a CI` : ''}${counts.na > 0 ? `, ${counts.na} not comparable` : ''}.</p>`,
    '<table><tr><th></th><th>Run</th><th>Synthetic</th><th>Real</th><th>Embedder</th><th>Seed</th><th>Created</th><th>Gate</th></tr>',
    run('A', a),
    run('B', b),
    '</table>',
    ...comparison.warnings.map((w) => `<div class="warning">${esc(w)}</div>`),
  ];
  if (comparison.gateChanges.length > 0) {
    parts.push('<h2>Gate checks that changed</h2><table><tr><th>Check</th><th>A</th><th>B</th></tr>');
    for (const c of comparison.gateChanges) {
      const label = c.label === undefined ? '' : ` label ${esc(JSON.stringify(c.label))}`;
      parts.push(`<tr><td><code>${esc(c.metric)}</code>${label} ${esc(describeCheck({ op: c.op, threshold: c.threshold, value: null }).rule)}</td><td>${verdict(c.a)}</td><td>${verdict(c.b)}</td></tr>`);
    }
    parts.push('</table>');
  }
  if (significant.length > 0) parts.push('<h2>Significant changes</h2><table>', head, ...significant.map(row), '</table>');
  parts.push('<h2>All metrics</h2><table>', head, ...comparison.metrics.map(row), '</table>', '</body></html>');
  return `${parts.join('\n')}\n`;
}
