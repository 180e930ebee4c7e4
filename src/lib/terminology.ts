import { z } from 'astro/zod';
import type { Edition } from './editions';
import type { TermForm } from './glossary/term-matcher';
import { readYaml } from './read-yaml';

export const TERMINOLOGY_FILE = 'content/translations/en/terminology.yaml';

const termSchema = z
  .object({
    /** The Chinese term; variants are separated by " / " (第二次世界大战 / 二战). */
    zh: z.string().min(1),
    en: z.string().min(1),
    /** The fixed rendering, required in the English of every paragraph whose Chinese has the term. */
    check: z.string().min(1).optional(),
    /** Paragraphs where the term is not rendered so, each with the reason. */
    except: z.record(z.string().regex(/^R?\d+\.\d+$/u, 'a paragraph reference, e.g. 2.5 or R1.2'), z.string().min(1)).optional(),
    note: z.string().optional(),
  })
  .strict();

export type TerminologyEntry = z.infer<typeof termSchema>;

export function loadTerminology(): TerminologyEntry[] {
  return readYaml(TERMINOLOGY_FILE, z.array(termSchema));
}

/** The Chinese forms of an entry: 第二次世界大战 / 二战 → both. */
export function chineseForms(entry: Pick<TerminologyEntry, 'zh'>): string[] {
  return entry.zh.split(' / ').map((form) => form.trim());
}

/** A term marked in both columns for alignment: its key, and the strings that are it in each language. */
export interface AlignedTerm {
  /** The same in every edition and both languages: two-sides, people-to-people-bonds. */
  key: string;
  chinese: string[];
  /** The rendering as the table gives it and as it is checked; matched in any case. */
  english: string[];
}

const slug = (text: string) =>
  text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-|-$/gu, '');

/**
 * The terms aligned across the columns beyond the glossary: the terminology entries with a fixed
 * rendering (`check`) whose Chinese is not a glossary term. A glossary term aligns by its entry.
 */
export function alignedTerms(entries: readonly TerminologyEntry[], glossaryChinese: ReadonlySet<string>): AlignedTerm[] {
  const terms = entries
    .filter((entry) => entry.check !== undefined && !chineseForms(entry).some((form) => glossaryChinese.has(form)))
    .map((entry) => ({
      key: slug(entry.check!),
      chinese: chineseForms(entry),
      english: [...new Set([entry.en.replace(/^["“]|["”]$/gu, ''), entry.check!])],
    }));
  const keys = terms.map((term) => term.key);
  const repeated = keys.find((key, index) => keys.indexOf(key) !== index);
  if (repeated) throw new Error(`${TERMINOLOGY_FILE}: two checked renderings make the same key, ${repeated}`);
  return terms;
}

/** The strings to mark in an edition, each standing for its term's key: Chinese in the edition's script (`toScript`). */
export function alignedForms(terms: readonly AlignedTerm[], edition: Edition, toScript: (simplified: string) => string): TermForm[] {
  return terms.flatMap((term) =>
    edition === 'en'
      ? term.english.map((text) => ({ id: term.key, text }))
      : term.chinese.map((text) => ({ id: term.key, text: toScript(text) })),
  );
}

/** One text of both documents: where it is (a reference, or "statement title"), its Chinese and its English. */
export type ParallelText = readonly [where: string, chinese: string, english: string];

/**
 * Whether the translation follows the table: each Chinese term listed once with a rendering; every text
 * whose Chinese has a checked term has its rendering, except where the table says why not; and an
 * exception names a text that has the term without the rendering.
 */
export function terminologyProblems(entries: readonly TerminologyEntry[], texts: readonly ParallelText[]): string[] {
  const problems: string[] = [];
  const add = (problem: string) => problems.push(`${TERMINOLOGY_FILE}: ${problem}`);
  const seen = new Set<string>();
  for (const entry of entries) {
    if (seen.has(entry.zh)) add(`${entry.zh} is listed twice`);
    seen.add(entry.zh);
    if (entry.en.trim() === '') add(`${entry.zh} has no rendering`);
  }
  const has = (entry: TerminologyEntry, chinese: string) => chineseForms(entry).some((form) => chinese.includes(form));
  for (const entry of entries.filter((e) => e.check !== undefined)) {
    const check = entry.check!.toLowerCase();
    for (const [where, chinese, english] of texts)
      if (entry.except?.[where] === undefined && has(entry, chinese) && !english.toLowerCase().includes(check))
        add(`${where}: ${entry.zh} is not rendered “${entry.check}”`);
  }
  for (const entry of entries)
    for (const where of Object.keys(entry.except ?? {})) {
      const text = texts.find(([ref]) => ref === where);
      if (!text) add(`${entry.zh}: the exception names ${where}, which is not a text of the documents`);
      else if (!has(entry, text[1])) add(`${entry.zh}: the exception names ${where}, whose Chinese does not have the term`);
      else if (entry.check && text[2].toLowerCase().includes(entry.check.toLowerCase()))
        add(`${entry.zh}: the exception names ${where}, whose English has the rendering after all`);
    }
  return problems;
}
