import type { Emphasis, Paragraph, Root, Text } from 'mdast';
import type { VFile } from 'vfile';
import type { EditionNote } from '../lib/editorial/notes';
import { addressedParagraphs } from './addressed-paragraphs';
import { sectionFrontmatter } from './frontmatter';

export interface EditorialNotesOptions {
  /** The notes of each edition (src/lib/editorial/notes.ts). */
  notes: Record<string, EditionNote[]>;
  /** Editions whose text is the Chinese the notes quote, so that the printed strings are marked in it. */
  markedEditions: string[];
}

/**
 * Attaches the editors' notes to their paragraphs. In the Chinese editions the printed string,
 * kept exactly as printed, is marked (`<mark class="variant">`, or `class="noted"` for a wording the
 * published text has too) and described by the note; the note follows at the end of the paragraph.
 * Runs after remark-paragraph-refs, whose references it uses to find the paragraph.
 */
export default function remarkEditorialNotes({ notes, markedEditions }: EditorialNotesOptions) {
  return (tree: Root, file: VFile) => {
    const frontmatter = sectionFrontmatter(file);
    if (!frontmatter) return;
    const paragraphs = addressedParagraphs(tree);

    for (const note of notes[frontmatter.edition] ?? []) {
      const paragraph = paragraphs.get(note.ref);
      if (!paragraph) continue;
      const basis = note.element.properties.dataBasis;
      if (markedEditions.includes(frontmatter.edition)) markPrinted(paragraph, note, basis === 'as-published' ? 'noted' : 'variant');
      const noteNode: Emphasis = {
        type: 'emphasis',
        children: [],
        data: { hName: note.element.tagName, hProperties: note.element.properties, hChildren: note.element.children },
      };
      paragraph.children.push(noteNode);
    }
  };
}

function markPrinted(paragraph: Paragraph, note: EditionNote, className: string): void {
  const where = `${note.ref}: «${note.printed}»`;
  const index = paragraph.children.findIndex((child) => child.type === 'text' && child.value.includes(note.printed));
  if (index === -1) throw new Error(`remark-editorial-notes: ${where} is not printed in the paragraph (as one run of text)`);
  const text = paragraph.children[index] as Text;
  const at = text.value.indexOf(note.printed);
  if (text.value.indexOf(note.printed, at + 1) !== -1)
    throw new Error(`remark-editorial-notes: ${where} occurs more than once in the paragraph`);
  const mark: Emphasis = {
    type: 'emphasis',
    data: { hName: 'mark', hProperties: { className: [className], ariaDescribedBy: note.id } },
    children: [{ type: 'text', value: note.printed }],
  };
  paragraph.children.splice(index, 1, { type: 'text', value: text.value.slice(0, at) }, mark, {
    type: 'text',
    value: text.value.slice(at + note.printed.length),
  });
}
