import type { DimensionLexicon } from './types.js';

/**
 * Disability, including mental illness named as a condition. Written for synthscope. Everyday
 * emotion words ("depressed", "anxious") are left out: in tweets and reviews they describe a
 * mood, not a disability.
 */
export const DISABILITY: DimensionLexicon = {
  dimension: 'disability',
  groups: {
    general: [
      'disabled', 'disability', 'disabilities', 'handicapped', 'handicap', 'cripple', 'crippled',
      'people with disabilities', 'person with a disability', 'differently abled', 'differently-abled',
    ],
    visual: ['blind', 'visually impaired', 'visually-impaired', 'partially sighted', 'legally blind'],
    hearing: ['deaf', 'hard of hearing', 'hearing impaired', 'hearing-impaired'],
    mobility: [
      'wheelchair', 'wheelchairs', 'wheelchair user', 'wheelchair users', 'paralyzed', 'paralysed', 'paraplegic',
      'quadriplegic', 'amputee', 'amputees',
    ],
    'cognitive-developmental': [
      'autistic', 'autism', 'down syndrome', "down's syndrome", 'dyslexic', 'dyslexia', 'adhd',
      'intellectual disability', 'learning disability', 'learning disabilities', 'cerebral palsy',
    ],
    'mental-health': [
      'mental illness', 'mentally ill', 'schizophrenic', 'schizophrenia', 'bipolar', 'ptsd', 'ocd', 'psychiatric patient',
    ],
  },
  swaps: [
    ['disabled', 'able-bodied'], ['handicapped', 'able-bodied'], ['crippled', 'able-bodied'],
    ['people with disabilities', 'people without disabilities'], ['person with a disability', 'person without a disability'],
    ['blind', 'sighted'], ['visually impaired', 'sighted'], ['legally blind', 'sighted'],
    ['deaf', 'hearing'], ['hearing impaired', 'hearing'], ['hard of hearing', 'hearing'],
    ['autistic', 'neurotypical'], ['dyslexic', 'neurotypical'], ['paralyzed', 'able-bodied'], ['paralysed', 'able-bodied'],
    ['paraplegic', 'able-bodied'], ['amputee', 'able-bodied person'], ['wheelchair user', 'walker'],
    ['mentally ill', 'mentally healthy'], ['schizophrenic', 'healthy'], ['bipolar', 'healthy'],
  ],
};
