/**
 * The demo's wording, in one place (after vega-lite's `log/message.ts`; the report keeps its own
 * the same way).
 */

// parseSubject: why a message gives no row
export const subjectMissing = 'no Subject header';
export const subjectEmpty = 'empty Subject header';

// spamAssassinSubjects
export const spamAssassinUnreadable = (pkg: string, why: string): string =>
  `cannot read the demo's real data from the npm package ${pkg} (${why}); reinstall with npm ci`;

// runDemo and the CLI
export const demoConfigUnreadable = (path: string, why: string): string =>
  `cannot read the demo's generation config ${path} (${why}); it ships in fixtures/demo/ beside the code`;
export const demoReal = (rows: number, source: string, skipped: number): string =>
  `real data: ${source}, ${rows.toLocaleString('en-US')} rows${skipped > 0 ? ` (${skipped} messages without a subject recorded as skipped)` : ''}`;
export const demoSynthetic = (rows: number, provider: string, model: string): string =>
  `synthetic data: ${rows.toLocaleString('en-US')} subject lines from the ${provider} provider (${model}); scoring with the builtin embedder`;
export const demoReport = (path: string): string => `report: ${path}`;
export const demoVerdict = (passed: boolean, failed: number, warned: number): string =>
  `verdict: gate ${passed ? 'passed' : 'failed'} with synthscope's default policy (${failed} failed, ${warned} warned)`;
export const demoNextSteps = (passed: boolean): string =>
  passed
    ? 'open the report to see where the synthetic subjects differ from the real ones; `synthscope run` refines in rounds'
    : 'the demo exits 0 all the same: a failing gate is what the report is for; `synthscope run` regenerates what failed, in rounds';
