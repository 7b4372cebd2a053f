import { FamilySchema, type MetricResult, type Results } from '../core/results-schema.js';
import { formatInterval } from './format-interval.js';
import { formatNumber } from './format-number.js';
import { escapeMarkdown } from './markdown-escape.js';
import {
  baseName,
  FAMILY_TITLES,
  mdAllChecksPassed,
  mdChecksTitle,
  mdFamiliesHead,
  mdFlags,
  mdInputs,
  mdMetricsHead,
  mdMetricsSummary,
  mdMoreChecks,
  mdNoGate,
  mdNotRun,
  mdReportPointer,
  mdTitle,
  mdVerdict,
  plural,
} from './messages.js';

const MAX_CHECKS = 30;
const MAX_NOT_RUN = 30;
const SEVERITY = { poor: 0, fair: 1, good: 2, 'n/a': 3 } as const;

const row = (cells: readonly string[]) => `| ${cells.join(' | ')} |`;
const e = escapeMarkdown;

function familyRows(results: Results): string[] {
  return FamilySchema.options.map((family) => {
    const metrics = results.metrics.filter((m) => m.family === family);
    const ran = metrics.filter((m) => m.status === 'ok');
    const count = (r: MetricResult['reading']) => ran.filter((m) => m.reading === r).length;
    const readings = metrics.length === 0 ? '—' : `${count('good')} good · ${count('fair')} fair · ${count('poor')} poor${metrics.length > ran.length ? ` · ${metrics.length - ran.length} not run` : ''}`;
    const worst = ran.filter((m) => m.reading === 'poor' || m.reading === 'fair').sort((a, b) => SEVERITY[a.reading] - SEVERITY[b.reading])[0];
    return row([FAMILY_TITLES[family], readings, worst ? `${e(worst.title)} **${formatNumber(worst.value)}** vs ${formatNumber(worst.baseline?.value)}` : '']);
  });
}

function checks(results: Results): string[] {
  const gate = results.gate;
  if (!gate) return [mdNoGate];
  const bad = gate.checks.filter((c) => c.verdict === 'fail' || c.verdict === 'warn').sort((a, b) => (a.verdict === b.verdict ? 0 : a.verdict === 'fail' ? -1 : 1));
  if (bad.length === 0) return [mdAllChecksPassed(gate.checks.length)];
  const out = [`**${mdChecksTitle}** (policy ${e(baseName(gate.policy))})`, '', row(['', 'check', 'value', 'why']), row(['---', '---', '---:', '---'])];
  for (const c of bad.slice(0, MAX_CHECKS)) {
    out.push(row([c.verdict === 'fail' ? '❌' : '⚠️', `\`${c.metric}\`${c.label ? ` (${e(c.label)})` : ''} ${c.op} ${formatNumber(c.threshold)}`, formatNumber(c.value), e(c.message)]));
  }
  if (bad.length > MAX_CHECKS) out.push('', mdMoreChecks(bad.length - MAX_CHECKS));
  return out;
}

/**
 * A Markdown summary of a results object, fit for a pull-request comment (GitHub-flavoured,
 * well under the 65,536-character comment limit whatever the run's size): the gate verdict and
 * the checks that failed or warned, a line per family, every metric beside its real-vs-real
 * baseline in a collapsed table, flag counts, metrics that did not run and why, and the inputs
 * with their hashes. Every dataset string is escaped; no metric is computed.
 *
 * @example
 * renderMarkdownSummary(results).split('\n')[0];
 * // '## synthscope: No gate'
 */
export function renderMarkdownSummary(results: Results): string {
  const verdict = results.gate ? (results.gate.passed ? mdVerdict.pass : mdVerdict.fail) : mdVerdict.none;
  const { synthetic, real } = results.inputs;
  const lines: string[] = [
    mdTitle(verdict),
    '',
    `**${e(baseName(synthetic.path))}** (${plural(synthetic.rows, 'row')}) vs **${e(baseName(real.path))}** (${plural(real.rows, 'row')}) · embedder \`${e(results.embedder.id).replace(/`/g, '')}\` · seed ${results.seed} · synthscope ${e(results.tool.version)}`,
    '',
    ...checks(results),
    '',
    row([...mdFamiliesHead]),
    row(['---', '---', '---']),
    ...familyRows(results),
    '',
    `<details><summary>${mdMetricsSummary(results.metrics.length)}</summary>`,
    '',
    row([...mdMetricsHead]),
    row(['---', '---:', '---:', '---']),
    ...results.metrics.map((m) =>
      row([
        `\`${m.id}\``,
        m.status === 'ok' ? `${formatNumber(m.value)} ${formatInterval(m.ci)}`.trim() : m.status,
        m.baseline ? `${formatNumber(m.baseline.value)} ${formatInterval(m.baseline.ci)}`.trim() : '—',
        m.status === 'ok' ? m.reading : '',
      ]),
    ),
    '',
    '</details>',
    '',
  ];
  const flags = Object.entries(results.flagCounts).filter(([, n]) => n > 0);
  if (flags.length > 0) lines.push(`**${mdFlags}:** ${flags.map(([kind, n]) => `${n.toLocaleString('en-US')} ${e(kind)}`).join(', ')}`, '');
  const notRun = results.metrics.filter((m) => m.status !== 'ok');
  if (notRun.length > 0) {
    lines.push(`**${mdNotRun}:** ${notRun.slice(0, MAX_NOT_RUN).map((m) => `\`${m.id}\` (${m.status}: ${e(m.reason ?? '')})`).join('; ')}${notRun.length > MAX_NOT_RUN ? ` … and ${notRun.length - MAX_NOT_RUN} more` : ''}`, '');
  }
  const input = (name: string, i: typeof synthetic) => `${name} ${e(baseName(i.path))}: ${plural(i.rows, 'row')}${i.invalidRows > 0 ? ` (${i.invalidRows.toLocaleString('en-US')} invalid skipped)` : ''}, sha256 \`${e(i.sha256).replace(/`/g, '')}\``;
  lines.push(`**${mdInputs}:** ${input('synthetic', synthetic)}; ${input('real', real)}`, '', mdReportPointer, '');
  return lines.join('\n');
}
