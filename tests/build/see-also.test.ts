import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import { toText } from 'hast-util-to-text';
import { describe, expect, it } from 'vitest';
import { editionScripts, loadModel } from '../../src/lib/content/load-model';
import { loadEditorial } from '../../src/lib/content/load-model';
import { EDITIONS, type Edition } from '../../src/lib/editions';
import type { Corpus } from '../../src/lib/open-data';
import { paragraphIdOfRef, parseRef } from '../../src/shared/references';
import { createToSimplified } from '../../src/lib/traditional';
import { builtUrls } from '../helpers/built';

const { BASE, paths } = builtUrls();

const { toTraditionalWords: toTraditionalInterface } = editionScripts();

const { crossReferences } = loadEditorial();
const pages = new Map<string, Root>();
/** The built page at an address of the site (its path and fragment). */
function pageAt(href: string): Root {
  const path = href.split('#')[0]!.slice(BASE.length);
  if (!pages.has(path)) pages.set(path, fromHtml(readFileSync(join('dist', path, 'index.html'), 'utf8')));
  return pages.get(path)!;
}
function paragraph(edition: Edition, ref: string): Element {
  const { document, section } = parseRef(ref)!;
  const element = select(`#${paragraphIdOfRef(ref)}`, pageAt(paths.section(edition, document, section)));
  if (!element) throw new Error(`${edition}: no paragraph ${ref}`);
  return element;
}
/** The "see also" links of a paragraph, as the references they land on. */
function seeAlso(edition: Edition, ref: string): string[] {
  const lines = selectAll('.see-also', paragraph(edition, ref));
  expect(lines, `${edition} ${ref}: one "see also" line`).toHaveLength(1);
  return selectAll('a', lines[0]).map((link) => {
    const href = String(link.properties.href);
    const id = href.split('#')[1]!;
    const target = select(`[id="${id}"]`, pageAt(href));
    expect(target, `${edition} ${ref}: ${href} resolves`).toBeTruthy();
    return String(target!.properties.dataRef);
  });
}
/** The lang a node is read in: its own or its nearest ancestor's. */
function langOf(tree: Root, node: Element): string {
  let lang = '';
  const walk = (parent: Root | Element, inherited: string): boolean => {
    for (const child of parent.children) {
      if (child.type !== 'element') continue;
      const own = typeof child.properties.lang === 'string' ? child.properties.lang : inherited;
      if (child === node) return ((lang = own), true);
      if (walk(child, own)) return true;
    }
    return false;
  };
  walk(tree, '');
  return lang;
}

const LANG: Record<Edition, string> = { 'zh-hans': 'zh-Hans', 'zh-hant': 'zh-Hant', en: 'en' };

describe('the report tied to the statement (content/editorial/cross-references.yaml)', () => {
  it('ties real paragraphs of the report to the statement, none of them twice', () => {
    expect(crossReferences.length).toBeGreaterThan(10);
    for (const link of crossReferences) {
      expect(parseRef(link.report)?.document).toBe('report');
      for (const ref of link.statement) expect(parseRef(ref)?.document, link.report).toBe('statement');
    }
  });

  for (const edition of EDITIONS) {
    it(`shows every link from both ends, each resolving to its paragraph (${edition})`, () => {
      for (const link of crossReferences) {
        expect(seeAlso(edition, link.report), link.report).toEqual(link.statement);
        for (const ref of link.statement) expect(seeAlso(edition, ref), `${ref} → ${link.report}`).toContain(link.report);
      }
      // …and no other paragraph has a "see also" line.
      const tied = new Set(crossReferences.flatMap((link) => [link.report, ...link.statement]));
      const shown = loadModel()
        .editions.find((text) => text.edition === edition)!
        .documents.flatMap((document) =>
          document.sections.flatMap((section) =>
            selectAll('[data-ref]', pageAt(paths.section(edition, document.id, section.number)))
              .filter((element) => select('.see-also', element))
              .map((element) => String(element.properties.dataRef)),
          ),
        );
      expect(new Set(shown)).toEqual(tied);
      expect(shown).toHaveLength(tied.size);
    });

    it(`gives each reason in the edition's language and script (${edition})`, () => {
      const toSimplified = createToSimplified();
      for (const link of crossReferences) {
        for (const ref of [link.report, ...link.statement]) {
          const { document, section } = parseRef(ref)!;
          const tree = pageAt(paths.section(edition, document, section));
          const line = select('.see-also', paragraph(edition, ref))!;
          expect(langOf(tree, line), `${edition} ${ref}`).toBe(LANG[edition]);
          const text = toText(line);
          const reason =
            edition === 'en' ? link.reason.en : edition === 'zh-hant' ? toTraditionalInterface(link.reason.zh) : link.reason.zh;
          expect(text, `${edition} ${ref}`).toContain(reason);
          if (edition === 'en') expect(link.reason.en).not.toMatch(/\p{Script=Han}/u);
          else expect(link.reason.zh).toMatch(/^[\p{Script=Han}\p{P}\d《》“”（）—]+$/u);
          if (edition === 'zh-hant') expect(toSimplified(reason), ref).not.toBe(reason);
        }
      }
    });
  }

  it('are in the open data, on each paragraph and as a list', () => {
    const corpus = JSON.parse(readFileSync('dist/data/corpus.json', 'utf8')) as Corpus;
    expect(corpus.crossReferences).toEqual(crossReferences);
    const paragraphs = new Map(corpus.documents.flatMap((d) => d.sections.flatMap((s) => s.paragraphs)).map((p) => [p.ref, p]));
    for (const link of crossReferences) {
      expect(paragraphs.get(link.report)?.seeAlso).toEqual(link.statement);
      for (const ref of link.statement) expect(paragraphs.get(ref)?.seeAlso, ref).toContain(link.report);
    }
    const markdown = readFileSync('dist/data/corpus.md', 'utf8');
    for (const link of crossReferences)
      expect(markdown).toContain(`- **${link.report}** → ${link.statement.join(', ')}: ${link.reason.en}`);
  });
});
