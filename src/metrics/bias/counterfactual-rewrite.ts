import { findMentions } from './find-mentions.js';
import { tokenSpans } from './token-spans.js';
import type { CompiledLexicon } from './types.js';

/**
 * Words after which a contextual replacement ("her" → "his|him") takes its second form: a
 * following function word means the pronoun was an object ("gave her a book", "with her and"),
 * a following content word that it was a possessive ("her car").
 */
const FUNCTION_WORDS = new Set([
  'a', 'an', 'the', 'and', 'or', 'but', 'nor', 'so', 'yet', 'to', 'in', 'on', 'at', 'for', 'with', 'from', 'of',
  'by', 'as', 'into', 'onto', 'about', 'over', 'under', 'up', 'down', 'out', 'off', 'back', 'away', 'again',
  'that', 'this', 'these', 'those', 'if', 'when', 'while', 'because', 'than', 'then', 'now', 'too', 'very',
  'is', 'was', 'are', 'were', 'be', 'been', 'will', 'would', 'can', 'could', 'should', 'may', 'might', 'must',
  'do', 'did', 'does', 'have', 'has', 'had', 'not', 'no', 'all', 'some', 'any', 'how', 'what', 'who', 'why',
  'where', 'there', 'here', 'just', 'more', 'i', 'you', 'he', 'she', 'it', 'we', 'they', 'me', 'him', 'her',
  'us', 'them', 'my', 'your', 'his', 'our', 'their', 'its', 'what', 'which', 'before', 'after', 'until',
]);

/** Gives `replacement` the case pattern of `original`: ALL CAPS, Capitalised, or as written. */
function matchCase(original: string, replacement: string, isName: boolean): string {
  const letters = original.replace(/[^\p{L}]/gu, '');
  if (letters.length > 1 && letters === letters.toUpperCase() && letters !== letters.toLowerCase()) return replacement.toUpperCase();
  if (isName) return replacement;
  const first = original.charAt(0);
  if (first !== first.toLowerCase()) return replacement.charAt(0).toUpperCase() + replacement.slice(1);
  return replacement;
}

/** A counterfactual rewrite of one text along one dimension. */
export interface CounterfactualRewrite {
  text: string;
  /** Each swap made, as written in the text before and after (at most the first 20). */
  swaps: Array<{ from: string; to: string }>;
  /** How many swaps were made in all. */
  count: number;
}

/**
 * Rewrites a text by swapping every term of one dimension that has a counterfactual partner
 * (`he` ↔ `she`, `christian` ↔ `muslim`, a first name with its seeded partner), leaving the
 * rest of the text as it was: punctuation, spacing and the case of each swapped word (ALL CAPS,
 * Capitalised) are kept; names keep their list spelling. Terms of the dimension without a
 * partner are left as they are. A contextual replacement "x|y" takes x when a content word
 * follows in the same clause (only spaces between) and y otherwise.
 *
 * @param text - the row's text
 * @param lexicon - from `compileLexicon`
 * @param dimensionIndex - which dimension to swap
 * @returns the rewrite, or null when nothing was swapped
 * @example
 * counterfactualRewrite('She loved her phone. Ask Mary!', lexicon, 0);
 * // { text: 'He loved his phone. Ask Eugene!', swaps: [{from:'She',to:'He'}, {from:'her',to:'his'}, {from:'Mary',to:'Eugene'}], count: 3 }
 */
export function counterfactualRewrite(text: string, lexicon: CompiledLexicon, dimensionIndex: number): CounterfactualRewrite | null {
  const spans = tokenSpans(text);
  const swaps = lexicon.swaps[dimensionIndex];
  let out = '';
  let at = 0;
  let count = 0;
  const made: Array<{ from: string; to: string }> = [];
  for (const m of findMentions(spans.tokens, lexicon)) {
    if (m.dimensionIndex !== dimensionIndex) continue;
    let replacement = m.name ? lexicon.nameSwaps.get(m.term) : swaps?.get(m.term);
    if (replacement === undefined) continue;
    const bar = replacement.indexOf('|');
    if (bar >= 0) {
      const next = m.end < spans.tokens.length ? m.end : -1;
      const gap = next >= 0 ? spans.text.slice(spans.ends[m.end - 1], spans.starts[next]) : '';
      const contentWordFollows = next >= 0 && /^\s+$/.test(gap) && !FUNCTION_WORDS.has(spans.tokens[next]);
      replacement = contentWordFollows ? replacement.slice(0, bar) : replacement.slice(bar + 1);
    }
    const start = spans.starts[m.start];
    const end = spans.ends[m.end - 1];
    const original = spans.text.slice(start, end);
    const to = matchCase(original, replacement, m.name);
    out += spans.text.slice(at, start) + to;
    at = end;
    count++;
    if (made.length < 20) made.push({ from: original, to });
  }
  if (count === 0) return null;
  return { text: out + spans.text.slice(at), swaps: made, count };
}
