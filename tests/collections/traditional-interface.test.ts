import { describe, expect, it } from 'vitest';
import { editionScripts, loadModel } from '../../src/lib/content/load-model';
import { createTaiwanWords, taiwanWordsProblems, wordsRuns, type TaiwanWords } from '../../src/lib/traditional-interface';
import { uiText } from '../../src/lib/ui';
import { interfaceStrings, quotedTexts, siteWords } from '../helpers/site-words';

const { toTraditional, toTraditionalWords: toTraditionalInterface } = editionScripts();
const { taiwanWords } = loadModel();
const { replace } = taiwanWords;
const mainlandIn = (text: string) => replace.filter(({ mainland }) => text.includes(mainland)).map(({ mainland }) => mainland);
const count = (text: string, mark: string) => text.split(mark).length - 1;

describe("the Traditional edition's interface (content/editorial/traditional-interface.yaml)", () => {
  const simplified = interfaceStrings(uiText('zh-hans'));
  const traditional = interfaceStrings(uiText('zh-hant'));

  it('uses no mainland word of the list in any string, and Taiwan’s words where the Simplified has them', () => {
    expect(traditional.map(({ where }) => where)).toEqual(simplified.map(({ where }) => where));
    const found = traditional.flatMap(({ where, text }) => mainlandIn(text).map((word) => `${where}: ${word}`));
    expect(found).toEqual([]);
    const ui = uiText('zh-hant');
    expect(ui.copyLink).toBe('複製第 {ref} 段的連結');
    expect(ui.paragraphLinkLabel).toBe('第 {ref} 段的連結');
    expect(ui.copyPassageLink).toBe('複製所選文字的連結');
    expect(ui.search).toBe('搜尋');
    expect(ui.searchPlaceholder).toBe('搜尋全文');
    expect(ui.searchLabel).toBe('在聲明和報道中搜尋');
    expect(ui.openData).toBe('開放資料');
    expect(ui.opensInNewTab).toBe('在新分頁開啟');
  });

  it('quotes with corner quotes: each “ ” of the Simplified is 「 」, each ‘ ’ is 『 』', () => {
    traditional.forEach(({ where, text }, index) => {
      const original = simplified[index]!.text;
      expect(text, where).not.toMatch(/[“”‘’]/u);
      expect([count(text, '「'), count(text, '」'), count(text, '『'), count(text, '』')], where).toEqual([
        count(original, '“'),
        count(original, '”'),
        count(original, '‘'),
        count(original, '’'),
      ]);
    });
    expect(uiText('zh-hant').readingPublished).toBe('原印「{printed}」，已發表文本作「{reading}」。');
    expect(uiText('zh-hant').searchCount.contain.other).toBe('共 {n} 個段落包含「{q}」');
  });

  it('leaves the Simplified and the English interface with their curly quotes', () => {
    expect(uiText('zh-hans').readingPublished).toBe('原印“{printed}”，已发表文本作“{reading}”。');
    expect(uiText('zh-hans').searchAlsoAsForm).toBe('“{form}”');
    expect(uiText('en').searchAlsoAsForm).toBe('“{form}”');
    expect(uiText('en').searchCount.contain.other).toBe('{n} paragraphs contain “{q}”');
  });
});

describe("the site's own words in the Traditional edition", () => {
  it('use Taiwan’s words and corner quotes outside what they quote, and leave what they quote as the script conversion gives it', () => {
    const problems: string[] = [];
    for (const { where, text } of siteWords()) {
      const converted = toTraditionalInterface(text);
      const runs = wordsRuns(converted);
      for (const run of runs) {
        if (run.kind === 'words') problems.push(...mainlandIn(run.text).map((word) => `${where}: ${word}`));
        if (run.kind === 'mark' && /[“”‘’]/u.test(run.text)) problems.push(`${where}: ${run.text}`);
      }
      const quoted = (runs: ReturnType<typeof wordsRuns>) => runs.filter((run) => run.kind === 'quoted').map((run) => run.text);
      expect(quoted(runs), where).toEqual(quoted(wordsRuns(toTraditional(text))));
    }
    expect(problems).toEqual([]);
  });

  it('change nothing but the listed words and the quotation marks: undone, they are what opencc gives', () => {
    const undo = (text: string) =>
      replace
        .reduce((result, { mainland, taiwan }) => result.replaceAll(taiwan, mainland), text)
        .replace(/[「」『』]/gu, (mark) => ({ '「': '“', '」': '”', '『': '‘', '』': '’' })[mark]!);
    for (const { where, text } of siteWords()) {
      if (/[「」『』]/u.test(toTraditional(text))) continue;
      expect(undo(toTraditionalInterface(text)), where).toBe(undo(toTraditional(text)));
    }
  });
});

