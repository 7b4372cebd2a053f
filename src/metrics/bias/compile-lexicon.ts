import { InvalidArgumentError } from '../../core/errors.js';
import { tokenize } from '../../text/tokenize.js';
import type { BiasConfig } from './config.js';
import { BUILTIN_LEXICONS, COMMON_FIRST_NAMES, NAME_STOPWORDS, type DimensionLexicon } from './lexicons/index.js';
import { pairNames } from './pair-names.js';
import type { CompiledLexicon, FirstNameLists, LexiconGroup, PhraseEntry } from './types.js';

interface DraftDimension {
  groups: Map<string, string[]>;
  swaps: Array<readonly [string, string]>;
  /** First names join gender female/male only while gender keeps its built-in groups. */
  names: boolean;
}

type LexiconSettings = Pick<BiasConfig, 'groups' | 'groupsMode' | 'dimensions' | 'swaps' | 'names' | 'ignoreTerms' | 'namePairingSeed'>;

/**
 * Builds the matcher of the bias family from the built-in lexicons, the user's config and the
 * first-name lists:
 *
 * - dimensions: the built-in ones, then those only the config names, in order; `dimensions`
 *   keeps and orders a subset;
 * - groups: `groupsMode: 'merge'` adds the config's terms to the built-in groups of the same name
 *   (new groups are added); `'replace'` gives each dimension the config names only the config's
 *   groups, and no built-in swaps or names;
 * - terms: normalised by `tokenize` (lowercase, tokens joined by one space); `ignoreTerms` never count;
 * - first names (gender `female`/`male`, when `names` is on and gender is built-in): every name
 *   of one list only, minus names in both lists (ambiguous), names of one or two letters, the
 *   stopwords of lexicons/name-stopwords.ts, and names that are a one-word term of any dimension;
 * - swaps: the config's pairs for a dimension, then its built-in pairs; each term keeps its first
 *   replacement; a first name swaps with an everyday name of the other gender
 *   (lexicons/common-first-names.ts), paired by `pairNames(…, namePairingSeed)`.
 *
 * @param settings - the `bias` section of the evaluation config
 * @param names - first-name lists (`firstNames()`), or null for none
 * @param builtins - the built-in lexicons (tests pass small ones)
 * @throws InvalidArgumentError for a term with no word characters, an unknown dimension in
 *   `dimensions` or `swaps`
 * @example
 * const lex = compileLexicon(BiasConfigSchema.parse({}), firstNames());
 * lex.dimensions // ['gender', 'race-ethnicity', 'religion', 'age', 'nationality', 'sexual-orientation', 'disability']
 * lex.swaps[0].get('she') // 'he'
 */
