import { gateSummary } from '../core/messages.js';
import { countVerdicts } from './count-verdicts.js';
import { describeCheck } from './describe-check.js';
import { escapeMarkdown } from './escape-markdown.js';
import type { Gate, GateCheck } from './evaluate-gate.js';

const ICON: Record<GateCheck['verdict'], string> = { pass: '✅', fail: '❌', warn: '⚠️', skipped: '➖' };

/**
 * The gate verdict as Markdown for a pull-request comment or a CI job summary
 * (`$GITHUB_STEP_SUMMARY`): a heading line with the verdict and counts, then one table row per
 * check in policy order (verdict, metric and label, rule, compared value, message). Every string
 * that comes from a policy or a dataset (policy name, labels, skip reasons) is escaped.
 *
 * Reference: GitHub-flavoured Markdown tables (GFM 0.29 §4.10).
 *
 * @example
 * gateMarkdown(gate);
 * // '### ❌ Gate failed\n\ngate FAILED (policy release): 1 passed, 1 failed\n\n| | Metric | Check | Value | Details |\n…'
 */
export function gateMarkdown(gate: Gate): string {
  const counts = countVerdicts(gate.checks);
  const lines = [
    `### ${gate.passed ? '✅ Gate passed' : '❌ Gate failed'}`,
    '',
    escapeMarkdown(gateSummary(gate.passed, gate.policy, counts)),
  ];
  if (gate.checks.length > 0) {
    lines.push('', '| | Metric | Check | Value | Details |', '|---|---|---|---|---|');
    for (const c of gate.checks) {
      const { rule, value } = describeCheck(c);
      const metric = `\`${c.metric}\`${c.label === undefined ? '' : ` label ${escapeMarkdown(JSON.stringify(c.label))}`}`;
      const severity = c.severity === 'warn' ? ' (warn only)' : '';
      lines.push(`| ${ICON[c.verdict]} ${c.verdict} | ${metric} | ${escapeMarkdown(rule)}${severity} | ${escapeMarkdown(value)} | ${escapeMarkdown(c.message)} |`);
    }
  }
  return `${lines.join('\n')}\n`;
}
