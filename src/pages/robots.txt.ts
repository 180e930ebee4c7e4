import type { APIRoute } from 'astro';
import { paths, publicUrl, SITE_URL } from '../lib/urls';

/** The sitemap is named only where there is one: a build that knows its host (SITE_URL). */
export const GET: APIRoute = () =>
  new Response(`User-agent: *\nAllow: /\n${SITE_URL ? `\nSitemap: ${publicUrl(paths.sitemap())}\n` : ''}`, {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
