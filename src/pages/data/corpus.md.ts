import type { APIRoute } from 'astro';
import { corpusMarkdown } from '../../lib/open-data';
import { buildCorpus } from '../../lib/open-data-build';

/** Open data: the aligned corpus as Markdown. */
export const GET: APIRoute = async ({ site }) =>
  new Response(corpusMarkdown(await buildCorpus(site!.href)), { headers: { 'Content-Type': 'text/markdown; charset=utf-8' } });
