import { describe, expect, it } from 'vitest';
import { safeSnippet } from './safe-snippet.js';

describe('safeSnippet', () => {
  it('masks what the detectors find and any other run of seven or more digits, keeping the last two', () => {
    expect(safeSnippet('2optout 087187262701.50gbp, or mail ann@example.org')).toBe('2optout [digits ****50]gbp, or mail [email a***@***.org]');
  });

  it('leaves short numbers alone (prices, years, codes under seven digits)', () => {
    expect(safeSnippet('From ONLY £1 in 2004, code 89545')).toBe('From ONLY £1 in 2004, code 89545');
  });

  it('cuts at 300 characters with an ellipsis', () => {
    const s = safeSnippet('a'.repeat(400));
    expect(s).toHaveLength(300);
    expect(s.endsWith('…')).toBe(true);
  });
});
