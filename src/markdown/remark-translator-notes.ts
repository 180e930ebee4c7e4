import type { ElementContent } from 'hast';
import type { Emphasis, Root } from 'mdast';
import type { VFile } from 'vfile';
import { markOtherLanguages } from '../shared/lang-runs';
import { addressedParagraphs } from './addressed-paragraphs';
import { sectionFrontmatter } from './frontmatter';
import { CLASSES } from '../shared/contracts';

export interface TranslatorNotesOptions {
  /** The note's label, "Translator’s note:", in the language of the notes. */
  label: string;
  /** The language the notes are written in. */
  lang: string;
}

/**
 * Ends each translated paragraph that has a translator's note (the section's frontmatter, `notes`, by
 * reference) with the note: `<span class="translator-note" lang="en"><span class="translator-note-label">…`,
 * what it quotes in another language marked as such. It follows the editors' notes and the "see also"
 * line, and is not part of the text: terms in it are not marked. Runs after remark-paragraph-refs.
 */
export default function remarkTranslatorNotes({ label, lang }: TranslatorNotesOptions) {
  return (tree: Root, file: VFile) => {
    const frontmatter = sectionFrontmatter(file);
    const notes = (file.data.astro as { frontmatter?: { notes?: Record<string, string> } } | undefined)?.frontmatter?.notes;
    if (!frontmatter || !notes) return;
    for (const [ref, paragraph] of addressedParagraphs(tree)) {
      const note = notes[ref];
      if (note === undefined) continue;
      const text = markOtherLanguages(` ${note}`, 'en').map((run): ElementContent =>
        run.lang
          ? { type: 'element', tagName: 'span', properties: { lang: run.lang }, children: [{ type: 'text', value: run.text }] }
          : { type: 'text', value: run.text },
      );
      const node: Emphasis = {
        type: 'emphasis',
        children: [],
        data: {
          hName: 'span',
          hProperties: { className: [CLASSES.translatorNote], lang },
          hChildren: [
            {
              type: 'element',
              tagName: 'span',
              properties: { className: ['translator-note-label'], lang },
              children: [{ type: 'text', value: label }],
            },
            ...text,
          ],
        },
      };
      paragraph.children.push(node);
    }
  };
}
