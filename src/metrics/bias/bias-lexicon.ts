import type { MetricContext } from '../../core/evaluate/types.js';
import { compileLexicon } from './compile-lexicon.js';
import { firstNames } from './first-names.js';
import type { CompiledLexicon } from './types.js';

/**
 * The run's compiled lexicon (built-in lists, the config's groups and swaps, first names),
 * compiled once per reference side and shared by every bias metric and pass.
 *
 * @example
 * const lex = await biasLexicon(ctx);
 * lex.groups.length // 76 with the default config
 */
export function biasLexicon(ctx: MetricContext): Promise<CompiledLexicon> {
  return ctx.shared('bias:lexicon', () => compileLexicon(ctx.config.bias, ctx.config.bias.names ? firstNames() : null));
}
