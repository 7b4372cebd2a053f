import type { MetricResult } from '../../core/results-schema.js';
import type { RenderContext } from '../render-context.js';
import type { SafeHtml } from '../safe-html.js';

/**
 * A way to draw part of a metric's `details`. Specific views name the metric ids they know;
 * generic views (`metrics: 'any'`) draw shapes any metric may have (a histogram, a table of
 * rows) and skip the keys a specific view already drew (`consumes`).
 */
export interface MetricView {
  name: string;
  metrics: readonly string[] | 'any';
  /** Top-level keys of `details` this view draws. */
  consumes: readonly string[];
  /** Markup, or null when the details do not have what the view needs. */
  render(metric: MetricResult, ctx: RenderContext, skip: ReadonlySet<string>): SafeHtml | null;
}
