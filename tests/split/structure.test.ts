import { describe, expect, it } from 'vitest';
import { splitPage } from '../../src/lib/split/split-page';
import { sourceBytes } from '../helpers/source';

const page = splitPage(sourceBytes());
const [statement, report] = page.documents;

describe('the joint statement', () => {
  it('takes its title from the first line', () => {
    expect(statement?.id).toBe('statement');
    expect(statement?.title.text).toMatch(/^中华人民共和国和俄罗斯联邦在纪念.*联合声明$/u);
    expect(statement?.title.lines).toEqual([3]);
  });

  it('has the preamble as section 0, then sections 一 to 五 in order', () => {
    expect(statement?.sections.map((s) => [s.number, s.numeral?.text])).toEqual([
      [0, undefined],
      [1, '一'],
      [2, '二'],
      [3, '三'],
      [4, '四'],
      [5, '五'],
    ]);
    expect(statement?.sections.map((s) => s.blocks.length)).toEqual([2, 10, 8, 9, 12, 16]);
  });

  it('reads the items printed with —— as listed items, each its own paragraph', () => {
    const kinds = (n: number) => statement?.sections[n]?.blocks.map((b) => b.kind[0]).join('');
    expect(kinds(3)).toBe('piiiiiiii');
    expect(kinds(4)).toBe('pppiiiiiiiip');
    expect(statement?.sections[3]?.blocks[1]?.text.startsWith('——通过提升高科技产品比重')).toBe(true);
  });

  it('rejoins the paragraph broken across two columns (lines 41 and 43)', () => {
    const taiwan = statement?.sections[2]?.blocks[4];
    expect(taiwan?.lines).toEqual([41, 43]);
    expect(taiwan?.text).toContain('维护国家主权和领土完整、实现国家统一所采取的举措。');
  });

  it('ends where the page sends the reader to page 3, and keeps the marker as metadata', () => {
    expect(statement?.continuation).toEqual({ text: '（下转第三版）', lines: [131] });
    expect(statement?.sections.at(-1)?.blocks.at(-1)?.text).toMatch(/全球数字论坛。$/u);
  });
});

describe('the Xinhua report', () => {
  it('takes its title and subtitle from the headline printed at the very end', () => {
    expect(report?.id).toBe('report');
    expect(report?.title).toEqual({ text: '加强人文交流 传承伟大友谊', lines: [177] });
    expect(report?.subtitle).toEqual({ text: '——习近平主席贺信为中俄人民相知相亲注入新动力', lines: [179] });
  });

  it('makes the dateline its byline, detached from the last paragraph', () => {
    expect(report?.byline).toEqual({ text: '（新华社莫斯科5月8日电 新华社记者）', lines: [175] });
    const last = report?.sections.at(-1)?.blocks.at(-1);
    expect(last?.text).toMatch(/推动深化中俄新时代全面战略协作伙伴关系。”$/u);
  });

  it('has the lead, then three parts under their subheadings', () => {
    expect(report?.sections.map((s) => [s.number, s.heading?.text, s.blocks.length])).toEqual([
      [0, undefined, 2],
      [1, '铭记共同的历史记忆', 5],
      [2, '种下民心相通的种子', 7],
      [3, '为发展中俄关系增添新光彩', 5],
    ]);
  });
});

describe('layout repairs', () => {
  it('names each repaired artifact of the printed page by its rule', () => {
    expect(page.repairs.map((r) => [r.rule, r.lines])).toEqual([
      ['column-break', [41, 43]],
      ['continuation-marker', [131]],
      ['displaced-headline', [177, 179]],
    ]);
  });
});
