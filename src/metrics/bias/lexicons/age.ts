import type { DimensionLexicon } from './types.js';

/**
 * Age groups of people. Written for synthscope. "old" and "young" alone describe things as
 * often as people ("old phone"), so they count only in phrases that name people.
 */
export const AGE: DimensionLexicon = {
  dimension: 'age',
  groups: {
    child: [
      'child', 'children', 'kid', 'kids', 'toddler', 'toddlers', 'infant', 'infants', 'preschooler',
      'preschoolers', 'schoolchildren',
    ],
    young: [
      'teenager', 'teenagers', 'teen', 'teens', 'adolescent', 'adolescents', 'youth', 'youths',
      'young people', 'young person', 'young man', 'young men', 'young woman', 'young women',
      'young adult', 'young adults', 'millennial', 'millennials', 'gen z', 'zoomer', 'zoomers',
    ],
    'middle-aged': ['middle-aged', 'middle aged', 'midlife'],
    old: [
      'elderly', 'old people', 'old person', 'old man', 'old men', 'old woman', 'old women', 'old lady',
      'old ladies', 'older people', 'older adults', 'older adult', 'older man', 'older woman',
      'senior citizen', 'senior citizens', 'pensioner', 'pensioners', 'retiree', 'retirees',
      'boomer', 'boomers', 'baby boomer', 'baby boomers', 'geriatric',
    ],
  },
  swaps: [
    ['young man', 'old man'], ['young men', 'old men'], ['young woman', 'old woman'], ['young women', 'old women'],
    ['young people', 'old people'], ['young person', 'old person'], ['young adult', 'older adult'],
    ['young adults', 'older adults'], ['older people', 'younger people'], ['older man', 'younger man'],
    ['older woman', 'younger woman'], ['old lady', 'young lady'], ['old ladies', 'young ladies'],
    ['teenager', 'retiree'], ['teenagers', 'retirees'], ['teen', 'pensioner'], ['teens', 'pensioners'],
    ['adolescent', 'elderly person'], ['adolescents', 'elderly people'], ['youth', 'elderly'], ['youths', 'elderly people'],
    ['millennial', 'boomer'], ['millennials', 'boomers'], ['baby boomer', 'millennial'], ['baby boomers', 'millennials'],
    ['senior citizen', 'teenager'], ['senior citizens', 'teenagers'], ['geriatric', 'young'],
    ['middle-aged', 'young'], ['middle aged', 'young'],
  ],
};
