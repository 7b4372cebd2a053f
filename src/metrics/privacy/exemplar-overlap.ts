import { MetricSkip, type MetricDefinition } from '../../core/evaluate/types.js';
import type { Flag } from '../../core/results-schema.js';
import { tokenize } from '../../text/tokenize.js';
import { normalizeText } from './normalize-text.js';
import { safeSnippet as snippet } from '../../text/pii/safe-snippet.js';

const SEP = '\u0001';

/** Word n-grams of a token list, joined (tokens never contain the separator). */
function ngrams(tokens: readonly string[], n: number): string[] {
  const out: string[] = [];
  for (let i = 0; i + n <= tokens.length; i++) out.push(tokens.slice(i, i + n).join(SEP));
  return out;
}

/**
 * privacy.exemplar-overlap: the share of synthetic rows that share at least one word n-gram
 * (default n = 8, `privacy.exemplarNgram`) with any of the few-shot exemplars the generator was
 * prompted with (`privacy.exemplarTexts`; the CLI reads them from the generation config's
 * exemplar file, a metric reads no files). Words are `tokenize`'s: lowercased, punctuation
 * dropped, so an exemplar passage re-punctuated still counts. A row shorter than n words cannot
 * overlap and counts as 0 (their number is in details). Skipped when no exemplars are given.
 *
 * Each overlapping row gets an `exemplar-overlap` flag naming the exemplar and the first shared
 * n-gram (PII masked), scored by the number of distinct shared n-grams (how much was lifted).
 *
 * Baseline: the same share among the holdout rows; an exemplar whose normalised text equals the
 * row's own is not compared with it (exemplars are often real rows, and a real row overlaps
 * itself), so the baseline is how much real rows share long phrases with the exemplars by themselves.
 */
export const exemplarOverlap: MetricDefinition = {
  id: 'privacy.exemplar-overlap',
  family: 'privacy',
  title: 'Overlap with few-shot exemplars',
  description:
    'Share of synthetic rows sharing a run of 8 words (privacy.exemplarNgram) with any few-shot exemplar given in the config; lower is better.',
  goal: 'minimize',
  range: [0, 1],
  requires: {},
  // Below 50 rows one row moves the rate by more than 2 points.
  minRows: 50,
  // One point more of rows copied or leaking data is already worth a look.
  fairTolerance: 0.01,
  perLabel: true,
  async compute(ctx) {
    const { exemplarTexts, exemplarNgram: n } = ctx.config.privacy;
    if (exemplarTexts.length === 0) {
      throw new MetricSkip('no few-shot exemplars given (privacy.exemplarTexts; the CLI fills it from the generation config)');
    }
    const index = await ctx.shared(`privacy.exemplar-ngrams:${n}`, () => {
      const map = new Map<string, number[]>();
      exemplarTexts.forEach((text, e) => {
        for (const g of new Set(ngrams(tokenize(text), n))) {
          const list = map.get(g);
          if (list) list.push(e);
          else map.set(g, [e]);
        }
      });
      return { map, normalised: exemplarTexts.map(normalizeText), tooShort: exemplarTexts.filter((t) => tokenize(t).length < n).length };
    });
    const { candidate } = ctx;
    const isReal = candidate.name !== 'synthetic';
    const tokens = candidate.tokens();
    const rows = candidate.rows.length;
    const perRow = new Float64Array(rows);
    const perExemplar = new Array<number>(exemplarTexts.length).fill(0);
    const flags: Flag[] = [];
    let shortRows = 0;
    for (let i = 0; i < rows; i++) {
      if (tokens[i].length < n) {
        shortRows++;
        continue;
      }
      const own = isReal ? normalizeText(candidate.texts[i]) : null;
      const shared = new Map<number, string[]>();
      for (const g of new Set(ngrams(tokens[i], n))) {
        for (const e of index.map.get(g) ?? []) {
          if (own !== null && index.normalised[e] === own) continue;
          const list = shared.get(e);
          if (list) list.push(g);
          else shared.set(e, [g]);
        }
      }
      if (shared.size === 0) continue;
      perRow[i] = 1;
      for (const e of shared.keys()) perExemplar[e]++;
      if (ctx.pass === 'value') {
        const [e, grams] = [...shared.entries()].sort((a, b) => b[1].length - a[1].length || a[0] - b[0])[0];
        const distinct = new Set([...shared.values()].flat()).size;
        flags.push({
          row: candidate.rows[i].line,
          id: candidate.rows[i].id,
          kind: 'exemplar-overlap',
          detail: `shares ${distinct} ${n}-gram${distinct > 1 ? 's' : ''} with exemplar #${e + 1}${shared.size > 1 ? ` (and ${shared.size - 1} other exemplar${shared.size > 2 ? 's' : ''})` : ''}, e.g. "${snippet(grams[0].split(SEP).join(' '))}"`,
          score: distinct,
        });
      }
    }
    let overlapping = 0;
    for (const v of perRow) overlapping += v;
    const warnings = index.tooShort > 0 ? [`${index.tooShort} of ${exemplarTexts.length} exemplars have fewer than ${n} words and can never overlap`] : [];
    return {
      value: rows === 0 ? 0 : overlapping / rows,
      perRow,
      flags,
      warnings,
      details: {
        n,
        exemplars: exemplarTexts.length,
        rows,
        overlappingRows: overlapping,
        rowsShorterThanN: shortRows,
        // Rows sharing an n-gram with each exemplar (index-aligned with privacy.exemplarTexts).
        rowsPerExemplar: perExemplar,
      },
    };
  },
};
