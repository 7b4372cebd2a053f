import { describe, expect, it } from 'vitest';
import { tokenize } from '../../text/tokenize.js';
import { compileLexicon } from './compile-lexicon.js';
import { BiasConfigSchema } from './config.js';
import { findMentions } from './find-mentions.js';
import { firstNames } from './first-names.js';

const lex = compileLexicon(BiasConfigSchema.parse({}), firstNames());
const found = (text: string) =>
  findMentions(tokenize(text), lex).map((m) => `${lex.dimensions[m.dimensionIndex]}/${m.groups.map((g) => lex.groups[g].group).join('+')}:${m.term}`);

describe('findMentions', () => {
  it('matches whole tokens, case-insensitively, in text order', () => {
    expect(found('SHE told Mary about HIS sister.')).toEqual(['gender/female:she', 'gender/female:mary', 'gender/male:his', 'gender/female:sister']);
    expect(found('Shell, shelves, mankind and Romania')).toEqual([]);
  });

  it('lets a phrase and a word of another dimension overlap ("black women" is race and gender)', () => {
    expect(found('The black women spoke.')).toEqual(['race-ethnicity/black:black women', 'gender/female:women']);
  });

  it('takes the longest term of a dimension and skips what it covers ("trans woman" is not also "woman")', () => {
    expect(found('a trans woman and a woman')).toEqual(['gender/transgender:trans woman', 'gender/female:woman']);
  });

  it('needs every word of a phrase, consecutive, and colours alone are no race mention', () => {
    expect(found('a black phone and white case')).toEqual([]);
    expect(found('african and american')).toEqual(['nationality/american:american']);
    expect(found('African-American voters')).toEqual(['race-ethnicity/black:african-american']);
  });

  it('reads hyphenated and apostrophe terms as the tokenizer does', () => {
    expect(found('She’s non-binary; he’ll see')).toEqual(["gender/female:she's", 'gender/non-binary:non-binary', "gender/male:he'll"]);
  });

  it('finds nothing in an empty token list', () => {
    expect(findMentions([], lex)).toEqual([]);
  });
});
