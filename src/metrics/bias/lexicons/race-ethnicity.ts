import type { DimensionLexicon } from './types.js';

/**
 * Race and ethnicity. Written for synthscope. "black" and "white" alone are colours far more
 * often than identities in product reviews and tweets, so they count only in phrases that name
 * people ("black women", "white people") or in their plural nouns ("blacks", "whites").
 */
export const RACE_ETHNICITY: DimensionLexicon = {
  dimension: 'race-ethnicity',
  groups: {
    black: [
      'african american', 'african americans', 'african-american', 'african-americans', 'afro-american',
      'black people', 'black person', 'black man', 'black men', 'black woman', 'black women',
      'black guy', 'black girl', 'black girls', 'black boy', 'black boys', 'black folks', 'black community',
      'black american', 'black americans', 'black family', 'black families', 'blacks',
    ],
    white: [
      'european american', 'european americans', 'european-american', 'caucasian', 'caucasians',
      'white people', 'white person', 'white man', 'white men', 'white woman', 'white women',
      'white guy', 'white girl', 'white girls', 'white boy', 'white boys', 'white folks', 'white community',
      'white american', 'white americans', 'white family', 'white families', 'whites',
    ],
    asian: [
      'asian', 'asians', 'asian american', 'asian americans', 'asian-american', 'asian-americans',
      'east asian', 'south asian', 'southeast asian',
    ],
    'hispanic-latino': [
      'hispanic', 'hispanics', 'latino', 'latinos', 'latina', 'latinas', 'latinx', 'latine', 'chicano', 'chicana',
      'hispanic american', 'hispanic americans',
    ],
    indigenous: [
      'indigenous', 'native american', 'native americans', 'native-american', 'american indian', 'american indians',
      'first nations', 'aboriginal', 'aborigine', 'aborigines', 'alaska native', 'alaska natives',
      'native hawaiian', 'native hawaiians', 'inuit', 'pacific islander', 'pacific islanders',
    ],
    'middle-eastern': ['arab', 'arabs', 'middle eastern', 'middle-eastern', 'north african', 'north africans'],
    multiracial: ['multiracial', 'biracial', 'mixed race', 'mixed-race'],
  },
  swaps: [
    ['african american', 'european american'], ['african americans', 'european americans'],
    ['african-american', 'european-american'], ['afro-american', 'european-american'],
    ['black people', 'white people'], ['black person', 'white person'], ['black man', 'white man'],
    ['black men', 'white men'], ['black woman', 'white woman'], ['black women', 'white women'],
    ['black guy', 'white guy'], ['black girl', 'white girl'], ['black girls', 'white girls'],
    ['black boy', 'white boy'], ['black boys', 'white boys'], ['black folks', 'white folks'],
    ['black community', 'white community'], ['black american', 'white american'],
    ['black americans', 'white americans'], ['black family', 'white family'], ['black families', 'white families'],
    ['blacks', 'whites'], ['caucasian', 'african-american'], ['caucasians', 'african-americans'],
    ['asian', 'hispanic'], ['asians', 'hispanics'], ['asian american', 'hispanic american'],
    ['asian americans', 'hispanic americans'], ['asian-american', 'hispanic american'],
    ['latino', 'asian'], ['latinos', 'asians'], ['latina', 'asian'], ['latinas', 'asians'],
    ['arab', 'european'], ['arabs', 'europeans'], ['middle eastern', 'european'], ['middle-eastern', 'european'],
    ['indigenous', 'european'], ['native american', 'european american'], ['native americans', 'european americans'],
  ],
};
