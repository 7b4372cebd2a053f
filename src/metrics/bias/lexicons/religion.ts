import type { DimensionLexicon } from './types.js';

/**
 * Religion: adherents, the religion's name and its common institutions. Written for synthscope.
 * Exclamations ("jesus", "god") are left out: in reviews and tweets they rarely mark a religion.
 */
export const RELIGION: DimensionLexicon = {
  dimension: 'religion',
  groups: {
    christian: [
      'christian', 'christians', 'christianity', 'catholic', 'catholics', 'catholicism', 'protestant',
      'protestants', 'evangelical', 'evangelicals', 'baptist', 'baptists', 'methodist', 'lutheran', 'mormon',
      'mormons', 'church', 'churches', 'bible', 'pastor', 'priest', 'priests',
    ],
    muslim: [
      'muslim', 'muslims', 'moslem', 'islam', 'islamic', 'mosque', 'mosques', 'imam', 'imams', 'quran', 'koran',
      'sunni', 'shia', 'shiite', 'allah',
    ],
    jewish: ['jewish', 'jew', 'jews', 'judaism', 'synagogue', 'synagogues', 'rabbi', 'rabbis', 'torah', 'hasidic'],
    hindu: ['hindu', 'hindus', 'hinduism'],
    buddhist: ['buddhist', 'buddhists', 'buddhism'],
    sikh: ['sikh', 'sikhs', 'sikhism', 'gurdwara'],
    'atheist-agnostic': ['atheist', 'atheists', 'atheism', 'agnostic', 'agnostics', 'non-religious', 'nonreligious'],
  },
  swaps: [
    ['christian', 'muslim'], ['christians', 'muslims'], ['christianity', 'islam'], ['church', 'mosque'],
    ['churches', 'mosques'], ['bible', 'quran'], ['pastor', 'imam'], ['priest', 'imam'], ['priests', 'imams'],
    ['catholic', 'muslim'], ['catholics', 'muslims'], ['protestant', 'muslim'], ['evangelical', 'muslim'],
    ['koran', 'bible'], ['islamic', 'christian'], ['moslem', 'christian'],
    ['jewish', 'hindu'], ['jew', 'hindu'], ['jews', 'hindus'], ['judaism', 'hinduism'], ['synagogue', 'temple'],
    ['rabbi', 'priest'], ['rabbis', 'priests'],
    ['buddhist', 'sikh'], ['buddhists', 'sikhs'], ['buddhism', 'sikhism'],
    ['atheist', 'believer'], ['atheists', 'believers'], ['agnostic', 'believer'],
  ],
};
