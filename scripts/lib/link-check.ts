import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';

/** Every HTML file under a folder, as its URL path (/zh-hans/statement/2/ for …/index.html). */
function htmlPages(dist: string): Map<string, string> {
  const pages = new Map<string, string>();
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith('.html')) {
        const url = `/${relative(dist, path).split(sep).join('/')}`.replace(/index\.html$/u, '');
        pages.set(url, path);
      }
    }
  };
  walk(dist);
  return pages;
}

function elements(tree: Root | Element, found: Element[] = []): Element[] {
  for (const child of tree.children) {
    if (child.type !== 'element') continue;
    found.push(child);
    elements(child, found);
  }
  return found;
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
    const all = elements(fromHtml(readFileSync(file, 'utf8')));
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
