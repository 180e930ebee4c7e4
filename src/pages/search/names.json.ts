import type { APIRoute } from 'astro';
import { loadGlossary } from '../../lib/glossary/load-glossary';
import { loadEdition } from '../../lib/load-edition';
import { searchNames } from '../../lib/search/search-names';

/** Every name of every glossary entry, for the search page of every edition. */
export const GET: APIRoute = async () => {
  const views = { chinese: (await loadEdition('zh-hans')).glossary, english: (await loadEdition('en')).glossary };
  return new Response(JSON.stringify(searchNames(loadGlossary(), views)), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
