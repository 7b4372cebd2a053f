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
