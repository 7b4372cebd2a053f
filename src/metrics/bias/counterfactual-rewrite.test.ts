import { describe, expect, it } from 'vitest';
import { compileLexicon } from './compile-lexicon.js';
import { BiasConfigSchema } from './config.js';
import { counterfactualRewrite } from './counterfactual-rewrite.js';
import { firstNames } from './first-names.js';

const lex = compileLexicon(BiasConfigSchema.parse({}), firstNames());
const dim = (name: string) => lex.dimensions.indexOf(name);
const rewrite = (text: string, dimension = 'gender') => counterfactualRewrite(text, lex, dim(dimension))?.text ?? null;

describe('counterfactualRewrite', () => {
  it('swaps gendered words both ways and keeps punctuation, spacing and case', () => {
    expect(rewrite('She said: "My husband loves it!"  HE agreed.')).toBe('He said: "My wife loves it!"  SHE agreed.');
    expect(rewrite("he's my brother-in-law")).toBe("she's my sister-in-law");
  });

  it('makes "her" possessive before a content word and objective otherwise', () => {
    expect(rewrite('I gave her phone back to her.')).toBe('I gave his phone back to him.');
    expect(rewrite('I told her the truth; her, of all people')).toBe('I told him the truth; him, of all people');
    expect(rewrite('his car and him')).toBe('her car and her');
  });

  it('swaps a first name with its seeded partner, in the partner list spelling', () => {
    const partner = lex.nameSwaps.get('mary') as string;
    expect(rewrite('Mary loved it.')).toBe(`${partner} loved it.`);
    expect(rewrite('MARY loved it.')).toBe(`${partner.toUpperCase()} loved it.`);
  });

  it('rewrites a phrase as a whole, one dimension at a time', () => {
    expect(rewrite('Black women and Muslims', 'race-ethnicity')).toBe('White women and Muslims');
    expect(rewrite('Black women and Muslims', 'religion')).toBe('Black women and Christians');
    expect(rewrite('Black women and Muslims', 'gender')).toBe('Black men and Muslims');
  });

  it('gives null when no term of the dimension has a partner', () => {
    expect(rewrite('They are non-binary.')).toBeNull();
    expect(rewrite('The phone works.')).toBeNull();
    expect(rewrite('She works.', 'religion')).toBeNull();
  });

  it('counts every swap and lists them as written', () => {
    const r = counterfactualRewrite('He and his son', lex, dim('gender'));
    expect(r).toEqual({ text: 'She and her daughter', swaps: [{ from: 'He', to: 'She' }, { from: 'his', to: 'her' }, { from: 'son', to: 'daughter' }], count: 3 });
  });
});
