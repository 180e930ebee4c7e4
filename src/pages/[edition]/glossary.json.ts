import type { APIRoute } from 'astro';
import { EDITIONS, type Edition } from '../../lib/editions';
import { loadEdition } from '../../lib/load-edition';
import type { GlossaryData } from '../../shared/contracts';

export function getStaticPaths() {
  return EDITIONS.map((edition) => ({ params: { edition } }));
}

/** The glossary of one edition, fetched by the popover script on a reader's first click on a term. */
export const GET: APIRoute = async ({ params }) => {
  const { glossary } = await loadEdition(params.edition as Edition);
  const entries: GlossaryData = Object.fromEntries(glossary.map(({ id, ...view }) => [id, view]));
  return new Response(JSON.stringify(entries), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
