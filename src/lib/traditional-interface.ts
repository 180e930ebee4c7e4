import { z } from 'astro/zod';
import { readYaml } from './read-yaml';

export const TRADITIONAL_INTERFACE_FILE = 'content/editorial/traditional-interface.yaml';

/** A word of the site's own that Taiwan says otherwise: the mainland word as opencc gives it in Traditional script, and Taiwan's. */
export const taiwanWordSchema = z.object({ mainland: z.string().min(1), taiwan: z.string().min(1), why: z.string().min(1) }).strict();

/** A word that was reviewed and stays as opencc gives it. */
export const keptWordSchema = z.object({ word: z.string().min(1), why: z.string().min(1) }).strict();

export const taiwanWordsSchema = z.object({ replace: z.array(taiwanWordSchema).min(1), keep: z.array(keptWordSchema) }).strict();

export type TaiwanWord = z.infer<typeof taiwanWordSchema>;
export type TaiwanWords = z.infer<typeof taiwanWordsSchema>;

/** The reviewed list of Taiwan words for the Traditional edition's interface and the site's own words. */
export function loadTaiwanWords(): TaiwanWords {
  return readYaml(TRADITIONAL_INTERFACE_FILE, taiwanWordsSchema);
}

/** Curly quotation marks and the corner quotes Taiwan writes for them. */
const CORNER_QUOTES: Record<string, string> = { '“': '「', '”': '」', '‘': '『', '’': '』' };
/** Marks that open a quotation (curly, corner or book-title), and the mark that closes each. */
const CLOSING: Record<string, string> = { '“': '”', '‘': '’', '「': '」', '『': '』', '《': '》' };

/** A stretch of the site's own words, of what they quote, or a quotation mark. */
export interface WordsRun {
  text: string;
  /** words: the site's own; quoted: inside quotation marks or book-title marks (the print, a published reading, a name, a title); mark: one of those marks. */
  kind: 'words' | 'quoted' | 'mark';
}

/**
 * Splits text into the site's own words, what they quote (within “ ”, ‘ ’, 「 」, 『 』 or 《 》, however nested)
 * and the marks. A ’ that closes nothing is an apostrophe (People’s) and stays in its run. Unbalanced
 * quotation marks are an error: what is quoted must be known, to be left alone.
 */
export function wordsRuns(text: string): WordsRun[] {
  const runs: WordsRun[] = [];
  const open: string[] = [];
  let current = '';
  const flush = () => {
    if (current !== '') runs.push({ text: current, kind: open.length > 0 ? 'quoted' : 'words' });
    current = '';
  };
  for (const character of text) {
    const closes = open.length > 0 && character === CLOSING[open.at(-1)!];
    if (character in CLOSING || closes) {
      flush();
      if (closes) open.pop();
      else open.push(character);
      runs.push({ text: character, kind: 'mark' });
    } else if ('”」』》'.includes(character)) {
      throw new Error(`a closing ${character} with no opening mark: ${text}`);
    } else current += character;
  }
  if (open.length > 0) throw new Error(`${open.join('')} not closed: ${text}`);
  flush();
  return runs;
}

/**
 * Traditional text → the same as the site's own words in Taiwan: the reviewed words replaced outside
 * what the text quotes, and the curly quotation marks turned to corner quotes (at every level: the
 * marks are the site's, what they enclose is not). An apostrophe stays.
 */
export function createTaiwanWords(words: readonly TaiwanWord[]): (traditional: string) => string {
  const byMainland = new Map(words.map(({ mainland, taiwan }) => [mainland, taiwan]));
  // One pass, the longest word first, so that no replacement is replaced again.
  const pattern = new RegExp(
    [...byMainland.keys()]
      .sort((a, b) => b.length - a.length)
      .map((word) => word.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&'))
      .join('|'),
    'gu',
  );
  return (traditional) =>
    wordsRuns(traditional)
      .map(({ text, kind }) =>
        kind === 'mark' ? (CORNER_QUOTES[text] ?? text) : kind === 'words' ? text.replace(pattern, (word) => byMainland.get(word)!) : text,
      )
      .join('');
}

/**
 * Whether the list of Taiwan words holds: each word listed once and replaced by another, none dead (each
 * occurs in what opencc makes of the site's own words), and none in what the site quotes (the print, the
 * readings, the witnesses, the glossary's terms), which must never change but for its script.
 */
export function taiwanWordsProblems(words: TaiwanWords, siteWordsInTraditional: string, quotedInTraditional: readonly string[]): string[] {
  const problems: string[] = [];
  const add = (problem: string) => problems.push(`${TRADITIONAL_INTERFACE_FILE}: ${problem}`);
  const listed = [...words.replace.map(({ mainland }) => mainland), ...words.keep.map(({ word }) => word)];
  for (const [index, word] of listed.entries()) if (listed.indexOf(word) !== index) add(`${word} is listed twice`);
  for (const { mainland, taiwan } of words.replace) {
    if (taiwan === mainland) add(`${mainland} is replaced by itself`);
    if (!siteWordsInTraditional.includes(mainland)) add(`${mainland} occurs nowhere in the site's own words`);
    const quoted = quotedInTraditional.find((text) => text.includes(mainland));
    if (quoted) add(`${mainland} occurs in what the site quotes: «${quoted.slice(0, 30)}»`);
  }
  for (const { word } of words.keep) if (!siteWordsInTraditional.includes(word)) add(`${word} occurs nowhere in the site's own words`);
  return problems;
}
