import { z } from 'zod';
import type { Results } from '../core/results-schema.js';
import type { ExemplarRow } from '../generate/types.js';
import type { Dataset } from '../io/types.js';

/** The part of drift.clusters' details this reads (results.json keeps details untyped). */
const ClustersDetails = z.object({
  clusters: z.array(
    z.object({
      cluster: z.number(),
      candidateShare: z.number(),
      referenceShare: z.number(),
      direction: z.string(),
      keywords: z.array(z.string()).default([]),
      examples: z.object({ reference: z.array(z.object({ id: z.string() })) }),
    }),
  ),
});

/** An under-represented cluster of real rows and the exemplars taken from it. */
export interface UnderCoveredCluster {
  cluster: number;
  candidateShare: number;
  referenceShare: number;
  /** 'under' when the two-proportion test says so; 'short' for a shortfall the test did not confirm. */
  direction: 'under' | 'short';
  keywords: string[];
  exemplarIds: string[];
}

export interface UnderCoveredExemplars {
  clusters: UnderCoveredCluster[];
  /** Real rows (whole text and label) nearest the centres of those clusters, most under-represented cluster first. */
  exemplars: ExemplarRow[];
}

/**
 * Few-shot exemplars from where the synthetic data falls short: the real rows that drift.clusters
 * lists as examples (nearest the centroid) of its under-represented clusters, taken in turn
 * from each cluster (the most under-represented first) until `max` are drawn. When no cluster is significantly under-represented, the (at most
 * three) clusters with the largest shortfall of synthetic share are used. Rows are looked up by
 * id in the real dataset, so exemplars carry their whole text and their label (and `pickExemplars`
 * can prefer the item's label). Empty when drift.clusters did not run.
 *
 * @example
 * underCoveredExemplars(results, real, 12).clusters[0];
 * // { cluster: 3, candidateShare: 0.01, referenceShare: 0.14, direction: 'under',
 * //   keywords: ['ilug', 'linux', …], exemplarIds: ['easy-ham-2/00412', …] }
 */
export function underCoveredExemplars(results: Results, real: Dataset, max: number): UnderCoveredExemplars {
  const metric = results.metrics.find((m) => m.id === 'drift.clusters');
  const parsed = metric?.status === 'ok' ? ClustersDetails.safeParse(metric.details) : null;
  if (!parsed?.success || max <= 0) return { clusters: [], exemplars: [] };
  const shortfall = (c: { candidateShare: number; referenceShare: number }) => c.referenceShare - c.candidateShare;
  const sorted = [...parsed.data.clusters].sort((a, b) => shortfall(b) - shortfall(a) || a.cluster - b.cluster);
  const under = sorted.filter((c) => c.direction === 'under');
  const chosen = under.length > 0 ? under : sorted.filter((c) => shortfall(c) > 0).slice(0, 3);
  const byId = new Map(real.rows.map((r) => [r.id, r]));
  const exemplars: ExemplarRow[] = [];
  const seen = new Set<string>();
  const ids: string[][] = chosen.map(() => []);
  // Round-robin over the clusters (nearest-the-centre rows first), so a small pool still spans them.
  const depth = Math.max(0, ...chosen.map((c) => c.examples.reference.length));
  for (let i = 0; i < depth && exemplars.length < max; i++) {
    chosen.forEach((c, j) => {
      const id = c.examples.reference[i]?.id;
      const row = id === undefined ? undefined : byId.get(id);
      if (!row || seen.has(row.id) || exemplars.length >= max) return;
      seen.add(row.id);
      ids[j].push(row.id);
      exemplars.push({ id: row.id, text: row.text, label: row.label });
    });
  }
  const clusters: UnderCoveredCluster[] = chosen.map((c, j) => ({
    cluster: c.cluster,
    candidateShare: c.candidateShare,
    referenceShare: c.referenceShare,
    direction: c.direction === 'under' ? 'under' : 'short',
    keywords: c.keywords,
    exemplarIds: ids[j],
  }));
  return { clusters: clusters.filter((c) => c.exemplarIds.length > 0), exemplars };
}
