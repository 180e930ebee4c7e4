import { existsSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { Element } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { allElements, htmlFiles } from './built-html';

/** Every HTML file under a folder, by its URL path under the base (/reader/zh-hans/statement/2/ for …/index.html). */
function htmlPages(dist: string, base: string): Map<string, string> {
  return new Map(htmlFiles(dist).map((file) => [`${base}${relative(dist, file).split(sep).join('/')}`.replace(/index\.html$/u, ''), file]));
}

/** A link out of the site that says so: it opens in a new tab, without access to this page, and is marked as external. */
function isDeclaredExternal(element: Element): boolean {
  const rel = new Set(
    (Array.isArray(element.properties.rel) ? element.properties.rel : String(element.properties.rel ?? '').split(/\s+/u)).map(String),
  );
  return element.tagName === 'a' && element.properties.target === '_blank' && rel.has('external') && rel.has('noopener');
}

/**
 * Checks every internal link of a built site published under `base`: each href and src must lead to
 * a file that exists, and each #fragment to an element with that id on the target page; absolute
 * links to the site's own address count as internal. A link to another origin is reported unless it
 * is a declared external link (the editorial notes' witnesses): nothing else leaves the site. Returns
 * one line per broken link.
 */
export function findBrokenLinks(dist: string, siteUrl: string | undefined, base = '/'): string[] {
  // Without a host, links are resolved against a stand-in origin: only the site's own paths count as internal.
  const siteOrigin = new URL(siteUrl ?? 'https://site.invalid').origin;
  const pages = htmlPages(dist, base);
  // One page parsed at a time: its ids, and its links as small records (the trees are not kept).
  const ids = new Map<string, Set<string>>();
  const links = new Map<string, { tag: string; attribute: 'href' | 'src'; value: string; external: boolean }[]>();
  for (const [url, file] of pages) {
    const found: { tag: string; attribute: 'href' | 'src'; value: string; external: boolean }[] = [];
    const pageIds = new Set<string>();
    for (const element of allElements(fromHtml(readFileSync(file, 'utf8')))) {
      if (typeof element.properties.id === 'string') pageIds.add(element.properties.id);
      for (const attribute of ['href', 'src'] as const) {
        const value = element.properties[attribute];
        if (typeof value === 'string' && value !== '')
          found.push({ tag: element.tagName, attribute, value, external: isDeclaredExternal(element) });
      }
    }
    ids.set(url, pageIds);
    links.set(url, found);
  }

  const broken: string[] = [];
  for (const [url, found] of links) {
    for (const { tag, attribute, value, external } of found) {
      const target = new URL(value, `${siteOrigin}${url}`);
      if (target.origin !== siteOrigin) {
        if (external && /^https?:$/u.test(target.protocol)) continue;
        broken.push(`${url}: <${tag} ${attribute}="${value}"> leads to another origin`);
        continue;
      }
      const path = decodeURIComponent(target.pathname);
      if (!path.startsWith(base)) {
        broken.push(`${url}: <${tag} ${attribute}="${value}"> leads outside the base ${base}`);
        continue;
      }
      const inDist = path.slice(base.length);
      const file = join(dist, inDist === '' || inDist.endsWith('/') ? `${inDist}index.html` : inDist);
      if (!existsSync(file) || !statSync(file).isFile()) {
        broken.push(`${url}: <${tag} ${attribute}="${value}"> leads to no file`);
        continue;
      }
      const fragment = decodeURIComponent(target.hash.slice(1));
      if (fragment && path.endsWith('/') && !ids.get(path)?.has(fragment)) {
        broken.push(`${url}: <${tag} ${attribute}="${value}"> leads to no element #${fragment}`);
      }
    }
  }
  return broken;
}
