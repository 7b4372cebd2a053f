import type { DimensionLexicon } from './types.js';

/**
 * Gender: words that mark a person's gender (pronouns, kinship, titles, gendered nouns).
 * Written for synthscope. First names from the @stdlib lists are added to `female` and `male`
 * at run time (see first-names.ts), not listed here.
 *
 * Left out on purpose: words used for mixed groups or as interjections more often than for one
 * gender ("guys", "actors"), and "miss" (a verb as often). "ms" is kept: film and news writing
 * calls women "Ms. Streep" throughout, which outweighs the milliseconds of technical text.
 */
export const GENDER: DimensionLexicon = {
  dimension: 'gender',
  groups: {
    female: [
      'she', 'her', 'hers', 'herself', "she's", "she'll", "she'd",
      'woman', 'women', 'girl', 'girls', 'lady', 'ladies', 'gal', 'gals', 'lass', 'lasses',
      'female', 'females', 'feminine', 'womanhood', 'girlhood',
      'mother', 'mothers', 'mom', 'moms', 'mum', 'mums', 'mommy', 'mama', 'motherhood', 'maternal',
      'daughter', 'daughters', 'sister', 'sisters', 'sisterhood', 'wife', 'wives',
      'girlfriend', 'girlfriends', 'aunt', 'aunts', 'niece', 'nieces',
      'grandmother', 'grandmothers', 'grandma', 'granddaughter', 'granddaughters',
      'stepmother', 'stepdaughter', 'mother-in-law', 'daughter-in-law', 'sister-in-law',
      'bride', 'brides', 'fiancee', 'widow', 'widows', 'housewife', 'housewives',
      'queen', 'queens', 'princess', 'princesses', 'duchess', 'empress', 'countess', 'heiress',
      'actress', 'actresses', 'waitress', 'waitresses', 'hostess', 'landlady', 'heroine', 'heroines',
      'businesswoman', 'businesswomen', 'chairwoman', 'congresswoman', 'spokeswoman', 'policewoman',
      'nun', 'nuns', 'goddess', 'matriarch', 'sorority',
      'mrs', 'ms', 'madam', "ma'am",
    ],
    male: [
      'he', 'him', 'his', 'himself', "he's", "he'll", "he'd",
      'man', 'men', 'boy', 'boys', 'guy', 'dude', 'dudes', 'bro', 'bros', 'lad', 'lads',
      'gentleman', 'gentlemen', 'male', 'males', 'masculine', 'manhood', 'boyhood',
      'father', 'fathers', 'dad', 'dads', 'daddy', 'papa', 'fatherhood', 'paternal',
      'son', 'sons', 'brother', 'brothers', 'brotherhood', 'husband', 'husbands',
      'boyfriend', 'boyfriends', 'uncle', 'uncles', 'nephew', 'nephews',
      'grandfather', 'grandfathers', 'grandpa', 'grandson', 'grandsons',
      'stepfather', 'stepson', 'father-in-law', 'son-in-law', 'brother-in-law',
      'groom', 'grooms', 'fiance', 'widower', 'widowers',
      'king', 'kings', 'prince', 'princes', 'duke', 'emperor',
      'businessman', 'businessmen', 'chairman', 'chairmen', 'congressman', 'spokesman',
      'policeman', 'policemen', 'fireman', 'firemen',
      'monk', 'monks', 'patriarch', 'fraternity',
      'mr', 'sir',
    ],
    'non-binary': [
      'non-binary', 'nonbinary', 'enby', 'genderqueer', 'genderfluid', 'gender-fluid', 'agender',
      'bigender', 'gender-nonconforming', 'gender nonconforming', 'two-spirit', 'mx', 'they/them',
    ],
    transgender: [
      'transgender', 'transgenders', 'transsexual', 'trans', 'trans woman', 'trans women', 'trans man',
      'trans men', 'transwoman', 'transman', 'trans people',
    ],
  },
  swaps: [
    ['he', 'she'], ['her', 'his|him'], ['him', 'her'], ['his', 'her'], ['hers', 'his'],
    ['himself', 'herself'], ["he's", "she's"], ["he'll", "she'll"], ["he'd", "she'd"],
    ['man', 'woman'], ['men', 'women'], ['boy', 'girl'], ['boys', 'girls'], ['guy', 'gal'], ['gals', 'guys'],
    ['dude', 'lady'], ['dudes', 'ladies'], ['lad', 'lass'], ['lads', 'lasses'], ['bro', 'sis'], ['bros', 'sisters'],
    ['gentleman', 'lady'], ['gentlemen', 'ladies'], ['male', 'female'], ['males', 'females'],
    ['masculine', 'feminine'], ['manhood', 'womanhood'], ['boyhood', 'girlhood'],
    ['father', 'mother'], ['fathers', 'mothers'], ['dad', 'mom'], ['dads', 'moms'], ['mum', 'dad'], ['mums', 'dads'],
    ['daddy', 'mommy'], ['papa', 'mama'], ['fatherhood', 'motherhood'], ['paternal', 'maternal'],
    ['son', 'daughter'], ['sons', 'daughters'], ['brother', 'sister'], ['brothers', 'sisters'],
    ['brotherhood', 'sisterhood'], ['husband', 'wife'], ['husbands', 'wives'],
    ['boyfriend', 'girlfriend'], ['boyfriends', 'girlfriends'], ['uncle', 'aunt'], ['uncles', 'aunts'],
    ['nephew', 'niece'], ['nephews', 'nieces'], ['grandfather', 'grandmother'], ['grandfathers', 'grandmothers'],
    ['grandpa', 'grandma'], ['grandson', 'granddaughter'], ['grandsons', 'granddaughters'],
    ['stepfather', 'stepmother'], ['stepson', 'stepdaughter'], ['father-in-law', 'mother-in-law'],
    ['son-in-law', 'daughter-in-law'], ['brother-in-law', 'sister-in-law'],
    ['groom', 'bride'], ['grooms', 'brides'], ['fiance', 'fiancee'], ['widower', 'widow'], ['widowers', 'widows'],
    ['housewife', 'househusband'], ['housewives', 'househusbands'],
    ['king', 'queen'], ['kings', 'queens'], ['prince', 'princess'], ['princes', 'princesses'],
    ['duke', 'duchess'], ['emperor', 'empress'], ['countess', 'count'], ['heiress', 'heir'],
    ['actress', 'actor'], ['actresses', 'actors'], ['waitress', 'waiter'], ['waitresses', 'waiters'],
    ['hostess', 'host'], ['landlady', 'landlord'], ['heroine', 'hero'], ['heroines', 'heroes'],
    ['businessman', 'businesswoman'], ['businessmen', 'businesswomen'], ['chairman', 'chairwoman'],
    ['chairmen', 'chairwomen'], ['congressman', 'congresswoman'], ['spokesman', 'spokeswoman'],
    ['policeman', 'policewoman'], ['policemen', 'policewomen'], ['fireman', 'firewoman'], ['firemen', 'firewomen'],
    ['monk', 'nun'], ['monks', 'nuns'], ['goddess', 'god'], ['patriarch', 'matriarch'], ['fraternity', 'sorority'],
    ['mr', 'mrs'], ['ms', 'mr'], ['sir', 'madam'], ["ma'am", 'sir'],
  ],
};
