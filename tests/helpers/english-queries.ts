/**
 * English queries and what each must find, written independently of the search: a regular expression
 * (or several, all required) over the English paragraph, as a reader would describe the words the
 * query means. The search must return exactly the paragraphs these describe.
 */
export interface EnglishCase {
  query: string;
  /** Every one must match the paragraph's English. */
  expect: RegExp[];
  /** What the case checks, for the test's name. */
  what: string;
}

const word = (pattern: string) => new RegExp(`(?<![\\p{L}\\p{N}])(?:${pattern})(?![\\p{L}\\p{N}])`, 'iu');

export const ENGLISH_CASES: EnglishCase[] = [
  { query: 'organization', expect: [word('organi[sz]ations?')], what: 'American spelling finds British, plural too' },
  { query: 'Organisations', expect: [word('organi[sz]ations?')], what: 'British plural, capitalised' },
  {
    query: 'Shanghai Cooperation Organization',
    expect: [word('Shanghai'), word('cooperations?'), word('organi[sz]ations?')],
    what: 'a name in the other spelling',
  },
  { query: 'BRICS', expect: [word('BRICS')], what: 'inside a compound with a dash (China–BRICS)' },
  { query: 'militarism', expect: [word('militarisms?')], what: 'not the derived "military"' },
  { query: 'military', expect: [word('military|militaries')], what: 'not "militarism"' },
  { query: '"Security Council"', expect: [word('Security Councils?')], what: 'a quoted phrase' },
  { query: 'defense', expect: [word('defen[cs]es?')], what: 'American spelling of "defence", not the verb "defend"' },
  { query: 'neighbor', expect: [word('neighbou?rs?')], what: 'British -our, and not "neighbourliness"' },
  { query: 'programs', expect: [word('program(?:me)?s?')], what: 'British -mme' },
  { query: 'center', expect: [word('cent(?:er|re)s?')], what: 'British -re' },
  { query: 'labor', expect: [word('labou?rs?')], what: 'a word the translation does not have, in either spelling' },
  { query: 'people-to-people', expect: [word('people[-‐–— ]to[-‐–— ]people')], what: 'a compound with hyphens, as a phrase' },
  { query: '"people to people"', expect: [word('people[-‐–— ]to[-‐–— ]people')], what: 'a quoted phrase inside a hyphenated compound' },
  { query: 'military-technical', expect: [word('military[-‐–— ]technical')], what: 'a hyphenated compound' },
  { query: 'China', expect: [word('China')], what: 'inside compounds (China–Russia) and possessives (China’s)' },
  { query: 'Russia’s', expect: [word('Russia')], what: 'a possessive finds the word, and not "Russian"' },
  { query: 'cooperate', expect: [word('cooperat(?:e|es|ed|ing)')], what: 'verb forms, not the noun "cooperation"' },
  { query: 'cooperating', expect: [word('cooperat(?:e|es|ed|ing)')], what: 'a verb form finds the others' },
  { query: 'strengthened', expect: [word('strengthen(?:s|ed|ing)?')], what: 'past tense finds every form of the verb' },
  { query: 'peoples', expect: [word('peoples?')], what: 'plural finds singular' },
  { query: 'hero', expect: [word('hero(?:es)?')], what: 'singular finds the -es plural' },
  { query: 'fight', expect: [word('fight(?:s|ing)?|fought')], what: 'an irregular past tense' },
  { query: '"United Nations"', expect: [word('United Nations')], what: 'a quoted name' },
  { query: 'Eurasia', expect: [word('Eurasia')], what: 'not the derived "Eurasian"' },
  { query: 'OLYMPIC', expect: [word('Olympics?')], what: 'case is ignored' },
  { query: 'Lyubímova', expect: [word('Lyubimova')], what: 'diacritics are ignored' },
  { query: 'xenophobia', expect: [word('xenophobia')], what: 'a word found once' },
  { query: 'quantum', expect: [word('quantum')], what: 'a word found nowhere' },
  {
    query: 'Security Council resolution',
    expect: [word('security'), word('councils?'), word('resolutions?')],
    what: 'every word of a query, anywhere in the paragraph',
  },
];

/** The references of the paragraphs a case describes. */
export function expectedRefs(testCase: EnglishCase, paragraphs: readonly { ref: string; text: string }[]): string[] {
  return paragraphs.filter(({ text }) => testCase.expect.every((pattern) => pattern.test(text))).map(({ ref }) => ref);
}
