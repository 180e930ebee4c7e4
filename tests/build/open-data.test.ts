import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Corpus } from '../../src/lib/open-data';
import { printed } from '../helpers/editions';

const corpus: Corpus = JSON.parse(readFileSync('dist/data/corpus.json', 'utf8'));
const markdown = readFileSync('dist/data/corpus.md', 'utf8');
const paragraphs = corpus.documents.flatMap((d) => d.sections.flatMap((s) => s.paragraphs));
const glossary: Record<string, unknown> = JSON.parse(readFileSync('dist/zh-hans/glossary.json', 'utf8'));

describe('the open data downloads', () => {
  it('hold every paragraph once, with its reference and its text in all three editions', () => {
    expect(paragraphs).toHaveLength(76);
    expect(new Set(paragraphs.map((p) => p.ref)).size).toBe(76);
    const source = printed().documents.flatMap((d) => d.sections.flatMap((s) => s.blocks.map((b) => b.text)));
    expect(paragraphs.map((p) => p.text['zh-hans'])).toEqual(source);
    for (const paragraph of paragraphs) {
      expect(paragraph.text['zh-hant'], paragraph.ref).toMatch(/\p{Script=Han}/u);
      expect(paragraph.text.en, paragraph.ref).not.toMatch(/\p{Script=Han}/u);
    }
  });

  it('give each paragraph its permanent address in each edition, and the glossary terms in it', () => {
    const charter = paragraphs.find((p) => p.ref === '5.2')!;
    expect(new URL(charter.url.en).pathname + new URL(charter.url.en).hash).toBe('/en/statement/5/#p5-2');
    expect(charter.terms).toContain('un-charter');
    for (const paragraph of paragraphs) for (const id of paragraph.terms) expect(glossary, `${paragraph.ref}: ${id}`).toHaveProperty(id);
  });

  it('say where the statement breaks off and that the translation is unofficial', () => {
    expect(corpus.documents[0]?.continuation).toEqual({ marker: '（下转第三版）', sourceLine: 131 });
    expect(corpus.translation).toMatch(/unofficial/u);
  });

  it('as Markdown, list every paragraph under its reference', () => {
    for (const paragraph of paragraphs) expect(markdown).toContain(`### ${paragraph.ref}\n\n${paragraph.text['zh-hans']}\n\n${paragraph.text['zh-hant']}\n\n> ${paragraph.text.en}`);
  });
});