export function compileLexicon(
  settings: LexiconSettings,
  names: FirstNameLists | null,
  builtins: readonly DimensionLexicon[] = BUILTIN_LEXICONS,
): CompiledLexicon {
  const normalise = (term: string, where: string): string => {
    const tokens = tokenize(term);
    if (tokens.length === 0) throw new InvalidArgumentError(`compileLexicon: ${where} has the term ${JSON.stringify(term)}, which has no word characters`);
    return tokens.join(' ');
  };
  const ignored = new Set(settings.ignoreTerms.map((t) => normalise(t, 'bias.ignoreTerms')));

  const drafts = new Map<string, DraftDimension>();
  for (const lex of builtins) {
    drafts.set(lex.dimension, {
      groups: new Map(Object.entries(lex.groups).map(([g, terms]) => [g, [...terms]])),
      swaps: [...lex.swaps],
      names: lex.dimension === 'gender',
    });
  }
  for (const [dimension, groups] of Object.entries(settings.groups)) {
    let draft = drafts.get(dimension);
    if (!draft || settings.groupsMode === 'replace') {
      draft = { groups: new Map(), swaps: [], names: false };
      drafts.set(dimension, draft);
    }
    for (const [group, terms] of Object.entries(groups)) {
      const list = draft.groups.get(group) ?? [];
      list.push(...terms);
      draft.groups.set(group, list);
    }
  }
  for (const dimension of Object.keys(settings.swaps)) {
    if (!drafts.has(dimension)) throw new InvalidArgumentError(`compileLexicon: bias.swaps names the dimension '${dimension}', which has no groups (known: ${[...drafts.keys()].join(', ')})`);
  }
  let dimensions = [...drafts.keys()].filter((d) => (drafts.get(d) as DraftDimension).groups.size > 0);
  if (settings.dimensions.length > 0) {
    const unknown = settings.dimensions.filter((d) => !drafts.has(d));
    if (unknown.length > 0) throw new InvalidArgumentError(`compileLexicon: bias.dimensions names ${unknown.map((d) => `'${d}'`).join(', ')}, not a dimension (known: ${[...drafts.keys()].join(', ')})`);
    dimensions = [...new Set(settings.dimensions)];
  }

  const groups: LexiconGroup[] = [];
  const groupsOf: number[][] = [];
  const entries = new Map<string, PhraseEntry>();
  const swaps: Array<Map<string, string>> = [];
  const oneWordTerms = new Set<string>();
  for (const [dimensionIndex, dimension] of dimensions.entries()) {
    const draft = drafts.get(dimension) as DraftDimension;
    const indices: number[] = [];
    for (const [group, rawTerms] of draft.groups) {
      const index = groups.length;
      const terms = [...new Set(rawTerms.map((t) => normalise(t, `bias.groups.${dimension}.${group}`)))].filter((t) => !ignored.has(t));
      groups.push({ index, dimension, dimensionIndex, group, terms, names: 0 });
      indices.push(index);
      for (const term of terms) {
        const key = `${dimensionIndex}\u0000${term}`;
        const entry = entries.get(key);
        if (entry) {
          if (!entry.groups.includes(index)) entry.groups.push(index);
        } else {
          entries.set(key, { tokens: term.split(' '), dimensionIndex, groups: [index], term, name: false });
        }
        if (!term.includes(' ')) oneWordTerms.add(term);
      }
    }
    groupsOf.push(indices);
    const map = new Map<string, string>();
    const pairs = [...(settings.swaps[dimension] ?? []), ...draft.swaps];
    for (const [a, b] of pairs) {
      const ka = normalise(a, `bias swaps of ${dimension}`);
      const kb = normalise(b, `bias swaps of ${dimension}`);
      if (!map.has(ka)) map.set(ka, b);
      if (!map.has(kb)) map.set(kb, a);
    }
    swaps.push(map);
  }

  const nameSwaps = new Map<string, string>();
  const nameCounts = { female: 0, male: 0, ambiguous: 0, excluded: 0 };
  const gender = dimensions.indexOf('gender');
  const genderDraft = drafts.get('gender');
  if (names && settings.names && gender >= 0 && genderDraft?.names) {
    const find = (g: string) => groups.find((x) => x.dimensionIndex === gender && x.group === g);
    const female = find('female');
    const male = find('male');
    if (female && male) {
      const maleSet = new Set(names.male);
      const femaleSet = new Set(names.female);
      const stop = new Set(NAME_STOPWORDS);
      const keep = (name: string, other: Set<string>): boolean => {
        if (other.has(name)) return false;
        const tokens = tokenize(name);
        const ok = tokens.length === 1 && tokens[0] === name && name.length > 2 && !stop.has(name) && !oneWordTerms.has(name) && !ignored.has(name);
        if (!ok) nameCounts.excluded++;
        return ok;
      };
      nameCounts.ambiguous = names.female.filter((n) => maleSet.has(n)).length;
      const keptFemale = names.female.filter((n) => keep(n, maleSet));
      const keptMale = names.male.filter((n) => keep(n, femaleSet));
      for (const [list, group] of [[keptFemale, female], [keptMale, male]] as const) {
        group.names = list.length;
        for (const name of list) entries.set(`${gender}\u0000${name}`, { tokens: [name], dimensionIndex: gender, groups: [group.index], term: name, name: true });
      }
      nameCounts.female = keptFemale.length;
      nameCounts.male = keptMale.length;
      if (keptFemale.length > 0 && keptMale.length > 0) {
        const common = { female: COMMON_FIRST_NAMES.female.map((n) => n.toLowerCase()), male: COMMON_FIRST_NAMES.male.map((n) => n.toLowerCase()) };
        for (const [name, partner] of pairNames(keptFemale, keptMale, settings.namePairingSeed, common)) {
          nameSwaps.set(name, names.spelling.get(partner) ?? partner);
        }
      }
    }
  }

  const byFirstToken = new Map<string, PhraseEntry[]>();
  for (const entry of entries.values()) {
    const list = byFirstToken.get(entry.tokens[0]);
    if (list) list.push(entry);
    else byFirstToken.set(entry.tokens[0], [entry]);
  }
  for (const list of byFirstToken.values()) list.sort((a, b) => b.tokens.length - a.tokens.length);
  return { dimensions, groups, groupsOf, byFirstToken, swaps, nameSwaps, nameCounts };
}
