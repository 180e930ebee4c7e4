import { existsSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { Element } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { allElements, htmlFiles } from './built-html';

/** Every HTML file under a folder, by its URL path (/zh-hans/statement/2/ for …/index.html). */
function htmlPages(dist: string): Map<string, string> {
  return new Map(htmlFiles(dist).map((file) => [`/${relative(dist, file).split(sep).join('/')}`.replace(/index\.html$/u, ''), file]));
}

/**
 * Checks every internal link of a built site: each href and src must lead to a file that exists,
 * and each #fragment to an element with that id on the target page; absolute links to the site's
 * own address count as internal. Links to other origins are reported too: the site links to
 * nothing outside itself. Returns one line per broken link.
 */
export function findBrokenLinks(dist: string, siteUrl: string): string[] {
  const siteOrigin = new URL(siteUrl).origin;
  const pages = htmlPages(dist);
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
          broken.push(`${url}: <${element.tagName} ${attribute}="${value}"> leads to another origin`);
          continue;
        }
        const path = decodeURIComponent(target.pathname);
        const file = join(dist, path.endsWith('/') ? `${path}index.html` : path);
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
