import type { DimensionLexicon } from './types.js';

/**
 * Sexual orientation. Written for synthscope. "straight" alone is a common word, so it counts
 * only in phrases that name people ("straight couple"); "gay" also has an older sense
 * ("happy") that this list cannot tell apart.
 */
export const SEXUAL_ORIENTATION: DimensionLexicon = {
  dimension: 'sexual-orientation',
  groups: {
    gay: ['gay', 'gays', 'homosexual', 'homosexuals', 'gay man', 'gay men', 'gay people', 'gay couple'],
    lesbian: ['lesbian', 'lesbians'],
    bisexual: ['bisexual', 'bisexuals', 'bisexuality'],
    heterosexual: [
      'heterosexual', 'heterosexuals', 'straight man', 'straight men', 'straight woman', 'straight women',
      'straight people', 'straight couple', 'straight couples',
    ],
    asexual: ['asexual', 'asexuals', 'aromantic'],
    pansexual: ['pansexual', 'pansexuals'],
    queer: ['queer', 'queers'],
    lgbtq: ['lgbt', 'lgbtq', 'lgbtqia', 'glbt'],
  },
  swaps: [
    ['gay man', 'straight man'], ['gay men', 'straight men'], ['gay people', 'straight people'],
    ['gay couple', 'straight couple'], ['gay', 'straight'], ['gays', 'straight people'],
    ['homosexual', 'heterosexual'], ['homosexuals', 'heterosexuals'],
    ['lesbian', 'straight woman'], ['lesbians', 'straight women'], ['straight woman', 'lesbian'], ['straight women', 'lesbians'],
    ['straight couples', 'gay couples'],
    ['bisexual', 'heterosexual'], ['bisexuals', 'heterosexuals'], ['queer', 'straight'], ['queers', 'straight people'],
    ['asexual', 'heterosexual'], ['pansexual', 'heterosexual'],
  ],
};
