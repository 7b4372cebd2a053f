import { moreNotShown } from '../messages.js';
import { html, type SafeHtml } from '../safe-html.js';
import { formatCell } from './format-cell.js';
import { humanizeKey } from './humanize-key.js';

const FIRST = ['row', 'id', 'label', 'text', 'realRow', 'realId', 'realText'];
const TEXT = new Set(['text', 'realText', 'original', 'rewrite', 'masked']);
const LINES = new Set(['row', 'realRow', 'line']);
const IDS = new Set(['id', 'realId']);

/**
 * A table of records (example rows, per-label numbers, annotators) capped at `cap` rows with a
 * count of what is not shown. Columns are the records' keys, row/id/label/text first. Every
 * cell is escaped text.
 *
 * @example
 * recordsTable([{ row: 3, id: 'row-3', text: '<b>hi</b>' }], 50).value;
 * // '<table class="rows"><thead><tr><th>line</th><th>id</th><th>text</th></tr>…<td class="text">&lt;b&gt;hi&lt;/b&gt;</td>…'
 */
export function recordsTable(rows: readonly Record<string, unknown>[], cap: number, pass: 'value' | 'baseline' = 'value'): SafeHtml {
  const shown = rows.slice(0, cap);
  const keys = [...new Set(shown.flatMap((r) => Object.keys(r)))].sort((a, b) => {
    const ia = FIRST.indexOf(a);
    const ib = FIRST.indexOf(b);
    return (ia < 0 ? FIRST.length : ia) - (ib < 0 ? FIRST.length : ib);
  });
  const hasText = keys.some((k) => TEXT.has(k));
  const cell = (k: string, v: unknown) => (LINES.has(k) && typeof v === 'number' ? String(v) : formatCell(v));
  const cls = (k: string, v: unknown) => (TEXT.has(k) ? 'text' : IDS.has(k) ? 'id' : typeof v === 'number' ? 'num' : '');
  return html`<table class="rows${hasText ? ' has-text' : ''}"><thead><tr>${keys.map((k) => html`<th>${humanizeKey(k, pass)}</th>`)}</tr></thead><tbody>
${shown.map((r) => html`<tr>${keys.map((k) => html`<td class="${cls(k, r[k])}">${cell(k, r[k])}</td>`)}</tr>\n`)}</tbody></table>${rows.length > shown.length ? html`<p class="muted">${moreNotShown(shown.length, rows.length)}</p>` : ''}`;
}
