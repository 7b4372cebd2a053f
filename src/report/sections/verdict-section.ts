import { formatNumber } from '../format-number.js';
import { verdictCounts, verdictFailed, verdictNone, verdictNoneCommands, verdictNoneDetail, verdictPassed } from '../messages.js';
import type { RenderContext } from '../render-context.js';
import { html, type SafeHtml } from '../safe-html.js';

const ORDER = { fail: 0, warn: 1, skipped: 2, pass: 3 } as const;

/**
 * The verdict at the top of the report: the gate's pass or fail with its checks (failures
 * first), or "No gate" with how to apply one. Reads `results.gate`; decides nothing itself.
 *
 * @example
 * verdictSection(ctx).value.includes('Gate failed'); // true when results.gate.passed is false
 */
export function verdictSection(ctx: RenderContext): SafeHtml {
  const gate = ctx.results.gate;
  if (!gate) {
    return html`<section class="verdict verdict-none" id="verdict"><p class="verdict-word">${verdictNone}</p><p>${verdictNoneDetail} ${verdictNoneCommands.map((c, i) => html`${i > 0 ? ' or ' : ''}<code>${c}</code>`)}</p></section>`;
  }
  const counts = { pass: 0, fail: 0, warn: 0, skipped: 0 };
  for (const c of gate.checks) counts[c.verdict]++;
  const checks = [...gate.checks].sort((a, b) => ORDER[a.verdict] - ORDER[b.verdict]);
  return html`<section class="verdict ${gate.passed ? 'verdict-pass' : 'verdict-fail'}" id="verdict">
<p class="verdict-word">${gate.passed ? verdictPassed : verdictFailed}</p>
<p>${verdictCounts(gate.policy, counts)}</p>
${checks.length > 0
    ? html`<table class="checks"><thead><tr><th>verdict</th><th>metric</th><th>label</th><th>check</th><th>value</th><th>why</th></tr></thead><tbody>
${checks.map((c) => html`<tr class="check-${c.verdict}"><td><span class="badge badge-${c.verdict}">${c.verdict}</span></td><td><code>${c.metric}</code></td><td>${c.label ?? ''}</td><td>${c.op} ${formatNumber(c.threshold)}${c.severity === 'warn' ? ' (warn)' : ''}</td><td class="num">${formatNumber(c.value)}</td><td>${c.message}</td></tr>\n`)}</tbody></table>`
    : ''}
</section>`;
}
