import { describe, expect, it } from 'vitest';
import { parallelTexts } from '../../src/lib/content/rules';
import { terminologyProblems, type TerminologyEntry } from '../../src/lib/terminology';
import { content } from '../helpers/content';

const { terminology, editions } = content();
const texts = parallelTexts(editions.simplified, editions.english);
const problems = (entries: readonly TerminologyEntry[]) => terminologyProblems(entries, texts);
const checked = terminology.find((term) => term.zh === '联合国宪章')!;
const replaced = (change: (entry: TerminologyEntry) => TerminologyEntry) =>
  terminology.map((term) => (term === checked ? change(term) : term));

describe('the terminology table', () => {
  it('has at least 40 terms and holds every rule of the table (terminologyProblems, which the split runs)', () => {
    expect(terminology.length).toBeGreaterThanOrEqual(40);
    expect(problems(terminology)).toEqual([]);
  });

  it('refuses a term listed twice or without its English rendering', () => {
    expect(problems([...terminology, checked])).toEqual([expect.stringMatching(/联合国宪章 is listed twice/u)]);
    expect(problems(replaced((term) => ({ ...term, en: ' ' })))).toEqual([expect.stringMatching(/联合国宪章 has no rendering/u)]);
  });

  it('refuses a text that has a checked term without its rendering, unless the table says why', () => {
    const [where, , english] = texts.find(([, chinese]) => chinese.includes('联合国宪章'))!;
    const altered = texts.map((text): typeof text =>
      text[0] === where ? [where, text[1], english.replaceAll(checked.check!, 'Treaty')] : text,
    );
    expect(terminologyProblems(terminology, altered)).toEqual([
      `content/translations/en/terminology.yaml: ${where}: 联合国宪章 is not rendered “${checked.check}”`,
    ]);
    expect(
      terminologyProblems(
        replaced((term) => ({ ...term, except: { ...term.except, [where]: 'test' } })),
        altered,
      ),
    ).toEqual([]);
  });

  it('refuses an exception for a paragraph without the term, or with its rendering after all', () => {
    const without = texts.find(([, chinese]) => !chinese.includes('联合国宪章'))![0];
    const withIt = texts.find(([, chinese]) => chinese.includes('联合国宪章'))![0];
    expect(problems(replaced((term) => ({ ...term, except: { ...term.except, [without]: 'test' } })))).toEqual([
      expect.stringMatching(new RegExp(`the exception names ${without.replace('.', '\\.')}, whose Chinese does not have the term`, 'u')),
    ]);
    expect(problems(replaced((term) => ({ ...term, except: { ...term.except, [withIt]: 'test' } })))).toEqual([
      expect.stringMatching(/whose English has the rendering after all/u),
    ]);
  });

  it('checks at least the key formulas of the statement', () => {
    const checked = terminology.filter((t) => t.check).map((t) => t.zh);
    expect(checked).toEqual(
      expect.arrayContaining([
        '全面战略协作伙伴关系',
        '新时代',
        '伟大卫国战争',
        '一个中国原则',
        '人类命运共同体',
        '全球文明倡议',
        '联合国宪章',
      ]),
    );
  });
});
