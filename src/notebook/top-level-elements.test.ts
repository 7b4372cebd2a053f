import { describe, expect, it } from 'vitest';
import { topLevelElements } from './top-level-elements.js';

describe('topLevelElements', () => {
  it('splits a fragment into its top-level elements, nested and void elements kept inside', () => {
    expect(topLevelElements('<section id="a"><p>x<br>y</p><section><b>n</b></section></section>\n<footer>z</footer>')).toEqual([
      { tag: 'section', id: 'a', markup: '<section id="a"><p>x<br>y</p><section><b>n</b></section></section>' },
      { tag: 'footer', id: null, markup: '<footer>z</footer>' },
    ]);
  });

  it('keeps a top-level void element and ignores escaped text that looks like a tag', () => {
    expect(topLevelElements('<hr><p title="a&gt;b">&lt;section id="x"&gt;</p>')).toEqual([
      { tag: 'hr', id: null, markup: '<hr>' },
      { tag: 'p', id: null, markup: '<p title="a&gt;b">&lt;section id="x"&gt;</p>' },
    ]);
  });

  it('finds nothing in plain text', () => {
    expect(topLevelElements('just text')).toEqual([]);
  });
});
