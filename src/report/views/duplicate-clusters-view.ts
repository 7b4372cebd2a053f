import { duplicateCluster, duplicateClustersTitle } from '../messages.js';
import { read } from '../read-details.js';
import { html } from '../safe-html.js';
import type { MetricView } from './metric-view.js';
import { recordsTable } from './records-table.js';

/** The diversity duplicate rates: their largest groups of duplicated rows, each group's rows listed. */
export const duplicateClustersView: MetricView = {
  name: 'duplicate clusters',
  metrics: ['diversity.exact-duplicate-rate', 'diversity.near-duplicate-rate'],
  consumes: ['largest'],
  render(metric, ctx) {
    const clusters = read.records(metric.details.largest);
    if (!clusters || clusters.length === 0) return null;
    const shown = clusters.slice(0, Math.min(10, ctx.options.maxTableRows));
    return html`<div class="table-block"><h4>${duplicateClustersTitle(clusters.length)}</h4>
${shown.map((c) => {
  const rows = read.records(c.rows) ?? [];
  return html`<h5>${duplicateCluster(read.number(c.size) ?? rows.length)}</h5>${recordsTable(rows, Math.min(5, ctx.options.maxTableRows))}`;
})}</div>`;
  },
};
