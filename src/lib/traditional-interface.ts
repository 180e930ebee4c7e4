import { z } from 'astro/zod';
import type { Edition } from './editions';
import { readYaml } from './read-yaml';
import { toTraditional } from './traditional';

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

const taiwanWords = createTaiwanWords(loadTaiwanWords().replace);

/**
 * Simplified → Traditional as the site writes its own words in the Traditional edition (the interface,
 * notes, reasons, explanations, titles): the script as the text converts it, then Taiwan's words and
 * corner quotes. Never for the printed text, which changes its script and nothing else (toTraditional).
 */
export function toTraditionalInterface(simplified: string): string {
  return taiwanWords(toTraditional(simplified));
}

const same = (text: string) => text;

/** The site's own words, written in Simplified, as an edition shows them. */
export function siteWordsIn(edition: Edition): (simplified: string) => string {
  return edition === 'zh-hant' ? toTraditionalInterface : same;
}

/** Chinese the site quotes (the print, a published reading, a term), as an edition shows it: only the script changes. */
export function quotedTextIn(edition: Edition): (simplified: string) => string {
  return edition === 'zh-hant' ? toTraditional : same;
}
