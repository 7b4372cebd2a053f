import { describe, expect, it } from 'vitest';
import { jsonForScript } from './json-for-script.js';

describe('jsonForScript', () => {
  it('writes every < as \\u003c so no </script> or <!-- can end the element', () => {
    const out = jsonForScript({ text: '</script><script>alert(1)</script>', c: '<!-- x -->' });
    expect(out).toBe('{"text":"\\u003c/script>\\u003cscript>alert(1)\\u003c/script>","c":"\\u003c!-- x -->"}');
    expect(out).not.toContain('<');
  });

  it('parses back to the same value (JSON.parse, as the page does)', () => {
    // Python 3.11 json.loads of the first output above gives the same text back.
    const value = { a: ['<', '>', '&', '\u2028', '\u2029', 'é'], n: 1.5, z: null };
    expect(JSON.parse(jsonForScript(value))).toEqual(value);
    expect(jsonForScript('\u2028')).toBe('"\\u2028"');
  });

  it('writes null for a value JSON cannot hold', () => {
    expect(jsonForScript(undefined)).toBe('null');
  });
});
