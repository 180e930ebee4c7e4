import { describe, expect, it } from 'vitest';
import { termOccurrences } from '../../src/lib/glossary/occurrences';

const paragraph = (id: string, ref: string, body: string) =>
  `<p id="${id}" data-ref="${ref}"><a class="ref" href="#${id}">${ref}</a>${body}</p>`;
const term = (id: string, text: string) => `<a class="term" href="/zh-hans/glossary/#${id}">${text}</a>`;

describe('termOccurrences', () => {
  it('lists each paragraph a term is marked in, with its address and how often', () => {
    const occurrences = termOccurrences('zh-hans', [
      {
        document: 'statement',
        section: 5,
        html:
          paragraph('p5-2', '5.2', `${term('un-charter', '联合国宪章')}……${term('un-charter', '联合国宪章')}`) +
          paragraph('p5-3', '5.3', '无'),
      },
      { document: 'report', section: 1, html: `<ul><li id="r1-1" data-ref="R1.1">${term('un-charter', '联合国宪章')}</li></ul>` },
    ]);
    expect(occurrences.get('un-charter')).toEqual([
      { ref: '5.2', document: 'statement', section: 5, href: '/zh-hans/statement/5/#p5-2', count: 2 },
      { ref: 'R1.1', document: 'report', section: 1, href: '/zh-hans/report/1/#r1-1', count: 1 },
    ]);
    expect(occurrences.has('none')).toBe(false);
  });
});
