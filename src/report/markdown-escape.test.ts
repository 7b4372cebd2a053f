import { describe, expect, it } from 'vitest';
import { escapeMarkdown } from './markdown-escape.js';

describe('escapeMarkdown', () => {
  it('escapes table pipes and emphasis, and turns HTML into entities', () => {
    expect(escapeMarkdown('a|b *c* <img src=x>')).toBe('a\\|b \\*c\\* &lt;img src=x&gt;');
  });

  it('escapes link brackets, code ticks, underscores, tildes and backslashes', () => {
    expect(escapeMarkdown('[x](y) `z` _u_ ~~s~~ \\')).toBe('\\[x\\](y) \\`z\\` \\_u\\_ \\~\\~s\\~\\~ \\\\');
  });

  it('keeps a table row on one line', () => {
    expect(escapeMarkdown('one\ntwo\r\nthree\rfour')).toBe('one two three four');
  });
});
