/**
 * Escapes text from a dataset or a policy for a GitHub-flavoured Markdown table cell: HTML shows
 * as text (`<`, `>` and `&` become entities); the punctuation that can open code, emphasis, links
 * or strikethrough inside a cell (backslash, backtick, `*`, `_`, `[`, `]`, `~`) is
 * backslash-escaped; `|` cannot end the cell and a line break cannot end the row.
 *
 * Reference: CommonMark 0.31 §2.4 (backslash escapes of ASCII punctuation) and §2.5 (entity
 * references); GFM 0.29 §4.10 (a `\|` inside a table cell is a literal pipe).
 *
 * @example
 * escapeMarkdown('a|b *c* <img src=x>'); // 'a\\|b \\*c\\* &lt;img src=x&gt;'
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/[\r\n]+/g, ' ')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/[\\`*_[\]|~]/g, (c) => `\\${c}`);
}
