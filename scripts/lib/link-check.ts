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
export function findBrokenLinks(dist: string, siteUrl: string, base = '/'): string[] {
  const siteOrigin = new URL(siteUrl).origin;
  const pages = htmlPages(dist, base);
  const ids = new Map<string, Set<string>>();
  const trees = new Map<string, Element[]>();
  for (const [url, file] of pages) {
    const all = allElements(fromHtml(readFileSync(file, 'utf8')));
    trees.set(url, all);
    ids.set(url, new Set(all.map((element) => element.properties.id).filter((id): id is string => typeof id === 'string')));
  }

  const broken: string[] = [];
  for (const [url, all] of trees) {
    for (const element of all) {
      for (const attribute of ['href', 'src'] as const) {
        const value = element.properties[attribute];
        if (typeof value !== 'string' || value === '') continue;
        const target = new URL(value, `${siteOrigin}${url}`);
        if (target.origin !== siteOrigin) {
          if (isDeclaredExternal(element) && /^https?:$/u.test(target.protocol)) continue;
          broken.push(`${url}: <${element.tagName} ${attribute}="${value}"> leads to another origin`);
          continue;
        }
        const path = decodeURIComponent(target.pathname);
        if (!path.startsWith(base)) {
          broken.push(`${url}: <${element.tagName} ${attribute}="${value}"> leads outside the base ${base}`);
          continue;
        }
        const inDist = path.slice(base.length);
        const file = join(dist, inDist === '' || inDist.endsWith('/') ? `${inDist}index.html` : inDist);
        if (!existsSync(file) || !statSync(file).isFile()) {
          broken.push(`${url}: <${element.tagName} ${attribute}="${value}"> leads to no file`);
          continue;
        }
        const fragment = decodeURIComponent(target.hash.slice(1));
        if (fragment && path.endsWith('/') && !ids.get(path)?.has(fragment)) {
          broken.push(`${url}: <${element.tagName} ${attribute}="${value}"> leads to no element #${fragment}`);
        }
      }
    }
  }
  return broken;
}
