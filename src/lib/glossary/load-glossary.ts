import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { z } from 'astro/zod';
import type { Edition } from '../editions';
import { toTraditional } from '../traditional';
import { glossaryEntrySchema, type GlossaryEntry } from './schema';
import type { TermForm } from './term-matcher';

export const GLOSSARY_FILE = 'content/glossary/terms.yaml';

export function loadGlossary(): GlossaryEntry[] {
  return z.array(glossaryEntrySchema).parse(parse(readFileSync(join(process.cwd(), GLOSSARY_FILE), 'utf8')));
}

/** The strings to mark for each entry in an edition: Chinese forms in each script, English names in English. */
export function termForms(entries: readonly GlossaryEntry[], edition: Edition): TermForm[] {
  return entries.flatMap((entry) => {
    const forms = edition === 'en' ? [entry.en, ...(entry.enForms ?? [])] : [entry.term, ...(entry.forms ?? [])];
    return forms.map((text) => ({ id: entry.id, text: edition === 'zh-hant' ? toTraditional(text) : text }));
  });
}

export function glossaryHref(edition: string, id: string): string {
  return `/${edition}/glossary/#${id}`;
}
