import { describe, expect, it } from 'vitest';
import { BiasConfigSchema, type BiasConfig } from './config.js';
import { compileLexicon } from './compile-lexicon.js';
import { firstNames } from './first-names.js';
import type { DimensionLexicon } from './lexicons/types.js';
import type { CompiledLexicon } from './types.js';

const settings = (input: Record<string, unknown> = {}): BiasConfig => BiasConfigSchema.parse(input);
const names = firstNames();

const SMALL: DimensionLexicon[] = [
  { dimension: 'gender', groups: { female: ['she', 'woman'], male: ['he', 'man'] }, swaps: [['he', 'she'], ['man', 'woman']] },
  { dimension: 'religion', groups: { christian: ['christian', 'church'], muslim: ['muslim', 'mosque'] }, swaps: [['church', 'mosque']] },
];

const groupNames = (lex: CompiledLexicon) => lex.groups.map((g) => `${g.dimension}/${g.group}`);
const isName = (lex: CompiledLexicon, token: string) => lex.byFirstToken.get(token)?.some((e) => e.name) ?? false;
const termsOf = (lex: CompiledLexicon, dimension: string, group: string) => lex.groups.find((g) => g.dimension === dimension && g.group === group)?.terms;

describe('compileLexicon', () => {
  it('has the seven built-in dimensions in report order, with female, male, non-binary and transgender gender groups', () => {
    const lex = compileLexicon(settings(), names);
    expect(lex.dimensions).toEqual(['gender', 'race-ethnicity', 'religion', 'age', 'nationality', 'sexual-orientation', 'disability']);
    expect(lex.groupsOf[0].map((g) => lex.groups[g].group)).toEqual(['female', 'male', 'non-binary', 'transgender']);
    expect(lex.swaps[0].get('she')).toBe('he');
    expect(lex.swaps[0].get('her')).toBe('his|him');
    expect(lex.swaps[2].get('muslim')).toBe('christian');
  });

  it('counts first names of one list only, minus ambiguous, short, stopword and term names', () => {
    const lex = compileLexicon(settings(), names);
    // 419 names are in both @stdlib lists once lowercased ('alex', 'ashley', …).
    expect(lex.nameCounts.ambiguous).toBe(419);
    expect(isName(lex, 'mary')).toBe(true);
    expect(isName(lex, 'john')).toBe(true);
    expect(isName(lex, 'alex')).toBe(false); // in both lists
    expect(isName(lex, 'will')).toBe(false); // a common word (name-stopwords.ts)
    expect(isName(lex, 'hope')).toBe(false);
    expect(isName(lex, 'al')).toBe(false); // two letters
    expect(isName(lex, 'christian')).toBe(false); // a religion term
    expect(lex.byFirstToken.get('christian')?.map((e) => lex.dimensions[e.dimensionIndex])).toEqual(['religion']);
    expect(lex.nameCounts.female + lex.nameCounts.male + lex.nameCounts.excluded).toBe(names.female.length + names.male.length - 2 * 419);
    const female = lex.groups.find((g) => g.group === 'female');
    expect(female?.names).toBe(lex.nameCounts.female);
  });

  it('swaps a first name with an everyday name of the other gender, in its list spelling', () => {
    const lex = compileLexicon(settings(), names);
    const partner = lex.nameSwaps.get('mary') as string;
    expect(partner).toMatch(/^[A-Z][a-z]+$/);
    expect(isName(lex, partner.toLowerCase())).toBe(true);
    expect(lex.byFirstToken.get(partner.toLowerCase())?.[0].groups.map((g) => lex.groups[g].group)).toEqual(['male']);
    // Everyday names pair both ways.
    expect(lex.nameSwaps.get(partner.toLowerCase())).toBe('Mary');
  });

  it('merges the config groups into the built-in ones and adds new groups and dimensions', () => {
    const lex = compileLexicon(settings({ groups: { gender: { female: ['Gal Pal'], agender: ['agender folk'] }, caste: { dalit: ['dalit', 'dalits'] } } }), null, SMALL);
    expect(groupNames(lex)).toEqual(['gender/female', 'gender/male', 'gender/agender', 'religion/christian', 'religion/muslim', 'caste/dalit']);
    expect(termsOf(lex, 'gender', 'female')).toEqual(['she', 'woman', 'gal pal']);
    expect(lex.swaps[0].get('he')).toBe('she'); // built-in swaps kept
  });

  it("replaces a named dimension's groups, swaps and names, leaving the others built-in", () => {
    const lex = compileLexicon(settings({ groupsMode: 'replace', groups: { gender: { women: ['woman', 'women'], men: ['man'] } } }), names, SMALL);
    expect(groupNames(lex)).toEqual(['gender/women', 'gender/men', 'religion/christian', 'religion/muslim']);
    expect(lex.swaps[0].size).toBe(0);
    expect(lex.nameCounts.female).toBe(0);
    expect(isName(lex, 'mary')).toBe(false);
    expect(termsOf(lex, 'religion', 'muslim')).toEqual(['muslim', 'mosque']);
  });

  it('keeps and orders the dimensions the config lists, and refuses an unknown one', () => {
    const lex = compileLexicon(settings({ dimensions: ['religion', 'gender'] }), null, SMALL);
    expect(lex.dimensions).toEqual(['religion', 'gender']);
    expect(() => compileLexicon(settings({ dimensions: ['caste'] }), null, SMALL)).toThrow(/bias.dimensions names 'caste', not a dimension \(known: gender, religion\)/);
  });

  it('puts the config swaps before the built-in ones, and refuses swaps of an unknown dimension', () => {
    const lex = compileLexicon(settings({ swaps: { religion: [['church', 'temple']] } }), null, SMALL);
    expect(lex.swaps[1].get('church')).toBe('temple');
    expect(lex.swaps[1].get('mosque')).toBe('church'); // from the built-in pair, 'mosque' had none yet
    expect(() => compileLexicon(settings({ swaps: { caste: [['a', 'b']] } }), null, SMALL)).toThrow(/bias.swaps names the dimension 'caste'/);
  });

  it('normalises terms with the project tokenizer and refuses a term with no word characters', () => {
    const lex = compileLexicon(settings({ groups: { gender: { female: ['  Mother-In-Law ', 'SHE’S'] } } }), null, SMALL);
    expect(termsOf(lex, 'gender', 'female')).toEqual(['she', 'woman', 'mother-in-law', "she's"]);
    expect(() => compileLexicon(settings({ groups: { gender: { female: ['!!!'] } } }), null, SMALL)).toThrow(/bias.groups.gender.female has the term "!!!", which has no word characters/);
  });

  it('never counts ignored terms, as terms or as names', () => {
    const lex = compileLexicon(settings({ ignoreTerms: ['Woman', 'mary'] }), names);
    expect(lex.byFirstToken.get('woman')).toBeUndefined();
    expect(isName(lex, 'mary')).toBe(false);
  });

  it('leaves names out when names is off or no name lists are given', () => {
    expect(compileLexicon(settings({ names: false }), names).nameCounts.female).toBe(0);
    expect(compileLexicon(settings(), null).nameSwaps.size).toBe(0);
  });

  it('indexes a term found in two groups of one dimension once, marking both groups', () => {
    const lex = compileLexicon(settings({ groups: { gender: { male: ['woman'] } } }), null, SMALL);
    const entry = lex.byFirstToken.get('woman');
    expect(entry).toHaveLength(1);
    expect(entry?.[0].groups.map((g) => lex.groups[g].group)).toEqual(['female', 'male']);
  });
});
