/**
 * Every name of a glossary entry finds it: the Chinese term and its forms in either script, the
 * English name and forms (in either spelling, any inflection), the Russian name, and the pinyin with
 * or without tones and spaces, in any case. A query names an entry when it is one of its names, whole.
 */
import type { GlossaryEntryData } from '../contracts';
import { englishWords, wordKeys, type Lexicon } from './english';

/** One entry as the search sees it: its names in every script, and the paragraphs where it occurs. */
export interface SearchName {
  id: string;
  /** Chinese forms in Simplified script (a Traditional query is mapped to Simplified first). */
  chinese: string[];
  /** English names and forms, as written. */
  english: string[];
  russian?: string;
  /** Usual abbreviations, in any script (UN, ООН, 上合组织): each names the entry as a whole name does. */
  abbreviations: string[];
  /** The distinctive words of its Latin and Cyrillic names, as compared (plainWord): a query of one such word names the entry. */
  words: string[];
  /** Pinyin as the glossary gives it, with tones. */
  pinyin: string;
  /** The paragraphs where the entry is marked, in reading order: in the Chinese text and in the English. */
  refs: Record<'chinese' | 'english', string[]>;
}

/** What the search shows of a named entry, in the reader's edition (loaded only for an entry a query names). */
export type SearchCard = Pick<GlossaryEntryData, 'title' | 'chinese' | 'pinyin' | 'english' | 'russian' | 'explanation'>;

/** Pinyin as compared: no tones, no spaces, apostrophes or hyphens, lowercase, ü as u: "Liánhéguó Xiànzhāng" → "lianheguoxianzhang". */
export function plainPinyin(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/v/gu, 'u')
    .replace(/[\s'’·-]+/gu, '');
}

/** Cyrillic as compared: lowercase, ё as е, without quotation marks, punctuation and extra spaces. */
export function plainRussian(text: string): string {
  return text
    .toLowerCase()
    .replace(/ё/gu, 'е')
    .replace(/[«»"“”„'’.,;:!?()–—-]+/gu, ' ')
    .replace(/\s+/gu, ' ')
    .trim();
}

/** A Latin or Cyrillic word as compared: lowercase, ё as е, without apostrophes. */
export function plainWord(word: string): string {
  return word.toLowerCase().replace(/ё/gu, 'е').replace(/[’']/gu, '');
}

/** The words of a name in Latin or Cyrillic script. */
export function nameWords(name: string): string[] {
  return name.match(/[\p{Script=Latin}\p{Script=Cyrillic}][\p{Script=Latin}\p{Script=Cyrillic}’']*/gu) ?? [];
}

/** The keys of the words of an English name, without a leading "the". */
function englishNameKeys(text: string, lexicon: Lexicon): (readonly string[])[] {
  const words = englishWords(text).map((word) => word.form);
  return (words[0] === 'the' ? words.slice(1) : words).map((form) => wordKeys(form, lexicon));
}

const sameEnglishName = (a: (readonly string[])[], b: (readonly string[])[]) =>
  a.length > 0 && a.length === b.length && a.every((keys, index) => keys.some((key) => b[index]!.includes(key)));

/**
 * The entries a query names. `simplified` is the query with Traditional characters mapped to
 * Simplified; `lexicon` is needed for English names only (undefined for a Chinese query).
 */
export function namedEntries(query: string, simplified: string, names: readonly SearchName[], lexicon?: Lexicon): SearchName[] {
  const compact = simplified.replace(/\s+/gu, '');
  const pinyin = plainPinyin(query);
  const russian = plainRussian(query);
  const english = lexicon ? englishNameKeys(query, lexicon) : [];
  const abbreviation = plainRussian(compact);
  const whole = names.filter(
    (entry) =>
      (compact !== '' && entry.chinese.includes(compact)) ||
      entry.abbreviations.some((name) => plainRussian(name.replace(/\s+/gu, '')) === abbreviation) ||
      (/\p{Script=Latin}/u.test(query) && pinyin !== '' && plainPinyin(entry.pinyin) === pinyin) ||
      (entry.russian !== undefined && /\p{Script=Cyrillic}/u.test(query) && plainRussian(entry.russian) === russian) ||
      (lexicon !== undefined && entry.english.some((name) => sameEnglishName(englishNameKeys(name, lexicon), english))),
  );
  if (whole.length > 0) return whole;
  // A query of one word that is a distinctive word of a name (Putin, «Путин», Xi) names the entry too.
  const words = nameWords(query);
  if (words.length !== 1 || words[0] !== query.replace(/^[«"“]|[»"”]$/gu, '')) return [];
  const word = plainWord(words[0]);
  return names.filter((entry) => entry.words.includes(word));
}
