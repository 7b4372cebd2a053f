import type { Results } from '../../core/results-schema.js';
import { formatNumber } from '../format-number.js';
import { moreNotShown, plural, provenanceTitle, samplesNote, samplesTitle, skippedRowsNote, unknownLabelsNote } from '../messages.js';
import type { RenderContext } from '../render-context.js';
import { html, type SafeHtml } from '../safe-html.js';

type Input = Results['inputs']['synthetic'];

function inputRow(ctx: RenderContext, name: string, input: Input, extra: SafeHtml | string): SafeHtml {
  const cap = ctx.options.maxTableRows;
  const skipped = input.skipped.slice(0, cap);
  return html`<tr><th scope="row">${name}</th><td><code class="path">${input.path}</code> <span class="muted">(${input.format})</span><br>
${plural(input.rows, 'row')}${extra}${input.invalidRows > 0 ? html`; <span class="warn">${skippedRowsNote(input.invalidRows)}</span>` : ''}<br>
<span class="muted">sha256</span> <code class="hash">${input.sha256}</code>
${skipped.length > 0
    ? html`<details><summary>${skippedRowsNote(input.invalidRows)}</summary><table class="compact"><thead><tr><th>line</th><th>reason</th></tr></thead><tbody>${skipped.map((s) => html`<tr><td class="num">${s.line}</td><td>${s.reason}</td></tr>`)}</tbody></table>${input.skipped.length > skipped.length ? html`<p class="muted">${moreNotShown(skipped.length, input.skipped.length)}</p>` : ''}</details>`
    : ''}</td></tr>`;
}

/**
 * The run's provenance: both inputs with their row counts, skipped rows and sha256, the fields
 * read, the real-data split, the embedder (id, dimension, revision), seed, tool version,
 * confidence-interval settings, metrics that were skipped or failed with their reasons, and every
 * seeded sample the run took. All from results.json, as recorded.
 *
 * @example
 * provenanceSection(ctx).value.includes(results.inputs.synthetic.sha256); // true
 */
export function provenanceSection(ctx: RenderContext): SafeHtml {
  const r = ctx.results;
  const split = r.inputs.split;
  const notRun = r.metrics.filter((m) => m.status !== 'ok');
  const boot = (r.config as { bootstrap?: { level?: number; resamples?: number } }).bootstrap;
  const cap = ctx.options.maxTableRows;
  const samples = r.samples.slice(0, cap * 2);
  return html`<section id="provenance"><h2>${provenanceTitle}</h2>
<table class="provenance"><tbody>
${inputRow(ctx, 'synthetic', r.inputs.synthetic, '')}
${inputRow(ctx, 'real', r.inputs.real, html`, split at random into ${plural(split.reference, 'reference row')} and ${plural(split.holdout, 'holdout row')}`)}
<tr><th scope="row">fields</th><td>text <code>${r.inputs.fields.text}</code>, label ${r.inputs.fields.label === null ? html`<span class="muted">none</span>` : html`<code>${r.inputs.fields.label}</code>`}</td></tr>
<tr><th scope="row">embedder</th><td><code>${r.embedder.id}</code>, ${r.embedder.dimension} dimensions, revision <code>${r.embedder.revision}</code></td></tr>
<tr><th scope="row">run</th><td>seed <code>${r.seed}</code>, ${r.tool.name} ${r.tool.version}, ${r.createdAt}${boot?.level !== undefined ? `, ${Math.round(boot.level * 100)}% intervals` : ''}${boot?.resamples !== undefined ? ` from ${formatNumber(boot.resamples)} bootstrap resamples` : ''}${r.timings.total !== undefined ? `, ${formatNumber(r.timings.total / 1000)} s` : ''}</td></tr>
<tr><th scope="row">metrics</th><td>${plural(r.metrics.length - notRun.length, 'metric')} computed${notRun.length > 0 ? html`, ${notRun.length} not:<ul class="not-run">${notRun.map((m) => html`<li><code>${m.id}</code> <span class="badge badge-${m.status}">${m.status}</span> <span class="reason-${m.status}">${m.reason ?? ''}</span></li>`)}</ul>` : ''}</td></tr>
${r.labels.unknownInReal.length > 0 ? html`<tr><th scope="row">labels</th><td class="warn">${unknownLabelsNote(r.labels.unknownInReal)}</td></tr>` : ''}
</tbody></table>
${r.samples.length > 0
    ? html`<details class="samples"><summary>${samplesTitle(r.samples.length)}</summary><p class="muted">${samplesNote}</p><table class="compact"><thead><tr><th>purpose</th><th>side</th><th>rows</th><th>of</th><th>seed</th></tr></thead><tbody>
${samples.map((s) => html`<tr><td>${s.purpose}</td><td>${s.side}</td><td class="num">${formatNumber(s.size)}</td><td class="num">${formatNumber(s.of)}</td><td class="num"><code>${s.seed}</code></td></tr>\n`)}</tbody></table>${r.samples.length > samples.length ? html`<p class="muted">${moreNotShown(samples.length, r.samples.length)}</p>` : ''}</details>`
    : ''}
</section>`;
}
