import type { Comparison, MetricComparison } from './compare-results.js';
import { comparedValueText as valueText } from './compared-value-text.js';
import { describeCheck } from './describe-check.js';
import { escapeMarkdown } from './escape-markdown.js';
import { formatNumber } from './format-number.js';

const CHANGE: Record<MetricComparison['change'], string> = {
  better: '🟢 better',
  worse: '🔴 worse',
  'within-noise': 'within noise',
  unknown: 'no CI',
  'n/a': '—',
};
const VERDICT = { pass: '✅ pass', fail: '❌ fail', warn: '⚠️ warn', skipped: '➖ skipped' } as const;

const signed = (d: number | null): string => (d === null ? '—' : d > 0 ? `+${formatNumber(d)}` : d < 0 ? `−${formatNumber(-d)}` : '0');
const gateText = (g: Comparison['a']['gate']): string => (g === null ? 'no gate' : `${g.passed ? '✅ passed' : '❌ failed'} (policy ${escapeMarkdown(g.policy)})`);

/**
 * A comparison of two runs as Markdown for a pull-request comment: the two runs, warnings about
 * what does not compare, the gate verdicts and every check whose verdict changed, the significant
 * changes first, then a table of every metric (value and CI in each run, delta, change). Strings
 * from results (paths, policy names, labels) are escaped.
 *
 * Reference: GitHub-flavoured Markdown tables (GFM 0.29 §4.10).
 *
 * @example
 * compareMarkdown(compareResults(a, b, { names: ['main', 'branch'] }));
 * // '## synthscope compare: main → branch\n\n**2 better, 1 worse** (confidence intervals do not overlap), 30 within noise …'
 */
export function compareMarkdown(comparison: Comparison): string {
  const { a, b, counts } = comparison;
  const lines = [
    `## synthscope compare: ${escapeMarkdown(a.name)} → ${escapeMarkdown(b.name)}`,
    '',
    `**${counts.better} better, ${counts.worse} worse** (confidence intervals do not overlap), ${counts.withinNoise} within noise` +
      (counts.unknown > 0 ? `, ${counts.unknown} without a CI` : '') +
      (counts.na > 0 ? `, ${counts.na} not comparable (skipped, failed or absent in a run)` : ''),
    '',
    '| | run | synthetic | real | embedder | seed | created |',
    '|---|---|---|---|---|---|---|',
  ];
  for (const [tag, r] of [['A', a], ['B', b]] as const) {
    lines.push(
      `| ${tag} | ${escapeMarkdown(r.name)} | ${escapeMarkdown(r.synthetic.path)} (${r.synthetic.rows} rows) | ${escapeMarkdown(r.real.path)} (${r.real.rows} rows) | ${escapeMarkdown(r.embedder)} | ${r.seed} | ${escapeMarkdown(r.createdAt)} |`,
    );
  }
  for (const w of comparison.warnings) lines.push('', `> ⚠️ ${escapeMarkdown(w)}`);

  lines.push('', '### Gate', '', `A: ${gateText(a.gate)} → B: ${gateText(b.gate)}`);
  if (comparison.gateChanges.length > 0) {
    lines.push('', '| Check | A | B |', '|---|---|---|');
    for (const c of comparison.gateChanges) {
      const label = c.label === undefined ? '' : ` label ${escapeMarkdown(JSON.stringify(c.label))}`;
      const rule = describeCheck({ op: c.op, threshold: c.threshold, value: null }).rule;
      lines.push(`| \`${c.metric}\`${label} ${escapeMarkdown(rule)} | ${c.a === null ? 'absent' : VERDICT[c.a]} | ${c.b === null ? 'absent' : VERDICT[c.b]} |`);
    }
  } else if (a.gate !== null || b.gate !== null) {
    lines.push('', 'No check changed its verdict.');
  }

  const row = (m: MetricComparison) =>
    `| \`${m.id}\` | ${m.goal === 'target' ? `target ${formatNumber(m.target ?? null)}` : m.goal} | ${valueText(m.a)} | ${valueText(m.b)} | ${signed(m.delta)} | ${CHANGE[m.change]} |`;
  const level = comparison.metrics.map((m) => m.a?.ci?.level ?? m.b?.ci?.level).find((l) => l !== undefined);
  const ci = level === undefined ? '' : ` [${Math.round(level * 100)}% CI]`;
  const header = [`| Metric | Goal | A${ci} | B${ci} | Δ (B − A) | Change |`, '|---|---|---|---|---|---|'];
  const significant = comparison.metrics.filter((m) => m.change === 'better' || m.change === 'worse');
  if (significant.length > 0) lines.push('', '### Significant changes', '', ...header, ...significant.map(row));
  lines.push('', '### All metrics', '', ...header, ...comparison.metrics.map(row));
  return `${lines.join('\n')}\n`;
}