describe('the list of Taiwan words (taiwanWordsProblems, which the split runs)', () => {
  const opencc = siteWords()
    .map(({ text }) => toTraditional(text))
    .join('\n');
  const quoted = quotedTexts().map(({ text }) => text);
  const problems = (words: TaiwanWords) => taiwanWordsProblems(words, opencc, quoted);
  const [first, second] = replace;

  it('holds for the list as it is', () => {
    expect(problems(taiwanWords)).toEqual([]);
  });

  it('refuses a dead entry: a word, replaced or kept, that occurs nowhere in what opencc makes of the site’s words', () => {
    expect(problems({ ...taiwanWords, replace: [...replace, { mainland: '軟件包', taiwan: '套件', why: 'test' }] })).toEqual([
      expect.stringMatching(/軟件包 occurs nowhere in the site's own words/u),
    ]);
    expect(problems({ ...taiwanWords, keep: [...taiwanWords.keep, { word: '軟件包', why: 'test' }] })).toEqual([
      expect.stringMatching(/軟件包 occurs nowhere/u),
    ]);
  });

  it('refuses a word listed twice, or replaced by itself', () => {
    expect(problems({ ...taiwanWords, replace: [...replace, first!] })).toEqual([
      expect.stringMatching(new RegExp(`${first!.mainland} is listed twice`, 'u')),
    ]);
    expect(problems({ ...taiwanWords, keep: [...taiwanWords.keep, { word: second!.mainland, why: 'test' }] })).toEqual([
      expect.stringMatching(new RegExp(`${second!.mainland} is listed twice`, 'u')),
    ]);
    expect(
      problems({ ...taiwanWords, replace: replace.map((word) => (word === first ? { ...word, taiwan: word.mainland } : word)) }),
    ).toEqual([expect.stringMatching(/is replaced by itself/u)]);
  });

  it('refuses a word that occurs in what the site quotes (the print, a reading, a witness, a glossary term)', () => {
    const printed = toTraditional('联合国');
    expect(quoted.join('\n')).toContain(printed);
    expect(
      taiwanWordsProblems(
        { ...taiwanWords, replace: [...replace, { mainland: printed, taiwan: '聯合國組織', why: 'test' }] },
        `${opencc}${printed}`,
        quoted,
      ),
    ).toEqual([expect.stringMatching(/聯合國 occurs in what the site quotes/u)]);
  });
});

describe('wordsRuns', () => {
  it('tells the site’s words from what they quote, nested or in book-title marks; an apostrophe is not a mark', () => {
    expect(wordsRuns('原印“變幻交織”，見《聯合國憲章》')).toEqual([
      { text: '原印', kind: 'words' },
      { text: '“', kind: 'mark' },
      { text: '變幻交織', kind: 'quoted' },
      { text: '”', kind: 'mark' },
      { text: '，見', kind: 'words' },
      { text: '《', kind: 'mark' },
      { text: '聯合國憲章', kind: 'quoted' },
      { text: '》', kind: 'mark' },
    ]);
    expect(wordsRuns('稱“在‘中俄文化年’框架下”').map((run) => run.kind)).toEqual([
      'words',
      'mark',
      'quoted',
      'mark',
      'quoted',
      'mark',
      'quoted',
      'mark',
    ]);
    expect(wordsRuns('譯作 People’s')).toEqual([{ text: '譯作 People’s', kind: 'words' }]);
    expect(() => wordsRuns('原印“變幻')).toThrow(/not closed/u);
    expect(() => wordsRuns('變幻”')).toThrow(/no opening/u);
  });

  it('is applied so that quoted words stay and the marks become corner quotes', () => {
    const words = (list: TaiwanWords['replace']) => (text: string) => createTaiwanWords(list)(toTraditional(text));
    const example = words([
      { mainland: '點擊', taiwan: '點選', why: 'test' },
      { mainland: '鏈接', taiwan: '連結', why: 'test' },
      { mainland: '數據', taiwan: '資料', why: 'test' },
    ]);
    expect(example('点击“链接”查看链接')).toBe('點選「鏈接」查看連結');
    expect(example('《数据》与数据')).toBe('《數據》與資料');
    expect(toTraditionalInterface('称“在‘中俄文化年’框架下”')).toBe('稱「在『中俄文化年』框架下」');
  });
});
