import { z } from 'astro/zod';
import { EDITIONS, type Edition } from './editions';
import { readYaml } from './read-yaml';
import { toTraditional } from './traditional';

export const EDITORIAL_NOTES_FILE = 'content/editorial/notes.yaml';

/** An editors' note on a misprint: what is printed, the likely intended reading, and why. */
export const editorialNoteSchema = z
  .object({ ref: z.string().regex(/^R?\d+\.\d+$/u), printed: z.string().min(1), reading: z.string().min(1), zh: z.string().min(1), en: z.string().min(1) })
  .strict();

export type EditorialNote = z.infer<typeof editorialNoteSchema>;

/** An editorial note on one paragraph, in the words of one edition. */
export interface EditionNote {
  ref: string;
  /** The printed string the note is about, marked in the text where the edition prints it. */
  printed?: string;
  text: string;
}

export function loadEditorialNotes(): EditorialNote[] {
  return readYaml(EDITORIAL_NOTES_FILE, z.array(editorialNoteSchema));
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
