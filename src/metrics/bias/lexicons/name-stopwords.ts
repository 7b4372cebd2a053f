/**
 * Entries of the @stdlib first-name lists (Moby Word II) that are, in ordinary English text,
 * far more often something other than a first name: common words ("will", "hope", "mark"),
 * months and days ("june", "tuesday"), places ("georgia", "florence"), brands ("ford", "audi"),
 * titles ("earl", "dean") and words of other languages common in English text ("de", "el").
 * They never count as names. Chosen by hand for synthscope, from the names that occur in
 * lowercase in real review and tweet corpora and those among the 40,000 most frequent GloVe
 * words; a name of one or two letters never counts either (first-names.ts), and neither does a
 * name that is a term of any dimension ("christian", "prince", "israel").
 */
export const NAME_STOPWORDS: readonly string[] = [
  // common words
  'able', 'ace', 'ado', 'adore', 'alley', 'ally', 'amble', 'any', 'arch', 'art', 'arty', 'ash', 'ave', 'axe',
  'bail', 'bald', 'bale', 'ban', 'bank', 'basil', 'bean', 'bar', 'bard', 'barn', 'base', 'bat', 'bay', 'bear', 'bee', 'bell',
  'bent', 'berry', 'bill', 'bird', 'bliss', 'blithe', 'bogey', 'bond', 'bone', 'boot', 'booth', 'brand', 'brandy', 'brew',
  'buck', 'bud', 'buddy', 'bunny', 'burr', 'cad', 'camel', 'candy', 'car', 'care', 'carry', 'cart', 'case',
  'cash', 'cello', 'chance', 'charity', 'chase', 'cherish', 'cherry', 'sherry', 'chic', 'chip', 'chuck', 'cinnamon',
  'clay', 'cliff', 'cob', 'con', 'coop', 'cookie', 'coral', 'cord', 'corny', 'cos', 'court', 'craggy', 'cross',
  'crystal', 'cull', 'curry', 'daffy', 'dare', 'darn', 'dawn', 'deck', 'den', 'deny', 'dew', 'doe', 'doll',
  'dot', 'drake', 'drew', 'dud', 'dun', 'dusty', 'early', 'easter', 'else', 'even', 'fancy', 'fair', 'faith',
  'fan', 'far', 'fax', 'fee', 'fern', 'fidelity', 'field', 'fields', 'fin', 'flint', 'flora', 'forest',
  'foster', 'free', 'gardener', 'garner', 'garnet', 'gin', 'ginger', 'glad', 'glory', 'gram', 'grant', 'grove',
  'gun', 'gusty', 'gypsy', 'had', 'hale', 'hall', 'ham', 'happy', 'hardy', 'harmony', 'harp', 'hasty', 'haven',
  'haze', 'herb', 'hill', 'hilly', 'holly', 'honey', 'honor', 'hope', 'hunt', 'hunter', 'itch', 'ivory', 'ivy',
  'jack', 'jade', 'jewel', 'job', 'joy', 'keen', 'kin', 'kit', 'kitty', 'lance', 'land', 'lark', 'laurel', 'law',
  'lay', 'lib', 'link', 'lion', 'lock', 'lucky', 'madam', 'major', 'mark', 'mart', 'marsh', 'may', 'melody',
  'mercy', 'merry', 'mil', 'mile', 'miles', 'mill', 'miner', 'minor', 'misty', 'modesty', 'moss', 'muffin', 'nanny',
  'nap', 'nappy', 'nick', 'noble', 'north', 'ode', 'olive', 'pace', 'page', 'palm', 'park', 'patience', 'pearl',
  'pen', 'penny', 'pepper', 'pet', 'pier', 'pip', 'poppy', 'port', 'price', 'prudence', 'puff', 'quill', 'ram', 'ransom',
  'read', 'red', 'reed', 'rice', 'rich', 'ring', 'rip', 'rob', 'rock', 'rocky', 'rod', 'rose', 'row', 'royal', 'ruby',
  'rusty', 'sage', 'salmon', 'sapphire', 'saw', 'say', 'scarlet', 'see', 'serene', 'shadow', 'shell', 'skip', 'sky',
  'sly', 'spike', 'star', 'sterling', 'storm', 'stormy', 'sue', 'sunny', 'sunshine', 'taffy', 'tailor', 'tan',
  'temp', 'temple', 'thatch', 'thorn', 'thorny', 'tore', 'town', 'trace', 'trip', 'tuck', 'velvet', 'verge',
  'violet', 'wade', 'wait', 'wake', 'ward', 'wash', 'way', 'web', 'wells', 'west', 'whit', 'will', 'willow',
  'wilt', 'win', 'windy', 'wit', 'witty', 'wolf', 'wood', 'worth', 'worthy', 'wren', 'yank', 'yankee', 'yard',
  // titles, roles and figures
  'abbot', 'baron', 'dame', 'dean', 'earl', 'gran', 'granny', 'marshal', 'mayor', 'rabbi', 'sergeant',
  'skipper', 'waiter', 'steward', 'chevalier', 'caesar', 'jesus', 'moses', 'krishna', 'allah', 'venus', 'cupid',
  'cinderella', 'hercules', 'madonna',
  // months and days
  'april', 'august', 'june', 'tuesday',
  // places
  'adelaide', 'alberta', 'alameda', 'almeria', 'asia', 'atlanta', 'augusta', 'berkeley', 'bradford', 'carolina',
  'cleveland', 'costa', 'denver', 'diego', 'eden', 'erie', 'fairfax', 'florence', 'florida', 'francisco',
  'geneva', 'georgia', 'kingston', 'leicester', 'leone', 'lyon', 'natal', 'pavia', 'raleigh', 'rica',
  'richmond', 'rochester', 'roma', 'salem', 'salvador', 'sheffield', 'somerset', 'stanford', 'troy', 'valencia',
  'virginia', 'washington', 'york', 'yorker', 'yale', 'cornell', 'mersey', 'sioux', 'shawnee', 'oneida',
  // brands
  'audi', 'chevy', 'chrysler', 'ford', 'mercedes', 'nike', 'renault', 'hilton', 'norton', 'dell',
  // other languages' function words and short forms common in English text
  'del', 'der', 'des', 'les', 'ole', 'una', 'von', 'wat', 'min', 'mar', 'reg', 'rem', 'ree', 'tad',
];
