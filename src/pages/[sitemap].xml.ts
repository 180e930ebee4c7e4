import type { APIRoute } from 'astro';
import { EDITIONS, EDITION_INFO } from '../lib/editions';
import { loadEdition } from '../lib/load-edition';
import { paths, publicUrl, SITE_URL } from '../lib/urls';

/** A sitemap needs absolute addresses: it is written only by a build that knows its host (SITE_URL). */
export function getStaticPaths() {
  return SITE_URL ? [{ params: { sitemap: 'sitemap' } }] : [];
}

/** Every page of every edition, each with its alternates in the other editions. */
export const GET: APIRoute = async () => {
  const { sections } = await loadEdition('zh-hans');
  const shared = [
    paths.home,
    ...sections.map(
      ({ document, section }) =>
        (edition: string) =>
          paths.section(edition, document, section),
    ),
    paths.glossary,
    paths.apparatus,
    paths.search,
  ];
  const urls = shared.flatMap((pathOf) =>
    EDITIONS.map((edition) => {
      const alternates = EDITIONS.map(
        (other) => `    <xhtml:link rel="alternate" hreflang="${EDITION_INFO[other].lang}" href="${publicUrl(pathOf(other))}"/>`,
      ).join('\n');
      return `  <url>\n    <loc>${publicUrl(pathOf(edition))}</loc>\n${alternates}\n  </url>`;
    }),
  );
  const xml = `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">\n${urls.join('\n')}\n</urlset>\n`;
  return new Response(xml, { headers: { 'Content-Type': 'application/xml; charset=utf-8' } });
};
