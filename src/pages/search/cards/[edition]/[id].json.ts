import type { APIRoute } from 'astro';
import { EDITIONS, type Edition } from '../../../../lib/editions';
import { loadGlossary } from '../../../../lib/glossary/load-glossary';
import { loadEdition } from '../../../../lib/load-edition';
import { searchCard } from '../../../../lib/search/search-names';

export function getStaticPaths() {
  return EDITIONS.flatMap((edition) => loadGlossary().map((entry) => ({ params: { edition, id: entry.id } })));
}

/** One glossary entry's card in one edition, loaded by the search page when a query names the entry. */
export const GET: APIRoute = async ({ params }) => {
  const view = (await loadEdition(params.edition as Edition)).glossary.find((entry) => entry.id === params.id);
  if (!view) throw new Error(`no glossary entry ${params.id}`);
  return new Response(JSON.stringify(searchCard(view)), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
