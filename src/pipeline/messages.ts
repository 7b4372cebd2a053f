/**
 * The pipeline's wording (`synthscope run`: errors, progress lines, the history of rounds in the
 * report and summary), in one place, after vega-lite's `log/message.ts`.
 */

const plural = (n: number, one: string, many = `${one}s`): string => `${n.toLocaleString('en-US')} ${n === 1 ? one : many}`;
const list = (items: readonly string[]): string => (items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`);
const quoted = (s: string): string => `"${s}"`;

// ---------------------------------------------------------------------------------------------
// errors
// ---------------------------------------------------------------------------------------------

export const pipelineNeedsReal = (path: string): string =>
  `${path}: real: the pipeline needs the real data to score against (a file path, or { path, textField, labelField, … })`;
export const pipelineBadInline = (path: string, key: string, detail: string): string => `${path}: ${key}: ${detail}`;
export const pipelineNoRows = (round: number, path: string): string =>
  `round ${round} generated no rows (${path}); see its .failures.jsonl for why`;
export const pipelineNoFooter = 'writeRunOutputs cannot add a section to the report: renderHtml gave a page without a <footer>';

// ---------------------------------------------------------------------------------------------
// warnings and progress (the CLI prints these on stderr)
// ---------------------------------------------------------------------------------------------

export const roundStart = (round: number, max: number, regenerate: string[] | null, kept: number): string =>
  `round ${round}/${max}: generating ${regenerate === null ? 'every row' : regenerate.length === 0 ? 'the rows the new label counts add' : `the rows of ${list(regenerate.map(quoted))}`}${kept > 0 ? ` (keeping ${plural(kept, 'row')} of round ${round - 1})` : ''}`;
export const roundGenerated = (round: number, written: number, failed: number): string =>
  `round ${round}: ${plural(written, 'row')} generated${failed > 0 ? `, ${failed} failed (scored without them)` : ''}; scoring`;
export const roundVerdict = (round: number, passed: boolean, failed: readonly string[]): string =>
  `round ${round}: gate ${passed ? 'passed' : `failed (${list(failed)})`}`;
export const roundChange = (round: number, action: string, target: string, detail: string): string =>
  `round ${round} change: ${action}${target === 'all' ? '' : ` [${target}]`}: ${detail}`;
export const stopText = (reason: 'passed' | 'max-rounds' | 'nothing-to-refine', round: number, max: number): string =>
  reason === 'passed'
    ? `stopped after round ${round}: the gate passed`
    : reason === 'max-rounds'
      ? `stopped after round ${round}: the most rounds allowed (${max}), the gate still fails`
      : `stopped after round ${round}: no failed check can be addressed by generating again (the metrics behind them did not run)`;
export const someRowsFailed = (round: number, failed: number, path: string): string =>
  `round ${round}: ${plural(failed, 'item')} could not be generated and are left out of its data (${path})`;

// ---------------------------------------------------------------------------------------------
// refinement: what each round changed (history.json, the report's history section)
// ---------------------------------------------------------------------------------------------

export const changeReseed = (from: number, to: number, provider: 'openai' | 'template'): string =>
  `generation seed ${from} → ${to}: fresh draws of the variation knobs${provider === 'openai' ? ', the exemplars and the request seed' : ' and the template slots'}`;
export const changeFlatten = (knobs: readonly string[]): string => `variation knobs drawn uniformly (weights dropped): ${list(knobs)}`;
export const changeTemperature = (from: number, to: number): string => `temperature ${from} → ${to}`;
export const changeKnobValues = (knob: string, added: readonly string[]): string => `${knob} added: ${list(added.map(quoted))}`;
export const changeExemplars = (rows: number, clusters: number, keywords: readonly string[], k: number): string =>
  `few-shot exemplars: ${plural(rows, 'real row')} from ${plural(clusters, 'under-represented cluster')}${keywords.length > 0 ? ` (${keywords.join('; ')})` : ''}, ${k} per prompt`;
export const changeNoClusters = 'no under-represented cluster to draw exemplars from (drift.clusters did not run or found none); exemplars unchanged';
export const changeInstruction = (note: string): string => `prompt adds: ${quoted(note)}`;
export const changeCounts = (moves: readonly { label: string; from: number; to: number }[]): string =>
  `label counts to the real shares: ${moves.map((m) => `${m.label} ${m.from} → ${m.to}`).join(', ')}`;
export const changeCountsSame = 'label counts already match the real shares as closely as whole rows can';
export const changeTemplateOffline = (action: string): string =>
  `nothing to change offline for ${action} (the template provider has no prompt, temperature or exemplars): reseeded only; add alternatives to the grammar for more`;

/** The sentences refinement adds to the prompts of regenerated labels (model-facing, LLM only). */
export const NOTES = {
  diversify: 'Make this text different from typical ones: vary the wording, structure, length and details; avoid stock phrases.',
  closerToReal: 'Write it the way the real examples are written: their length, tone, vocabulary and format.',
  sharpen: (label: string, description: string | undefined, others: readonly string[]): string =>
    `It must be unmistakably "${label}"${description ? ` (${description})` : ''}${others.length > 0 ? `, never ${others.map(quoted).join(' or ')}` : ''}.`,
  lengths: (median: number, q1: number, q3: number): string =>
    `Length: about ${median} words, like the real texts of this kind (the middle half run from ${q1} to ${q3} words).`,
  avoidCopies: 'Write new wording: do not copy or closely paraphrase the examples or any text you may have seen.',
  avoidPii: 'Use no e-mail addresses, phone numbers, payment card or bank account numbers or IP addresses, not even made-up ones.',
  balanceGroups: 'Vary the people in the text (genders, names, ages, origins) and avoid stereotypes.',
} as const;

// ---------------------------------------------------------------------------------------------
// history (HTML section and Markdown)
// ---------------------------------------------------------------------------------------------

export const historyTitle = 'History of rounds';
export const historyIntro = (rounds: number, final: number, reason: string): string =>
  `${plural(rounds, 'round')} of generate → score → gate → refine; this report shows round ${final}. ${reason}.`;
export const historyHead = ['round', 'verdict', 'failed checks', 'changes before the round', 'rows'] as const;
export const historyMetricsTitle = 'Key metrics by round (value, real-vs-real baseline in brackets)';
export const historyFirstRound = 'first round: the config as written';
export const historyNoFailures = 'none';
export const historyKept = (kept: number, labels: string[] | null): string =>
  labels === null || kept === 0 ? 'all new' : `${plural(kept, 'row')} kept; ${labels.length === 0 ? 'counts changed' : `new rows for ${list(labels.map(quoted))}`}`;
export const historyJsonPointer = 'Every round\u2019s data, results.json and report are kept in round-<k>/; the history is in history.json.';
