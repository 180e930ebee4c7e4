import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'astro/zod';
import { parse } from 'yaml';
import type { EditionNote } from '../markdown/remark-editorial-notes';
import { EDITIONS, type Edition } from './editions';
import { toTraditional } from './traditional';

export const EDITORIAL_NOTES_FILE = 'content/editorial/notes.yaml';

/** An editors' note on a misprint: what is printed, the likely intended reading, and why. */
export const editorialNoteSchema = z
  .object({ ref: z.string().regex(/^R?\d+\.\d+$/u), printed: z.string().min(1), reading: z.string().min(1), zh: z.string().min(1), en: z.string().min(1) })
  .strict();

export type EditorialNote = z.infer<typeof editorialNoteSchema>;

export function loadEditorialNotes(): EditorialNote[] {
  return z.array(editorialNoteSchema).parse(parse(readFileSync(join(process.cwd(), EDITORIAL_NOTES_FILE), 'utf8')));
}

/** The notes as each edition shows them: the Chinese editions mark the printed string; English has no such string. */
export function notesByEdition(notes: readonly EditorialNote[]): Record<Edition, EditionNote[]> {
  const forEdition = (edition: Edition): EditionNote[] =>
    notes.map((note) =>
      edition === 'en'
        ? { ref: note.ref, text: note.en.trim() }
        : edition === 'zh-hant'
          ? { ref: note.ref, printed: toTraditional(note.printed), text: toTraditional(note.zh.trim()) }
          : { ref: note.ref, printed: note.printed, text: note.zh.trim() },
    );
  return Object.fromEntries(EDITIONS.map((edition) => [edition, forEdition(edition)])) as Record<Edition, EditionNote[]>;
}
