import type { Side } from '../../core/evaluate/types.js';
import type { Flag } from '../../core/results-schema.js';
import type { DuplicateCluster } from './duplicate-clusters.js';
import { excerpt } from './shared.js';

/**
 * One flag per cluster, on its first row, listing the rows that repeat it in `related`; scored by
 * the number of repeats so the largest clusters rank first. Flags name rows, never quote them.
 */
export function clusterFlags(side: Side, clusters: readonly DuplicateCluster[], kind: string, detail: (c: DuplicateCluster) => string): Flag[] {
  return clusters.map((c) => ({
    row: side.rows[c.first].line,
    id: side.rows[c.first].id,
    kind,
    detail: detail(c),
    score: c.repeats.length,
    related: c.repeats.map((r) => ({ source: 'synthetic' as const, row: side.rows[r].line, id: side.rows[r].id })),
  }));
}

/** The largest clusters (at most `max`) for reports: size and up to 5 example rows each, texts cut to 300 characters. */
export function clusterTable(side: Side, clusters: readonly DuplicateCluster[], max = 20): Array<Record<string, unknown>> {
  return [...clusters]
    .sort((a, b) => b.repeats.length - a.repeats.length || a.first - b.first)
    .slice(0, max)
    .map((c) => ({
      size: c.repeats.length + 1,
      rows: [c.first, ...c.repeats].slice(0, 5).map((r) => ({ row: side.rows[r].line, id: side.rows[r].id, text: excerpt(side.texts[r]) })),
    }));
}

/** Counts of clusters by size (2, 3, …, 9, "10+") for a histogram. */
export function clusterSizes(clusters: readonly DuplicateCluster[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const c of clusters) {
    const size = c.repeats.length + 1;
    const key = size >= 10 ? '10+' : String(size);
    out[key] = (out[key] ?? 0) + 1;
  }
  return out;
}
