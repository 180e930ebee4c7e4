import { z } from 'astro/zod';
import type { Edition } from '../editions';
import { readYaml } from '../read-yaml';
import { glossaryEntrySchema, type GlossaryEntry } from './schema';
import type { TermForm } from './term-matcher';

export const GLOSSARY_FILE = 'content/glossary/terms.yaml';

export function loadGlossary(): GlossaryEntry[] {
  return readYaml(GLOSSARY_FILE, z.array(glossaryEntrySchema));
}

/** The strings to mark for each entry in an edition: Chinese forms in the edition's script (`toScript`), English names in English. */
export function termForms(entries: readonly GlossaryEntry[], edition: Edition, toScript: (simplified: string) => string): TermForm[] {
  return entries.flatMap((entry) => {
    const forms = edition === 'en' ? [entry.en, ...(entry.enForms ?? [])] : [entry.term, ...(entry.forms ?? [])];
    return forms.map((text) => ({ id: entry.id, text: toScript(text) }));
  });
}
