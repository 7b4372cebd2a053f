import { clusterSharesChart, type ClusterShare } from '../charts/cluster-shares-chart.js';
import { clusterExamples, clustersCaption, clusterSides, clustersEvenNote } from '../messages.js';
import { read } from '../read-details.js';
import { html } from '../safe-html.js';
import type { MetricView } from './metric-view.js';
import { recordsTable } from './records-table.js';

/**
 * `drift.clusters`: each cluster's share of synthetic and real rows as bars, then, for every
 * over- and under-represented cluster, its keywords and the rows nearest its centre on each side.
 */
export const clustersView: MetricView = {
  name: 'clusters',
  metrics: ['drift.clusters'],
  consumes: ['clusters'],
  render(metric, ctx) {
    const raw = read.records(metric.details.clusters);
    if (!raw || raw.length === 0) return null;
    const clusters: Array<ClusterShare & { examples: Record<string, unknown> | undefined }> = [];
    for (const c of raw) {
      const cluster = read.number(c.cluster);
      const candidateShare = read.number(c.candidateShare);
      const referenceShare = read.number(c.referenceShare);
      if (cluster === undefined || candidateShare === undefined || referenceShare === undefined) continue;
      clusters.push({ cluster, candidateShare, referenceShare, keywords: read.strings(c.keywords) ?? [], direction: read.string(c.direction) ?? 'even', examples: read.record(c.examples) });
    }
    if (clusters.length === 0) return null;
    const uneven = clusters.filter((c) => c.direction === 'over' || c.direction === 'under');
    const cap = Math.min(ctx.options.maxTableRows, 5);
    return html`${ctx.chart(clusterSharesChart(clusters), clustersCaption(read.number(metric.details.k) ?? clusters.length))}
${uneven.map((c) => {
  const cand = read.records(c.examples?.candidate) ?? [];
  const ref = read.records(c.examples?.reference) ?? [];
  return html`<div class="table-block cluster cluster-${c.direction}"><h4>${clusterExamples(c.direction, c.cluster, c.keywords.slice(0, 8))}</h4>
<div class="two-col"><div><h5>${clusterSides.candidate}</h5>${cand.length > 0 ? recordsTable(cand, cap) : html`<p class="muted">—</p>`}</div><div><h5>${clusterSides.reference}</h5>${ref.length > 0 ? recordsTable(ref, cap) : html`<p class="muted">—</p>`}</div></div></div>`;
})}
${clusters.length > uneven.length ? html`<p class="muted">${clustersEvenNote(clusters.length - uneven.length)}</p>` : ''}`;
  },
};
