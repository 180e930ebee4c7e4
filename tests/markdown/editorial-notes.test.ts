import { select, selectAll } from 'hast-util-select';
import { toText } from 'hast-util-to-text';
import { describe, expect, it } from 'vitest';
import { buildEditionFiles } from '../../src/lib/collections/build-editions';
import { readEditionInputs } from '../../src/lib/collections/read-inputs';
import { loadEditorialNotes } from '../../src/lib/editorial-notes';
import { paragraphId } from '../../src/lib/references';
import { toTraditional } from '../../src/lib/traditional';
import { printed } from '../helpers/editions';
import { renderMarkdown } from '../helpers/markdown';

const notes = loadEditorialNotes();
const files = buildEditionFiles(readEditionInputs());
const text = printed();

/** The file and element id of the paragraph a reference names. */
function locate(ref: string) {
  const [, report, section, paragraph] = /^(R?)(\d+)\.(\d+)$/u.exec(ref)!;
  const document = report ? 'report' : 'statement';
  return { file: `${document}/${section}.md`, id: paragraphId(document, Number(section), Number(paragraph)), document, section: Number(section), paragraph: Number(paragraph) };
}

describe('editorial notes on misprints', () => {
  it('each name a string printed exactly once in its paragraph, and a different reading', () => {
    expect(notes.length).toBeGreaterThanOrEqual(5);
    for (const note of notes) {
      const { document, section, paragraph } = locate(note.ref);
      const block = text.documents.find((d) => d.id === document)!.sections.find((s) => s.number === section)!.blocks[paragraph - 1]!;
      expect(block.text.split(note.printed).length - 1, note.ref).toBe(1);
      expect(note.reading, note.ref).not.toBe(note.printed);
    }
  });

  it('keep the printed text as printed, marked, with the note after it, in both Chinese editions', async () => {
    for (const edition of ['zh-hans', 'zh-hant'] as const) {
      for (const note of notes) {
        const { file, id } = locate(note.ref);
        const { tree } = await renderMarkdown(files.get(`${edition}/${file}`)!);
        const paragraph = select(`#${id}`, tree)!;
        const printedHere = edition === 'zh-hant' ? toTraditional(note.printed) : note.printed;
        const marks = selectAll('mark.misprint', paragraph).map((mark) => toText(mark));
        expect(marks, `${edition} ${note.ref}`).toContain(printedHere);
        const noteElement = selectAll('.editorial-note', paragraph).find((element) => toText(element).includes(edition === 'zh-hant' ? toTraditional(note.zh.trim()) : note.zh.trim()));
        expect(noteElement, `${edition} ${note.ref}`).toBeTruthy();
        expect(noteElement!.properties.role).toBe('note');
        const describedBy = selectAll('mark.misprint', paragraph).find((mark) => toText(mark) === printedHere)!.properties.ariaDescribedBy;
        expect(describedBy).toEqual([noteElement!.properties.id]);
      }
    }
  });

  it('give the English edition the note in English', async () => {
    for (const note of notes) {
      const { file, id } = locate(note.ref);
      const { tree } = await renderMarkdown(files.get(`en/${file}`)!);
      const texts = selectAll(`#${id} .editorial-note`, tree).map((element) => toText(element));
      expect(texts.some((text) => text.includes(note.en.trim())), note.ref).toBe(true);
    }
  });
});
