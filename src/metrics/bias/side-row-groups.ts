import type { MetricContext } from '../../core/evaluate/types.js';
import { biasLexicon } from './bias-lexicon.js';
import { rowGroups } from './row-groups.js';
import type { RowGroups } from './types.js';

/**
 * The groups each row of the candidate or the reference side mentions, computed once per side
 * (the reference through `ctx.shared`, the candidate through `ctx.memo`) and shared by the
 * family's metrics.
 *
 * @example
 * const synthetic = await sideRowGroups(ctx, 'candidate');
 * synthetic.offsets.length // candidate rows + 1
 */
export async function sideRowGroups(ctx: MetricContext, which: 'candidate' | 'reference'): Promise<RowGroups> {
  const lexicon = await biasLexicon(ctx);
  if (which === 'reference') return ctx.shared('bias:row-groups', () => rowGroups(ctx.reference.tokens(), lexicon));
  return ctx.memo('bias:row-groups:candidate', () => rowGroups(ctx.candidate.tokens(), lexicon));
}
