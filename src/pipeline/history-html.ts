import { formatNumber } from '../report/format-number.js';
import { html, type SafeHtml } from '../report/safe-html.js';
import type { History, HistoryCheck, RoundRecord } from './history-schema.js';
import {
  historyFirstRound,
  historyHead,
  historyIntro,
  historyJsonPointer,
  historyKept,
  historyMetricsTitle,
  historyNoFailures,
  historyTitle,
  stopText,
} from './messages.js';

const checkText = (c: HistoryCheck): SafeHtml =>
  html`<li title="${c.message}"><code>${c.metric}</code>${c.label === undefined ? '' : ` (${c.label})`} ${c.op} ${formatNumber(c.threshold)}: <span class="num">${formatNumber(c.value)}</span></li>`;

function row(r: RoundRecord): SafeHtml {
  return html`<tr class="check-${r.gate.passed ? 'pass' : 'fail'}">
<td class="num"><a href="${r.dir}/report.html">${r.round}</a></td>
<td><span class="badge badge-${r.gate.passed ? 'pass' : 'fail'}">${r.gate.passed ? 'passed' : 'failed'}</span></td>
<td>${r.gate.failed.length === 0 ? historyNoFailures : html`<ul class="not-run">${r.gate.failed.map(checkText)}</ul>`}</td>
<td>${r.changes.length === 0 ? html`<span class="muted">${historyFirstRound}</span>` : html`<ul class="changes" style="margin:0;padding-left:18px">${r.changes.map((c) => html`<li><strong>${c.action}</strong>${c.target === 'all' ? '' : ` [${c.target}]`}: ${c.detail}</li>`)}</ul>`}</td>
<td class="num">${r.synthetic.rows.toLocaleString('en-US')}<br><span class="muted">${r.round === 1 ? '' : historyKept(r.regenerated.keptRows, r.regenerated.labels)}</span></td>
</tr>\n`;
}

/**
 * The "History of rounds" section that `synthscope run` adds to its final report: a row per round
 * (linked to the round's own report) with the gate verdict, the checks that failed, what the round
 * changed in the generation config and its row count; then a table of the key metrics by round
 * (value and real-vs-real baseline). Every string is escaped by the report's `html` tag.
 *
 * @example
 * historyHtml(history).value.startsWith('<section id="history">'); // true
 */
export function historyHtml(history: History): SafeHtml {
  const final = history.final;
  const finalRound = final?.round ?? history.rounds.length;
  const reason = final ? stopText(final.stopReason, final.round, history.maxRounds) : '';
  const ids = [...new Set(history.rounds.flatMap((r) => r.metrics.map((m) => m.id)))];
  return html`<section id="history"><h2>${historyTitle}</h2>
<p>${historyIntro(history.rounds.length, finalRound, reason)}</p>
<table class="checks rows"><thead><tr>${historyHead.map((h) => html`<th>${h}</th>`)}</tr></thead><tbody>
${history.rounds.map(row)}</tbody></table>
<h3>${historyMetricsTitle}</h3>
<table class="compact"><thead><tr><th>metric</th>${history.rounds.map((r) => html`<th class="num">round ${r.round}</th>`)}</tr></thead><tbody>
${ids.map((id) => html`<tr><td><code>${id}</code></td>${history.rounds.map((r) => {
    const m = r.metrics.find((x) => x.id === id);
    return html`<td class="num">${m && m.status === 'ok' ? html`${formatNumber(m.value)} <span class="ci">(${formatNumber(m.baseline)})</span>` : (m?.status ?? '—')}</td>`;
  })}</tr>\n`)}</tbody></table>
<p class="note">${historyJsonPointer}</p>
</section>`;
}
