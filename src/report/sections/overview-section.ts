import { FamilySchema, type MetricResult } from '../../core/results-schema.js';
import { formatNumber } from '../format-number.js';
import { FAMILY_QUESTIONS, FAMILY_TITLES, familyEmpty, familyLine, furthestFromReal } from '../messages.js';
import type { RenderContext } from '../render-context.js';
import { html, type SafeHtml } from '../safe-html.js';

const SEVERITY = { poor: 0, fair: 1, good: 2, 'n/a': 3 } as const;

/**
 * One line per family under the verdict: how many of its metrics read good, fair or poor
 * against the real-vs-real baseline (the `reading` results.json records), and the metric that
 * reads worst, with its value beside the baseline. Links to the family's section.
 *
 * @example
 * overviewSection(ctx).value;
 * // '…<a href="#family-similarity">Similarity</a> 5 metrics: 3 good, 0 fair, 2 poor … furthest from real: Recall (k-NN) 0.690 vs 0.844 …'
 */
export function overviewSection(ctx: RenderContext): SafeHtml {
  const lines = FamilySchema.options.map((family) => {
    const metrics = ctx.results.metrics.filter((m) => m.family === family);
    const ran = metrics.filter((m) => m.status === 'ok');
    const count = (reading: MetricResult['reading']) => ran.filter((m) => m.reading === reading).length;
    const counts = { metrics: metrics.length, good: count('good'), fair: count('fair'), poor: count('poor'), na: count('n/a'), notRun: metrics.length - ran.length };
    const worst = [...ran].filter((m) => m.reading === 'poor' || m.reading === 'fair').sort((a, b) => SEVERITY[a.reading] - SEVERITY[b.reading])[0];
    const badge = counts.poor > 0 ? 'poor' : counts.fair > 0 ? 'fair' : counts.good > 0 ? 'good' : 'n/a';
    return html`<li><span class="badge badge-${badge === 'n/a' ? 'na' : badge}">${badge}</span> <a href="#family-${family}">${FAMILY_TITLES[family]}</a> <span class="muted">${FAMILY_QUESTIONS[family]}</span><br>
${metrics.length === 0 ? familyEmpty : familyLine(counts)}${worst ? html`; ${furthestFromReal}: <strong>${worst.title}</strong> ${formatNumber(worst.value)} vs ${formatNumber(worst.baseline?.value)} real vs real` : ''}</li>`;
  });
  return html`<section id="overview"><ul class="families">${lines}</ul></section>`;
}
