import { describe, expect, it } from 'vitest';
import { firstNames } from './first-names.js';

describe('firstNames', () => {
  it('reads the @stdlib 0.2.3 lists, lowercased and deduplicated, with their spelling', () => {
    const n = firstNames();
    // 4,951 female and 3,898 male entries (package README), 7 and 1 of them repeated in another case.
    expect(n.female).toHaveLength(4944);
    expect(n.male).toHaveLength(3897);
    expect(n.female).toContain('mary');
    expect(n.male).toContain('john');
    expect(n.spelling.get('mary')).toBe('Mary');
    expect(n.spelling.get('anne-marie')).toBe('Anne-Marie');
    const male = new Set(n.male);
    expect(n.female.filter((x) => male.has(x))).toHaveLength(419);
  });
});
