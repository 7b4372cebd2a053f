import { gateSummary } from '../core/messages.js';
import { countVerdicts } from './count-verdicts.js';
import { describeCheck } from './describe-check.js';
import type { Gate } from './evaluate-gate.js';

// C0 and C1 control characters (ESC, CSI …) from a label or a reason must not reach a terminal.
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/g;
const clean = (text: string): string => text.replace(CONTROL, '?');

/**
 * The gate as plain text for a terminal (`synthscope gate`, `score --gate`): a table of checks
 * (verdict, metric and label, rule, compared value), then the message of every check that did not
 * pass, then one summary line. Control characters from data are shown as `?`.
 *
 * Reference: the layout of `formatResultsTable` (src/cli/results-table.ts), which it follows.
 *
 * @example
 * gateText(gate);
 * // 'verdict  metric          check   value\n-------  --------------  ------  -----\nFAIL     drift.c2st-auc  ≤ 0.75  0.79\n\n…\ngate FAILED (policy p.yaml): 1 failed\n'
 */
export function gateText(gate: Gate): string {
  const rows = gate.checks.map((c) => {
    const { rule, value } = describeCheck(c);
    const metric = c.label === undefined ? c.metric : `${c.metric} [${clean(JSON.stringify(c.label))}]`;
    return [c.verdict === 'pass' ? 'pass' : c.verdict === 'fail' ? 'FAIL' : c.verdict, metric, `${rule}${c.severity === 'warn' ? ' (warn)' : ''}`, value];
  });
  const header = ['verdict', 'metric', 'check', 'value'];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => [...r[i]].length)));
  const line = (cells: string[]) => cells.map((c, i) => c + ' '.repeat(widths[i] - [...c].length)).join('  ').trimEnd();
  const out: string[] = [];
  if (rows.length > 0) out.push(line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line), '');
  const notes = gate.checks.filter((c) => c.verdict !== 'pass');
  for (const c of notes) out.push(`${c.verdict === 'fail' ? 'FAIL' : c.verdict}: ${clean(c.message)}`);
  if (notes.length > 0) out.push('');
  out.push(clean(gateSummary(gate.passed, gate.policy, countVerdicts(gate.checks))));
  return `${out.join('\n')}\n`;
}
