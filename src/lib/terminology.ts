import { z } from 'astro/zod';
import type { Edition } from './editions';
import type { TermForm } from './glossary/term-matcher';
import { readYaml } from './read-yaml';
import { toTraditional } from './traditional';

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

/** The strings to mark in an edition, each standing for its term's key. */
export function alignedForms(terms: readonly AlignedTerm[], edition: Edition): TermForm[] {
  return terms.flatMap((term) =>
    edition === 'en'
      ? term.english.map((text) => ({ id: term.key, text }))
      : term.chinese.map((text) => ({ id: term.key, text: edition === 'zh-hant' ? toTraditional(text) : text })),
  );
}
