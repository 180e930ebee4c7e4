/**
 * A reader who focuses the header's search box, or types in it, is about to search: the search page
 * and what its first search needs (Pagefind's code, WebAssembly and index metadata, the names of the
 * glossary entries, the texts of the edition's script) are fetched into the cache at once, at low
 * priority, so that the search page has them on arrival. The search page does the same on opening.
 * The addresses come from the page (data-search-prefetch, data-search-index), made by src/lib/urls.ts.
 */
const form = document.querySelector<HTMLFormElement>('form.site-search');

const fetched = new Set<string>();

/** Into the HTTP cache, at low priority. (A prefetch link would be passed over by browsers that save data or speculate less.) */
function prefetch(href: string): void {
  if (fetched.has(href)) return;
  fetched.add(href);
  void fetch(href, { priority: 'low' } as RequestInit).catch(() => undefined);
}

function prepare(): void {
  const index = form?.dataset.searchIndex ?? '';
  for (const href of (form?.dataset.searchPrefetch ?? '').split(' ').filter(Boolean)) prefetch(href);
  prefetch(`${index}pagefind.js`);
  // The rest of Pagefind's files are named in its entry file.
  void fetch(`${index}pagefind-entry.json`, { priority: 'low' } as RequestInit)
    .then((response) => response.json() as Promise<{ languages: Record<string, { hash: string; wasm: string | null }> }>)
    .then(({ languages }) => {
      for (const { hash, wasm } of Object.values(languages)) {
        prefetch(`${index}wasm.${wasm ?? 'unknown'}.pagefind`);
        prefetch(`${index}pagefind.${hash}.pf_meta`);
      }
    })
    .catch(() => undefined);
}

const box = form?.querySelector('input');
if (box) {
  box.addEventListener('focus', prepare, { once: true });
  box.addEventListener('input', prepare, { once: true });
}

export {};
