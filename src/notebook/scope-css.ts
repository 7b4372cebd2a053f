/**
 * Confines a stylesheet to the elements under `scope` (a class selector), so the report's CSS,
 * written for a page of its own, restyles nothing else in a notebook: each selector gets the
 * scope in front, and the page-level selectors (`:root`, `html`, `body`, `main`) become the
 * scope itself. `@media` blocks are scoped inside; other at-rules are dropped (the report has
 * none). Handles the plain CSS the report writes: no comments, no braces inside strings.
 *
 * @example
 * scopeCss('body { margin: 0 } a:hover, h2 { color: red }', '.r');
 * // '.r { margin: 0 }\n.r a:hover, .r h2 { color: red }'
 */
export function scopeCss(css: string, scope: string): string {
  const out: string[] = [];
  let i = 0;
  while (i < css.length) {
    const open = css.indexOf('{', i);
    if (open < 0) break;
    const prelude = css.slice(i, open).trim();
    const close = matchingBrace(css, open);
    const body = css.slice(open + 1, close);
    if (prelude.startsWith('@media')) out.push(`${prelude} { ${scopeCss(body, scope).replace(/\n/g, ' ')} }`);
    else if (!prelude.startsWith('@')) out.push(`${splitSelectors(prelude).map((s) => scopeSelector(s, scope)).join(', ')} { ${body.trim()} }`);
    i = close + 1;
  }
  return out.join('\n');
}

function matchingBrace(css: string, open: number): number {
  let depth = 0;
  for (let j = open; j < css.length; j++) {
    if (css[j] === '{') depth++;
    else if (css[j] === '}' && --depth === 0) return j;
  }
  return css.length;
}

/** Splits a selector list at its top-level commas (not those inside `:not(a, b)` or `[x="a,b"]`). */
function splitSelectors(prelude: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let quote: string | null = null;
  let start = 0;
  for (let j = 0; j < prelude.length; j++) {
    const c = prelude[j];
    if (quote) {
      if (c === quote) quote = null;
    } else if (c === '"' || c === "'") quote = c;
    else if (c === '(' || c === '[') depth++;
    else if (c === ')' || c === ']') depth--;
    else if (c === ',' && depth === 0) {
      parts.push(prelude.slice(start, j).trim());
      start = j + 1;
    }
  }
  parts.push(prelude.slice(start).trim());
  return parts;
}

function scopeSelector(selector: string, scope: string): string {
  const page = /^(:root|html|body|main)(?![\w-])/;
  if (page.test(selector)) return selector.replace(page, scope);
  return `${scope} ${selector}`;
}
