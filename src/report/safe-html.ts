import { escapeHtml } from './html-escape.js';

/** Markup that is already escaped (built by `html`): interpolated as is. */
export class SafeHtml {
  constructor(readonly value: string) {}
  toString(): string {
    return this.value;
  }
}

/** What `html` accepts in a `${…}`: text is escaped, SafeHtml kept, lists joined, nothing dropped. */
export type HtmlValue = SafeHtml | string | number | boolean | null | undefined | readonly HtmlValue[];

function piece(value: HtmlValue): string {
  if (value === null || value === undefined || value === false) return '';
  if (value instanceof SafeHtml) return value.value;
  if (Array.isArray(value)) return value.map(piece).join('');
  return escapeHtml(String(value));
}

/**
 * Tagged template for report markup: every interpolated string is HTML-escaped unless it is
 * SafeHtml made by another `html` call, so dataset text cannot become markup by omission.
 * Interpolations belong in element content or in double-quoted attribute values only.
 * (The lit-html / `htm` convention, without a DOM.)
 *
 * @example
 * html`<td title="${'a"b'}">${'<b>'}</td>`.value;
 * // '<td title="a&quot;b">&lt;b&gt;</td>'
 */
export function html(strings: TemplateStringsArray, ...values: HtmlValue[]): SafeHtml {
  let out = strings[0];
  for (let i = 0; i < values.length; i++) out += piece(values[i]) + strings[i + 1];
  return new SafeHtml(out);
}
