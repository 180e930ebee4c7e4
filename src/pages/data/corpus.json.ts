import type { APIRoute } from 'astro';
import { buildCorpus } from '../../lib/open-data-build';

/** Open data: the aligned corpus as JSON (its schema is described in the README). */
export const GET: APIRoute = () =>
  new Response(`${JSON.stringify(buildCorpus(), null, 2)}\n`, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
