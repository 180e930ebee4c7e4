import { describe, expect, it } from 'vitest';
import { loadSectionTitles } from '../../src/lib/section-titles';
import { splitPage } from '../../src/lib/split/split-page';
import { sourceBytes } from '../helpers/source';

const titles = [...loadSectionTitles().values()];

describe('editorial section titles', () => {
  it('name every section that print leaves without words, and no other', () => {
    const unnamed = splitPage(sourceBytes()).documents.flatMap((document) =>
      document.sections.filter((section) => !section.heading).map((section) => `${document.id}/${section.number}`),
    );
    expect(titles.map((title) => title.id).sort()).toEqual(unnamed.sort());
  });

  it('give each a Chinese and an English title', () => {
    for (const title of titles) {
      expect(title.zh, title.id).toMatch(/\p{Script=Han}/u);
      expect(title.en, title.id).toMatch(/^[A-Z][^\p{Script=Han}]+$/u);
    }
  });
});
