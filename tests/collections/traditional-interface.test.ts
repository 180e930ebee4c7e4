import { describe, expect, it } from 'vitest';
import { toTraditional } from '../../src/lib/traditional';
import { loadTaiwanWords, toTraditionalInterface, wordsRuns } from '../../src/lib/traditional-interface';
import { UI } from '../../src/lib/ui';
import { interfaceStrings, quotedTexts, siteWords } from '../helpers/site-words';

const { replace, keep } = loadTaiwanWords();
const mainlandIn = (text: string) => replace.filter(({ mainland }) => text.includes(mainland)).map(({ mainland }) => mainland);
const count = (text: string, mark: string) => text.split(mark).length - 1;

describe("the Traditional edition's interface (content/editorial/traditional-interface.yaml)", () => {
  const simplified = interfaceStrings(UI['zh-hans']);
  const traditional = interfaceStrings(UI['zh-hant']);

  it('uses no mainland word of the list in any string, and Taiwan’s words where the Simplified has them', () => {
    expect(traditional.map(({ where }) => where)).toEqual(simplified.map(({ where }) => where));
    const found = traditional.flatMap(({ where, text }) => mainlandIn(text).map((word) => `${where}: ${word}`));
    expect(found).toEqual([]);
    const ui = UI['zh-hant'];
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
    expect(UI['zh-hant'].readingPublished).toBe('原印「{printed}」，已發表文本作「{reading}」。');
    expect(UI['zh-hant'].searchCount.contain.other).toBe('共 {n} 個段落包含「{q}」');
  });

  it('leaves the Simplified and the English interface with their curly quotes', () => {
    expect(UI['zh-hans'].readingPublished).toBe('原印“{printed}”，已发表文本作“{reading}”。');
    expect(UI['zh-hans'].searchAlsoAsForm).toBe('“{form}”');
    expect(UI.en.searchAlsoAsForm).toBe('“{form}”');
    expect(UI.en.searchCount.contain.other).toBe('{n} paragraphs contain “{q}”');
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

describe('the list of Taiwan words', () => {
  const opencc = siteWords()
    .map(({ text }) => toTraditional(text))
    .join('\n');

  it('has no dead entries: every word it replaces, and every word it keeps, occurs in what opencc makes of the interface and the site’s words', () => {
    for (const { mainland } of replace) expect(opencc, mainland).toContain(mainland);
    for (const { word } of keep) expect(opencc, word).toContain(word);
  });

  it('lists each word once, replaces it with another, and keeps none that it replaces', () => {
    const words = [...replace.map(({ mainland }) => mainland), ...keep.map(({ word }) => word)];
    expect(new Set(words).size).toBe(words.length);
    for (const { mainland, taiwan } of replace) expect(taiwan, mainland).not.toBe(mainland);
  });

  it('never changes what the site quotes: no word it replaces occurs in the print, a reading, a witness or a glossary term', () => {
    const found = quotedTexts().flatMap(({ where, text }) => mainlandIn(text).map((word) => `${where}: ${word}`));
    expect(found).toEqual([]);
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
    expect(toTraditionalInterface('点击“链接”查看链接')).toBe('點選「鏈接」查看連結');
    expect(toTraditionalInterface('称“在‘中俄文化年’框架下”')).toBe('稱「在『中俄文化年』框架下」');
    expect(toTraditionalInterface('《数据》与数据')).toBe('《數據》與資料');
  });
});
