import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Corpus } from '../../src/lib/open-data';
import { loadEditorial } from '../../src/lib/content/load-model';
import { builtUrls } from '../helpers/built';
import { printed } from '../helpers/editions';

const { paths, publicUrl } = builtUrls();

const corpus = JSON.parse(readFileSync('dist/data/corpus.json', 'utf8')) as Corpus;
const markdown = readFileSync('dist/data/corpus.md', 'utf8');
const paragraphs = corpus.documents.flatMap((d) => d.sections.flatMap((s) => s.paragraphs));
const glossary = JSON.parse(readFileSync('dist/zh-hans/glossary.json', 'utf8')) as Record<string, unknown>;

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
    // Built without SITE_URL, the addresses are paths on the site (with it, the same paths on its host).
    expect(charter.url.en).toBe(publicUrl(`${paths.section('en', 'statement', 5)}#p5-2`));
    expect(charter.terms).toContain('un-charter');
    for (const paragraph of paragraphs) for (const id of paragraph.terms) expect(glossary, `${paragraph.ref}: ${id}`).toHaveProperty(id);
  });

  it('say where the statement breaks off and that the translation is unofficial', () => {
    expect(corpus.documents[0]?.continuation).toEqual({ marker: '（下转第三版）', sourceLine: 131 });
    expect(corpus.translation).toMatch(/unofficial/u);
  });

  it('as Markdown, list every paragraph under its reference', () => {
    for (const paragraph of paragraphs)
      expect(markdown).toContain(
        `### ${paragraph.ref}\n\n${paragraph.text['zh-hans']}\n\n${paragraph.text['zh-hant']}\n\n> ${paragraph.text.en}`,
      );
  });

  it('hold the apparatus with its evidence, and the collation log, as JSON and Markdown', () => {
    const editorial = loadEditorial();
    expect(corpus.apparatus.map((entry) => entry.id)).toEqual(editorial.differences.map((entry) => entry.id));
    for (const entry of corpus.apparatus) {
      expect(paragraphs.find((p) => p.ref === entry.ref)?.differences, entry.id).toContain(entry.id);
      if (entry.basis === 'published') expect(entry.witnesses.length, entry.id).toBeGreaterThan(0);
      for (const witness of [...entry.witnesses, ...entry.sources]) {
        expect(witness.url, entry.id).toMatch(/^https?:\/\//u);
        expect(witness.quote, entry.id).toMatch(/\p{Script=Han}/u);
        expect(markdown, entry.id).toContain(witness.url);
      }
      expect(entry.url.en).toBe(publicUrl(`${paths.apparatus('en')}#${entry.id}`));
      expect(markdown).toContain(`| ${entry.printed} | ${entry.reading} |`);
    }
    expect(corpus.collation.map((entry) => entry.ref)).toEqual(editorial.log.map((entry) => entry.ref));
    expect(markdown).toContain('## Collation log');
  });
});
