import { describe, expect, it } from 'vitest';
import { BASE, editionOf, glossaryEntryOf, inEdition, normalizeBase, paths } from '../../src/lib/urls';

describe('the addresses of the site', () => {
  it('normalise a base path to a slash at each end', () => {
    for (const [given, base] of [
      ['', '/'],
      ['/', '/'],
      ['reader', '/reader/'],
      ['/reader', '/reader/'],
      ['/research/joint-statement-2025/', '/research/joint-statement-2025/'],
    ]) {
      expect(normalizeBase(given!), given).toBe(base);
    }
  });

  it('are all made under the base', () => {
    expect(BASE).toBe(normalizeBase(process.env.BASE_PATH ?? '/'));
    for (const path of [
      paths.home('en'),
      paths.section('zh-hans', 'statement', 2),
      paths.glossaryData('zh-hant'),
      paths.searchIndex(),
      paths.searchTexts('en'),
      paths.searchNames(),
      paths.searchCard('zh-hant', 'un-charter'),
      paths.scriptTable(),
      paths.apparatus('en'),
      paths.openData('corpus.json'),
    ]) {
      expect(path.startsWith(BASE), path).toBe(true);
    }
    expect(paths.section('zh-hans', 'report', 1)).toBe(`${BASE}zh-hans/report/1/`);
  });

  it('move an address to another edition, and read the edition and glossary entry back', () => {
    expect(inEdition(`${BASE}zh-hans/statement/2/#p2-5`, 'en')).toBe(`${BASE}en/statement/2/#p2-5`);
    expect(editionOf(`${BASE}zh-hant/statement/2/`)).toBe('zh-hant');
    expect(glossaryEntryOf(paths.glossaryEntry('en', 'un-charter'))).toEqual({ edition: 'en', id: 'un-charter' });
    expect(glossaryEntryOf('/elsewhere/')).toBeUndefined();
  });
});
