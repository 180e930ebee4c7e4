import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import { toText } from 'hast-util-to-text';
import { describe, expect, it } from 'vitest';
import { editionScripts, loadEditorial } from '../../src/lib/content/load-model';
import { EDITIONS } from '../../src/lib/editions';
import { paragraphIdOfRef } from '../../src/shared/references';
import { uiText } from '../../src/lib/ui';
import { builtUrls } from '../helpers/built';

const { paths } = builtUrls();

const { toTraditional } = editionScripts();

const { differences, witnesses } = loadEditorial();
const page = (path: string) => fromHtml(readFileSync(join('dist', `${path}index.html`), 'utf8'));
const inDist = (href: string) => href.replace(/^\/.*?(zh-hans|zh-hant|en)\//u, '$1/');

describe('the apparatus page', () => {
  for (const edition of EDITIONS) {
    it(`lists every difference in reading order, with both readings, its basis, its effect and a link to the paragraph (${edition})`, () => {
      const tree = page(inDist(paths.apparatus(edition)));
      const headers = selectAll('table.apparatus thead th', tree).map((th) => toText(th));
      expect(headers).toEqual(Object.values(uiText(edition).apparatusColumns));
      const rows = selectAll('table.apparatus tbody tr', tree);
      expect(rows.map((row) => row.properties.id)).toEqual(differences.map((entry) => entry.id));
      const script = edition === 'zh-hant' ? toTraditional : (text: string) => text;
      rows.forEach((row, index) => {
        const entry = differences[index]!;
        expect(toText(select('.printed', row)!)).toBe(script(entry.printed));
        expect(toText(select('.reading', row)!)).toBe(script(entry.reading));
        expect(select('.paragraph a', row)!.properties.href).toMatch(new RegExp(`#${paragraphIdOfRef(entry.ref)}$`, 'u'));
        const basis = toText(select('.basis', row)!);
        expect(basis).toContain(entry.basis === 'published' ? uiText(edition).basisPublished : uiText(edition).basisConjecture);
        for (const { witness, quote } of [...entry.witnesses, ...entry.sources]) {
          expect(selectAll('.basis a', row).map((a) => a.properties.href)).toContain(witnesses.get(witness)!.url);
          expect(basis).toContain(quote);
        }
        expect(toText(select('.effect', row)!)).toContain(
          entry.changesMeaning ? uiText(edition).changesMeaning : uiText(edition).keepsMeaning,
        );
      });
    });

    it(`is linked from the home page and from every note on a difference (${edition})`, () => {
      const home = page(inDist(paths.home(edition)));
      expect(selectAll('a', home).map((a) => a.properties.href)).toContain(paths.apparatus(edition));
      for (const entry of differences) {
        const [, document, section] = /^(R?)(\d+)\./u.exec(entry.ref)!;
        const sectionPage = page(inDist(paths.section(edition, document ? 'report' : 'statement', Number(section))));
        expect(select(`#note-${entry.id} a.apparatus-link`, sectionPage)?.properties.href, `${edition} ${entry.id}`).toBe(
          `${paths.apparatus(edition)}#${entry.id}`,
        );
      }
    });
  }
});
