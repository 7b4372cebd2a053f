import type { MetricDefinition } from '../../core/evaluate/types.js';
import type { Flag } from '../../core/results-schema.js';
import { normalizeText } from './normalize-text.js';
import { copiesOf, realTextIndex } from './real-text-index.js';
import { selfIndices } from './self-indices.js';
import { safeSnippet as snippet } from '../../text/pii/safe-snippet.js';

/** Copies of texts shorter than this many words are counted apart in details ("ok", "see you"). */
const SHORT_WORDS = 5;

/**
 * privacy.exact-copy-rate: the share of synthetic rows whose normalised text equals the normalised
 * text of some real row, sought among ALL the real rows (reference and holdout halves). Normalised
 * = lowercased, whitespace runs collapsed to one space, trimmed (`normalizeText`); blank rows are
 * never copies. Each copy gets an `exact-copy` flag naming the real rows it repeats (`related`, at
 * most `privacy.maxRelated`), ranked by the copied text's length: a copied paragraph matters more
 * than a copied "ok".
 *
 * Baseline: the same share for the holdout rows, each compared with every real row but itself,
 * i.e. how often the real data repeats itself (text-message and review data have many exact
 * duplicates, so this is not zero). Per-row 0/1 values are bootstrapped for the CI.
 */
export const exactCopyRate: MetricDefinition = {
  id: 'privacy.exact-copy-rate',
  family: 'privacy',
  title: 'Exact copies of real rows',
  description:
    'Share of synthetic rows whose text, lowercased and with whitespace collapsed, equals some real row’s (all real rows searched); lower is better, the baseline is how often real rows repeat each other.',
  goal: 'minimize',
  range: [0, 1],
  requires: { reference: true },
  // Below 50 rows one row moves the rate by more than 2 points and a zero count says little.
  minRows: 50,
  // One point more of rows copied or leaking data is already worth a look.
  fairTolerance: 0.01,
  perLabel: true,
  async compute(ctx) {
    const index = await realTextIndex(ctx);
    const self = await selfIndices(ctx);
    const { candidate, real } = ctx;
    const n = candidate.rows.length;
    const perRow = new Float64Array(n);
    const tokens = candidate.tokens();
    const copied = new Set<number>();
    const hits: { i: number; matches: number[]; length: number }[] = [];
    let short = 0;
    for (let i = 0; i < n; i++) {
      const key = normalizeText(candidate.texts[i]);
      const matches = copiesOf(index, key, self[i]);
      if (matches.length === 0) continue;
      perRow[i] = 1;
      if (tokens[i].length < SHORT_WORDS) short++;
      copied.add(index.get(key)![0]);
      hits.push({ i, matches, length: key.length });
    }
    const flags: Flag[] = [];
    if (ctx.pass === 'value') {
      for (const { i, matches, length } of hits) {
        const first = real.rows[matches[0]];
        const more = matches.length > 1 ? ` (and ${matches.length - 1} more real row${matches.length > 2 ? 's' : ''})` : '';
        const text = snippet(candidate.texts[i]);
        flags.push({
          row: candidate.rows[i].line,
          id: candidate.rows[i].id,
          kind: 'exact-copy',
          detail: `same text as real row at line ${first.line}${more}: "${text.length > 80 ? `${text.slice(0, 79)}…` : text}"`,
          score: length,
          related: matches.slice(0, ctx.config.privacy.maxRelated).map((j) => ({ source: 'real' as const, row: real.rows[j].line, id: real.rows[j].id })),
        });
      }
    }
    const examples = [...hits]
      .sort((a, b) => b.length - a.length || a.i - b.i)
      .slice(0, 5)
      .map(({ i, matches }) => ({ row: candidate.rows[i].line, id: candidate.rows[i].id, realRow: real.rows[matches[0]].line, realId: real.rows[matches[0]].id, text: snippet(candidate.texts[i]) }));
    let copies = 0;
    for (const v of perRow) copies += v;
    return {
      value: n === 0 ? 0 : copies / n,
      perRow,
      flags,
      details: {
        copies,
        rows: n,
        realRowsSearched: real.rows.length - (self.some((s) => s >= 0) ? 1 : 0),
        distinctRealTextsCopied: copied.size,
        shortCopies: short,
        shortWords: SHORT_WORDS,
        examples,
      },
    };
  },
};
