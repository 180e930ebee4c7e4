/**
 * A reader who focuses the header's search box, or types in it, is about to search: the search page
 * and what its first search needs (Pagefind's code, WebAssembly and index metadata, the names of the
 * glossary entries, the texts of the edition's script) are fetched into the cache at once, at low
 * priority, so that the search page has them on arrival. The search page does the same on opening.
 * Loaded by site.ts on that first focus or keystroke.
 */
import { paths } from '../shared/urls';

const fetched = new Set<string>();

/** Into the HTTP cache, at low priority. (A prefetch link would be passed over by browsers that save data or speculate less.) */
function prefetch(href: string): void {
  if (fetched.has(href)) return;
  fetched.add(href);
  void fetch(href, { priority: 'low' }).catch(() => undefined);
}

/** Fetches what a first search in this page's edition needs. */
export function prepareSearch(): void {
  const lang = document.documentElement.lang;
  const edition = lang === 'en' ? 'en' : lang === 'zh-Hant' ? 'zh-hant' : 'zh-hans';
  const index = paths.searchIndex();
  for (const href of [paths.search(edition), paths.searchNames(), paths.searchTexts(edition), `${index}pagefind.js`]) prefetch(href);
  // The rest of Pagefind's files are named in its entry file.
  void fetch(`${index}pagefind-entry.json`, { priority: 'low' })
    .then((response) => response.json() as Promise<{ languages: Record<string, { hash: string; wasm: string | null }> }>)
    .then(({ languages }) => {
      for (const { hash, wasm } of Object.values(languages)) {
        prefetch(`${index}wasm.${wasm ?? 'unknown'}.pagefind`);
        prefetch(`${index}pagefind.${hash}.pf_meta`);
      }
    })
    .catch(() => undefined);
}
