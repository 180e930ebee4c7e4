import type { APIRoute } from 'astro';
import { corpusMarkdown } from '../../lib/open-data';
import { buildCorpus } from '../../lib/open-data-build';

/** Open data: the aligned corpus as Markdown. */
export const GET: APIRoute = () =>
  new Response(corpusMarkdown(buildCorpus()), { headers: { 'Content-Type': 'text/markdown; charset=utf-8' } });
