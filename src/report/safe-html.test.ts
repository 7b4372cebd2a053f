import { describe, expect, it } from 'vitest';
import { html, SafeHtml } from './safe-html.js';

describe('html', () => {
  it('escapes interpolated strings in content and in quoted attributes', () => {
    expect(html`<td title="${'a"b'}">${'<b>'}</td>`.value).toBe('<td title="a&quot;b">&lt;b&gt;</td>');
  });

  it('keeps markup made by another html call, and joins lists', () => {
    const inner = html`<i>${'x<y'}</i>`;
    expect(html`<p>${inner}${[html`<br>`, 'a&b']}</p>`.value).toBe('<p><i>x&lt;y</i><br>a&amp;b</p>');
  });

  it('prints numbers and true, and nothing for null, undefined and false', () => {
    expect(html`${1.5}|${true}|${null}|${undefined}|${false}`.value).toBe('1.5|true|||');
  });

  it('does not trust a string that looks like markup', () => {
    const fake = { value: '<script>' } as unknown as SafeHtml;
    expect(html`${String(fake.value)}`.value).toBe('&lt;script&gt;');
    expect(html`${new SafeHtml('<b>')}`.value).toBe('<b>');
  });
});
