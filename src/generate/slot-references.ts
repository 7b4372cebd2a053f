/** One `{name}` (memoised) or `{name!}` (fresh) reference in a grammar alternative. */
export interface SlotReference {
  name: string;
  fresh: boolean;
}

const SLOT = /\{\{|\}\}|\{([A-Za-z_][A-Za-z0-9_]*)(!?)\}/g;

/**
 * Lists the slot references in one grammar alternative, in order. `{{` and `}}` are literal braces
 * and are skipped.
 *
 * @example
 * slotReferences('I {verb!} my {product} {{sic}}'); // [{ name: 'verb', fresh: true }, { name: 'product', fresh: false }]
 */
export function slotReferences(text: string): SlotReference[] {
  const out: SlotReference[] = [];
  for (const m of text.matchAll(SLOT)) if (m[1] !== undefined) out.push({ name: m[1], fresh: m[2] === '!' });
  return out;
}

/** The same pattern, for the expander (a fresh RegExp each call: global regexes carry state). */
export const slotPattern = (): RegExp => new RegExp(SLOT.source, 'g');
