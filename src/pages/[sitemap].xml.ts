import type { APIRoute } from 'astro';
import { sitemapXml } from '../lib/discovery';
import { loadEdition } from '../lib/load-edition';
import urls from '../shared/urls';

/** A sitemap needs absolute addresses: it is written only by a build that knows its host (SITE_URL). */
export function getStaticPaths() {
  return urls.SITE_URL ? [{ params: { sitemap: 'sitemap' } }] : [];
}

export const GET: APIRoute = async () => {
  const { sections } = await loadEdition('zh-hans');
  return new Response(sitemapXml(urls, sections), { headers: { 'Content-Type': 'application/xml; charset=utf-8' } });
};
