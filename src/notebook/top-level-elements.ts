const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);

/** One top-level element of a fragment: its tag, its id (if any) and its markup. */
export interface TopLevelElement {
  tag: string;
  id: string | null;
  markup: string;
}

/**
 * Splits well-formed markup (as the report's `html` tag builds it: every tag closed except void
 * elements, every text escaped, so no `<` outside a tag) into its top-level elements; text
 * between them is dropped.
 *
 * @example
 * topLevelElements('<section id="a"><p>x<br>y</p></section>\n<footer>z</footer>');
 * // [{ tag: 'section', id: 'a', markup: '<section id="a"><p>x<br>y</p></section>' },
 * //  { tag: 'footer', id: null, markup: '<footer>z</footer>' }]
 */
export function topLevelElements(markup: string): TopLevelElement[] {
  const out: TopLevelElement[] = [];
  let depth = 0;
  let start = 0;
  let top: { tag: string; id: string | null } | null = null;
  for (const m of markup.matchAll(/<(\/?)([a-zA-Z][\w-]*)([^>]*)>/g)) {
    const [whole, slash, rawTag, attributes] = m;
    const tag = rawTag.toLowerCase();
    if (slash) {
      depth--;
      if (depth === 0 && top) {
        out.push({ ...top, markup: markup.slice(start, m.index + whole.length) });
        top = null;
      }
      continue;
    }
    if (depth === 0) {
      start = m.index;
      top = { tag, id: /\sid="([^"]*)"/.exec(attributes)?.[1] ?? null };
    }
    if (VOID.has(tag) || attributes.endsWith('/')) {
      if (depth === 0 && top) {
        out.push({ ...top, markup: whole });
        top = null;
      }
      continue;
    }
    depth++;
  }
  return out;
}
