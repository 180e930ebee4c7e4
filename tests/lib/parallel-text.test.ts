import { selectAll, select } from 'hast-util-select';
import { fromHtml } from 'hast-util-from-html';
import { toText } from 'hast-util-to-text';
import { describe, expect, it } from 'vitest';
import { alignParallelText } from '../../src/lib/parallel-text';

const zh =
  '<p id="p1-1" class="para" data-ref="1.1"><a class="ref" href="#p1-1">1.1</a>第一段。</p>\n<ul>\n<li id="p1-2" class="para" data-ref="1.2"><a class="ref" href="#p1-2">1.2</a>——列项。</li>\n</ul>';
const en =
  '<p id="p1-1" class="para" data-ref="1.1"><a class="ref" href="#p1-1">1.1</a>First paragraph.</p>\n<ul>\n<li id="p1-2" class="para" data-ref="1.2"><a class="ref" href="#p1-2">1.2</a>An item.</li>\n</ul>';

describe('alignParallelText', () => {
  it('puts each translation inside its paragraph, after the original, each with its language', () => {
    const tree = fromHtml(alignParallelText({ html: zh, lang: 'zh-Hans' }, { html: en, lang: 'en' }), { fragment: true });
    const paragraphs = selectAll('[data-ref]', tree);
    expect(paragraphs.map((p) => [p.tagName, p.properties.id])).toEqual([
      ['p', 'p1-1'],
      ['li', 'p1-2'],
    ]);
    const item = paragraphs[1]!;
    expect(selectAll(':scope > *', item).map((child) => [child.tagName, child.properties.className, child.properties.lang])).toEqual([
      ['a', ['ref'], undefined],
      ['span', ['primary'], 'zh-Hans'],
      ['span', ['companion'], 'en'],
    ]);
    expect(toText(select('.companion', item)!)).toBe('An item.');
    expect(selectAll('a.ref', tree)).toHaveLength(2);
  });

  it("keeps a translator's note where the English paragraph has it: beside the original, or as the main text", () => {
    const note =
      '<span class="translator-note" lang="en"><span class="translator-note-label" lang="en">Translator’s note:</span> Printed <span lang="zh-Hans">烈士烈士</span>.</span>';
    const noted = en.replace('First paragraph.</p>', `First paragraph.${note}</p>`);
    expect(
      select(
        '#p1-1 .companion .translator-note',
        fromHtml(alignParallelText({ html: zh, lang: 'zh-Hans' }, { html: noted, lang: 'en' }), { fragment: true }),
      ),
    ).toBeTruthy();
    expect(
      select(
        '#p1-1 .primary .translator-note',
        fromHtml(alignParallelText({ html: noted, lang: 'en' }, { html: zh, lang: 'zh-Hans' }), { fragment: true }),
      ),
    ).toBeTruthy();
  });

  it('keeps a terminology mark only where the other column renders the term, as plain text otherwise', () => {
    const mark = (key: string, text: string) => `<span class="aligned" data-align="${key}">${text}</span>`;
    const chinese = `<p id="p1-1" class="para" data-ref="1.1"><a class="ref" href="#p1-1">1.1</a>${mark('two-sides', '双方')}和${mark('chinese-side', '中方')}。</p>`;
    const english = `<p id="p1-1" class="para" data-ref="1.1"><a class="ref" href="#p1-1">1.1</a>${mark('two-sides', 'The two sides')} and ${mark('china-and-russia', 'China and Russia')}.</p>`;
    const tree = fromHtml(alignParallelText({ html: chinese, lang: 'zh-Hans' }, { html: english, lang: 'en' }), { fragment: true });
    expect(selectAll('.aligned', tree).map((node) => [node.properties.dataAlign, toText(node)])).toEqual([
      ['two-sides', '双方'],
      ['two-sides', 'The two sides'],
    ]);
    expect(toText(select('.primary', tree)!)).toBe('双方和中方。');
    expect(toText(select('.companion', tree)!)).toBe('The two sides and China and Russia.');
  });

  it('refuses editions of different shape', () => {
    const shorter = en.replace(/<ul>[\s\S]*<\/ul>/u, '');
    expect(() => alignParallelText({ html: zh, lang: 'zh-Hans' }, { html: shorter, lang: 'en' })).toThrow(
      'the editions differ in shape: 2 paragraphs against 1',
    );
    const renumbered = en.replace('data-ref="1.2"', 'data-ref="1.3"');
    expect(() => alignParallelText({ html: zh, lang: 'zh-Hans' }, { html: renumbered, lang: 'en' })).toThrow(
      'paragraph 1.2 has no counterpart in the en edition',
    );
  });
});
