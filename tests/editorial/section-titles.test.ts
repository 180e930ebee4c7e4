import { describe, expect, it } from 'vitest';
import { loadModel } from '../../src/lib/content/load-model';
import { sectionTitleProblems } from '../../src/lib/section-titles';

const { sectionTitles: titles, editions } = loadModel();
const unnamed = editions[0]!.documents.flatMap((document) =>
  document.sections.filter((section) => section.heading === undefined).map((section) => `${document.id}/${section.number}`),
);

describe('editorial section titles (sectionTitleProblems, which the split runs)', () => {
  it('name every section that print leaves without words, and no other, each in Chinese and English', () => {
    expect(unnamed.length).toBeGreaterThan(0);
    expect(sectionTitleProblems(titles, unnamed)).toEqual([]);
  });

  it('refuse a section without a title, a title for a section print names, and a title missing a language', () => {
    const [first, ...rest] = titles;
    expect(sectionTitleProblems(rest, unnamed)).toEqual([
      expect.stringMatching(/the titles are not those of the sections print leaves without words/u),
    ]);
    expect(sectionTitleProblems([...titles, { ...first!, id: 'report/1' }], unnamed)).toEqual([
      expect.stringMatching(/the titles are not those of the sections print leaves without words/u),
    ]);
    expect(sectionTitleProblems([{ ...first!, zh: 'Untitled' }, ...rest], unnamed)).toEqual([
      expect.stringMatching(/has no Chinese title/u),
    ]);
    expect(sectionTitleProblems([{ ...first!, en: '无题' }, ...rest], unnamed)).toEqual([expect.stringMatching(/has no English title/u)]);
  });
});
