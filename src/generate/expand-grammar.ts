import { SynthscopeError } from '../core/errors.js';
import type { Rng } from '../core/rng.js';
import { grammarTooDeep, grammarUnknownSymbol } from '../core/messages.js';
import type { Choice } from './config-schema.js';
import { pickChoice } from './pick-choice.js';
import { slotPattern } from './slot-references.js';

export interface GrammarContext {
  /** Symbol → alternatives. */
  grammar: Readonly<Record<string, readonly Choice[]>>;
  /** Fixed values (label, topic, …) that `{name}` resolves to before any symbol; a function is called once, lazily. */
  variables: Readonly<Record<string, string | (() => string)>>;
  rng: Rng;
  /** Values of memoised symbols for this item, filled as they are first expanded. */
  memo: Map<string, string>;
}

const MAX_DEPTH = 32;

/**
 * Expands the slots of one text with a slot grammar, the rule-based generator of template
 * generation (a context-free grammar sampled top-down, as in Tracery, Compton et al. 2015,
 * "Tracery: an author-focused generative text tool", ICIDS). `{name}` takes a variable, or else
 * draws one alternative of symbol `name` and expands it in turn; the value is then kept for the
 * rest of the item, so a product named in the question is the one named in the answer. `{name!}`
 * draws afresh each time. `{{` and `}}` are literal braces. Draws come from `rng` in order, so
 * the same seed gives the same text.
 *
 * @example
 * const rng = createRng(3);
 * expandGrammar('{who} loved the {thing}', { grammar: { who: ['Ann', 'Bo'], thing: ['kettle'] }, variables: {}, rng, memo: new Map() });
 * // 'Bo loved the kettle'
 */
export function expandGrammar(text: string, context: GrammarContext, depth = 0): string {
  if (depth > MAX_DEPTH) throw new SynthscopeError('USAGE', grammarTooDeep(MAX_DEPTH));
  return text.replace(slotPattern(), (match: string, name: string | undefined, bang: string | undefined) => {
    if (name === undefined) return match === '{{' ? '{' : '}';
    const fresh = bang === '!';
    if (!fresh && context.memo.has(name)) return context.memo.get(name) as string;
    let value: string;
    if (Object.hasOwn(context.variables, name)) {
      const v = context.variables[name];
      value = typeof v === 'function' ? v() : v;
    } else if (Object.hasOwn(context.grammar, name)) {
      value = expandGrammar(pickChoice(context.grammar[name], context.rng), context, depth + 1);
    } else {
      throw new SynthscopeError('USAGE', grammarUnknownSymbol(name));
    }
    if (!fresh) context.memo.set(name, value);
    return value;
  });
}
