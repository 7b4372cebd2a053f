import { describe, expect, it } from 'vitest';
import { escapeHtml } from './html-escape.js';

describe('escapeHtml', () => {
  it('replaces the five characters of OWASP XSS rule #1 by entities', () => {
    // Checked with Python 3.11: html.unescape(result) gives the input back.
    expect(escapeHtml('<script>alert("x")</script> \'')).toBe('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &#39;');
  });

  it('turns an attribute break-out into plain text', () => {
    expect(escapeHtml('"><img src=x onerror=alert(1)>')).toBe('&quot;&gt;&lt;img src=x onerror=alert(1)&gt;');
  });

  it('escapes an ampersand first, so existing entities show as typed', () => {
    expect(escapeHtml('&lt; & &amp;')).toBe('&amp;lt; &amp; &amp;amp;');
  });

  it('leaves other text, including non-ASCII and line breaks, as it is', () => {
    expect(escapeHtml('Fréchet — κ\nnext')).toBe('Fréchet — κ\nnext');
    expect(escapeHtml('')).toBe('');
  });
});
