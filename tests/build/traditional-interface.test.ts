import { readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import { toHtml } from 'hast-util-to-html';
import { toText } from 'hast-util-to-text';
import { describe, expect, it } from 'vitest';
import { htmlFiles } from '../../scripts/lib/built-html';
import { editionScripts, editionText, loadModel } from '../../src/lib/content/load-model';
import { loadEditorial } from '../../src/lib/content/load-model';
import { paragraphIdOfRef, paragraphRef } from '../../src/shared/references';
import { PAGE_DATA_ID, type SearchPageData } from '../../src/shared/contracts';
import { builtUrls } from '../helpers/built';

const { BASE, paths } = builtUrls();

const { toTraditional } = editionScripts();

const { replace } = loadModel().taiwanWords;
const pages = new Map<string, Root>();
/** The built page at an address of the site, parsed once. */
function page(href: string): Root {
  if (!pages.has(href)) pages.set(href, fromHtml(readFileSync(join('dist', href.slice(BASE.length), 'index.html'), 'utf8')));
  return pages.get(href)!;
}

/** The Traditional edition as the built site has it: its pages, its glossary data and the Traditional part of /404.html. */
function traditionalBuild(): { file: string; text: string }[] {
  const pages = htmlFiles(join('dist', 'zh-hant')).map((file) => ({ file, text: readFileSync(file, 'utf8') }));
  const notFound = select('section[lang="zh-Hant"]', fromHtml(readFileSync(join('dist', '404.html'), 'utf8')))!;
  return [
    ...pages,
    { file: join('dist', 'zh-hant', 'glossary.json'), text: readFileSync(join('dist', 'zh-hant', 'glossary.json'), 'utf8') },
    { file: join('dist', '404.html'), text: toHtml(notFound) },
  ].map(({ file, text }) => ({ file: relative('dist', file).split(sep).join('/'), text }));
}

/** The printed text of a paragraph's Chinese column, without the notes and tools the site adds to it. */
function printedText(paragraph: Element): string {
  const column = structuredClone(select(':scope > .primary', paragraph)!);
  const strip = (node: Element) => {
    node.children = node.children.filter(
      (child) =>
        child.type !== 'element' ||
        !['editorial-note', 'see-also', 'translator-note', 'passage-tools'].some((name) =>
          (child.properties.className as string[] | undefined)?.includes(name),
        ),
    );
    for (const child of node.children) if (child.type === 'element') strip(child);
  };
  strip(column);
  return toText(column);
}

describe('the Traditional edition as built: its interface in Taiwan’s words and corner quotes, its text as printed', () => {
  it('has no mainland word of the list on any page, in its glossary data or in its part of /404.html', () => {
    const found = traditionalBuild().flatMap(({ file, text }) =>
      replace.filter(({ mainland }) => text.includes(mainland)).map(({ mainland }) => `${file}: ${mainland}`),
    );
    expect(found).toEqual([]);
  });

  it('says 連結 for a link and 搜尋 for search: the paragraph buttons, the search box and the search page', () => {
    const tree = page(paths.section('zh-hant', 'statement', 4));
    const copy = selectAll('button.copy-link', tree);
    expect(copy.length).toBeGreaterThan(0);
    for (const button of copy) expect(String(button.properties.ariaLabel)).toMatch(/^複製第 4\.\d+ 段的連結$/u);
    expect(select('a.ref', tree)!.properties.ariaLabel).toBe('第 4.1 段的連結');
    const search = select('#site-search', tree)!;
    expect(search.properties.placeholder).toBe('搜尋全文');
    expect(toText(select('label[for="site-search"]', tree)!)).toBe('在聲明和報道中搜尋');
    expect(toText(select('form.site-search button[type="submit"]', tree)!)).toBe('搜尋');
    const html = readFileSync(join('dist', paths.section('zh-hant', 'statement', 4).slice(BASE.length), 'index.html'), 'utf8');
    expect(html).not.toMatch(/鏈接|搜索/u);
    const searchPage = page(paths.search('zh-hant'));
    expect(toText(select('h1', searchPage)!)).toBe('搜尋');
    const { count } = JSON.parse(toText(select(`#${PAGE_DATA_ID}`, searchPage)!)) as SearchPageData;
    expect(count.contain).toEqual({ other: '共 {n} 個段落包含「{q}」' });
    expect(count.alsoAsForm).toBe('「{form}」');
  });

  it('keeps every paragraph exactly as printed, its “ ” too, and quotes the print in corner quotes in the notes', () => {
    const shown = editionText('zh-hant');
    let quoting = 0;
    for (const document of shown.documents) {
      for (const section of document.sections) {
        const tree = page(paths.section('zh-hant', document.id, section.number));
        section.blocks.forEach((block, index) => {
          const ref = paragraphRef(document.id, section.number, index + 1);
          const text = printedText(select(`#${paragraphIdOfRef(ref)}`, tree)!);
          expect(text, ref).toBe(block.text);
          if (block.text.includes('“')) {
            quoting += 1;
            expect(text, ref).not.toMatch(/[「」『』]/u);
          }
        });
      }
    }
    expect(quoting).toBeGreaterThan(0);
    // 4.7: the print quotes “中俄文化年” and “欢乐春节”; the note on it quotes the print with the site's corner quotes.
    const paragraph = select('#p4-7', page(paths.section('zh-hant', 'statement', 4)))!;
    expect(printedText(paragraph)).toContain('“中俄文化年”框架下活動');
    expect(printedText(paragraph)).toContain('“歡樂春節”');
    const entry = loadEditorial().differences.find((difference) => difference.id === 'p4-7a')!;
    expect(toText(select('#note-p4-7a .readings', paragraph)!)).toBe(
      `原印「${toTraditional(entry.printed)}」，已發表文本作「${toTraditional(entry.reading)}」。`,
    );
    expect(toText(select('#note-p4-7a .comment', paragraph)!)).toContain('同屬一個轉載網站網路');
  });
});
