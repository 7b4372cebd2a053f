import type { MetricResult } from '../../core/results-schema.js';
import { baselineTable, tableTitle } from '../messages.js';
import { read } from '../read-details.js';
import type { RenderContext } from '../render-context.js';
import { html, type SafeHtml } from '../safe-html.js';
import { humanizeKey } from './humanize-key.js';
import type { MetricView } from './metric-view.js';
import { recordsTable } from './records-table.js';

const NUMBER_ROWS = 25;

function tables(metric: MetricResult, ctx: RenderContext, skip: ReadonlySet<string>): SafeHtml[] {
  const baseline = read.record(metric.details.baselineDetails);
  const out: SafeHtml[] = [];
  for (const [key, value] of Object.entries(metric.details)) {
    if (skip.has(key) || key === 'baselineDetails') continue;
    const rows = read.records(value);
    if (!rows || rows.length === 0 || rows.length !== (value as unknown[]).length) continue;
    const hasText = rows.some((r) => typeof r.text === 'string');
    const base = read.records(baseline?.[key]);
    // Tables of numbers (per label, per term) are capped harder than tables of rows.
    const cap = hasText ? ctx.options.maxTableRows : Math.min(ctx.options.maxTableRows, NUMBER_ROWS);
    out.push(html`<div class="table-block"><h4>${tableTitle(metric.id, key, humanizeKey(key))}</h4>${recordsTable(rows, cap)}
${!hasText && base && base.length > 0 ? html`<details><summary>${baselineTable}</summary>${recordsTable(base, cap, 'baseline')}</details>` : ''}</div>`);
  }
  return out;
}

/**
 * Every top-level list of records in a metric's details as a table: example rows (already
 * PII-masked and cut by the engine; escaped here), per-label numbers, annotators. Row-less
 * tables get their baseline counterpart in a collapsed block.
 */
export const recordTablesView: MetricView = {
  name: 'record tables',
  metrics: 'any',
  consumes: [],
  render(metric, ctx, skip) {
    const t = tables(metric, ctx, skip);
    return t.length > 0 ? html`${t}` : null;
  },
};
