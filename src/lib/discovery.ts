/**
 * What tells search engines about the site: robots.txt and the sitemap. A sitemap needs absolute
 * addresses, so only a build that knows its host (SITE_URL) writes one, and only then does robots.txt
 * name it.
 */
import { EDITION_INFO, EDITIONS } from './editions';
import type { DocumentId } from './split/model';
import type { Urls } from '../shared/urls';

export function robotsTxt({ SITE_URL, publicUrl, paths }: Urls): string {
  return `User-agent: *\nAllow: /\n${SITE_URL ? `\nSitemap: ${publicUrl(paths.sitemap())}\n` : ''}`;
}

/** Every page of every edition, each with its alternates in the other editions; undefined without a host. */
export function sitemapXml(
  { SITE_URL, publicUrl, paths }: Urls,
  sections: readonly { document: DocumentId; section: number }[],
): string | undefined {
  if (!SITE_URL) return undefined;
  const pages = [
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
  const urls = pages.flatMap((pathOf) =>
    EDITIONS.map((edition) => {
      const alternates = EDITIONS.map(
        (other) => `    <xhtml:link rel="alternate" hreflang="${EDITION_INFO[other].lang}" href="${publicUrl(pathOf(other))}"/>`,
      ).join('\n');
      return `  <url>\n    <loc>${publicUrl(pathOf(edition))}</loc>\n${alternates}\n  </url>`;
    }),
  );
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">\n${urls.join('\n')}\n</urlset>\n`;
}
