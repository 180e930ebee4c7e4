/**
 * Exact English search, defined as a reader would expect: a paragraph matches a query when its
 * translation contains every word of the query, in either British or American spelling, in any
 * inflection (plural, possessive, verb forms), also inside a compound joined by a hyphen or a dash;
 * a quoted phrase matches its words in sequence. Words derived into another word do not match
 * ("militarism" does not find "military"). Case and diacritics are ignored.
 *
 * A word is compared by its keys: the American spelling of its lemmas (src/lib/search/lexicon.ts
 * builds the table of keys at build time). Two words match when they share a key.
 */
import { keyToken } from './tokens';

/** Every word form of the text and of its inflections and spellings, with its keys (where they are not just the form itself). */
export type Lexicon = Readonly<Record<string, readonly string[]>>;

export interface WordToken {
  /** The form as it is compared: lowercase, without diacritics, apostrophes or a possessive ending. */
  form: string;
  /** Start and end of the word in the text, in UTF-16 code units. */
  start: number;
  end: number;
}

/** Words: letters and digits, with apostrophes inside; hyphens, dashes and everything else separate them. */
const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}\p{N}]+)*/gu;

/** The form a word is compared by: "Xi’s" → "xi", "Organisations" → "organisations", "Émigré" → "emigre". */
export function normalizeWord(word: string): string {
  return word
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/['’]s$/u, '')
    .replace(/s['’]$/u, 's')
    .replace(/['’]/gu, '');
}

export function englishWords(text: string): WordToken[] {
  return [...text.matchAll(WORD)].map((match) => ({
    form: normalizeWord(match[0]),
    start: match.index,
    end: match.index + match[0].length,
  }));
}

/** The keys of a word form: from the lexicon, or the form itself for a word the lexicon does not know. */
export function wordKeys(form: string, lexicon: Lexicon): readonly string[] {
  return lexicon[form] ?? [form];
}

export interface EnglishQuery {
  /** Each term is one word, or a quoted phrase of several; every term must match. */
  terms: string[][];
}

/** Splits a query into terms: quoted phrases ("…" or “…”), compounds written with hyphens or dashes (a phrase too), and single words. */
export function parseEnglishQuery(query: string): EnglishQuery {
  const terms: string[][] = [];
  const phrase = (text: string) => {
    const words = englishWords(text).map((word) => word.form);
    if (words.length > 0) terms.push(words);
  };
  const rest = query.replace(/["“”]([^"“”]*)["“”]?/gu, (_, quoted: string) => {
    phrase(quoted);
    return ' ';
  });
  for (const chunk of rest.split(/\s+/u)) phrase(chunk);
  return { terms };
}

const shareKey = (a: readonly string[], b: readonly string[]) => a.some((key) => b.includes(key));

/**
 * Where a paragraph matches a query: the spans of the matched words, or undefined when some term is
 * not in the paragraph. A phrase matches where its words follow one another in the text.
 */
export function matchEnglish(text: string, query: EnglishQuery, lexicon: Lexicon): { start: number; end: number }[] | undefined {
  if (query.terms.length === 0) return undefined;
  const words = englishWords(text).map((word) => ({ ...word, keys: wordKeys(word.form, lexicon) }));
  const spans: { start: number; end: number }[] = [];
  for (const term of query.terms) {
    const keys = term.map((form) => wordKeys(form, lexicon));
    let found = false;
    for (let at = 0; at + keys.length <= words.length; at += 1) {
      if (keys.every((termKeys, offset) => shareKey(termKeys, words[at + offset]!.keys))) {
        found = true;
        spans.push({ start: words[at]!.start, end: words[at + keys.length - 1]!.end });
      }
    }
    if (!found) return undefined;
  }
  return spans.sort((a, b) => a.start - b.start).filter((span, index, all) => index === 0 || span.start >= all[index - 1]!.end);
}

/** The tokens a paragraph is indexed by: each key of each word. */
export function englishIndexTokens(text: string, lexicon: Lexicon): string[] {
  return [...new Set(englishWords(text).flatMap((word) => wordKeys(word.form, lexicon).map(keyToken)))];
}

/** The tokens to ask the index for: for each word of the query, any of its keys (a paragraph with the word has at least one of them). */
export function englishQueryTokens(query: EnglishQuery, lexicon: Lexicon): string[][] {
  return query.terms.flat().map((form) => [...new Set(wordKeys(form, lexicon).map(keyToken))]);
}

/**
 * The lexicon as it travels: "form:codes;form:codes…", each code a key written as how many letters
 * to drop from the end of the form (one base-36 digit) and what to add: organisations:1,0 for
 * organisation and organisations. A third of the size of the same table as JSON.
 */
export function encodeLexicon(lexicon: Lexicon): string {
  return Object.entries(lexicon)
    .map(([form, keys]) => {
      const codes = keys.map((key) => {
        let shared = 0;
        while (shared < form.length && shared < key.length && form[shared] === key[shared]) shared += 1;
        if (form.length - shared > 35) throw new Error(`lexicon: the key ${key} of ${form} cannot be written as an edit`);
        return `${(form.length - shared).toString(36)}${key.slice(shared)}`;
      });
      return `${form}:${codes.join(',')}`;
    })
    .join(';');
}

export function decodeLexicon(code: string): Lexicon {
  const lexicon: Record<string, string[]> = {};
  if (code === '') return lexicon;
  for (const entry of code.split(';')) {
    const [form = '', codes = ''] = entry.split(':');
    lexicon[form] = codes.split(',').map((edit) => form.slice(0, form.length - parseInt(edit[0]!, 36)) + edit.slice(1));
  }
  return lexicon;
}
