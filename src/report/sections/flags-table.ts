import { flagColumns, flagsNotShown, flagTitle, relatedRow } from '../messages.js';
import type { RenderContext } from '../render-context.js';
import { html, type SafeHtml } from '../safe-html.js';
import { formatCell } from '../views/format-cell.js';

/**
 * The table of one kind of flagged rows, as results.json ranks them (highest score first),
 * capped at `maxTableRows` with the count of what is not shown (results.json itself keeps a
 * capped number per kind; `flagCounts` has the full count). Details are shown as the engine
 * wrote them (PII already masked) and escaped; a flag's `text`, when the engine adds one, is
 * shown too.
 *
 * @example
 * flagsTable(ctx, 'suspect-label').value;
 * // '<div class="table-block flags" id="flags-suspect-label"><h4>Suspect labels: …</h4><table …>…<p class="muted">Showing 50 of 54 (all are in results.json).</p></div>'
 */
export function flagsTable(ctx: RenderContext, kind: string): SafeHtml {
  const kept = ctx.results.flags.filter((f) => f.kind === kind);
  const total = Math.max(ctx.results.flagCounts[kind] ?? kept.length, kept.length);
  const shown = kept.slice(0, ctx.options.maxTableRows);
  const hasText = shown.some((f) => typeof (f as { text?: unknown }).text === 'string');
  const hasScore = shown.some((f) => f.score !== undefined);
  const hasRelated = shown.some((f) => (f.related?.length ?? 0) > 0);
  return html`<div class="table-block flags" id="flags-${kind}"><h4>${flagTitle(kind)} <span class="count">${total.toLocaleString('en-US')}</span></h4>
<table class="rows flags-table"><thead><tr><th>${flagColumns[0]}</th><th>${flagColumns[1]}</th>${hasText ? html`<th>text</th>` : ''}<th>${flagColumns[2]}</th>${hasScore ? html`<th>${flagColumns[3]}</th>` : ''}${hasRelated ? html`<th>${flagColumns[4]}</th>` : ''}</tr></thead><tbody>
${shown.map((f) => {
  const text = (f as { text?: unknown }).text;
  return html`<tr><td class="num">${String(f.row)}</td><td class="id">${f.id}</td>${hasText ? html`<td class="text">${typeof text === 'string' ? formatCell(text) : ''}</td>` : ''}<td class="text">${formatCell(f.detail)}</td>${hasScore ? html`<td class="num">${formatCell(f.score ?? null)}</td>` : ''}${hasRelated ? html`<td>${(f.related ?? []).map((r, i) => html`${i > 0 ? html`<br>` : ''}${relatedRow(r.source, r.row, r.id)}`)}</td>` : ''}</tr>\n`;
})}</tbody></table>
${total > shown.length ? html`<p class="muted">${flagsNotShown(shown.length, kept.length, total)}</p>` : ''}</div>`;
}
