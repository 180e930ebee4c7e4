import type { Element } from 'hast';
import { select, selectAll } from 'hast-util-select';
import { toText } from 'hast-util-to-text';
import { describe, expect, it } from 'vitest';
import { toCollectionFiles } from '../../src/lib/collections/collection-files';
import { editionScripts, loadEditorial, loadModel } from '../../src/lib/content/load-model';
import { paragraphIdOfRef, parseRef } from '../../src/shared/references';
import { uiText } from '../../src/lib/ui';
import { paths } from '../../src/shared/urls';
import { renderMarkdown } from '../helpers/markdown';

const editorial = loadEditorial();
const files = toCollectionFiles(loadModel());
const { toTraditional, toTraditionalWords: toTraditionalInterface, toSimplified } = editionScripts();

const rendered = new Map<string, ReturnType<typeof renderMarkdown>>();
/** A paragraph of a section as the pipeline renders it (each section rendered once; the tests only read the trees). */
async function paragraph(edition: string, ref: string): Promise<Element> {
  const { document, section } = parseRef(ref)!;
  const file = `${edition}/${document}/${section}.md`;
  if (!rendered.has(file)) rendered.set(file, renderMarkdown(files.get(file)!));
  const { tree } = await rendered.get(file)!;
  return select(`#${paragraphIdOfRef(ref)}`, tree)!;
}

describe('editorial notes on the differences from the published text', () => {
  it('keep the printed text as printed, mark it, and describe it by the note after it, in both Chinese editions', async () => {
    for (const edition of ['zh-hans', 'zh-hant'] as const) {
      const script = edition === 'zh-hant' ? toTraditional : (text: string) => text;
      // The quotation marks are the site's (corner quotes in the Traditional edition); the readings inside are the print's and the published text's.
      const [open, close] = edition === 'zh-hant' ? ['「', '」'] : ['“', '”'];
      for (const entry of editorial.differences) {
        const element = await paragraph(edition, entry.ref);
        const mark = selectAll('mark.variant', element).find((m) => toText(m) === script(entry.printed));
        expect(mark, `${edition} ${entry.id}`).toBeTruthy();
        const note = select(`#note-${entry.id}`, element)!;
        expect(note.properties.role).toBe('note');
        expect(mark!.properties.ariaDescribedBy).toEqual([`note-${entry.id}`]);
        const text = toText(note);
        expect(text, entry.id).toContain(`${open}${script(entry.printed)}${close}`);
        expect(text, entry.id).toContain(`${open}${script(entry.reading)}${close}`);
        expect(text, entry.id).toContain(uiText(edition).translationFollows[entry.translation.follows]);
        expect(text, entry.id).toContain(entry.basis === 'published' ? uiText(edition).basisPublished : uiText(edition).basisConjecture);
      }
    }
  });

  it('are in Traditional script in the Traditional edition, in Taiwan’s words and with corner quotes (the site’s own words)', async () => {
    for (const entry of editorial.differences) {
      const note = select(`#note-${entry.id}`, await paragraph('zh-hant', entry.ref))!;
      const comment = toText(select('.comment', note)!);
      expect(comment, entry.id).toBe(toTraditionalInterface(entry.comment.zh));
      expect(toSimplified(comment), entry.id).not.toBe(comment);
      expect(comment, entry.id).not.toMatch(/[“”]/u);
    }
    // A note whose comment has a word Taiwan says otherwise: 字节 (bytes) is 位元組, the quoted print stays.
    const r11a = toText(select('#note-r1-1a .comment', await paragraph('zh-hant', 'R1.1'))!);
    expect(r11a).toContain('殘存的位元組不可能出自「官」');
    expect(r11a).not.toContain('字節');
  });

  it('show their basis: each witness a link that opens in a new tab and says so, or the word conjecture', async () => {
    for (const edition of ['zh-hans', 'zh-hant', 'en'] as const) {
      for (const entry of editorial.differences) {
        const note = select(`#note-${entry.id}`, await paragraph(edition, entry.ref))!;
        const links = selectAll('.basis a', note);
        const expected = [...entry.witnesses, ...entry.sources].map(({ witness }) => editorial.witnesses.get(witness)!.url);
        expect(
          links.map((link) => link.properties.href),
          `${edition} ${entry.id}`,
        ).toEqual(expected);
        for (const link of links) {
          expect(link.properties.target).toBe('_blank');
          expect(link.properties.rel).toEqual(expect.arrayContaining(['external', 'noopener', 'noreferrer']));
          expect(toText(link)).toContain(uiText(edition).opensInNewTab);
        }
        expect(note.properties.dataBasis, entry.id).toBe(entry.basis);
        const apparatus = select('a.apparatus-link', note)!;
        expect(apparatus.properties.href).toBe(`${paths.apparatus(edition)}#${entry.id}`);
      }
    }
  });

  it('are given in English in the English edition, with the Chinese marked as Chinese, and the Chinese text beside it is not annotated twice', async () => {
    for (const entry of editorial.differences) {
      const element = await paragraph('en', entry.ref);
      const note = select(`#note-${entry.id}`, element)!;
      expect(toText(select('.comment', note)!), entry.id).toBe(entry.comment.en);
      const chinese = selectAll('.readings [lang="zh-Hans"]', note).map((span) => toText(span));
      expect(chinese, entry.id).toEqual([entry.printed, entry.reading]);
      expect(selectAll('mark', element), entry.id).toEqual([]);
    }
  });

  it('note a wording the published text has too, without calling it a difference', async () => {
    for (const note of editorial.wordingNotes) {
      const element = await paragraph('zh-hans', note.ref);
      const mark = select('mark.noted', element)!;
      expect(toText(mark)).toBe(note.printed);
      const noteElement = select(`#${String(mark.properties.ariaDescribedBy)}`, element)!;
      expect(noteElement.properties.dataBasis).toBe('as-published');
      expect(toText(noteElement)).toContain(note.comment.zh);
      expect(selectAll('a.apparatus-link', noteElement)).toEqual([]);
    }
  });
});
