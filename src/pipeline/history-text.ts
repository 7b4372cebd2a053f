import { formatNumber } from '../report/format-number.js';
import type { History } from './history-schema.js';
import { stopText } from './messages.js';

/**
 * The history of a `synthscope run` as plain text for the terminal: a line per round with its
 * verdict, the rows it scored and the checks that failed (with their values), then why the run
 * stopped.
 *
 * @example
 * historyText(history);
 * // 'round  verdict  rows  failed checks\n'
 * // '1      failed     36  drift.c2st-auc 0.912, agreement.accuracy (neutral) 0.25\n'
 * // '2      passed     36  —\n'
 * // 'stopped after round 2: the gate passed\n'
 */
export function historyText(history: History): string {
  const lines = [['round', 'verdict', 'rows', 'failed checks']];
  for (const r of history.rounds) {
    const failed = r.gate.failed.map((c) => `${c.metric}${c.label === undefined ? '' : ` (${c.label})`} ${formatNumber(c.value)}`);
    lines.push([String(r.round), r.gate.passed ? 'passed' : 'failed', r.synthetic.rows.toLocaleString('en-US'), failed.length > 0 ? failed.join(', ') : '—']);
  }
  const widths = [0, 1, 2].map((i) => Math.max(...lines.map((l) => l[i].length)));
  const text = lines.map((l) => `${l[0].padEnd(widths[0])}  ${l[1].padEnd(widths[1])}  ${l[2].padStart(widths[2])}  ${l[3]}`);
  if (history.final) text.push(stopText(history.final.stopReason, history.final.round, history.maxRounds));
  return `${text.join('\n')}\n`;
}
