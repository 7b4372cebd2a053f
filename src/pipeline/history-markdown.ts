import { formatNumber } from '../report/format-number.js';
import { escapeMarkdown as e } from '../report/markdown-escape.js';
import type { History } from './history-schema.js';
import { historyFirstRound, historyHead, historyIntro, historyJsonPointer, historyKept, historyMetricsTitle, historyNoFailures, historyTitle, stopText } from './messages.js';

const row = (cells: readonly string[]) => `| ${cells.join(' | ')} |`;

/**
 * The history of a `synthscope run` in Markdown, appended to its summary.md: a row per round
 * with the verdict, the failed checks, the changes made before the round and the rows, then the
 * key metrics by round (value, baseline in brackets). Dataset and config strings are escaped.
 *
 * @example
 * historyMarkdown(history).split('\n')[0]; // '### History of rounds'
 */
export function historyMarkdown(history: History): string {
  const final = history.final;
  const reason = final ? stopText(final.stopReason, final.round, history.maxRounds) : '';
  const ids = [...new Set(history.rounds.flatMap((r) => r.metrics.map((m) => m.id)))];
  const lines = [
    `### ${historyTitle}`,
    '',
    e(historyIntro(history.rounds.length, final?.round ?? history.rounds.length, reason)),
    '',
    row([...historyHead]),
    row(['---:', '---', '---', '---', '---:']),
    ...history.rounds.map((r) =>
      row([
        String(r.round),
        r.gate.passed ? '✅ passed' : '❌ failed',
        r.gate.failed.length === 0 ? historyNoFailures : r.gate.failed.map((c) => `\`${c.metric}\`${c.label === undefined ? '' : ` (${e(c.label)})`} ${formatNumber(c.value)}`).join('<br>'),
        r.changes.length === 0 ? e(historyFirstRound) : r.changes.map((c) => `**${e(c.action)}**${c.target === 'all' ? '' : ` \\[${e(c.target)}\\]`}: ${e(c.detail)}`).join('<br>'),
        `${r.synthetic.rows}${r.round === 1 ? '' : ` (${e(historyKept(r.regenerated.keptRows, r.regenerated.labels))})`}`,
      ]),
    ),
    '',
    `**${historyMetricsTitle}**`,
    '',
    row(['metric', ...history.rounds.map((r) => `round ${r.round}`)]),
    row(['---', ...history.rounds.map(() => '---:')]),
    ...ids.map((id) =>
      row([
        `\`${id}\``,
        ...history.rounds.map((r) => {
          const m = r.metrics.find((x) => x.id === id);
          return m && m.status === 'ok' ? `${formatNumber(m.value)} (${formatNumber(m.baseline)})` : (m?.status ?? '—');
        }),
      ]),
    ),
    '',
    e(historyJsonPointer),
    '',
  ];
  return lines.join('\n');
}
