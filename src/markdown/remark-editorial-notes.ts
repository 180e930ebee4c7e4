import type { Emphasis, List, Paragraph, PhrasingContent, Root, RootContent, Text } from 'mdast';
import type { VFile } from 'vfile';
import type { EditionNote } from '../lib/editorial-notes';
import { langRuns } from '../lib/lang-runs';
import { sectionFrontmatter } from './frontmatter';


export interface EditorialNotesOptions {
  notes: Record<string, EditionNote[]>;
  /** The label that opens a note, by edition (e.g. 编者注, Editor's note). */
  label: Record<string, string>;
  /** Editions whose notes quote the Chinese text: each quotation is marked lang="zh-Hans". */
  quotingEditions?: string[];
}

/**
 * Attaches the editors' notes on misprints to their paragraphs: the printed string, kept exactly as
 * printed, is marked (`<mark class="misprint">`), and the note follows at the end of the paragraph
 * (`<span class="editorial-note" role="note">`). Runs after remark-paragraph-refs, whose references
 * it uses to find the paragraph.
 */
export default function remarkEditorialNotes({ notes, label, quotingEditions = [] }: EditorialNotesOptions) {
  return (tree: Root, file: VFile) => {
    const frontmatter = sectionFrontmatter(file);
    if (!frontmatter) return;
    const editionNotes = notes[frontmatter.edition] ?? [];
    const paragraphs = new Map<string, Paragraph>();
    for (const node of tree.children as RootContent[]) {
      const blocks = node.type === 'list' ? (node as List).children.map((item) => ({ ref: item.data?.hProperties?.dataRef, paragraph: item.children[0] })) : [{ ref: node.data?.hProperties?.dataRef, paragraph: node }];
      for (const { ref, paragraph } of blocks) {
        if (typeof ref === 'string' && paragraph?.type === 'paragraph') paragraphs.set(ref, paragraph);
      }
    }

    editionNotes.forEach((note, index) => {
      const paragraph = paragraphs.get(note.ref);
      if (!paragraph) return;
      const noteId = `note-${frontmatter.edition}-${index + 1}`;
      if (note.printed) markPrinted(paragraph, note.printed, noteId, `${note.ref}: ${note.printed}`);
      const noteNode: Emphasis = {
        type: 'emphasis',
        data: { hName: 'span', hProperties: { className: ['editorial-note'], role: 'note', id: noteId } },
        children: [
          { type: 'strong', data: { hName: 'span', hProperties: { className: ['editorial-note-label'] } }, children: [{ type: 'text', value: label[frontmatter.edition] ?? '' }] },
          ...noteText(` ${note.text}`, quotingEditions.includes(frontmatter.edition)),
        ],
      };
      paragraph.children.push(noteNode);
    });
  };
}

function noteText(text: string, markQuotes: boolean): PhrasingContent[] {
  if (!markQuotes) return [{ type: 'text', value: text }];
  return langRuns(text).map((run): PhrasingContent =>
    run.chinese ? { type: 'emphasis', data: { hName: 'span', hProperties: { lang: 'zh-Hans' } }, children: [{ type: 'text', value: run.text }] } : { type: 'text', value: run.text },
  );
}

function markPrinted(paragraph: Paragraph, printed: string, noteId: string, where: string): void {
  const index = paragraph.children.findIndex((child) => child.type === 'text' && child.value.includes(printed));
  if (index === -1) throw new Error(`remark-editorial-notes: ${where} is not printed in the paragraph (as one run of text)`);
  const text = paragraph.children[index] as Text;
  const at = text.value.indexOf(printed);
  if (text.value.indexOf(printed, at + 1) !== -1) throw new Error(`remark-editorial-notes: ${where} occurs more than once in the paragraph`);
  const mark: Emphasis = {
    type: 'emphasis',
    data: { hName: 'mark', hProperties: { className: ['misprint'], ariaDescribedBy: noteId } },
    children: [{ type: 'text', value: printed }],
  };
  paragraph.children.splice(index, 1, { type: 'text', value: text.value.slice(0, at) }, mark, { type: 'text', value: text.value.slice(at + printed.length) });
}
