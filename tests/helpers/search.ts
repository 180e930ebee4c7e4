/** What the search tests ask and expect: a search as a reader makes it, and the answers from the source. */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { loadModel } from '../../src/lib/content/load-model';
import { compareRefs, paragraphRef } from '../../src/shared/references';
import type { Site } from '../../scripts/lib/site-server';
import { printed } from './editions';

/** The paragraphs whose printed text contains the query, straight from the source: the expected answer. */
export function paragraphsContaining(query: string, edition = printed()): string[] {
  return edition.documents.flatMap((document) =>
    document.sections.flatMap((section) =>
      section.blocks.flatMap((block, index) => (block.text.includes(query) ? [paragraphRef(document.id, section.number, index + 1)] : [])),
    ),
  );
}

/**
 * The references a search lists: opened from its address, or, on that edition's search page already,
 * typed into its box, as a reader refines a search (the address follows what is typed).
 */
export async function searchFor(site: Site, page: Page, edition: string, query: string): Promise<string[]> {
  const searchPage = site.at(`/${edition}/search/`);
  if (page.url().startsWith(searchPage) && query.trim() !== '') await page.locator('#search-query').fill(query);
  else await page.goto(`${searchPage}?q=${encodeURIComponent(query)}`);
  await page.waitForFunction(
    (wanted) => {
      const status = document.querySelector('#search-status')?.textContent ?? '';
      const asked = new URL(window.location.href).searchParams.get('q') ?? '';
      return asked === wanted && status !== '' && !/正在搜索|正在搜尋|Searching|JavaScript/u.test(status);
    },
    query.trim() === '' ? '' : query,
  );
  return page.locator('#search-results .result-ref').allTextContents();
}

/** The glossary entries as built: the forms of each, and every paragraph where the text marks it. */
export const glossary = JSON.parse(readFileSync('dist/zh-hans/glossary.json', 'utf8')) as Record<
  string,
  { occurrences: { ref: string }[] }
>;
const entries = loadModel().glossary;

/**
 * What a Chinese query must find: every paragraph that contains it and, where the query is a name of a
 * glossary entry, every paragraph where that entry occurs (in whichever of its forms).
 */
export function expectedChinese(query: string): string[] {
  const named = entries.filter((entry) =>
    [entry.term, ...(entry.forms ?? []), ...(entry.published ? [entry.published] : [])].includes(query),
  );
  const refs = new Set([
    ...paragraphsContaining(query),
    ...named.flatMap((entry) => glossary[entry.id]!.occurrences.map((occurrence) => occurrence.ref)),
  ]);
  return [...refs].sort(compareRefs);
}
