import { groupRepresentationChart, type GroupShare } from '../charts/group-representation-chart.js';
import { groupsCaption, noGroupMentions } from '../messages.js';
import { read } from '../read-details.js';
import { html } from '../safe-html.js';
import type { MetricView } from './metric-view.js';

const MAX_GROUPS = 16;
const MAX_LABELS = 6;

/**
 * `bias.representation-gap`: its per (dimension, group, label) table as grouped bars, the share
 * of each label's synthetic rows that mention each group beside the real share. Groups nobody
 * mentions are left out; the rest are ranked by their largest gap and capped (stated).
 */
export const groupRepresentationView: MetricView = {
  name: 'group representation',
  metrics: ['bias.representation-gap'],
  consumes: ['table'],
  render(metric, ctx) {
    const table = read.records(metric.details.table);
    if (!table) return null;
    const shares: Array<GroupShare & { gap: number }> = [];
    for (const t of table) {
      const label = read.string(t.label);
      const dimension = read.string(t.dimension);
      const group = read.string(t.group);
      const syntheticShare = read.number(read.record(t.synthetic)?.share);
      const realShare = read.number(read.record(t.real)?.share);
      if (label === undefined || dimension === undefined || group === undefined || syntheticShare === undefined || realShare === undefined) continue;
      shares.push({ label, dimension, group, syntheticShare, realShare, gap: Math.abs(syntheticShare - realShare) });
    }
    const key = (s: GroupShare) => `${s.dimension}\u0000${s.group}`;
    const gapOf = new Map<string, number>();
    for (const s of shares) if (s.syntheticShare > 0 || s.realShare > 0) gapOf.set(key(s), Math.max(gapOf.get(key(s)) ?? 0, s.gap));
    if (gapOf.size === 0) return html`<p class="note">${noGroupMentions}</p>`;
    const groups = new Set([...gapOf.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, MAX_GROUPS).map(([k]) => k));
    const labels = new Set([...new Set(shares.map((s) => s.label))].slice(0, MAX_LABELS));
    const shown = shares.filter((s) => groups.has(key(s)) && labels.has(s.label));
    return ctx.chart(groupRepresentationChart(shown), groupsCaption(groups.size, gapOf.size));
  },
};
