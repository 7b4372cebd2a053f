import { describe, expect, it } from 'vitest';
import { compileLexicon } from './compile-lexicon.js';
import { BiasConfigSchema } from './config.js';
import { countByLabel } from './count-by-label.js';
import { labelStrata } from './label-strata.js';
import { rowGroups } from './row-groups.js';

const lex = compileLexicon(BiasConfigSchema.parse({}), null, [
  { dimension: 'gender', groups: { female: ['she', 'woman'], male: ['he'] }, swaps: [] },
  { dimension: 'religion', groups: { muslim: ['muslim'] }, swaps: [] },
]);

describe('rowGroups, labelStrata and countByLabel', () => {
  it('lists the groups each row mentions, once each, sorted', () => {
    const rows = rowGroups([['she', 'and', 'the', 'woman'], ['fine'], ['he', 'muslim', 'she'], []], lex);
    expect(Array.from(rows.offsets)).toEqual([0, 1, 1, 4, 4]);
    expect(Array.from(rows.groups)).toEqual([0, 0, 1, 2]);
  });

  it('groups row indices by label, leaving out other labels and null', () => {
    expect(labelStrata(['pos', null, 'neg', 'pos', 'odd'], ['neg', 'pos'])).toEqual([[2], [0, 3]]);
    expect(labelStrata([], ['a'])).toEqual([[]]);
  });

  it('counts the rows of each label that mention each group', () => {
    const rows = rowGroups([['she'], ['he'], ['she', 'he'], ['nothing']], lex);
    expect(Array.from(countByLabel(rows, [[0, 1], [2, 3]], lex.groups.length))).toEqual([1, 1, 0, 1, 1, 0]);
  });
});
