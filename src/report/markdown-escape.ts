/**
 * Text safe inside a GitHub-flavoured Markdown paragraph or table cell (never at the start of a
 * line): the punctuation that can start emphasis, code, links, strikethrough or end a cell is
 * backslash-escaped (CommonMark 0.31 §2.4), `<`, `>` and `&` become entities so no HTML passes
 * through, and line breaks become spaces so a table row stays one row.
 *
 * @example
 * escapeMarkdown('a|b *c* <img src=x>\nnext');
 * // 'a\\|b \\*c\\* &lt;img src=x&gt; next'
 */
export function escapeMarkdown(text: string): string {
  return String(text)
    .replace(/\r\n?|\n/g, ' ')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/[\\`*_[\]|~]/g, '\\$&');
}
